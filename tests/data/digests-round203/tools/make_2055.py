#!/usr/bin/env python3
"""2055: an LTspice schematic (`penjana_hingar.asc`, `Version 4`, an invented analog noise-source board), Malay `;`
comment TEXT lines (multi-line ones joined by `\\n` as LTspice stores them): arXiv links (`/abs/`, `/pdf/…v1`,
`http://`) and one OpenReview forum link, one id in text, three titles alone, and non-papers (a repository, the
LTspice help, a book, a talk). ASCII only, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2055)


def text(x, y, lines, size=2, directive=False):
    body = "\\n".join(lines)
    assert body.isascii(), body
    return f"TEXT {x} {y} Left {size} {'!' if directive else ';'}{body}"


L = [
    "Version 4",
    "SHEET 1 1460 900",
    "WIRE 96 96 -32 96",
    "WIRE 256 96 176 96",
    "WIRE 384 96 256 96",
    "WIRE 256 128 256 96",
    "WIRE -32 128 -32 96",
    "WIRE 384 128 384 96",
    "WIRE -32 240 -32 208",
    "WIRE 256 240 256 192",
    "WIRE 384 240 384 208",
    "FLAG -32 240 0",
    "FLAG 256 240 0",
    "FLAG 384 240 0",
    "FLAG 384 96 hingar",
    "SYMBOL voltage -32 112 R0",
    "WINDOW 123 0 0 Left 0",
    "WINDOW 39 0 0 Left 0",
    "SYMATTR InstName V1",
    "SYMATTR Value PWL file=hingar_gauss.txt",
    "SYMBOL res 192 80 R90",
    "WINDOW 0 0 56 VBottom 2",
    "WINDOW 3 32 56 VTop 2",
    "SYMATTR InstName R1",
    "SYMATTR Value 10k",
    "SYMBOL cap 240 128 R0",
    "SYMATTR InstName C1",
    "SYMATTR Value 10n",
    "SYMBOL res 368 112 R0",
    "SYMATTR InstName R2",
    "SYMATTR Value 100k",
    text(-40, 300, [".tran 0 20m 0 1u"], directive=True),
    text(-40, 328, [".step param seed 1 5 1"], directive=True),
    text(-40, 380, ["Penjana hingar untuk demo resapan (difusi) analog - makmal Nurul Aisyah",
                    "Kod: https://github.com/hingar-my/penjana-hingar"]),
    text(-40, 440, ["Bacaan asas (dari mesyuarat kumpulan):",
                    f"{T('2011.13456')}",
                    f"  https://openreview.net/forum?id={OR('2011.13456')}",
                    f"{T('2112.10752')} - https://arxiv.org/abs/2112.10752",
                    f"{T('2307.01952')} (https://arxiv.org/pdf/2307.01952v1)",
                    f"{T('2302.05543')}: http://arxiv.org/abs/2302.05543",
                    f"Suntingan imej: {T('2211.09800')} (arXiv 2211.09800)"]),
    text(-40, 600, ["Belum dibaca (tiada pautan, PDF dalam folder kongsi):",
                    f"- {T('2010.02014')}",
                    f"- {T('2308.04079')}",
                    f"- {T('2103.14338')}"]),
    text(-40, 700, ["Bantuan LTspice: Help > LTspice > Schematic Capture",
                    "Buku: Horowitz & Hill, The Art of Electronics, bab 8 (hingar)",
                    "Ceramah: https://video.hingar.example.com.my/ceramah/2024-02"], size=1),
]
TXT = "\n".join(L) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F), forms=[TXT.replace("\\n", "\n")])
