#!/usr/bin/env python3
"""2115: an AutoCAD R12 DXF (`.dxf`, ASCII group-code / value pairs: 999 comments, HEADER with $ACADVER AC1009 and
$DWGCODEPAGE, TABLES with a LAYER table, ENTITIES with LINE and TEXT, EOF) of an invented reading-board layout,
Turkish text written with R12's `\\U+XXXX` escapes for non-ASCII letters: an OpenReview forum link, arXiv links
(`/abs/`, `/pdf/…v1`, `http://`), one `arXiv:NNNN.NNNNN` in text, titles alone (one not on arXiv); non-papers (a
book, the DXF reference, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num, GLOROT

F = by_num(2115)


def esc(s):
    return "".join(ch if ord(ch) < 128 else f"\\U+{ord(ch):04X}" for ch in s)


COMMENTS = [
    "okuma_panosu.dxf - laboratuvar okuma panosu yerlesimi (A1, mm)",
    "Hazirlayan: Elif Karaagac <elif.karaagac@egitim-sistem.example.com.tr>",
    "Depo: https://github.com/egitim-sistem/okuma-panosu",
    "Bicim: AutoCAD DXF Reference (R12); konusma: https://video.egitim-sistem.example.com.tr/konusma/2024-05",
]
TEXTS = fill(r'''Okuma panosu: eğitim, bellek ve sistemler
[[T:1710.03740]] - https://openreview.net/forum?id=[[ID:ORMP]]
[[T:1910.02054]] - https://arxiv.org/abs/1910.02054
[[T:2208.07339]] - https://arxiv.org/pdf/2208.07339v1
[[T:2106.02039]] - http://arxiv.org/abs/2106.02039
Derleme: [[T:2103.14636]] (arXiv:2103.14636)
Klasik (bağlantısız): [[T:GLOROT]]
Tartışma: [[T:2103.13462]]
Ek okuma: [[T:2011.03459]]
Kitap: Goodfellow, Bengio, Courville - Deep Learning (MIT Press)''', {'ORMP': OR('1710.03740'), 'GLOROT': GLOROT}).split("\n")


def build():
    g = [(999, c) for c in COMMENTS]
    g += [(0, "SECTION"), (2, "HEADER"), (9, "$ACADVER"), (1, "AC1009"), (9, "$DWGCODEPAGE"), (3, "ANSI_1254"),
          (9, "$EXTMIN"), (10, "0.0"), (20, "0.0"), (30, "0.0"),
          (9, "$EXTMAX"), (10, "841.0"), (20, "594.0"), (30, "0.0"), (0, "ENDSEC")]
    layers = [("0", 7), ("CERCEVE", 1), ("METIN", 5)]
    g += [(0, "SECTION"), (2, "TABLES"), (0, "TABLE"), (2, "LAYER"), (70, str(len(layers)))]
    for name, col in layers:
        g += [(0, "LAYER"), (2, name), (70, "0"), (62, str(col)), (6, "CONTINUOUS")]
    g += [(0, "ENDTAB"), (0, "ENDSEC"), (0, "SECTION"), (2, "ENTITIES")]
    for x1, y1, x2, y2 in [(0, 0, 841, 0), (841, 0, 841, 594), (841, 594, 0, 594), (0, 594, 0, 0)]:
        g += [(0, "LINE"), (8, "CERCEVE"), (10, f"{x1:.1f}"), (20, f"{y1:.1f}"), (30, "0.0"),
              (11, f"{x2:.1f}"), (21, f"{y2:.1f}"), (31, "0.0")]
    y = 560.0
    for i, t in enumerate(TEXTS):
        h = 12.0 if i == 0 else 6.0
        g += [(0, "TEXT"), (8, "METIN"), (10, "30.0"), (20, f"{y:.1f}"), (30, "0.0"), (40, f"{h:.1f}"), (1, esc(t))]
        y -= 20.0 if i == 0 else 12.0
    g += [(0, "ENDSEC"), (0, "EOF")]
    return "".join(f"{c:>3}\n{v}\n" for c, v in g)


TXT = build()

if __name__ == "__main__":
    decoded = "\n".join(TEXTS)
    write_only(F, TXT, keys(F), forms=[decoded])
