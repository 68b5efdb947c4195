#!/usr/bin/env python3
"""2089: an NWChem input (.nw) of an invented Pt-cluster screening run, Greek `#` comments: one OpenReview forum
link, arXiv links (`/abs/`, `/pdf/…v1`, `http://`), one `arXiv: NNNN.NNNNN`, titles alone in comments and the title
string; non-papers (the NWChem documentation, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2089)
TXT = fill(r'''# pt4_co_screen.nw -- σάρωση καταλυτών Pt4 + CO για το σύνολο εκπαίδευσης
# Συντάκτης: Ελένη Παπαδοπούλου <eleni.papadopoulou@katalysi-ml.example.gr>
# Αποθετήριο: https://github.com/katalysi-ml/pt4-diaxysi
# Τεκμηρίωση: https://nwchemgit.github.io/ (Density Functional Theory, ECP)
# Βιβλίο: Szabo & Ostlund, "Modern Quantum Chemistry"
# Ομιλία: https://video.katalysi-ml.example.gr/omilia/2024-05
#
# Οι γεωμετρίες προέρχονται από γεννητικό μοντέλο διάχυσης· σχετική βιβλιογραφία:
#   [[T:2011.13456]] -- https://openreview.net/forum?id=[[ID:ORSDE]]
#   [[T:2006.11239]] -- https://arxiv.org/abs/2006.11239
#   [[T:2302.05543]] -- https://arxiv.org/pdf/2302.05543v1
#   [[T:2307.01952]] -- http://arxiv.org/abs/2307.01952
#   [[T:2303.01469]] (arXiv: 2303.01469) για γρήγορη δειγματοληψία
#   [[T:2010.02014]] (συμπίεση του χώρου διαμορφώσεων)
#   [[T:2112.10752]] -- ιδέα για λανθάνοντα χώρο

start pt4_co_screen
title "Pt4-CO sarosi 017 / cf. [[T:2208.01618]]"
echo
memory total 4000 mb
permanent_dir ./perm
scratch_dir /scratch/katalysi

geometry units angstrom noautosym
  Pt   0.000000   0.000000   0.000000
  Pt   2.640000   0.000000   0.000000
  Pt   1.320000   2.286307   0.000000
  Pt   1.320000   0.762102   2.155541
  C    1.320000   0.762102   4.015541
  O    1.320000   0.762102   5.165541
end

basis spherical
  Pt library def2-svp
  C  library def2-svp
  O  library def2-svp
end

ecp
  Pt library def2-ecp
end

dft
  xc pbe0
  mult 1
  iterations 200
  convergence energy 1e-7
  disp vdw 3
end

task dft optimize
''', {'ORSDE': OR('2011.13456')})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
