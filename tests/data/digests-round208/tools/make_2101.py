#!/usr/bin/env python3
"""2101: a Redmine issues CSV export («Export CSV», French locale: «;» as separator, «dd/mm/yyyy HH:MM» dates, French
column names, the «Description» column included) of an invented reading-group project of the Université de
Franche-Comté (Besançon): French with Textile markup («"label":url») in descriptions. The project, people and texts
are invented. Computed: the csv writer's output (delimiter «;», CR LF, quoting), issue numbers (decreasing, as
Redmine lists newest first; asserted), «Mis à jour» not before «Créé» (asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2101)
HEAD = ["#", "Projet", "Tracker", "Tâche parente", "Statut", "Priorité", "Sujet", "Auteur", "Assigné à", "Mis à jour",
        "Catégorie", "Version cible", "Début", "Échéance", "% réalisé", "Créé", "Description"]
ROWS = [
 ("Lecture", "Fermé", "Normal", f"Lire {T('2002.05709')}", "Camille Girard", "Hugo Vuillemin", (2026, 1, 5, 9, 2), (2026, 1, 19, 17, 30),
  "Contrastif", "Séance 1", 100, "\"PDF\":https://arxiv.org/abs/2002.05709 -- SimCLR, la base de tout le semestre."),
 ("Lecture", "Fermé", "Normal", f"Lire {T('1911.05722')}", "Camille Girard", "Léa Jeunet", (2026, 1, 5, 9, 5), (2026, 1, 26, 12, 4),
  "Contrastif", "Séance 2", 100, "Lien : https://arxiv.org/pdf/1911.05722v3.pdf\nComparer la file d'attente de MoCo avec les grands lots de SimCLR."),
 ("Lecture", "En cours", "Normal", f"Lire {T('1807.03748')}", "Hugo Vuillemin", "Hugo Vuillemin", (2026, 1, 6, 14, 0), (2026, 2, 2, 10, 11),
  "Contrastif", "Séance 3", 50, "Version arXiv : \"CPC\":http://arxiv.org/abs/1807.03748v2 ; l'InfoNCE vient de là."),
 ("Lecture", "Nouveau", "Bas", f"Lire {T('2006.05576')}", "Léa Jeunet", "Léa Jeunet", (2026, 1, 6, 14, 3), (2026, 1, 6, 14, 3),
  "Théorie", "Séance 4", 0, f"Forum OpenReview (ICLR 2021) : https://openreview.net/forum?id={OR('2006.05576')}"),
 ("Lecture", "Nouveau", "Normal", f"Lire {T('2007.01434')}", "Léa Jeunet", "Camille Girard", (2026, 1, 8, 11, 20), (2026, 1, 12, 8, 45),
  "Robustesse", "Séance 5", 0, "DomainBed, arXiv:2007.01434 (ICLR 2021). Reprendre leur protocole de sélection de modèle."),
 ("Discussion", "En cours", "Haut", "Séance 6 : robustesse et raccourcis", "Camille Girard", "Hugo Vuillemin", (2026, 1, 9, 10, 0), (2026, 2, 3, 16, 52),
  "Robustesse", "Séance 6", 30,
  f"Hugo présente {T('2004.07780')} ; on le relira avec les images de la Citadelle prises en hiver.\n"
  f"Léa ajoute, pour les ViT, {T('2103.14586')} (Bhojanapalli et al.), surtout la partie sur les patchs masqués."),
 ("Discussion", "Nouveau", "Bas", "Séance 7 : étiquettes bruitées", "Hugo Vuillemin", "Camille Girard", (2026, 1, 12, 15, 30), (2026, 1, 14, 9, 1),
  "Bruit", "Séance 7", 0,
  f"Camille propose Contrast to Divide (le titre complet : {T('2103.13646')}), WACV 2022.\n"
  "Notre jeu de données de fromages comtois a justement des étiquettes bruitées."),
 ("Tâche", "Fermé", "Normal", "Installer solo-learn sur le cluster Mésocentre", "Hugo Vuillemin", "Hugo Vuillemin", (2026, 1, 5, 9, 40), (2026, 1, 8, 18, 2),
  "Infra", "Séance 1", 100, "Bibliothèque (logiciel) : https://github.com/vturrisi/solo-learn -- pas un article."),
 ("Tâche", "En cours", "Normal", "Jeu de données « Comté-1k » : nettoyage", "Léa Jeunet", "Léa Jeunet", (2026, 1, 13, 13, 13), (2026, 2, 1, 11, 0),
  "Données", "Séance 7", 60, "Jeu de données, 1 000 photos : https://data.example.fr/comte-1k"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
fmt = lambda t: dt.datetime(*t).strftime("%d/%m/%Y %H:%M")
n0 = 4127
nums = []
for i, r in enumerate(ROWS):
    c, u = dt.datetime(*r[6]), dt.datetime(*r[7])
    assert u >= c
    n = n0 + len(ROWS) - 1 - i
    nums.append(n)
    w.writerow([str(n), "Groupe de lecture SSL", r[0], "", r[1], r[2], r[3], r[4], r[5], fmt(r[7]), r[8], r[9],
                c.strftime("%d/%m/%Y"), "", str(r[10]), fmt(r[6]), r[11]])
assert nums == sorted(nums, reverse=True)
write_only(F, buf.getvalue(), keys(F))
