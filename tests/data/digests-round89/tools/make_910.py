#!/usr/bin/env python3
"""910: the reStructuredText source of a Nikola blog post (`posts/lectures-mars-2024-diffusion.rst`) on a French PhD
student's blog: Nikola's metadata as reST comments at the top (`.. title:`, `.. slug:`, `.. date:` with its UTC
offset, `.. updated:`, `.. tags:`, `.. category:`, `.. link:`, `.. description:`, `.. type: text`, `.. author:`),
a blank line, then reST: `.. TEASER_END`, sections underlined with `-` and `~` (as long as their titles), emphasis,
an attributed block quote, an enumerated list, anonymous hyperlinks `` `text <url>`__ ``, Nikola's magic links
`link://slug/…`, an `image` directive, a `list-table`, Nikola's `youtube` directive and an auto-numbered footnote
`[#ddim]_`. LF, a final newline. Two blog posts, a library, a talk video and the February post are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(910)
K = dict(beat="2105.05233", sdxl="2307.01952", ddim="2010.02502", sde="2011.13456", neq="1503.03585",
         gan="1406.2661", ncsn="1907.05600", dalle2="2204.06125")


def sec(title, ch):
    return f"{title}\n{ch * len(title)}"


text = f""".. title: Lectures de mars : modèles de diffusion et modèles à score
.. slug: lectures-mars-2024-diffusion
.. date: 2024-03-10 18:30:00 UTC+01:00
.. updated: 2024-03-12 09:05:00 UTC+01:00
.. tags: diffusion, modèles génératifs, groupe de lecture
.. category: lectures
.. link: 
.. description: Huit articles pour comprendre d'où viennent les modèles de diffusion, avec mes notes de lecture.
.. type: text
.. author: Camille Durand

Ce mois-ci, le groupe de lecture de l'équipe (salle 2.14, le jeudi à 17 h) a consacré trois séances aux modèles
de diffusion. Voici ma liste commentée, dans l'ordre où je conseille de les lire. Les séances de février sont
résumées dans `le billet précédent <link://slug/lectures-fevrier-2024>`__.

.. TEASER_END

{sec("Avant la diffusion", "-")}

{sec("Le point de départ adversarial", "~")}

On a commencé par un retour aux sources : Goodfellow et al., *{T(K['gan'])}* (NIPS 2014). Le jeu
minimax entre générateur et discriminateur reste la meilleure porte d'entrée pour comprendre ce que la diffusion
cherche à éviter : l'instabilité de l'entraînement et l'effondrement des modes. Pas de lien, tout le monde l'a déjà
dans son Zotero.

{sec("Les modèles à score", "~")}

    « {T(K['ncsn'])} »

    -- Yang Song et Stefano Ermon, NeurIPS 2019

C'est l'article qui m'a fait comprendre l'idée de *score* : on apprend le gradient du log de la densité à plusieurs
niveaux de bruit, puis on échantillonne avec une dynamique de Langevin recuite. Le billet de blog de Yang Song
(`Generative Modeling by Score Functions <https://yang-song.net/blog/2021/score/>`__, un billet, pas un article)
est plus lisible que l'article lui-même.

{sec("Les articles fondateurs", "-")}

1. **{T(K['neq'])}** — Sohl-Dickstein, Weiss, Maheswaranathan et Ganguli,
   ICML 2015 (arXiv:1503.03585). Tout est déjà là en 2015 : un processus direct qui détruit lentement la structure
   des données et un processus inverse appris. Personne ne l'a remarqué pendant cinq ans.
2. `{T(K['ddim'])} <https://openreview.net/forum?id=St1giarCHLP>`__ — Song, Meng et Ermon, ICLR 2021.
   Même entraînement que DDPM (Ho et al.), mais un échantillonnage non markovien et déterministe, 10 à 50 fois
   plus rapide [#ddim]_.
3. `{T(K['sde'])} <https://openreview.net/forum?id=PxTIG12RRHS>`__ —
   l'article qui unifie les deux familles : la diffusion est la discrétisation d'une EDS (équation différentielle
   stochastique), et l'échantillonnage revient à résoudre l'EDS inverse. Lire aussi les discussions avec les
   relecteurs sur OpenReview.

.. image:: /images/2024/diffusion-schema.png
   :alt: Schéma du processus direct et inverse
   :align: center

{sec("Passer à l'échelle", "-")}

.. list-table::
   :header-rows: 1
   :widths: 40 15 45

   * - Article
     - Lien
     - Ce que j'en retiens
   * - {T(K['beat'])}
     - `arXiv <https://arxiv.org/abs/2105.05233>`__
     - architecture U-Net revue et guidage par classifieur
   * - {T(K['dalle2'])}
     - —
     - DALL·E 2 : un *prior* vers les plongements d'images CLIP, puis un décodeur de diffusion
   * - {T(K['sdxl'])}
     - `PDF <https://arxiv.org/pdf/2307.01952>`__
     - U-Net trois fois plus gros, deux encodeurs de texte, conditionnement sur la taille

Pour SDXL, les poids et le code d'inférence passent par la bibliothèque
`diffusers <https://github.com/huggingface/diffusers>`__ (une bibliothèque, pas un article) ; Mehdi a fait
tourner l'échantillonneur sur la machine de l'équipe avec 24 Go de mémoire sans difficulté.

{sec("Pour aller plus loin", "-")}

- Le billet de Lilian Weng, `What are Diffusion Models?
  <https://lilianweng.github.io/posts/2021-07-11-diffusion-models/>`__, reste la meilleure synthèse des notations
  (c'est un billet de blog).
- La conférence filmée que Léa nous a recommandée pendant la dernière séance :

.. youtube:: x6Mv3LpWg0Q
   :align: center

Prochaine séance le 21 mars : on attaque le guidage sans classifieur et les modèles latents. Les propositions
d'articles se font sur le pad de l'équipe.

.. [#ddim] L'accélération vient du fait que le processus génératif peut sauter des pas : on échantillonne sur
   une sous-suite de 20 à 100 instants au lieu des 1000 de l'entraînement.
"""
write_only(F, text, keys(F))
