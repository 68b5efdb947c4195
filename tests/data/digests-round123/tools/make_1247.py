#!/usr/bin/env python3
"""1247: a ZincSearch search API answer (Japanese): a Tokyo-like lab indexes its shared reading notes in a self-hosted
ZincSearch (index `ronbun`, fields added_by, kind, memo, tags, title, url) and a member saved the answer of
`curl -s -u admin:… -X POST http://zinc.lab-local.example.jp:4080/api/ronbun/_search -d '{"search_type":"match",
"query":{"term":"拡散"},"from":0,"max_results":20}' -o kakusan.json`. ZincSearch (Go, gin) writes compact JSON with
Go's encoding/json rules: raw UTF-8, `<`, `>` and `&` as \\u003c / \\u003e / \\u0026, struct fields in declaration
order (took, timed_out, hits {total {value}, max_score, hits}, buckets, error), each hit `_index, _type, _id, _score,
@timestamp, _source`, the `_source` map's keys sorted; no final newline. arXiv and OpenReview urls are links;
`arXiv:2303.01469` in a memo with an empty url is arxiv-text; three papers with an empty url keep only their title;
the diffusers repository, a lecture video, a blog post and a dataset page are not papers."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1247, keys

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def zid(seed):
    n = int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big")
    s = ""
    for _ in range(27):
        n, r = divmod(n, 62); s += B62[r]
    return "2" + s[1:]


def go_json(v):
    s = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


DOCS = [  # score, @timestamp, source
 (4.1830935, "2024-04-08T01:12:44.318Z", {"title": T("2006.11239"), "url": "https://arxiv.org/abs/2006.11239", "kind": "論文",
   "memo": "拡散モデルの基本。順方向でノイズを足し、逆方向を学習する。ゼミ第1回で佐藤さんが発表(スライドは共有ドライブ)。", "tags": ["拡散", "生成モデル", "基礎"], "added_by": "sato.k"}),
 (3.9027612, "2024-04-10T05:40:02.771Z", {"title": T("2112.10752"), "url": "https://arxiv.org/abs/2112.10752", "kind": "論文",
   "memo": "潜在空間で拡散する(LDM)。Stable Diffusion の元。VAE の圧縮率 f=8 の比較表が重要。", "tags": ["拡散", "画像生成"], "added_by": "tanaka.y"}),
 (3.6514440, "2024-04-11T09:03:19.050Z", {"title": T("2011.13456"), "url": "https://openreview.net/forum?id=PxTIG12RRHS", "kind": "論文",
   "memo": "SDE で拡散とスコアマッチングを統一。ICLR 2021 版(OpenReview)を読む。確率フロー ODE の節は第3回で。", "tags": ["拡散", "スコア", "理論"], "added_by": "sato.k"}),
 (3.2208171, "2024-04-12T00:30:55.402Z", {"title": "huggingface/diffusers", "url": "https://github.com/huggingface/diffusers", "kind": "リポジトリ",
   "memo": "実装はこれを使う(論文ではない)。DDPMScheduler と UNet2DModel で MNIST の拡散を再現 → 研究室サーバ gpu03 の ~/work/diffusers-mnist", "tags": ["拡散", "実装"], "added_by": "suzuki.h"}),
 (2.9871538, "2024-04-15T07:21:36.889Z", {"title": T("2208.12242"), "url": "https://arxiv.org/pdf/2208.12242v2", "kind": "論文",
   "memo": "少数枚の画像で拡散モデルを個人化。class-specific prior preservation loss < 正則化の話 > を確認すること。", "tags": ["拡散", "個人化"], "added_by": "tanaka.y"}),
 (2.7403329, "2024-04-18T02:47:11.230Z", {"title": T("2303.01469"), "url": "", "kind": "論文",
   "memo": "arXiv:2303.01469 (URL未登録、ID のみ)。1 ステップ生成。拡散モデルの蒸留との比較は第5回。", "tags": ["拡散", "高速化"], "added_by": "yamamoto.r"}),
 (2.5126093, "2024-04-19T11:05:48.614Z", {"title": "【講義】拡散モデル入門 第2回: スコアとランジュバン動力学", "url": "https://www.youtube.com/watch?v=Qm7vX2kLp9E&t=312s", "kind": "動画",
   "memo": "学部向けの講義動画。5:12 から拡散過程の図解。論文ではない。", "tags": ["拡散", "講義"], "added_by": "suzuki.h"}),
 (2.3349207, "2024-04-22T03:14:27.007Z", {"title": T("2009.09761"), "url": "", "kind": "論文",
   "memo": "音声の拡散モデル。URL 未登録(タイトルのみ)。音声班の伊藤さんに聞く。", "tags": ["拡散", "音声"], "added_by": "ito.m"}),
 (2.1022745, "2024-04-24T08:58:40.512Z", {"title": "拡散モデルを PyTorch でゼロから実装する & ハマりどころ", "url": "https://zenn.example.dev/mlnote/articles/kakusan-scratch", "kind": "ブログ",
   "memo": "実装ブログ。ノイズスケジュールの説明がわかりやすい。", "tags": ["拡散", "ブログ"], "added_by": "yamamoto.r"}),
 (1.8830271, "2024-05-02T06:33:09.145Z", {"title": T("2211.09800"), "url": "", "kind": "論文",
   "memo": "指示文で画像編集する拡散モデル。URL 未登録。", "tags": ["拡散", "編集"], "added_by": "tanaka.y"}),
 (1.6457718, "2024-05-07T01:49:52.386Z", {"title": T("2307.01952"), "url": "", "kind": "論文",
   "memo": "SDXL。URL はまだ。モデルカード (stabilityai/stable-diffusion-xl-base-1.0) とは別に論文を読む。", "tags": ["拡散", "画像生成"], "added_by": "sato.k"}),
 (1.4019364, "2024-05-09T04:26:15.930Z", {"title": "LAION-Aesthetics V2 (データセット)", "url": "https://laion.ai/blog/laion-aesthetics/", "kind": "データセット",
   "memo": "拡散モデルのファインチューニング用データ。ライセンス確認中。", "tags": ["拡散", "データ"], "added_by": "ito.m"}),
]
hits = [{"_index": "ronbun", "_type": "_doc", "_id": zid(src["title"]), "_score": sc, "@timestamp": ts,
         "_source": dict(sorted(src.items()))} for sc, ts, src in DOCS]
d = {"took": 3, "timed_out": False, "hits": {"total": {"value": len(hits)}, "max_score": hits[0]["_score"], "hits": hits},
     "buckets": None, "error": ""}
text = go_json(d)
write_only(F1247, text, keys(F1247), forms=[json.dumps(d, ensure_ascii=False)])
