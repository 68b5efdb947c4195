#!/usr/bin/env python3
"""2276 (negative): a Gentoo Portage configuration (`/etc/portage/make.conf`: shell-style `NAME="value"` assignments —
compiler flags with `${COMMON_FLAGS}`, MAKEOPTS, EMERGE_DEFAULT_OPTS, FEATURES, CPU_FLAGS_X86, USE, VIDEO_CARDS,
ACCEPT_LICENSE, Python targets, L10N, mirrors — the stage3 file's closing comments and `LC_MESSAGES=C.utf8`, `#`
comments) of an invented Serbian GPU workstation whose comments, in Cyrillic and Latin, name docs, a repository, a
book, a course, a dataset and a talk, never a paper. The builder refuses any catalogue title (in any letter case) and
anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title

F = "2276_negative_gentoo_portage_make_conf_serbian_cuda_box_docs_books_and_courses.conf"
TXT = r'''# /etc/portage/make.conf -- радна станица "kernel" (Ryzen 9 7950X, 2× RTX 4090)
# Одржава: Милош Јовановић <milos.jovanovic@gpu-lab.example.rs>
# Почетак из stage3 архиве, остало наше. Пун пример: /usr/share/portage/config/make.conf.example
# Handbook: https://wiki.gentoo.org/wiki/Handbook:AMD64/Installation/Base
COMMON_FLAGS="-march=znver4 -O2 -pipe"
CFLAGS="${COMMON_FLAGS}"
CXXFLAGS="${COMMON_FLAGS}"
FCFLAGS="${COMMON_FLAGS}"
FFLAGS="${COMMON_FLAGS}"

# 32 нити, али PyTorch из sci overlay-а поједе сву меморију са -j32, зато -l.
MAKEOPTS="-j24 -l30"
EMERGE_DEFAULT_OPTS="--jobs=3 --load-average=30 --with-bdeps=y --keep-going"
PORTAGE_NICENESS="15"
FEATURES="parallel-fetch parallel-install buildpkg candy"

# Izlaz iz app-portage/cpuid2cpuflags, ne menjati ručno.
CPU_FLAGS_X86="aes avx avx2 avx512_bf16 avx512_bitalg avx512_vbmi2 avx512_vnni avx512_vpopcntdq avx512bw avx512cd avx512dq avx512f avx512ifma avx512vbmi avx512vl f16c fma3 mmx mmxext pclmul popcnt rdrand sha sse sse2 sse3 sse4_1 sse4_2 sse4a ssse3 vpclmulqdq"

# CUDA: https://wiki.gentoo.org/wiki/NVIDIA/nvidia-drivers i https://wiki.gentoo.org/wiki/CUDA
VIDEO_CARDS="nvidia"
USE="cuda cudnn lapack openblas python vaapi -bluetooth -gnome -kde -telemetry X"
ACCEPT_LICENSE="@FREE @BINARY-REDISTRIBUTABLE NVIDIA-r2 NVIDIA-CUDA"

PYTHON_TARGETS="python3_12"
PYTHON_SINGLE_TARGET="python3_12"
L10N="sr sr-Latn en"
GRUB_PLATFORMS="efi-64"
GENTOO_MIRRORS="https://gentoo.mirror.example.rs/ https://distfiles.gentoo.org/"
PKGDIR="/var/cache/binpkgs"
DISTDIR="/var/cache/distfiles"

# ---- за нове чланове лабораторије ----
# Пре првог emerge-а: прочитати Handbook до краја и https://wiki.gentoo.org/wiki//etc/portage/make.conf
# Overlay са научним пакетима: https://github.com/gentoo/sci (ту су pytorch и jax ebuild-ови).
# Knjiga: William Shotts, "The Linux Command Line" (2. izdanje, besplatno na linuxcommand.org).
# Kurs: fast.ai "Practical Deep Learning for Coders" -- prve dve lekcije dovoljne za proveru CUDA-e.
# Test posle instalacije: python -c "import torch; print(torch.cuda.is_available())" pa trening na CIFAR-10.
# Predavanje sa meetup-a, "Gentoo на GPU серверу без суза": https://video.gpu-lab.example.rs/meetup/2024-10

# NOTE: This stage was built with the bindist USE flag enabled

# This sets the language of build output to English.
# Please keep this setting intact when reporting bugs.
LC_MESSAGES=C.utf8
'''

if __name__ == "__main__":
    no_catalogue_title(TXT, F)
    write(F, TXT, negative=True)
