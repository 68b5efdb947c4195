#!/usr/bin/env python3
"""1089: an Argentine university vision lab keeps its reading list in a Dolt database (`lecturas`, versioned like a
Git repository); a PhD student copied this terminal session into the lab's notes (UTF-8, LF, the shell prompt last
without a newline): `dolt log -n 3` (32-character base32 commit hashes, `Date:  ` lines, tab-indented messages),
then the `dolt sql` shell (its banner, `lecturas/main> ` prompts, `*` after the branch while the working set is
dirty, `-> ` continuation lines), SHOW TABLES, SELECTs in Dolt's table format (every cell left-aligned, NULL as
`NULL`, `N rows in set (…)`), an UPDATE and an INSERT (`Query OK, 1 row affected`), `CALL DOLT_COMMIT(...)` returning
the new hash, `exit`, and `dolt diff HEAD~1` (`diff --dolt a/papers b/papers`, rows marked `<` / `>` / `+`).
Table and column names are Spanish (papers, sesiones, titulo, anio, enlace, nota, fecha, expositor). The moco and
solo-learn repositories are not papers; "MoCo", "BYOL", "MAE", "Barlow Twins", "BEiT", "SupCon", "DACL" are
nicknames."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1089)
K = dict(moco="1911.05722", byol="2006.07733", mae="2111.06377", barlow="2103.03230", beit="2106.08254",
         supcon="2004.11362", dacl="2011.04419", hardneg="2010.04592")
SH = "mlopez@visionlab-ws3:~/dolt/lecturas$ "
B32 = "0123456789abcdefghijklmnopqrstuv"


def dhash(seed):
    n = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return "".join(B32[(n >> (5 * i)) & 31] for i in range(32))


def cell(v):
    return "NULL" if v is None else str(v)


def table(cols, rows, timing="0.00"):
    cs = [[cell(v) for v in r] for r in rows]
    w = [max([len(c)] + [len(r[i]) for r in cs]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    line = lambda vals: "|" + "|".join(" " + v + " " * (x - len(v)) + " " for v, x in zip(vals, w)) + "|"
    n = len(rows)
    return "\n".join([rule, line(cols), rule] + [line(r) for r in cs] + [rule]) + \
        f"\n{n} row{'' if n == 1 else 's'} in set ({timing} sec)\n\n"


def diff_table(cols, rows):
    cs = [[m] + [cell(v) for v in r] for m, r in rows]
    cols = [" "] + cols
    w = [max([len(c)] + [len(r[i]) for r in cs]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    line = lambda vals: "|" + "|".join(" " + v + " " * (x - len(v)) + " " for v, x in zip(vals, w)) + "|"
    return "\n".join([rule, line(cols), rule] + [line(r) for r in cs] + [rule]) + "\n"


ML = "https://arxiv.org/pdf/2111.06377"
PAPERS = [  # id, titulo, anio, enlace, nota
 [1, T(K["moco"]), 2019, "https://arxiv.org/abs/1911.05722", "CVPR 2020; código: github.com/facebookresearch/moco"],
 [2, T(K["supcon"]), 2020, None, "NeurIPS 2020; falta el link"],
 [3, T(K["byol"]), 2020, "https://arxiv.org/abs/2006.07733", "sin negativos; ver anexo B"],
 [4, T(K["hardneg"]), 2020, None, "ICLR 2021"],
 [5, T(K["dacl"]), 2020, None, "ICML 2021; mixup como aumentación"],
 [6, T(K["barlow"]), 2021, "arXiv:2103.03230", "implementación en solo-learn"],
 [7, T(K["mae"]), 2021, None, "CVPR 2022"],
]
NEW = [8, T(K["beit"]), 2021, None, "arXiv:2106.08254 — ICLR 2022, tokenizador dVAE"]
SES = [  # id, paper_id, fecha, expositor
 (1, 1, "2024-02-06", "Martina López"), (2, 3, "2024-02-13", "Tomás Ferreyra"), (3, 6, "2024-02-20", "Lucía Benítez"),
 (4, 2, "2024-02-27", "Joaquín Sosa"), (5, 7, "2024-03-05", "Martina López"),
]
C = [dhash("c1"), dhash("c2"), dhash("c3"), dhash("c4")]
out = SH + "dolt log -n 3\n"
for h, head, date, msg in [(C[2], " (HEAD -> main) ", "Tue Feb 27 18:41:09 -0300 2024", "sesión 4: SupCon, Joaquín"),
                           (C[1], " ", "Tue Feb 20 19:02:51 -0300 2024", "agrega Barlow Twins y la sesión de Lucía"),
                           (C[0], " ", "Mon Feb 05 11:27:33 -0300 2024", "lista inicial del cuatrimestre")]:
    out += f"commit {h}{head}\nAuthor: Martina López <mlopez@vision.example.com.ar>\nDate:  {date}\n\n\t{msg}\n\n"
P = "lecturas/main> "
PD = "lecturas/main*> "
CONT = " " * (len(P) - 3) + "-> "
CONTD = " " * (len(PD) - 3) + "-> "


def stmt(sql, dirty=False):
    ls = sql.split("\n")
    return (PD if dirty else P) + ls[0] + "\n" + "".join((CONTD if dirty else CONT) + l + "\n" for l in ls[1:])


out += SH + "dolt sql\n# Welcome to the DoltSQL shell.\n# Statements must be terminated with ';'.\n# \"exit\" or \"quit\" (or Ctrl-D) to exit.\n"
out += stmt("SHOW TABLES;") + table(["Tables_in_lecturas"], [("papers",), ("sesiones",)])
out += stmt("SELECT id, titulo, anio, enlace FROM papers ORDER BY id;") + table(
    ["id", "titulo", "anio", "enlace"], [r[:4] for r in PAPERS], "0.01")
out += stmt("SELECT s.fecha, s.expositor, p.titulo\nFROM sesiones s JOIN papers p ON p.id = s.paper_id\nORDER BY s.fecha;") + table(
    ["fecha", "expositor", "titulo"], [(s[2], s[3], PAPERS[s[1] - 1][1]) for s in SES], "0.01")
OLD7 = list(PAPERS[6])
PAPERS[6][3] = ML
out += stmt(f"UPDATE papers SET enlace = '{ML}' WHERE id = 7;") + "Query OK, 1 row affected (0.00 sec)\nRows matched: 1  Changed: 1  Warnings: 0\n\n"
out += stmt(f"INSERT INTO papers VALUES ({NEW[0]}, '{NEW[1]}', {NEW[2]}, NULL,\n'{NEW[4]}');", dirty=True) + "Query OK, 1 row affected (0.00 sec)\n\n"
out += stmt("SELECT id, titulo, nota FROM papers WHERE anio = 2021;", dirty=True) + table(
    ["id", "titulo", "nota"], [(r[0], r[1], r[4]) for r in PAPERS + [NEW] if r[2] == 2021])
out += stmt("CALL DOLT_COMMIT('-am', 'MAE con link, agrega BEiT para marzo');", dirty=True) + table(["hash"], [(C[3],)], "0.02")
out += P + "exit\nBye\n"
out += SH + "dolt diff HEAD~1\ndiff --dolt a/papers b/papers\n--- a/papers\n+++ b/papers\n" + diff_table(
    ["id", "titulo", "anio", "enlace", "nota"], [("<", OLD7), (">", PAPERS[6]), ("+", NEW)])
out += SH
write_only(F, out, keys(F))
