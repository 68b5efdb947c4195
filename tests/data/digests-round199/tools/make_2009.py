#!/usr/bin/env python3
"""2009: an Alpine APKBUILD (`testing/py3-sanasto/APKBUILD` in an aports checkout), Finnish comments: an OpenReview
link and arXiv links (`/abs/`, `/pdf/…v1`, `http://`) in `#` comments, one id in text, three titles alone, and
non-papers (a repository, docs, a book, a talk). Tab indentation, a computed sha512sums block, LF."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2009)
SHA = hashlib.sha512(b"py3-sanasto-0.9.2.tar.gz (round199, invented)").hexdigest()
TXT = f'''# Contributor: Aino Heikkilä <aino.heikkila@sanasto.example.fi>
# Maintainer: Aino Heikkilä <aino.heikkila@sanasto.example.fi>
#
# Sanasto on NLP-lukupiirin työkalupaketti: upotukset, esikoulutetut mallit ja
# tokenisointi samassa paketissa. Jokainen moduuli viittaa artikkeliin, johon se perustuu:
#   sanasto.vektorit  -> {T("1301.3781")}
#                        https://arxiv.org/abs/1301.3781
#   sanasto.elmo      -> {T("1802.05365")} (http://arxiv.org/abs/1802.05365)
#   sanasto.seq2seq   -> {T("1910.13461")}
#                        https://arxiv.org/pdf/1910.13461v1
#   sanasto.glat      -> {T("2008.07905")}
#                        https://openreview.net/forum?id={OR("2008.07905")}
#   sanasto.hf        -> {T("1910.03771")} (arXiv 1910.03771)
# Lukupiirin seuraavat artikkelit (ei vielä moduulia): {T("2010.06040")};
# {T("2004.10102")}; {T("2011.03459")}.
# Dokumentaatio: https://sanasto.example.fi/docs/ — kirja: Jurafsky & Martin,
# "Speech and Language Processing" — esitelmä: https://video.sanasto.example.fi/esitelma/2024-10
pkgname=py3-sanasto
pkgver=0.9.2
pkgrel=0
pkgdesc="NLP reading-circle toolkit: embeddings, pretrained encoders and tokenisers"
url="https://github.com/sanasto-fi/sanasto"
arch="noarch"
license="Apache-2.0"
depends="python3 py3-numpy py3-regex py3-tqdm"
makedepends="py3-gpep517 py3-setuptools py3-wheel"
checkdepends="py3-pytest"
subpackages="$pkgname-pyc"
source="$pkgname-$pkgver.tar.gz::https://github.com/sanasto-fi/sanasto/archive/refs/tags/v$pkgver.tar.gz"
builddir="$srcdir/sanasto-$pkgver"
options="!check" # testit lataavat malleja verkosta

build() {{
	gpep517 build-wheel \\
		--wheel-dir .dist \\
		--output-fd 3 3>&1 >&2
}}

check() {{
	python3 -m venv --clear --without-pip --system-site-packages .testenv
	.testenv/bin/python3 -m installer .dist/*.whl
	.testenv/bin/python3 -m pytest -k "not network"
}}

package() {{
	python3 -m installer -d "$pkgdir" \\
		.dist/*.whl
}}

sha512sums="
{SHA}  py3-sanasto-0.9.2.tar.gz
"
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
