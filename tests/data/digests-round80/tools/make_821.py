#!/usr/bin/env python3
"""821: a KBibTeX 0.10 .bib file: the `@comment{x-kbibtex-encoding=utf-8}` and
`@comment{x-kbibtex-personnameformatting=…}` lines first, `@string` macros (written unquoted where used:
`booktitle = iclr`), entries with tab-indented fields in the order they were entered, `Last, First and …` names,
titles protected with double braces, `x-fetchedfrom` on entries taken from KBibTeX's online search (arXiv.org,
Google Scholar, DBLP), `comment` fields with the owner's notes in raw UTF-8 (BibTeX escapes \\%, \\&), the closing
`}` on its own line. A Swedish PhD student's library on self-supervised, continual and parameter-efficient learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, write_only
from make_expected import by_num, keys

F = by_num(821)


def auth(k):
    out = []
    for a in CAT[k]["authors"]:
        p = a.split()
        last = p[-1]
        if len(p) > 2 and p[-2].lower() in ("van", "den", "de"):
            i = next(j for j, x in enumerate(p) if x.lower() in ("van", "de"))
            last, p = " ".join(p[i:]), p[:i] + [""]
        out.append(f"{last}, {' '.join(p[:-1])}".rstrip(", "))
    return " and ".join(out)


entries = []


def entry(typ, key, *fields):
    lines = []
    for k, v in fields:
        lines.append(f"\t{k} = {v}" if v in ("iclr", "neurips") else f"\t{k} = {{{v}}}")
    entries.append(f"@{typ}{{{key},\n" + ",\n".join(lines) + "\n}")


entry("inproceedings", "zhang2023adaptive",
      ("author", auth("2303.10512")), ("title", "{" + T("2303.10512") + "}"), ("booktitle", "iclr"), ("year", "2023"),
      ("url", "https://arxiv.org/abs/2303.10512"), ("abstract", " ".join(abstract("2303.10512").split()).replace("%", "\\%")), ("x-fetchedfrom", "arXiv.org"),
      ("comment", "Läst till handledarmötet 7/3. Budgeten fördelas om under träningen via SVD-lik parametrisering; jämför med vår fasta baslinje med rang 8 (ca 0.3 \\% av parametrarna)."))
entry("inproceedings", "he2022towards",
      ("author", auth("2110.04366")), ("title", "{" + T("2110.04366") + "}"), ("booktitle", "iclr"), ("year", "2022"),
      ("url", "https://openreview.net/forum?id=0RDcd5Axok"),
      ("comment", "Bra ramverk för att placera adapter, prefix och lågrangsmetoder i samma ekvation. Figur 1 \\& tabell 2 till presentationen."))
entry("inproceedings", "peng2020pyglove",
      ("author", auth("2101.08809")), ("title", "{" + T("2101.08809") + "}"), ("booktitle", "neurips"), ("volume", "33"),
      ("pages", "96--108"), ("year", "2020"), ("x-fetchedfrom", "DBLP"),
      ("comment", "Tips från Oskar: symbolisk programmering för sökrymder i AutoML. Inte centralt för avhandlingen, men kapitel 2 kan behöva det."))
entry("inproceedings", "saha2021gradient",
      ("author", auth("2103.09762")), ("title", "{" + T("2103.09762") + "}"), ("booktitle", "iclr"), ("year", "2021"),
      ("comment", "Kontinuerlig inlärning: gradientsteg projiceras ortogonalt mot tidigare uppgifters kärnrum. Saknar PDF -- hämta från konferenssidan."))
entry("inproceedings", "ghiasi2021simple",
      ("author", auth("2012.07177")), ("title", "{" + T("2012.07177") + "}"),
      ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
      ("pages", "2918--2928"), ("year", "2021"), ("url", "https://arxiv.org/abs/2012.07177"), ("abstract", " ".join(abstract("2012.07177").split()).replace("%", "\\%")), ("x-fetchedfrom", "arXiv.org"),
      ("comment", "Augmentering som faktiskt fungerar för instanssegmentering; användbar för vår cellbildsdata (få annoteringar)."))
entry("inproceedings", "tsai2021selfsupervised",
      ("author", auth("2006.05576")), ("title", "{" + T("2006.05576") + "}"), ("booktitle", "iclr"), ("year", "2021"),
      ("comment", "Informationsteoretisk tolkning av självövervakad inlärning med flera vyer; läs avsnitt 3 innan läsecirkeln."))
entry("article", "chen2020simple",
      ("title", "{" + T("2002.05709") + "}"), ("author", auth("2002.05709")), ("journal", "arXiv preprint arXiv:2002.05709"),
      ("year", "2020"), ("x-fetchedfrom", "Google Scholar"),
      ("comment", "Baslinjen i kapitel 3. Stora batchar + stark färgaugmentering; NT-Xent med temperatur 0.5 i våra körningar."))
entry("article", "oord2018representation",
      ("author", auth("1807.03748")), ("title", "{" + T("1807.03748") + "}"), ("journal", "arXiv preprint"), ("year", "2018"),
      ("url", "https://arxiv.org/abs/1807.03748"), ("abstract", " ".join(abstract("1807.03748").split()).replace("%", "\\%")), ("x-fetchedfrom", "arXiv.org"),
      ("comment", "InfoNCE-förlusten kommer härifrån. Experiment med ljud, bild, text och förstärkningsinlärning."))
entry("book", "murphy2022probabilistic",
      ("author", "Murphy, Kevin P."), ("title", "{Probabilistic Machine Learning: An Introduction}"), ("publisher", "MIT Press"),
      ("year", "2022"), ("url", "https://probml.github.io/pml-book/book1.html"),
      ("comment", "Lärobok, kapitel 32 om representationsinlärning. Finns i biblioteket (2 ex.)."))
entry("misc", "lightly2023",
      ("title", "{Lightly: a computer vision library for self-supervised learning}"), ("howpublished", "GitHub repository"),
      ("year", "2023"), ("url", "https://github.com/lightly-ai/lightly"),
      ("comment", "Programvara (Python-bibliotek) -- inte en artikel. Används i labbets pipeline."))
entry("misc", "kurs2024dd3412",
      ("title", "{Självövervakad och effektiv representationsinlärning, VT 2024}"), ("howpublished", "Kurswebb"),
      ("year", "2024"), ("url", "https://kurser.example.se/dd3412/vt24"),
      ("comment", "Doktorandkurs DD3412, kursplan och litteraturlista (kurs, inte artikel)."))

head = ("@comment{x-kbibtex-encoding=utf-8}\n\n@comment{x-kbibtex-personnameformatting=<%l><, %s><, %f>}\n\n"
        "@comment{Elin Lindqvists referensbibliotek -- självövervakad inlärning, kontinuerlig inlärning, PEFT. Senast städat 2024-03-05.}\n\n"
        '@string{iclr = "International Conference on Learning Representations"}\n\n'
        '@string{neurips = "Advances in Neural Information Processing Systems"}\n\n')
text = head + "\n\n".join(entries) + "\n"
write_only(F, text, keys(F))
