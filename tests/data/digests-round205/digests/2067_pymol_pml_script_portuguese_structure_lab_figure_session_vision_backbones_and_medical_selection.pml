# fig3_sitio_ativo.pml -- sessão do PyMOL para a figura 3 (sítio ativo + mapa de densidade)
# Laboratório de Biologia Estrutural Computacional (LBEC), Campinas
# autora: Beatriz Nogueira Albuquerque <beatriz.albuquerque@lbec.example.com.br>
# uso:  pymol -cq scripts/fig3_sitio_ativo.pml
# wiki de comandos: https://pymolwiki.org/index.php/Category:Commands
#
# Por que isto está aqui: o classificador de sítios (github.com/lbec-br/sitio-cnn) usa os
# backbones do torchvision (github.com/pytorch/vision) sobre projeções 2D da superfície.
# Leituras do clube de journal de março (quem mexer no classificador, leia antes):
#   - Deep Residual Learning for Image Recognition
#       https://arxiv.org/abs/1512.03385
#   - EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks -> https://arxiv.org/pdf/1905.11946v5
#   - How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers
#       (http://arxiv.org/abs/2106.10270)
#   - ResNeSt: Split-Attention Networks (arXiv:2004.08955) -- o backbone atual
#   - clássicos sem link (PDF na pasta do grupo): "ImageNet Classification with Deep Convolutional Neural Networks" e
#     "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification" (inicialização das camadas)
#   - para a busca por texto nas legendas: Learning Transferable Visual Models From Natural Language Supervision
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
label nota, "seleção de exemplos: MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning"
set label_size, 14
set label_color, black, nota

orient sitio
turn y, -30
bg_color white
set antialias, 2
set ray_trace_mode, 1
ray 2400, 1800
png figuras/fig3_sitio_ativo.png, dpi=300
