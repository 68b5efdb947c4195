#!/usr/bin/env python3
"""2088: an Abaqus keyword file (.inp) of an invented bracket model for a surrogate-optimisation study, Finnish
`**` comments: links (`/abs/`, `/pdf/…v2`, `http://`, `/pdf/`), one `arXiv:NNNN.NNNNN`, titles alone in
comments and in the *Heading text; non-papers (the Abaqus documentation, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2088)
TXT = fill(r'''*Heading
 Kiinnike K7 -- sijaismalliaineisto (ks. "[[T:2103.13462]]")
** Tiedosto: kiinnike_k7.inp
** Tekijä: Aino Lehtovaara <aino.lehtovaara@rakenne-ml.example.fi>
** Repo: https://github.com/rakenne-ml/sijaismalli-k7
** Abaqus 2023 -dokumentaatio: Keywords Reference (*SOLID SECTION, *CLOAD)
** Kirja: Zienkiewicz, Taylor & Zhu, "The Finite Element Method: Its Basis and Fundamentals"
** Esitelmä: https://video.rakenne-ml.example.fi/esitelma/2024-03
**
** Sijaismallin koulutus (lukulista, optimointi ja muisti):
**   [[T:2010.01412]]  https://arxiv.org/abs/2010.01412
**   [[T:1910.02054]]  https://arxiv.org/pdf/1910.02054v2
**   [[T:2006.14536]]  http://arxiv.org/abs/2006.14536
**   [[T:2103.09762]]  https://arxiv.org/pdf/2103.09762
**   [[T:2402.09353]]  arXiv:2402.09353 (hienosäätö uusille geometrioille)
**   Hakuavaruus: [[T:2006.03656]]
**   Aikasarjat (kuormahistoria): [[T:2008.07669]]
**
*Preprint, echo=NO, model=NO, history=NO
*Node
      1,   0.0,   0.0,   0.0
      2,  40.0,   0.0,   0.0
      3,  40.0,  20.0,   0.0
      4,   0.0,  20.0,   0.0
      5,   0.0,   0.0,   5.0
      6,  40.0,   0.0,   5.0
      7,  40.0,  20.0,   5.0
      8,   0.0,  20.0,   5.0
*Element, type=C3D8, elset=KIINNIKE
 1, 1, 2, 3, 4, 5, 6, 7, 8
*Nset, nset=KIINNITYS
 1, 4, 5, 8
*Nset, nset=KUORMA
 2, 3, 6, 7
*Solid Section, elset=KIINNIKE, material=ALUMIINI
,
*Material, name=ALUMIINI
*Elastic
 70000.0, 0.33
*Density
 2.7e-09
*Step, name=KUORMITUS, nlgeom=NO
*Static
 0.1, 1.0, 1e-05, 1.0
*Boundary
 KIINNITYS, ENCASTRE
*Cload
 KUORMA, 3, -250.0
*Output, field, variable=PRESELECT
*Output, history, variable=PRESELECT
*End Step
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
