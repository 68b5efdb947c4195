#!/usr/bin/env python3
"""1697: an Umeå universitet course page (www.umu.se/utbildning/kurser/…) with its «Litteraturlista» tab copied from the
browser as text, Swedish: the site head and menu, the breadcrumb, the course head (name, credits, code, level), the
tabs, the list's validity block («Giltig från», «Fastställd av», «Fastställandedatum»), «Obligatorisk litteratur» (a
book in the library's catalogue form with «Se Umeå universitetsbiblioteks söktjänst», then the articles, with links
where the course gives them), «Referenslitteratur», «Övrigt material», the page's update line and the footer. The course
5DV249 «Djupinlärning – grunder», its teacher and the mailbox are invented; Goodfellow et al.'s book «Deep learning», the
Canvas course room and PyTorch appear as what they are, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, GLOVE
F = by_num(1697)
CODE, NAME, SEM = "5DV249", "Djupinlärning – grunder", "Vårterminen 2025"
arts = [
    ("Rumelhart, David E.; Hinton, Geoffrey E.; Williams, Ronald J.", BACKPROP, "Nature 323 (1986), s. 533–536.", None),
    ("Hochreiter, Sepp; Schmidhuber, Jürgen", LSTM, "Neural Computation 9:8 (1997), s. 1735–1780.", None),
    ("Goodfellow, Ian m.fl.", T("1406.2661"), "NeurIPS 2014.", "https://arxiv.org/abs/1406.2661"),
    ("Pennington, Jeffrey; Socher, Richard; Manning, Christopher D.", GLOVE, "EMNLP 2014, s. 1532–1543.", None),
    ("Sutskever, Ilya; Vinyals, Oriol; Le, Quoc V.", T("1409.3215"), "NeurIPS 2014.", "https://arxiv.org/pdf/1409.3215"),
    ("Bahdanau, Dzmitry; Cho, Kyunghyun; Bengio, Yoshua", T("1409.0473"), "ICLR 2015. arXiv:1409.0473", None),
]
ref = [
    ("Graves, Alex; Wayne, Greg; Danihelka, Ivo", T("1410.5401"), "2014.", "https://arxiv.org/abs/1410.5401v2"),
    ("Holtzman, Ari m.fl.", T("1904.09751"), "ICLR 2020.", "https://arxiv.org/abs/1904.09751"),
]


def art(a, t, src, url):
    return [a, t, src] + ([url] if url else []) + [""]


L = ["Hoppa till huvudinnehåll", "Umeå universitet", "Sök", "Meny", "Utbildning", "Forskning", "Samverkan",
     "Om universitetet", "Student", "Bibliotek", "English", "",
     "Startsida", "Utbildning", "Kurser", NAME, "",
     NAME, "Kurs", "7,5 högskolepoäng", f"Kurskod: {CODE}", "Nivå: Grundnivå", "Institutionen för datavetenskap", "",
     "Om kursen", "Kursplan", "Litteraturlista", "Schema", "",
     "Litteraturlista", "", f"Litteraturlista för {CODE} gäller från och med {SEM.lower()}", "",
     f"Giltig från: {SEM}", "Fastställd av: Studierektor vid Institutionen för datavetenskap",
     "Fastställandedatum: 2024-11-20", "",
     "Obligatorisk litteratur", "",
     "Goodfellow, Ian", "Bengio, Yoshua", "Courville, Aaron", "Deep learning",
     "Cambridge, Massachusetts: The MIT Press : [2016]", "xxii, 775 pages", "ISBN: 9780262035613",
     "Se Umeå universitetsbiblioteks söktjänst", "",
     "Artiklar", ""]
for a in arts:
    L += art(*a)
L += ["Referenslitteratur", "", "Fördjupning inför projektet. Läses i mån av tid.", ""]
for a in ref:
    L += art(*a)
L += ["Övrigt material", "",
      "Föreläsningsanteckningar och laborationshandledningar (PyTorch) publiceras i kursens Canvas-rum.", "",
      "Sidan uppdaterades: 2025-01-13", "Sidansvarig: Institutionen för datavetenskap", "",
      "Umeå universitet", "901 87 Umeå", "Telefon: 090-786 50 00", "",
      "Kontakta oss", "Tillgänglighetsredogörelse", "Om cookies", "Personuppgifter"]
write_only(F, "\n".join(L) + "\n", keys(F))
