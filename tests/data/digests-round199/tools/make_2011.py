#!/usr/bin/env python3
"""2011: a MacPorts Portfile (`python/py-veloce/Portfile` in a ports tree), Italian: an OpenReview link and arXiv
links (`/abs/`, `/pdf/…`, `http://`) in comments, long_description and notes, one id in text, three titles alone, and
non-papers (a repository, docs, a book, a talk). Four-space alignment, backslash continuations, LF."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2011)
B = b"veloce-0.7.1.tar.gz (round199, invented)"
TXT = f'''# -*- coding: utf-8; mode: tcl; tab-width: 4; indent-tabs-mode: nil; c-basic-offset: 4 -*- vim:fenc=utf-8:ft=tcl:et:sw=4:ts=4:sts=4

PortSystem          1.0
PortGroup           github 1.0
PortGroup           python 1.0

github.setup        labveloce veloce 0.7.1 v
github.tarball_from archive
name                py-veloce
revision            0

categories-append   science
supported_archs     arm64 x86_64
license             MIT
maintainers         {{@giuliaferri-lab labveloce.example.it:giulia.ferri}} openmaintainer

description         Libreria di inferenza veloce per modelli linguistici

# Il gruppo di lettura "Inferenza efficiente" (Giulia Ferri) usa questa libreria;
# ogni kernel segue un articolo:
#   attenzione: {T("2205.14135")}
#               https://arxiv.org/abs/2205.14135
#   quantizzazione a 8 bit: {T("2208.07339")}, http://arxiv.org/abs/2208.07339
#   ottimizzatore distribuito: {T("1910.02054")}
#               https://arxiv.org/pdf/1910.02054
long_description    Veloce raccoglie kernel di inferenza per trasformatori: attenzione \\
                    esatta con consapevolezza dell'IO, matrici a 8 bit e quantizzazione \\
                    post-addestramento secondo {T("2210.17323")} (arXiv 2210.17323). \\
                    L'addestramento in precisione mista segue {T("1710.03740")}, \\
                    https://openreview.net/forum?id={OR("1710.03740")}

checksums           rmd160  {hashlib.new("sha1", B).hexdigest()} \\
                    sha256  {hashlib.sha256(B).hexdigest()} \\
                    size    284713

python.versions     311 312

depends_build-append \\
                    port:py${{python.version}}-setuptools \\
                    port:py${{python.version}}-wheel

depends_lib-append  port:py${{python.version}}-numpy \\
                    port:py${{python.version}}-pytorch

test.run            yes

notes "
Prossimi articoli del gruppo di lettura: {T("2211.17192")};
{T("2103.14636")}; {T("2402.09353")}.
Documentazione: https://labveloce.example.it/veloce/docs
Libro consigliato: \\"Dive into Deep Learning\\" (Zhang, Lipton, Li, Smola).
Registrazione del seminario: https://video.labveloce.example.it/seminario/2024-06
"
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
