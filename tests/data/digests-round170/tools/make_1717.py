#!/usr/bin/env python3
"""1717: a Universitat de Girona «Pla docent» (the course file shown on www.udg.edu for a subject of the Grau en
Enginyeria Informàtica) copied from the browser as text, Catalan: the site head, the breadcrumb, the subject head
(code, credits, course, semester, group), the tabs (Dades generals / Continguts / Activitats / Bibliografia /
Avaluació i qualificació / Altres), the «Bibliografia» tab with «Bibliografia bàsica» and «Bibliografia complementària»
items «Cognom, Nom; … (any). Títol. Font.» followed by «Catàleg» or a URL, the «Pla docent aprovat» line and the
footer. The subject 3105G07038 «Models de seqüència i reconeixement de la parla», its teachers and dates are invented;
Jurafsky & Martin's «Speech and Language Processing» (a book), the Moodle room, PyTorch and torchaudio appear as what
they are, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC, LSTM, BACKPROP, GLOVE
F = by_num(1717)
CODE, NAME = "3105G07038", "Models de seqüència i reconeixement de la parla"
basic = [
    ("Jurafsky, Daniel; Martin, James H. (2024). Speech and Language Processing. 3a ed. (esborrany en línia).", "https://web.stanford.edu/~jurafsky/slp3/"),
    ("Rumelhart, David E.; Hinton, Geoffrey E.; Williams, Ronald J. (1986). " + BACKPROP + ". Nature, 323, 533-536.", "Catàleg"),
    ("Hochreiter, Sepp; Schmidhuber, Jürgen (1997). " + LSTM + ". Neural Computation, 9(8), 1735-1780.", "Catàleg"),
    ("Graves, Alex; Fernández, Santiago; Gomez, Faustino; Schmidhuber, Jürgen (2006). " + CTC + ". A: Proceedings of the 23rd International Conference on Machine Learning (ICML), 369-376.", "Catàleg"),
    ("Vaswani, Ashish; Shazeer, Noam; Parmar, Niki [et al.] (2017). " + T("1706.03762") + ". NeurIPS 2017.", "https://arxiv.org/abs/1706.03762"),
]
compl = [
    ("Pennington, Jeffrey; Socher, Richard; Manning, Christopher D. (2014). " + GLOVE + ". EMNLP 2014, 1532-1543.", None),
    ("Bahdanau, Dzmitry; Cho, Kyunghyun; Bengio, Yoshua (2015). " + T("1409.0473") + ". ICLR 2015 (arXiv:1409.0473).", None),
    ("Graves, Alex; Wayne, Greg; Danihelka, Ivo (2014). " + T("1410.5401") + ". Preprint.", "https://arxiv.org/pdf/1410.5401v2"),
    ("Hsu, Wei-Ning; Bolte, Benjamin; Tsai, Yao-Hung Hubert [et al.] (2021). " + T("2106.07447") + ". IEEE/ACM TASLP, 29, 3451-3460.", "https://arxiv.org/abs/2106.07447"),
]
L = ["Vés al contingut", "Universitat de Girona", "Cercar", "Català", "Español", "English", "",
     "Estudiar", "Recerca", "Transferència", "Internacional", "La UdG", "",
     "Inici", "Estudiar", "Graus", "Grau en Enginyeria Informàtica", "Pla docent", "",
     NAME, "", f"Codi: {CODE}", "Crèdits: 6", "Curs: 2024-2025", "Semestre: 2n", "Grup: A",
     "Departament: Departament d'Informàtica, Matemàtica Aplicada i Estadística", "",
     "Dades generals", "Continguts", "Activitats", "Bibliografia", "Avaluació i qualificació", "Altres", "",
     "Bibliografia", "", "Bibliografia bàsica", ""]
for t, u in basic:
    L += [t, u, ""]
L += ["Bibliografia complementària", ""]
for t, u in compl:
    L += [t] + ([u] if u else []) + [""]
L += ["Altres recursos", "", "Els enunciats de les pràctiques (PyTorch i torchaudio) i les transparències de classe es publiquen al Moodle de l'assignatura.", "",
      "Pla docent aprovat el 18/07/2024", "Darrera actualització: 04/02/2025", "",
      "Universitat de Girona", "Plaça Sant Domènec, 3", "17004 Girona", "Tel. 972 41 80 00", "",
      "Avís legal", "Accessibilitat", "Privacitat", "Galetes"]
write_only(F, "\n".join(L) + "\n", keys(F))
