#!/usr/bin/env python3
"""1701: a RIS export of a marked-results folder from BibCNRS (the CNRS researchers' documentation portal, searching
through EBSCO Discovery Service with the French interface), French notes: CR LF, UTF-8 without a BOM; one record per
item, tags «XX  - value» in the order the export writes them (TY, AU…, TI, T2 / JO, VL, SP, EP, PY, DA, AB, KW…, N1,
UR, L1, DP, DB, LA; no abstracts in this export), «ER  - » and a blank line; arXiv records as working papers with arxiv.org links, DBLP records
(one with its OpenReview link, one CoRR record with «abs/…» as its volume), an IEEE Xplore record and a HAL thesis.
The thesis, its author and the N1 wording are invented or as remembered; DBLP, HAL, IEEE Xplore and arXiv appear as the
databases they are. Nicknames MoCo, MAE, SimCLR, CPC, HuBERT, DomainBed are not used as titles."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, published, write_raw
from make_expected import by_num, keys
F = by_num(1701)


def au(k):
    out = []
    for n in CAT[k]["authors"]:
        p = n.split()
        if n == "Aaron van den Oord": out.append(("AU", "van den Oord, Aaron")); continue
        out.append(("AU", f"{p[-1]}, {' '.join(p[:-1])}"))
    return out


def arx(k, kw, pdf=None):
    d = published(k)
    r = [("TY", "RPRT")] + au(k) + [("TI", T(k)), ("PY", d[:4]), ("DA", d.replace("-", "/")),
         ] + [("KW", x) for x in kw] + [
         ("N1", "Type de document : Working Paper ; Langue : anglais"), ("UR", f"http://arxiv.org/abs/{k}")]
    if pdf: r.append(("L1", pdf))
    return r + [("DP", "EBSCOhost"), ("DB", "arXiv"), ("LA", "English")]


CV, LG = "Computer Science - Computer Vision and Pattern Recognition", "Computer Science - Machine Learning"
recs = [
    arx("2111.06377", [CV]),
    arx("1911.05722", [CV]),
    arx("2002.05709", [LG, CV, "Statistics - Machine Learning"], pdf="http://arxiv.org/pdf/2002.05709v3"),
    [("TY", "CONF")] + au("2006.05576") + [("TI", T("2006.05576")), ("T2", "9th International Conference on Learning Representations, ICLR 2021, Virtual Event, Austria, May 3-7, 2021"),
     ("PY", "2021"), ("N1", "Type de document : Actes de conférence ; Source : dblp"),
     ("UR", "https://openreview.net/forum?id=-bdp_8Itjwp"), ("DP", "EBSCOhost"), ("DB", "DBLP Computer Science Bibliography")],
    [("TY", "JOUR")] + au("1807.03748") + [("TI", T("1807.03748")), ("JO", "CoRR"), ("VL", "abs/1807.03748"),
     ("PY", "2018"), ("N1", "Type de document : Article ; Source : dblp"), ("DP", "EBSCOhost"),
     ("DB", "DBLP Computer Science Bibliography")],
    [("TY", "JOUR")] + au("2106.07447") + [("TI", T("2106.07447")),
     ("JO", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"), ("VL", "29"), ("SP", "3451"),
     ("EP", "3460"), ("PY", "2021"), ("KW", "Speech processing"), ("KW", "Self-supervised learning"),
     ("N1", "Type de document : Article ; Langue : anglais"), ("DP", "EBSCOhost"), ("DB", "IEEE Xplore Digital Library"),
     ("LA", "English")],
    [("TY", "CONF")] + au("2012.07177") + [("TI", T("2012.07177")),
     ("T2", "IEEE Conference on Computer Vision and Pattern Recognition, CVPR 2021, virtual, June 19-25, 2021"),
     ("SP", "2918"), ("EP", "2928"), ("PY", "2021"), ("N1", "Type de document : Actes de conférence ; Source : dblp"),
     ("DP", "EBSCOhost"), ("DB", "DBLP Computer Science Bibliography")],
    [("TY", "CONF")] + au("2007.01434") + [("TI", T("2007.01434")),
     ("T2", "9th International Conference on Learning Representations, ICLR 2021, Virtual Event, Austria, May 3-7, 2021"),
     ("PY", "2021"), ("N1", "Type de document : Actes de conférence ; Source : dblp"), ("DP", "EBSCOhost"),
     ("DB", "DBLP Computer Science Bibliography")],
    [("TY", "THES"), ("AU", "Moreau, Camille"),
     ("TI", "Apprentissage auto-supervisé de représentations pour l'imagerie satellitaire multitemporelle"),
     ("PB", "Université Toulouse III - Paul Sabatier"), ("PY", "2024"), ("KW", "Apprentissage auto-supervisé"),
     ("KW", "Télédétection"), ("KW", "Généralisation de domaine"),
     ("N1", "Type de document : Thèse ; Discipline : Informatique et Télécommunications ; Langue : français"),
     ("DP", "EBSCOhost"), ("DB", "HAL"), ("LA", "French")],
]
out = []
for r in recs:
    out += [f"{t}  - {v}" for t, v in r] + ["ER  - ", ""]
text = "\r\n".join(out)
write_raw(F, text.encode("utf-8"), [text], keys(F))
