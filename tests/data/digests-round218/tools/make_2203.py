#!/usr/bin/env python3
"""2203: an awesome-list README.adoc (AsciiDoc, on a GitLab instance) of a student club of Bangor University (as
remembered: a level-0 title «= …», attribute lines «:toc:», «:toc-placement!:», «:icons: font», «toc::[]», level-1
sections «== …», «=== …», description lists «term:: text», links «URL[label]», bare URLs, a «NOTE:» admonition, a
«----» listing block). English with Welsh. Computed: the section list, the entry count (asserted > 0)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN
F = by_num(2203)
S = [
 ("Clasuron / Classics", [
  f"* _{LECUN}_ — LeCun, Bottou, Bengio & Haffner, Proceedings of the IEEE, 1998. Lle mae'r cyfan yn dechrau.",
  f"* {T('2104.00298')} — https://arxiv.org/abs/2104.00298[arXiv] (compound scaling, done right)"]),
 ("Transformers ar gyfer golwg / Vision Transformers", [
  f"* *{T('2010.11929')}* — https://openreview.net/forum?id=YicbFdNTTy[OpenReview, ICLR 2021]",
  f"* {T('2201.03545')} — https://arxiv.org/pdf/2201.03545v2.pdf[PDF] (the ConvNet strikes back)",
  f"* {T('2101.01761')} (Pham & Le, 2021) — regularisation that transfers to ViTs."]),
 ("Canfod a chyfateb / Detection and matching", [
  f"* {T('2010.04159')} +",
  "  http://arxiv.org/abs/2010.04159",
  f"* {T('2103.14167')} (arXiv:2103.14167, ICCV 2021)",
  f"* {T('2103.14146')} — change captioning with transformers, ICCV 2021."]),
 ("Offer a llyfrau / Tools and books (not papers)", [
  "timm:: https://github.com/huggingface/pytorch-image-models[pytorch-image-models] — the backbone zoo.",
  "Dive into Deep Learning:: https://d2l.ai[d2l.ai] — free book, chapters 7-11.",
  "Sgwrs / Talk:: «Golwg peirianyddol yn Gymraeg» by Dr. Eleri Pritchard, club meeting, 2025 (slides on the club drive)."]),
]
n = sum(1 for _, it in S for l in it if l.startswith("* ") or "::" in l)
assert n > 0
out = ["= Awesome Golwg Cyfrifiadurol / Awesome Computer Vision", "Cymdeithas Dysgu Peirianyddol Bangor <ml@bangor-club.example.cymru>",
       ":toc:", ":toc-placement!:", ":icons: font", ":sectanchors:", "",
       f"Rhestr ddarllen y gymdeithas — a curated list of {n} entries for the Wednesday vision sessions, Pontio, room 2.12.", "",
       "toc::[]", "",
       "NOTE: Papers first, then tools and books. Send a merge request to add an entry; keep one line per entry.", ""]
for h, it in S:
    out += [f"== {h}", ""] + it + [""]
out += ["== Cyfrannu / Contributing", "", "----", "git clone https://git.bangor-club.example.cymru/golwg/awesome-golwg.git",
        "git checkout -b add-entry", "----", "", "Trwydded / Licence: CC0-1.0."]
write_only(F, "\n".join(out) + "\n", keys(F))
