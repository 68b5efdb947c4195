#!/usr/bin/env python3
"""1052: an interactive Db2 command line processor session (Db2 11.5 client on Linux) in which a Czech lecturer looks
at the department's reading-list table CTENI.CLANKY: the CLP banner, CONNECT TO with the connection information block,
DESCRIBE TABLE (six columns: name padded to 31, schema, type name, length, scale, nulls), a COUNT(*) under the header
`1`, SELECTs laid out as the CLP lays them — a blank line, headers left-aligned over columns as wide as the column's
type (INTEGER 11, SMALLINT 6, DATE 10, VARCHAR(n) n bytes; numbers right-aligned, text padded in bytes as the CLP does
with a UTF-8 database, so a line with diacritics looks short), a dash rule, NULL as `-`, `  N record(s) selected.` —,
an SQL0206N error, an INSERT of a textbook, COMMIT, CONNECT RESET, QUIT with their DB20000I messages, dates in the
Czech territory's DD.MM.YYYY form. The textbook "Dive into Deep Learning" is a book, not a paper; "ResNet", "PReLU",
"CLIP", "EfficientNet", "GPM" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(1052)
K = dict(resnet="1512.03385", effnet="1905.11946", clip="2103.00020", dc="2006.05929", alexnet=ALEXNET,
         prelu="1502.01852", medselect="2103.14339", gpm="2103.09762")
SH = "[jnovak@knihovna-db ~]$ "
P = "db2 => "
COLS = [("ID", "INTEGER", 4, "No"), ("ROK", "SMALLINT", 2, "Yes"), ("NAZEV", "VARCHAR", 150, "No"),
        ("AUTORI", "VARCHAR", 200, "Yes"), ("ARXIV", "VARCHAR", 16, "Yes"), ("ODKAZ", "VARCHAR", 120, "Yes"),
        ("POZNAMKA", "VARCHAR", 300, "Yes"), ("PRIDAL", "VARCHAR", 20, "Yes"), ("PRIDANO", "DATE", 4, "Yes")]
WIDTH = {"INTEGER": 11, "SMALLINT": 6, "DATE": 10}
ROWS = [
    dict(ID=1, ROK=2015, NAZEV=T(K["resnet"]), AUTORI="He, Zhang, Ren, Sun", ARXIV=None,
         ODKAZ="https://arxiv.org/abs/1512.03385", POZNAMKA="Základ pro cvičení 3, reziduální blok nakreslit na tabuli",
         PRIDAL="JNOVAK", PRIDANO="12.09.2023"),
    dict(ID=2, ROK=2012, NAZEV=T(K["alexnet"]), AUTORI="Krizhevsky, Sutskever, Hinton", ARXIV=None, ODKAZ=None,
         POZNAMKA="Historický úvod, 1. přednáška; PDF je ve sdílené složce", PRIDAL="JNOVAK", PRIDANO="12.09.2023"),
    dict(ID=3, ROK=2015, NAZEV=T(K["prelu"]), AUTORI="He, Zhang, Ren, Sun", ARXIV=None, ODKAZ=None,
         POZNAMKA="PReLU a inicializace vah – k přednášce o inicializaci", PRIDAL="PSVOBODOVA", PRIDANO="20.09.2023"),
    dict(ID=4, ROK=2019, NAZEV=T(K["effnet"]), AUTORI="Tan, Le", ARXIV=None,
         ODKAZ="https://arxiv.org/pdf/1905.11946v5", POZNAMKA=None, PRIDAL="PSVOBODOVA", PRIDANO="20.09.2023"),
    dict(ID=5, ROK=2021, NAZEV=T(K["clip"]), AUTORI="Radford et al.", ARXIV="2103.00020", ODKAZ=None,
         POZNAMKA="Zero-shot klasifikace; porovnat s lineární sondou na cvičení", PRIDAL="JNOVAK", PRIDANO="03.10.2023"),
    dict(ID=6, ROK=2020, NAZEV=T(K["dc"]), AUTORI="Zhao, Mopuri, Bilen", ARXIV="2006.05929", ODKAZ=None,
         POZNAMKA="Pro diplomovou práci T. Dvořáka (kondenzace dat)", PRIDAL="TDVORAK", PRIDANO="15.01.2024"),
    dict(ID=7, ROK=2021, NAZEV=T(K["gpm"]), AUTORI="Saha, Garg, Roy", ARXIV=None, ODKAZ=None,
         POZNAMKA="Kontinuální učení – seminář 11. 4.", PRIDAL="TDVORAK", PRIDANO="15.01.2024"),
    dict(ID=8, ROK=2021, NAZEV=T(K["medselect"]), AUTORI="Smit, Vrabac, He, Ng et al.", ARXIV=None, ODKAZ=None,
         POZNAMKA="Zeptat se doc. Králové, jestli by šlo na naše medicínská data", PRIDAL="JNOVAK", PRIDANO="26.02.2024"),
]
TYPE = {c: t for c, t, _, _ in COLS}
LEN = {c: n for c, _, n, _ in COLS}
BANNER = """(c) Copyright IBM Corporation 1993,2007
Command Line Processor for DB2 Client 11.5.8.0

