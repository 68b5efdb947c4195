#!/usr/bin/env python3
"""801: `pybtex-convert seminarium.bib seminarium.yaml` output (pybtex 0.24 bibyaml writer = PyYAML safe_dump with
allow_unicode, block style, indent 4): one `entries:` mapping, keys sorted (entry keys and field names), persons as
indentless block sequences `-   first: … / last: … / middle: …`, strings that would read as numbers single-quoted
(`year: '2020'`, `eprint: '2303.18223'`), strings holding `: ` single-quoted with `''` for an apostrophe, plain and
quoted scalars folded at PyYAML's 80-column best width with continuation lines indented one level deeper. The Polish
notes come from the .bib's `annote` / `keywords` fields. Papers on LLM scaling and pre-training."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(801)


def person(name):
    """pybtex's split of 'First Middle von Last': lower-case words (up to the last one) are prelast"""
    p = name.split()
    low = [i for i, w in enumerate(p[1:-1], 1) if w[0].islower()]
    d = {"first": p[0]}
    if low:
        a, b = low[0], low[-1]
        if p[1:a]: d["middle"] = " ".join(p[1:a])
        d["prelast"] = " ".join(p[a:b + 1]); d["last"] = " ".join(p[b + 1:])
    else:
        d["last"] = p[-1]
        if len(p) > 2: d["middle"] = " ".join(p[1:-1])
    return d


def persons(key):
    return [person(a) for a in CAT[key]["authors"]]


SPECIAL = set("-?:,[]{}#&*!|>'\"%@`")
RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "~", "y", "n"}


def style(s):
    if (s[0] in SPECIAL or ": " in s or " #" in s or s.endswith(":") or s.lower() in RESERVED
            or re.fullmatch(r"[-+]?[0-9_.]+([eE][-+]?[0-9]+)?", s) or s != s.strip()):
        return "'"
    return ""


def scalar(s, col, ind):
    """PyYAML's write_plain / write_single_quoted line breaking: a space becomes a line break (indented `ind`) when
    the column already passed 80"""
    q = style(s)
    body = s.replace("'", "''") if q else s
    words = body.split(" ")
    out, c = q, col + len(q)
    for i, w in enumerate(words):
        if i:
            if c > 80:
                out += "\n" + " " * ind; c = ind
            else:
                out += " "; c += 1
        out += w; c += len(w)
    return out + q


def emit(obj, ind, lines):
    for k in sorted(obj):
        v = obj[k]
        pre = " " * ind + k + ":"
        if isinstance(v, dict):
            lines.append(pre); emit(v, ind + 4, lines)
        elif isinstance(v, list):
            lines.append(pre)
            for item in v:
                first = True
                for kk in sorted(item):
                    head = " " * ind + ("-   " if first else "    ") + kk + ": "
                    lines.append(head + scalar(item[kk], len(head), ind + 8)); first = False
        else:
            lines.append(pre + " " + scalar(v, len(pre) + 1, ind + 4))


