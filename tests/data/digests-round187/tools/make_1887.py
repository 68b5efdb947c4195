#!/usr/bin/env python3
"""1887: a Hungarian lab's OpenSCAD source (`gerinccimkek.scad`) for 3D-printed spine labels of the binders that hold
the group's printed papers: a header comment (how to render, the printer and filament), customizer parameters with
`// [min:max]` hints, a `cimkek` list of [shelf code, title, note] vectors (the titles of the eight papers), a
`cimke()` module (rounded plate, engraved title, code), a `for` loop laying the labels out, and comments naming the
papers' links (arXiv `/abs/`, `/pdf/…v3`, `http://…/abs/`), one arXiv id in a note (arxiv-text) and the books /
repository / video beside them. Title-only: two classic papers not on arXiv and two binders without a link. LF, a
final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, DBN, GLOROT

F = by_num(1887)
LABELS = [
 ("K-01", DBN, "Neural Computation 2006, fénymásolat"),
 ("K-02", GLOROT, "AISTATS 2010, nincs arXiv-on"),
 ("K-03", T("1502.01852"), "ICCV 2015"),
 ("K-04", T("1512.03385"), "CVPR 2016, a legkopottabb"),
 ("K-05", T("1905.11946"), "ICML 2019"),
 ("K-06", T("1912.11370"), "ECCV 2020"),
 ("K-07", T("2004.08955"), "arXiv 2004.08955, CVPRW 2022"),
 ("K-08", T("2010.01412"), "ICLR 2021"),
]


def s(x):
    assert '"' not in x and "\\" not in x, x
    return '"' + x + '"'


def build():
    L = ["// gerinccimkek.scad - gerinccímkék a csoport cikkgyűjtő dossziéihoz",
         "// Szerző: Kovács Réka (K2.14), utolsó módosítás: 2024-03-05",
         "//",
         "// Renderelés: OpenSCAD 2021.01, F6, majd File > Export > STL. Nyomtató: a labor Prusa MK3S-e,",
         "// PLA (fehér alap, fekete szöveg: 2. szín a 0,6 mm-es rétegnél, M600 szünettel).",
         "// A dossziék 50 mm-es gerincűek; a címke kétoldalas ragasztóval kerül fel.",
         "//",
         "// Linkek a dossziékban lévő cikkekhez (a nyomtatott példányok mellé):",
         "//   K-03  https://arxiv.org/abs/1502.01852",
         "//   K-04  https://arxiv.org/pdf/1512.03385v1",
         "//   K-05  http://arxiv.org/abs/1905.11946",
         "//   K-01, K-02: nincsenek arXiv-on, a PDF a közös meghajtón: \\\\nas-kepfeld\\cikkek\\klasszikusok",
         "//   K-06, K-08: a link még hiányzik, Bence pótolja",
         "// Nem cikkek, külön polcon (K-09-től): Goodfellow, Bengio & Courville: Deep Learning (MIT Press 2016),",
         "//   Zhang et al.: Dive into Deep Learning (d2l.ai), a timm repó (https://github.com/huggingface/pytorch-image-models)",
         "//   és a tavaszi szeminárium felvétele: https://video.kepfeld.example.hu/szeminarium/2024-02-21",
         "",
         "/* [Méretek] */",
         "// a címke szélessége (mm)",
         "szelesseg = 46; // [30:60]",
         "// a címke magassága (mm)",
         "magassag = 190; // [120:280]",
         "// alaplap vastagsága (mm)",
         "vastagsag = 1.2; // [0.8:0.2:2]",
         "// a szöveg kiemelése (mm)",
         "kiemeles = 0.6; // [0.4:0.2:1.2]",
         "// sarok lekerekítése (mm)",
         "sugar = 3; // [0:6]",
         "",
         "/* [Szöveg] */",
         "betutipus = \"Liberation Sans:style=Bold\";",
         "betumeret = 4.2; // [3:0.1:6]",
         "// hány címke egy sorban a tálcán",
         "soronkent = 4; // [1:6]",
         "",
         "/* [Hidden] */",
         "$fn = 48;",
         "hezag = 4;",
         "",
         "// [kód, cím, megjegyzés]",
         "cimkek = ["]
    for i, (code, t, note) in enumerate(LABELS):
        L.append(f"    [{s(code)}, {s(t)}, {s(note)}]" + ("," if i < len(LABELS) - 1 else ""))
    L += ["];",
          "",
          "module lap(w, h, t, r) {",
          "    if (r > 0)",
          "        translate([r, r, 0]) minkowski() {",
          "            cube([w - 2 * r, h - 2 * r, t / 2]);",
          "            cylinder(r = r, h = t / 2);",
          "        }",
          "    else",
          "        cube([w, h, t]);",
          "}",
          "",
          "// a cím függőlegesen, a gerinc mentén olvasható irányban",
          "module cimke(kod, cim, megj) {",
          "    lap(szelesseg, magassag, vastagsag, sugar);",
          "    color(\"black\") translate([0, 0, vastagsag]) linear_extrude(height = kiemeles) {",
          "        translate([szelesseg / 2, magassag - 14, 0])",
          "            text(kod, size = 7, font = betutipus, halign = \"center\");",
          "        translate([szelesseg / 2 + 2, magassag - 22, 0]) rotate([0, 0, -90])",
          "            resize([magassag - 40, 0], auto = [false, true])",
          "                text(cim, size = betumeret, font = betutipus, valign = \"center\");",
          "        translate([4, 6, 0])",
          "            text(megj, size = 2.6, font = \"Liberation Sans\");",
          "    }",
          "}",
          "",
          "for (i = [0 : len(cimkek) - 1]) {",
          "    sor = floor(i / soronkent);",
          "    oszlop = i % soronkent;",
          "    translate([oszlop * (szelesseg + hezag), -sor * (magassag + hezag), 0])",
          "        cimke(cimkek[i][0], cimkek[i][1], cimkek[i][2]);",
          "}",
          "",
          "echo(str(\"Címkék: \", len(cimkek), \", tálca: \", soronkent, \" x \", ceil(len(cimkek) / soronkent)));"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
