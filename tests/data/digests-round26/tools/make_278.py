#!/usr/bin/env python3
"""278: a LyX 2.3 document (.lyx, file format 544) holding the related-work chapter of a master's thesis in
Belarusian, with its bibliography typed as LyX Bibliography paragraphs (bibitem insets, no BibTeX). Written the way
LyX's Paragraph::write writes text: a line break after every ". ", a break before a space once the line passes
column 70 (continuation lines start with that space), insets on their own lines ("\\begin_inset …" … "\\end_inset"
and a blank line), font changes ("\\emph on" / "\\emph default") on their own lines; citation insets
(CommandInset citation, LatexCommand cite/citet), Flex URL insets, Russian-style quote insets («»), a footnote
(Foot) and a yellow note (Note Note) inset."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write


# ------------------------------------------------------------------ a tiny LyX writer
def cite(*keys, cmd="cite"):
    return ("inset", f"CommandInset citation\nLatexCommand {cmd}\nkey \"{','.join(keys)}\"\nliteral \"false\"\n")


def url(u):
    return ("inset", "Flex URL\nstatus open\n\n" + layout("Plain Layout", [u], blank=True).rstrip("\n") + "\n")


def q(side):
    return ("inset", "Quotes r" + side + "d")


def emph(s):
    return ("emph", s)


def foot(*runs):
    return ("inset", "Foot\nstatus collapsed\n\n" + layout("Plain Layout", runs).rstrip("\n") + "\n")


def note(*runs):
    return ("inset", "Note Note\nstatus open\n\n" + layout("Plain Layout", runs).rstrip("\n") + "\n")


def bibitem(key):
    return ("inset", f"CommandInset bibitem\nLatexCommand bibitem\nkey \"{key}\"\nliteral \"false\"\n")


def text_out(s, out, col):
    for i, c in enumerate(s):
        if c == ".":
            if i + 1 < len(s) and s[i + 1] == " ":
                out.append(".\n"); col = 0
            else:
                out.append("."); col += 1
            continue
        if (col > 70 and c == " ") or col > 79:
            out.append("\n"); col = 0
        out.append(c); col += 1
    return col


def layout(name, runs, blank=False):
    """one paragraph as Paragraph::write has it: text runs with their breaks; an inset preceded by a line break
    (unless it opens the paragraph) and followed by a blank line; "\\end_layout" on its own line"""
    out, col = [f"\\begin_layout {name}\n" + ("\n" if blank else "")], 0
    pos = 0
    for r in runs:
        if isinstance(r, str):
            col = text_out(r, out, col); pos += len(r)
        elif r[0] == "emph":
            out.append("\n\\emph on\n"); col = text_out(r[1], out, 0); out.append("\n\\emph default\n"); col = 0
            pos += len(r[1])
        else:
            if pos:
                out.append("\n")
            out.append("\\begin_inset " + r[1] + "\n\\end_inset\n\n"); col = 0; pos += 1
    return "".join(out) + "\n\\end_layout\n\n"


def initials(name):
    parts = name.split()
    return " ".join(p[0] + "." for p in parts[:-1]) + " " + parts[-1]


def authors(key, n=3):
    a = CAT[key]["authors"]
    s = ", ".join(initials(x) for x in a[:n])
    return s + (" і інш." if len(a) > n else ".")


# ------------------------------------------------------------------ the document
H = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\save_transient_properties true
\origin unavailable
\textclass report
\use_default_options true
\maintain_unincluded_children false
\language belarusian
\language_package default
\inputencoding utf8
\fontencoding global
\font_roman "default" "default"
\font_sans "default" "default"
\font_typewriter "default" "default"
\font_math "auto" "auto"
\font_default_family default
\use_non_tex_fonts false
\font_sc false
\font_osf false
\font_sf_scale 100 100
\font_tt_scale 100 100
\use_microtype false
\use_dash_ligatures true
\graphics default
\default_output_format default
\output_sync 0
\bibtex_command default
\index_command default
\paperfontsize 12
\spacing onehalf
\use_hyperref true
\pdf_title "Эфектыўная ўвага ў трансфармерах"
\pdf_author "Ганна Карповіч"
\pdf_bookmarks true
\pdf_bookmarksnumbered false
\pdf_bookmarksopen false
\pdf_bookmarksopenlevel 1
\pdf_breaklinks false
\pdf_pdfborder true
\pdf_colorlinks true
\pdf_backref false
\pdf_pdfusetitle true
\papersize a4paper
\use_geometry true
\use_package amsmath 1
\use_package amssymb 1
\use_package cancel 1
\use_package esint 1
\use_package mathdots 1
\use_package mathtools 1
\use_package mhchem 1
\use_package stackrel 1
\use_package stmaryrd 1
\use_package undertilde 1
\cite_engine basic
\cite_engine_type default
\biblio_style plain
\use_bibtopic false
\use_indices false
\paperorientation portrait
\suppress_date false
\justification true
\use_refstyle 1
\use_minted 0
\index Index
\shortcut idx
\color #008000
\end_index
\leftmargin 3cm
\topmargin 2cm
\rightmargin 1.5cm
\bottommargin 2cm
\secnumdepth 3
\tocdepth 3
\paragraph_separation indent
\paragraph_indentation default
\is_math_indent 0
\math_numbering_side default
\quotes_style russian
\dynamic_quotes 0
\papercolumns 1
\papersides 1
\paperpagestyle default
\tracking_changes false
\output_changes false
\html_math_output 0
\html_css_as_file 0
\html_be_strict false
\end_header

\begin_body

"""

