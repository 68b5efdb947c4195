#!/usr/bin/env python3
"""629: a Racket Scribble document (`#lang scribble/manual`) with scriblib/autobib citations: define-cite, make-bib
entries (#:title, #:author (authors … (other-authors)), #:date, #:location (proceedings-location / techrpt-location),
#:url, #:note), @~cite[…] / @citet[…] in the text, @section, @itemlist, @tabular, @racketblock, @margin-note,
@hyperlink, @"@" escapes, and @(generate-bibliography). French lecture notes on efficient attention and long
documents."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F629, keys


def auth(k):
    a = CAT[k]["authors"]
    s = " ".join(f'"{x}"' for x in a[:3])
    return f"(authors {s}{' (other-authors)' if len(a) > 3 else ''})"


def bib(name, k, date, loc=None, url=None, note=None):
    out = f'@(define {name}\n   (make-bib #:title "{T(k)}"\n             #:author {auth(k)}\n             #:date "{date}"'
    if loc: out += f"\n             #:location {loc}"
    if url: out += f'\n             #:url "{url}"'
    if note: out += f'\n             #:note "{note}"'
    return out + "))\n"


bibs = (
    bib("child2019", "1904.10509", 2019, url="https://arxiv.org/abs/1904.10509")
    + bib("wang2020", "2006.04768", 2020, url="https://arxiv.org/pdf/2006.04768.pdf")
    + bib("beltagy2020", "2004.05150", 2020, loc='(techrpt-location #:institution "arXiv" #:number "arXiv:2004.05150")')
    + bib("choromanski2021", "2009.14794", 2021, loc='(proceedings-location "ICLR")', url="https://openreview.net/forum?id=Ua6zuk0WRH")
    + bib("peng2021", "2103.02143", 2021, loc='(proceedings-location "ICLR")', note="PDF sur le Moodle du cours")
    + bib("tay2021synth", "2005.00743", 2021, loc='(proceedings-location "ICML")')
    + bib("tay2021lra", "2011.04006", 2021, loc='(proceedings-location "ICLR")', note="benchmark ; voir aussi le TP 4")
    + bib("dai2020", "2006.03236", 2020, loc='(proceedings-location "NeurIPS")', url="https://arxiv.org/abs/2006.03236")
)

text = r'''#lang scribble/manual
@; Cours « Apprentissage profond pour le texte » — M2 Informatique, Université de Brévaux (fictive)
@; Compilation : raco scribble --html --dest build/ seance07.scrbl
@(require scriblib/autobib
          scriblib/footnote
          scribble/core
          (for-label racket/base))

@(define-cite ~cite citet generate-bibliography #:style author+date-style)

''' + bibs + r'''
@title[#:tag "seance-07" #:version "2024-03"]{Séance 7 : attention efficace et documents longs}
@author[@author+email["Claire Vannier" "c.vannier@univ-brevaux.example"]]

@margin-note{Ces notes remplacent la version de l'an dernier. Les exercices du TP 4 sont sur le Moodle, pas ici.}

Le coût de l'auto-attention est quadratique en la longueur @italic{n} de la séquence : la matrice
des scores a @italic{n}×@italic{n} entrées. Pour @italic{n} = 16 384, c'est déjà plus de 268 millions
de scores par tête et par couche. Cette séance passe en revue les grandes familles de solutions.
Pour toute question, écrivez à @tt{c.vannier@"@"univ-brevaux.example} ou passez au bureau B-214
le jeudi.

@section[#:tag "motif"]{Attention à motif fixe (creuse)}

L'idée la plus simple : ne calculer qu'une partie des scores. @citet[child2019] factorisent
l'attention en motifs « strided » et « fixed », ce qui ramène le coût à @italic{O}(@italic{n}√@italic{n}).
L'article @italic{Longformer: The Long-Document
Transformer} @~cite[beltagy2020] combine une fenêtre glissante locale et quelques jetons globaux
(par exemple @tt{[CLS]}), ce qui donne un coût linéaire et fonctionne bien pour la classification
de documents longs et le question-réponse.

@itemlist[
  @item{fenêtre locale de taille @italic{w} : coût @italic{O}(@italic{n·w}) ;}
  @item{fenêtre dilatée : champ réceptif plus grand à coût égal ;}
  @item{attention globale sur quelques positions choisies à la main.}
]

@section[#:tag "lineaire"]{Approximations de bas rang et noyaux}

@citet[wang2020] observent que la matrice d'attention est approximativement de bas rang et projettent
clés et valeurs sur @italic{k} ≪ @italic{n} dimensions. Les méthodes à noyau remplacent l'exponentielle
du softmax par un produit scalaire de caractéristiques aléatoires : @~cite[choromanski2021] (FAVOR+,
caractéristiques positives orthogonales) et @~cite[peng2021], qui ajoute un mécanisme de porte
(« gating ») pour l'oubli. @citet[tay2021synth] vont plus loin et se demandent si les interactions
requête–clé sont vraiment nécessaires.

@racketblock[
(code:comment "coût mémoire approximatif (en Mo) d'une carte d'attention en float16")
(define (attn-mb n tetes)
  (/ (* n n tetes 2) (* 1024 1024)))
(attn-mb 16384 12)
]

@section[#:tag "compression"]{Compresser la séquence}

Autre piste : raccourcir la séquence au fil des couches, comme un réseau convolutif réduit la
résolution. C'est le principe de @~cite[dai2020], qui réduit progressivement la longueur des états
cachés et économise du calcul pour le réutiliser en profondeur.

@section[#:tag "eval"]{Comment comparer ?}

On compare souvent ces méthodes sur le même banc d'essai @~cite[tay2021lra] (tâches ListOps, texte au
niveau octet, recherche de documents, images en pixels, Pathfinder). Attention : les résultats
dépendent fortement des hyperparamètres, et les gains de vitesse mesurés sur GPU ne suivent pas
toujours la complexité théorique.

@tabular[#:sep @hspace[2] #:style 'boxed
  (list (list @bold{Famille} @bold{Coût} @bold{Exemple du cours})
        (list "motif fixe" "O(n√n) ou O(n·w)" "Child et al., Beltagy et al.")
        (list "bas rang / noyau" "O(n·k)" "Wang et al., Choromanski et al., Peng et al.")
        (list "compression" "O(n²/c)" "Dai et al."))]

@section[#:tag "outils"]{Outils pour le TP}

Pour le TP 4, nous utilisons PyTorch 2.2 (la fonction @tt{scaled_dot_product_attention}) et la
bibliothèque xFormers ; la documentation est sur
@hyperlink["https://facebookresearch.github.io/xformers/"]{le site de xFormers}. Le jeu de données
est une version réduite d'arXiv-summarization (résumés de documents longs), déjà téléchargée sur
le serveur @tt{gpu-tp.univ-brevaux.example}. Lecture conseillée, qui n'est pas un article :
le chapitre « Attention Mechanisms and Transformers » du livre @italic{Dive into Deep Learning}.

@(generate-bibliography #:sec-title "Références")
'''
write_only(F629, text, keys(F629))
