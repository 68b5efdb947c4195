#!/usr/bin/env python3
"""1314: an interactive Groonga session (Japanese): a Tsukuba-like lab keeps the reading group's paper index in
Groonga (table Papers: _key, title, url, arxiv, note — Japanese notes —, a TokenBigram lexicon); 佐藤 queried it from
the `groonga` shell and pasted the terminal into the group's Slack-like channel. Groonga's answers as remembered: one
compact JSON line each, `[[return code, start time, elapsed], body]`; a select's body `[[[hits], [[column, type], …],
record, …]]` (the hit count can exceed the records shown; default limit 10, `--limit -1` for all); an error's header
`[code, start, elapsed, message, [[function, file, line]]]` with an empty body (a syntax error marks the position with
`||`); `status` answers an object; `quit` ends the shell. Raw UTF-8, `/` not escaped. Sessions: a scored full-text
query (`--match_columns 'title * 10 || note'`, sorted by -_score), a filter for papers without a url, a query with a
dangling OR, the whole table. The lucidrains repository, the Hugging Face docs and a Japanese blog post are not papers;
Linformer, Longformer, LRA, Reformer, FlashAttention, Sparse Transformer, FLASH and Linear Transformer are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1314, keys

REC = [  # _id, _key, title, url, arxiv, note
 (1, "linformer", T("2006.04768"), "https://arxiv.org/abs/2006.04768", "2006.04768", "低ランク近似で線形時間のアテンション。第1回で発表済み。"),
 (2, "longformer", T("2004.05150"), "https://arxiv.org/abs/2004.05150", "2004.05150", "スライディングウィンドウ＋グローバル注意。長文書向け。"),
 (3, "lra", T("2011.04006"), f"https://openreview.net/forum?id={OR('2011.04006')}", "", "ベンチマーク。ICLR 2021 の OpenReview 版を参照。"),
 (4, "reformer", T("2001.04451"), f"https://openreview.net/forum?id={OR('2001.04451')}", "", "LSH アテンションと可逆層。ICLR 2020。"),
 (5, "flashattention", T("2205.14135"), "", "2205.14135", "IO を意識した正確なアテンション（近似ではない）。リンク未登録。"),
 (6, "sparse-transformer", T("1904.10509"), "", "", "疎なアテンションパターン。タイトルだけ登録。"),
 (7, "flash-gau", T("2202.10447"), "", "", "FLASH / GAU。線形時間の混合チャンク注意。リンク探し中。"),
 (8, "linear-transformer", T("2006.16236"), "", "", "カーネル化した線形アテンション、RNN として推論。"),
 (9, "lucidrains-linear-attention", "lucidrains/linear-attention-transformer (実装、論文ではない)", "https://github.com/lucidrains/linear-attention-transformer", "", "線形アテンションの PyTorch 実装。"),
 (10, "blog-linear-attention-matome", "線形アテンションまとめ（研究室ブログ、論文ではない）", "https://blog.kenkyu-lab.example.jp/2024/04/linear-attention", "", "Linformer から Performer までの解説記事。"),
]
COLT = {"_id": "UInt32", "_key": "ShortText", "title": "ShortText", "url": "ShortText", "arxiv": "ShortText", "note": "Text", "_score": "Int32"}
IDX = {"_id": 0, "_key": 1, "title": 2, "url": 3, "arxiv": 4, "note": 5}
j = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def select(t0, el, cols, recs, hits=None, scores=None):
    rows = [[(scores[r[1]] if c == "_score" else r[IDX[c]]) for c in cols] for r in recs]
    return j([[0, t0, el], [[[len(recs) if hits is None else hits], [[c, COLT[c]] for c in cols]] + rows]])


P = "> "
out = ["sato@kenkyu-pc:~/papers-db$ groonga papers.db"]
TERMS = ["線形", "linear"]
hits_in = lambda s: sum(s.lower().count(t) for t in TERMS)
SC = {r[1]: 10 * hits_in(r[2]) + hits_in(r[5]) for r in REC}
q1 = sorted((r for r in REC if SC[r[1]]), key=lambda r: (-SC[r[1]], r[0]))
out += [P + "select Papers --match_columns 'title * 10 || note' --query '線形 OR linear' --output_columns _key,title,url,_score --sort_keys -_score",
        select(1715680123.456789, 0.00123405456542969, ["_key", "title", "url", "_score"], q1, scores=SC)]
nourl = [r for r in REC if r[3] == ""]
out += [P + "select Papers --filter 'url == \"\"' --output_columns _key,title,url,arxiv,note",
        select(1715680161.902441, 0.000387430191040039, ["_key", "title", "url", "arxiv", "note"], nourl)]
out += [P + "select Papers --query 'Reformer OR'",
        j([[-63, 1715680190.117203, 0.000146150588989258, "Syntax error: <Reformer OR||>", [["yy_syntax_error", "grn_ecmascript.lemon", 34]]], []])]
out += [P + "select Papers --output_columns _id,_key,title,url --limit -1",
        select(1715680214.733018, 0.000291109085083008, ["_id", "_key", "title", "url"], REC)]
out += [P + "quit", j([[0, 1715680230.046652, 2.09808349609375e-05], True]), "sato@kenkyu-pc:~/papers-db$ "]
text = "\n".join(out) + "\n"
write_only(F1314, text, keys(F1314))
