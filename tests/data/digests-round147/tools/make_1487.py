#!/usr/bin/env python3
"""1487: ChkTeX over a Czech seminar syllabus (LaTeX, thebibliography). A student shows the file (`cat`), runs
`chktex sylabus.tex` (the two banner lines, then per warning `Warning N in FILE line L: MESSAGE`, the offending line and a
caret line, and the closing count line) and `echo $?`. Every warning is computed from the modelled source by the three
modelled rules: 1 (a text command such as \\LaTeX followed by a space), 2 (a space before \\cite or \\ref), 8 (a single
hyphen between digits outside \\url{}). ChkTeX works in bytes: the caret line is padded with one space per UTF-8 byte
before the mark, so it drifts right of the mark on lines with Czech letters (as a byte-oriented C program prints it).
Not papers: the timm repository, the PyTorch docs, a recorded lecture, last year's course page. Nicknames: ResNet,
PReLU, BiT, SAM, BEiT — labelled where the full titles are written."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1487, keys, GLOROT, DBN

TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[czech]{babel}
\usepackage{hyperref}

\title{Seminář z hlubokého učení (B4M33SHU)\\ sylabus, letní semestr 2023/24}
\author{Ing.~Tomáš Vrána, Ph.D.}
\date{Katedra kybernetiky}

\begin{document}
\maketitle

\section*{Organizace}

Seminář probíhá v úterý 14:30-16:00 v místnosti KN:E-112.
Každý student jednou referuje o jednom článku (25 minut) a odevzdá dvoustránkový zápis v \LaTeX u.
Zápisy pište v \LaTeX podle šablony z Moodlu, hodnocení viz \ref{sec:hodnoceni}.
Doporučujeme projít přednášku o optimalizaci z minulého roku (záznam na \url{https://www.youtube.com/watch?v=Vq3bN7tKpXo}).

\section*{Program}

\begin{enumerate}
  \item Inicializace a předtrénování: Glorot a Bengio \cite{glorot2010}, Hinton a spol.~\cite{hinton2006}.
  \item Reziduální sítě, ResNet \cite{he2016}.
  \item Aktivace PReLU a inicializace pro ně \cite{he2015}.
  \item Přenos naučených reprezentací, BiT~\cite{kolesnikov2020} a Bi-tuning~\cite{zhong2020}.
  \item Maskované předtrénování obrazových transformerů, BEiT~\cite{bao2022}.
  \item Ostrost minima a zobecnění, SAM~\cite{foret2021}; týdny 9-10 bez semináře (rektorské volno).
\end{enumerate}

\section*{Hodnocení}\label{sec:hodnoceni}

Referát 60~\%, zápis 40~\%. Zápočet od 50 bodů. Implementace se odevzdávají do GitLabu fakulty,
knihovnu \texttt{timm} \cite{timm} a dokumentaci PyTorch \cite{pytorchdocs} smíte používat bez omezení.

\begin{thebibliography}{99}
\bibitem{glorot2010} X.~Glorot, Y.~Bengio. \emph{[[T:GLOROT]]}. AISTATS 2010.
\bibitem{hinton2006} G.~E.~Hinton, S.~Osindero, Y.-W.~Teh. \emph{[[T:DBN]]}. Neural Computation 18(7):1527-1554, 2006.
\bibitem{he2016} K.~He, X.~Zhang, S.~Ren, J.~Sun. \emph{[[T:1512.03385]]}. CVPR 2016. \url{https://arxiv.org/abs/1512.03385}
\bibitem{he2015} K.~He, X.~Zhang, S.~Ren, J.~Sun. \emph{[[T:1502.01852]]}. ICCV 2015, arXiv:1502.01852.
\bibitem{kolesnikov2020} A.~Kolesnikov, L.~Beyer, X.~Zhai a~kol. \emph{[[T:1912.11370]]}. ECCV 2020.
\bibitem{zhong2020} J.~Zhong, X.~Wang, Z.~Kou a~kol. \emph{[[T:2011.06182]]}. \url{https://openreview.net/forum?id=[[OR:2011.06182]]}
\bibitem{bao2022} H.~Bao, L.~Dong, S.~Piao, F.~Wei. \emph{[[T:2106.08254]]}. ICLR 2022. \url{https://arxiv.org/abs/2106.08254}
\bibitem{foret2021} P.~Foret, A.~Kleiner, H.~Mobahi, B.~Neyshabur. \emph{[[T:2010.01412]]}. ICLR 2021.
\bibitem{timm} R.~Wightman. \emph{PyTorch Image Models}. \url{https://github.com/huggingface/pytorch-image-models}
\bibitem{pytorchdocs} PyTorch 2.2 documentation. \url{https://pytorch.org/docs/2.2/}
\end{thebibliography}

\end{document}
"""
TEX = re.sub(r"\[\[(T|OR):([\w.]+)\]\]", lambda m: (T if m.group(1) == "T" else OR)({"GLOROT": GLOROT, "DBN": DBN}.get(m.group(2), m.group(2))), TEX)
MSG = {1: "Command terminated with space.", 2: "Non-breaking space (`~') should have been used.",
       8: "Wrong length of dash may have been used."}


def warnings(lines):
    out = []
    for i, l in enumerate(lines, 1):
        masked = re.sub(r"\\url\{[^}]*\}", lambda m: "\0" * len(m.group()), l)
        for m in re.finditer(r"\\(LaTeX|TeX|LaTeXe) ", masked):
            out.append((i, m.start(), m.end() - 1 - m.start(), 1))
        for m in re.finditer(r" (?=\\(cite|ref)\{)", masked):
            out.append((i, m.start(), 1, 2))
        for m in re.finditer(r"(?<=\d)-(?=\d)", masked):
            out.append((i, m.start(), 1, 8))
    return sorted(out)


def report(name, lines):
    out = ["ChkTeX v1.7.8 - Copyright 1995-96 Jens T. Berger Thielemann.", "Compiled with POSIX extended regex support."]
    ws = warnings(lines)
    for ln, col, n, w in ws:
        l = lines[ln - 1]
        out.append(f"Warning {w} in {name} line {ln}: {MSG[w]}")
        out.append(l)
        out.append(" " * len(l[:col].encode("utf-8")) + "^" * n)
    out.append(f"0 errors printed; {len(ws)} warnings printed; 0 user suppressed warnings; 0 line suppressed warnings.")
    return out, len(ws)


P = "marketa@ubuntu-t14:~/seminar-shu$ "
LINES = TEX.split("\n")[:-1]
rep, n = report("sylabus.tex", LINES)
out = P + "cat sylabus.tex\n" + TEX + P + "chktex sylabus.tex\n" + "\n".join(rep) + "\n" + P + "echo $?\n" + ("2" if n else "0") + "\n" + P + "\n"
write_only(F1487, out, keys(F1487))
