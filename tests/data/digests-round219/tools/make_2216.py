#!/usr/bin/env python3
"""2216 (negative): a `.gitignore` of an invented Catalan thesis repository (one pattern a line, `#` comments, one
`!` exception) whose comments name software, datasets, books and talks, never a paper. The builder refuses any
catalogue title (in any letter case) and anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title

F = "2216_negative_gitignore_catalan_thesis_repo_software_datasets_books_and_talks.gitignore"
TXT = r'''# .gitignore -- repositori de la tesi de Marc Puigdomènech i Soler <marc.puigdomenech@tesi-lab.example.cat>
# Plantilla de partida: https://github.com/github/gitignore (Python.gitignore + TeX.gitignore)

# Python
__pycache__/
*.py[cod]
.venv/
.ipynb_checkpoints/
.pytest_cache/

# LaTeX (memòria; es compila amb latexmk)
*.aux
*.bbl
*.blg
*.fdb_latexmk
*.fls
*.synctex.gz
build/

# Dades: Common Voice (català), Europarl i el corpus Ancora no es pugen mai al repositori;
# es descarreguen amb scripts/descarrega.sh. Només hi deixem el README de la carpeta.
data/*
!data/LLEGEIX.md

# Models i sortides d'entrenament (PyTorch, Lightning, Weights & Biases)
checkpoints/
lightning_logs/
wandb/
*.ckpt

# Llibres i diapositives que no podem redistribuir:
# "Pattern Recognition and Machine Learning" (Bishop), "Speech and Language Processing" (Jurafsky & Martin),
# i les diapositives de la xerrada de la Núria al seminari de dijous ("Veu sintètica en català", 2024-10)
biblioteca/
xerrades/*.pdf

# Editors
.vscode/
*.swp
.DS_Store
'''

if __name__ == "__main__":
    no_catalogue_title(TXT, F)
    write(F, TXT, negative=True)
