#!/usr/bin/env python3
"""909: a Cloud Firestore REST answer (`GET https://firestore.googleapis.com/v1/projects/matsumoto-lab-paperbot/
databases/(default)/documents/papers?pageSize=10`, saved with curl by a Japanese student debugging the lab's Slack
paper bot): `documents` (each `name` — the full resource path ending in a 20-character auto id —, `fields` in typed
values (`stringValue`, `integerValue` as a string, `booleanValue`, `nullValue`, `timestampValue`, `arrayValue` with
`values` (empty array: `{}`), `mapValue` with `fields`), `createTime`, `updateTime` with microseconds), documents in
id order, field names sorted, then `nextPageToken`; two-space JSON as Google's API front end writes it, UTF-8
unescaped, but `=`, `&`, `<`, `>` and `'` written as `\\u003d`, `\\u0026`, `\\u003c`, `\\u003e`, `\\u0027` (the
HTML-safe escaping Google APIs' JSON shows, e.g. Calendar's `htmlLink`), a final newline. A leaderboard, a code
repository and a lab blog post are not papers."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT1

F = by_num(909)
K = dict(llama="2302.13971", opt="2205.01068", lost="2307.03172", react="2210.03629", mmlu="2009.03300",
         gpt3="2005.14165", judge="2306.05685")
PROJ = "projects/matsumoto-lab-paperbot/databases/(default)/documents/papers/"
AN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
U = {"sasaki": ("佐々木 悠真", "U04KQ7N2B1R"), "ono": ("小野 葵", "U03HZ8M5PLD"), "kim": ("金 志訓", "U05C2TXW9EA"),
     "mori": ("森 健太郎", "U02RM4VJ6QS")}


def docid(seed):
    h = int(hashlib.sha256(("firestore-909-" + seed).encode()).hexdigest(), 16)
    s = ""
    for _ in range(20):
        h, r = divmod(h, 62)
        s += AN[r]
    return s


def S(v):
    return {"nullValue": None} if v is None else {"stringValue": v}


def doc(seed, title, kind, url, arxiv, summary, memo, tags, user, added, created_us, updated, reactions, reading, read):
    name, sid = U[user]
    fields = {
        "addedAt": {"timestampValue": added + "Z"},
        "addedBy": {"mapValue": {"fields": {"name": S(name), "slackId": S(sid)}}},
        "arxivId": S(arxiv),
        "kind": S(kind),
        "memo": S(memo),
        "reactions": {"integerValue": str(reactions)},
        "read": {"booleanValue": read},
        "readingDate": S(reading),
        "summaryJa": S(summary),
        "tags": {"arrayValue": {"values": [S(t) for t in tags]}} if tags else {"arrayValue": {}},
        "title": S(title),
        "url": S(url),
    }
    assert list(fields) == sorted(fields)
    return {"name": PROJ + docid(seed), "fields": fields, "createTime": added[:19] + "." + created_us + "Z",
            "updateTime": updated + "Z"}


DOCS = [
    doc("llama", T(K["llama"]), "paper", "https://arxiv.org/abs/2302.13971", K["llama"],
        "公開データのみで学習した7B〜65Bの言語モデル。13BでGPT-3（175B）を多くのベンチマークで上回る。",
        "輪読会の1本目。学習データ構成の表（Table 1）は卒論でも引用できそう。", ["LLM", "事前学習"], "sasaki",
        "2024-02-26T05:12:08.331", "412907", "2024-02-27T01:03:55.118244", 5, "2024-02-28", True),
    doc("opt", T(K["opt"]), "paper", "https://arxiv.org/pdf/2205.01068.pdf", None,
        "125Mから175Bまでのデコーダのみモデル群を公開。学習ログ（logbook）まで公開しているのが貴重。",
        "logbook の失敗談（loss spike と再開）が一番面白い。", ["LLM", "オープンモデル"], "mori",
        "2024-02-26T06:40:51.902", "955130", "2024-02-26T06:40:52.140577", 2, "2024-02-28", True),
    doc("lost", T(K["lost"]), "paper", "https://arxiv.org/abs/2307.03172", K["lost"],
        "長い文脈の先頭と末尾の情報はよく使われるが、中央にある情報は使われにくい（U字型の性能）。",
        "RAG の検索結果の並べ方を変える実験の根拠に。", ["長文脈", "RAG", "評価"], "kim",
        "2024-03-01T08:22:17.040", "101553", "2024-03-04T02:18:40.662019", 7, "2024-03-13", False),
    doc("react", T(K["react"]), "paper", "https://openreview.net/forum?id=WE_vluYUL-X", None,
        "推論（Thought）と行動（Action）を交互に生成し、Wikipedia API などの外部ツールを使いながら答える。",
        "ICLR 2023。査読コメントの議論も読む価値あり。", ["エージェント", "LLM"], "ono",
        "2024-03-01T09:05:44.713", "850266", "2024-03-01T09:05:44.850266", 3, "2024-03-13", False),
    doc("mmlu", T(K["mmlu"]), "paper", "https://github.com/hendrycks/test", K["mmlu"],
        "57科目の多肢選択問題で、言語モデルの知識と問題解決能力を測るベンチマーク。",
        "url にコードのリポジトリを入れてしまった（論文は arxivId の方）。評価スクリプトは lm-evaluation-harness を使う。",
        ["評価", "ベンチマーク"], "sasaki", "2024-03-02T01:47:30.256", "300981", "2024-03-05T07:31:02.447816", 4, None,
        False),
    doc("gpt1", GPT1, "paper", None, None,
        "Transformer デコーダを大規模コーパスで生成的に事前学習し、タスクごとに識別的にファインチューニングする。",
        "arXiv には無い（OpenAI の技術レポート）。歴史回で紹介。", ["LLM", "事前学習", "古典"], "mori",
        "2024-03-04T04:10:03.588", "620514", "2024-03-04T04:10:03.620514", 1, None, False),
    doc("gpt3", T(K["gpt3"]), "paper", None, None,
        "175Bパラメータの自己回帰モデルで、少数の例をプロンプトに入れるだけで多くのタスクをこなす（in-context learning）。",
        "arXiv ID はあとで bot の /fix コマンドで入れる。", ["LLM", "few-shot"], "ono",
        "2024-03-04T04:12:49.004", "037720", "2024-03-04T04:12:49.037720", 6, None, False),
    doc("judge", T(K["judge"]), "paper", None, None,
        "強いLLMを審査員にして対話アシスタントを評価する手法と、その位置バイアス・冗長性バイアスを分析。",
        "評価ゼミの担当。MT-Bench の質問セットを研究室の日本語タスクに合わせて作り直したい。", ["評価", "LLM"], "kim",
        "2024-03-05T02:11:43.512", "601234", "2024-03-06T09:12:01.004512", 2, "2024-03-20", False),
    doc("arena", "Chatbot Arena Leaderboard", "leaderboard", "https://chat.lmsys.org/?leaderboard", None,
        "人手のペア比較による Elo レーティングのリーダーボード。論文ではない。", "週1で順位をチェック。", [], "kim",
        "2024-03-05T02:15:09.870", "911406", "2024-03-05T02:15:09.911406", 0, None, False),
    doc("blog", "LLM評価の現状まとめ（研究室ブログ）", "blog", "https://blog.matsumoto-lab.example/posts/llm-eval-2024/", None,
        "研究室ブログの記事。ベンチマーク & LLM-as-a-judge の使い分けの整理。", "森さんの記事。論文ではないが新人向けに。",
        ["評価", "まとめ"], "mori", "2024-03-06T10:48:26.145", "188030", "2024-03-07T00:20:13.560871", 3, None, True),
]
DOCS.sort(key=lambda d: d["name"])
body = {"documents": DOCS, "nextPageToken": "AFTOeJwUVkl7c2pXc1JmNnQ4b0xtMkhxWVp3cGFwZXJzL0U5cEtYYjRmTnhB"}
text = json.dumps(body, indent=2, ensure_ascii=False)
for ch, esc in (("&", "\\u0026"), ("=", "\\u003d"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027")):
    text = text.replace(ch, esc)
text += "\n"
write_only(F, text, keys(F), forms=["\n".join(json.dumps(d["fields"], ensure_ascii=False) for d in DOCS)])
