#!/usr/bin/env python3
"""1071: a Kazakh university ML lab's reading-seminar database on CockroachDB, queried by the seminar's organiser in
the `cockroach sql` interactive shell and copied from the terminal: the shell command, the SQL shell's welcome banner,
then `user@host:26257/db> ` prompts (`-> ` continuation lines aligned under them); results in the shell's `table`
format (header centered, a `-+-` rule, cells padded to the column, numbers right-aligned, NULL as `NULL`, `t` / `f`),
`(N rows)`, a blank line, `Time: …ms total (execution …ms / network …ms)` and a blank line; SHOW TABLES, SHOW COLUMNS,
SELECTs (one JOIN), count(*), an ERROR with its SQLSTATE, an INSERT (`INSERT 0 1`), the new row shown again; `\\q` and
the shell prompt last. Ids are unique_rowid() values; table and column names are romanised Kazakh (maqalalar
"articles", bayandamalar "talks", ataui "title", jyly "year", silteme "link", taqyryp "topic", eskertpe "note").
"ViT", "Swin", "ConvNeXt", "LeNet", "EfficientNetV2" are nicknames (in notes only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LENET

F = by_num(1071)
K = dict(swin="2103.14030", convnext="2201.03545", vit="2010.11929", scaling="2106.04560", robust="2103.14586",
         whyconv="2010.08515", effv2="2104.00298", lenet=LENET)
SH = "aliyeva@ml-lab-ws:~$ "
PROMPT = "seminar@db.ml-lab.example.kz:26257/oqu_seminar> "
CONT = " " * (len(PROMPT) - 3) + "-> "
BANNER = """#
# Welcome to the CockroachDB SQL shell.
# All statements must be terminated by a semicolon.
# To exit, type: \\q.
#
# Client version: CockroachDB CCL v23.1.14 (x86_64-pc-linux-gnu, built 2024/01/22 23:52:51, go1.19.13)
# Server version: CockroachDB CCL v23.1.14 (x86_64-pc-linux-gnu, built 2024/01/22 23:52:51, go1.19.13)
# Cluster ID: 3f6b2a1e-8c4d-4f7a-9b2e-5d1c0a9e7f43
#
# Enter \\? for a brief introduction.
#
"""


def rid(n):
    return 946173528164352001 + n * 2863311531 + (n * n * 7919) % 32768


CONV = "конволюциялық желілер"
MAQALALAR = [  # id, ataui, jyly, silteme, taqyryp, eskertpe
 (rid(1), T(K["lenet"]), 1998, None, CONV, "Proc. IEEE; қағаз көшірмесі оқу залында"),
 (rid(2), T(K["vit"]), 2020, "https://openreview.net/forum?id=YicbFdNTTy", "трансформерлер", "ICLR 2021, рецензенттердің талқылауымен бірге оқу"),
 (rid(3), T(K["whyconv"]), 2020, None, "теория", "ICLR 2021; дәлелдемелер қосымшада"),
 (rid(4), T(K["swin"]), 2021, "https://arxiv.org/abs/2103.14030", "трансформерлер", "ICCV 2021, үздік мақала"),
 (rid(5), T(K["robust"]), 2021, None, "орнықтылық", "ICCV 2021; сілтемесін табу керек"),
 (rid(6), T(K["effv2"]), 2021, None, CONV, "ICML 2021"),
 (rid(7), T(K["scaling"]), 2021, "arXiv:2106.04560", "масштабтау", "CVPR 2022"),
 (rid(8), T(K["convnext"]), 2022, "https://arxiv.org/pdf/2201.03545", CONV, None),
]
S = {r[0]: r for r in MAQALALAR}
BAYANDAMALAR = [  # id, maqala_id, bayandamashy, kuni
 (rid(21), rid(1), "Әлиева А. Б.", "2024-02-06"),
 (rid(22), rid(2), "Серікбаев Н. Қ.", "2024-02-13"),
 (rid(23), rid(3), "Ким Д. Е.", "2024-02-20"),
 (rid(24), rid(4), "Омарова Ж. М.", "2024-02-27"),
 (rid(25), rid(8), "Серікбаев Н. Қ.", "2024-03-05"),
 (rid(26), rid(7), "Әлиева А. Б.", "2024-03-12"),
]
NEW = (rid(27), rid(5), "Тоқтаров Е. С.", "2024-03-19")


def cell(v):
    if v is None: return "NULL"
    if v is True: return "t"
    if v is False: return "f"
    return str(v)



def table(cols, rows, num=()):
    cs = [[cell(v) for v in r] for r in rows]
    w = [max([len(c)] + [len(r[i]) for r in cs]) for i, c in enumerate(cols)]

    def line(vals, head=False):
        out = []
        for i, (v, x) in enumerate(zip(vals, w)):
            gap = x - len(v)
            if head: v = " " * (gap // 2) + v + " " * (gap - gap // 2)
            elif i in num: v = " " * gap + v
            else: v = v + " " * gap
            out.append((" " if i == 0 else "") + " " + v + " ")
        return "|".join(out).rstrip()
    rule = "+".join("-" * (x + (3 if i == 0 else 2)) for i, x in enumerate(w))
    n = len(rows)
    return "\n".join([line(cols, True), rule] + [line(r) for r in cs]) + f"\n({n} row{'' if n == 1 else 's'})\n"


def timing(total, ex):
    return f"\nTime: {total}ms total (execution {ex}ms / network {total - ex}ms)\n\n"


def stmt(sql):
    ls = sql.split("\n")
    return PROMPT + ls[0] + "\n" + "".join(CONT + l + "\n" for l in ls[1:])


PK = "{maqalalar_pkey}"
out = SH + 'cockroach sql --url "postgresql://seminar@db.ml-lab.example.kz:26257/oqu_seminar?sslmode=verify-full&sslrootcert=/home/aliyeva/.cockroach-certs/ca.crt"\n'
out += BANNER
out += stmt("SHOW TABLES;") + table(["schema_name", "table_name", "type", "owner", "estimated_row_count", "locality"],
                                    [("public", "bayandamalar", "table", "seminar", 6, None), ("public", "maqalalar", "table", "seminar", 8, None)],
                                    num=(4,)) + timing(31, 30)
out += stmt("SHOW COLUMNS FROM maqalalar;") + table(
    ["column_name", "data_type", "is_nullable", "column_default", "generation_expression", "indices", "is_hidden"],
    [("id", "INT8", False, "unique_rowid()", "", PK, False),
     ("ataui", "STRING", False, None, "", PK, False),
     ("jyly", "INT8", True, None, "", PK, False),
     ("silteme", "STRING", True, None, "", PK, False),
     ("taqyryp", "STRING", True, None, "", PK, False),
     ("eskertpe", "STRING", True, None, "", PK, False)]) + timing(12, 11)
out += stmt("SELECT count(*) FROM maqalalar;") + table(["count"], [(len(MAQALALAR),)], num=(0,)) + timing(3, 2)
out += stmt("SELECT id, ataui, jyly, taqyryp FROM maqalalar ORDER BY jyly, id;") + table(
    ["id", "ataui", "jyly", "taqyryp"], [(r[0], r[1], r[2], r[4]) for r in sorted(MAQALALAR, key=lambda r: (r[2], r[0]))],
    num=(0, 2)) + timing(5, 4)
out += stmt("SELECT ataui, silteme, eskertpe\nFROM maqalalar\nWHERE silteme IS NOT NULL\nORDER BY jyly;") + table(
    ["ataui", "silteme", "eskertpe"], [(r[1], r[3], r[5]) for r in sorted(MAQALALAR, key=lambda r: (r[2], r[0])) if r[3]]) + timing(4, 3)
out += stmt("SELECT avtorlar FROM maqalalar WHERE taqyryp = 'теория';")
out += 'ERROR: column "avtorlar" does not exist\nSQLSTATE: 42703\n'
out += stmt("SELECT b.kuni, b.bayandamashy, m.ataui\nFROM bayandamalar AS b JOIN maqalalar AS m ON m.id = b.maqala_id\nORDER BY b.kuni;") + table(
    ["kuni", "bayandamashy", "ataui"], [(d[3], d[2], S[d[1]][1]) for d in sorted(BAYANDAMALAR, key=lambda d: d[3])]) + timing(9, 8)
out += stmt(f"INSERT INTO bayandamalar (maqala_id, bayandamashy, kuni) VALUES ({NEW[1]}, '{NEW[2]}', '{NEW[3]}');")
out += "INSERT 0 1\n" + timing(14, 13)
out += stmt("SELECT id, maqala_id, bayandamashy, kuni FROM bayandamalar WHERE kuni >= '2024-03-01' ORDER BY kuni;") + table(
    ["id", "maqala_id", "bayandamashy", "kuni"], [d for d in sorted(BAYANDAMALAR + [NEW], key=lambda d: d[3]) if d[3] >= "2024-03-01"],
    num=(0, 1)) + timing(4, 3)
out += PROMPT + "\\q\n" + SH
write_only(F, out, keys(F))
