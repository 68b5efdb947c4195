#!/usr/bin/env python3
"""1989: an Angband 4.2 gamedata edit file (`lib/gamedata/object.txt`, a variant's magic-book section: name, graphics,
type, level, weight, cost, alloc, pile, desc lines; `#` comments), Czech: an OpenReview link, arXiv links (`/abs/`,
`/pdf/…v2`, `http://`) in comments and desc lines, one id in text, three titles alone, and non-papers (a repository,
a blog post, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1989)
BOOKS = [
    ("Kniha šumu", "r", 5, 30, 25, "20:5 to 100",
     [f"Kniha se odvolává na článek {T('2006.11239')} (https://arxiv.org/abs/2006.11239):",
      "krok za krokem přidává šum a pak se ho učí odstraňovat."]),
    ("Stochastické rovnice", "b", 15, 30, 120, "20:15 to 100",
     [f"Na první straně stojí {T('2011.13456')},",
      f"odkaz https://openreview.net/forum?id={OR('2011.13456')} a poznámky laboratoře."]),
    ("Latentní svitky", "g", 25, 30, 400, "20:25 to 100",
     [f"{T('2112.10752')} — https://arxiv.org/pdf/2112.10752v2 .",
      f"Na okraji je připsáno: {T('2307.01952')}."]),
    ("Kouzla podobizen", "v", 35, 30, 900, "20:35 to 100",
     [f"Učí přivolat stále stejnou postavu: {T('2208.12242')}.",
      f"Druhá kapitola: {T('2211.09800')}."]),
    ("Zpívající difuze", "y", 45, 30, 1500, "10:45 to 100",
     [f"Zvuková kouzla podle článku {T('2009.09761')} (arXiv 2009.09761).",
      f"V dodatku: {T('2010.02014')}."]),
]


def build():
    out = ["# File: object.txt (výňatek, varianta \"Laboratorní Angband\" 0.2)", "#",
           "# Kouzelné knihy laboratoře. Každá kniha odkazuje na článek z našeho semináře o difuzních modelech.",
           "# Kód varianty: https://github.com/labangband/labangband (repozitář, ne článek)",
           "# Doporučená četba mimo hru: blog Lilian Weng \"What are Diffusion Models?\", kniha Bishop & Bishop",
           "# \"Deep Learning: Foundations and Concepts\", přednáška https://video.labangband.example.cz/seminar/2024-11",
           "# Starší varianta: http://arxiv.org/abs/2208.12242 byl první odkaz na knihu podobizen.", "",
           "##### Magic books (laboratorní) #####", ""]
    for name, col, lvl, wt, cost, alloc, desc in BOOKS:
        out += [f"name:[{name}]", f"graphics:?:{col}", "type:magic book", f"level:{lvl}", f"weight:{wt}",
                f"cost:{cost}", f"alloc:{alloc}", "pile:100:1"]
        out += [f"desc:{d}" for d in desc]
        out.append("")
    return "\n".join(out[:-1]) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
