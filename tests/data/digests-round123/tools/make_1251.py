#!/usr/bin/env python3
"""1251: a NebulaGraph console session (Thai): a Bangkok-like group keeps its reading graph in NebulaGraph (space
`reading_th`: tags paper / person / resource, edges suggested / cites) and a member pasted a `nebula-console` session
into the group's notes. nebula-console 3.x: `Welcome!`, the prompt `(root@nebula) [space]> `, `Execution succeeded
(time spent Xms/Yms)` or a go-pretty table (`+---+` rules, `| cell |`, strings in double quotes, `__NULL__` for null,
widths by display width: Thai combining marks count 0) and `Got N rows (time spent …)`, then a blank line, the local
time in Go's RFC 1123 form with the zone abbreviation `+07`, a blank line; `:exit` → `Bye root!` and the time.
OpenReview and arXiv urls in the url column are links; an arXiv id in the arxiv column with a null url is
arxiv-text; three papers with both null keep their title only; the resources (a repository, docs, a course, a
leaderboard) are not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1251, keys


def w(s):
    n = 0
    for c in s:
        if unicodedata.category(c) in ("Mn", "Me", "Cf"): continue
        n += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return n


def cell(v):
    return "__NULL__" if v is None else (str(v) if isinstance(v, int) else f'"{v}"')


def table(cols, rows):
    cells = [[cell(v) for v in r] for r in rows]
    ws = [max([w(c)] + [w(r[i]) for r in cells]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in ws) + "+"
    line = lambda r: "|" + "|".join(f" {c}{' ' * (ws[i] - w(c))} " for i, c in enumerate(r)) + "|"
    return [rule, line(cols), rule] + [line(r) for r in cells] + [rule]


P = [  # vid, who, title, url, arxiv, note
 ("p-s4", "กมล", T("2111.00396"), "https://openreview.net/forum?id=uYLFoz1vlAC", None, "S4 ฉบับ ICLR 2022"),
 ("p-lra", "กมล", T("2011.04006"), "https://openreview.net/pdf?id=qVyeW-grC2k", None, "ชุดทดสอบ ใช้เทียบทุกโมเดล"),
 ("p-flash", "ณัฐ", T("2205.14135"), "https://arxiv.org/abs/2205.14135", None, "อ่านคู่กับโค้ด"),
 ("p-mamba", "ณัฐ", T("2312.00752"), "https://arxiv.org/abs/2312.00752", None, "นำเสนอ 21 พ.ค."),
 ("p-linformer", "พิมพ์", T("2006.04768"), None, "2006.04768", "มีแค่เลข arXiv"),
 ("p-sparse", "พิมพ์", T("1904.10509"), None, None, "มีแค่ชื่อเรื่อง"),
 ("p-hippo", "วีระ", T("2008.07669"), None, None, "พื้นฐานของ S4"),
 ("p-longformer", "วีระ", T("2004.05150"), None, None, "ยังไม่มีลิงก์"),
]
P.sort(key=lambda r: (r[1].encode(), r[0]))
RES = [("r-flash-attn", "Dao-AILab/flash-attention", "repo", "https://github.com/Dao-AILab/flash-attention"),
       ("r-mamba-docs", "mamba-ssm (PyPI)", "software", "https://pypi.org/project/mamba-ssm/"),
       ("r-cs-course", "2110572 NLP Systems (จุฬาฯ) สัปดาห์ที่ 9", "course", "https://nlp-course.example.ac.th/week9"),
       ("r-lra-board", "LRA leaderboard (Papers with Code)", "leaderboard", "https://paperswithcode.com/sota/long-range-modeling-on-lra")]
STAMPS = iter(["Tue, 14 May 2024 09:41:05 +07", "Tue, 14 May 2024 09:41:12 +07", "Tue, 14 May 2024 09:42:30 +07",
               "Tue, 14 May 2024 09:43:02 +07", "Tue, 14 May 2024 09:43:47 +07", "Tue, 14 May 2024 09:44:10 +07"])
PR = "(root@nebula) [{}]> "
L = ["somchai@lab-ws03:~/nebula$ ./nebula-console -addr graph.lab-th.example.ac.th -port 9669 -u root -p ********", "",
     "Welcome!", ""]


def stmt(space, q, out, spent):
    L.append(PR.format(space) + q)
    L.extend(out)
    L.append(spent); L.append(""); L.append(next(STAMPS)); L.append("")


stmt("(none)", "USE reading_th;", [], "Execution succeeded (time spent 1.193ms/1.683ms)")
stmt("reading_th", "SHOW TAGS;", table(["Name"], [["paper"], ["person"], ["resource"]]), "Got 3 rows (time spent 1.482ms/2.017ms)")
rows = [[who, t, u, a, n] for vid, who, t, u, a, n in P]
stmt("reading_th", "MATCH (p:person)-[:suggested]->(v:paper) RETURN p.person.name AS who, v.paper.title AS title, v.paper.url AS url, v.paper.arxiv AS arxiv, v.paper.note AS note ORDER BY who;",
     table(["who", "title", "url", "arxiv", "note"], rows), f"Got {len(rows)} rows (time spent 4.871ms/6.304ms)")
stmt("reading_th", 'GO FROM "p-mamba" OVER cites YIELD dst(edge) AS dst, properties($$).title AS cited;',
     table(["dst", "cited"], [["p-s4", T("2111.00396")], ["p-hippo", T("2008.07669")]]), "Got 2 rows (time spent 2.210ms/2.998ms)")
stmt("reading_th", "MATCH (r:resource) RETURN id(r) AS id, r.resource.name AS name, r.resource.kind AS kind, r.resource.url AS url;",
     table(["id", "name", "kind", "url"], [list(r) for r in RES]), f"Got {len(RES)} rows (time spent 2.644ms/3.371ms)")
L.append(PR.format("reading_th") + ":exit"); L.append(""); L.append("Bye root!"); L.append(next(STAMPS)); L.append("")
text = "\n".join(L) + "\n"
write_only(F1251, text, keys(F1251))
