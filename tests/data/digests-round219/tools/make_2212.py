#!/usr/bin/env python3
"""2212: a conda configuration (`~/.condarc`, YAML: channels, channel_priority, envs_dirs, pkgs_dirs,
create_default_packages, booleans) of an invented Indonesian lab whose comments say which shared environment
reproduces which paper: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) beside their
titles, `arXiv:1301.3781` in a comment, titles alone in comments; non-papers (the conda docs, a repository, a book,
a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2212)
TXT = fill(r'''# ~/.condarc -- server bersama lab prapelatihan
# Pengelola: Rizky Pratama Wibisono <rizky.wibisono@prapelatihan-lab.example.id>
# Referensi opsi: https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/
channels:
  - conda-forge
  - pytorch
  - nvidia
channel_priority: strict
auto_activate_base: false
show_channel_urls: true
changeps1: true
report_errors: false

# Lingkungan bersama di /data/bersama/conda/envs (jangan dihapus, dipakai kelompok baca):
#   glat-nar   -> [[T:2008.07905]]
#                 https://openreview.net/forum?id=ZaYZfu8pT_N
#   bart-ft    -> [[T:1910.13461]]
#                 https://arxiv.org/abs/1910.13461
#   t5-kecil   -> [[T:1910.10683]]
#                 https://arxiv.org/pdf/1910.10683v1
#   bpe-id     -> [[T:1508.07909]]
#                 http://arxiv.org/abs/1508.07909
#   w2v-lama   -> [[T:1301.3781]] (arXiv:1301.3781), hanya untuk tugas kuliah
envs_dirs:
  - ~/miniforge3/envs
  - /data/bersama/conda/envs
pkgs_dirs:
  - /data/bersama/conda/pkgs

# Belum ada lingkungannya (minggu depan, kata Bu Ratna):
#   [[T:1802.05365]]
#   [[T:2010.06040]]
#   [[T:2012.08561]]
# Buku pegangan: Jurafsky & Martin, "Speech and Language Processing" (draf edisi 3).
# Kode bersama: https://github.com/prapelatihan-lab/kelompok-baca
# Rekaman diskusi: https://video.prapelatihan-lab.example.id/kelompok-baca/2024-11
create_default_packages:
  - pip
  - ipykernel
  - sentencepiece
ssl_verify: true
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
