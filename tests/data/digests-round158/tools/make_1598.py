#!/usr/bin/env python3
"""1598: an awesome-list README kept on gitlab.inria.fr (Inria's GitLab instance), French: title with the awesome badge,
pipeline and licence badges, a table of contents with GitLab anchors (accents kept), paper items as Markdown links,
a software table, data sets, courses, contributing, licence. An invented team's project."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LENET
F = by_num(1598)
GROUP, PROJ = "ecume", "awesome-vision-robuste"
BASE = f"https://gitlab.inria.fr/{GROUP}/{PROJ}"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


heads = ["Pourquoi cette liste ?", "Architectures", "Robustesse et généralisation", "Classiques", "Code et bibliothèques",
         "Jeux de données", "Cours et tutoriels", "Contribuer", "Licence"]
toc = "\n".join(f"- [{h}](#{slug(h)})" for h in heads)
out = f"""# Awesome vision robuste [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main) [![Licence: CC0-1.0](https://img.shields.io/badge/licence-CC0--1.0-lightgrey.svg)](https://creativecommons.org/publicdomain/zero/1.0/deed.fr)

> Une sélection commentée d'articles, de code et de données sur les architectures de vision et leur robustesse,
> tenue par l'équipe ÉCUME pour le groupe de lecture du jeudi (salle F107, 14 h). Les propositions sont les bienvenues.

```bash
git clone https://gitlab.inria.fr/{GROUP}/{PROJ}.git
cd {PROJ}
```

## Sommaire

{toc}

## Pourquoi cette liste ?

Chaque nouveau doctorant nous demande « par où commencer ? ». Cette liste répond à cette question pour la vision :
d'abord les architectures, ensuite ce qui casse quand la distribution change. Les articles marqués ⭐ sont lus en
séance ; les autres sont facultatifs. Un lien arXiv ou OpenReview est donné quand il existe.

## Architectures

- [{T('2010.11929')}](https://openreview.net/forum?id={OR('2010.11929')}) — ⭐ le ViT, version ICLR 2021 avec les discussions des relecteurs.
- [{T('2103.14030')}](https://arxiv.org/abs/2103.14030v2) — ⭐ fenêtres décalées, hiérarchie de cartes de caractéristiques ; la base de beaucoup de détecteurs.
- [{T('2201.03545')}](https://arxiv.org/pdf/2201.03545.pdf) — ConvNeXt : un ResNet « modernisé » pas à pas qui rattrape Swin.
- **{T('2104.00298')}** — EfficientNetV2, pour qui a peu de GPU (pas de lien : PDF dans le dossier partagé de l'équipe).

## Robustesse et généralisation

- [{T('2103.14586')}](https://arxiv.org/abs/2103.14586) — ⭐ ViT contre ResNet face aux perturbations et aux attaques.
- **{T('2004.07780')}** — article de synthèse (Nature Machine Intelligence, 2020) ; à lire avant tout le reste de cette section.
- {T('2010.08515')} (arXiv:2010.08515) — pourquoi l'invariance par translation aide : une réponse théorique.

## Classiques

- **{T(LENET)}** — LeCun et al., Proceedings of the IEEE, 1998. LeNet-5 et les réseaux convolutifs, à l'origine de tout.

## Code et bibliothèques

| Projet | Langage | Usage |
| --- | --- | --- |
| timm (PyTorch Image Models) | Python | poids pré-entraînés ViT, Swin, ConvNeXt |
| torchvision | Python | modèles de référence et transformations |
| robustness (MadryLab) | Python | entraînement adversarial |
| ImageNet-C tools | Python | génération des corruptions |

## Jeux de données

- ImageNet-C, ImageNet-R et ImageNet-Sketch : versions corrompues ou stylisées d'ImageNet pour mesurer la robustesse.
- WILDS : décalages de distribution « en conditions réelles ».
- Jeux internes de l'équipe : voir le wiki du projet ({BASE}/-/wikis/home), accès sur demande.

## Cours et tutoriels

- CS231n (Stanford) — notes de cours sur les réseaux convolutifs.
- Tutoriel « Robustness in deep learning » de la conférence RFIAP 2024 (vidéo).
- Séminaire interne du jeudi : planning dans {BASE}/-/issues.

## Contribuer

Ouvrez une *merge request* en ajoutant une ligne par article, au format
`- [Titre exact](lien arXiv ou OpenReview) — une phrase de commentaire.` Gardez l'ordre de la section et vérifiez que
le pipeline (vérification des liens) passe au vert.

## Licence

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/deed.fr)

Dans la mesure permise par la loi, les auteurs de cette liste ont renoncé à leurs droits d'auteur et droits voisins.
"""
write_only(F, out, keys(F))
