#!/usr/bin/env python3
"""2229: an SCons build file (`SConstruct`, Python: an Environment, the PDF builder for a LaTeX thesis, Depends /
Default / Alias / Help, and a dict of PDFs to fetch with `env.Command` and curl) of an invented Polish master's student
whose vision-classics reading list sits in the dict and in `#` comments: arXiv PDF links (`/pdf/`, `/pdf/…v3`,
`http://…/pdf/….pdf`) with their titles in the comment above each, `arXiv:2006.14536` in a comment, titles alone in
comments (two of them papers not on arXiv); non-papers (the SCons user guide, a book, the thesis repository). No
OpenReview link: none of these papers has one. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2229)
TXT = fill(r'''# SConstruct -- praca magisterska (klasyfikacja obrazów), Bartosz Kowalczyk-Nowicki <bartosz.kowalczyk@wizja-lab.example.pl>
#
#   scons              -> praca.pdf (pdflatex + bibtex, SCons sam pilnuje przebiegów)
#   scons artykuly     -> ściąga PDF-y z listy ARTYKULY do artykuly/
#   scons -c           -> sprząta
#
# Podręcznik SCons: https://scons.org/doc/production/HTML/scons-user.html
import os

env = Environment(ENV={"PATH": os.environ["PATH"], "TEXINPUTS": os.path.abspath("szablon") + ":"})
env.AppendUnique(PDFLATEXFLAGS=["-interaction=nonstopmode", "-halt-on-error"])

rozdzialy = Glob("rozdzialy/*.tex")
praca = env.PDF(target="praca.pdf", source="praca.tex")
Depends(praca, rozdzialy + ["literatura.bib", "szablon/mgr.cls"])
Default(praca)

# Artykuły do rozdziału 2 (architektury). Klucz = nazwa pliku w artykuly/.
ARTYKULY = {
    # [[T:2004.08955]]
    "resnest": "https://arxiv.org/pdf/2004.08955",
    # [[T:1912.11370]]
    "bit": "https://arxiv.org/pdf/1912.11370v3",
    # [[T:1502.01852]] (PReLU i inicjalizacja "He")
    "prelu": "http://arxiv.org/pdf/1502.01852.pdf",
}

for nazwa, url in sorted(ARTYKULY.items()):
    env.Command("artykuly/%s.pdf" % nazwa, [], "curl -fsSL -o $TARGET " + url)
Alias("artykuly", ["artykuly/%s.pdf" % n for n in sorted(ARTYKULY)])

# Tego nie ściągamy (wydruki leżą w szafce w 214, dwóch nie ma na arXiv):
#   [[T:1512.03385]]
#   [[T:1905.11946]]
#   Understanding the difficulty of training deep feedforward neural networks (Glorot, Bengio; AISTATS 2010)
#   A Fast Learning Algorithm for Deep Belief Nets (Hinton, Osindero, Teh; Neural Computation 2006)
# Promotorka chce jeszcze porównania ze [[T:2006.14536]] (arXiv:2006.14536) w rozdziale 4.
# Podręcznik: R. Szeliski, "Computer Vision: Algorithms and Applications", wyd. 2, rozdz. 5.
# Kod eksperymentów: https://github.com/wizja-lab/praca-magisterska

Help("""
Cele:
  scons            praca.pdf
  scons artykuly   PDF-y z listy ARTYKULY (curl)
  scons -c         sprząta
""")
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
