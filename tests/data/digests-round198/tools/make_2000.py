#!/usr/bin/env python3
"""2000: an RIS export of a saved list from the discovery catalogue of the Bibliothèque universitaire of the Université
de la Nouvelle-Calédonie (Nouméa), as assumed: French notes. CR LF, «TAG  - value» lines, «ER  - » closing each record.
The list, the notes and the record ids are invented; one record is a book, one a data set."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2000)
R = [
 [("TY", "ELEC"), ("AU", "Chen, Ting"), ("AU", "Kornblith, Simon"), ("TI", T('2002.05709')), ("PY", "2020"),
  ("UR", "https://arxiv.org/abs/2002.05709"), ("N1", "Lu pour le séminaire du 5 février")],
 [("TY", "CONF"), ("AU", "Caron, Mathilde"), ("TI", T('2104.14294')), ("T2", "ICCV 2021"), ("PY", "2021"),
  ("UR", "http://arxiv.org/abs/2104.14294v2")],
 [("TY", "CONF"), ("AU", "He, Kaiming"), ("TI", T('2111.06377')), ("T2", "CVPR 2022"), ("PY", "2022"),
  ("L1", "https://arxiv.org/pdf/2111.06377v3")],
 [("TY", "CONF"), ("AU", "Zheltonozhskii, Evgenii"), ("TI", T('2103.13646')), ("T2", "WACV 2022"), ("PY", "2022"),
  ("UR", f"https://openreview.net/forum?id={OR('2103.13646')}"), ("N1", "étiquettes bruitées : utile pour le corpus de coraux")],
 [("TY", "CONF"), ("AU", "He, Kaiming"), ("TI", T('1911.05722')), ("T2", "CVPR 2020"), ("PY", "2020"),
  ("N1", "Prépublication arXiv 1911.05722")],
 [("TY", "JOUR"), ("AU", "Hsu, Wei-Ning"), ("TI", T('2106.07447')), ("JO", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"),
  ("VL", "29"), ("SP", "3451"), ("EP", "3460"), ("PY", "2021")],
 [("TY", "CONF"), ("AU", "Chen, Xinlei"), ("AU", "He, Kaiming"), ("TI", T('2011.10566')), ("T2", "CVPR 2021"), ("PY", "2021")],
 [("TY", "JOUR"), ("AU", "Oquab, Maxime"), ("TI", T('2304.07193')), ("JO", "Transactions on Machine Learning Research"), ("PY", "2024")],
 [("TY", "BOOK"), ("AU", "Balestriero, Randall"), ("TI", "Apprentissage auto-supervisé : guide pratique (traduction française)"),
  ("PB", "Éditions exemple"), ("CY", "Paris"), ("PY", "2024"), ("SN", "978-2-00-000000-0"), ("N1", "Exemplaire en salle, cote 006.31 BAL")],
 [("TY", "DATA"), ("TI", "Images sous-marines des récifs du lagon calédonien (jeu de données)"), ("PY", "2023"),
  ("UR", "https://data.unc.example.nc/recifs"), ("N1", "Jeu de données, pas un article")],
]
out = []
for i, r in enumerate(R, 1):
    for tag, v in r:
        out.append(f"{tag}  - {v}")
    out.append(f"ID  - UNC{1000 + i:05d}")
    out += ["ER  - ", ""]
write_only(F, "\r\n".join(out), keys(F))
