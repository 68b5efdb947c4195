#!/usr/bin/env python3
"""1609: a Dutch NLP reading group's list (leeslijst.tsv) queried with eBay's tsv-utils: wc -l, tsv-select | tsv-pretty
-u, tsv-summarize (group counts, unique values), tsv-filter with --str-eq / --not-empty / --empty piped to tsv-select,
and a tsv-select field error. Every answer is computed from the modelled TSV."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1609)
PS = "sanne@taalkunde-ws12:~/leesgroep$ "
HDR = ["nr", "titel", "soort", "link", "status", "voorsteller", "sessie"]
ROWS = [
    (1, T("1301.3781"), "artikel", "arXiv:1301.3781", "besproken", "Sanne", 1),
    (2, T("1802.05365"), "artikel", "", "besproken", "Daan", 1),
    (3, "Hugging Face NLP Course, hoofdstuk 1-3", "cursus", "https://huggingface.co/learn/nlp-course/chapter1/1", "besproken", "Daan", 2),
    (4, T("1910.10683"), "artikel", "https://arxiv.org/abs/1910.10683", "besproken", "Femke", 2),
    (5, T("1910.13461"), "artikel", "https://arxiv.org/abs/1910.13461v1", "besproken", "Thijs", 3),
    (6, T("1908.10084"), "artikel", "https://arxiv.org/pdf/1908.10084.pdf", "gelezen", "Sanne", 3),
    (7, "The Illustrated Transformer (blog)", "blog", "https://jalammar.github.io/illustrated-transformer/", "gelezen", "Thijs", 3),
    (8, T("2008.07905"), "artikel", "https://openreview.net/forum?id=" + OR("2008.07905"), "gepland", "Femke", 4),
    (9, T("2004.10102"), "artikel", "", "gepland", "Sanne", 4),
    (10, T("2010.06040"), "artikel", "", "gepland", "Daan", 5),
    (11, "Gastcollege: tokenisatie voor het Nederlands (opname)", "video", "https://video.taalkunde.example.nl/gastcollege-tokenisatie", "gepland", "Femke", 5),
    (12, "RobBERT-model op de Hub", "software", "https://huggingface.co/pdelobelle/robbert-v2-dutch-base", "idee", "Thijs", 6),
    (13, "SoNaR-corpus (aanvraag loopt)", "dataset", "", "idee", "Daan", 6),
]


def col(r, name):
    return str(r[HDR.index(name)])


def pretty(rows, cols):
    tab = [cols] + [[col(r, c) for c in cols] for r in rows]
    w = [max(len(x[i]) for x in tab) for i in range(len(cols))]
    line = lambda x: "  ".join(v.ljust(w[i]) for i, v in enumerate(x)).rstrip()
    return [line(tab[0]), "  ".join("-" * n for n in w)] + [line(x) for x in tab[1:]]


def first_order(vals):
    out = []
    for v in vals:
        if v not in out: out.append(v)
    return out


def build():
    L = [PS + "wc -l leeslijst.tsv", f"{len(ROWS) + 1} leeslijst.tsv",
         PS + "tsv-select -H -f titel,soort,status leeslijst.tsv | tsv-pretty -u"]
    L += pretty(ROWS, ["titel", "soort", "status"])
    L += [PS + "tsv-summarize -H --group-by status --count leeslijst.tsv", "status\tcount"]
    for s in first_order(col(r, "status") for r in ROWS):
        L.append(f"{s}\t{sum(col(r, 'status') == s for r in ROWS)}")
    L += [PS + "tsv-filter -H --str-eq soort:artikel --not-empty link leeslijst.tsv | tsv-select -H -f titel,link", "titel\tlink"]
    L += [f"{col(r, 'titel')}\t{col(r, 'link')}" for r in ROWS if col(r, "soort") == "artikel" and col(r, "link")]
    L += [PS + "# zonder link: wie zoekt de pdf's op?",
          PS + "tsv-filter -H --str-eq soort:artikel --empty link leeslijst.tsv | tsv-select -H -f titel,voorsteller,sessie", "titel\tvoorsteller\tsessie"]
    L += [f"{col(r, 'titel')}\t{col(r, 'voorsteller')}\t{col(r, 'sessie')}" for r in ROWS if col(r, "soort") == "artikel" and not col(r, "link")]
    L += [PS + "tsv-summarize -H --group-by voorsteller --count --unique-values sessie leeslijst.tsv", "voorsteller\tcount\tsessie_unique_values"]
    for p in first_order(col(r, "voorsteller") for r in ROWS):
        rs = [r for r in ROWS if col(r, "voorsteller") == p]
        L.append(f"{p}\t{len(rs)}\t{'|'.join(first_order(col(r, 'sessie') for r in rs))}")
    L += [PS + "tsv-select -f 9 leeslijst.tsv",
          "Error [tsv-select]: Not enough fields in line. File: leeslijst.tsv, Line: 1", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
