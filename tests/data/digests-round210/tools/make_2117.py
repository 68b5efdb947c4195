#!/usr/bin/env python3
"""2117: the «Trabalhos da turma» (Classwork) page of a Google Classroom class of the Universidade Eduardo Mondlane
(Maputo), copied as text from the browser in the Portuguese interface: the app bar (class name, section, «Mural /
Trabalhos da turma / Pessoas / Classificações»), «Criar» and «Google Calendar / Pasta do Drive da turma» links, the
topic filter, then one topic per week (topic name, items «Material» / «Trabalho», «Publicado: d/mm», «Data limite»),
each item's description and attachments as Classroom lists them («título / PDF», «título / YouTube vídeo 12 minutos»,
«https://… / Link»), and the class comments line. Portuguese (Mozambique, European spelling). The class, people and
texts are invented. Computed: the weeks (Mondays, consecutive; asserted), the posting dates increasing (asserted),
the «n comentários da turma» counts from the comment lists."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2117)
W0 = dt.date(2026, 3, 2)
assert W0.weekday() == 0
MES = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
# (week title, [(kind, title, posted day offset, description lines, attachments, comments)])
WEEKS = [
 ("Semana 1 — Neurónios, gradientes e retropropagação", [
  ("Material", "Leitura 1: a retropropagação", 0,
   [f"Leiam o artigo de Rumelhart, Hinton e Williams, «{T('Learning representations by back-propagating errors')}» "
    "(Nature, 1986). São só quatro páginas; tragam as dúvidas para a aula de quarta.",
    "Para rever o cálculo: capítulo 6 do livro de Goodfellow, Bengio e Courville (livro, disponível em linha)."],
   [("Rumelhart1986.pdf", "PDF"), ("Backpropagation, intuitivamente — 3Blue1Brown", "YouTube vídeo 14 minutos")],
   ["Hélder Cossa: O PDF na pasta da turma está incompleto, falta a página 3.",
    "Prof.ª Graça Macuácua: Obrigada, Hélder, já substituí o ficheiro."]),
 ]),
 ("Semana 2 — Redes convolucionais", [
  ("Material", "Leitura 2: LeNet-5", 7,
   ["O texto de referência para as redes convolucionais é o de LeCun et al. (1998), "
    f"{T('Gradient-Based Learning Applied to Document Recognition')}. Leiam as secções I e II; o resto é opcional.",
    "Exercício prático no Colab: classificar os dígitos manuscritos do conjunto MNIST com PyTorch "
    "(ver a documentação oficial do torch.nn)."],
   [("Caderno Colab — LeNet em PyTorch", "Google Colaboratory"), ("https://pytorch.org/docs/stable/nn.html", "Link")],
   []),
  ("Trabalho", "TPC 1 — implementar uma CNN", 9,
   ["Entregar o caderno Colab com a vossa implementação e um parágrafo sobre os resultados. Cotação: 10 %."],
   [("Modelo do relatório", "Google Docs")], ["Nélia Chissano: Pode ser em grupos de dois?",
                                              "Prof.ª Graça Macuácua: Sim, no máximo dois."]),
 ]),
 ("Semana 3 — Redes recorrentes e memória", [
  ("Material", "Leitura 3: LSTM", 14,
   [f"Hochreiter e Schmidhuber, «{T('Long Short-Term Memory')}», Neural Computation, 1997. É longo: concentrem-se "
    "na secção 4 (a célula de memória).",
    f"Opcional para quem gosta de memória externa: {T('1410.5401')} — https://arxiv.org/pdf/1410.5401v2.pdf"],
   [("Hochreiter1997_LSTM.pdf", "PDF")], []),
 ]),
 ("Semana 4 — Representações de palavras", [
  ("Material", "Leitura 4: vetores de palavras", 21,
   [f"Pennington, Socher e Manning, {T('GloVe: Global Vectors for Word Representation')} (EMNLP 2014). Comparem com "
    "o word2vec que vimos na aula.",
    "Dados para o exercício: os vetores pré-treinados disponibilizados pelo grupo de Stanford (conjunto de dados, "
    "não é leitura) e um pequeno corpus em changana que o Dércio preparou (ficheiro na pasta da turma)."],
   [("glove.6B.zip — instruções de descarga", "Google Docs")], []),
 ]),
 ("Semana 5 — Sequência a sequência e atenção", [
  ("Material", "Leitura 5: tradução automática neural", 28,
   [f"Sutskever, Vinyals e Le, {T('1409.3215')}, http://arxiv.org/abs/1409.3215v3",
    f"e logo a seguir Bahdanau, Cho e Bengio, {T('1409.0473')}:",
    "https://arxiv.org/abs/1409.0473",
    "Vejam também o tutorial «NLP From Scratch: Translation with a Sequence to Sequence Network and Attention» "
    "na documentação do PyTorch (tutorial, não é artigo)."],
   [("https://arxiv.org/abs/1409.0473", "Link"), ("Slides da aula 5", "Google Slides")],
   ["Dércio Mabunda: Dá para usar o corpus changana-português neste exercício?",
    "Prof.ª Graça Macuácua: Dá, mas limitem a 20 mil pares.", "Nélia Chissano: Obrigada!"]),
 ]),
 ("Semana 6 — Otimização", [
  ("Material", "Leitura 6: Adam e o decaimento de pesos", 35,
   [f"Loshchilov e Hutter, {T('1711.05101')} (arXiv:1711.05101, ICLR 2019) — é o artigo do AdamW, o otimizador que "
    "vamos usar no projeto final.",
    "Complemento: o capítulo 8 do livro «Dive into Deep Learning» (livro em linha, d2l.ai)."],
   [], []),
  ("Trabalho", "Projeto final — proposta", 37,
   ["Uma página com o problema, os dados e a arquitetura. Entregar até à data limite. Cotação: 15 %."],
   [("Modelo da proposta", "Google Docs")], []),
 ]),
]
out = ["Ignorar e aceder ao conteúdo principal", "",
       "INF-4012 Redes Neuronais 2026/1", "Licenciatura em Engenharia Informática — Turma B", "",
       "Mural", "Trabalhos da turma", "Pessoas", "Classificações", "",
       "Criar", "Google Calendar", "Pasta do Drive da turma", "",
       "Todos os tópicos"] + [w for w, _ in WEEKS] + [""]
prev = None
for i, (wt, items) in enumerate(WEEKS):
    mon = W0 + dt.timedelta(weeks=i)
    out += [wt, f"({mon.day} {MES[mon.month - 1]} – {(mon + dt.timedelta(days=4)).day} "
                f"{MES[(mon + dt.timedelta(days=4)).month - 1]})", ""]
    for kind, title, off, desc, att, com in items:
        d = W0 + dt.timedelta(days=off)
        assert prev is None or d > prev; prev = d
        assert mon <= d < mon + dt.timedelta(days=7)
        out.append(f"{kind}: {title}")
        if kind == "Trabalho":
            due = d + dt.timedelta(days=7)
            out.append(f"Data limite: {due.day} de {MES[due.month - 1]}, 23:59")
        out.append(f"Publicado: {d.day}/{d.month:02d}")
        out += desc
        for a, typ in att:
            out += [a, typ]
        if com:
            out.append(f"{len(com)} comentário{'s' if len(com) > 1 else ''} da turma")
            out += com
        out.append("Ver material" if kind == "Material" else "Ver trabalho")
        out.append("")
out += ["Docente: Prof.ª Graça Macuácua (graca.macuacua@uem.example.mz) · Monitor: Dércio Mabunda", "",
        "Google Classroom · Termos · Privacidade"]
write_only(F, "\n".join(out) + "\n", keys(F))
