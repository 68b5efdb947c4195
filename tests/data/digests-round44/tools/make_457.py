#!/usr/bin/env python3
"""457: a reading plan pasted from a Moodle course page (French): course header, "Séance I" ... "Séance VI" with
dates "lundi 3 février 2025", tab-indented "Lecture obligatoire" / "Pour aller plus loin" lines, "Ressource" /
"Fichier" activity labels, "Marquer comme terminé", the Moodle footer. Sequence models and memory."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F457, keys, LSTM, CTC

t = T
text = f"""Aller au contenu principal
Tableau de bord\tMes cours\tMLSEQ-M2 — Modèles de séquences et mémoire (2024-2025)
Cours\tParamètres\tParticipants\tNotes\tRapports\tPlus

MLSEQ-M2 — Modèles de séquences et mémoire
Responsable : Hélène Marchetti-Vidal · Chargé de TD : Quentin Rabier
Semestre 2 · salle B-214 le lundi 14h00–16h00 · séminaire de lecture

Généralités
\tForum Annonces
\tForum
\tModalités de la lecture
\tPage
\tChaque séance, deux étudiant·e·s présentent l'article obligatoire (20 min + 10 min de questions). Les autres
\tlisent au moins l'introduction et la section expériences. Les articles « pour aller plus loin » ne sont pas
\tévalués. Merci d'écrire le titre complet des articles dans vos fiches, pas seulement « le papier HiPPO ».
\tMarquer comme terminé

Séance I — lundi 3 février 2025 — Récurrence : les origines
\tLecture obligatoire
\tS. Hochreiter & J. Schmidhuber, « {t(LSTM)} », Neural Computation 9(8), 1997.
\tPour aller plus loin
\tA. Graves et al., « {t(CTC)} », ICML 2006 (PDF sur la page de l'auteur, voir ci-dessous).
\tFichier
\tgraves_icml2006.pdf  412.3 Ko
\tRemarque : chapitre 10 du livre de Goodfellow, Bengio & Courville en complément (livre, non évalué).
\tMarquer comme terminé

Séance II — lundi 10 février 2025 — Mémoire continue et projections
\tLecture obligatoire
\t{t('2008.07669')}
\tURL
\thttps://arxiv.org/abs/2008.07669
\tPour aller plus loin
\tle dépôt state-spaces/s4 (code, non évalué) et le billet « The Annotated S4 » (blog).
\tMarquer comme terminé

Séance III — lundi 17 février 2025 — Attention linéaire
\tLecture obligatoire
\tKatharopoulos, Vyas, Pappas, Fleuret — {t('2006.16236')} (ICML 2020), arXiv:2006.16236
\tPour aller plus loin
\tHua, Dai, Liu, Le — « {t('2202.10447').lower()} », ICML 2022, actes PMLR vol. 162.
\tMarquer comme terminé

Séance IV — lundi 24 février 2025 — Mémoires externes et oubli
\tLecture obligatoire
\t{t('2010.06891')}
\tURL
\thttps://openreview.net/forum?id={OR('2010.06891')}
\tPour aller plus loin
\tSukhbaatar et al., « {t('2105.06548')} » (ICML 2021, proceedings.mlr.press).
\tMarquer comme terminé

Séance V — lundi 10 mars 2025 — Ce que regarde l'attention (après les vacances d'hiver)
\tLecture obligatoire
\tKobayashi, Kuribayashi, Yokoi, Inui : « {t('2004.10102')} », EMNLP 2020 (ACL Anthology).
\tPour aller plus loin
\tHsu et al., « {t('2106.07447')} », IEEE/ACM TASLP 2021 — pour faire le lien avec la séance I (CTC, parole).
\tMarquer comme terminé

Séance VI — lundi 17 mars 2025 — Successeurs du Transformer et efficacité
\tLecture obligatoire
\tSun et al., {t('2307.08621')} — arXiv:2307.08621 (2023)
\tPour aller plus loin
\tDao et al., {t('2205.14135')}
\tURL
\thttps://arxiv.org/pdf/2205.14135v2
\tTD associé : notebook « retention_vs_attention.ipynb » sur le GitLab du master (non évalué).
\tMarquer comme terminé

Évaluation
\tDevoir
\tFiche de lecture n°1 — à rendre avant le dimanche 23 février 2025, 23:59
\tDevoir
\tFiche de lecture n°2 — à rendre avant le dimanche 23 mars 2025, 23:59
\tMarquer comme terminé

Vous êtes connecté sous le nom « Camille Fournaise » (Déconnexion)
Accueil
Résumé de conservation de données
Obtenir l'app mobile
Fourni par Moodle
"""
write_only(F457, text, keys(F457))
