#!/usr/bin/env python3
"""344: the scoping note ("note de cadrage") of an industrial R&D project, kept as Markdown in the project's GitLab
repository (`docs/note-de-cadrage.md`): LF, final newline, GitLab-flavoured Markdown. French (the company, the plant
and the people are invented). What such a note has: a title, a version table (version, date, auteur, modification;
versions ascending, dates not decreasing), sections "## 1." … numbered in order (contexte, objectifs, périmètre et
hors périmètre, état de l'art, jalons, risques), the state of the art citing [n] in order of first use, the
milestones table (J1…, dates ascending, effort in jours-homme) with its total, and "## Références". Papers: the
references — an arXiv abs URL and a pdf URL and an OpenReview forum URL (link), "arXiv:ID" (arxiv-text), title and
venue (title-only); OpenFOAM, PyTorch Geometric and the plant's data are not papers."""
import os, sys
from datetime import date
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, surname, write_only
from make_expected import F344, keys


def au(k):
    a = CAT[k]["authors"]
    return (surname(a[0]) + " et al.") if len(a) > 2 else " et ".join(surname(x) for x in a)


REFS = [("2010.08895", "ICLR 2021. https://arxiv.org/abs/2010.08895"), ("2010.03409", "ICLR 2021"),
        ("2106.05234", "NeurIPS 2021"), ("2111.04263", "ICLR 2021. arXiv:2111.04263"), ("2007.01434", "ICLR 2021"),
        ("2004.07780", "Nature Machine Intelligence 2, 2020"), ("2103.13646", f"WACV 2022. https://openreview.net/forum?id={OR('2103.13646')}"),
        ("2006.05929", "ICLR 2021"), ("2104.00298", "ICML 2021. arXiv:2104.00298"), ("1912.11370", "ECCV 2020"),
        ("2010.04159", "ICLR 2021"), ("1711.05101", "ICLR 2019"), ("2010.01412", "ICLR 2021. https://arxiv.org/pdf/2010.01412")]
N = {k: i for i, (k, _) in enumerate(REFS, 1)}
c = lambda *ks: "".join(f"[{N[k]}]" for k in ks)
VERS = [("0.1", date(2024, 1, 15), "C. Lefèvre", "Première version"), ("0.2", date(2024, 1, 29), "C. Lefèvre", "Retours de l'équipe qualité"),
        ("1.0", date(2024, 2, 6), "C. Lefèvre, M. Girard", "Validée en comité de pilotage")]
JAL = [("J1", date(2024, 3, 29), "Données : export de 18 mois de mesures et d'images des trois sites", 25),
       ("J2", date(2024, 5, 31), "Preuve de concept du substitut (opérateur de Fourier sur le profil thermique)", 40),
       ("J3", date(2024, 7, 12), "Inspection visuelle : détecteur entraîné sur le site de Dunkerque", 35),
       ("J4", date(2024, 10, 4), "Apprentissage fédéré sur les trois sites, évaluation hors distribution", 45),
       ("J5", date(2024, 11, 29), "Bilan, recommandation go / no go", 10)]
L = ["# Note de cadrage — projet JUMEAU (jumeau numérique de la ligne de laminage)", "",
     "| Version | Date | Auteur | Modification |", "|---|---|---|---|"]
L += [f"| {v} | {d.strftime('%d/%m/%Y')} | {a} | {m} |" for v, d, a, m in VERS]
L += ["", "## 1. Contexte", "",
      "Les trois sites de laminage (Dunkerque, Fos-sur-Mer, Florange) simulent aujourd'hui le refroidissement des bobines "
      "avec OpenFOAM : une simulation prend 6 à 8 heures, ce qui interdit tout usage en ligne. Les défauts de surface sont "
      "contrôlés à l'œil sur un échantillon de bobines.", "",
      "## 2. Objectifs", "",
      "- remplacer la simulation par un modèle substitut appris, 1000 fois plus rapide, erreur < 5 °C ;",
      "- détecter automatiquement les défauts de surface sur les images des caméras de fin de ligne ;",
      "- entraîner les modèles sans centraliser les données des sites (contrainte juridique).", "",
      "## 3. Périmètre", "", "**Dans le périmètre** : refroidissement des bobines, défauts de surface visibles.", "",
      "**Hors périmètre** : laminage à froid, maintenance prédictive (projet MAINT-2).", "",
      "## 4. État de l'art", "",
      f"Pour le substitut, les opérateurs neuronaux {c('2010.08895')} apprennent directement la solution d'une famille "
      f"d'EDP ; les réseaux de graphes sur maillage {c('2010.03409')} conviennent mieux aux géométries irrégulières, et "
      f"les Transformers sur graphes {c('2106.05234')} sont une alternative à tester avec PyTorch Geometric.", "",
      f"Comme les données ne peuvent pas quitter les sites, nous partons de {T('2111.04263')} {c('2111.04263')}. "
      f"L'évaluation entre sites suivra le protocole de {T('2007.01434')} {c('2007.01434')} ; le risque que le modèle "
      f"s'appuie sur des indices propres à un site est bien décrit dans {T('2004.07780')} {c('2004.07780')}. Les "
      f"annotations des opérateurs étant bruitées, la méthode Contrast to Divide {c('2103.13646')} sera évaluée, ainsi "
      f"que la condensation de données {c('2006.05929')} pour limiter le volume échangé entre sites.", "",
      f"Pour l'inspection visuelle : EfficientNetV2 {c('2104.00298')} et BiT {c('1912.11370')} comme extracteurs, "
      f"Deformable DETR {c('2010.04159')} comme détecteur, entraînés avec AdamW {c('1711.05101')} et SAM {c('2010.01412')}.", "",
      "## 5. Jalons", "", "| Jalon | Date | Livrable | Charge (j·h) |", "|---|---|---|---|"]
L += [f"| {j} | {d.strftime('%d/%m/%Y')} | {t} | {n} |" for j, d, t, n in JAL]
L += [f"| **Total** | | | **{sum(n for *_, n in JAL)}** |", "",
      "## 6. Risques", "",
      "1. Qualité des annotations de défauts (variabilité entre opérateurs).",
      "2. Accès réseau aux serveurs des sites pour l'apprentissage fédéré.",
      "3. Écart entre simulation et mesures réelles sur le site de Florange.", "",
      "## Références", ""]
L += [f"{i}. {au(k)}, *{T(k)}*, {v}." for i, (k, v) in enumerate(REFS, 1)]
write_only(F344, "\n".join(L) + "\n", keys(F344))
