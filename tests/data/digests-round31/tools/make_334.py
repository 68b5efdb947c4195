#!/usr/bin/env python3
"""334: a student's internship report ("relatzione de tirotzìniu") for a bachelor's degree, written in LaTeX (the
department's `report` template) and handed in as its source, in Sardinian (Limba Sarda Comuna). The company, the
student and the tutors are invented; the university (Casteddu/Cagliari) is real. What such a source has: the
preamble (class, inputenc/fontenc, babel with Italian, hyperref, booktabs), the title page data, chapters, the weekly
hours table (`tabular` with booktabs rules) and its total, `\\cite{key}` citations and a `thebibliography` whose
\\bibitem's follow the order of first citation (unsrt style, typed by hand), titles in \\emph{}, one in sentence
case. Papers: \\bibitem's with an arXiv abs/pdf \\url or an OpenReview forum \\url (link), with "arXiv:ID" or "arXiv
preprint arXiv:ID" (arxiv-text), title and venue only (title-only); PyTorch, FAISS, the company's catalogue and the
Goodfellow–Bengio–Courville book are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1502.01852", "2004.08955", "1905.11946", "2002.05709", "2010.04592", "2011.04419", "2011.06182",
        "2006.06882", "2010.08515", "2012.07177"]
WEEKS = [40, 40, 38, 40, 36, 40, 40, 35, 34, 32]
BIB = {  # key: (authors, catalogue key, rest, title as written)
    "goodfellow2016": ("I. Goodfellow, Y. Bengio, A. Courville.", None, "MIT Press, 2016.", "Deep Learning"),
    "he2015prelu": ("K. He, X. Zhang, S. Ren, J. Sun.", "1502.01852", "ICCV, 2015.", None),
    "tan2019efficientnet": ("M. Tan, Q. V. Le.", "1905.11946", "ICML, 2019. arXiv:1905.11946.", None),
    "zhang2020resnest": ("H. Zhang et al.", "2004.08955", "CVPR Workshops, 2022.", None),
    "li2020cnnfc": ("Z. Li, Y. Zhang, S. Arora.", "2010.08515", "arXiv preprint arXiv:2010.08515, 2020.", None),
    "chen2020simclr": ("T. Chen, S. Kornblith, M. Norouzi, G. Hinton.", "2002.05709",
                       "ICML, 2020. \\url{https://arxiv.org/abs/2002.05709}.", None),
    "robinson2021hard": ("J. Robinson, C.-Y. Chuang, S. Sra, S. Jegelka.", "2010.04592", "ICLR, 2021.", None),
    "verma2021dacl": ("V. Verma, M.-T. Luong, K. Kawaguchi, H. Pham, Q. V. Le.", "2011.04419", "ICML, 2021.", None),
    "zhong2020bituning": ("J. Zhong et al.", "2011.06182", f"\\url{{https://openreview.net/forum?id={OR('2011.06182')}}}.", None),
    "zoph2020rethinking": ("B. Zoph et al.", "2006.06882", "NeurIPS, 2020.", T("2006.06882").capitalize().replace("pre-training", "pre-training")),
    "ghiasi2021copypaste": ("G. Ghiasi et al.", "2012.07177", "CVPR, 2021. \\url{https://arxiv.org/pdf/2012.07177}.", None),
}
TEXT = r"""
\chapter{Introdutzione}

Su tirotzìniu est istadu fatu dae su 5 de freàrgiu a su 12 de abrile de su 2024 in Nuraxi Vision S.r.l., una
impresa de Casteddu chi traballat pro sas butegas in lìnia. Su problema fiat custu: dada una fotografia de unu
produtu, agatare in su catàlogu de s'impresa sos produtos prus a probe. Pro sas bases de sas retes neurales apo
impreadu su libru de Goodfellow, Bengio e Courville~\cite{goodfellow2016}.

\chapter{Sas retes de base}

Amus provadu tres famìlias de retes. Sa prima est una ResNet cun s'inizializatzione e sa PReLU de
\emph{Delving Deep into Rectifiers}~\cite{he2015prelu}; sa segunda est EfficientNet~\cite{tan2019efficientnet};
sa de tres est ResNeSt~\cite{zhang2020resnest}. Pro cumprèndere pro ite sas retes cunvolutzionales imparant cun
prus pagos esempros de sas retes totu connètidas, apo lèghidu~\cite{li2020cnnfc}.

\chapter{Imparare sena etichetas}

Su catàlogu tenet 180\,000 fotografias, ma isceti 6\,000 tenent un'eticheta. Tando amus pre-addestradu sa rete
cun s'imparu contrastivu de SimCLR~\cite{chen2020simclr}. Sos negativos difìtziles~\cite{robinson2021hard} ant
megioradu sa chirca de 2,1 puntos; sa mistura de~\cite{verma2021dacl} no at dadu nudda de prus. Pro s'afinamentu
amus impreadu Bi-tuning~\cite{zhong2020bituning}, e amus cunfrontadu su pre-addestramentu cun
s'auto-addestramentu comente in~\cite{zoph2020rethinking}. Pro sa segmentatzione de sos produtos in sas
fotografias de sos clientes, sa mègius agiunta de datos est istada cussa de~\cite{ghiasi2021copypaste}.

\chapter{Oras de traballu}

\begin{table}[h]
\centering
\begin{tabular}{lr}
\toprule
Chida & Oras \\
\midrule
%WEEKS%
\midrule
Totale & %TOTAL% \\
\bottomrule
\end{tabular}
\caption{Oras de tirotzìniu pro chida.}
\end{table}

Oras totales: %TOTAL% (su minimu pedidu est 375).

\chapter{Cunclusiones}

Su sistema est como in prova in s'impresa, cun PyTorch e FAISS. Su tutor aziendale at pedidu de sighire cun una
tesi de laurea.
"""
rows = "\n".join(f"{i} & {h} \\\\" for i, h in enumerate(WEEKS, 1))
body = TEXT.replace("%WEEKS%", rows).replace("%TOTAL%", str(sum(WEEKS)))
bib = []
for k, (a, ck, rest, tw) in BIB.items():
    t = tw or T(ck)
    bib.append(f"\\bibitem{{{k}}}\n{a}\n\\newblock \\emph{{{t}}}.\n\\newblock {rest}")
doc = r"""\documentclass[12pt,a4paper]{report}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[italian]{babel}
\usepackage{booktabs}
\usepackage{hyperref}

\title{Relatzione de tirotzìniu\\[1ex]\large Chirca de produtos pro immàgines cun retes neurales}
\author{Efisio Pisanu\\Universidade de Casteddu, Corsu de laurea in Ingegneria Informàtica\\
Tutor academicu: prof.ssa Maria Grazia Deiana \quad Tutor aziendale: ing. Paolo Murgia}
\date{Abrile 2024}

\begin{document}
\maketitle
\tableofcontents
""" + body + "\n\\begin{thebibliography}{99}\n\n" + "\n\n".join(bib) + "\n\n\\end{thebibliography}\n\n\\end{document}\n"
write_only("334_internship_report_latex_sardinian_product_image_retrieval.tex", doc, KEYS)
