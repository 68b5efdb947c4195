#!/usr/bin/env python3
"""1595: the amsrefs bibliography database (.ltb, read with \\bibselect) of a Hungarian mathematics department's
seminar on representations and memory: Hungarian % comments, \\bib* cross-reference entries for the proceedings
(not printed), \\bib{key}{type}{...} entries with one author= per author (Surname, Given names), title, book={xref=…},
date, and eprint= or a note= with \\url. Keys, author lists and years are computed from the modelled entries."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, write_only
from make_expected import keys, by_num

F = by_num(1595)
TEXACC = {"é": "\\'e", "á": "\\'a", "ó": "\\'o", "í": "\\'i", "ö": '\\"o', "ü": '\\"u', "ł": "\\l{}", "è": "\\`e"}
XREFS = [
    ("neurips2020", "Advances in Neural Information Processing Systems 33 (NeurIPS 2020)", "Curran Associates", 2020),
    ("iclr2021", "International Conference on Learning Representations (ICLR 2021)", None, 2021),
    ("icml2021", "Proceedings of the 38th International Conference on Machine Learning", "PMLR", 2021),
    ("iclr2022", "International Conference on Learning Representations (ICLR 2022)", None, 2022),
]
# week comment, [(arxiv key, xref, year, eprint / note lines, extra comment)]
WEEKS = [
    ("1. hét (febr. 12.): önfelügyelt reprezentációk", [
        ("2006.07733", "neurips2020", 2020, ["note={Elérhető: \\url{https://arxiv.org/pdf/2006.07733v3}}"], None),
        ("2010.04592", "iclr2021", 2021, ["eprint={arXiv:2010.04592}"], "előadó: Szabó Eszter"),
        ("2010.02014", None, 2020, ["note={Kézirat, 2020; a folyóiratváltozatot még nem találtuk meg}"], None),
    ]),
    ("2. hét (febr. 19.): folytonos tanulás és tudásgráfok", [
        ("2103.09762", "iclr2021", 2021, [], "előadó: Tóth Bence"),
        ("2011.03459", "iclr2021", 2021, [], None),
    ]),
    ("3. hét (febr. 26.): memória és állapottér-modellek", [
        ("2008.07669", "neurips2020", 2020, ["note={\\url{https://arxiv.org/abs/2008.07669}}"], None),
        ("2111.00396", "iclr2022", 2022, ["note={\\url{https://arxiv.org/abs/2111.00396v3}}"], "S4 — a HiPPO után érdemes olvasni"),
        ("2105.06548", "icml2021", 2021, ["note={Bírálatok és korábbi változat: \\url{https://openreview.net/forum?id=" + OR("2105.06548") + "}}"], None),
    ]),
]


def tex(s):
    return "".join(TEXACC.get(c, c) for c in s)


def name(a):
    parts = a.split()
    return tex(parts[-1] + ", " + " ".join(parts[:-1]))


def key(k, y):
    au = CAT[k]["authors"]
    sn = [unicodedata.normalize("NFKD", a.split()[-1]).encode("ascii", "ignore").decode() for a in au]
    return (sn[0] + (sn[1] if len(sn) > 1 else "") + str(y)).replace("-", "")


def build():
    L = ["% szeminarium.ltb -- amsrefs adatbázis a „Reprezentációk és memória” szemináriumhoz",
         "% Alföldi Tudományegyetem, Matematikai Intézet, 2023/24. tavaszi félév",
         "% Használat: \\usepackage{amsrefs} ... \\begin{bibdiv}\\begin{biblist}\\bibselect{szeminarium}\\end{biblist}\\end{bibdiv}",
         "% Karbantartó: Kovács Dániel <kovacs.daniel@math.alfold.example.hu>   utolsó módosítás: 2024-02-27",
         "", "%%% Kötetek: \\bib* -- csak kereszthivatkozásnak, az irodalomjegyzékben nem jelennek meg", ""]
    for x, title, pub, y in XREFS:
        L += [f"\\bib*{{{x}}}{{proceedings}}{{", f"  title={{{title}}},"] + ([f"  publisher={{{pub}}},"] if pub else []) + [f"  date={{{y}}},", "}", ""]
    L += ["%%% Háttér (nem cikkek)", "",
          "\\bib{GoodfellowBengioCourville2016}{book}{", "  author={Goodfellow, Ian},", "  author={Bengio, Yoshua},",
          "  author={Courville, Aaron},", "  title={Deep Learning},", "  publisher={MIT Press},", "  place={Cambridge, MA},",
          "  date={2016},", "  note={a 14. és 20. fejezet (autoenkóderek, generatív modellek) a háttérhez},", "}", "",
          "\\bib{Kovacs2024jegyzet}{misc}{", "  author={Kov\\'acs, D\\'aniel},",
          "  title={Reprezent\\'aci\\'ok \\'es mem\\'oria -- el\\H{o}ad\\'asjegyzet},", "  date={2024},",
          "  note={kézirat, a kurzus Moodle-oldalán; nem hivatkozandó},", "}", ""]
    for wk, ents in WEEKS:
        L += [f"%%% {wk}", ""]
        for k, xref, y, extra, com in ents:
            if com: L.append(f"% {com}")
            L.append(f"\\bib{{{key(k, y)}}}{{article}}{{")
            L += [f"  author={{{name(a)}}}," for a in CAT[k]["authors"]]
            L.append(f"  title={{{T(k)}}},")
            if xref: L.append(f"  book={{xref={{{xref}}}}},")
            L.append(f"  date={{{y}}},")
            L += [f"  {e}," for e in extra]
            L += ["}", ""]
    L += ["% vége"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
