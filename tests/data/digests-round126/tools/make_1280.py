#!/usr/bin/env python3
"""1280: the reference section of a Persian master's thesis in computational linguistics, as `pdftotext -layout`
gives it: two pages ending in a form feed, Persian headings and Persian entries right-aligned (RTL lines in logical
order, padded from the left), page numbers in Persian digits centred at the foot of each page; the English entries
in the Unified Style Sheet for Linguistics (LSA): first author `Surname, Given`, the others `Given Surname`, `&`
before the last, every author written out, `Year.` after the names, titles in sentence case, editors `(eds.)`, page
ranges with an en dash, `Place: Publisher.`, DOIs and URLs at the end; justified lines with widened gaps, a hanging
indent of five columns, alphabetical order. Papers: arXiv abs / pdf URLs, `arXiv:` ids with no URL, titles alone
(one with its ACL Anthology DOI); a Persian book, a Persian thesis, a textbook draft and a software package are not
papers."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1280, keys

W = 92
KEEP = {"BERT", "RoBERTa", "XLNet", "DeBERTa"}


def sentence(t):
    out, first = [], True
    for w in t.split(" "):
        core = w.strip(":")
        if first or core in KEEP or any(c.isupper() for c in core[1:]):
            out.append(w)
        else:
            out.append(w.lower())
        first = w.endswith(":")
    return " ".join(out)


def names(key):
    a = authors(key)
    first = a[0].split()
    if a[0] == "Nicola De Cao": head = "De Cao, Nicola"
    else: head = first[-1] + ", " + " ".join(first[:-1])
    if len(a) == 1: return head
    return head + "".join(", " + x for x in a[1:-1]) + " & " + a[-1]


def justify(line, width):
    words = line.split(" ")
    gaps = len(words) - 1
    extra = width - len(line)
    if gaps <= 0 or extra <= 0 or extra > gaps * 2: return line
    out = words[0]
    for i, w in enumerate(words[1:]):
        out += " " * (1 + (1 if i < extra else 0)) + w
    return out


def entry(text):
    lines = textwrap.wrap(text, W, subsequent_indent="     ", break_long_words=False, break_on_hyphens=False)
    res = []
    for i, l in enumerate(lines):
        if i < len(lines) - 1:
            ind = len(l) - len(l.lstrip(" "))
            l = " " * ind + justify(l.lstrip(" "), W - ind)
        res.append(l)
    return res


def rtl(s):
    return " " * (W - len(s)) + s


EN = [
 f"{names('1911.02116')}. 2020. {sentence(T('1911.02116'))}. In Dan Jurafsky, Joyce Chai, Natalie Schluter & Joel Tetreault (eds.), Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics, 8440–8451. Online: Association for Computational Linguistics. arXiv:1911.02116.",
 f"{names('2010.00904')}. 2021. {sentence(T('2010.00904'))}. In International Conference on Learning Representations (ICLR 2021). Virtual.",
 f"{names('1810.04805')}. 2019. {sentence(T('1810.04805'))}. In Jill Burstein, Christy Doran & Thamar Solorio (eds.), Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, 4171–4186. Minneapolis, MN: Association for Computational Linguistics. https://arxiv.org/abs/1810.04805.",
 f"{names('2006.03654')}. 2021. {sentence(T('2006.03654'))}. In International Conference on Learning Representations (ICLR 2021). https://arxiv.org/pdf/2006.03654.pdf (12 January, 2024.)",
 f"{names('1904.09751')}. 2020. {sentence(T('1904.09751'))}. In International Conference on Learning Representations (ICLR 2020). Addis Ababa.",
 f"{names('1801.06146')}. 2018. {sentence(T('1801.06146'))}. In Iryna Gurevych & Yusuke Miyao (eds.), Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long papers), 328–339. Melbourne: Association for Computational Linguistics. https://doi.org/10.18653/v1/P18-1031.",
 "Jurafsky, Daniel & James H. Martin. 2024. Speech and language processing: An introduction to natural language processing, computational linguistics, and speech recognition, 3rd edn. Draft of February 3, 2024. https://web.stanford.edu/~jurafsky/slp3/ (20 February, 2024.)",
 f"{names('1907.11692')}. 2019. {sentence(T('1907.11692'))}. arXiv:1907.11692 [cs.CL].",
 "Roshan Research. 2023. Hazm: A Python library for Persian natural language processing (version 0.9.4). Software. https://github.com/roshan-research/hazm (5 December, 2023.)",
 f"{names('1906.08237')}. 2019. {sentence(T('1906.08237'))}. In Hanna Wallach, Hugo Larochelle, Alina Beygelzimer, Florence d’Alché-Buc, Emily Fox & Roman Garnett (eds.), Advances in Neural Information Processing Systems 32, 5753–5763. Red Hook, NY: Curran Associates. https://arxiv.org/abs/1906.08237.",
]
FA = [
 "رضایی، مریم. ۱۴۰۱. بازنمایی معنایی فعل‌های مرکب فارسی در مدل‌های زبانی پیش‌آموزش‌دیده. پایان‌نامهٔ کارشناسی ارشد زبان‌شناسی رایانشی، دانشکدهٔ ادبیات و زبان‌های خارجی، دانشگاه البرز.",
 "کریمی، حسن و نرگس صادقی. ۱۳۹۹. مقدمه‌ای بر زبان‌شناسی رایانشی. ویراست دوم. تهران: نشر واژه‌نگار.",
]


def fa_entry(s):
    ls = textwrap.wrap(s, 80, break_long_words=False)
    return [rtl(ls[0])] + [" " * (W - 5 - len(l)) + l for l in ls[1:]]
p1 = ["", rtl("منابع"), "", rtl("منابع فارسی"), "", *[l for e in FA for l in fa_entry(e)], "", rtl("منابع انگلیسی"), ""]
ents = [entry(e) for e in EN]
for e in ents[:5]: p1 += e
p1 += ["", "", " " * 45 + "۱۲۷", ""]
p2 = []
for e in ents[5:]: p2 += e
p2 += ["", "", " " * 45 + "۱۲۸", ""]
text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n\f"
joined = " ".join(text.split())
write_only(F1280, text, keys(F1280), forms=[joined])
