#!/usr/bin/env python3
"""2275: a Pulsar snippets file (`~/.pulsar/snippets.cson`: the editor's header comment, then CSON — one quoted scope
selector per scope, snippets with `'prefix'` and `'body'`, single-quoted bodies and one triple-quoted block body, tab
stops `$1` / `${1:…}` / `$0`, `#` comments) of an invented Estonian medical-imaging PhD student whose Markdown
snippets expand to her reading circle's papers as links: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`,
`http://`) in snippet bodies holding the titles, `arXiv:2006.05929` beside a title in a comment, titles alone in
comments; non-papers (Pulsar's docs, a book, two datasets, the circle's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2275)
TXT = fill(r'''# Your snippets
#
# Pulsar snippets allow you to enter a simple prefix in the editor and hit tab to
# expand the prefix into a larger code block with templated values.
#
# You can create a new snippet in this file by typing "snip" and then hitting
# tab.
#
# An example CoffeeScript snippet to expand log to console.log:
#
# '.source.coffee':
#   'Console log':
#     'prefix': 'log'
#     'body': 'console.log $1'
#
# Each scope (e.g. '.source.coffee' above) can only be declared once.
#
# This file uses CoffeeScript Object Notation (CSON).
# If you are unfamiliar with CSON, you can read more about it in the
# Pulsar documentation: https://docs.pulsar-edit.dev/customizing-pulsar/snippets/

# ---- Kertu (lugemisring "Vähese märgendusega õppimine", kolmapäeviti 14:15, Delta 2037) ----
# Märkmed on Markdownis; "lr" + Tab annab uue kohtumise päise, artikli lühend + Tab annab lingi.
'.source.gfm':
  'Lugemisringi kohtumine':
    'prefix': 'lr'
    'body': """
      ## Lugemisring ${1:kuupäev}

      **Ettekandja:** ${2:nimi}
      **Artikkel:** $3

      ### Peamine idee
      $0
    """
  'BYOL':
    'prefix': 'byol'
    'body': '[[[T:2006.07733]]](https://arxiv.org/abs/2006.07733)'
  'Bi-tuning':
    'prefix': 'bitune'
    'body': '[[[T:2011.06182]]](https://openreview.net/forum?id=3rRgu7OGgBI)'
  'MedSelect':
    'prefix': 'medsel'
    'body': '[[[T:2103.14339]]](https://arxiv.org/pdf/2103.14339v3)'
  'SAM':
    'prefix': 'sam'
    'body': '[[[T:2304.02643]]](http://arxiv.org/abs/2304.02643)'
  'Lugemisringi repo':
    'prefix': 'lrrepo'
    'body': '[lugemisring](https://github.com/meditsiin-lab/lugemisring)'

'.text.tex.latex':
  'Joonis':
    'prefix': 'fig'
    'body': """
      \\begin{figure}[t]
        \\centering
        \\includegraphics[width=${1:0.9}\\linewidth]{${2:joonised/}}
        \\caption{$3}
        \\label{fig:$4}
      \\end{figure}
      $0
    """
  'Märkus Rasmusele':
    'prefix': 'todo'
    'body': '\\todo[inline]{RASMUS: $1}'

# Järgmised (snippetid veel tegemata):
#   [[T:2006.05929]] -- arXiv:2006.05929, Rasmus tutvustab
#   [[T:2010.04592]]
#   [[T:2006.06882]]
#   [[T:2103.09762]]
# Raamat: Zhou, Greenspan & Shen (toim.), "Deep Learning for Medical Image Analysis" (2. tr.).
# Andmed harjutusteks: CheXpert ja Medical Segmentation Decathlon.
# Eelmise kohtumise salvestus: https://video.meditsiin-lab.example.ee/lugemisring/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
