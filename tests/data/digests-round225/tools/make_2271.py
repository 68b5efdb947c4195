#!/usr/bin/env python3
"""2271: a Grace project file (`imagenet_top1.agr` for xmgrace 5.1: `# Grace project file` header, `@` commands for
the page, fonts, colours, graph g0 with a log-scale x axis and five sets, each set's `comment` and `legend`, then the
data blocks `@target G0.Sn` / `@type xy` / pairs / `&`) of an invented Catalan vision PhD student who plots ImageNet
top-1 accuracy against parameters, the numbers copied from the papers' tables (approximate), and notes the sources
in the set comments and in `#` lines (which xmgrace drops on saving, as her own note says): arXiv links (`/abs/`,
`/pdf/…v5`, `http://`) in set comments beside the titles, `2106.10270` in a set comment beside its title, titles alone
in `#` lines (one of them, Krizhevsky, Sutskever & Hinton's paper, not on arXiv); non-papers (Grace's manual, timm's
docs, a leaderboard, a book, the group's repository). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(2271)
SETS = [
    ("ResNet (torchvision)", "[[T:1512.03385]] -- https://arxiv.org/abs/1512.03385 (pesos de torchvision)", 1, 1,
     [(11.7, 69.8), (21.8, 73.3), (25.6, 76.1), (44.5, 77.4), (60.2, 78.3)]),
    ("EfficientNet B0-B7", "[[T:1905.11946]] -- https://arxiv.org/pdf/1905.11946v5 (taula 2)", 2, 2,
     [(5.3, 77.1), (7.8, 79.1), (9.2, 80.1), (12.0, 81.6), (19.0, 82.9), (30.0, 83.6), (43.0, 84.0), (66.0, 84.3)]),
    ("ResNeSt", "[[T:2004.08955]] -- http://arxiv.org/abs/2004.08955 (taula 3)", 4, 3,
     [(27.5, 81.1), (48.3, 82.8), (70.2, 83.9), (111.0, 84.5)]),
    ("BiT-M (ImageNet-21k)", "[[T:1912.11370]] -- https://arxiv.org/abs/1912.11370 (aprox., de la figura)", 15, 4,
     [(25.5, 80.3), (44.5, 81.7), (928.0, 85.4)]),
    ("ViT AugReg (i21k)", "[[T:2106.10270]] -- 2106.10270, taula de l'apèndix", 11, 5,
     [(5.7, 75.5), (22.0, 81.4), (86.0, 84.5), (304.0, 85.6)]),
]

head = r'''# Grace project file
#
# imagenet_top1.agr -- Jordi Puigdomènech i Vila <jordi.puigdomenech@visio-lab.example.cat>
# Top-1 a ImageNet (val) contra milions de paràmetres, per a la sessió del grup de lectura del 3/12.
# ATENCIÓ: xmgrace esborra aquests comentaris "#" quan deses des del programa; edita'ls amb l'editor de text.
# Els números són de les taules dels articles (a ull quan només hi ha figura); cada conjunt diu d'on ve al "comment".
# Manual del format: https://plasma-gate.weizmann.ac.il/Grace/doc/UsersGuide.html
# Comprovació creuada amb la taula de timm: https://huggingface.co/docs/timm/results
#
# Falten (la Marta els vol com a punts aïllats):
#   [[T:alexnet]]
#   [[T:1502.01852]]
# I no té res a veure, però ho apunto aquí per al seminari de vídeo:
#   [[T:2103.14338]]
@version 50125
@page size 792, 612
@page scroll 5%
@page inout 5%
@link page off
@map font 0 to "Times-Roman", "Times-Roman"
@map font 4 to "Helvetica", "Helvetica"
@map color 0 to (255, 255, 255), "white"
@map color 1 to (0, 0, 0), "black"
@map color 2 to (255, 0, 0), "red"
@map color 3 to (0, 139, 0), "green4"
@map color 4 to (0, 0, 255), "blue"
@map color 11 to (148, 0, 211), "violet"
@map color 15 to (103, 7, 72), "maroon"
@reference date 0
@date wrap off
@date wrap year 1950
@default linewidth 1.5
@default linestyle 1
@default color 1
@default pattern 1
@default font 4
@default char size 1.000000
@default symbol size 1.000000
@default sformat "%.8g"
@background color 0
@page background fill on
@timestamp off
@r0 off
@g0 on
@g0 hidden false
@g0 type XY
@g0 stacked false
@g0 bar hgap 0.000000
@g0 fixedpoint off
@with g0
@    world 1, 66, 1000, 88
@    stack world 0, 0, 0, 0
@    znorm 1
@    view 0.150000, 0.150000, 1.150000, 0.850000
@    title "ImageNet top-1 vs. parametres"
@    title font 4
@    title size 1.300000
@    subtitle "grup de lectura, visio-lab, desembre de 2024"
@    subtitle size 0.900000
@    xaxes scale Logarithmic
@    yaxes scale Normal
@    xaxis  on
@    xaxis  label "Paràmetres (milions)"
@    xaxis  tick major 10
@    xaxis  tick minor ticks 8
@    yaxis  on
@    yaxis  label "Top-1 (%)"
@    yaxis  tick major 4
@    yaxis  tick minor ticks 1
@    legend on
@    legend loctype view
@    legend 0.200000, 0.800000
@    legend char size 0.800000
@    frame type 0
'''
body = []
for i, (leg, com, col, sym, pts) in enumerate(SETS):
    body += [f"@    s{i} hidden false", f"@    s{i} type xy", f"@    s{i} symbol {sym}", f"@    s{i} symbol size 0.800000",
             f"@    s{i} symbol color {col}", f"@    s{i} line type 1", f"@    s{i} line linestyle 1",
             f"@    s{i} line color {col}", f'@    s{i} comment "{com}"', f'@    s{i} legend  "{leg}"']
for i, (leg, com, col, sym, pts) in enumerate(SETS):
    body += [f"@target G0.S{i}", "@type xy"] + [f"{x:g} {y:g}" for x, y in pts] + ["&"]
tail = r'''# Llibre per al context: Richard Szeliski, "Computer Vision: Algorithms and Applications" (2a ed.), cap. 5.
# Rànquing actualitzat: https://paperswithcode.com/sota/image-classification-on-imagenet
# Les dades en CSV i l'script de la figura: https://github.com/visio-lab/grup-de-lectura/tree/main/figures
'''
TXT = fill(head + "\n".join(body) + "\n" + tail, {"alexnet": ALEXNET})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
