#!/usr/bin/env python3
"""1535: a Hindi-speaking lab keeps its citation graph in FalkorDB and queries it with redis-cli: GRAPH.LIST, then
GRAPH.QUERY replies in redis-cli's TTY layout (nested `n) ` indices, right-aligned to the widest index, children
indented by the index width + 2; strings quoted with sdscatrepr, so the Devanagari notes appear as \\xNN bytes;
`(integer)`, `(nil)`), each reply ending with the two statistics strings; then the same notes fetched again with
`--raw` from the shell, printed as plain UTF-8 lines. Replies are computed from the modelled graph."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1535)
SH = "ravi@graph-lab:~$ "
RP = "127.0.0.1:6380> "
# Paper nodes: title, arxiv, url, year, note (Hindi)
PAPERS = [
    (T("2111.00396"), None, "https://openreview.net/forum?id=uYLFoz1vlAC", 2022, "S4 — HiPPO के बाद पढ़ें; ICLR वाला संस्करण"),
    (T("2008.07669"), "2008.07669", None, 2020, "HiPPO: बहुपद प्रक्षेपण, पहले यही"),
    (T("2312.00752"), "2312.00752", "https://arxiv.org/abs/2312.00752", 2023, "चयनात्मक SSM; कोड state-spaces/mamba में"),
    (T("1710.03740"), None, "https://openreview.net/forum?id=r1gs9JgRZ", 2018, None),
    (T("2204.14198"), "2204.14198", "https://arxiv.org/abs/2204.14198", 2022, "Perceiver Resampler वाला हिस्सा समूह में समझाना है"),
    (T("2106.13884"), None, None, 2021, "लिंक नहीं मिला, NeurIPS 2021"),
    (T("2211.09800"), None, None, 2023, None),
    (T("2012.08561"), None, None, 2020, "ELECTRIC; अनीता से पूछना"),
]
CITES = [(2, 0), (2, 1), (0, 1), (4, 5), (2, 3)]
RES = [("state-spaces/mamba", "repo", "https://github.com/state-spaces/mamba"),
       ("The Annotated S4", "blog", "https://srush.github.io/annotated-s4/"),
       ("NVIDIA Apex (AMP)", "software", "https://github.com/NVIDIA/apex"),
       ("Stanford CS25: V4 (व्याख्यान)", "video", "https://www.youtube.com/watch?v=fKMB5UlVY1E")]


class Nil: pass


def repr_(s):
    out = ['"']
    for b in s.encode("utf-8"):
        c = chr(b)
        if c == "\\": out.append("\\\\")
        elif c == '"': out.append('\\"')
        elif c == "\n": out.append("\\n")
        elif c == "\r": out.append("\\r")
        elif c == "\t": out.append("\\t")
        elif 32 <= b < 127: out.append(c)
        else: out.append("\\x%02x" % b)
    return "".join(out) + '"'


def tty(r, prefix=""):
    if isinstance(r, list):
        if not r: return "(empty array)\n"
        idx = len(str(len(r)))
        child = prefix + " " * (idx + 2)
        out = ""
        for i, x in enumerate(r):
            out += ("" if i == 0 else prefix) + f"{i + 1:>{idx}d}) " + tty(x, child)
        return out
    if r is None: return "(nil)\n"
    if isinstance(r, int): return f"(integer) {r}\n"
    return repr_(r) + "\n"


def raw(r):
    if isinstance(r, list): return "".join(raw(x) for x in r)
    if r is None: return "\n"
    return f"{r}\n"


def q(header, rows, ms):
    return [header, rows, ["Cached execution: 0", f"Query internal execution time: {ms} milliseconds"]]


def build():
    L = [SH + "redis-cli -p 6380", RP + "GRAPH.LIST"]
    L += tty(["padhai"]).rstrip("\n").split("\n")
    queries = [
        ("MATCH (p:Paper) RETURN count(p)", q(["count(p)"], [[len(PAPERS)]], "0.412318")),
        ("MATCH (p:Paper) RETURN p.title, p.arxiv, p.url ORDER BY p.year DESC, p.title",
         q(["p.title", "p.arxiv", "p.url"], [[t, a, u] for t, a, u, y, n in sorted(PAPERS, key=lambda p: (-p[3], p[0]))], "0.981204")),
        ("MATCH (a:Paper)-[:CITES]->(b:Paper) RETURN a.title, b.title ORDER BY a.title, b.title",
         q(["a.title", "b.title"], sorted([[PAPERS[a][0], PAPERS[b][0]] for a, b in CITES]), "1.203377")),
        ("MATCH (p:Paper {arxiv: '2312.00752'}) RETURN p.note", q(["p.note"], [[PAPERS[2][4]]], "0.377012")),
        ("MATCH (r:Resource) RETURN r.name, r.kind, r.url", q(["r.name", "r.kind", "r.url"], [list(x) for x in RES], "0.290455")),
    ]
    for cmd, rep in queries:
        L.append(RP + f'GRAPH.QUERY padhai "{cmd}"')
        L += tty(rep).rstrip("\n").split("\n")
    L.append(RP + "exit")
    cmd = "MATCH (p:Paper) WHERE p.note IS NOT NULL RETURN p.title, p.note ORDER BY p.title"
    L.append(SH + f"redis-cli -p 6380 --raw GRAPH.QUERY padhai \"{cmd}\"")
    rows = [[t, n] for t, a, u, y, n in sorted(PAPERS, key=lambda p: p[0]) if n]
    L += raw(q(["p.title", "p.note"], rows, "0.512660")).rstrip("\n").split("\n")
    L.append(SH)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
