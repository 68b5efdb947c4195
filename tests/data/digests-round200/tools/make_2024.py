#!/usr/bin/env python3
"""2024: an invented awesome-list README of an invented student group at the CUFR de Mayotte (Dembéni): French with
Shimaore lines. Sections of papers on matching, detection, multimodal and graph transformers mixed with software,
data sets and a talk. Computed: the table of contents from the headings (GitHub-style slugs, asserted unique)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2024)
SEC = [
 ("Correspondances et détection", [
  f"- [{T('2103.14167')}](https://arxiv.org/abs/2103.14167) – appariement dense entre deux images, ICCV 2021.",
  f"- **{T('2010.04159')}** ([PDF](https://arxiv.org/pdf/2010.04159v4.pdf)) – DETR qui converge vite.",
  f"- {T('2103.14146')} – détection de changements décrite en langue naturelle (arXiv:2103.14146).",
  "- [Detectron2](https://github.com/facebookresearch/detectron2) – bibliothèque de détection (logiciel)."]),
 ("Vision et langage", [
  f"- [{T('2301.12597')}](http://arxiv.org/abs/2301.12597) – encodeur d'images gelé + LLM gelé.",
  "- [LAVIS](https://github.com/salesforce/LAVIS) – bibliothèque qui implémente BLIP-2 (logiciel, pas un article)."]),
 ("Graphes", [
  f"- {T('2106.05234')} ",
  "  <https://arxiv.org/abs/2106.05234> – Graphormer, NeurIPS 2021.",
  "- [PyTorch Geometric](https://pytorch-geometric.readthedocs.io/) – documentation."]),
 ("Efficacité et régularisation", [
  f"- {T('2104.00298')} – Tan & Le, ICML 2021.",
  f"- {T('2101.01761')} – motifs de dropout appris, AAAI 2021."]),
 ("Visualisation", [
  f"- {T('2103.14625')} – outil interactif ; l'article et la démo en ligne.",
  "- [BertViz](https://github.com/jessevig/bertviz) – visualisation de l'attention (logiciel)."]),
 ("Données et exposés", [
  "- [Images satellites du lagon de Mayotte](https://data.example.yt/lagon) – jeu de données du club.",
  "- Exposé « Les transformeurs voient-ils le lagon ? » – journée des doctorants, CUFR, 2025 (vidéo)."]),
]
def slug(h): return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
s = [slug(h) for h, _ in SEC]
assert len(set(s)) == len(s)
L = ["# Awesome Transformeurs Vision – Mayotte [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
     "> Liste d'articles et d'outils du club IA du CUFR de Mayotte. Karibu ! Rivandzo ufundriha pamodja.", "",
     "Maintenu par @anli-mdahoma et @zaharia.said — mis à jour le 20 janvier 2026.", "", "## Sommaire", ""]
L += [f"- [{h}](#{sl})" for (h, _), sl in zip(SEC, s)] + [""]
for h, items in SEC:
    L += [f"## {h}", ""] + items + [""]
L += ["## Licence", "", "[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)"]
write_only(F, "\n".join(L) + "\n", keys(F))
