#!/usr/bin/env python3
"""2017: the syllabus of an invented Master's course of the Université de N'Djamena (Chad), copied from the PDF:
French with a Chadian Arabic line. The course «INF 724 – Architectures de vision et robustesse», its teacher and
dates are invented. Computed: the hours adding up (asserted), the weights = 100 (asserted), the session numbers, the
page footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2017)
HOURS = [("Cours magistraux (CM)", 18), ("Travaux dirigés (TD)", 12), ("Travaux pratiques (TP)", 10)]
EVAL = [("Exposé d'article", 30), ("Projet de TP (rapport + code)", 30), ("Examen final écrit", 40)]
assert sum(w for _, w in EVAL) == 100
SEANCES = [
 ("Des réseaux convolutifs aux transformeurs", [
   f"Lecture : {T('2010.11929')},",
   "https://arxiv.org/abs/2010.11929v2"]),
 ("Mise à l'échelle des transformeurs de vision", [
   f"Lecture : {T('2106.04560')} (Zhai et al.), http://arxiv.org/abs/2106.04560"]),
 ("Fenêtres décalées et hiérarchie", [
   f"Lecture : {T('2103.14030')} –",
   "https://arxiv.org/pdf/2103.14030v2.pdf"]),
 ("Le retour des ConvNets", [
   f"Lecture : « {T('2201.03545')} », Liu et al., CVPR 2022,",
   "<https://arxiv.org/abs/2201.03545>"]),
 ("Efficacité en échantillons : CNN contre réseaux denses", [
   f"Lecture : {T('2010.08515')} (Li, Zhang et Arora), à lire avant le TD 3."]),
 ("Augmentation de données pour la segmentation", [
   f"Lecture : Ghiasi et al., {T('2012.07177')}, arXiv:2012.07177."]),
 ("Robustesse et raccourcis", [
   f"Lecture : {T('2004.07780')} (Geirhos et al., 2020) ;",
   f"complément : {T('2103.14586')} (Bhojanapalli et al.)."]),
 ("Présentations des projets", ["Pas de lecture ; soutenances de 15 minutes par binôme."]),
]
total = sum(h for _, h in HOURS)
assert total == 40
L = ["UNIVERSITÉ DE N'DJAMENA",
     "Faculté des Sciences Exactes et Appliquées (FSEA) – Département d'Informatique",
     "Ahlan wa sahlan fi l-jaami'a !",
     "",
     "SYLLABUS",
     "",
     "Intitulé : INF 724 – Architectures de vision et robustesse",
     "Niveau : Master 1 Informatique, semestre 2",
     "Crédits : 4 ECTS",
     "Enseignant : Dr Mahamat Abakar Youssouf (m.abakar@fsea.example.td)",
     "Année universitaire : 2025-2026",
     "",
     "Volume horaire"]
L += [f"  {n} : {h} h" for n, h in HOURS] + [f"  Total : {total} h", "", "Modalités d'évaluation"]
L += [f"  {n} : {w} %" for n, w in EVAL] + ["",
     "Les articles sont à lire AVANT la séance ; les liens arXiv sont donnés quand ils existent.",
     "UN – FSEA | INF 724 | page 1/2", ""]
for i, (tit, lec) in enumerate(SEANCES, 1):
    L += [f"Séance {i} – {tit}"] + ["  " + x for x in lec] + [""]
L += ["Ressources complémentaires (ce ne sont pas des articles)",
      "  Livre : « Dive into Deep Learning » (Zhang, Lipton, Li, Smola), chapitres 7 et 8, en ligne.",
      "  Bibliothèque : timm (PyTorch Image Models), documentation sur huggingface.co/docs/timm.",
      "  Jeu de données pour les TP : Imagenette (sous-ensemble d'ImageNet, 10 classes).",
      "  Vidéo : conférence « Vision Transformers Explained » (chaîne YouTube du cours, 2024).",
      "",
      "Fait à N'Djamena, le 12 janvier 2026",
      "UN – FSEA | INF 724 | page 2/2"]
write_only(F, "\n".join(L) + "\n", keys(F))
