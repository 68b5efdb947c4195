#!/usr/bin/env python3
"""299: the LaTeX source of an A0 conference poster made with the `tikzposter` class, for a poster at KAEST (the
conference on applications of Esperanto in science and technology), in Esperanto with English paper titles. What
such a source has: `\\documentclass[25pt, a0paper, portrait]{tikzposter}` with its spacing options, babel's
`esperanto`, `\\usetheme` / `\\usecolorstyle`, `\\title` / `\\author` / `\\institute` / `\\titlegraphic`,
`\\maketitle`, `columns` environments whose `\\column` widths add up to 1, `\\block{title}{…}`, an `\\innerblock`,
a `\\note` callout, a booktabs results table, a `\\qrcode`, numbered citations [n] typed by hand and a
"Referencoj" block at the bottom, hard-wrapped by the editor at 100 columns (so some titles run over two source
lines), with „…“ quotes, `\\url{…}` links (arXiv abs, OpenReview forum and pdf) and "arXiv:ID" notes."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1901.02860", "2001.04451", "2004.05150", "2006.04768", "2007.14062", "2009.14794", "2006.16236",
        "2011.04006", "2008.07669", "2111.00396", "2312.00752", "2205.14135"]

# references in order of first citation in the poster text
refs = [
    ("1901.02860", f"Z.~Dai, Z.~Yang, Y.~Yang k.a. „{T('1901.02860')}“. ACL 2019."),
    ("2004.05150", f"I.~Beltagy, M.~E.~Peters, A.~Cohan. „{T('2004.05150')}“. 2020. \\url{{https://arxiv.org/abs/2004.05150}}"),
    ("2007.14062", f"M.~Zaheer k.a. „{T('2007.14062')}“. NeurIPS 2020."),
    ("2001.04451", f"N.~Kitaev, Ł.~Kaiser, A.~Levskaya. {T('2001.04451')}. ICLR 2020. "
                   f"\\url{{https://openreview.net/forum?id={OR('2001.04451')}}}"),
    ("2006.04768", f"S.~Wang k.a. „{T('2006.04768')}“. arXiv:2006.04768, 2020."),
    ("2009.14794", f"K.~Choromanski k.a. {T('2009.14794')}. ICLR 2021. \\url{{https://openreview.net/pdf?id={OR('2009.14794')}}}"),
    ("2006.16236", f"A.~Katharopoulos, A.~Vyas, N.~Pappas, F.~Fleuret. „{T('2006.16236')}“. ICML 2020."),
    ("2008.07669", f"A.~Gu, T.~Dao, S.~Ermon, A.~Rudra, C.~Ré. „{T('2008.07669')}“. NeurIPS 2020."),
    ("2111.00396", f"A.~Gu, K.~Goel, C.~Ré. „{T('2111.00396')[0] + T('2111.00396')[1:].lower()}“. ICLR 2022."),
    ("2312.00752", f"A.~Gu, T.~Dao. „{T('2312.00752')}“. 2023. \\url{{https://arxiv.org/abs/2312.00752}}"),
    ("2205.14135", f"T.~Dao k.a. „{T('2205.14135')}“. NeurIPS 2022. arXiv:2205.14135."),
    ("2011.04006", f"Y.~Tay k.a. „{T('2011.04006')}“. ICLR 2021."),
]
num = {k: i for i, (k, _) in enumerate(refs, 1)}
R = lambda *ks: "[" + ", ".join(str(num[k]) for k in ks) + "]"

models = [  # name, refs, PPL at 4k, PPL at 16k, memory GB at 16k, tokens/s
    ("Plena atento", "", "18,9", "—", "$>$80", "—"),
    ("Plena atento + FlashAttention", R("2205.14135"), "18,9", "17,6", "31,2", "2\\,940"),
    ("Transformer-XL", R("1901.02860"), "19,4", "18,3", "22,8", "3\\,610"),
    ("Longformer", R("2004.05150"), "19,6", "18,1", "19,5", "2\\,870"),
    ("BigBird", R("2007.14062"), "19,8", "18,4", "20,1", "2\\,650"),
    ("Reformer", R("2001.04451"), "21,3", "20,2", "16,4", "1\\,930"),
    ("Linformer", R("2006.04768"), "22,7", "—", "12,9", "4\\,120"),
    ("Performer", R("2009.14794"), "21,9", "20,8", "13,3", "3\\,980"),
    ("Lineara atento", R("2006.16236"), "22,4", "21,5", "12,7", "4\\,350"),
    ("S4", R("2111.00396"), "20,6", "19,0", "11,8", "4\\,610"),
    ("Mamba", R("2312.00752"), "18,7", "17,2", "11,2", "5\\,230"),
]

head = r"""% KAEST 2024 -- afiŝo P-14 (A0, vertikala). Kompili per pdflatex; la emblemo estas en figuroj/.
\documentclass[25pt, a0paper, portrait, margin=0mm, innermargin=15mm,
  blockverticalspace=15mm, colspace=15mm, subcolspace=8mm]{tikzposter}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[esperanto]{babel}
