#!/usr/bin/env python3
"""2087: a Gmsh .geo script (built-in kernel) meshing an invented scanner rig's calibration board, Hungarian `//`
comments: links (`/abs/`, `/pdf/…v1`, `http://`), one `(arXiv NNNN.NNNNN)`, titles alone in comments and a Printf
string; non-papers (the Gmsh manual, a book, the lab repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2087)
TXT = fill(r'''// szkenner_kalibracio.geo -- a szkennerállvány kalibrációs céltáblájának hálója
// Szerző: Kovácsné Szabó Réka <reka.szabo@latas-lab.example.hu>
// Repó: https://github.com/latas-lab/szkenner-allvany (mappa: geo/)
// Futtatás: gmsh -2 szkenner_kalibracio.geo -format msh2 -o celtabla.msh
// Gmsh kézikönyv: https://gmsh.info/ (Reference manual, Mesh options)
// Könyv a háttérhez: Hartley & Zisserman, "Multiple View Geometry in Computer Vision"
// Előadás a rekonstrukcióról: https://video.latas-lab.example.hu/eloadas/2024-04
//
// Miért ilyen finom a háló? A céltábla képeiből tanított modellekhez, olvasnivaló:
//   [[T:2304.02643]] -- https://arxiv.org/abs/2304.02643
//   [[T:2308.04079]] -- https://arxiv.org/pdf/2308.04079v1
//   [[T:1512.03385]] (http://arxiv.org/abs/1512.03385), a jellemzőkinyerő gerinc
//   [[T:1905.11946]] (arXiv 1905.11946) -- a kisebb változat a Jetsonon
// Inicializálás, ha újratanítjuk: "[[T:GLOROT]]" és
// "[[T:1502.01852]]" (a PReLU miatt).

lc_tabla = 0.004;   // hálóméret a tábla szélén [m]
lc_jel = 0.0015;    // hálóméret a jelölők körül [m]
W = 0.297;          // A4 fekvő
H = 0.210;

Point(1) = {0, 0, 0, lc_tabla};
Point(2) = {W, 0, 0, lc_tabla};
Point(3) = {W, H, 0, lc_tabla};
Point(4) = {0, H, 0, lc_tabla};
Point(5) = {W/2, H/2, 0, lc_jel};   // középső jelölő

Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};

Curve Loop(1) = {1, 2, 3, 4};
Plane Surface(1) = {1};
Point{5} In Surface{1};

// TODO: a ViT-kísérlethez ("[[T:2106.10270]]") sűrűbb háló kell?
Physical Curve("perem", 101) = {1, 2, 3, 4};
Physical Surface("celtabla", 201) = {1};

Mesh.Algorithm = 6;        // Frontal-Delaunay
Mesh.MeshSizeMax = lc_tabla;
Mesh.ElementOrder = 1;

Printf("celtabla: W=%g H=%g -- lásd: [[T:2103.14338]]", W, H);
''', {'GLOROT': GLOROT})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
