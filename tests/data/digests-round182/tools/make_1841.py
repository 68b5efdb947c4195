#!/usr/bin/env python3
"""1841: the RIS export of a module reading list in Rebus:list (the reading-list system of PTFS Europe), with the
list's section, the importance and the lecturer's notes in Welsh: records «TY  - » … «ER  - », CR LF, UTF-8 without
BOM, tags «XX  - value», «KW» = the list section (the week), «N1» = the importance («Pwysigrwydd: Hanfodol /
Argymhellir / Darllen pellach») and a note. A Welsh-medium module on language models; the module, its code, the
lecturer, the university (not named) and the notes are invented; the book of Jurafsky and Martin, the Hugging Face
course, the CorCenCC corpus and a recorded lecture appear as what they are (books, a web course, a corpus, a video).
Computed: «Last, First» authors, page ranges (asserted), the weeks not decreasing (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(1841)


def au(k, n=99):
    out = []
    for name in CAT[key_of(k)]["authors"][:n]:
        p = name.split(); out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return out


IMP = {"H": "Pwysigrwydd: Hanfodol", "A": "Pwysigrwydd: Argymhellir", "P": "Pwysigrwydd: Darllen pellach"}
R = [
    (1, "BOOK", ["Jurafsky, Daniel", "Martin, James H."], "Speech and Language Processing", None, 2025,
     [("ET", "3ydd arg. (drafft)"), ("UR", "https://web.stanford.edu/~jurafsky/slp3/")], "H", "Penodau 7–10 cyn y darlith gyntaf."),
    (1, "RPRT", au(GPT1), GPT1, None, 2018, [("PB", "OpenAI")], "H",
     "Y papur GPT cyntaf: rhag-hyfforddi cynhyrchiol ac yna mireinio ar bob tasg."),
    (1, "CONF", au("1801.06146"), T("1801.06146"), "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics", 2018,
     [("SP", "328"), ("EP", "339"), ("CY", "Melbourne")], "A", "Yr un syniad, ond gyda LSTM."),
    (2, "CONF", au("1906.08237"), T("1906.08237"), "Advances in Neural Information Processing Systems", 2019,
     [("VL", "32")], "P", "Amcan pernwtedig; darllenwch adran 2 yn unig."),
    (2, "JOUR", au("1907.11692"), T("1907.11692"), "CoRR", 2019,
     [("UR", "http://arxiv.org/abs/1907.11692v1")], "H", "Pam mae BERT wedi ei dan-hyfforddi."),
    (3, "CONF", au("1911.02116"), T("1911.02116"), "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics", 2020,
     [("SP", "8440"), ("EP", "8451")], "H", "XLM-R: mae'r Gymraeg yn CC-100. Rhagargraffiad: arXiv:1911.02116."),
    (3, "DATA", ["Knight, Dawn", "Morris, Steve", "Fitzpatrick, Tess"], "Corpws Cenedlaethol Cymraeg Cyfoes (CorCenCC)", None, 2020,
     [("UR", "https://www.corcencc.org/")], "A", "Y corpws ar gyfer y gwaith cwrs."),
    (4, "CONF", au("2005.14165"), T("2005.14165"), "Advances in Neural Information Processing Systems", 2020,
     [("VL", "33"), ("SP", "1877"), ("EP", "1901"), ("UR", "https://arxiv.org/abs/2005.14165v4")], "H", "Dysgu mewn cyd-destun; adrannau 1–3."),
    (4, "GEN", au("2205.01068"), T("2205.01068"), None, 2022, [("PB", "Meta AI")], "P",
     "Model agored maint GPT-3, gyda'r llyfr log hyfforddi."),
    (5, "JOUR", au("2302.13971"), T("2302.13971"), "CoRR", 2023,
     [("UR", "https://arxiv.org/pdf/2302.13971")], "H", "Sylfaen y modelau agored a ddefnyddiwn yn y labordy."),
    (5, "ELEC", ["Hugging Face"], "The Hugging Face LLM Course", None, 2024,
     [("UR", "https://huggingface.co/learn/llm-course")], "A", "Penodau 1–3 ar gyfer y labordy."),
    (5, "VIDEO", ["Karpathy, Andrej"], "Let's build GPT: from scratch, in code, spelled out", None, 2023,
     [("UR", "https://www.youtube.com/watch?v=kCc8FmEb1nY")], "P", "Fideo; dewisol."),
]
assert [r[0] for r in R] == sorted(r[0] for r in R)
lines = []
for week, ty, aus, ti, t2, py, extra, imp, note in R:
    lines.append(f"TY  - {ty}")
    lines += [f"AU  - {a}" for a in aus]
    lines.append(f"TI  - {ti}")
    if t2: lines.append(f"T2  - {t2}")
    lines.append(f"PY  - {py}")
    d = dict(extra)
    if "SP" in d: assert int(d["SP"]) < int(d["EP"])
    lines += [f"{k}  - {v}" for k, v in extra]
    lines.append(f"KW  - Wythnos {week}")
    lines.append(f"N1  - {IMP[imp]}. {note}")
    lines.append("ER  - ")
    lines.append("")
text = "\r\n".join(lines)
write_raw(F, text.encode("utf-8"), [text], keys(F))
