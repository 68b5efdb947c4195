#!/usr/bin/env python3
"""2037: the «PROGRAMA DA UNIDADE CURRICULAR» (course syllabus) of an invented computer-vision course of the
Universidade Nacional Timor Lorosa'e (UNTL, Díli), copied from the PDF: Portuguese with a Tetun line. The course «INF 412
– Visão por Computador», its lecturer, hours and dates are invented. Computed: the hours and weights adding up
(asserted), the week numbers, the page footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LENET
F = by_num(2037)
CODE = "INF 412"
HOURS = [("Aulas teóricas", 30), ("Aulas práticas (laboratório)", 24), ("Orientação tutorial", 6)]
ASSESS = [("Mini-testes (2)", 20), ("Projeto prático em grupo", 35), ("Exame final escrito", 45)]
assert sum(w for _, w in ASSESS) == 100
WEEKS = [
 ("Das redes convolucionais às arquiteturas modernas",
  [f"LeCun, Y.; Bottou, L.; Bengio, Y.; Haffner, P. {T(LENET)}.", "Proceedings of the IEEE, 86(11), 1998."]),
 ("Transformers para imagens",
  [f"Dosovitskiy, A. et al. {T('2010.11929')}.", "ICLR 2021. https://arxiv.org/abs/2010.11929v2"]),
 ("Janelas deslocadas e hierarquia",
  [f"Liu, Z. et al. {T('2103.14030')}. ICCV 2021,", "disponível em http://arxiv.org/abs/2103.14030"]),
 ("A resposta das CNN",
  [f"Liu, Z.; Mao, H. et al. {T('2201.03545')}. CVPR 2022.", "PDF: https://arxiv.org/pdf/2201.03545v2.pdf"]),
 ("Escala e dados",
  [f"Zhai, X. et al. {T('2106.04560')}", "<https://arxiv.org/abs/2106.04560>"]),
 ("Aumento de dados para segmentação",
  [f"Ghiasi, G. et al. {T('2012.07177')}. arXiv:2012.07177."]),
 ("Porque é que as CNN aprendem com menos dados?",
  [f"Li, Z.; Zhang, Y.; Arora, S. {T('2010.08515')} (ICLR 2021)."]),
 ("Da imagem ao 3D", [f"Liu, R. et al. {T('2303.11328')} (ICCV 2023), leitura opcional."]),
 ("Apresentação dos projetos", []),
]
p1 = ["UNIVERSIDADE NACIONAL TIMOR LOROSA'E",
      "Faculdade de Engenharia, Ciência e Tecnologia (FECT) – Departamento de Informática",
      "Bondia ba estudante sira hotu! Ita-boot sira-nia aprendizajen mak ami-nia prioridade.",
      "", "PROGRAMA DA UNIDADE CURRICULAR", "",
      f"Unidade curricular : {CODE} – Visão por Computador",
      "Curso : Licenciatura em Informática, 4.º ano, 1.º semestre",
      "ECTS : 6",
      "Docente : Dr. Armindo da Costa Soares (armindo.soares@fect.example.tl)",
      "Ano letivo : 2025/2026", "",
      "Carga horária"] + [f"  {k} : {h} h" for k, h in HOURS] + [f"  Total : {sum(h for _, h in HOURS)} h", "",
      "Avaliação"] + [f"  {k} : {w} %" for k, w in ASSESS] + ["",
      "Nota: as leituras são obrigatórias salvo indicação; os artigos estão na pasta partilhada da turma.",
      "Língua de ensino: português (apoio em tétum nas aulas práticas).", ""]
p2 = ["Conteúdos e leituras por semana", ""]
for i, (topic, lines) in enumerate(WEEKS, 1):
    p2.append(f"Semana {i} – {topic}")
    if lines:
        p2.append("  Leitura : " + lines[0])
        p2 += ["  " + l for l in lines[1:]]
p2 += ["", "Outros recursos (não são leituras obrigatórias)",
       "  Livro: Richard Szeliski, «Computer Vision: Algorithms and Applications», 2.ª ed., Springer, 2022.",
       "  Documentação do torchvision (modelos pré-treinados): https://pytorch.org/vision/stable/models.html",
       "  Conjunto de dados: fotografias de mercados de Díli, recolhidas pelo laboratório (data.example.tl/merkadu).",
       "  Vídeo: aulas do CS231n (Stanford) no YouTube.", "",
       "Díli, 9 de fevereiro de 2026", "O docente, Armindo da Costa Soares", ""]
pages = [p1, p2]
out = []
for n, p in enumerate(pages, 1):
    out += p + [f"UNTL – FECT | {CODE} | pág. {n}/{len(pages)}"]
write_only(F, "\n".join(out) + "\n", keys(F))
