#!/usr/bin/env python3
"""1968: a Dutch player's Starbound mod codex (`codex/labtablet_vlm.codex`): a JSON object with id, title,
description, icon, eight contentPages (with ^orange; / ^reset; colour codes and \\n) and itemConfig — with the papers
in the pages: arXiv links (`/abs/`, `/pdf/…v2`, `http://`, `/abs/`), one id in text (arxiv-text), three titles alone —
and non-papers (a repository, a dataset, a book, a talk). Starbound's layout (`"key" : value`, two-space indentation).
LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1968)
PAGES = [
    "^orange;Onderzoekstablet van dr. Visser — beeld en taal^reset;\n\nGevonden in het lab op de Outpost. Het scherm is "
    "gebarsten, maar de leeslijst is nog leesbaar.",
    "^orange;1.^reset; " + T("2103.00020") + "\nhttps://arxiv.org/abs/2103.00020\n\n\"Beeld en tekst in één ruimte.\" "
    "Dit is waar het begon.",
    "^orange;2.^reset; " + T("2102.05918") + "\nhttps://arxiv.org/pdf/2102.05918v2\n\nMeer data, meer ruis, en het werkt "
    "toch.",
    "^orange;3.^reset; " + T("2303.15343") + " (arXiv 2303.15343)\n\nGeen softmax meer over de hele batch. Visser "
    "schreef ernaast: ^yellow;goedkoper!^reset;",
    "^orange;4.^reset; " + T("2106.13884") + "\nhttp://arxiv.org/abs/2106.13884\n\nEen bevroren taalmodel dat plaatjes "
    "leert lezen.",
    "^orange;5.^reset; " + T("2304.08485") + "\nhttps://arxiv.org/abs/2304.08485\n\nCode: github.com/haotian-liu/LLaVA "
    "(repository, geen paper).",
    "^orange;Nog te lezen^reset;\n- " + T("2304.02643") + "\n- " + T("2106.08254") + "\n- " + T("2006.06882"),
    "^orange;Overig^reset;\nDataset: COCO Captions (geen paper om te citeren hier).\nBoek: \"Computer Vision: "
    "Algorithms and Applications\" van Szeliski.\nLezing: https://video.sterrenlab.example.nl/colloquium/2024-05",
]


def q(s):
    return json.dumps(s, ensure_ascii=False)


import json


def build():
    pages = ",\n".join("    " + q(p) for p in PAGES)
    return ("{\n"
            '  "id" : "labtablet_vlm",\n'
            '  "title" : "Onderzoekstablet: beeld en taal",\n'
            '  "description" : "Een gebarsten tablet met de leeslijst van een onderzoeker.",\n'
            '  "icon" : "labtablet.png",\n'
            '  "contentPages" : [\n' + pages + "\n  ],\n"
            '  "itemConfig" : {\n'
            '    "rarity" : "Rare",\n'
            '    "price" : 250\n'
            "  }\n"
            "}\n")


if __name__ == "__main__":
    write_only(F, build(), keys(F), forms=["\n".join(PAGES)])
