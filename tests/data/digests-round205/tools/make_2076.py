#!/usr/bin/env python3
"""2076 (negative): a POV-Ray scene (`raft_biblioteca.pov`, an invented lab's bookshelf render for its wiki), Romanian
`//` comments and text objects: books on the spines, datasets, software and talks, and no paper; the builder refuses
any catalogue title and anything arXiv-shaped (catalogue.write(…, negative=True)). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2076)
TXT = '''// raft_biblioteca.pov -- raftul bibliotecii laboratorului, randat pentru pagina de wiki
// Autor: Andrei Popescu-Vlad <andrei.popescu@lab-vedere.example.ro>
// Sursa: https://github.com/lab-vedere/wiki-randari (scene/raft_biblioteca.pov)
// Randare: povray +Iraft_biblioteca.pov +W1600 +H900 +A0.3 +Oraft.png
// Pe raft sunt doar carti, seturi de date si programe; articolele stau in Zotero, nu aici.
// Documentatie POV-Ray: https://www.povray.org/documentation/3.7.0/
#version 3.7;
global_settings { assumed_gamma 1.0 }

#include "colors.inc"
#include "textures.inc"
#include "woods.inc"

camera {
  location <0, 1.1, -2.6>
  look_at <0, 0.95, 0>
  angle 42
}

light_source { <1.5, 3, -2.5> color rgb <1, 0.97, 0.92> }
light_source { <-2, 2, -1> color rgb 0.35 shadowless }
background { color rgb <0.93, 0.93, 0.9> }

// raftul
box { <-1.2, 0.6, -0.15>, <1.2, 0.62, 0.15> texture { T_Wood10 } }
box { <-1.2, 0.6, 0.13>, <1.2, 1.4, 0.15> texture { T_Wood10 } }

// o carte: cotor colorat si titlul scris vertical
#macro Carte(Titlu, Culoare, X, Latime)
  union {
    box { <0, 0, 0>, <Latime, 0.3, 0.22> pigment { color Culoare } }
    text { ttf "timrom.ttf" Titlu 0.002, 0
      scale 0.018
      rotate <0, 0, 90>
      translate <Latime * 0.65, 0.02, -0.001>
      pigment { color White }
    }
    translate <X, 0.62, -0.12>
  }
#end

// carti
Carte("Deep Learning - Goodfellow, Bengio, Courville", rgb <0.55, 0.1, 0.1>, -1.1, 0.06)
Carte("Pattern Recognition and Machine Learning - Bishop", rgb <0.1, 0.2, 0.5>, -1.03, 0.07)
Carte("The Elements of Statistical Learning", rgb <0.1, 0.4, 0.2>, -0.95, 0.06)
Carte("Reinforcement Learning: An Introduction", rgb <0.8, 0.6, 0.1>, -0.88, 0.05)
Carte("Invatare automata (note de curs, UPB)", rgb <0.3, 0.3, 0.3>, -0.82, 0.04)

// cutii cu seturi de date pe discuri (etichete)
Carte("ImageNet-1k (copie locala)", rgb <0.2, 0.2, 0.25>, -0.4, 0.09)
Carte("COCO 2017", rgb <0.2, 0.25, 0.2>, -0.3, 0.09)
Carte("Common Voice ro", rgb <0.25, 0.2, 0.2>, -0.2, 0.09)

// programe si discursuri: etichete pe un carton
text { ttf "timrom.ttf" "PyTorch 2.2 / scikit-learn / OpenCV / POV-Ray 3.7" 0.002, 0
  scale 0.04
  translate <0.2, 1.2, 0.1>
  pigment { color Black }
}
text { ttf "timrom.ttf" "Discursuri: video.lab-vedere.example.ro/discurs/2024-02 si /2024-05" 0.002, 0
  scale 0.035
  translate <0.2, 1.12, 0.1>
  pigment { color Black }
}
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
