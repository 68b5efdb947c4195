#!/usr/bin/env python3
"""2160: a Zotero RIS export («Export Collection… → RIS», as remembered: «TY  - » first, «ER  - » last and a blank
line, two-letter tags, «AU  - Last, First», «DA  - yyyy/mm/dd/», «Y2  - » access stamps, «N1  - » notes, «KW  - »
tags, CR LF) of an invented collection of a seminar at the Universidad Nacional de San Antonio Abad del Cusco
(UNSAAC): Spanish notes with Quechua. Computed: the author fields from the catalogue, the access dates after the
publication dates (asserted), CR LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, CTC
F = by_num(2160)


def au(k):
    out = []
    for n in CAT[key_of(k)]["authors"]:
        p = n.split()
        out.append(("AU", f"{p[-1]}, {' '.join(p[:-1])}"))
    return out


E = [
 ("CPAPER", "1409.0473", [("T2", "International Conference on Learning Representations (ICLR)"), ("DA", "2015/05/07/"), ("PY", "2015"),
   ("UR", "http://arxiv.org/abs/1409.0473"), ("Y2", "2026/03/02/14:11:05"),
   ("N1", "Atención aditiva. Base para la clase 3 (traducción español–quechua)."), ("KW", "atención"), ("KW", "traducción")]),
 ("CPAPER", "1409.3215", [("T2", "Advances in Neural Information Processing Systems"), ("VL", "27"), ("DA", "2014/12/08/"), ("PY", "2014"),
   ("UR", "https://arxiv.org/pdf/1409.3215v3"), ("Y2", "2026/03/02/14:12:40"), ("KW", "seq2seq")]),
 ("CPAPER", CTC, [("T2", "Proceedings of the 23rd International Conference on Machine Learning"), ("SP", "369"), ("EP", "376"),
   ("DA", "2006/06/25/"), ("PY", "2006"), ("DO", "10.1145/1143844.1143891"),
   ("N1", "Para el reconocimiento de voz en runasimi: alineamiento sin segmentar."), ("KW", "voz")]),
 ("GEN", "1410.5401", [("DA", "2014/10/20/"), ("PY", "2014"), ("PB", "Preprint"),
   ("N1", "Opcional. Yachay (memoria) externa; solo la sección 3.")]),
 ("GEN", "1807.03748", [("DA", "2018/07/10/"), ("PY", "2018"), ("UR", "https://arxiv.org/abs/1807.03748v2"),
   ("Y2", "2026/03/05/09:30:00"), ("N1", "InfoNCE."), ("KW", "autosupervisado")]),
 ("CPAPER", "1801.06146", [("T2", "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics"),
   ("SP", "328"), ("EP", "339"), ("DA", "2018/07//"), ("PY", "2018"), ("PB", "Association for Computational Linguistics"),
   ("CY", "Melbourne, Australia"), ("UR", "https://aclanthology.org/P18-1031"), ("Y2", "2026/03/05/09:41:12"), ("KW", "ajuste fino")]),
 ("CPAPER", "1906.08237", [("T2", "Advances in Neural Information Processing Systems"), ("VL", "32"), ("DA", "2019/12/08/"), ("PY", "2019"),
   ("N1", "arXiv:1906.08237 [cs]"), ("KW", "preentrenamiento")]),
 ("CPAPER", "1911.02116", [("T2", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"),
   ("SP", "8440"), ("EP", "8451"), ("DA", "2020/07//"), ("PY", "2020"), ("DO", "10.18653/v1/2020.acl-main.747"),
   ("N1", "XLM-R no incluye quechua en el preentrenamiento: probar con AmericasNLI."), ("KW", "multilingüe")]),
]
OTHER = [
 [("TY", "BOOK"), ("TI", "Neural Network Methods for Natural Language Processing"), ("AU", "Goldberg, Yoav"),
  ("T3", "Synthesis Lectures on Human Language Technologies"), ("PY", "2017"), ("PB", "Morgan & Claypool"), ("SN", "978-1-62705-298-6"),
  ("N1", "Libro de apoyo (biblioteca de la Facultad).")],
 [("TY", "COMP"), ("TI", "fairseq: Facebook AI Research Sequence-to-Sequence Toolkit"), ("UR", "https://github.com/facebookresearch/fairseq"),
  ("PY", "2019"), ("Y2", "2026/03/06/10:02:19"), ("N1", "Software, no es artículo.")],
 [("TY", "DATA"), ("TI", "Corpus paralelo español–quechua chanka del seminario"), ("AU", "Huamán Quispe, Rosa"), ("AU", "Ccori Mamani, Wilber"),
  ("PY", "2025"), ("PB", "UNSAAC"), ("CY", "Cusco"), ("N1", "Datos internos; 41 mil oraciones.")],
]
recs = []
for ty, k, fields in E:
    yr = [v for t, v in fields if t == "PY"][0]
    for t, v in fields:
        if t == "Y2": assert v[:4] > yr
    recs.append([("TY", ty), ("TI", T(key_of(k)))] + au(k) + fields)
recs += OTHER
out = []
for r in recs:
    out += [f"{t}  - {v}" for t, v in r] + ["ER  - ", ""]
text = "\r\n".join(out) + "\r\n"
write_only(F, text, keys(F))
