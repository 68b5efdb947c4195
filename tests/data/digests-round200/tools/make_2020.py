#!/usr/bin/env python3
"""2020: a BibTeX export of a saved list from the library catalogue of the Université de Guyane (Cayenne), as assumed:
French notes with a Guianese Creole line. The list, its record keys UG-BU-0301…, the notes, the book and the data set
entries are invented. Computed: the keys (consecutive), the entry order."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(2020)


def AU(k):
    return " and ".join(authors(k)[:4]) + (" and others" if len(authors(k)) > 4 else "")


E = [
 ("misc", [("title", "{" + T("1807.03748") + "}"), ("author", AU("1807.03748")), ("year", "2018"),
           ("url", "https://arxiv.org/abs/1807.03748"), ("note", "Prépublication ; lu pour le séminaire du mardi")]),
 ("inproceedings", [("title", "{" + T("2006.05576") + "}"), ("author", AU("2006.05576")), ("year", "2021"),
           ("booktitle", "International Conference on Learning Representations"),
           ("url", f"https://openreview.net/forum?id={OR('2006.05576')}")]),
 ("inproceedings", [("title", "{" + T("2002.05709") + "}"), ("author", AU("2002.05709")), ("year", "2020"),
           ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"),
           ("url", "http://arxiv.org/abs/2002.05709v3")]),
 ("inproceedings", [("title", "{" + T("2103.13646") + "}"), ("author", AU("2103.13646")), ("year", "2022"),
           ("booktitle", "IEEE/CVF Winter Conference on Applications of Computer Vision"),
           ("file", "https://arxiv.org/pdf/2103.13646.pdf"), ("note", "Étiquettes bruitées : utile pour le corpus d'images de la forêt")]),
 ("misc", [("title", "{" + T("2304.07193") + "}"), ("author", AU("2304.07193")), ("year", "2023"),
           ("note", "arXiv:2304.07193 [cs.CV] ; modèles pré-entraînés disponibles")]),
 ("inproceedings", [("title", "{" + T("2104.14294") + "}"), ("author", AU("2104.14294")), ("year", "2021"),
           ("booktitle", "IEEE/CVF International Conference on Computer Vision (ICCV)"), ("pages", "9650--9660")]),
 ("inproceedings", [("title", "{" + T("2011.10566") + "}"), ("author", AU("2011.10566")), ("year", "2021"),
           ("booktitle", "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("pages", "15750--15758")]),
 ("inproceedings", [("title", "{" + T("2010.00554") + "}"), ("author", AU("2010.00554")), ("year", "2021"),
           ("booktitle", "International Conference on Learning Representations"), ("note", "Hors sujet ? À garder pour l'ACP")]),
 ("book", [("title", "{Apprentissage profond en pratique}"), ("author", "Marie-Laure Jean-Baptiste"), ("year", "2023"),
           ("publisher", "Ibis Rouge Éditions"), ("address", "Cayenne"), ("note", "Ouvrage en salle de lecture, cote 006.3 JEA")]),
 ("misc", [("title", "{Images de pièges photographiques du Parc amazonien (jeu de données)}"), ("author", "{Observatoire de la biodiversité}"),
           ("year", "2024"), ("howpublished", "\\url{https://data.example.gf/pieges-photo}"), ("note", "Jeu de données, pas un article. Sa ka bon pou nou travay.")]),
]
out = ["% Export BibTeX – Bibliothèque universitaire de l'Université de Guyane",
       "% Liste de sélection : « Auto-supervisé – séminaire M2 » (10 notices)",
       "% Exporté le 14/01/2026 à 10:22", ""]
for i, (typ, fields) in enumerate(E, 301):
    out.append(f"@{typ}{{UG-BU-0{i},")
    out += [f"  {k} = {{{v}}}," if not v.startswith("{") else f"  {k} = {v}," for k, v in fields[:-1]]
    k, v = fields[-1]
    out.append(f"  {k} = {{{v}}}" if not v.startswith("{") else f"  {k} = {v}")
    out += ["}", ""]
write_only(F, "\n".join(out), keys(F))
