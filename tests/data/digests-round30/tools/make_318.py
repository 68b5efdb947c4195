#!/usr/bin/env python3
"""318: the book of abstracts of a one-day regional symposium (invented: "Ghjurnata di l'Intelligenza Artificiale in
Corsica 2024", Corti), typeset as a PDF by the organisers and run through `pdftotext` (default mode, no `-layout`),
as a participant keeps it for reading notes. What such a text has: one page per form feed (pdftotext ends every page
with \\f, the last one too); a cover; the programme with times, talk titles and the page of each abstract; one abstract
a page: its title, the authors with affiliation numbers run into their names ("Santoni1 , Leca1,2" — superscripts come
out inline), the affiliations, the text in PDF lines (a line break wherever the typeset line broke), keywords, a
numbered reference list; the running footer and the page number at the bottom of every page but the cover; the author
index with page numbers. Papers: references with an arXiv abs/pdf or huggingface.co/papers URL (link), with
"arXiv:ID" or "arXiv preprint arXiv:ID" (arxiv-text), without either (title-only, some wrapped over two lines). The talks'
own titles are invented and are not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only, initials

KEYS = ["1911.05722", "2006.07733", "2011.10566", "2103.03230", "2104.14294", "2304.07193", "2111.06377", "2106.08254",
        "2103.14030", "2201.03545", "1912.11370", "2010.04159", "2304.02643"]
FOOT = "Ghjurnata IA Corsica 2024 — Libru di i riassunti"


def auth(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(initials(x) for x in a[:n]) + (" et al." if len(a) > n else "")


def ref(k, tail):
    a = auth(k)
    return f"{a}{'' if a.endswith('.') else '.'} {T(k)}. {tail}"


def wrap(s, w=92):
    return "\n".join(textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False))


def refs(items):
    return "\n".join(wrap(f"[{i}] {r}") for i, r in enumerate(items, 1))


# (title lines, authors line, affiliations, text, keywords, references)
ABSTRACTS = [
    (["Amparera autosupervisata per e fiure satellitarie di a macchja corsa"],
     "Anna Santoni1 , Petru Leca1,2",
     ["1 Squadra IA, Università di Corsica Pasquale Paoli, Corti", "2 Parcu Naturale Regiunale di Corsica, Aiacciu"],
     "E fiure satellitarie di a Corsica sò numerose, ma l'etichette sò rare: un esperu pò marcà à manu appena "
     "qualchì centinaia di parcelle di macchja à l'annu. Avemu dunque pre-amparatu un codificatore senza etichette, "
     "cù un metudu cuntrastivu cù una coda di campioni negativi [1], è l'avemu paragunatu à dui metudi senza negativi, "
     "BYOL [2] è SimSiam [3]. Cù 1% di l'etichette, u codificatore pre-amparatu guadagna 11 punti di precisione "
     "nantu à a classificazione di a vegetazione. A mascara di i nuvali hè stata fatta cù u mudellu di segmentazione "
     "generale [4], senza nisuna etichetta nova.",
     "amparera autosupervisata, telerilevamentu, macchja",
     [ref("1911.05722", "CVPR 2020. arXiv:1911.05722."),
      ref("2006.07733", "NeurIPS 2020."),
      ref("2011.10566", "CVPR 2021."),
      ref("2304.02643", "ICCV 2023. https://arxiv.org/pdf/2304.02643")]),
    (["Ridondanza è distillazione: chì rapprisentazioni per e fiure", "medicale di l'uspidale di Bastia?"],
     "Ghjuvan Petru Albertini1 , Maria Simeoni2",
     ["1 Dipartimentu d'Infurmatica, Università di Corsica Pasquale Paoli, Corti", "2 Serviziu di radiolugia, Centru Uspidalieru di Bastia"],
     "Paragunemu trè famiglie di pre-amparera senza etichette nantu à 40 000 radiografie di u pettu: a "
     "riduzzione di a ridondanza [1], l'autodistillazione cù Vision Transformers [2] è a so versione à grande "
     "scala [3]. I tratti di [3] sò i più robusti quandu a machina di radiolugia cambia, ma costanu 14 volte di più "
     "à calculà. Pruponimu una distillazione versu un picculu ResNet chì conserva 96% di a precisione.",
     "radiolugia, distillazione, robustezza",
     [ref("2103.03230", "ICML 2021."),
      ref("2104.14294", "ICCV 2021."),
      ref("2304.07193", "TMLR 2024. https://arxiv.org/abs/2304.07193")]),
    (["Mascare è finestre: pre-amparera di i Transformers visivi per", "cuntà i pesci in i filmati sottumarini"],
     "Lisandru Orsini1 , Ghjulia Peretti1 , Santu Mattei2",
     ["1 Squadra IA, Università di Corsica Pasquale Paoli, Corti", "2 Stazione di ricerca marina STARESO, Calvi"],
     "I filmati sottumarini di a riserva di Scandula sò longhi è scuri. Avemu pre-amparatu un Transformer cù "
     "finestre spustate [1] per ricustruisce patche mascarate, secondu i dui appruchji di [2] è di [3], è l'avemu "
     "finitu nantu à 3 200 fiure etichettate. A ricustruzzione di i pixel [2] hè più simplice è dà i listessi "
     "risultati chè i gettoni visivi di [3]; un ConvNet mudernu [4] pre-amparatu listessu ferma un bon puntu di "
     "paragone.",
     "Transformers visivi, mascare, ecolugia marina",
     [ref("2103.14030", "ICCV 2021. https://arxiv.org/abs/2103.14030"),
      ref("2111.06377", "CVPR 2022."),
      ref("2106.08254", "ICLR 2022. https://huggingface.co/papers/2106.08254"),
      ref("2201.03545", "CVPR 2022. arXiv preprint arXiv:2201.03545.")]),
    (["Trasferimentu è rilevazione d'oggetti per u patrimoniu:", "e torre genuvese viste da i droni"],
     "Francescu Luciani1 , Ghjasippina Ottaviani1",
     ["1 Dipartimentu d'Infurmatica, Università di Corsica Pasquale Paoli, Corti"],
     "E 85 torre genuvese di a costa sò fotografate ogni annu da i droni di a Cullettività. Per truvà e "
     "fessure nantu à i muri, avemu paragunatu u trasferimentu da un mudellu pre-amparatu à grande scala [1] "
     "cù un rilevatore d'oggetti end-to-end [2]. Cù menu di 500 esempii, u trasferimentu simplice di [1] vince; "
     "da 2 000 esempii in sù, [2] localizeghja megliu e fessure chjuche.",
     "rilevazione d'oggetti, trasferimentu, patrimoniu",
     [ref("1912.11370", "ECCV 2020."),
      ref("2010.04159", "ICLR 2021.")]),
]

PROG = [("09:00", "Accolta è caffè", None), ("09:30", "Apertura di a ghjurnata", None)]
pages = []
cover = ("Ghjurnata di l'Intelligenza Artificiale\nin Corsica 2024\n\nVisione artificiale è amparera "
         "autosupervisata\n\nLibru di i riassunti\n\nCorti, 15 di marzu di u 2024\nUniversità di Corsica Pasquale "
         "Paoli\nCampus Mariani, Amfiteatru Ettori\n")
times = ["10:00", "10:30", "11:30", "12:00"]
abstract_pages = []
for i, (tl, au, aff, text, kw, rs) in enumerate(ABSTRACTS):
    pno = 3 + i
    body = "\n".join(tl) + "\n" + au + "\n" + "\n".join(aff) + "\n\n" + wrap(text) + "\n\nParolle chjave: " + kw + \
        "\n\nRifarenze\n" + refs(rs) + "\n\n" + FOOT + "\n" + str(pno) + "\n"
    abstract_pages.append(body)
prog = ["Prugramma", ""]
rows = [("09:00", "Accolta è caffè", ""), ("09:30", "Apertura di a ghjurnata", ""),
        (times[0], " ".join(ABSTRACTS[0][0]), "3"), (times[1], " ".join(ABSTRACTS[1][0]), "4"),
        ("11:00", "Pausa", ""), (times[2], " ".join(ABSTRACTS[2][0]), "5"), (times[3], " ".join(ABSTRACTS[3][0]), "6"),
        ("12:30", "Pranzu è chjusura", "")]
for t, title, p in rows:
    line = f"{t} {title}"
    prog.append(line + (" " + ". " * 3 + p if p else ""))
prog += ["", FOOT, "2"]
# author index: surnames with their pages
idx = {}
for i, a in enumerate(ABSTRACTS):
    for name in a[1].split(" , "):
        nm = name.rstrip("0123456789,")
        first, last = nm.rsplit(" ", 1)
        idx[f"{last}, {' '.join(p[0] + '.' for p in first.split())}"] = 3 + i
index = ["Indice di l'autori", ""] + [f"{k} {v}" for k, v in sorted(idx.items())] + ["", FOOT, "7"]
text = cover + "\f" + "\n".join(prog) + "\n\f" + "\f".join(abstract_pages) + "\f" + "\n".join(index) + "\n\f"
write_only("318_book_of_abstracts_pdftotext_corsican_self_supervised_vision_symposium.txt", text, KEYS)
