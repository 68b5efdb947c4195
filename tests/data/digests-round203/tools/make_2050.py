#!/usr/bin/env python3
"""2050: a pkg-config file (`llamita.pc`, as generated from an invented LLM runtime's llamita.pc.in), Swedish `#`
comments: arXiv links (`/abs/`, `/pdf/…v1`, `http://`, `/abs/…v2`) in comments, one id in Description, three titles
alone (one not on arXiv), and non-papers (a repository, the pkg-config guide, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2050)
TXT = f'''# llamita.pc - genererad av CMake från llamita.pc.in, redigera inte för hand.
# Paket: llamita (C-bibliotek för att köra språkmodeller på laptop-CPU:er)
# Underhållare: Astrid Lindqvist <astrid.lindqvist@llamita.example.se>
# Källkod: https://github.com/llamita-se/llamita
#
# Bakgrund (läslista från seminariet, se docs/bakgrund.md):
#   {T("2001.08361")}
#     https://arxiv.org/abs/2001.08361
#   {T("2203.15556")} - https://arxiv.org/pdf/2203.15556v1
#   {T("2204.02311")} (http://arxiv.org/abs/2204.02311)
#   {T("2307.09288")}: https://arxiv.org/abs/2307.09288v2 (viktformatet vi läser in)
# Utan länk, finns i gruppens mapp:
#   "{GPT2}"
#   "{T("2306.11644")}"
#   "{T("2104.08691")}"
# Guide: https://people.freedesktop.org/~dbn/pkg-config-guide.html
# Bok: Jurafsky & Martin, Speech and Language Processing, kap. 10
# Föredrag: https://video.llamita.example.se/foredrag/2024-03

prefix=/usr/local
exec_prefix=${{prefix}}
libdir=${{exec_prefix}}/lib
includedir=${{prefix}}/include
modeldir=${{prefix}}/share/llamita/models

Name: llamita
Description: Körning av språkmodeller på CPU, med MoE-lager enligt {T("2101.03961")} (arXiv:2101.03961)
URL: https://llamita-se.github.io/llamita
Version: 0.4.1
Requires: libzstd >= 1.5
Requires.private: openblas
Libs: -L${{libdir}} -lllamita
Libs.private: -lm -lpthread
Cflags: -I${{includedir}}/llamita -DLLAMITA_MODELDIR=\\"${{modeldir}}\\"
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
