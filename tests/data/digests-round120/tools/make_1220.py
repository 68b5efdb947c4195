#!/usr/bin/env python3
"""1220: the reference list of a Czech bachelor's thesis set in the IOP numeric style (iopart-num), copied out of the
PDF: `[n] ` labels in citation order, authors as `Surname I` (hyphenated initials `Y-H`, particles kept), `and`
before the last, more than ten authors as `First A et al`, the year after the authors, titles in sentence case
without quotes, proceedings abbreviated (`Proc. IEEE/CVF Conf. on …`, `Int. Conf. on …`), IOP's abbreviated page
ranges (`pp 9729–38`), `URL …` and `(arXiv:…)` notes. The PDF copy keeps the layout's line breaks (titles broken
across lines) and a page break: the page number and the next page's running head inside an entry. Papers: two arXiv
URLs and an OpenReview URL, two `arXiv:` ids, three entries with venue only; a book, software, a technical report
and lecture notes are not labelled."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F1220, keys

PARTICLES = {"van", "den", "der", "de", "von"}
KEEP = {"Swin", "ConvNet", "2020s", "16x16"}


def iop_name(full):
    w = full.split()
    i = next((j for j, x in enumerate(w[:-1]) if x in PARTICLES), len(w) - 1)
    given, last = w[:i], " ".join(w[i:])
    return last + " " + " ".join("-".join(p[0] for p in g.split("-")) for g in given)


def iop_authors(key):
    a = CAT[key]["authors"]
    if len(a) > 10: return iop_name(a[0]) + " et al"
    n = [iop_name(x) for x in a]
    return n[0] if len(n) == 1 else ", ".join(n[:-1]) + " and " + n[-1]


def sentence(t):
    out = []
    for i, w in enumerate(t.split(" ")):
        if i == 0 or w in KEEP or not w[:1].isupper() or any(c.isupper() for c in w[1:]): out.append(w)
        else: out.append(w.lower())
    return " ".join(out)


def pp(a, b):
    sa, sb = str(a), str(b)
    i = 0
    while i < len(sa) - 1 and sa[i] == sb[i]: i += 1
    return f"pp {sa}–{sb[i:]}"


CVPR = "Proc. IEEE/CVF Conf. on Computer Vision and Pattern Recognition (CVPR)"
ICLR = "Int. Conf. on Learning Representations (ICLR)"
refs = [
 "Goodfellow I, Bengio Y and Courville A 2016 Deep Learning (Cambridge, MA: MIT Press)",
 f"{iop_authors('1807.03748')} 2018 {sentence(T('1807.03748'))} (arXiv:1807.03748)",
 f"{iop_authors('1911.05722')} 2020 {sentence(T('1911.05722'))} {CVPR} {pp(9729, 9738)} URL https://arxiv.org/abs/1911.05722",
 f"{iop_authors('2002.05709')} 2020 {sentence(T('2002.05709'))} Proc. 37th Int. Conf. on Machine Learning (PMLR vol 119) {pp(1597, 1607)} URL https://arxiv.org/pdf/2002.05709",
 f"{iop_authors('2006.05576')} 2021 {sentence(T('2006.05576'))} {ICLR}",
 f"{iop_authors('2010.11929')} 2021 {sentence(T('2010.11929'))} {ICLR} URL https://openreview.net/forum?id={OR('2010.11929')}",
 f"{iop_authors('2103.14030')} 2021 {sentence(T('2103.14030'))} Proc. IEEE/CVF Int. Conf. on Computer Vision (ICCV) {pp(10012, 10022)}",
 f"{iop_authors('2111.06377')} 2022 {sentence(T('2111.06377'))} {CVPR} {pp(16000, 16009)} (arXiv:2111.06377)",
 f"{iop_authors('2201.03545')} 2022 {sentence(T('2201.03545'))} {CVPR} {pp(11976, 11986)}",
 "Krizhevsky A 2009 Learning multiple layers of features from tiny images Technical Report (Toronto: University of Toronto) URL https://www.cs.toronto.edu/~kriz/cifar.html",
 "Wightman R 2019 PyTorch image models (timm), software, verze 0.9.12 URL https://github.com/huggingface/pytorch-image-models",
 "Horáková K 2023 Hluboké učení v obrazové analýze, přednášky k předmětu 18HUOA (Praha: ČVUT) URL https://kurzy.example.cz/18huoa/",
]
lines = ["Literatura", ""]
for i, r in enumerate(refs, 1):
    lines += textwrap.wrap(f"[{i}] {r}", width=94, break_long_words=False, break_on_hyphens=False)
# the PDF page break: page 41's number, then page 42's running head, inside entry [8] after its title
cut = next(j for j, l in enumerate(lines) if l.startswith("[8] "))
while "Proc. IEEE/CVF" not in lines[cut]: cut += 1
head, tail = lines[cut].split("Proc. IEEE/CVF", 1)
lines[cut:cut + 1] = [head.rstrip(), "41", "42 LITERATURA", "Proc. IEEE/CVF" + tail]
txt = "\n".join(lines) + "\n"
write_only(F1220, txt, keys(F1220), forms=[" ".join(txt.split())])
