#!/usr/bin/env python3
"""710: a SYLK file (Symbolic Link, .slk) as Excel saves one: Windows-1252, CRLF, `ID;PWXL;N;E`, the number-format
table (`P;P…`), fonts (`P;F…` then `P;E…`), the default format `F;P0;DG0G8;M…`, bounds `B;Y…;X…;D0 0 r c`, options
`O;L;D;V0;K47;G100 0.001`, column widths `F;W…`, then per row formats (`F;S…;Y…;X…`) and cells (`C;Y…;X…;K…`; Y only
when the row changes), strings in double quotes with `;` doubled, dates as serial numbers, `E` last. A French
reading group's tracker of vision papers (no hyperlinks in SYLK: URLs are plain cell text)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_encoded
from make_expected import F710, keys, LENET
import datetime


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


def serial(d):
    return (datetime.date(*d) - datetime.date(1899, 12, 30)).days


HEAD = ["Date", "Article", "Auteurs", "Lien", "Présente", "Statut", "Remarques", "Salle", "Participants", "Fichier des transparents"]
rows = [
 [(2024, 1, 17), T(LENET), au(LENET), "", "Mathilde", "fait", "Séance d'ouverture ; PDF dans le Drive (pas de version arXiv)", "B-117", 14, "seance01_ouverture.pdf"],
 [(2024, 1, 24), T("2004.08955"), au("2004.08955"), "arXiv:2004.08955", "Lucas", "fait", "Comparer avec nos ResNet-50 ; tableau 3 à refaire", "B-117", 11, "seance02_lucas.pptx"],
 [(2024, 1, 31), T("2104.00298"), au("2104.00298"), "https://arxiv.org/abs/2104.00298", "Inès", "fait", "Apprentissage progressif (taille d'image croissante)", "B-117", 12, "seance03_ines.pdf"],
 [(2024, 2, 7), T("2006.06882"), au("2006.06882"), "", "Hugo", "fait", "Pré-entraînement vs auto-entraînement sur COCO ; lien à ajouter", "Amphi C", 17, "seance04_hugo.pdf"],
 [(2024, 2, 14), "— vacances d'hiver —", "", "", "", "", "", "", "", ""],
 [(2024, 2, 21), T("2010.04159"), au("2010.04159"), "https://arxiv.org/pdf/2010.04159v4", "Camille", "fait", "Attention déformable multi-échelle ; convergence 10× plus rapide", "B-117", 13, "seance05_camille.key"],
 [(2024, 2, 28), T("2103.14167"), au("2103.14167"), "", "Lucas", "à préparer", "Correspondances denses ; voir avec l'équipe stéréo", "B-117", "", ""],
 [(2024, 3, 6), T("2103.14146"), au("2103.14146"), "", "Inès", "à préparer", "Détection de changements + description en langue naturelle", "B-117", "", ""],
 [(2024, 3, 13), T("2304.02643"), au("2304.02643"), "https://arxiv.org/abs/2304.02643", "Mathilde", "proposé", "Jeu de données SA-1B : 1,1 milliard de masques ; démo en ligne", "Amphi C", "", ""],
]
NOTES = [
 "Hors liste (ce ne sont pas des articles) :",
 "Bibliothèque detectron2 et MMDetection — pour les reproductions",
 "Cours CS231n (Stanford) — cours en ligne, chapitres 5 à 9",
 "Jeux de données : COCO 2017, ADE20K, ImageNet-1k (accès via le compte du labo)",
 "Billet de blog « Les transformers en vision, un an après » — lecture facultative",
 "Classement Papers with Code (détection COCO) — uniquement pour situer les chiffres",
 "Contact : groupe-vision@labo-image.example.fr ; salle B-117, mercredi 14h",
 "Règle : titre complet + auteurs + lien s'il existe ; pas de surnom seul dans la colonne Article",
 "Les transparents vont dans le dossier partagé Vision/Groupe-de-lecture/2024 (format PDF de préférence)",
 "Les séances ne sont pas enregistrées ; compte rendu rédigé par la personne suivante sur la liste",
 "Propositions pour avril : segmentation panoptique, détection sans ancres, distillation de modèles de vision",
 "Budget GPU pour les reproductions : 40 h par personne sur la partition gpu-court du cluster du labo",
 "Statuts possibles : proposé, puis à préparer, puis fait (ou annulé) ; ne pas effacer les lignes annulées",
 "Colonne Lien : URL complète de la page de résumé ou du PDF ; sinon laisser vide et noter où est le PDF",
 "Reproductions en cours : fine-tuning d'un détecteur sur nos images de drones (Camille), segmentation interactive (Mathilde)",
 "Outils : Weights & Biases pour les courbes, Label Studio pour l'annotation, DVC pour les versions de données",
 "Pot de fin de semestre : mercredi 26 juin, après la dernière séance — chacun apporte quelque chose",
 "Nouveaux venus : lire d'abord le guide du groupe (page wiki Groupe-de-lecture/Accueil) puis choisir une date libre",
 "Dernière mise à jour : 12/03/2024 (Mathilde) — ajout des salles et des fichiers",
]


def s(v):
    return '"' + v.replace(";", ";;") + '"'


nrows = 1 + len(rows) + 2 + len(NOTES)
ncols = len(HEAD)
out = ["ID;PWXL;N;E", "P;PGeneral", "P;P0", "P;P0.00", "P;P#,##0", "P;P#,##0.00", "P;P0%", "P;P0.00%",
       "P;Pdd/mm/yyyy", "P;Pdd/mm/yy;@", "P;Phh:mm", "P;P@",
       "P;FCalibri;M220;L9", "P;FCalibri;M220;L9", "P;FCalibri;M220;L9", "P;FCalibri;M220;L9",
       "P;ECalibri;M220;SB;L9", "P;ECalibri;M220;SI;L9", "P;ECalibri;M220;L13",
       "F;P0;DG0G8;M300", f"B;Y{nrows};X{ncols};D0 0 {nrows - 1} {ncols - 1}", "O;L;D;V0;K47;G100 0.001",
       "F;W1 1 11", "F;W2 2 62", "F;W3 3 34", "F;W4 4 34", "F;W5 5 10", "F;W6 6 11", "F;W7 7 60", "F;W8 8 9", "F;W9 9 12", "F;W10 10 28"]
for x, h in enumerate(HEAD, 1):
    out.append(f"F;SM4;Y1;X{x}" if x == 1 else f"F;SM4;X{x}")
    out.append(f"C;Y1;X{x};K{s(h)}" if x == 1 else f"C;X{x};K{s(h)}")
for y, r in enumerate(rows, 2):
    first = True
    for x, v in enumerate(r, 1):
        if v == "":
            continue
        yy = f"Y{y};" if first else ""
        if x == 1:
            out.append(f"F;P8;FG0G;{yy}X1")
            out.append(f"C;X1;K{serial(v)}")
        elif x == 4 and v.startswith("http"):
            out.append(f"F;SM6;{yy}X4")
            out.append(f"C;X4;K{s(v)}")
        elif isinstance(v, int):
            out.append(f"C;{yy}X{x};K{v}")
        else:
            out.append(f"C;{yy}X{x};K{s(v)}")
        first = False
ysum = 2 + len(rows)
out.append(f"F;SM4;Y{ysum};X8")
out.append(f'C;X8;K{s("Total")}')
out.append(f"C;X9;K{sum(r[8] for r in rows if isinstance(r[8], int))};ESUM(R2C9:R{ysum - 1}C9)")
y0 = ysum + 2
for i, n in enumerate(NOTES):
    if i == 0:
        out.append(f"F;SM4;Y{y0};X2")
        out.append(f"C;X2;K{s(n)}")
    else:
        out.append(f"C;Y{y0 + i};X2;K{s(n)}")
out.append("E")
text = "\r\n".join(out) + "\r\n"
plain = text.replace(";;", ";")
write_encoded(F710, text, "cp1252", keys(F710), forms=[plain])
