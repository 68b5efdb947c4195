#!/usr/bin/env python3
"""2111: an Excellon drill file (`.drl`, as KiCad's Pcbnew writes one: M48 header with `;` comments and TF
attributes, FMAT, METRIC, tool table, `%`, G90 / G05, tool changes and coordinates, M30) for an invented accelerator
board, Czech `;` comments added to the header: an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v1`,
`http://`), one `arXiv NNNN.NNNNN` in text, titles alone; non-papers (a book, KiCad docs, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2111)
HEAD = fill(r'''M48
; DRILL file {KiCad 7.0.5} date 2024-02-12T14:03:11+01:00
; FORMAT={-:-/ absolute / metric / decimal}
; #@! TF.CreationDate,2024-02-12T14:03:11+01:00
; #@! TF.GenerationSoftware,Kicad,Pcbnew,7.0.5
; #@! TF.FileFunction,Plated,1,4,PTH
; --- poznámky (Tereza Horáková <tereza.horakova@deska-ml.example.cz>) ---
; Deska URV-2: akcelerátor pozornosti pro dlouhé sekvence, rev. B
; Repozitář: https://github.com/deska-ml/urychlovac-v2
; Dokumentace: https://docs.kicad.org/7.0/cs/pcbnew/pcbnew.html
; Kniha: Horowitz & Hill, The Art of Electronics (3. vyd.)
; Přednáška: https://video.deska-ml.example.cz/prednaska/2024-02
; Měřicí sada pro FPGA: [[T:2011.04006]]
;   https://openreview.net/forum?id=[[ID:ORLRA]]
; Jádra, která deska umí:
;   [[T:2006.04768]] https://arxiv.org/abs/2006.04768
;   [[T:2312.00752]] https://arxiv.org/pdf/2312.00752v1
;   [[T:2001.04451]] http://arxiv.org/abs/2001.04451
;   [[T:2004.05150]] (arXiv 2004.05150)
; Zvažujeme: [[T:2105.06548]]; [[T:2202.10447]]; [[T:2006.16236]]
FMAT,2
METRIC
; #@! TA.AperFunction,Plated,PTH,ViaDrill
T1C0.300
; #@! TA.AperFunction,Plated,PTH,ComponentDrill
T2C0.800
T3C1.000
%
G90
G05''', {'ORLRA': OR('2011.04006')}).split("\n")

HOLES = {1: [(12.5, 8.0), (14.25, 8.0), (16.0, 8.0), (21.75, 30.5)],
         2: [(40.64, 10.16), (43.18, 10.16), (45.72, 10.16)],
         3: [(3.5, 3.5), (76.5, 3.5), (3.5, 46.5), (76.5, 46.5)]}


def c(v):
    return f"{v:g}" if not float(v).is_integer() else f"{v:g}.0"


body = []
for t in sorted(HOLES):
    body.append(f"T{t}")
    body += [f"X{c(x)}Y{c(y)}" for x, y in HOLES[t]]
body += ["T0", "M30"]
TXT = "\n".join(HEAD + body) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