body = [
    ("Chapter", ["Агляд літаратуры: эфектыўная ўвага і памяць"]),
    ("Standard", [note("TODO (Г.К.): навуковы кіраўнік просіць скараціць раздзел да 8 старонак. "
                       "Праверыць, ці трэба цытаваць блог Lilian Weng — гэта не артыкул, пакуль толькі ў зносцы.")]),
    ("Standard", ["Квадратычная складанасць самаўвагі па даўжыні паслядоўнасці — галоўная перашкода для доўгіх кантэкстаў. "
                  "За 2020–2021 гады з'явіліся дзясяткі «эфектыўных трансфармераў»; добры ўводны агляд — ",
                  q("l"), T("2103.14636"), q("r"), " ", cite("fournier2023survey"),
                  ", дзе метады падзелены на разрэджаныя, нізкаранговыя, ядравыя і рэкурэнтныя. "
                  "Ніжэй мы ідзём па той жа класіфікацыі, але абмяжоўваемся тымі работамі, якія мы паўтарылі ў раздзеле 4."]),
    ("Section", ["Разрэджаная і лакальная ўвага"]),
    ("Standard", ["Longformer ", cite("beltagy2020longformer"),
                  " спалучае лакальнае акно з некалькімі глабальнымі токенамі; Big Bird ", cite("zaheer2020bigbird"),
                  " дадае выпадковыя сувязі і даказвае, што такая схема захоўвае ўніверсальнасць апраксімацыі. "
                  "Reformer ", cite("kitaev2020reformer"),
                  " замест фіксаванага шаблону групуе запыты праз LSH. "
                  "Усе тры мадэлі мы трэніравалі на беларускім корпусе навін (каля 1,2 млрд токенаў; гл. раздзел 4.2)."]),
    ("Section", ["Нізкаранговыя і ядравыя метады"]),
    ("Standard", ["Linformer ", cite("wang2020linformer"), " праецыруе ключы і значэнні ў прастору фіксаванага памеру k. "
                  "У артыкуле ", q("l"), T("2006.16236"), q("r"), " ", cite("katharopoulos2020rnn"),
                  " ўвага перапісана праз ядравыя прыкметы, што дае лінейны час і рэкурэнтную форму для генерацыі; "
                  "Performer ", cite("choromanski2021performer"), " апраксімуе softmax выпадковымі артаганальнымі прыкметамі (FAVOR+). "
                  "Хуткасць генерацыі залежыць не толькі ад увагі: неаўтарэгрэсійны дэкодэр з работы ", q("l"), T("2008.07905"), q("r"), " ",
                  cite("qian2021glat"), " генеруе ўсе токены паралельна, і мы выкарысталі яго як апорную лінію ў раздзеле 5."]),
    ("Standard", ["Для параўнання метадаў мы карысталіся наборам задач з ",
                  emph(T("2011.04006")), " ", cite("tay2021lra"),
                  "; бібліятэку xFormers", foot("Рэпазіторый бібліятэкі: ", url("https://github.com/facebookresearch/xformers"),
                                                " (праграмнае забеспячэнне, не артыкул)."),
                  " выкарыстоўвалі толькі для праверкі хуткасці. "
                  "FlashAttention, S4 і Mamba мы свядома не разглядаем: гэта асобная лінія работ (гл. раздзел 6)."]),
    ("Section", ["Памяць і забыванне"]),
    ("Standard", ["Memformer ", cite("wu2022memformer"), " захоўвае знешнюю памяць фіксаванага памеру і чытае яе праз увагу, "
                  "а Expire-Span з работы ", q("l"), T("2105.06548"), q("r"), " ", cite("sukhbaatar2021expire"),
                  " вучыць для кожнага стану, калі яго можна выкінуць. "
                  "Тое, што мадэль насамрэч «глядзіць» на далёкія токены, мы правяралі паводле Kobayashi et al. ",
                  cite("kobayashi2020norms"), ", аналізуючы нормы, а не толькі вагі ўвагі; для візуалізацыі прыдаўся Dodrio",
                  foot("Z. J. Wang, R. Turko, D. H. Chau. ", T("2103.14625"), ". ",
                       url("https://arxiv.org/pdf/2103.14625.pdf"), ". Мы выкарысталі іх інтэрактыўнае дэма на 12 сказах."),
                  ". Агляд Lilian Weng ", q("l"), "The Transformer Family Version 2.0", q("r"),
                  " (блог, 2023) карысны як карта тэмы, але ў бібліяграфію не ўключаны."]),
    ("Standard", ["Вынікі параўнання (перплексія на валідацыйнай выбарцы, даўжыня 4096, 3 запускі) прыведзены ў табліцы 4.3; "
                  "коратка: Linformer і Performer прайгралі Longformer каля 0,8 пункта перплексіі, Memformer лепшы на даўжыні 16384."]),
    ("Bibliography", [bibitem("beltagy2020longformer"), authors("2004.05150") + " " + T("2004.05150") +
                      ". arXiv preprint arXiv:2004.05150, 2020."]),
    ("Bibliography", [bibitem("choromanski2021performer"), authors("2009.14794") + " " + T("2009.14794") +
                      ". ", emph("ICLR"), " 2021. ", url("https://openreview.net/forum?id=Ua6zuk0WRH")]),
    ("Bibliography", [bibitem("fournier2023survey"), authors("2103.14636") + " " + T("2103.14636") + ". ",
                      emph("ACM Computing Surveys"), ", 55(14s), 2023."]),
    ("Bibliography", [bibitem("katharopoulos2020rnn"), authors("2006.16236") + " " + T("2006.16236") + ". ",
                      emph("ICML"), ", 2020, с. 5156–5165."]),
    ("Bibliography", [bibitem("kitaev2020reformer"), authors("2001.04451") + " " + T("2001.04451") + ". ",
                      emph("ICLR"), " 2020."]),
    ("Bibliography", [bibitem("kobayashi2020norms"), authors("2004.10102", 4) + " " + T("2004.10102") + ". ",
                      emph("EMNLP"), " 2020, с. 7057–7075."]),
    ("Bibliography", [bibitem("qian2021glat"), authors("2008.07905") + " " + T("2008.07905") + ". ",
                      emph("ACL-IJCNLP"), " 2021, с. 1993–2003."]),
    ("Bibliography", [bibitem("sukhbaatar2021expire"), authors("2105.06548") + " " + T("2105.06548") + ". ",
                      emph("ICML"), " 2021."]),
    ("Bibliography", [bibitem("tay2021lra"), authors("2011.04006") + " " + T("2011.04006") + ". ", emph("ICLR"), " 2021."]),
    ("Bibliography", [bibitem("wang2020linformer"), authors("2006.04768", 5) + " " + T("2006.04768") + ". 2020. ",
                      url("https://arxiv.org/abs/2006.04768")]),
    ("Bibliography", [bibitem("wu2022memformer"), authors("2010.06891") + " " + T("2010.06891") +
                      ". Findings of AACL-IJCNLP 2022 (першая версія — ICLR 2021 submission), ",
                      url("https://openreview.net/forum?id=_adSMszz_g9")]),
    ("Bibliography", [bibitem("zaheer2020bigbird"), authors("2007.14062") + " " + T("2007.14062") + ". ",
                      emph("NeurIPS"), " 2020. arXiv:2007.14062."]),
]
out = H + "".join(layout(n, runs) for n, runs in body) + "\\end_body\n\\end_document\n"
write("278_lyx_document_belarusian_thesis_related_work_efficient_attention.lyx", out)
