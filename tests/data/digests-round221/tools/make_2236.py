#!/usr/bin/env python3
"""2236 (negative): a Bazel rc file (`.bazelrc` at a monorepo's root: `startup`, `common`, `build`, `test`, `run`,
`coverage` lines, `build:NAME` configs, `try-import`, `#` comments) of an invented Ukrainian lab whose comments name
software, docs, datasets, a book, a course and a talk, never a paper. The builder refuses any catalogue title (in any
letter case) and anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title

F = "2236_negative_bazelrc_ukrainian_monorepo_build_flags_software_books_and_talks.bazelrc"
TXT = r'''# .bazelrc -- монорепозиторій лабораторії (навчання моделей + сервіс інференсу)
# Відповідальна: Олена Коваленко-Мирна <olena.kovalenko@monorepo-lab.example.ua>
# Довідник прапорців: https://bazel.build/reference/command-line-reference
# Як Bazel читає rc-файли: https://bazel.build/run/bazelrc

startup --host_jvm_args=-Xmx4g
common --enable_bzlmod
common --announce_rc

build --jobs=24
build --disk_cache=~/.cache/bazel-disk
build --repository_cache=~/.cache/bazel-repo
build --incompatible_strict_action_env
# ImageNet і LibriSpeech лежать у /data/spilne, тести читають шлях з DATA_ROOT
build --action_env=DATA_ROOT=/data/spilne
build --cxxopt=-std=c++17
build --host_cxxopt=-std=c++17

# CUDA: правила з https://github.com/bazel-contrib/rules_cuda
build:cuda --@rules_cuda//cuda:enable=true
build:cuda --@rules_cuda//cuda:archs=compute_80:sm_80
build:cuda --action_env=CUDA_PATH=/usr/local/cuda-12.4

build:asan --strip=never
build:asan --copt=-fsanitize=address
build:asan --copt=-fno-omit-frame-pointer
build:asan --linkopt=-fsanitize=address

build:opt --compilation_mode=opt

test --test_output=errors
test --test_summary=terse
test:asan --test_env=ASAN_OPTIONS=detect_leaks=1

run --ui_event_filters=-info,-stdout
coverage --combined_report=lcov

# Для новачків: книжка "Software Engineering at Google" (Winters, Manshreck, Wright), розділ 18 про системи збирання;
# курс "Full Stack Deep Learning" (лекція про інфраструктуру); Python-правила: https://github.com/bazelbuild/rules_python
# Доповідь Олега "Bazel без болю" на семінарі лабораторії, запис: https://video.monorepo-lab.example.ua/seminar/2024-10

# Особисті налаштування (не в git): user.bazelrc поруч із цим файлом
try-import %workspace%/user.bazelrc
'''

if __name__ == "__main__":
    no_catalogue_title(TXT, F)
    write(F, TXT, negative=True)
