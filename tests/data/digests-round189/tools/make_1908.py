#!/usr/bin/env python3
"""1908: a Brazilian reading group's Matroska chapters file (`capitulos-encontro-07.xml`, saved by
mkvtoolnix-gui's chapter editor and muxed with mkvmerge): the XML declaration and the DOCTYPE of mkvtoolnix's chapter files, one EditionEntry, chapter
atoms with nanosecond timestamps, ChapterDisplay in Portuguese and English (paper titles as chapter names), nested
chapters for the discussion, XML comments by the editor holding the links — arXiv `/abs/`, `/pdf/….pdf`, `http://`,
`/abs/…v3` —, one id in a chapter name (arxiv-text), three papers by title alone, and non-papers (a repository, a
dataset, a blog post, the recording). LF, a final newline."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1908)
UID = 7301944820155632001


def atom(n, start, pt, en, ind="    ", comment=None, sub=()):
    global UID
    UID += 7919
    L = []
    if comment: L.append(f"{ind}<!-- {comment} -->")
    L += [f"{ind}<ChapterAtom>",
          f"{ind}  <ChapterUID>{UID}</ChapterUID>",
          f"{ind}  <ChapterTimeStart>{start}.000000000</ChapterTimeStart>",
          f"{ind}  <ChapterFlagHidden>0</ChapterFlagHidden>",
          f"{ind}  <ChapterFlagEnabled>1</ChapterFlagEnabled>",
          f"{ind}  <ChapterDisplay>",
          f"{ind}    <ChapterString>{escape(pt)}</ChapterString>",
          f"{ind}    <ChapterLanguage>por</ChapterLanguage>",
          f"{ind}    <ChapLanguageIETF>pt-BR</ChapLanguageIETF>",
          f"{ind}  </ChapterDisplay>"]
    if en:
        L += [f"{ind}  <ChapterDisplay>",
              f"{ind}    <ChapterString>{escape(en)}</ChapterString>",
              f"{ind}    <ChapterLanguage>eng</ChapterLanguage>",
              f"{ind}    <ChapLanguageIETF>en</ChapLanguageIETF>",
              f"{ind}  </ChapterDisplay>"]
    for s in sub: L += s
    L.append(f"{ind}</ChapterAtom>")
    return L


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<!DOCTYPE Chapters SYSTEM \"matroskachapters.dtd\">",
         "<!-- Grupo de leitura de visão — encontro 07 (14/03/2024), sala 2-B12",
         "     Gravação: https://videos.grupovisao.example.com.br/encontros/07.mkv",
         "     Capítulos editados por Thiago Nogueira no mkvtoolnix-gui (Editor de capítulos), mux com mkvmerge",
         "     Não são artigos: repositório https://github.com/facebookresearch/vissl, dataset LAION-400M,",
         "     post \"The Illustrated CLIP\" (blog.grupovisao.example.com.br/clip-ilustrado) -->",
         "<Chapters>",
         "  <EditionEntry>",
         "    <EditionFlagHidden>0</EditionFlagHidden>",
         "    <EditionFlagDefault>1</EditionFlagDefault>",
         "    <EditionUID>5512093876523301877</EditionUID>"]
    L += atom(1, "00:00:00", "Abertura e avisos", "Opening")
    L += atom(2, "00:04:12", T("2103.03230"), None, comment="https://arxiv.org/abs/2103.03230 (apresenta: Camila)")
    L += atom(3, "00:19:47", T("2004.11362"), None, comment="https://arxiv.org/pdf/2004.11362.pdf")
    L += atom(4, "00:33:05", "Parte 2 — imagem e texto", "Part 2 — image and text",
              sub=[atom(5, "00:33:05", T("2103.00020"), "CLIP", ind="      ", comment="http://arxiv.org/abs/2103.00020"),
                   atom(6, "00:47:30", T("2102.05918"), "ALIGN", ind="      ", comment="https://arxiv.org/abs/2102.05918v3"),
                   atom(7, "00:58:14", f"{T('2303.15343')} (arXiv 2303.15343)", "SigLIP", ind="      ")])
    L += atom(8, "01:09:40", "Discussão: próximos encontros", "Discussion: next sessions",
              sub=[atom(9, "01:09:40", "Proposta da Camila: " + T("2011.04419"), None, ind="      "),
                   atom(10, "01:13:02", "Proposta do Thiago: " + T("2304.08485"), None, ind="      "),
                   atom(11, "01:16:55", "Ficou para abril: " + T("2106.13884"), None, ind="      ")])
    L += atom(12, "01:21:30", "Encerramento (repositório vissl, LAION-400M)", "Closing")
    L += ["  </EditionEntry>", "</Chapters>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
