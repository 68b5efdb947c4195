#!/usr/bin/env python3
"""2176 (negative): a `.gitattributes` file (Git LFS: `filter=lfs diff=lfs merge=lfs -text` lines as `git lfs track`
writes them, `text eol=lf`, `binary`, `linguist-vendored` / `linguist-documentation`, `export-ignore`, `#` comments)
of an invented Danish lab archive repository that stores talk recordings, dataset snapshots, software tarballs and
scanned book chapters — no paper, no catalogue title, nothing arXiv-shaped (`write(…, negative=True)`). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

TXT = r'''# .gitattributes -- arkiv-repo for Maskinlæringsgruppen (forelæsninger, data, software)
# Vedligeholdes af Mette Kjærgaard Lund <mette.lund@ml-arkiv.example.dk>
# Nye binære filtyper tilføjes med:  git lfs track "*.ext"
# Se https://git-scm.com/docs/gitattributes og https://git-lfs.com/

# Standard: tekst normaliseres til LF
* text=auto eol=lf
*.sh text eol=lf
*.bat text eol=crlf

# --- Foredrag (optagelser fra seminarrækken "Fredagsforedrag") ---
# 2024-03: "Transformere i praksis" (Søren Holm Dalsgaard), 2024-04: "Hvorfor JAX?" (gæsteforedrag)
foredrag/**/*.mp4 filter=lfs diff=lfs merge=lfs -text
foredrag/**/*.m4a filter=lfs diff=lfs merge=lfs -text
foredrag/**/*.vtt text eol=lf

# --- Datasæt (snapshots, kun til undervisning) ---
# CIFAR-10, MNIST og DaNE (dansk NER); licenser står i data/LICENS.md
data/**/*.tar.gz filter=lfs diff=lfs merge=lfs -text
data/**/*.parquet filter=lfs diff=lfs merge=lfs -text
data/**/*.npz filter=lfs diff=lfs merge=lfs -text

# --- Software (tarballs af låste versioner: PyTorch-wheels, spaCy-modeller) ---
software/wheels/*.whl filter=lfs diff=lfs merge=lfs -text
software/modeller/*.tar.gz filter=lfs diff=lfs merge=lfs -text
vendor/** linguist-vendored

# --- Bøger (scannede kapitler til læsekredsen, intern brug) ---
# Bishop, "Pattern Recognition and Machine Learning", kap. 9
# Hastie, Tibshirani & Friedman, "The Elements of Statistical Learning", kap. 7
boeger/*.pdf filter=lfs diff=lfs merge=lfs -text
boeger/*.djvu filter=lfs diff=lfs merge=lfs -text

# --- Slides og figurer ---
*.pptx filter=lfs diff=lfs merge=lfs -text
*.key filter=lfs diff=lfs merge=lfs -text
*.png binary
*.jpg binary
docs/** linguist-documentation

# Hold arkiv-tarballs fri for interne noter
noter/ export-ignore
.gitattributes export-ignore
'''

if __name__ == "__main__":
    write("2176_negative_gitattributes_git_lfs_danish_lab_archive_software_datasets_books_and_talks.gitattributes", TXT, negative=True)
