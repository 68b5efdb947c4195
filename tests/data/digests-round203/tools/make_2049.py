#!/usr/bin/env python3
"""2049: an Automake `Makefile.am` (the top-level one of an invented int8 kernel library, libkwant), Dutch `#`
comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) and one OpenReview forum link, one id in text, three titles
alone, and non-papers (a repository, the Automake manual, a book, a talk). Tab-indented recipes, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2049)
TXT = f'''## Process this file with automake to produce Makefile.in
##
## libkwant - int8/int4 matmul-kernels voor inferentie op de CPU
## Onderhouder: Sander van Dijk <s.vandijk@kwant-lab.example.nl>
## Broncode: https://github.com/kwant-lab/libkwant

ACLOCAL_AMFLAGS = -I m4 --install
AM_CFLAGS = $(WARN_CFLAGS) -O2
AM_CPPFLAGS = -I$(top_srcdir)/include

SUBDIRS = . tests

# Achtergrond bij de kernels (zie ook docs/leeslijst.md):
#   per-kanaal schalen en de uitschieters: {T("2208.07339")}
#     https://arxiv.org/abs/2208.07339
#   4-bit gewichten na training: {T("2210.17323")}
#     https://arxiv.org/pdf/2210.17323v2
#   fp16/bf16-accumulatie in de trainingsbuild: {T("1710.03740")},
#     https://openreview.net/forum?id={OR("1710.03740")}
#   sharding van optimizer-state (alleen voor de benchmarkscripts):
#     {T("1910.02054")} - http://arxiv.org/abs/1910.02054
lib_LTLIBRARIES = libkwant.la
libkwant_la_SOURCES = \\
	src/kwant.c \\
	src/pack_int8.c \\
	src/gemm_int8_avx2.c \\
	src/gemm_int4_neon.c \\
	src/outlier.c
libkwant_la_LDFLAGS = -version-info 3:1:0 -no-undefined
libkwant_la_LIBADD = $(PTHREAD_LIBS) -lm

include_HEADERS = include/kwant.h include/kwant_gemm.h

pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = libkwant.pc

# De gated-attention-benchmark volgt {T("2202.10447")} (arXiv: 2202.10447).
# Nog te lezen voor de volgende release (geen link, staat in Zotero):
#   {T("2001.04451")}
#   {T("2006.16236")}
#   {T("2103.14636")}
bin_PROGRAMS = kwant-bench
kwant_bench_SOURCES = tools/bench.c tools/bench_attn.c
kwant_bench_LDADD = libkwant.la

dist_doc_DATA = README.md docs/leeslijst.md
EXTRA_DIST = autogen.sh libkwant.pc.in m4/ax_check_compile_flag.m4

# Handleiding: https://www.gnu.org/software/automake/manual/automake.html
# Boek: Hennessy & Patterson, Computer Architecture: A Quantitative Approach, hfst. 4
# Praatje op de lab-dag: https://video.kwant-lab.example.nl/praatje/2024-06
bench: kwant-bench$(EXEEXT)
	./kwant-bench$(EXEEXT) --m 4096 --n 4096 --k 4096 --repeat 20

.PHONY: bench
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