\usepackage{booktabs}
\usepackage{graphicx}
\usepackage{qrcode}
\usepackage{url}

\title{Longaj tekstoj, malmulte da memoro:\\ efikaj atent-mekanismoj por Esperanta lingvomodelo}
\author{Ilona Kovács\textsuperscript{1}, Petr Novák\textsuperscript{2}, Marta Wiśniewska\textsuperscript{1}}
\institute{\textsuperscript{1}Interlingvistikaj Studoj, Universitato Adam Mickiewicz, Poznań \quad
  \textsuperscript{2}Matematika-fizika fakultato, Karola Universitato, Prago}
\titlegraphic{\includegraphics[width=8cm]{figuroj/kaest-emblemo.png}}
\usetheme{Simple}
\usecolorstyle[colorPalette=BrownBlueOrange]{Germany}

\begin{document}
\maketitle[width=0.92\textwidth]
"""

body = [
    r"\begin{columns}",
    r"\column{0.5}",
    r"\block{Kial longaj kuntekstoj?}{",
    "Esperantaj tekstoj en la reto estas ofte longaj: romanoj, revuoj, protokoloj de kongresoj. Por "
    "resumado kaj demando-respondado ni bezonas lingvomodelon, kiu legas 16\\,000 signerojn samtempe. "
    "Plena atento kostas $O(n^2)$ en tempo kaj memoro, do ni komparis la konatajn efikajn alternativojn: "
    f"memoron inter segmentoj {R('1901.02860')}, malabundan atenton {R('2004.05150', '2007.14062')}, "
    f"haketadon {R('2001.04451')}, malaltrangan projekcion {R('2006.04768')}, kernojn "
    f"{R('2009.14794', '2006.16236')} kaj stato-spacajn modelojn {R('2008.07669', '2111.00396', '2312.00752')}.",
    r"}",
    r"\block{Korpuso kaj trejnado}{",
    r"\begin{itemize}",
    r"\item Tekstaro de Esperanto + Vikipedio + Libera Folio: 412 milionoj da signeroj post purigado.",
    r"\item Ĉiuj modeloj: 125 milionoj da parametroj, sama BPE-vortaro (32\,000), 2 tagoj sur unu A100.",
    f"\\item Plena atento kun ekzakta IO-konscia kerno {R('2205.14135')} kiel bazlinio.",
    r"\end{itemize}",
    r"\innerblock{Ĉefa demando}{Ĉu ni povas atingi la perpleksecon de plena atento je 16k signeroj, "
    r"per duono de la memoro?}",
    r"}",
    r"\column{0.5}",
    r"\block{Rezultoj}{",
    r"\centering",
    r"\begin{tabular}{llrrrr}",
    r"\toprule",
    r"Modelo & Ref. & PPL 4k & PPL 16k & Memoro (GB) & Signeroj/s \\",
    r"\midrule",
]
for m in models:
    body.append(" & ".join(m) + r" \\")
body += [
    r"\bottomrule",
    r"\end{tabular}",
    r"\vspace{1em}",
    "",
    f"Sur la taskoj de Long Range Arena {R('2011.04006')} (tradukitaj al Esperanto: ListOps kaj Teksto) "
    "la stato-spacaj modeloj gajnis; Linformer ne povas aŭtoregresi je 16k.",
    r"}",
    r"\note[targetoffsetx=9cm, targetoffsety=-7cm, angle=-30, connection]{Mamba: plej bona kaj plej rapida!}",
    r"\block{Konkludoj}{",
    r"\begin{itemize}",
    r"\item Mamba kaj S4 atingas la kvaliton de plena atento je 16k kun 11--12\,GB.",
    r"\item Kun ekzakta kerno, plena atento restas forta bazlinio ĝis 16k.",
    r"\item Sekva paŝo: resumado de la protokoloj de Universalaj Kongresoj 1905--2024.",
    r"\end{itemize}",
    r"\vspace{1em}",
    r"\qrcode[height=5cm]{https://github.com/esperanto-nlp/longa-kunteksto} \quad Kodo kaj modeloj",
    r"}",
    r"\end{columns}",
    "",
]
body += [r"\block{Referencoj}{", r"\footnotesize", r"\begin{flushleft}"]
for i, (k, s) in enumerate(refs, 1):
    # one reference per paragraph line, "\\" after all but the last, hard-wrapped at 100 columns by the editor
    body += textwrap.wrap(f"[{i}] {s}" + (r" \\" if i < len(refs) else ""), width=100, break_long_words=False,
                          break_on_hyphens=False, subsequent_indent="  ")
body += [r"\end{flushleft}", r"}", "",
         r"\block{}{\centering Dankon al E@I kaj al la organizantoj de KAEST 2024. "
         r"Kontakto: \texttt{ilona.kovacs@example.edu.pl}}",
         "", r"\end{document}", ""]
text = head + "\n" + "\n".join(body)
write_only("299_tikzposter_conference_poster_latex_esperanto_efficient_long_context_models.tex", text, KEYS)
