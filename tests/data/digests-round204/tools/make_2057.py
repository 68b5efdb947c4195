#!/usr/bin/env python3
"""2057: the «FICHE DE COURS» (course syllabus) of an invented computer-vision course of the Université Joseph Ki-Zerbo
(UJKZ, Ouagadougou), copied from the PDF: French with a Mooré line. The course «INF 435 – Vision par ordinateur», its
lecturer, hours and dates are invented. Computed: the hours and weights adding up (asserted), the week numbers, the
page footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys, LENET
F = by_num(2057)
CODE = "INF 435"
HOURS = [("Cours magistraux", 24), ("Travaux dirigés", 12), ("Travaux pratiques", 18)]
ASSESS = [("Contrôle continu", 30), ("Mini-projet en binôme", 30), ("Examen final", 40)]
assert sum(w for _, w in ASSESS) == 100
WEEKS = [
 ("Rappels : réseaux convolutifs",
  [f"LeCun, Y. ; Bottou, L. ; Bengio, Y. ; Haffner, P. {T(LENET)}.", "Proceedings of the IEEE, 1998."]),
 ("Architectures efficaces",
  [f"Tan, M. ; Le, Q. V. {T('2104.00298')}. ICML 2021.", "https://arxiv.org/pdf/2104.00298v3.pdf"]),
 ("Détection d'objets par transformeurs",
  [f"Zhu, X. et al. {T('2010.04159')} – ICLR 2021, lien : http://arxiv.org/abs/2010.04159"]),
 ("Correspondance entre images",
  [f"Jiang, W. et al. {T('2103.14167')} (ICCV 2021)."]),
 ("Auto-supervision I",
  [f"Caron, M. et al. {T('2104.14294')}", "<https://arxiv.org/abs/2104.14294v2>"]),
 ("Auto-supervision II",
  [f"Oquab, M. et al. {T('2304.07193')}, arXiv:2304.07193, 2023."]),
 ("Étiquettes bruitées",
  [f"Zheltonozhskii, E. et al. {T('2103.13646')}. WACV 2022.",
   f"Forum OpenReview : https://openreview.net/forum?id={OR('2103.13646')}"]),
 ("Images et langage", [f"Qiu, Y. et al. {T('2103.14146')} (ICCV 2021), lecture facultative."]),
 ("Soutenance des mini-projets", []),
]
p1 = ["UNIVERSITÉ JOSEPH KI-ZERBO",
      "UFR Sciences Exactes et Appliquées (UFR/SEA) – Département d'Informatique",
      "Ne y windga! Tõnd fãa sõngda taab n zãms. (Bonjour à toutes et à tous !)",
      "", "FICHE DE COURS", "",
      f"Intitulé : {CODE} – Vision par ordinateur",
      "Parcours : Licence 3 Informatique, semestre 6",
      "Crédits : 5",
      "Enseignant : Dr Issaka Ouédraogo (issaka.ouedraogo@ujkz.example.bf)",
      "Année universitaire : 2025-2026", "",
      "Volume horaire"] + [f"  {k} : {h} h" for k, h in HOURS] + [f"  Total : {sum(h for _, h in HOURS)} h", "",
      "Évaluation"] + [f"  {k} : {w} %" for k, w in ASSESS] + ["",
      "NB : les lectures sont disponibles sur la plateforme pédagogique ; les TP se font en Python (salle B2).",
      "Langue d'enseignement : français (explications en mooré aux TD si besoin).", ""]
p2 = ["Programme et lectures par semaine", ""]
for i, (topic, lines) in enumerate(WEEKS, 1):
    p2.append(f"Semaine {i} – {topic}")
    if lines:
        p2.append("  Lecture : " + lines[0])
        p2 += ["  " + l for l in lines[1:]]
p2 += ["", "Autres ressources (hors lectures)",
       "  Ouvrage : Simon J. D. Prince, « Computer Vision: Models, Learning, and Inference », Cambridge University Press, 2012.",
       "  Documentation OpenCV (tutoriels Python) : https://docs.opencv.org/4.x/d6/d00/tutorial_py_root.html",
       "  Jeu de données : photos de marchés de Ouagadougou annotées par le laboratoire (data.example.bf/yaar).",
       "  Vidéos : cours « Deep Learning for Computer Vision » (University of Michigan) sur YouTube.", "",
       "Ouagadougou, le 9 février 2026", "L'enseignant, Issaka Ouédraogo", ""]
pages = [p1, p2]
out = []
for n, p in enumerate(pages, 1):
    out += p + [f"UJKZ – UFR/SEA | {CODE} | p. {n}/{len(pages)}"]
write_only(F, "\n".join(out) + "\n", keys(F))
