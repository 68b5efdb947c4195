#!/usr/bin/env python3
"""1210: a Pkl reading list (Polish): the reading list of a Wrocław-like seminar on efficient transformers, kept as
`lektury.pkl` in the seminar's repository and rendered to JSON for its web page. Pkl source: doc comments (`///`),
a module clause, a class with typed, nullable and string-literal-union properties, a local helper function that builds
an arXiv address from an id (entries using it hold the id only: arxiv-text), `pozycje` as a Listing of `new { … }`
objects (authors one a line in a nested Listing), a multi-line string, and an `output` block with a JsonRenderer.
Papers: two OpenReview links (forum, pdf), one arXiv link, two ids through the helper, three title only (link = null);
two repositories and a lecture recording are not papers. The doc comment's counts are computed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, year, write_only
from make_expected import F1210, keys

E = [  # (key or title, typ, link expression or None, referent, uwagi, authors override)
 ("2001.04451", "artykuł", '"https://openreview.net/forum?id=rkgNKkHtvB"', "Kasia", "LSH zamiast pełnej uwagi + warstwy odwracalne. Spotkanie 2."),
 ("2006.16236", "artykuł", None, "Bartek", "Uwaga liniowa jako RNN. Brak linku — szukamy wersji z ICML."),
 ("1904.10509", "artykuł", 'arxiv("1904.10509")', "Ola", "Rzadkie wzorce uwagi; porównać z BigBirdem na spotkaniu 4."),
 ("2205.14135", "artykuł", '"https://arxiv.org/abs/2205.14135"', "Michał", "IO-aware: kafelkowanie w SRAM. Obowiązkowe dla wszystkich."),
 ("Dao-AILab/flash-attention", "repozytorium", '"https://github.com/Dao-AILab/flash-attention"', "Michał", "Kod do ćwiczeń (kernel CUDA), nie artykuł."),
 ("2202.10447", "artykuł", None, "Kasia", "FLASH / GAU — tylko tytuł, PDF u Kasi."),
 ("2006.03236", "artykuł", 'arxiv("2006.03236")', "Ola", "Zmniejszanie długości sekwencji w kolejnych blokach."),
 ("2111.00396", "artykuł", '"https://openreview.net/pdf?id=uYLFoz1vlAC"', "Bartek", None),
 ("2103.14636", "artykuł", None, "prowadząca", "Przegląd na początek semestru; tytuł wystarczy, jest w bibliotece."),
 ("lucidrains/reformer-pytorch", "repozytorium", '"https://github.com/lucidrains/reformer-pytorch"', "Kasia", "Implementacja w PyTorch (nie artykuł)."),
 ("Wykład: Efektywna uwaga w praktyce (nagranie)", "wykład", '"https://wideo.ii.example.edu.pl/nagrania/seminarium-2024-03-12"', "prowadząca", "Nagranie z 12 marca, 1 h 24 min."),
]
S4_NOTE = ['Przestrzenie stanów (HiPPO, dyskretyzacja).', 'Trudne — przeczytać najpierw dodatek A,', 'potem sekcję 3.']


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


n_art = sum(1 for e in E if e[1] == "artykuł")
L = [
 "/// Lista lektur seminarium „Efektywne transformery” — semestr letni 2023/24.",
 "///",
 f"/// {n_art} artykułów i {len(E) - n_art} inne pozycje. Prowadząca: dr Marta Wiśniewska (m.wisniewska@ii.example.edu.pl).",
 "/// Po zmianach: `pkl eval -f json -o strona/lektury.json lektury.pkl`",
 "module seminarium.lektury",
 "",
 "class Pozycja {",
 "  tytul: String",
 "  typ: \"artykuł\"|\"repozytorium\"|\"wykład\" = \"artykuł\"",
 "  autorzy: Listing<String>",
 "  rok: Int?",
 "  link: String?",
 "  referent: String",
 "  uwagi: String = \"\"",
 "}",
 "",
 "/// Adres strony arXiv dla identyfikatora (wystarczy wpisać samo id).",
 "local function arxiv(id: String): String = \"https://arxiv.org/abs/\\(id)\"",
 "",
 "semestr = \"2023/24 L\"",
 "",
 "pozycje: Listing<Pozycja> = new {",
]
for key, typ, link, ref, note in E:
    paper = typ == "artykuł"
    L.append("  new {")
    L.append(f"    tytul = {q(T(key) if paper else key)}")
    if not paper: L.append(f"    typ = {q(typ)}")
    if paper:
        L.append("    autorzy {")
        for a in CAT[key_of(key)]["authors"]:
            L.append(f"      {q(a)}")
        L.append("    }")
        if year(key): L.append(f"    rok = {year(key)}")
    L.append(f"    link = {link or 'null'}")
    L.append(f"    referent = {q(ref)}")
    if note is None:
        L.append('    uwagi = """')
        L += ["      " + x for x in S4_NOTE]
        L.append('      """')
    else:
        L.append(f"    uwagi = {q(note)}")
    L.append("  }")
L += ["}", "", "output {", "  renderer = new JsonRenderer {}", "}"]
text = "\n".join(L) + "\n"
write_only(F1210, text, keys(F1210))
