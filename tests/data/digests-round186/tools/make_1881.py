#!/usr/bin/env python3
"""1881: a RIS file exported from Recolecta (the Spanish aggregator of open-access repositories run by FECYT) and kept
by a doctoral student in Santiago de Compostela, with notes in Galician in N1: CR LF lines «XX  - value», records from
«TY  - » to «ER  - », a blank line between records; some records point to a repository handle, some to arXiv or
OpenReview, some to nothing. The student, the handles, the notes and the keywords are invented; the scikit-learn user
guide, the book of Murphy and the STL-10 data set appear as what they are (as records of type COMP / BOOK / DATA).
Computed: the author lines from the catalogue (family name, given names), the record order by year then title
(asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, year, write_raw
from make_expected import by_num, keys
F = by_num(1881)


def au(key, n=6):
    return [f"{a.split()[-1]}, {' '.join(a.split()[:-1])}" for a in authors(key)[:n]]


R = [
    dict(TY="JOUR", key="1807.03748", PY=2018, T2="arXiv", UR="https://arxiv.org/abs/1807.03748",
         N1="Orixe da perda InfoNCE; ler antes que SimCLR.", KW=["aprendizaxe contrastiva"]),
    dict(TY="CONF", key="2002.05709", PY=2020, T2="ICML 2020", UR="https://arxiv.org/pdf/2002.05709v3",
         N1="Aumentos de datos fortes + cabeza de proxección.", KW=["aprendizaxe contrastiva", "visión"]),
    dict(TY="CONF", key="2006.05576", PY=2021, T2="ICLR 2021", UR=f"https://openreview.net/forum?id={OR('2006.05576')}",
         N1="Marco teórico multivista; versión de OpenReview.", KW=["teoría"]),
    dict(TY="CONF", key="2011.10566", PY=2021, T2="CVPR 2021", UR=None,
         N1="Sen negativos nin momento; só stop-gradient. arXiv:2011.10566", KW=["siamesas"]),
    dict(TY="CONF", key="2104.14294", PY=2021, T2="ICCV 2021", UR="https://hdl.handle.net/10347/31877",
         N1="Copia no repositorio (Minerva). Autodestilación con ViT; mapas de atención moi limpos.", KW=["ViT", "autodestilación"]),
    dict(TY="CONF", key="2103.13646", PY=2021, T2="WACV 2021", UR=None,
         N1="Para as etiquetas ruidosas do noso corpus de imaxes de satélite.", KW=["etiquetas ruidosas"]),
    dict(TY="CONF", key="2010.00554", PY=2021, T2="ICLR 2021", UR=None,
         N1="Non é autosupervisada, pero serve para a parte de PCA do capítulo 2.", KW=["PCA"]),
    dict(TY="JOUR", key="2304.07193", PY=2024, T2="Transactions on Machine Learning Research", UR="http://arxiv.org/abs/2304.07193",
         N1="Modelo base para o capítulo 4.", KW=["visión", "modelos fundacionais"]),
]
R.sort(key=lambda r: (r["PY"], T(r["key"])))
assert [(r["PY"], T(r["key"])) for r in R] == sorted((r["PY"], T(r["key"])) for r in R)
lines = []
for r in R:
    lines.append(f"TY  - {r['TY']}")
    lines += [f"AU  - {a}" for a in au(r["key"])]
    lines += [f"TI  - {T(r['key'])}", f"T2  - {r['T2']}", f"PY  - {r['PY']}"]
    lines += [f"KW  - {k}" for k in r["KW"]]
    if r["UR"]: lines.append(f"UR  - {r['UR']}")
    lines += [f"N1  - {r['N1']}", "DP  - Recolecta", "ER  - ", ""]
lines += ["TY  - BOOK", "AU  - Murphy, Kevin P.", "TI  - Probabilistic Machine Learning: An Introduction", "PY  - 2022",
          "PB  - MIT Press", "N1  - Manual de referencia do grupo.", "ER  - ", "",
          "TY  - DATA", "AU  - Coates, Adam", "TI  - STL-10 dataset", "PY  - 2011", "UR  - https://cs.stanford.edu/~acoates/stl10/",
          "N1  - Conxunto de datos para as probas de preadestramento.", "ER  - ", "",
          "TY  - COMP", "TI  - scikit-learn user guide: decomposition (PCA)", "PY  - 2025", "UR  - https://scikit-learn.org/stable/modules/decomposition.html",
          "N1  - Documentación, non artigo.", "ER  - ", ""]
text = "\r\n".join(lines)
write_raw(F, text.encode("utf-8"), [text], keys(F))
