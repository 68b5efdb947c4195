#!/usr/bin/env python3
"""2256 (negative): a clang-tidy configuration (`.clang-tidy` at a CUDA repository's root, YAML: `Checks` as a folded
block of globs, `WarningsAsErrors`, `HeaderFilterRegex`, `FormatStyle`, `ExtraArgs` as a flow list, `CheckOptions` as
a list of key / value maps, `#` comments) of an invented Indonesian GPU-kernel lab whose comments name software,
docs, a dataset, books, a course and a talk, never a paper. The builder refuses any catalogue title (in any letter
case) and anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title

F = "2256_negative_clang_tidy_indonesian_cuda_lab_lint_config_software_books_and_talks.clang-tidy"
TXT = r'''---
# .clang-tidy -- repo kernel-gpu (Lab Komputasi Paralel)
# Pengelola: Rizky Pratama Siregar <rizky.siregar@kernel-lab.example.ac.id>
# Daftar check: https://clang.llvm.org/extra/clang-tidy/checks/list.html
# Dijalankan lewat run-clang-tidy -p build/ di CI; file .cu ikut diperiksa (lihat ExtraArgs).
Checks: >-
  -*,
  bugprone-*,
  -bugprone-easily-swappable-parameters,
  cppcoreguidelines-*,
  -cppcoreguidelines-avoid-magic-numbers,
  -cppcoreguidelines-pro-bounds-pointer-arithmetic,
  modernize-*,
  -modernize-use-trailing-return-type,
  performance-*,
  readability-identifier-naming,
  misc-const-correctness
# Dua check ini pernah bikin bug sungguhan di kernel reduksi, jadi langsung error.
WarningsAsErrors: 'bugprone-use-after-move,performance-move-const-arg'
HeaderFilterRegex: '^(src|include)/.*'
FormatStyle: file
# clang memerlukan arsitektur GPU untuk mem-parse CUDA; sm_80 = A100 di server lab.
ExtraArgs: ['--cuda-gpu-arch=sm_80', '-nocudalib']
CheckOptions:
  - key: readability-identifier-naming.ClassCase
    value: CamelCase
  - key: readability-identifier-naming.FunctionCase
    value: camelBack
  - key: readability-identifier-naming.VariableCase
    value: lower_case
  - key: readability-identifier-naming.ConstexprVariableCase
    value: UPPER_CASE
  - key: readability-identifier-naming.PrivateMemberSuffix
    value: _
  - key: performance-unnecessary-value-param.AllowedTypes
    value: 'std::shared_ptr'
# ---- bacaan untuk anggota baru ----
# Buku: Hwu, Kirk & El Hajj, "Programming Massively Parallel Processors" (edisi ke-4), bab 10 tentang reduksi;
#       Scott Meyers, "Effective Modern C++", item 23-30 (move semantics, relevan untuk dua check di atas).
# Kuliah: Stanford CS149 "Parallel Computing" (videonya ada di YouTube).
# Contoh kode yang rapi: https://github.com/NVIDIA/cutlass dan https://github.com/NVIDIA/cccl
# Data benchmark kernel konvolusi: potongan ImageNet-1k (validation) di /data/bersama.
# Talk Dewi di seminar lab, "Profiling CUDA tanpa drama": https://video.kernel-lab.example.ac.id/seminar/2024-10
...
'''

if __name__ == "__main__":
    no_catalogue_title(TXT, F)
    write(F, TXT, negative=True)