You can issue database manager commands and SQL statements from the command
prompt. For example:
    db2 => connect to sample
    db2 => bind sample.bnd

For general help, type: ?.
For command help, type: ? command, where command can be
the first few keywords of a database manager command. For example:
 ? CATALOG DATABASE for help on the CATALOG DATABASE command
 ? CATALOG          for help on all of the CATALOG commands.

To exit db2 interactive mode, type QUIT at the command prompt. Outside
interactive mode, all commands must be prefixed with 'db2'.
To list the current command option settings, type LIST COMMAND OPTIONS.

For more detailed help, refer to the Online Reference Manual.

"""


def bl(s): return len(s.encode("utf-8"))
def lj(s, w): return s + " " * (w - bl(s))
def rj(s, w): return " " * (w - bl(s)) + s


def result(heads, rows):
    """heads: [(name, type, width)]; rows: lists of values"""
    out = ["", " ".join(lj(n, w) for n, _, w in heads), " ".join("-" * w for _, _, w in heads)]
    for r in rows:
        cells = []
        for (n, t, w), v in zip(heads, r):
            num = t in ("INTEGER", "SMALLINT")
            s = "-" if v is None else str(v)
            cells.append(rj(s, w) if num else lj(s, w))
        out.append(" ".join(cells))
    out += ["", f"  {len(rows)} record(s) selected.", "", ""]
    return "\n".join(out)


def select(cols, rows):
    heads = [(c, TYPE[c], max(WIDTH.get(TYPE[c], LEN[c]), len(c))) for c in cols]
    return result(heads, [[r[c] for c in cols] for r in rows])


def describe():
    out = ["", "                                Data type                     Column",
           "Column name                     schema    Data type name      Length     Scale Nulls",
           "------------------------------- --------- ------------------- ---------- ----- ------"]
    for c, t, n, nul in COLS:
        out.append(f"{c:<31} {'SYSIBM':<9} {t:<19} {n:>10} {0:>5} {nul:<6}")
    out += ["", f"  {len(COLS)} record(s) selected.", "", ""]
    return "\n".join(out)


DONE = "DB20000I  The SQL command completed successfully.\n"
s = SH + "db2\n" + BANNER
s += P + "connect to KNIHOVNA\n\n   Database Connection Information\n\n Database server        = DB2/LINUXX8664 11.5.8.0\n" \
     " SQL authorization ID   = JNOVAK\n Local database alias   = KNIHOVNA\n\n"
s += P + "describe table CTENI.CLANKY\n" + describe()
s += P + "select count(*) from CTENI.CLANKY\n" + result([("1", "INTEGER", 11)], [[len(ROWS)]])
by_year = sorted(ROWS, key=lambda r: (r["ROK"], r["ID"]))
s += P + "select ID, ROK, NAZEV from CTENI.CLANKY order by ROK, ID\n" + select(["ID", "ROK", "NAZEV"], by_year)
s += P + "select NAZEV, DOI from CTENI.CLANKY\n" + 'SQL0206N  "DOI" is not valid in the context where it is used.  SQLSTATE=42703\n'
s += P + "select ID, ARXIV, ODKAZ from CTENI.CLANKY where ARXIV is not null or ODKAZ is not null\n" + \
     select(["ID", "ARXIV", "ODKAZ"], [r for r in ROWS if r["ARXIV"] or r["ODKAZ"]])
s += P + "select ID, PRIDAL, PRIDANO, POZNAMKA from CTENI.CLANKY where POZNAMKA is not null\n" + \
     select(["ID", "PRIDAL", "PRIDANO", "POZNAMKA"], [r for r in ROWS if r["POZNAMKA"]])
new = dict(ID=9, ROK=2023, NAZEV="Dive into Deep Learning", AUTORI="Zhang, Lipton, Li, Smola", ARXIV=None,
           ODKAZ="https://d2l.ai", POZNAMKA="Učebnice, ne článek – doporučit bakalářům k cvičením", PRIDAL="JNOVAK",
           PRIDANO="05.03.2024")
s += P + ("insert into CTENI.CLANKY (ID, ROK, NAZEV, AUTORI, ODKAZ, POZNAMKA, PRIDAL, PRIDANO) values (9, 2023, "
          "'Dive into Deep Learning', 'Zhang, Lipton, Li, Smola', 'https://d2l.ai', "
          "'Učebnice, ne článek – doporučit bakalářům k cvičením', 'JNOVAK', current date)\n") + DONE
s += P + "commit\n" + DONE
s += P + "select ID, ROK, NAZEV, ODKAZ from CTENI.CLANKY where ID = 9\n" + select(["ID", "ROK", "NAZEV", "ODKAZ"], [new])
s += P + "connect reset\n" + DONE
s += P + "quit\nDB20000I  The QUIT command completed successfully.\n" + SH
write_only(F, s, keys(F))
