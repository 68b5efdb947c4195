#!/usr/bin/env python3
"""1571: a Russian student's reading sheet (chtenie.csv) queried with harelba's q ("Text as Data": SQL over CSV) —
head of the file, count(*), a grouped count, a beautified (-b) selection with -O header, a filter on empty links, and
a misspelled column's error. Every answer is computed from the modelled CSV."""
import csv, io, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET, GLOROT, DBN

F = by_num(1571)
PS = "olga@msu-nlp:~/chtenie$ "
HDR = ["id", "title", "year", "link", "status", "komu"]
ROWS = [
    [1, T("1910.02054"), 2019, "https://arxiv.org/abs/1910.02054", "прочитано", "Ольга"],
    [2, T("1508.07909"), 2015, "arXiv:1508.07909", "прочитано", "Дмитрий"],
    [3, T("2101.03961"), 2021, "https://arxiv.org/abs/2101.03961", "читаю", "Ольга"],
    [4, T("1910.13461"), 2019, "https://arxiv.org/pdf/1910.13461.pdf", "в очереди", "Светлана"],
    [5, T("2106.08254"), 2021, "https://arxiv.org/abs/2106.08254", "в очереди", "Дмитрий"],
    [6, ALEXNET, 2012, "", "прочитано", "Светлана"],
    [7, GLOROT, 2010, "", "в очереди", "Ольга"],
    [8, DBN, 2006, "", "в очереди", "Дмитрий"],
    [9, "Курс CS224n (Stanford), лекции 1–4", 2023, "https://web.stanford.edu/class/cs224n/", "смотрю", "Ольга"],
]


def csvtext():
    b = io.StringIO(); w = csv.writer(b, lineterminator="\n"); w.writerow(HDR); w.writerows(ROWS); return b.getvalue()


def beaut(rows):
    """q -b: columns padded to the widest value, separated by one space"""
    ws = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return [" ".join(str(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip() for r in rows]


def build():
    L = [PS + "head -4 chtenie.csv"] + csvtext().split("\n")[:4]
    L += [PS + 'q -H -d , "select count(*) from ./chtenie.csv"', str(len(ROWS))]
    L += [PS + 'q -H -d , "select status, count(*) from ./chtenie.csv group by status order by 2 desc, 1"']
    g = {}
    for r in ROWS: g[r[4]] = g.get(r[4], 0) + 1
    L += [f"{s} {n}" for s, n in sorted(g.items(), key=lambda x: (-x[1], x[0]))]
    L += [PS + 'q -H -O -b -d , "select id, year, title, link from ./chtenie.csv where id <= 5"']
    L += beaut([["id", "year", "title", "link"]] + [[r[0], r[2], r[1], r[3]] for r in ROWS if r[0] <= 5])
    L += [PS + "# без ссылок — найти в библиотеке МГУ", PS + 'q -H -d , -D "|" "select id, title, year from ./chtenie.csv where link = \'\'"']
    L += [f"{r[0]}|{r[1]}|{r[2]}" for r in ROWS if not r[3]]
    L += [PS + 'q -H -d , "select titel from ./chtenie.csv"', "query error: no such column: titel",
          "Warning - There seems to be a \"no such column\" error, and -H (header line) exists. Please make sure that you are using the column names from the header line and not the default (cXX) column names. Another issue might be that the file contains a BOM. Files that are encoded with UTF8 and contain a BOM can be read by specifying `-e utf-8-sig` in the command line. Support for non-UTF8 encoding will be provided in the future.",
          PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
