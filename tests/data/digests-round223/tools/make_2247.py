#!/usr/bin/env python3
"""2247: a Matplotlib style file (`~/.config/matplotlib/matplotlibrc`: `key: value` lines, `#` comments, commented-out
defaults as the template writes them, colours without their `#`) of an invented Italian PhD student who makes the
scaling-curve figures for her group's LLM seminar and notes in the comments which paper each figure redraws: an
OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) beside the titles, `arXiv:2203.15556` beside a
title, titles alone; non-papers (Matplotlib's docs, the Okabe–Ito palette, a book, the seminar's repository and a talk
recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2247)
TXT = fill(r'''#### matplotlibrc -- Giulia Ferraresi-Monti <giulia.ferraresi@scala-lab.example.it>
#### Stile per le figure del seminario "Scaling e addestramento di LLM" (e poi per la tesi).
#### Copiato dal template di Matplotlib 3.9 e sfoltito; le righe "#chiave: valore" sono i default lasciati lì.
#### Riferimento: https://matplotlib.org/stable/users/explain/customizing.html
#### NB: qui "#" apre un commento, quindi i colori vanno scritti senza cancelletto (0072B2, non #0072B2).

## ***************************************************************************
## * FIGURE                                                                  *
## ***************************************************************************
figure.figsize:     6.4, 4.0    # larghezza di una colonna del template del seminario
figure.dpi:         110
figure.constrained_layout.use: True
#figure.facecolor:  white

## ***************************************************************************
## * FONT E TESTO                                                            *
## ***************************************************************************
font.family:        serif
font.serif:         Latin Modern Roman, DejaVu Serif
font.size:          10.0
text.usetex:        True
text.latex.preamble: \usepackage{amsmath}
#text.hinting:      force_autohint

## ***************************************************************************
## * ASSI                                                                    *
## ***************************************************************************
## Le curve di loss contro calcolo/parametri sono tutte in scala log-log, come nelle figure di
##   [[T:2001.08361]]
##   https://arxiv.org/abs/2001.08361
## e di [[T:2203.15556]] (arXiv:2203.15556), che Matteo vuole rifare con i nostri run.
## La scala si imposta nel codice (ax.set_xscale("log")): qui c'è solo l'aspetto.
axes.grid:          True
axes.grid.which:    both
axes.spines.top:    False
axes.spines.right:  False
axes.titlesize:     medium
axes.labelsize:     medium
axes.formatter.use_mathtext: True
## Palette Okabe-Ito (leggibile anche per chi non distingue rosso e verde).
axes.prop_cycle:    cycler('color', ['0072B2', 'D55E00', '009E73', 'CC79A7', 'E69F00', '56B4E9'])
#axes.autolimit_mode: data

grid.alpha:         0.3
grid.linestyle:     --
grid.linewidth:     0.6

lines.linewidth:    1.5
lines.markersize:   4.0

legend.frameon:     False
legend.fontsize:    small
legend.loc:         best

xtick.direction:    in
ytick.direction:    in
xtick.minor.visible: True
ytick.minor.visible: True

image.cmap:         viridis

## ***************************************************************************
## * SALVATAGGIO                                                             *
## ***************************************************************************
savefig.dpi:        300
savefig.format:     pdf
savefig.bbox:       tight
pdf.fonttype:       42    # font TrueType nel PDF, se no l'editor della rivista si lamenta

## ---------------------------------------------------------------------------
## Figure del seminario e articolo da cui viene ciascuna:
##   fig1_loss_vs_compute.pdf   -> Kaplan et al., sopra
##   fig2_throughput.pdf        -> [[T:1710.03740]]
##                                 https://openreview.net/forum?id=r1gs9JgRZ
##   fig3_int8_outlier.pdf      -> [[T:2208.07339]]
##                                 https://arxiv.org/pdf/2208.07339v2
##   fig4_palm_scaling.pdf      -> [[T:2204.02311]]
##                                 http://arxiv.org/abs/2204.02311
## Ancora da disegnare (Matteo ha i numeri nel foglio condiviso):
##   [[T:1910.02054]]
##   [[T:2101.03961]]
##   [[T:2307.09288]]
## Libro di riferimento per la parte di sistemi: Chip Huyen, "Designing Machine Learning Systems".
## Script e dati delle figure: https://github.com/scala-lab/seminario-scaling
## Registrazione della prima sessione: https://video.scala-lab.example.it/seminario/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
