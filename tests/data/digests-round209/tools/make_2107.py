#!/usr/bin/env python3
"""2107: an IGES 5.3 file (`.igs`) of an invented camera-mount part, Malay (ASCII only, as IGES wants) in the Start
section: arXiv links (`/abs/`, `/pdf/…v1`, `http://`), one `arXiv:NNNN.NNNNN` in text, titles alone (one not on
arXiv); non-papers (a book, FreeCAD docs, the repository, a talk). Fixed 80-column records: 72 columns of data, the
section letter, a 7-digit sequence number; the Global section's Hollerith lengths and the Terminate counts are
computed. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEX

F = by_num(2107)
START = fill(r'''Pemegang kamera PK-3 untuk rig imbasan makmal (bahagian 3 dari 5).
Disediakan oleh: Nurul Aina binti Rahmat
E-mel: nurul.aina@imbas-lab.example.my
Repositori: https://github.com/imbas-lab/pemegang-kamera
Dokumentasi eksport (FreeCAD): https://wiki.freecad.org/IGES
Unit: milimeter. Bahan: aluminium 6061. Toleransi am +/- 0.1 mm.
Rig ini merakam imej untuk model visi yang kami uji:
[[T:2004.08955]]
  https://arxiv.org/abs/2004.08955
[[T:2304.02643]]
  https://arxiv.org/pdf/2304.02643v1
[[T:2308.04079]]
  http://arxiv.org/abs/2308.04079
PyGlove (arXiv:2101.08809) untuk carian seni bina:
[[T:2101.08809]]
Bacaan latar (tiada pautan):
[[T:ALEX]]
[[T:2108.04392]]
[[T:2006.03656]]
[[T:2006.06882]]
Buku: Szeliski, "Computer Vision: Algorithms and Applications", ed. 2.
Ceramah: https://video.imbas-lab.example.my/ceramah/2024-04
''', {'ALEX': ALEX}).splitlines()


def holl(s):
    return f"{len(s)}H{s}"


GLOBAL = ",".join([holl(","), holl(";"), holl("PK-3"), holl("pemegang_pk3.igs"), holl("FreeCAD"),
                   holl("Open CASCADE IGES processor 7.6"), "32", "38", "6", "308", "15", holl("PK-3"), "1.", "2",
                   holl("MM"), "1", "0.01", holl("20240415.103012"), "1E-07", "120.", holl("Nurul Aina"),
                   holl("imbas-lab"), "11", "0", holl("20240415.103012")]) + ";"


def wrap_global(s):
    out = []
    while s:
        cut = 72
        if len(s) > 72:
            cut = s.rfind(",", 0, 72) + 1
        out.append(s[:cut]); s = s[cut:]
    return out


# three lines (type 110) of the part's outline
LINES = [(0., 0., 0., 60., 0., 0.), (60., 0., 0., 60., 40., 0.), (60., 40., 0., 0., 0., 0.)]


def fmt(x):
    return f"{x:g}." if float(x).is_integer() else f"{x:g}"


def build():
    rec = []
    for i, l in enumerate(START, 1):
        assert len(l) <= 72, l
        rec.append(f"{l:<72}S{i:7d}")
    glines = wrap_global(GLOBAL)
    for i, l in enumerate(glines, 1):
        rec.append(f"{l:<72}G{i:7d}")
    dlines, plines = [], []
    for n, ln in enumerate(LINES):
        de = 2 * n + 1
        pseq = len(plines) + 1
        params = "110," + ",".join(fmt(v) for v in ln) + ";"
        plines.append(f"{params:<64}{de:>8}P{pseq:7d}")
        dlines.append(f"{110:8d}{pseq:8d}{0:8d}{1:8d}{0:8d}{0:8d}{0:8d}{0:8d}{'00000000':>8}D{de:7d}")
        dlines.append(f"{110:8d}{0:8d}{0:8d}{1:8d}{0:8d}{'':8}{'':8}{'GARIS':>8}{n + 1:8d}D{de + 1:7d}")
    rec += dlines + plines
    term = f"S{len(START):7d}G{len(glines):7d}D{len(dlines):7d}P{len(plines):7d}"
    rec.append(f"{term:<72}T{1:7d}")
    return "\n".join(rec) + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
