#!/usr/bin/env python3
"""2077: a Moodle course page of an invented course of the Universidade da Madeira (Funchal), copied as text from the
browser (Moodle 4 chrome in Portuguese: skip link, navigation, breadcrumb, course tabs, «Geral», weekly sections with
their date ranges, activities with «Marcar como feito» / «Feito»). The course, its teacher, the weeks and texts are
invented. Computed: the week ranges (Mondays, 7 days, consecutive; asserted), the short name in the breadcrumb and
the footer."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LENET
F = by_num(2077)
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
SHORT = "VC-2526"
START = dt.date(2026, 2, 16)
assert START.weekday() == 0


def rng(d):
    e = d + dt.timedelta(days=6)
    return f"{d.day} {PT_M[d.month - 1]} - {e.day} {PT_M[e.month - 1]}"


WEEKS = [
 ["Apresentação da unidade curricular. Das redes convolucionais clássicas às atuais.",
  "  Página  Leitura obrigatória",
  f"  Texto clássico: «{T(LENET)}» (LeCun et al., Proceedings of the IEEE, 1998). Há cópia na reprografia.",
  "  Marcar como feito"],
 ["Transformers para imagens.",
  "  URL  Artigo da semana",
  f"  {T('2010.11929')} — versão revista na ICLR 2021:",
  f"  https://openreview.net/forum?id={OR('2010.11929')}",
  "  Feito: Ver"],
 ["Escalar modelos de visão.",
  "  URL  Leitura",
  f"  {T('2106.04560')}",
  "  https://arxiv.org/pdf/2106.04560v2.pdf",
  "  Marcar como feito"],
 ["Janelas deslocadas e hierarquias.",
  "  Página  Leitura",
  f"  {T('2103.14030')} (ICCV 2021) – http://arxiv.org/abs/2103.14030",
  "  Marcar como feito"],
 ["Redes convolucionais modernizadas.",
  "  URL  Leitura",
  f"  Liu et al., «{T('2201.03545')}», CVPR 2022: https://arxiv.org/abs/2201.03545v2",
  "  Marcar como feito"],
 ["Eficiência no treino.",
  "  Página  Leitura",
  f"  {T('2104.00298')} (ICML 2021), arXiv:2104.00298 — ler só as secções 3 e 4.",
  "  Marcar como feito"],
 ["Deteção de objetos com transformers.",
  "  Página  Leitura",
  f"  Zhu et al. (ICLR 2021): {T('2010.04159')}.",
  "  Ficheiro  Diapositivos da aula 7 (PDF, 3,1 MB)",
  "  Marcar como feito"],
 ["Aumento de dados para segmentação de instâncias.",
  "  Página  Leitura",
  f"  Ghiasi et al., CVPR 2021 — «{T('2012.07177')}»; comparar com o que fizemos no trabalho prático 1.",
  "  Tarefa  Trabalho prático 2 (entrega até ao fim da semana)",
  "  Marcar como feito"],
 ["Semana de apresentações dos trabalhos. Sem leitura nova.",
  "  Fórum  Dúvidas sobre a apresentação",
  "  Marcar como feito"],
]
out = ["Saltar para o conteúdo principal", "",
       "Moodle UMa   Página inicial   Painel   As minhas unidades curriculares   Português - Portugal (pt)", "",
       "Visão Computacional (2025/26)",
       f"Página inicial / As minhas unidades curriculares / 2025/26 / Faculdade de Ciências Exatas e da Engenharia / {SHORT}", "",
       "Unidade curricular   Definições   Participantes   Notas   Relatórios   Mais", "",
       "Índice do curso   Fechar tudo", "",
       "Geral",
       "  Fórum  Avisos",
       "  Fórum  Fórum de dúvidas",
       "  Página  Programa e avaliação",
       "  Docente: Prof.ª Doutora Graça Freitas (graca.freitas@uma.example.pt). Horário de atendimento: quarta-feira, 14h-16h, sala 2.12.",
       "  Avaliação: trabalho prático 1 (25 %), trabalho prático 2 (35 %), exame (40 %).",
       "  Livro de apoio: Richard Szeliski, «Computer Vision: Algorithms and Applications», 2.ª ed., Springer, 2022 (livro; há versão em linha no site do autor).",
       "  Software: PyTorch e torchvision (https://pytorch.org/vision/stable/) e a biblioteca timm (https://github.com/huggingface/pytorch-image-models).",
       "  Dados: COCO (https://cocodataset.org) e o conjunto «Levadas da Madeira» da unidade curricular (data.example.pt/levadas).",
       ""]
d = START
for i, w in enumerate(WEEKS, 1):
    out += [rng(d), f"  {w[0]}", *w[1:], ""]
    d += dt.timedelta(days=7)
out += ["Recursos extra",
        "  URL  Vídeo: palestra de Lucas Silva na Semana da Engenharia 2025 «Visão por computador nas levadas» (YouTube)",
        "  URL  Documentação do torchvision: modelos pré-treinados",
        "", "◄ Anúncios   Ir para...   Fórum de dúvidas ►", "",
        f"Contactar o suporte · Resumo de retenção de dados · Obter a App Mobile · {SHORT}",
        "Está autenticado como Nuno Gouveia (Sair)", "Powered by Moodle"]
write_only(F, "\n".join(out) + "\n", keys(F))