E = {
 "kaplan2020scaling": {"type": "article", "title": T("2001.08361"), "author": persons("2001.08361"),
   "journal": "CoRR", "volume": "abs/2001.08361", "year": "2020", "url": "https://arxiv.org/abs/2001.08361",
   "annote": "Punkt wyjścia seminarium: prawa potęgowe dla straty w funkcji liczby parametrów, danych i obliczeń. Czytamy rozdziały 1–4, dodatki opcjonalnie.",
   "keywords": "skalowanie, seminarium-2024"},
 "hoffmann2022training": {"type": "inproceedings", "title": T("2203.15556"), "author": persons("2203.15556"),
   "booktitle": "Advances in Neural Information Processing Systems", "volume": "35", "year": "2022",
   "url": "https://arxiv.org/abs/2203.15556",
   "annote": "Polemika z poprzednią pozycją: przy stałym budżecie obliczeń model powinien być mniejszy, a danych więcej. Referuje: Zuzanna.",
   "keywords": "skalowanie, seminarium-2024"},
 "fedus2022switch": {"type": "article", "title": T("2101.03961"), "author": persons("2101.03961"),
   "journal": "Journal of Machine Learning Research", "volume": "23", "number": "120", "pages": "1--39",
   "year": "2022", "url": "https://arxiv.org/abs/2101.03961",
   "annote": "Mieszanina ekspertów z routingiem top-1; dobre do dyskusji o tym, co liczymy jako 'rozmiar modelu'.",
   "keywords": "MoE, rzadkość"},
 "wei2022emergent": {"type": "article", "title": T("2206.07682"), "author": persons("2206.07682"),
   "journal": "Transactions on Machine Learning Research", "year": "2022", "url": "https://arxiv.org/abs/2206.07682",
   "annote": "Do zestawienia z krytyką: czy 'emergencja' nie jest artefaktem wybranej metryki? Referuje: Bartosz.",
   "keywords": "zdolności, ewaluacja"},
 "zhao2023survey": {"type": "article", "title": T("2303.18223"), "author": persons("2303.18223"),
   "journal": "arXiv preprint", "eprint": "2303.18223", "archiveprefix": "arXiv", "primaryclass": "cs.CL", "year": "2023",
   "annote": "Przegląd — tylko jako mapa literatury, wersja z listopada 2023 (v13). Bez linku, bo wersje szybko się zmieniają.",
   "keywords": "przegląd"},
 "raffel2020exploring": {"type": "article", "title": T("1910.10683"), "author": persons("1910.10683"),
   "journal": "Journal of Machine Learning Research", "volume": "21", "number": "140", "pages": "1--67", "year": "2020",
   "annote": "Klasyka: jeden format tekst-na-tekst dla wszystkich zadań; korpus C4 opisany w rozdziale 2.2.",
   "keywords": "pretrening, seminarium-2024"},
 "lewis2020bart": {"type": "inproceedings", "title": T("1910.13461"), "author": persons("1910.13461"),
   "booktitle": "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
   "pages": "7871--7880", "year": "2020", "address": "Online", "publisher": "Association for Computational Linguistics",
   "annote": "Porównanie celów pretreningu (maskowanie, permutacja, wypełnianie fragmentów) — tabela 1.",
   "keywords": "pretrening"},
 "kobayashi2020attention": {"type": "inproceedings", "title": T("2004.10102"), "author": persons("2004.10102"),
   "booktitle": "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
   "pages": "7057--7075", "year": "2020", "address": "Online", "publisher": "Association for Computational Linguistics",
   "annote": "Na marginesie seminarium: interpretowalność. Wagi uwagi to nie wszystko, liczy się też norma przekształconych wektorów.",
   "keywords": "interpretowalność"},
 "jurafsky2024slp": {"type": "book", "title": "Speech and Language Processing (3rd ed. draft)",
   "author": [person("Daniel Jurafsky"), person("James H. Martin")], "year": "2024",
   "url": "https://web.stanford.edu/~jurafsky/slp3/",
   "annote": "Podręcznik, nie artykuł. Rozdziały 10–11 jako wprowadzenie dla osób spoza NLP.",
   "keywords": "podręcznik"},
 "speakleash2023": {"type": "misc", "title": "SpeakLeash — otwarty zbiór tekstów w języku polskim",
   "year": "2023", "howpublished": "Strona projektu i repozytorium z danymi",
   "annote": "Zbiór danych (nie artykuł); do ćwiczenia z liczenia tokenów i szacowania budżetu obliczeń.",
   "keywords": "dane"},
 "nanogpt": {"type": "misc", "title": "nanoGPT", "year": "2023", "howpublished": "Repozytorium z kodem",
   "annote": "Oprogramowanie do ćwiczeń: trenujemy mały model na jednym GPU w laboratorium 3.14.",
   "keywords": "kod, ćwiczenia"},
}
lines = ["entries:"]
emit(E, 4, lines)
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
