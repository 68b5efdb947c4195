#!/usr/bin/env python3
"""1333: a Pyserini session in the Python REPL (Traditional Chinese): a Hsinchu-like IR lab's student (宇婷) indexed the
reading group's list (a JsonCollection, one `{"id", "contents"}` per line, contents = title, link, note) with Pyserini
and pasted her session into the group's Discord channel: the banner, the JVM's incubator warning at import, Lucene's
MemorySegment INFO lines when the index opens, num_docs, two BM25 searches printed in the Pyserini README's loop style
(`{i+1:2} {docid:15} {score:.5f}`), `doc.raw()` as the Jackson pretty-printed JSON Lucene stored (`"id" : …`, shown
once as a Python repr and once printed), `doc.contents()`, a mistyped id giving None, exit(). Scores are invented (BM25
defaults not recomputed) but descending, each hit holding a query term. The x-transformers repository and a lab blog
post are not papers; LRA, Sparse Transformer, Funnel are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1333, keys

DOCS = {
 "longformer": f"{T('2004.05150')}\nhttps://arxiv.org/abs/2004.05150\n滑動視窗注意力加上全域 token；第 3 週由宇婷報告。",
 "linformer": f"{T('2006.04768')}\nhttps://arxiv.org/pdf/2006.04768\n把 key/value 投影到低維，複雜度變成線性。",
 "lra": f"{T('2011.04006')}\nhttps://openreview.net/forum?id={OR('2011.04006')}\n各種高效 Transformer 的長序列基準（ICLR 2021）。",
 "flashattn": f"{T('2205.14135')}\nhttps://arxiv.org/abs/2205.14135\nIO 感知的精確注意力，實作見官方程式庫。",
 "attn-norm": f"{T('2004.10102')} (arXiv:2004.10102)\n分析注意力的向量範數，不是加速方法，放在延伸閱讀。",
 "survey-fl": f"{T('2103.14636')}\n綜述，連結待補（家豪說要找期刊版）。",
 "sparse-tf": f"{T('1904.10509')}\n稀疏注意力；還沒有連結，只記標題。",
 "funnel": f"{T('2006.03236')}\n逐層壓縮序列長度；只列標題。",
 "x-transformers": "lucidrains/x-transformers（程式庫，不是論文）\nhttps://github.com/lucidrains/x-transformers\n各種注意力變體的實作集合。",
 "lab-blog": "實驗室部落格：長序列注意力整理（不是論文）\nhttps://blog.ir-lab.example.edu.tw/2024/05/long-attention\n投影片與筆記。",
}


def raw(d):
    return "{\n  \"id\" : " + json.dumps(d, ensure_ascii=False) + ",\n  \"contents\" : " + json.dumps(DOCS[d], ensure_ascii=False) + "\n}"


Q1 = ("linear attention long sequences", 5, [("linformer", 3.9128), ("longformer", 3.40512), ("lra", 2.87016), ("lab-blog", 2.61447), ("sparse-tf", 1.90833)])
Q2 = ("efficient transformers", 3, [("lra", 4.22105), ("funnel", 2.06631), ("survey-fl", 1.55872)])
PR = "(pyserini) yuting@ir-gpu02:~/lunwen-suoyin$ "
L = [f"{PR}python", "Python 3.10.14 (main, Mar 21 2024, 16:24:04) [GCC 11.2.0] on linux",
     'Type "help", "copyright", "credits" or "license" for more information.',
     ">>> from pyserini.search.lucene import LuceneSearcher", "WARNING: Using incubator modules: jdk.incubator.vector",
     ">>> searcher = LuceneSearcher('indexes/lunwen-v2')",
     "May 14, 2024 3:21:07 PM org.apache.lucene.store.MemorySegmentIndexInputProvider <init>",
     "INFO: Using MemorySegmentIndexInput with Java 21; to disable start with -Dorg.apache.lucene.store.MMapDirectory.enableMemorySegments=false",
     ">>> searcher.num_docs", str(len(DOCS)), ">>> # 先用英文查，中文分析器之後再試"]
q, k, hits = Q1
L += [f">>> hits = searcher.search('{q}', k={k})", ">>> for i in range(len(hits)):",
      "...     print(f'{i+1:2} {hits[i].docid:15} {hits[i].score:.5f}')", "..."]
L += [f"{i + 1:2} {d:15} {s:.5f}" for i, (d, s) in enumerate(hits)]
L += [">>> doc = searcher.doc('lra')", ">>> doc.raw()", repr(raw("lra")), ">>> print(searcher.doc('attn-norm').raw())", raw("attn-norm")]
q, k, hits = Q2
L += [f">>> hits = searcher.search('{q}', k={k})", ">>> for i in range(len(hits)):",
      "...     print(f'{i+1:2} {hits[i].docid:15} {hits[i].score:.5f}')", "..."]
L += [f"{i + 1:2} {d:15} {s:.5f}" for i, (d, s) in enumerate(hits)]
L += [">>> searcher.doc('flash-attn') is None", "True", ">>> searcher.doc('flashattn').contents()", repr(DOCS["flashattn"]),
      ">>> print(searcher.doc('survey-fl').contents())", DOCS["survey-fl"], ">>> print(searcher.doc('funnel').contents())", DOCS["funnel"],
      ">>> print(searcher.doc('sparse-tf').contents())", DOCS["sparse-tf"], ">>> print(searcher.doc('longformer').contents())", DOCS["longformer"],
      ">>> print(searcher.doc('linformer').contents())", DOCS["linformer"],
      ">>> # x-transformers 和部落格不是論文，之後從索引拿掉", ">>> exit()", PR]
write_only(F1333, "\n".join(L) + "\n", keys(F1333))
