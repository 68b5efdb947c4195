#!/usr/bin/env python3
"""802: a reading sheet saved by Excel for Mac (16.x, French locale) as "CSV (Macintosh)": Mac OS Roman bytes, CR
line ends (also after the last row), `;` as the list separator (the French locale's), every row padded with empty
cells to the used range, fields quoted only when they hold `;` or `"` (quotes doubled), French dates (04/03/2024)
and decimal commas. A title row, a header row, blank rows and a summary row as a real sheet has. Papers on
self-supervised and contrastive learning in vision."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_encoded
from make_expected import by_num, keys

F = by_num(802)
NCOL = 11


def cell(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v) else v


def row(*vals):
    vals = list(vals) + [""] * (NCOL - len(vals))
    return ";".join(cell(v) for v in vals)


R = [
 row("Groupe de lecture « apprentissage auto-supervisé en vision » — semestre de printemps 2024"),
 row("Laboratoire d'informatique et d'images de Valmont-sur-Loire (LIIV) — équipe Perception. Mise à jour : 04/03/2024"),
 row(),
 row("N°", "Titre", "Auteurs", "Année", "Lien", "Thème", "Statut", "Responsable", "Date de présentation", "Intérêt (/5)", "Commentaires"),
 row(1, T("2004.11362"), au("2004.11362", 4), 2020, "https://arxiv.org/abs/2004.11362", "contrastif supervisé", "présenté", "Camille Rousset", "15/01/2024", "4,5",
     "Perte SupCon : plusieurs positifs par ancre ; bonne transition depuis l'entropie croisée"),
 row(2, T("2006.07733"), au("2006.07733", 4), 2020, "https://arxiv.org/abs/2006.07733", "sans négatifs", "présenté", "Hugo Lemaire", "22/01/2024", "5",
     'Pourquoi ça ne s\'effondre pas ? Voir la discussion sur le « predictor » et la moyenne mobile'),
 row(3, T("2103.03230"), au("2103.03230"), 2021, "", "sans négatifs", "présenté", "Inès Boulanger", "29/01/2024", "4",
     "arXiv 2103.03230 — pas de lien dans la feuille, le PDF annoté est sur le serveur de l'équipe"),
 row(4, T("2010.04592"), au("2010.04592"), 2021, "", "négatifs difficiles", "présenté", "Camille Rousset", "05/02/2024", "3,5",
     'Version ICLR 2021 ; l\'échantillonnage "hard" se règle avec un seul paramètre β'),
 row(5, T("2011.04419"), au("2011.04419"), 2021, "", "augmentations", "présenté", "Théo Garnier", "12/02/2024", "3",
     "Mixup comme augmentation indépendante du domaine ; utile pour nos données de télédétection"),
 row(6, T("2106.08254"), au("2106.08254"), 2021, "https://arxiv.org/pdf/2106.08254v2.pdf", "modélisation masquée", "en cours", "Hugo Lemaire", "04/03/2024", "4",
     "Tokeniseur visuel (dVAE) nécessaire — on réutilise les poids publiés"),
 row(7, T("2011.06182"), au("2011.06182"), 2020, "https://openreview.net/forum?id=" + OR("2011.06182"), "fine-tuning", "à lire", "Inès Boulanger", "11/03/2024", "",
     "Lien OpenReview (soumission ICLR) ; combine contrastif et fine-tuning supervisé"),
 row(8, T("2006.06882"), au("2006.06882"), 2020, "", "pré-entraînement vs auto-entraînement", "à lire", "Théo Garnier", "18/03/2024", "",
     "PDF dans le dossier partagé ; lire surtout les expériences COCO avec augmentation forte"),
 row(),
 row("", "Ressources (hors articles)"),
 row("", "Cours en ligne : « Deep Learning » de l'université (vidéos 8 à 10)", "", "", "", "cours", "", "", "", "", "Pas un article ; pour les nouveaux doctorants"),
 row("", "Bibliothèque solo-learn (implémentations SSL en PyTorch)", "", "", "", "logiciel", "", "Hugo Lemaire", "", "", "Version 1.0.6 installée sur le cluster"),
 row("", "Jeu de données ImageNet-1k (sous-ensemble 100 classes)", "", "", "", "données", "", "", "", "", "Chemin : /data/imagenet100 ; quota disque 2,3 To"),
 row("", "Billet de blog du groupe : « Ce que nous avons appris sur les augmentations »", "", "", "", "blog", "", "Camille Rousset", "", "", "Brouillon ; publication prévue en avril"),
 row(),
 row("", "Total présentés : 5 / 8", "", "", "", "", "", "", "", "Moyenne : 4,0"),
 row(),
 row("", "Planning des séances (salle B-204, le lundi 14h00–15h30 ; visio pour Grenoble)"),
 row("", "Date", "Salle", "Sujet", "", "Type", "Statut", "Animateur", "Durée (h)", "Participants", "Remarques"),
]
PLAN = [("15/01/2024", "B-204", "n° 1", "article", "fait", "Camille Rousset", "1,5", 9, "Reprise après les vacances ; café offert"),
        ("22/01/2024", "B-204", "n° 2", "article", "fait", "Hugo Lemaire", "1,5", 11, ""),
        ("29/01/2024", "visio", "n° 3", "article", "fait", "Inès Boulanger", "1,25", 7, "Salle indisponible (jury de thèse)"),
        ("05/02/2024", "B-204", "n° 4", "article", "fait", "Camille Rousset", "1,5", 8, ""),
        ("12/02/2024", "B-204", "n° 5", "article", "fait", "Théo Garnier", "1,5", 8, "Démo sur les images satellite de l'équipe"),
        ("19/02/2024", "—", "—", "vacances d'hiver", "annulé", "", "0", 0, "Pas de séance"),
        ("26/02/2024", "B-204", "Atelier : entraîner un modèle SSL sur le cluster", "atelier", "fait", "Hugo Lemaire", "2", 12, "Pas un article ; scripts dans le dépôt GitLab de l'équipe"),
        ("04/03/2024", "B-204", "n° 6", "article", "en cours", "Hugo Lemaire", "1,5", "", ""),
        ("11/03/2024", "B-204", "n° 7", "article", "prévu", "Inès Boulanger", "1,5", "", "Lire aussi les avis des relecteurs sur OpenReview"),
        ("18/03/2024", "B-204", "n° 8", "article", "prévu", "Théo Garnier", "1,5", "", ""),
        ("25/03/2024", "amphi C", "Séminaire invité : Dr Léa Fontaine (Institut de Saint-Aubin)", "exposé", "prévu", "", "1", "", "Titre de l'exposé à confirmer ; pas d'article associé"),
        ("08/04/2024", "B-204", "Bilan du semestre + choix des thèmes", "réunion", "prévu", "Camille Rousset", "1", "", "Voter dans le sondage avant le 05/04")]
R += [row("", *p) for p in PLAN]
R += [row(), row("", "Présences (cocher x)"), row("", "Nom", "15/01", "22/01", "29/01", "05/02", "12/02", "26/02", "04/03", "Total", "Rôle")]
for nom, pres, role in [("Camille Rousset", "xxxxxxx", "doctorante (3e année)"), ("Hugo Lemaire", "xxx xxx", "post-doctorant"),
                        ("Inès Boulanger", "x xx xx", "doctorante (1re année)"), ("Théo Garnier", "xxxxx x", "ingénieur de recherche"),
                        ("Mathis Perrin", " x  x x", "stagiaire M2"), ("Dr Anne-Sophie Vidal", "x   x  ", "responsable d'équipe")]:
    R.append(row("", nom, *[("x" if c == "x" else "") for c in pres], pres.count("x"), role))
R += [row(), row("", "Légende statut : à lire / en cours / présenté ; Intérêt noté de 1 à 5 par le responsable")]
text = "\r".join(R) + "\r"
text = text.encode("mac_roman", "replace").decode("mac_roman")  # Excel writes ? for a character Mac OS Roman lacks (the β)
write_encoded(F, text, "mac_roman", keys(F))
