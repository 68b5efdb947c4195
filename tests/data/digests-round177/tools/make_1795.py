#!/usr/bin/env python3
"""1795: a Polish research group's Power BI reading tracker: the query's M formula as copied out of Power Query's
Advanced Editor into `lektury.pq` (a `//` comment, then `let` … `in`): the source step typed by hand as a `#table`
(column names, then one list a row), and the steps Power Query itself names in the Polish UI (`Źródło`,
`#"Zmieniono typ"`, `#"Dodano kolumnę niestandardową"`, `#"Przefiltrowano wiersze"`, `#"Posortowano wiersze"`), each
on its own line, four-space indent, the generated ones written without spaces after `,{` as the editor writes them.
Computed here from the modelled rows: M string literals (quotes doubled), null, integer years; each step reads the
previous one."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1795)
COLS = ["Tytuł", "Link", "Rok", "Typ", "Status", "Osoba", "Uwagi"]
TYPES = ["type text", "type text", "Int64.Type", "type text", "type text", "type text", "type text"]
ROWS = [
 (T("2006.11239"), "https://arxiv.org/abs/2006.11239", 2020, "artykuł", "przeczytane", "Kasia", "punkt wyjścia; wyprowadzenie ELBO na seminarium"),
 (T("2011.13456"), f"https://openreview.net/forum?id={OR('2011.13456')}", 2021, "artykuł", "przeczytane", "Tomek", "ICLR 2021; SDE i sampler predictor-corrector"),
 (T("2009.09761"), None, 2021, "artykuł", "w trakcie", "Ola", "ICLR 2021; dyfuzja dla audio, do projektu z mową"),
 (T("2112.10752"), "https://arxiv.org/pdf/2112.10752", 2022, "artykuł", "przeczytane", "Kasia", "CVPR 2022; dyfuzja w przestrzeni latentnej"),
 (T("2010.02014"), None, 2020, "artykuł", "do przeczytania", "Michał", "hierarchiczny VAE; porównać z modelami dyfuzyjnymi"),
 (T("2208.12242"), "https://arxiv.org/abs/2208.12242v2", 2023, "artykuł", "w trakcie", "Ola", "CVPR 2023; personalizacja na kilku zdjęciach"),
 (T("2211.09800"), None, 2023, "artykuł", "do przeczytania", "Tomek", "CVPR 2023; edycja obrazu poleceniem tekstowym"),
 (T("2307.01952"), None, 2023, "artykuł", "do przeczytania", "Michał", "arXiv: 2307.01952; raport techniczny Stability AI"),
 ("Lilian Weng: What are Diffusion Models? (wpis na blogu)", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", 2021, "blog", "przeczytane", "Kasia", "przegląd; nie artykuł"),
 ("Kurs fast.ai: Practical Deep Learning, część 2 (od podstaw do Stable Diffusion)", "https://course.fast.ai/Lessons/part2.html", 2022, "kurs", "w trakcie", "Ola", "wykłady 9-13, dla nowych magistrantów"),
]


def mstr(v):
    if v is None: return "null"
    if isinstance(v, int): return str(v)
    return '"' + v.replace('"', '""') + '"'


def build():
    L = ["// Lista lektur zespołu: modele dyfuzyjne. Tabela wpisana ręcznie w Edytorze zaawansowanym, kroki dodane w Power Query.",
         "let", "    Źródło = #table(", "        {" + ", ".join(mstr(c) for c in COLS) + "},", "        {"]
    L += ["            {" + ", ".join(mstr(v) for v in r) + "}" + ("," if i < len(ROWS) - 1 else "") for i, r in enumerate(ROWS)]
    L += ["        }", "    ),"]
    types = ", ".join("{" + mstr(c) + ", " + t + "}" for c, t in zip(COLS, TYPES))
    L += ['    #"Zmieniono typ" = Table.TransformColumnTypes(Źródło,{' + types + "}),",
          '    #"Dodano kolumnę niestandardową" = Table.AddColumn(#"Zmieniono typ", "Skąd link", each if [Link] = null then "brak" '
          'else if Text.Contains([Link], "openreview.net") then "OpenReview" else "arXiv", type text),',
          '    #"Przefiltrowano wiersze" = Table.SelectRows(#"Dodano kolumnę niestandardową", each ([Typ] = "artykuł")),',
          '    #"Posortowano wiersze" = Table.Sort(#"Przefiltrowano wiersze",{{"Rok", Order.Ascending}, {"Tytuł", Order.Ascending}})',
          "in", '    #"Posortowano wiersze"']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
