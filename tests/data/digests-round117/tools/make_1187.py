#!/usr/bin/env python3
"""1187: an Algolia search API answer (Japanese): a Kyoto lab keeps its reading list in an Algolia index
(`lab_papers`); a member saved the raw answer of `POST /1/indexes/lab_papers/query` for the query 「モデル」 (curl -o,
compact JSON, raw UTF-8, no final newline). Ten hits (eight papers, a leaderboard, a blog post): stored attributes in
record order, then objectID and _highlightResult (title and note: the query wrapped in <em>, matchLevel full / none,
matchedWords, fullyHighlighted false). A paper has `url` (a link), or `ref` (an arXiv id as text), or neither
(title only). nbHits, nbPages, params and the exhaustive flags are computed."""
import json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F1187, keys, GPT1

Q = "モデル"
A = lambda k: CAT[key_of(k)]["authors"][:3]
recs = [  # (title, type, authors, url, ref, note, addedBy, tags, objectID)
 (T("2302.13971"), "paper", A("2302.13971"), "https://arxiv.org/abs/2302.13971", None,
  "公開重みの基盤モデル。7B〜65B、学習データは公開データのみ。ゼミの再現実験のベースライン。", "sato", ["llm", "基盤モデル"], "paper-0412"),
 (T("2005.14165"), "paper", A("2005.14165"), "https://arxiv.org/pdf/2005.14165", None,
  "GPT-3。in-context learning の原典。付録のデータ汚染の節は必読。", "ito", ["llm", "few-shot"], "paper-0087"),
 (T("2009.03300"), "paper", A("2009.03300"), None, "arXiv:2009.03300",
  "MMLU。57 科目の多肢選択。評価スクリプトの 5-shot 設定に注意。", "sato", ["評価"], "paper-0301"),
 (T("2306.05685"), "paper", A("2306.05685"), "https://arxiv.org/abs/2306.05685", None,
  "LLM を審判にする評価。位置バイアスと冗長さバイアスの分析が面白い。", "watanabe", ["評価", "llm"], "paper-0455"),
 ("Open LLM Leaderboard", "leaderboard", [], "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard", None,
  "リーダーボード（論文ではない）。モデルの比較表として参照。", "ito", ["評価"], "link-0032"),
 (T("2205.06175"), "paper", A("2205.06175"), "https://arxiv.org/abs/2205.06175", None,
  "Gato。一つのモデルで 600 以上のタスク。エージェント回で紹介予定。", "kimura", ["agent"], "paper-0288"),
 (T("2206.04615"), "paper", A("2206.04615"), None, None,
  "BIG-bench。204 タスク。リンク未登録、タイトルのみ。", "watanabe", ["評価"], "paper-0279"),
 (T("2205.01068"), "paper", A("2205.01068"), None, None,
  "OPT。学習ログ（logbook）の公開がありがたい。リンクは後で追加。", "kimura", ["llm"], "paper-0276"),
 (GPT1, "paper", A(GPT1), None, None,
  "GPT-1。arXiv にはない（OpenAI のサイトのみ）。事前学習＋ファインチューニングの流れの起点。", "sato", ["llm", "古典"], "paper-0009"),
 ("大規模言語モデルの評価を振り返る（研究室ブログ）", "blog", ["伊藤"], "https://blog.lab.example.jp/posts/llm-eval-2024", None,
  "研究室ブログの記事。論文ではない。モデル評価の手順メモ。", "ito", ["評価"], "link-0041"),
]


def hl(s):
    return {"value": s.replace(Q, "<em>" + Q + "</em>"), "matchLevel": "full" if Q in s else "none",
            "fullyHighlighted": False, "matchedWords": [Q] if Q in s else []} if Q in s else \
           {"value": s, "matchLevel": "none", "matchedWords": []}


hits = []
for title, typ, authors, url, ref, note, by, tags, oid in recs:
    h = {"title": title, "type": typ, "authors": authors}
    if url: h["url"] = url
    if ref: h["ref"] = ref
    h.update({"note": note, "addedBy": by, "tags": tags, "objectID": oid,
              "_highlightResult": {"title": hl(title), "note": hl(note)}})
    hits.append(h)
d = {"hits": hits, "nbHits": len(hits), "page": 0, "nbPages": 1, "hitsPerPage": 20, "exhaustiveNbHits": True,
     "exhaustiveTypo": True, "exhaustive": {"nbHits": True, "typo": True}, "query": Q,
     "params": "query=" + quote(Q) + "&hitsPerPage=20&attributesToHighlight=%5B%22title%22%2C%22note%22%5D",
     "renderingContent": {}, "processingTimeMS": 1,
     "processingTimingsMS": {"_request": {"roundTrip": 14}, "total": 1}}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F1187, text, keys(F1187))
