#!/usr/bin/env python3
"""1191: an impala-shell session (Chinese): a Hangzhou systems group keeps its reading table `reading.papers` in
Impala; 张伟 queries this term's training-systems and scaling list, then counts by kind. impala-shell's banner, the
`[host:21050] db> ` prompt, `Query:` echo, submitted / progress lines, left-aligned tables (column width by display
width: CJK characters count two), NULL for an empty link, `Fetched N row(s) in …s`, `Goodbye user`. A paper's `link`
is a URL (arXiv or OpenReview), an arXiv id as text, or NULL (title only). Tables and counts are computed."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1191, keys, BACKPROP

H = "impalad-02.lab.example.cn"
rows = [  # week, kind, title, link, note
 (1, "paper", BACKPROP, None, "经典，反向传播的原始论文；不在 arXiv 上"),
 (2, "paper", T("1701.06538"), "https://openreview.net/forum?id=" + OR("1701.06538"), "稀疏门控 MoE，ICLR 2017"),
 (3, "paper", T("2006.16668"), "arXiv:2006.16668", "MoE + 自动分片，2048 TPU"),
 (4, "paper", T("1909.08053"), "arXiv:1909.08053", "张量并行，组里训练框架的基础"),
 (4, "repo", "NVIDIA/Megatron-LM 代码仓库", "https://github.com/NVIDIA/Megatron-LM", "代码，不是论文"),
 (5, "paper", T("2307.08691"), "https://arxiv.org/abs/2307.08691", "IO 感知注意力第二版，改进并行划分"),
 (6, "paper", T("2309.06180"), "https://arxiv.org/pdf/2309.06180", "vLLM 的论文，KV cache 分页"),
 (6, "docs", "vLLM 官方文档", "https://docs.vllm.ai/", "文档，部署时查"),
 (7, "paper", T("2111.04263"), None, "联邦学习，动态正则；链接待补"),
 (8, "paper", T("2010.00554"), None, "PCA 看成博弈，可分布式求解"),
]


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(head, data):
    data = [["NULL" if v is None else str(v) for v in r] for r in data]
    ws = [max(w(x) for x in col) for col in zip(head, *data)]
    sep = "+" + "+".join("-" * (n + 2) for n in ws) + "+"
    line = lambda r: "| " + " | ".join(x + " " * (n - w(x)) for x, n in zip(r, ws)) + " |"
    return [sep, line(head), sep] + [line(r) for r in data] + [sep]


P = f"[{H}:21050] reading> "
out = [f"$ impala-shell -i {H} -d reading",
       "Starting Impala Shell with no authentication using Python 3.8.10",
       f"Opened TCP connection to {H}:21050",
       f"Connected to {H}:21050",
       "Server version: impalad version 4.1.2-RELEASE RELEASE (build 3f5a1c9e2b7d4a60e8c1f2b9d0a7e6c5b4a3f210)",
       "*" * 83,
       "Welcome to the Impala shell.",
       "(Impala Shell v4.1.2 (3f5a1c9) built on Fri Feb 10 11:02:31 UTC 2023)",
       "",
       "To see live updates on a query's progress, run 'set LIVE_SUMMARY=1;'.",
       "*" * 83]


def q(sql, head, data, t, qid, secs):
    out.append(P + sql + ";")
    out.append("Query: " + sql)
    out.append(f"Query submitted at: 2024-05-09 {t} (Coordinator: http://{H}:25000)")
    out.append(f"Query progress can be monitored at: http://{H}:25000/query_plan?query_id={qid}")
    out.extend(table(head, data))
    out.append(f"Fetched {len(data)} row(s) in {secs}s")


q("select week, kind, title, link, note from papers where term = '2024春' and topic = 'systems' order by week",
  ["week", "kind", "title", "link", "note"], rows, "14:02:11", "a94c3e1f27b85d10:6e2f8a4c00000000", "0.42")
kinds = sorted({r[1] for r in rows})
q("select kind, count(*) from papers where term = '2024春' and topic = 'systems' group by kind order by kind",
  ["kind", "count(*)"], [(k, sum(1 for r in rows if r[1] == k)) for k in kinds], "14:03:40", "5d2b7e90c1a34f68:0b9e3d7100000000", "0.31")
out.append(P + "quit;")
out.append("Goodbye zhangwei")
text = "\n".join(out) + "\n"
write_only(F1191, text, keys(F1191))
