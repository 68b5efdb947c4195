#!/usr/bin/env python3
"""1838: an awesome-list README.md of a project on gitlab.in2p3.fr (the GitLab of CNRS/IN2P3), French: the awesome
badge, GitLab's pipeline badge, «[[_TOC_]]», Markdown tables «| Article | Lieu | Année | Code | Remarque |», a GitLab
alert, a <details> block, a footnote, contribution notes with an issue, a merge request, a label and handles, the
licence. The group «atelier-ia», the project, the handles and the date are invented; the repositories neuraloperator,
deepmind-research (meshgraphnets), alphafold and Megatron-LM on GitHub, the «Physics-based Deep Learning» online
book, NVIDIA PhysicsNeMo's docs, PyTorch Geometric and the IML working group's talks appear as what they are.
Computed: the project URLs and badges, the French date, the table rows from one list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1838)
G, P = "atelier-ia", "awesome-ml-physique"
URL = f"https://gitlab.in2p3.fr/{G}/{P}"
HEAD = "| Article | Lieu | Année | Code | Remarque |"
SEP = "| --- | --- | --- | --- | --- |"


def row(title, url, venue, year, repo, note):
    t = f"[{title}]({url})" if url else title
    c = f"[{repo.split('/')[-1]}](https://github.com/{repo})" if repo else "—"
    return f"| {t} | {venue} | {year} | {c} | {note} |"


S1 = [row(T("2010.08895"), "https://arxiv.org/pdf/2010.08895v3", "ICLR", 2021, "neuraloperator/neuraloperator",
          "Le point de départ pour les EDP ; très bon sur Navier–Stokes 2D."),
      row(T("2010.03409"), "https://arxiv.org/abs/2010.03409v4", "ICLR", 2021, "google-deepmind/deepmind-research",
          "Simulation sur maillages ; le code est dans le dossier meshgraphnets."),
      row(ALPHAFOLD, None, "Nature", 2021, "google-deepmind/alphafold",
          "Hors de notre domaine, mais l'exemple à citer dans toute demande de financement.")]
S2 = [row(T("1701.06538"), f"https://openreview.net/forum?id={OR('1701.06538')}", "ICLR", 2017, None,
          "La couche MoE d'origine, avec le routage top-k bruité."),
      row(T("2006.16668"), "http://arxiv.org/abs/2006.16668", "ICLR", 2021, None,
          "Le MoE à 600 milliards de paramètres ; utile pour l'annotation automatique du parallélisme."),
      row(T("1909.08053"), None, "Prépublication", 2019, "NVIDIA/Megatron-LM",
          "Parallélisme de tenseurs ; arXiv:1909.08053, pas d'actes.[^cc]")]
out = f"""# Awesome ML pour la physique [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({URL}/badges/main/pipeline.svg)]({URL}/-/commits/main)

Liste de lectures de l'atelier IA du laboratoire : apprentissage automatique pour la simulation et les données de
physique, et ce qu'il faut savoir pour entraîner de gros modèles sur le centre de calcul. Mis à jour le 3 juin 2025.

[[_TOC_]]

## Opérateurs neuronaux et simulation

{HEAD}
{SEP}
""" + "\n".join(S1) + f"""

> [!note]
> Pour le raisonnement quantitatif (problèmes d'examen de physique résolus par un modèle de langue), lire aussi
> {T('2206.14858')} — à discuter à la séance de juillet.

## Passage à l'échelle

{HEAD}
{SEP}
""" + "\n".join(S2) + f"""

La version « pratique » du MoE distribué est décrite en détail ici : https://arxiv.org/pdf/2006.16668.pdf (section 3).

## Apprentissage fédéré entre expériences

Plusieurs collaborations ne peuvent pas partager leurs données brutes. Point de départ proposé par @mlefevre :
{T('2111.04263')}, avec une régularisation dynamique qui corrige la dérive des clients.

<details>
<summary>Pourquoi pas simplement FedAvg ?</summary>

Avec des données très hétérogènes d'un détecteur à l'autre, la moyenne simple diverge ; voir la discussion dans
l'issue #12.

</details>

## Autres ressources

- Le livre en ligne « Physics-based Deep Learning » (Thuerey et al.) : https://physicsbaseddeeplearning.org/
- La documentation de NVIDIA PhysicsNeMo : https://docs.nvidia.com/physicsnemo/
- PyTorch Geometric pour les réseaux de graphes : https://github.com/pyg-team/pytorch_geometric
- Les exposés du groupe de travail IML au CERN (vidéos sur Indico).

## Contribuer

Ouvrez une merge request (voir !8 pour un exemple) avec le label ~lecture. Une ligne par article, lien vers la page
d'arXiv ou d'OpenReview quand elle existe. Relecture : @mlefevre ou @pgarnier.

[^cc]: Le centre de calcul propose des nœuds GPU ; demander l'accès à @pgarnier avant de lancer un entraînement.

## Licence

CC BY 4.0 — contenu de la liste seulement.
"""
write_only(F, out, keys(F))
