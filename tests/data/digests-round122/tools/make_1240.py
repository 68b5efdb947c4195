#!/usr/bin/env python3
"""1240: the bibliography of a French master's thesis (mémoire de M2) in the AFNOR NF Z 44-005 style, as pdftotext
(default mode, UTF-8) writes it: the PDF's lines (the LaTeX line breaks, at most 88 characters, hanging indent lost),
a blank line between entries, the page number alone at the foot of each page, a form feed between pages and the
running head at the top of the next. Entries are alphabetical: `NOM, Prénom, NOM, Prénom, et al.` (three names then
et al.), the title, `In :` for proceedings, `[en ligne]` with `Disponible sur : <URL> (consulté le …)` for online
items. Papers: arXiv and OpenReview URLs, `arXiv preprint arXiv:…` ids, proceedings titles alone; a book, software
and a dataset page are not papers."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1240, keys

HEAD = "C. Rousseau — Apprentissage auto-supervisé de représentations visuelles — 2024"
FIRST_PAGE = 61
WIDTH = 88


def nom(name):
    parts = name.split()
    # particles stay with the surname (van den Oord)
    i = len(parts) - 1
    while i > 0 and parts[i - 1].lower() in ("van", "den", "de", "der", "von"):
        i -= 1
    return " ".join(parts[i:]).upper() + ", " + " ".join(parts[:i])


def auteurs(key):
    a = authors(key)
    return ", ".join(nom(x) for x in a[:3]) + (", et al." if len(a) > 3 else ".")


E = [  # (sort key, text)
    (auteurs("2104.14294") + f" {T('2104.14294')}. arXiv preprint arXiv:2104.14294, 2021. Version publiée dans les actes d'ICCV 2021."),
    (auteurs("2011.10566") + f" {T('2011.10566')}. In : Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2021. p. 15750-15758."),
    (auteurs("2111.06377") + f" {T('2111.06377')} [en ligne]. 2021. Disponible sur : <https://arxiv.org/abs/2111.06377> (consulté le 14 janvier 2024)."),
    (auteurs("1911.05722") + f" {T('1911.05722')}. In : Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2020. p. 9729-9738."),
    ("MURPHY, Kevin P. Probabilistic Machine Learning: Advanced Topics. Cambridge (MA) : MIT Press, 2023. Adaptive Computation and Machine Learning. ISBN 978-0-262-04843-9."),
    (auteurs("2304.07193") + f" {T('2304.07193')} [en ligne]. 2023. Disponible sur : <https://arxiv.org/pdf/2304.07193> (consulté le 3 février 2024)."),
    ("STANFORD VISION LAB. ImageNet [en ligne]. Site du jeu de données ILSVRC 2012. Disponible sur : <https://image-net.org/download.php> (consulté le 9 janvier 2024)."),
    (auteurs("2006.05576") + f" {T('2006.05576')}. In : International Conference on Learning Representations (ICLR) [en ligne]. 2021. Disponible sur : <https://openreview.net/forum?id=-bdp_8Itjwp> (consulté le 22 janvier 2024)."),
    (auteurs("1807.03748") + f" {T('1807.03748')}. arXiv preprint arXiv:1807.03748, 2018."),
    ("WIGHTMAN, Ross. PyTorch Image Models (timm) [logiciel]. Version 0.9.12. 2023. Disponible sur : <https://github.com/huggingface/pytorch-image-models> (consulté le 9 janvier 2024)."),
    (auteurs("2010.04159") + f" {T('2010.04159')}. In : International Conference on Learning Representations (ICLR). 2021."),
]


def skey(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(c))


E.sort(key=skey)
lines = ["Bibliographie", ""]
for e in E:
    lines += textwrap.wrap(e, WIDTH, break_on_hyphens=False, break_long_words=False) + [""]
# pages of 30 lines of text: foot number, form feed, running head of the next page
PAGE = 30
pages, cur = [], []
for ln in lines:
    cur.append(ln)
    if len(cur) == PAGE:
        pages.append(cur); cur = []
if cur: pages.append(cur)
out = []
for i, p in enumerate(pages):
    body = p[:]
    while body and body[-1] == "": body.pop()
    if i: body = [HEAD, ""] + body
    out.append("\n".join(body) + f"\n\n{FIRST_PAGE + i}\n")
txt = "\f".join(out) + "\f"
write_only(F1240, txt, keys(F1240))
