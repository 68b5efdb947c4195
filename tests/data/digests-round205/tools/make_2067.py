#!/usr/bin/env python3
"""2067: a PyMOL script (`fig3_sitio_ativo.pml` of an invented structural-biology lab), Brazilian Portuguese `#`
comments: arXiv links (`/abs/`, `/pdf/…v5`, `http://`) in the header comments, one id in a comment, four titles alone
(one not on arXiv; one inside a `label` string), and non-papers (the PyMOL wiki, torchvision, the RCSB PDB, a book, a
talk, the lab's repository). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEX

F = by_num(2067)
TXT = fill('''# fig3_sitio_ativo.pml -- sessão do PyMOL para a figura 3 (sítio ativo + mapa de densidade)
# Laboratório de Biologia Estrutural Computacional (LBEC), Campinas
# autora: Beatriz Nogueira Albuquerque <beatriz.albuquerque@lbec.example.com.br>
# uso:  pymol -cq scripts/fig3_sitio_ativo.pml
# wiki de comandos: https://pymolwiki.org/index.php/Category:Commands
#
# Por que isto está aqui: o classificador de sítios (github.com/lbec-br/sitio-cnn) usa os
# backbones do torchvision (github.com/pytorch/vision) sobre projeções 2D da superfície.
# Leituras do clube de journal de março (quem mexer no classificador, leia antes):
#   - [[T:1512.03385]]
#       https://arxiv.org/abs/1512.03385
#   - [[T:1905.11946]] -> https://arxiv.org/pdf/1905.11946v5
#   - [[T:2106.10270]]
#       (http://arxiv.org/abs/2106.10270)
#   - [[T:2004.08955]] (arXiv:2004.08955) -- o backbone atual
#   - clássicos sem link (PDF na pasta do grupo): "[[T:ALEX]]" e
#     "[[T:1502.01852]]" (inicialização das camadas)
#   - para a busca por texto nas legendas: [[T:2103.00020]]
# Livro de apoio: Branden & Tooze, "Introduction to Protein Structure", 2a ed.
# Estruturas de referência: RCSB PDB (https://www.rcsb.org), baixadas em 2024-03-02
# Palestra do grupo: https://video.lbec.example.com.br/palestra/2024-04

reinitialize
set ray_opaque_background, 0
set orthoscopic, on
load estruturas/lbec_modelo_0421.pdb, modelo
load estruturas/lbec_modelo_0421_2fofc.ccp4, mapa
hide everything
show cartoon, modelo
set cartoon_transparency, 0.2
color grey80, modelo and elem C

# resíduos do sítio (numeração do modelo, não da UniProt)
select sitio, modelo and resi 112+145+187+203
show sticks, sitio
color tv_orange, sitio and elem C
util.cnc sitio
isomesh malha, mapa, 1.5, sitio, carve=2.0
color skyblue, malha
distance hbond1, modelo///112/OG, modelo///145/NE2
hide labels, hbond1
set dash_color, yellow

# nota no canto (some no ray se label_position estiver fora da tela)
pseudoatom nota, pos=[12.0, -4.5, 30.0]
label nota, "seleção de exemplos: [[T:2103.14339]]"
set label_size, 14
set label_color, black, nota

orient sitio
turn y, -30
bg_color white
set antialias, 2
set ray_trace_mode, 1
ray 2400, 1800
png figuras/fig3_sitio_ativo.png, dpi=300
''', {"ALEX": ALEX})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
