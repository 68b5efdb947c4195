#!/usr/bin/env python3
"""2166 (NEGATIVE): a README.md of an invented awesome list on Codeberg by a student group of Pacific Adventist
University (Port Moresby): CommonMark only (no HTML), setext headings (=== and ---), nested lists, reference-style
links, a fenced block. English with Tok Pisin. Only software, books, datasets, talks, courses and blog posts — no
paper; the builder refuses any catalogue title (case-blind) and anything arXiv-shaped. Computed: the entry count
(asserted > 0)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2166)
SECTIONS = [
 ("Tools", [
  "[PyTorch][pytorch] — the framework we teach with.",
  "[scikit-learn][sklearn] — classic models; start here.",
  "[spaCy](https://spacy.io) — tokenisers and pipelines (no Tok Pisin model yet, help wanted).",
  "[Label Studio](https://labelstud.io) — annotation for our Tok Pisin radio transcripts."]),
 ("Books", [
  "*Deep Learning with Python*, 2nd ed., François Chollet (Manning, 2021).",
  "*Speech and Language Processing*, Jurafsky & Martin, 3rd ed. draft — free online.",
  "*The Hundred-Page Machine Learning Book*, Andriy Burkov."]),
 ("Datasets", [
  "Tok Pisin Bible parallel text (eBible) — for translation practice.",
  "[Common Voice](https://commonvoice.mozilla.org) — check the Tok Pisin status.",
  "PNG rainfall station records (NWS) — ask the Science faculty office."]),
 ("Talks and courses", [
  "Talk: «Machine learning in the Pacific: gutpela wok, hatpela wok» — student seminar, Koiari Park campus, 2025.",
  "[fast.ai Practical Deep Learning](https://course.fast.ai) — the course we follow in semester 2.",
  "Blog post: «How we built a Tok Pisin spell-checker in a weekend» (club blog)."]),
]
n = sum(len(i) for _, i in SECTIONS)
assert n > 0
out = ["Awesome ML Tok Pisin", "====================", "",
       f"Wanpela list bilong ol tul, buk na data for machine learning long PNG. {n} entries, no papers — papers go in the",
       "reading group's own file.", "", "Contents", "--------", ""]
out += [f"- [{s}](#{s.lower().replace(' ', '-')})" for s, _ in SECTIONS] + ["- [Contributing](#contributing)", ""]
for s, items in SECTIONS:
    out += [s, "-" * len(s), ""] + [f"- {x}" for x in items] + [""]
out += ["Contributing", "------------", "",
        "Open a pull request on Codeberg. Check links first:", "", "```sh", "lychee README.md", "```", "",
        "Maintainers: Joycelyn Kaupa, Samuel Waim (student group, Pacific Adventist University).", "",
        "[pytorch]: https://pytorch.org", "[sklearn]: https://scikit-learn.org"]
write(F, "\n".join(out) + "\n", negative=True)
