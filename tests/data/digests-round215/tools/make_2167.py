#!/usr/bin/env python3
"""2167: a pandoc defaults file (`thesis.yaml`, read with `pandoc -d thesis.yaml`: from / to / output-file,
input-files, metadata with a German abstract and a `nocite` reading list, variables, filters, citeproc) of an invented
German thesis on LLM scaling: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in comments
and metadata, `arXiv:2203.15556` in a note, titles alone in `#` comments and a quoted string; non-papers (the pandoc
manual, a book, the repository, a talk, a dataset). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2167)
TXT = fill(r'''# thesis.yaml -- pandoc defaults fuer die Masterarbeit "Skalierung und Training grosser Sprachmodelle"
# Aufruf:   pandoc -d thesis.yaml
# Doku:     https://pandoc.org/MANUAL.html#defaults-files
# Repo:     https://github.com/skalierung-lab/masterarbeit-lukas
# Betreuung: Dr. Friederike Oberhauser <f.oberhauser@skalierung-lab.example.de>
from: markdown+smart+pipe_tables+footnotes
to: latex
output-file: build/masterarbeit.pdf
pdf-engine: lualatex
input-files:
  - kapitel/00-einleitung.md
  - kapitel/01-grundlagen.md
  - kapitel/02-skalierungsgesetze.md
  - kapitel/03-experimente.md
  - kapitel/04-fazit.md
standalone: true
number-sections: true
top-level-division: chapter
table-of-contents: true
toc-depth: 2
resource-path:
  - .
  - abbildungen
citeproc: true
bibliography:
  - literatur/haupt.bib
  - literatur/nachtrag.bib
csl: literatur/din-1505-2.csl
metadata:
  title: "Skalierung und Training grosser Sprachmodelle"
  subtitle: "Rechenbudget, Datenmenge und Sparsamkeit"
  author: "Lukas Heinemann"
  date: "2024-09-30"
  lang: de-DE
  link-citations: true
  abstract: |
    Diese Arbeit vergleicht Skalierungsgesetze fuer dichte und duenn besetzte
    Sprachmodelle. Ausgangspunkt sind [[T:2001.08361]]
    (https://arxiv.org/abs/2001.08361) und die Chinchilla-Arbeit, deren
    Ergebnis (arXiv:2203.15556) wir auf kleinere Budgets uebertragen.
  # Reihenfolge der Lektuere fuer das Kolloquium (nur Notiz, wird nicht gedruckt)
  lektuere-notiz: "Erst [[T:2306.11644]], dann die Uebersicht."
  nocite: |
    @kaplan2020, @hoffmann2022, @chowdhery2022, @fedus2021, @micikevicius2018
variables:
  documentclass: scrreprt
  classoption:
    - paper=a4
    - fontsize=11pt
    - DIV=12
  mainfont: "Libertinus Serif"
  geometry: "margin=2.5cm"
  colorlinks: true
  linkcolor: "Maroon"
filters:
  - filters/glossar.lua
  - filters/abbildungsnummern.lua
# --- Literatur, die noch in haupt.bib fehlt (Friederike, 12.06.) ---
#   @micikevicius2018  [[T:1710.03740]]
#                      https://openreview.net/forum?id=[[ID:r1gs9JgRZ]]
#   @chowdhery2022     [[T:2204.02311]]  https://arxiv.org/pdf/2204.02311v2
#   @fedus2021         [[T:2101.03961]]
#                      http://arxiv.org/abs/2101.03961
#   @hoffmann2022      [[T:2203.15556]]  (siehe abstract)
# Ohne Eintrag, nur als Hintergrund im Kapitel 1 erwaehnt:
#   - [[T:2303.18223]]
#   - [[T:1910.02054]] (fuer den Abschnitt zu Speicherbedarf)
# Lehrbuch: Goodfellow, Bengio & Courville, "Deep Learning", Kap. 8
# Daten: The Pile (Datensatz) -- nur Beschreibung, keine eigenen Laeufe
# Vortrag dazu: https://video.skalierung-lab.example.de/kolloquium/2024-07
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
