#!/usr/bin/env python3
"""1492: a CUBRID csql session (Korean lab database `readingdb`): the interpreter's banner, three SELECTs and `;exit`.
Each result is printed as csql does: `=== <Result of SELECT Command in Line N> ===`, a blank line, the header, a rule
of `=`, the rows (strings in single quotes, NULL bare, integers right-aligned), a blank line and `N rows selected.
(T sec) Committed.`. Column widths and padding are counted in bytes (csql pads C strings, so Hangul cells, three bytes a
syllable, look wider than their neighbours). Every table is computed from the modelled rows. Not papers: the
DeepSpeed and state-spaces repositories, the FlashAttention kernel package, a recorded seminar. Nicknames: Mamba,
Reformer, FLASH, Performer, MoE — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1492, keys

# paper_id, title, url, arxiv, presenter, week
PAPERS = [
    (101, T("2312.00752"), "https://arxiv.org/abs/2312.00752", None, "김민준", 1),
    (102, T("2001.04451"), f"https://openreview.net/forum?id={OR('2001.04451')}", None, "이서연", 1),
    (103, T("2105.06548"), f"https://openreview.net/pdf?id={OR('2105.06548')}", None, "박지훈", 2),
    (104, T("2202.10447"), None, None, "최유나", 2),
    (105, T("2006.16236"), None, None, "김민준", 3),
    (106, T("2103.14636"), None, None, "정하은", 3),
    (107, T("1910.02054"), None, "1910.02054", "이서연", 4),
    (108, T("2101.03961"), "https://arxiv.org/pdf/2101.03961", None, "박지훈", 4),
]
# res_id, kind, name, url, note
RES = [
    (1, "repo", "DeepSpeed", "https://github.com/microsoft/DeepSpeed", "ZeRO 구현, 4주차 실습"),
    (2, "repo", "state-spaces/mamba", "https://github.com/state-spaces/mamba", "selective scan CUDA 커널"),
    (3, "package", "flash-attn 2.5.8", "https://pypi.org/project/flash-attn/", "A100 서버에만 설치됨"),
    (4, "video", "세미나 녹화: 선형 어텐션 정리", "https://www.youtube.com/watch?v=Xc2Lm8pQv4A", "1시간 12분"),
]


def fmt(v):
    if v is None: return "NULL"
    if isinstance(v, int): return str(v)
    return "'" + v + "'"


def bl(s):
    return len(s.encode("utf-8"))


def table(cols, rows, n, secs):
    cells = [[fmt(v) for v in r] for r in rows]
    num = [all(isinstance(r[i], int) for r in rows) for i in range(len(cols))]
    w = [max([bl(cols[i])] + [bl(c[i]) for c in cells]) for i in range(len(cols))]
    def line(vals, header=False):
        parts = []
        for i, v in enumerate(vals):
            pad = " " * (w[i] - bl(v))
            parts.append(pad + v if num[i] and not header else v + pad)
        return ("  " + "  ".join(parts)).rstrip()
    out = ["", f"=== <Result of SELECT Command in Line {n}> ===", "", line(cols, True), "=" * (2 + sum(w) + 2 * (len(w) - 1))]
    out += [line(c) for c in cells]
    out += ["", f"{len(rows)} row{'s' if len(rows) != 1 else ''} selected. ({secs} sec) Committed.", ""]
    return out


P = "csql> "
s = ["minjun@db-lab:~$ csql -u dba readingdb", "", "\tCUBRID SQL Interpreter", "", "", "Type `;help' for help messages.", ""]
s.append(P + "SELECT paper_id, title, url, arxiv, presenter, week FROM paper ORDER BY week, paper_id;")
s += table(["paper_id", "title", "url", "arxiv", "presenter", "week"], PAPERS, 1, "0.004512")
s.append(P + "SELECT presenter, COUNT(*) FROM paper GROUP BY presenter ORDER BY 2 DESC, 1;")
cnt = {}
for p in PAPERS: cnt[p[4]] = cnt.get(p[4], 0) + 1
s += table(["presenter", "count(*)"], sorted(cnt.items(), key=lambda x: (-x[1], x[0].encode())), 1, "0.002108")
s.append(P + "SELECT res_id, kind, name, url, note FROM resource ORDER BY res_id;")
s += table(["res_id", "kind", "name", "url", "note"], RES, 1, "0.001874")
s.append(P + "SELECT COUNT(*) FROM paper WHERE url IS NULL AND arxiv IS NULL;")
s += table(["count(*)"], [(sum(1 for p in PAPERS if p[2] is None and p[3] is None),)], 1, "0.001233")
s.append(P + ";exit")
s.append("minjun@db-lab:~$ ")
write_only(F1492, "\n".join(s) + "\n", keys(F1492))
