#!/usr/bin/env python3
"""678: a MyST Markdown page of a Jupyter Book (Jupyter Book 1.0 / MyST-Parser): YAML front matter, `(label)=`
targets, `{ref}` / `{doc}` / `{bdg-…}` roles, a ```{list-table} directive with :header-rows: / :widths: / :name:
options and `* - ` rows, colon-fence admonitions (:::{note} / :::{tip}), ```{admonition} with :class:, footnotes
`[^n]`, a ```{dropdown}, links as [text](url) and <url>; LF, final newline. A French lab's "awesome" page on efficient
attention and long context."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F678, keys


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


K = keys(F678)
rows = [
    (f"**{T('2302.10866')}**", au("2302.10866"), "2023", "[arXiv](https://arxiv.org/abs/2302.10866)",
     "Convolutions longues implicites à la place de l'attention ; {bdg-success}`lu`"),
    (f"**{T('2006.16236')}**", au("2006.16236"), "2020", "[arXiv](https://arxiv.org/abs/2006.16236)",
     "Noyau φ(x) = elu(x) + 1 ; relie attention causale et RNN. {bdg-success}`lu`"),
    (f"**{T('2202.10447')}**", au("2202.10447"), "2022", "arXiv:2202.10447",
     "GAU + attention par blocs ; pas de lien officiel vers le code. {bdg-warning}`à présenter`"),
    (f"**{T('2010.06891')}**", au("2010.06891"), "2020", f"[OpenReview](https://openreview.net/forum?id={OR('2010.06891')})",
     "Mémoire externe de taille fixe, lecture/écriture par attention. {bdg-warning}`à présenter`"),
    (f"**{T('2004.11886')}**", au("2004.11886"), "2020", "ICLR 2020",
     "Deux branches : convolution (local) + attention (global). {bdg-secondary}`en attente`"),
    (f"**{T('2001.04451')}**", au("2001.04451"), "2020", "ICLR 2020",
     "Hachage LSH + couches réversibles ; voir aussi la section {ref}`rappels-complexite`. {bdg-secondary}`en attente`"),
]
table = "```{list-table} Méthodes d'attention efficace (mise à jour : 14 mai 2024)\n:header-rows: 1\n:widths: 38 22 8 14 18\n:name: tab-attention-efficace\n\n"
table += "* - Article\n  - Auteurs\n  - Année\n  - Lien\n  - Notes\n"
for r in rows:
    table += "* - " + r[0] + "\n" + "".join("  - " + c + "\n" for c in r[1:])
table += "```\n"

tools = """```{list-table} Outils et ressources (pas des articles)
:header-rows: 1
:widths: 30 20 50
:name: tab-outils

* - Ressource
  - Type
  - Pourquoi
* - [xFormers](https://github.com/facebookresearch/xformers)
  - bibliothèque
  - Noyaux d'attention mémoire-efficaces, utilisés dans nos TP.
* - [FlashAttention (dépôt)](https://github.com/Dao-AILab/flash-attention)
  - bibliothèque
  - Le dépôt seulement ; l'article correspondant est dans la page {doc}`noyaux-gpu`.
* - [Long Range Arena](https://github.com/google-research/long-range-arena)
  - benchmark
  - Six tâches de 1K à 16K jetons ; nos scripts sont dans `benchmarks/lra/`.
* - [RULER](https://github.com/NVIDIA/RULER)
  - benchmark
  - Tâches synthétiques de contexte long (aiguille dans une botte de foin, etc.).
* - [« The Illustrated Transformer »](https://jalammar.github.io/illustrated-transformer/)
  - billet de blog
  - Pour les nouveaux arrivants du master.
* - [Cours « Efficient ML » (MIT 6.5940)](https://efficientml.ai/)
  - cours
  - Chapitres 12–13 sur les transformeurs efficaces.
```
"""

page = f"""---
title: Attention efficace et contexte long — liste de lecture
short_title: Attention efficace
authors:
  - name: Équipe SÉQUENCES
    affiliations:
      - Laboratoire d'informatique de Grandval-sur-Loire
date: 2024-05-14
keywords: [attention, transformeurs, contexte long, mémoire]
license: CC-BY-4.0
---

(liste-attention-efficace)=
# Attention efficace et contexte long

:::{{note}}
Cette page fait partie du livre « Lectures de l'équipe SÉQUENCES », construit avec Jupyter Book
(`jupyter-book build lectures/`). Pour proposer un article, ouvrez une *merge request* sur
<https://forge.grandval.example.fr/sequences/lectures> en modifiant `chapitres/attention-efficace.md`.
:::

Le séminaire du jeudi (salle B-204, 10 h 30) suit cette page dans l'ordre. Les statuts sont indiqués par des
badges : {{bdg-success}}`lu`, {{bdg-warning}}`à présenter`, {{bdg-secondary}}`en attente`.

(rappels-complexite)=
## Rappels : pourquoi l'attention coûte cher

Pour une séquence de longueur $n$ et une dimension $d$, l'attention standard coûte $O(n^2 d)$ en temps et
$O(n^2)$ en mémoire[^memoire]. Les méthodes de la {{numref}}`tab-attention-efficace` réduisent l'un ou l'autre,
souvent au prix d'une approximation.

```{{math}}
:label: eq-attention
\\mathrm{{Attn}}(Q, K, V) = \\mathrm{{softmax}}\\left(\\frac{{QK^\\top}}{{\\sqrt{{d}}}}\\right) V
```

Voir l'équation {{eq}}`eq-attention` et le carnet `notebooks/complexite.ipynb` pour les mesures sur nos GPU.

(methodes)=
## Méthodes

{table}
:::{{tip}}
Pour « {T('2202.10447')} », l'identifiant arXiv:2202.10447 suffit : le PDF est dans Zotero (groupe
*SÉQUENCES*), collection « attention ».
:::

(contexte-long)=
## Contexte long : ce que les modèles font vraiment de leur fenêtre

- **{T('2307.03172')}** — {au('2307.03172')}, 2023. <https://arxiv.org/abs/2307.03172>
  La fameuse courbe en U : l'information au milieu du contexte est moins bien utilisée.
  {{bdg-success}}`lu`
- Notre reproduction sur des documents juridiques français est décrite dans {{doc}}`../experiences/milieu-du-contexte`
  (ce n'est pas un article, juste un compte rendu interne).

(panoramas)=
## Panoramas

```{{admonition}} À lire en premier
:class: seealso

*{T('2103.14636')}* ({au('2103.14636', 3)}) — un bon point d'entrée avant les articles de la
{{numref}}`tab-attention-efficace`. Le PDF est dans le dossier partagé ; le lien sera ajouté plus tard.
```

```{{dropdown}} Pourquoi pas d'autres panoramas ?
Nous avons écarté les billets de blog et les fils de discussion : ils vieillissent vite. Les panoramas de
2023–2024 sur les modèles à espace d'états seront traités dans la page {{doc}}`ssm`.
```

(ressources)=
## Ressources

{tools}
(historique)=
## Historique de la page

| Date | Modification | Par |
|---|---|---|
| 2024-03-07 | création de la page | Margaux Lefèvre |
| 2024-04-18 | ajout de la section contexte long | Yanis Benali |
| 2024-05-14 | statuts mis à jour après la séance 9 | Margaux Lefèvre |

[^memoire]: En pratique, les implémentations récentes évitent de matérialiser la matrice $n \\times n$, mais le coût
    en calcul reste quadratique.
"""
write_only(F678, page, K)
