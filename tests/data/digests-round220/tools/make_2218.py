#!/usr/bin/env python3
"""2218: the README.org of an awesome list kept by a student organisation of the University of the Philippines Diliman
(as remembered for Org mode on a GitHub-style host: «#+TITLE:», «#+AUTHOR:», «#+DATE:», «#+OPTIONS:», a «:TOC:»-tagged
headline with internal links «[[#custom-id][label]]», headlines «*» / «**», «:PROPERTIES:» drawers with «:CUSTOM_ID:»,
links «[[URL][label]]», emphasis «/…/» and «*…*», a TODO headline, an Org table, a «#+BEGIN_SRC shell» block and a
footnote «[fn:1]»). Filipino (Tagalog) with English.
Computed: the entry count in the introduction (the list items of the entry sections, asserted by the checker)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2218)

SECTIONS = [
 ("Linear at kernel attention", "linear-at-kernel-attention", [
  f"- [[https://openreview.net/forum?id={OR('2103.02143')}][{T('2103.02143')}]] – Peng et al., ICLR 2021. Ginagamit ang random",
  "  features para tantiyahin ang softmax; maganda ring basahin ang appendix tungkol sa gating.",
  f"- *{T('2009.14794')}* ([[https://arxiv.org/abs/2009.14794][arXiv]]) – Choromanski et al., ICLR 2021. Ang FAVOR+.",
  f"- {T('2005.00743')} – Tay et al., ICML 2021. Paano kung hindi na kailangan ang",
  "  dot-product? Walang link dito kasi nasa proceedings ang bersiyong binasa namin."]),
 ("Sparse attention at mahabang konteksto", "sparse-attention-at-mahabang-konteksto", [
  f"- [[https://arxiv.org/pdf/2007.14062v2.pdf][{T('2007.14062')}]] – Zaheer et al., NeurIPS 2020.",
  f"- /{T('1901.02860')}/ – Dai et al., ACL 2019. Segment-level recurrence;",
  "  basahin muna ito bago ang mga bagong paraan ng pagpapahaba ng konteksto.",
  f"- {T('2306.15595')} – Chen et al., 2023. Ito ang tinatawag",
  "  naming «PI» sa mga meetup."]),
 ("Recurrence at retention", "recurrence-at-retention", [
  f"- {T('2307.08621')} – Sun et al., 2023, arXiv:2307.08621. Parallel sa training,",
  "  recurrent sa inference[fn:1]."]),
 ("Hardware at kernels", "hardware-at-kernels", [
  f"- [[http://arxiv.org/abs/2307.08691][{T('2307.08691')}]] – Tri Dao, 2023.",
  "- [[https://github.com/Dao-AILab/flash-attention][Dao-AILab/flash-attention]] – ang repository (code, hindi papel).",
  "- [[https://github.com/facebookresearch/xformers][xformers]] – memory-efficient attention para sa PyTorch."]),
 ("Mga aklat, kurso at datos", "mga-aklat-kurso-at-datos", [
  "- /Dive into Deep Learning/ – Zhang, Lipton, Li & Smola; kabanata 11 (attention). Libre sa [[https://d2l.ai][d2l.ai]].",
  "- [[https://web.stanford.edu/class/cs25/][Stanford CS25: Transformers United]] – mga recorded na talk.",
  "- [[https://github.com/google-deepmind/pg19][PG-19]] – dataset ng mahahabang libro para sa language modeling.",
  "- TLUnified – malaking Tagalog text corpus; gamit namin para sa sariling eksperimento sa mahabang konteksto."]),
]
n = sum(1 for _, _, items in SECTIONS for l in items if l.startswith("- "))
out = ["#+TITLE: Awesome Mahabang Konteksto",
       "#+AUTHOR: UP KaML (Kapisanan sa Machine Learning), UP Diliman",
       "#+DATE: 2026-03-28",
       "#+OPTIONS: toc:nil num:nil ^:nil",
       "#+STARTUP: overview",
       "",
       "Mabuhay! Ito ang curated list namin ng mga papel, code at iba pang materyales tungkol sa efficient attention",
       f"at mahabang konteksto. Sa ngayon ay may {n} entries. Para ito sa reading group tuwing Huwebes sa",
       "Engineering Theater at sa sinumang gustong magbasa.",
       "",
       "* Talaan ng Nilalaman                                                    :TOC:",
      ] + [f"- [[#{cid}][{h}]]" for h, cid, _ in SECTIONS] + [
       "- [[#mga-sesyon][Mga sesyon]]", "- [[#paano-mag-ambag][Paano mag-ambag]]", ""]
for h, cid, items in SECTIONS:
    out += [f"* {h}", ":PROPERTIES:", f":CUSTOM_ID: {cid}", ":END:"] + items + [""]
out += ["* Mga sesyon", ":PROPERTIES:", ":CUSTOM_ID: mga-sesyon", ":END:",
        "| Petsa      | Paksa                        | Tagapagsalita      |",
        "|------------+------------------------------+--------------------|",
        "| 2026-04-09 | Kernel attention             | Bea Villanueva     |",
        "| 2026-04-16 | Sparse at mahabang konteksto | Paolo Dimaculangan |",
        "| 2026-04-23 | Kernels at hardware          | Jessa Manalastas   |",
        "",
        "** TODO Magdagdag ng seksiyon tungkol sa state space models",
        "Sino ang may oras? Mag-message sa #reading-group.",
        "",
        "* Paano mag-ambag", ":PROPERTIES:", ":CUSTOM_ID: paano-mag-ambag", ":END:",
        "Mag-fork, magdagdag ng isang linya bawat entry (buong pamagat ng papel, mga may-akda, venue), at magbukas",
        "ng pull request:",
        "#+BEGIN_SRC shell",
        "git checkout -b dagdag-entry",
        "emacs README.org",
        "git commit -am \"Dagdag: <pamagat>\"",
        "#+END_SRC",
        "",
        "* Footnotes",
        "[fn:1] May talk tungkol dito si Jessa sa sesyon noong Abril; nasa drive ng org ang slides.",
        ""]
write_only(F, "\n".join(out), keys(F))
