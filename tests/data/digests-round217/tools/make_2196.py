#!/usr/bin/env python3
"""2196 (negative): a `.dockerignore` (patterns, `**` globs, `!` exceptions, `#` comments) of an invented Norwegian
lab image that keeps talk recordings, dataset snapshots, software caches and scanned book chapters out of the build
context -- no paper, no catalogue title, nothing arXiv-shaped (`write(…, negative=True)`). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

TXT = r'''# .dockerignore -- bilde for kursserveren til Gruppe for maskinlæring
# Vedlikeholdes av Ingrid Haugland Bakke <ingrid.bakke@mlgruppa.example.no>
# Syntaks: https://docs.docker.com/build/concepts/context/#dockerignore-files

# Git og editorfiler
.git
.gitignore
**/.DS_Store
**/*.swp
.vscode/

# Python-cacher og virtuelle miljøer
**/__pycache__
**/*.pyc
.venv/
.mypy_cache/
.pytest_cache/

# Foredrag (opptak fra "Torsdagsseminaret"; ligger på videoserveren)
# 2024-02: "Slik bruker vi Slurm" (Eirik Solberg), 2024-03: "Polars i praksis" (gjesteforedrag)
foredrag/
**/*.mp4

# Datasett (MNIST, CIFAR-100 og NorNE hentes ved oppstart, ikke i bildet)
data/raw/
data/**/*.parquet
!data/README.txt

# Programvare: lokale hjul og modellfiler (PyTorch, scikit-learn, spaCy-modeller)
wheels/
modeller/*.bin

# Bøker: skannede kapitler til lesegruppen (kun internt)
# Murphy, "Probabilistic Machine Learning: An Introduction"; MacKay, "Information Theory, Inference, and Learning Algorithms"
boker/

# Notater og hemmeligheter
notater/
.env
*.pem
'''

if __name__ == "__main__":
    write("2196_negative_dockerignore_norwegian_lab_image_software_datasets_books_and_talks.dockerignore", TXT, negative=True)
