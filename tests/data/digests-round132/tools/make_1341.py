#!/usr/bin/env python3
"""1341: a BibTeX export from Papers 2 (Mekentosj's reference manager for the Mac) of a Haifa-like student's NLP
pre-training collection: Papers' two header comment lines, entries sorted by Papers' universal citekeys
(`Surname:YYYYxx`, two letters from the paper's identity), one field per line without indentation, titles in double
braces, arXiv papers as `@article` with `journal = {arXiv.org}` and `eprint` / `eprinttype` / `eprintclass`, Papers'
own fields (`annote`, `read`, `rating`, `date-added` / `date-modified` in `YYYY-MM-DDTHH:MM:SSGMT`, `local-url` with
`%20`, `file`, `uri = {\\url{papers2://publication/uuid/…}}`), TeX accents for Latin letters, Hebrew notes written as
they are (UTF-8). Papers: arXiv abs links in `url`, an `eprint` with only an ACL Anthology url, four titles alone
(entries with no arXiv id or link); a book and a blog post are not papers."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1341, keys

HOME = "/Users/noa/Documents/Papers2/Articles"


def tex(s):
    return s.replace("á", "{\\'a}").replace("é", "{\\'e}").replace("ö", '{\\"o}').replace("ü", '{\\"u}')


def bib_names(names):
    out = []
    for n in names:
        p = n.split()
        i = next((k for k, x in enumerate(p) if x in ("van", "de", "von")), len(p) - 1)
        out.append(f"{' '.join(p[i:])}, {' '.join(p[:i])}")
    return tex(" and ".join(out))


def h(s, n):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def citekey(first, year, ident):
    d = hashlib.sha1(ident.encode()).digest()
    return f"{first.replace(' ', '')}:{year}{chr(97 + d[0] % 26)}{chr(97 + d[1] % 26)}"


def uuid(ident):
    x = hashlib.sha1(("papers2:" + ident).encode()).hexdigest().upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


E = []  # (type, first-surname, year, ident, fields)


def paper(typ, key, year, venue_field, extra, annote, added, modified, rating, fname, read="Yes"):
    names = authors(key)
    first = bib_names([names[0]]).split(",")[0]
    folder = first.replace(" ", "")
    f = [("author", bib_names(names)), ("title", "{" + T(key) + "}"), venue_field, ("year", str(year))]
    f += extra
    f += [("annote", annote), ("read", read), ("rating", str(rating)), ("date-added", added), ("date-modified", modified)]
    url = dict(extra).get("url")
    if url: f = [x for x in f if x[0] != "url"]
    if url: f.append(("url", url))
    lp = f"{HOME}/{year}/{folder}/{fname} {year} {folder}.pdf"
    f += [("local-url", "file://localhost" + lp.replace(" ", "%20")),
          ("file", "{" + f"{fname} {year} {folder}.pdf:{lp}:application/pdf" + "}"),
          ("uri", "\\url{papers2://publication/uuid/" + uuid(key) + "}")]
    E.append((typ, citekey(first, year, key), f))


paper("article", "1810.04805", 2018, ("journal", "arXiv.org"),
      [("eprint", "1810.04805v2"), ("eprinttype", "arxiv"), ("eprintclass", "cs.CL"), ("month", "oct"), ("url", "http://arxiv.org/abs/1810.04805v2")],
      "המאמר הבסיסי לסמינר. לשים לב ל-MLM ול-NSP; את NSP הורידו אחר כך ב-RoBERTa.",
      "2019-10-28T09:14:02GMT", "2021-02-16T19:40:11GMT", 5, "arXiv")
paper("article", "1907.11692", 2019, ("journal", "arXiv.org"),
      [("eprint", "1907.11692v1"), ("eprinttype", "arxiv"), ("eprintclass", "cs.CL"), ("month", "jul"), ("url", "http://arxiv.org/abs/1907.11692v1")],
      "אותה ארכיטקטורה כמו BERT, רק אימון ארוך יותר, batch גדול ו-masking דינמי. טבלה 4 חשובה להשוואה.",
      "2019-11-03T12:30:45GMT", "2020-06-01T08:02:19GMT", 4, "arXiv")
paper("inproceedings", "1911.02116", 2020, ("booktitle", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"),
      [("pages", "8440--8451"), ("publisher", "Association for Computational Linguistics"), ("address", "Online"), ("month", "jul"),
       ("url", "http://arxiv.org/abs/1911.02116v2")],
      "XLM-R: רלוונטי לעברית! ב-CC-100 יש עברית; לבדוק את התוצאות ב-XNLI לשפות דלות משאבים.",
      "2020-01-12T17:05:31GMT", "2021-03-02T10:11:54GMT", 5, "ACL")
paper("inproceedings", "1801.06146", 2018, ("booktitle", "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)"),
      [("pages", "328--339"), ("publisher", "Association for Computational Linguistics"), ("address", "Melbourne, Australia"),
       ("eprint", "1801.06146v5"), ("eprinttype", "arxiv"), ("eprintclass", "cs.CL"), ("url", "http://www.aclweb.org/anthology/P18-1031")],
      "ULMFiT: discriminative fine-tuning ו-slanted triangular LR. הרעיון של gradual unfreezing שימושי גם היום.",
      "2019-09-15T20:44:10GMT", "2019-09-15T20:51:37GMT", 4, "ACL")
paper("article", "1807.03748", 2018, ("journal", "arXiv.org"), [("month", "jul")],
      "CPC - הפסד InfoNCE. Papers לא מצא את מספר ה-arXiv, רק את ה-PDF; לתקן את הרשומה ידנית.",
      "2020-04-22T07:58:03GMT", "2020-04-22T07:58:03GMT", 3, "arXiv", read="No")
paper("inproceedings", "2006.03654", 2021, ("booktitle", "International Conference on Learning Representations"),
      [("month", "may")],
      "DeBERTa: disentangled attention (תוכן ומיקום בנפרד) + enhanced mask decoder. עדיין לא קראתי את הנספחים.",
      "2021-01-19T15:20:48GMT", "2021-03-10T09:33:27GMT", 4, "ICLR", read="No")
paper("inproceedings", "1711.05101", 2019, ("booktitle", "International Conference on Learning Representations"),
      [("month", "may")],
      "AdamW - למה weight decay ב-Adam אינו L2. נחוץ לפרק על כוונון עדין (fine-tuning).",
      "2019-12-02T11:12:13GMT", "2020-11-30T16:45:00GMT", 5, "ICLR")
paper("inproceedings", "2003.10555", 2020, ("booktitle", "International Conference on Learning Representations"),
      [("month", "apr")],
      "ELECTRA: replaced token detection במקום MLM, יעיל הרבה יותר בחישוב. להשוות לגרף 1.",
      "2020-05-06T18:27:39GMT", "2021-02-16T19:42:02GMT", 5, "ICLR")
E.append(("book", citekey("Goldberg", 2017, "goldberg-nn-nlp"), [
    ("author", "Goldberg, Yoav"), ("title", "{Neural Network Methods for Natural Language Processing}"),
    ("publisher", "Morgan {\\&} Claypool"), ("year", "2017"), ("series", "Synthesis Lectures on Human Language Technologies"),
    ("isbn", "9781627052986"), ("annote", "ספר רקע טוב. פרקים 10–11 לפני הסמינר."), ("read", "Yes"), ("rating", "5"),
    ("date-added", "2019-09-01T10:00:12GMT"), ("date-modified", "2019-09-01T10:02:40GMT"),
    ("uri", "\\url{papers2://publication/uuid/" + uuid("goldberg-nn-nlp") + "}")]))
E.append(("misc", citekey("Alammar", 2018, "illustrated-bert"), [
    ("author", "Alammar, Jay"), ("title", "{The Illustrated BERT, ELMo, and co. (How NLP Cracked Transfer Learning)}"),
    ("howpublished", "Blog post"), ("year", "2018"), ("month", "dec"), ("url", "https://jalammar.github.io/illustrated-bert/"),
    ("annote", "פוסט בלוג עם איורים, טוב לשקפי המבוא."), ("read", "Yes"), ("rating", "3"),
    ("date-added", "2019-10-28T09:20:55GMT"), ("date-modified", "2019-10-28T09:20:55GMT"),
    ("uri", "\\url{papers2://publication/uuid/" + uuid("illustrated-bert") + "}")]))

out = ["%% Created using Papers on Sun, 14 Mar 2021.", "%% http://papersapp.com/papers/", ""]
for typ, ck, f in sorted(E, key=lambda e: e[1].lower()):
    out.append(f"@{typ}{{{ck},")
    out += [f"{k} = {v}," if k == "month" else f"{k} = {{{v}}}," for k, v in f[:-1]]
    k, v = f[-1]
    out += [f"{k} = {{{v}}}", "}", ""]
text = "\n".join(out) + "\n"
write_only(F1341, text, keys(F1341))
