#!/usr/bin/env python3
"""1497: a course reading plan on Atenea, the Moodle of the Universitat Politècnica de Catalunya, copied from the
browser (Ctrl+A, Ctrl+C in Firefox, pasted into a text editor): the skip link, Atenea's top menu, the course header
and its tabs, the Page resource "Pla de lectures" with its completion line and dates, the page's text and its weekly
table (the copy keeps table cells as tab-separated text), the activity navigation and Moodle's footer. Catalan dates
in Moodle's form (`dilluns, 9 setembre 2024, 00:00`) are computed from the calendar. Not papers: the d2l.ai book, the
Goodfellow–Bengio–Courville book, the PyTorch tutorials, CS231n's notes, colah's blog post on LSTMs, a 3Blue1Brown
video, the Kaggle notebook. Nicknames: LeNet-5, word2vec, BERT, the Transformer — not labelled (word2vec and the
Transformer have no full title here)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1497, keys, BACKPROP, LSTM, LENET, GLOVE

CA_WD = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]
CA_M = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"]


def cad(d, hm="00:00"):
    return f"{CA_WD[d.weekday()]}, {d.day} {CA_M[d.month - 1]} {d.year}, {hm}"


W1 = dt.date(2024, 9, 9)
WEEKS = [
    ("Introducció. Perceptró i descens del gradient", "d2l.ai, capítols 2–3 (llibre, no cal imprimir-lo)", "Vídeo de 3Blue1Brown sobre el descens del gradient"),
    ("Retropropagació", f"Rumelhart, Hinton i Williams (1986). {T(BACKPROP)}. Nature 323, 533–536.", "Goodfellow, Bengio i Courville, Deep Learning, cap. 6.5 (llibre)"),
    ("Xarxes convolucionals", f"LeCun, Bottou, Bengio i Haffner (1998). {T(LENET)}. Proceedings of the IEEE 86(11). Només les seccions I–II (LeNet-5).", "Apunts de CS231n: https://cs231n.github.io/convolutional-networks/"),
    ("Xarxes recurrents", f"Hochreiter i Schmidhuber (1997). {T(LSTM)}. Neural Computation 9(8).", "Entrada de blog de colah, Understanding LSTM Networks (no és un article): https://colah.github.io/posts/2015-08-Understanding-LSTMs/"),
    ("Representacions de paraules", f"Pennington, Socher i Manning (2014). {T(GLOVE)}. EMNLP 2014.", "Comparar amb word2vec al notebook de la pràctica 2"),
    ("Seqüència a seqüència i atenció", f"Sutskever, Vinyals i Le (2014). {T('1409.3215')}. arXiv:1409.3215 — i — Bahdanau, Cho i Bengio. {T('1409.0473')}. https://arxiv.org/abs/1409.0473", "Tutorial de PyTorch «NLP From Scratch: Translation with a Sequence to Sequence Network and Attention»"),
    ("Memòria externa", f"Graves, Wayne i Danihelka (2014). {T('1410.5401')}. https://arxiv.org/pdf/1410.5401", "—"),
    ("Models generatius", f"Goodfellow et al. (2014). {T('1406.2661')}. https://arxiv.org/abs/1406.2661", "Notebook de Kaggle «DCGAN amb MNIST» (enllaç al fòrum)"),
]
rows = ["Setmana\tData\tTema\tLectura obligatòria\tLectura complementària"]
for i, (tema, lect, comp) in enumerate(WEEKS):
    d = W1 + dt.timedelta(days=7 * i)
    rows.append(f"{i + 1}\t{d.day:02d}/{d.month:02d}/{d.year}\t{tema}\t{lect}\t{comp}")

OPEN = cad(dt.date(2024, 9, 2))
DUE = cad(W1 + dt.timedelta(days=7 * len(WEEKS) - 1), "23:59")
MOD = cad(dt.date(2024, 9, 4), "17:42")
text = f"""Vés al contingut principal
Atenea
Inici
Tauler
Els meus cursos
Més
 
Cerca
 
3
 
LP
Aprenentatge Profund (APRPRO-GCED) 2024-25 Q1
Curs
Participants
Qualificacions
Competències
Més
Els meus cursos / 2024-25 Q1 / APRPRO-GCED / Presentació / Pla de lectures del curs
Pàgina
Pla de lectures del curs
Fet: Visualitza
Obert: {OPEN}
Venç: {DUE}
Benvinguts i benvingudes al pla de lectures d'Aprenentatge Profund.

Cada setmana hi ha una lectura obligatòria. Cal llegir-la abans de la sessió de dijous: a classe en farem un debat de 20 minuts i un qüestionari curt al Moodle (compta per a l'avaluació contínua, 15 %). La lectura complementària és opcional. Els articles que no tenen enllaç els trobareu a la carpeta «Lectures (PDF)» d'aquesta mateixa secció o via el servei de biblioteques de la UPC (bibliotecnica.upc.edu), amb la VPN de la UPC si sou fora del campus.

{chr(10).join(rows)}

Notes
- La setmana 6 té dues lectures obligatòries curtes; es poden llegir en qualsevol ordre.
- De l'article de la setmana 3 només entren a l'examen les seccions I i II; la resta (reconeixement de xecs) és opcional.
- No feu servir la versió de BERT del laboratori per a la pràctica 2: és per a la setmana 9, fora d'aquest pla.
- Dubtes: fòrum «Consultes sobre les lectures» o correu a l'equip docent (atenea: Missatges).

Professorat: Dr. Jordi Vilaltella Pons (coordinador), Dra. Núria Casadevall Ferrer, Arnau Soler Mir (becari, pràctiques).

Darrera modificació: {MOD}
◄ Fòrum d'avisos
Salta a...
Guia docent 2024-25 ►
Heu entrat com a Laia Puigdomènech Serra (Surt)
Resum de retenció de dades
Obtén l'aplicació mòbil
Funciona amb Moodle
"""
write_only(F1497, text, keys(F1497))
