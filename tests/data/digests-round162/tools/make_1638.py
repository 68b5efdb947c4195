#!/usr/bin/env python3
"""1638: README.md of an awesome list kept on gitlab.epfl.ch (EPFL's GitLab instance) by an invented lab group, French:
title with the awesome badge, pipeline / licence badges on the project, GitLab's [[_TOC_]] macro instead of a
hand-written table of contents, a clone block, paper items as Markdown links with authors and a French comment, a
<details> block, a table of French models, tools, data, courses, a contributing section and the licence."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(1638)
G, P = "lia-nlp", "awesome-grands-modeles-de-langue"
U = f"https://gitlab.epfl.ch/{G}/{P}"
text = f"""# Awesome grands modèles de langue [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({U}/badges/main/pipeline.svg)]({U}/-/commits/main)
[![Licence: CC0-1.0](https://img.shields.io/badge/licence-CC0--1.0-lightgrey.svg)]({U}/-/blob/main/LICENSE)

Une liste commentée d'articles, d'outils et de ressources sur les grands modèles de langue (LLM), tenue par le groupe de
lecture NLP du laboratoire. Les commentaires sont en français ; les titres des articles restent en anglais.

> **Note :** cette liste sert surtout à préparer les séances du groupe de lecture (le jeudi, 12h15, salle BC 229).
> Pour proposer un article, ouvrez une *merge request* (voir [Contribuer](#contribuer)).

[[_TOC_]]

## Utilisation

```bash
git clone https://gitlab.epfl.ch/{G}/{P}.git
cd {P}
```

Le fichier `liste.bib` contient les entrées BibTeX de tous les articles ci-dessous ; il est régénéré par la CI à chaque
*push* sur `main`.

## Articles fondateurs

- **{T(GPT1)}** — Radford, Narasimhan, Salimans et Sutskever, 2018. Le premier GPT : pré-entraînement génératif puis
  *fine-tuning* supervisé. Rapport technique d'OpenAI, jamais soumis sur arXiv.
- [{T('2003.10555')}](https://arxiv.org/abs/2003.10555) — Clark, Luong, Le et Manning, 2020. ELECTRA remplace le
  masquage par une tâche de détection de jetons remplacés ; très efficace à petit budget.
- [{T('1907.11692')}](https://arxiv.org/abs/1907.11692v1) — Liu et al., 2019. Même architecture que BERT, mais plus
  de données et un entraînement mieux réglé.

## Passage à l'échelle

- [{T('2005.14165')}](https://arxiv.org/pdf/2005.14165v4.pdf) — Brown et al., 2020. GPT-3 et l'apprentissage en
  contexte (*in-context learning*).
- **{T('2205.01068')}** (arXiv:2205.01068) — Zhang et al., 2022. Réplique ouverte de GPT-3 avec le journal de bord
  de l'entraînement, à lire pour les difficultés pratiques.
- [{T('2302.13971')}](https://arxiv.org/abs/2302.13971) — Touvron et al., 2023. Des modèles de 7 à 65 milliards de
  paramètres entraînés uniquement sur des données publiques.

<details>
<summary>Pourquoi pas PaLM, Chinchilla, Mistral ?</summary>

Ils sont au programme du semestre prochain. Les poids de Mistral 7B et de Mixtral sont disponibles sous licence
Apache 2.0 sur Hugging Face, voir la section [Outils](#outils).

</details>

## Alignement et génération

- **{T('2203.02155')}** — Ouyang et al., 2022 (InstructGPT). RLHF en trois étapes : SFT, modèle de récompense, PPO.
- **{T('1904.09751')}** — Holtzman et al., ICLR 2020. Pourquoi la recherche en faisceau produit du texte répétitif, et
  l'échantillonnage *nucleus* (top-p).

## Modèles pour le français

| Modèle | Type | Paramètres | Licence |
| --- | --- | --- | --- |
| CamemBERT | encodeur | 110 M | MIT |
| FlauBERT | encodeur | 138 M | MIT |
| CroissantLLM | décodeur | 1,3 G | MIT |
| Lucie-7B | décodeur | 7 G | Apache 2.0 |

## Outils

- [Hugging Face Transformers](https://github.com/huggingface/transformers) — la bibliothèque de référence.
- [vLLM](https://github.com/vllm-project/vllm) — inférence rapide ; installé sur le cluster Izar.
- [lm-evaluation-harness](https://github.com/EleutherAI/lm-evaluation-harness) — évaluation sur les benchmarks usuels.

## Données et cours

- [OSCAR](https://oscar-project.org) — corpus web multilingue, dont une grande partie en français.
- Cours EPFL CS-552 *Modern Natural Language Processing* (supports sur Moodle).
- [Stanford CS324](https://stanford-cs324.github.io/winter2022/) — *Large Language Models*, notes de cours en ligne.

## Contribuer

1. Créez une branche à partir de `main`.
2. Ajoutez l'article dans la bonne section, au format `- [Titre](lien) — Auteurs, année. Commentaire.`
3. Ajoutez l'entrée correspondante dans `liste.bib`.
4. Ouvrez une *merge request* et assignez-la à @m.favre.

## Licence

[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/) — dans la mesure permise par la loi, les auteurs
renoncent à leurs droits sur cette liste.
"""
write_only(F, text, keys(F))
