#!/usr/bin/env python3
"""2113: a Void Linux xbps-src template (`srcpkgs/python3-miarka/template`) for an invented scaling-law fitting
package, Polish `#` comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`), one `arXiv:NNNN.NNNNN` in text, titles
alone (one not on arXiv); non-papers (a book, the Void handbook, the repository, a talk). The checksum is the sha256
of a fixed invented string (no tarball exists). LF."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2113)
CHK = hashlib.sha256(b"python3-miarka-0.7.1 (invented, round209)").hexdigest()
TXT = fill(r'''# Template file for 'python3-miarka'
#
# miarka dopasowuje prawa skalowania do logów treningowych. Metodę opisują:
#   [[T:2001.08361]] (arXiv:2001.08361)
#   [[T:2203.15556]]
# Testy w do_check odtwarzają krzywe z tych prac:
#   [[T:2307.09288]]
#     https://arxiv.org/abs/2307.09288
#   [[T:2306.11644]]
#     https://arxiv.org/pdf/2306.11644v2
#   [[T:2101.03961]]
#     http://arxiv.org/abs/2101.03961
# Dane referencyjne (bez linków, tylko tabele z artykułów): [[T:GPT2]];
# [[T:2204.02311]]; [[T:2303.18223]].
# Podręcznik Void: https://docs.voidlinux.org/ ; książka: Jurafsky i Martin,
# "Speech and Language Processing" (wyd. 3, szkic).
# Wykład autorki: https://video.miarka-llm.example.pl/wyklad/2024-03
pkgname=python3-miarka
version=0.7.1
revision=1
build_style=python3-pep517
hostmakedepends="python3-setuptools python3-wheel"
depends="python3-numpy python3-scipy python3-matplotlib"
checkdepends="python3-pytest ${depends}"
short_desc="Fit neural scaling laws to training logs"
maintainer="Marta Zielińska-Kos <marta.zielinska@miarka-llm.example.pl>"
license="MIT"
homepage="https://github.com/miarka-llm/miarka"
distfiles="https://github.com/miarka-llm/miarka/archive/refs/tags/v${version}.tar.gz"
checksum=@CHK@

do_check() {
	python3 -m pytest -k "not slow"
}

post_install() {
	vlicense LICENSE
}
''', {'GPT2': GPT2}).replace("@CHK@", CHK)

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
