#!/usr/bin/env python3
"""2261: the library of a language-technology reading circle at Széchenyi István Egyetem (Győr) exported from Sciwheel with
«Export › BibTeX» (as assumed: a «%» comment header with the project, the export time and the item count; entries
«@type{SurnameYear,» with two-space indented «field = {value},» lines in Sciwheel's order — title, author, then the
container fields, year, url / doi / eprint, keywords (the Sciwheel tags, «; »-separated), annote (the notes) — the last
field without a comma, a blank line between entries; TeX accents in author names; LF, UTF-8). Hungarian notes and tags,
English titles.
Computed: the author fields from the catalogue (TeX accents), the keys (unique, asserted), the item count."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys, CTC, GLOVE, GPT1
F = by_num(2261)
TEX = {"á": "{\\'a}", "é": "{\\'e}", "í": "{\\'i}", "ó": "{\\'o}", "ú": "{\\'u}", "ü": "{\\\"u}", "ö": "{\\\"o}"}


def tex(s):
    return "".join(TEX.get(c, c) for c in s)


def bib_authors(key, extra=()):
    a = list(CAT[key_of(key)]["authors"]) + list(extra)
    return " and ".join(tex(f"{x.split()[-1]}, {' '.join(x.split()[:-1])}") for x in a)


def key_of_entry(key, year):
    return CAT[key_of(key)]["authors"][0].split()[-1] + str(year)


# (type, key, fields)
E = [
 ("inproceedings", key_of_entry(CTC, 2006), [
   ("title", CTC), ("author", bib_authors(CTC)),
   ("booktitle", "Proceedings of the 23rd International Conference on Machine Learning"), ("pages", "369--376"),
   ("publisher", "ACM"), ("address", "Pittsburgh, PA"), ("year", "2006"),
   ("keywords", "beszédfelismerés; alapcikk"),
   ("annote", "A CTC veszteség eredeti cikke. A PDF-et a könyvtár adatbázisából töltöttem le, nincs nyilvános link.")]),
 ("inproceedings", key_of_entry(GLOVE, 2014), [
   ("title", GLOVE), ("author", bib_authors(GLOVE)),
   ("booktitle", "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)"),
   ("pages", "1532--1543"), ("publisher", "Association for Computational Linguistics"), ("address", "Doha, Qatar"),
   ("year", "2014"), ("keywords", "szóbeágyazás; alapcikk"),
   ("annote", "A 2. alkalomra. Összevetni a word2vec-kel (Mikolov és társai), a magyar huBERT-beágyazásokkal is.")]),
 ("techreport", key_of_entry(GPT1, 2018), [
   ("title", GPT1), ("author", bib_authors(GPT1)), ("institution", "OpenAI"), ("year", "2018"),
   ("keywords", "előtanítás; GPT"),
   ("annote", "GPT-1. Nincs arXiv-változat, csak az OpenAI oldalán érhető el PDF-ben.")]),
 ("inproceedings", key_of_entry("1409.0473", 2015), [
   ("title", T("1409.0473")), ("author", bib_authors("1409.0473")),
   ("booktitle", "3rd International Conference on Learning Representations (ICLR 2015)"), ("address", "San Diego, CA"),
   ("year", "2015"), ("url", "https://arxiv.org/abs/1409.0473"), ("keywords", "figyelem; gépi fordítás"),
   ("annote", "Az attention-mechanizmus első változata. Kovács Réka mutatja be április 23-án.")]),
 ("inproceedings", key_of_entry("2003.10555", 2020), [
   ("title", T("2003.10555")), ("author", bib_authors("2003.10555")),
   ("booktitle", "8th International Conference on Learning Representations (ICLR 2020)"), ("year", "2020"),
   ("url", "https://arxiv.org/pdf/2003.10555.pdf"), ("keywords", "előtanítás; diszkriminatív"),
   ("annote", "Replaced token detection – kevesebb számítással jobb, mint a BERT.")]),
 ("misc", key_of_entry("1907.11692", 2019), [
   ("title", T("1907.11692")), ("author", bib_authors("1907.11692")), ("year", "2019"),
   ("url", "http://arxiv.org/abs/1907.11692"), ("keywords", "előtanítás; BERT"),
   ("annote", "Ugyanaz a BERT, csak tovább és több adaton tanítva. A huBERT-tel érdemes összevetni.")]),
 ("inproceedings", key_of_entry("2006.03654", 2021), [
   ("title", T("2006.03654")), ("author", bib_authors("2006.03654")),
   ("booktitle", "9th International Conference on Learning Representations (ICLR 2021)"), ("year", "2021"),
   ("eprint", "2006.03654"), ("archiveprefix", "arXiv"), ("primaryclass", "cs.CL"),
   ("keywords", "előtanítás; figyelem"),
   ("annote", "Szétválasztott (disentangled) figyelem; a SuperGLUE-n elsőként előzte meg az embert.")]),
 ("misc", key_of_entry("2010.06891", 2020), [
   ("title", T("2010.06891")), ("author", bib_authors("2010.06891")), ("year", "2020"),
   ("howpublished", "ICLR 2021 beküldés (OpenReview)"),
   ("url", f"https://openreview.net/forum?id={OR('2010.06891')}"), ("keywords", "memória; hosszú kontextus"),
   ("annote", "A bírálatok is olvashatók az OpenReview-n – érdemes megnézni, mit kifogásoltak.")]),
 ("book", "Tikk2007", [
   ("title", "Szövegbányászat"), ("editor", "Tikk, Domonkos"), ("publisher", "Typotex"), ("address", "Budapest"),
   ("year", "2007"), ("keywords", "könyv; magyar"),
   ("annote", "Magyar nyelvű tankönyv, nem cikk. A klasszikus módszerekhez jó háttér.")]),
 ("misc", "HuSpaCy2023", [
   ("title", "HuSpaCy: industrial-strength Hungarian natural language processing"), ("author", "{HuSpaCy contributors}"),
   ("year", "2023"), ("howpublished", "Szoftver, GitHub"), ("url", "https://github.com/huspacy/huspacy"),
   ("keywords", "szoftver; magyar"), ("annote", "Szoftver – a tokenizáláshoz és a lemmatizáláshoz használjuk.")]),
 ("misc", "Webkorpusz2", [
   ("title", "Magyar Webkorpusz 2.0"), ("author", "{BME Automatizálási és Alkalmazott Informatikai Tanszék}"),
   ("year", "2021"), ("howpublished", "Adathalmaz"), ("url", "https://hlt.bme.hu/en/resources/webcorpus2"),
   ("keywords", "adat; magyar"), ("annote", "Adathalmaz a saját előtanítási kísérletekhez.")]),
 ("misc", "CS224N2025", [
   ("title", "CS224N: Natural Language Processing with Deep Learning"), ("author", "{Stanford University}"),
   ("year", "2025"), ("howpublished", "Kurzus, videóelőadások"), ("url", "https://web.stanford.edu/class/cs224n/"),
   ("keywords", "kurzus"), ("annote", "Kurzus – a 3–6. előadás a felkészüléshez.")]),
]
assert len({k for _, k, _ in E}) == len(E)
out = ["% Sciwheel export",
       "% Project: NLP olvasókör – SZE GIVK, 2026 tavasz",
       f"% Exported: 2026-04-17 21:04 (Europe/Budapest), {len(E)} items", ""]
for typ, k, fields in E:
    out.append(f"@{typ}{{{k},")
    for i, (n, v) in enumerate(fields):
        out.append(f"  {n} = {{{v}}}" + ("," if i < len(fields) - 1 else ""))
    out += ["}", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
