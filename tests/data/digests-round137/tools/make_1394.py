#!/usr/bin/env python3
"""1394: a terminal session (Georgian): a Tbilisi-like lab's student (ნინო / `nino`) queries the reading-group SQLite
database with the sqlite-utils CLI: `tables --counts -t`, a `query` printed as sqlite-utils' default JSON (an array,
one row per line, `[` / ` ` / `]`, Python's json.dumps so every Georgian letter is a `\\uXXXX` escape), a `query -t`
table (the tabulate library's "simple" format: two-space gaps, columns at least the header plus two wide, numbers
right-aligned, last column padded; tabulate reads number-like strings as numbers, so an arXiv id column is printed as
a float with the `g` format — 2010.04592 becomes 2010.05 — and a NULL as an empty cell), a `--csv` query (Python's csv
writer; the terminal shows LF line ends) and `rows people --nl` (one JSON object per line). The database is modelled
here and every output computed from it. Not papers: solo-learn (a library), the Dataset Condensation repository, the
CS330 course; BYOL, BEiT, GPM are nicknames."""
import csv, io, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1394, keys

PCOLS = ["id", "title", "arxiv", "link", "topic", "note", "added_by"]
PAPERS = [
 [1, T("2106.08254"), "2106.08254", "https://arxiv.org/abs/2106.08254", "ssl", "MIM — ნინოს პრეზენტაცია 21 მაისს", "ნინო"],
 [2, T("2103.03230"), "2103.03230", "https://arxiv.org/pdf/2103.03230.pdf", "ssl", "კროს-კორელაციის მატრიცა, BYOL-თან შედარება", "გიორგი"],
 [3, T("2006.07733"), "2006.07733", "https://arxiv.org/abs/2006.07733", "ssl", "BYOL: უარყოფითი მაგალითების გარეშე", "გიორგი"],
 [4, T("2010.04592"), "2010.04592", None, "contrastive", "ICLR 2021; ბმული ჯერ არ ჩაგვიწერია", "თამარი"],
 [5, T("2011.06182"), None, "https://openreview.net/forum?id=3rRgu7OGgBI", "transfer", "OpenReview-ზე ვნახე, arXiv-ის ID არ ჩამიწერია", "ნინო"],
 [6, T("2006.05929"), None, "https://github.com/VICO-UoE/DatasetCondensation", "data", "მხოლოდ კოდის რეპოზიტორია, სტატიის ბმული არა", "თამარი"],
 [7, T("2103.09762"), None, None, "continual", "ICLR 2021, ზეპირი; PDF თამარს აქვს", "თამარი"],
 [8, T("2103.14339"), None, None, "medical", "სამედიცინო ჯგუფისთვის, ბმული არ არის", "გიორგი"],
 [9, "solo-learn (ბიბლიოთეკა, არა სტატია)", None, "https://github.com/vturrisi/solo-learn", "ssl", "SSL მეთოდების იმპლემენტაციები PyTorch Lightning-ზე", "გიორგი"],
 [10, "CS 330: Deep Multi-Task and Meta Learning (კურსი)", None, "https://cs330.stanford.edu", "transfer", "ლექციები 4–6", "ნინო"],
]
PEOPLE = [{"id": 1, "name": "ნინო ბერიძე", "email": "nino.beridze@ml-lab.example.ge"},
          {"id": 2, "name": "გიორგი კაპანაძე", "email": "giorgi.kapanadze@ml-lab.example.ge"},
          {"id": 3, "name": "თამარ ლომიძე", "email": "tamar.lomidze@ml-lab.example.ge"}]


def num(v):
    try: float(v); return True
    except (TypeError, ValueError): return False


def tabulate(headers, rows):
    cols = list(zip(*rows))
    kinds = []
    for c in cols:
        vals = [v for v in c if v is not None]
        if vals and all(isinstance(v, int) or (isinstance(v, str) and v.isdigit()) for v in vals): kinds.append("int")
        elif vals and all(num(v) for v in vals): kinds.append("float")
        else: kinds.append("str")
    fmt = lambda v, k: "" if v is None else (str(int(v)) if k == "int" else format(float(v), "g") if k == "float" else str(v))
    cells = [[fmt(v, k) for v, k in zip(r, kinds)] for r in rows]
    w = [max([len(h) + 2] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    al = lambda s, i: s.rjust(w[i]) if kinds[i] != "str" else s.ljust(w[i])
    out = ["  ".join(al(h, i) for i, h in enumerate(headers)), "  ".join("-" * x for x in w)]
    out += ["  ".join(al(c, i) for i, c in enumerate(r)) for r in cells]
    return out


def select(cols, pred):
    return [[p[PCOLS.index(c)] for c in cols] for p in PAPERS if pred(dict(zip(PCOLS, p)))]


P = "nino@ml-lab-14:~/kitkhva$ "
S = [P + "sqlite-utils tables kitkhva.db --counts -t"] + tabulate(["table", "count"], [["papers", len(PAPERS)], ["people", len(PEOPLE)]])
c1 = ["id", "title", "arxiv", "link"]
S.append(P + "sqlite-utils query kitkhva.db \"select id, title, arxiv, link from papers where topic in ('ssl', 'contrastive')\"")
rows = [dict(zip(c1, r)) for r in select(c1, lambda p: p["topic"] in ("ssl", "contrastive"))]
S += [("[" if i == 0 else " ") + json.dumps(r) + ("]" if i == len(rows) - 1 else ",") for i, r in enumerate(rows)]
c2 = ["id", "title", "topic", "arxiv", "added_by"]
S.append(P + "sqlite-utils query kitkhva.db \"select id, title, topic, arxiv, added_by from papers where link is null or link not like '%arxiv.org%'\" -t")
S += tabulate(c2, select(c2, lambda p: p["link"] is None or "arxiv.org" not in p["link"]))
S.append(P + "sqlite-utils query kitkhva.db \"select title, note from papers where topic in ('transfer', 'continual', 'medical')\" --csv")
buf = io.StringIO(); wr = csv.writer(buf, lineterminator="\n"); wr.writerow(["title", "note"])
wr.writerows(select(["title", "note"], lambda p: p["topic"] in ("transfer", "continual", "medical")))
S += buf.getvalue().rstrip("\n").split("\n")
c3 = ["id", "title", "link"]
S.append(P + "sqlite-utils query kitkhva.db \"select id, title, link from papers where topic in ('transfer', 'data')\" --nl")
S += [json.dumps(dict(zip(c3, r))) for r in select(c3, lambda p: p["topic"] in ("transfer", "data"))]
S.append(P + "sqlite-utils rows kitkhva.db people --nl")
S += [json.dumps(p) for p in PEOPLE]
S.append(P)
write_only(F1394, "\n".join(S) + "\n", keys(F1394))
