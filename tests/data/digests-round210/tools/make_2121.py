#!/usr/bin/env python3
"""2121: a Zotero BibTeX export (Zotero's built-in «BibTeX» translator, UTF-8, no character escaping) of a
collection of an invented reading group at the University of Cyprus (Πανεπιστήμιο Κύπρου, Nicosia): a leading blank
line, entries separated by a blank line, fields indented by a tab in Zotero's order (title, shorttitle, url, doi,
abstract, urldate, booktitle / publisher, author, month, year, note, keywords, annote, file), capitals protected by
braces word by word, keys «surname_firstword_year», arXiv preprints as @misc with «publisher = {arXiv}» and «note =
{arXiv:… [cs]}», notes as «annote» in Greek, and two non-paper items (a @misc for a GitHub repository, a @book). The
group, people, paths and notes are invented. Computed: the brace protection from the catalogue titles, the author
lists «Surname, Given and …», the keys (asserted unique), fields in Zotero's order (asserted)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(2121)
ORDER = ["address", "title", "shorttitle", "url", "doi", "isbn", "abstract", "urldate", "booktitle", "publisher",
         "author", "month", "year", "note", "keywords", "annote", "file"]
STOP = {"a", "an", "and", "the", "of", "for", "with", "to", "in", "on", "by", "via"}


def prot(t):
    """Zotero's protection: every word with a capital after the first word is braced, as are acronyms"""
    out = []
    for i, w in enumerate(t.split(" ")):
        if (i > 0 and any(c.isupper() for c in w)) or sum(c.isupper() for c in w) >= 2:
            m = re.match(r"^(.*?)([:,?]?)$", w)
            out.append("{" + m.group(1) + "}" + m.group(2))
        else:
            out.append(w)
    return " ".join(out)


def zau(names):
    return " and ".join(f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in names)


def zkey(k, year):
    first = next(w for w in re.sub(r"[^\w\s-]", "", T(k)).lower().split() if w not in STOP)
    return f"{authors(k)[0].split()[-1].lower()}_{first}_{year}"


ENTRIES = [
 ("misc", "2302.10866", 2023, {"shorttitle": "Hyena {Hierarchy}", "url": "http://arxiv.org/abs/2302.10866",
   "doi": "10.48550/arXiv.2302.10866", "urldate": "2026-02-11", "publisher": "arXiv", "month": "apr",
   "note": "arXiv:2302.10866 [cs]", "keywords": "Computer Science - Machine Learning",
   "annote": "Συνέλιξη αντί για προσοχή· η Ελένη θα το παρουσιάσει στις 19/2.",
   "file": "arXiv Fulltext PDF:/home/echristodoulou/Zotero/storage/7QK2M9AX/Poli et al. - 2023 - Hyena Hierarchy.pdf:application/pdf"}),
 ("misc", "2307.08621", 2023, {"shorttitle": "Retentive {Network}", "url": "https://arxiv.org/abs/2307.08621v4",
   "urldate": "2026-02-11", "publisher": "arXiv", "month": "aug", "note": "arXiv:2307.08621 [cs]",
   "keywords": "Computer Science - Computation and Language",
   "file": "arXiv Fulltext PDF:/home/echristodoulou/Zotero/storage/B3RZP8WE/Sun et al. - 2023 - Retentive Network.pdf:application/pdf"}),
 ("misc", "2307.08691", 2023, {"shorttitle": "{FlashAttention}-2", "url": "http://arxiv.org/abs/2307.08691",
   "doi": "10.48550/arXiv.2307.08691", "urldate": "2026-02-12", "publisher": "arXiv", "month": "jul",
   "note": "arXiv:2307.08691 [cs]", "keywords": "Computer Science - Machine Learning",
   "annote": "Για την ομάδα συστημάτων: μετράμε ταχύτητα στις κάρτες του εργαστηρίου, όχι ακρίβεια."}),
 ("inproceedings", "2009.14794", 2021, {"url": f"https://openreview.net/forum?id={OR('2009.14794')}",
   "urldate": "2026-02-12", "booktitle": "International {Conference} on {Learning} {Representations}",
   "annote": "Ο Ανδρέας λέει ότι το FAVOR+ είναι το κεντρικό σημείο."}),
 ("inproceedings", "2004.11886", 2020, {"urldate": "2026-02-13",
   "booktitle": "International {Conference} on {Learning} {Representations}", "note": "arXiv: 2004.11886"}),
 ("inproceedings", "2010.06891", 2022, {"booktitle": "Findings of the {Association} for {Computational} {Linguistics}: {AACL}-{IJCNLP} 2022",
   "publisher": "Association for Computational Linguistics",
   "annote": "Μνήμη για μεγάλες ακολουθίες· σύγκριση με το Transformer-XL."}),
 ("inproceedings", "2103.02143", 2021, {"booktitle": "International {Conference} on {Learning} {Representations}",
   "annote": "Σχεδόν το ίδιο με τους Performers, αλλά με πύλη· να διαβαστεί μαζί."}),
 ("inproceedings", "2005.00743", 2021, {"booktitle": "Proceedings of the 38th {International} {Conference} on {Machine} {Learning}",
   "publisher": "PMLR", "month": "jul", "keywords": "attention, efficient transformers"}),
]
NONPAPERS = [
 "@misc{noauthor_dao-ailabflash-attention_nodate,\n\ttitle = {Dao-{AILab}/flash-attention},\n"
 "\turl = {https://github.com/Dao-AILab/flash-attention},\n\tabstract = {Fast and memory-efficient exact attention},\n"
 "\turldate = {2026-02-12},\n\tpublisher = {GitHub},\n\tannote = {Κώδικας, όχι άρθρο.},\n}",
 "@book{bishop_deep_2024,\n\taddress = {Cham},\n\ttitle = {Deep {Learning}: {Foundations} and {Concepts}},\n"
 "\tisbn = {978-3-031-45467-7},\n\tpublisher = {Springer},\n\tauthor = {Bishop, Christopher M. and Bishop, Hugh},\n"
 "\tyear = {2024},\n\tannote = {Βιβλίο της βιβλιοθήκης, κεφάλαιο 12.},\n}",
]
seen = set()
parts = []
for typ, k, year, fields in ENTRIES:
    key = zkey(k, year)
    assert key not in seen; seen.add(key)
    f = dict(fields, title=prot(T(k)), author=zau(authors(k)), year=str(year))
    names = [n for n in ORDER if n in f]
    assert set(names) == set(f), set(f) - set(names)
    body = ",\n".join(f"\t{n} = {f[n] if n == 'month' else '{' + f[n] + '}'}" for n in names)
    parts.append(f"@{typ}{{{key},\n{body},\n}}")
parts += NONPAPERS
text = "\n" + "\n\n".join(parts) + "\n"
write_only(F, text, keys(F), forms=[text.replace("{", "").replace("}", "")])
