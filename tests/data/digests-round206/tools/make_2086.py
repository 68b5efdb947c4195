#!/usr/bin/env python3
"""2086 (negative): an awesome-list README written in Org mode (README.org, as GitHub renders it: #+TITLE / #+AUTHOR
keywords, a Contents list of internal links «[[#custom-id][Heading]]», headings with :CUSTOM_ID: property drawers,
links «[[url][label]]») of an invented student club at the University of Jaffna: English with Tamil. Only software,
books, data sets, talks and blog posts; the builder refuses any catalogue title and anything arXiv-shaped
(catalogue.write(…, negative=True)). Computed: the Contents from the headings and their custom ids (asserted unique)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2086)
SECTIONS = [
 ("Libraries", [
  "[[https://github.com/explosion/spaCy][spaCy]] – industrial NLP library; the Tamil tokenizer is basic but usable.",
  "[[https://github.com/indic-nlp/indicnlp][Indic NLP Library]] – normalisation and transliteration for Indian-script languages.",
  "[[https://github.com/openai/whisper][Whisper]] – speech recognition code and checkpoints (we use it for Jaffna Tamil recordings).",
 ]),
 ("Books", [
  "/Speech and Language Processing/ – Jurafsky & Martin, 3rd ed. draft (free online).",
  "/Natural Language Processing with Python/ – Bird, Klein & Loper (the NLTK book).",
  "/தமிழ் கணினி மொழியியல் அறிமுகம்/ – club notes by S. Tharmini, 2024 (Tamil, PDF on the club drive).",
 ]),
 ("Datasets", [
  "[[https://commonvoice.mozilla.org/ta][Common Voice – Tamil]] – crowd-sourced read speech.",
  "[[https://data.example.lk/jaffna-tamil-news][Jaffna Tamil news corpus]] – 12k articles collected by the club, CC BY 4.0.",
 ]),
 ("Talks", [
  "/Building NLP for Sri Lankan Tamil/ – Dr. K. Ragavan, Faculty of Science seminar, 8 Nov 2025 (video on the club channel).",
  "/From Whisper to our own ASR/ – A. Kajan, club meetup #12 (slides).",
 ]),
 ("Blog posts", [
  "[[https://blog.example.lk/tamil-tokenizers][Why Tamil tokenizers break]] – Tharmini's blog.",
  "[[https://blog.example.lk/gpu-on-a-budget][A GPU lab on a student budget]] – the club's blog.",
 ]),
 ("Contributing", ["Open a pull request; one line per entry, alphabetical inside a section. நன்றி!"]),
]
ids = [re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-") for h, _ in SECTIONS]
assert len(set(ids)) == len(ids)
out = ["#+TITLE: Awesome Tamil NLP – UoJ Computing Society",
       "#+AUTHOR: Tharmini Sivakumar, Kajan Arumugam",
       "#+OPTIONS: toc:nil num:nil", "",
       "வணக்கம்! A curated list of tools, books, data and talks for Tamil language technology,",
       "kept by the Computing Society of the University of Jaffna. Last updated: 2026-02-11.", "",
       "* Contents"] + [f"- [[#{i}][{h}]]" for i, (h, _) in zip(ids, SECTIONS)] + [""]
for i, (h, items) in zip(ids, SECTIONS):
    out += [f"* {h}", ":PROPERTIES:", f":CUSTOM_ID: {i}", ":END:"]
    out += [f"- {x}" for x in items] if h != "Contributing" else items
    out += [""]
out += ["* License", ":PROPERTIES:", ":CUSTOM_ID: license", ":END:",
        "[[https://creativecommons.org/publicdomain/zero/1.0/][CC0 1.0]]"]
write(F, "\n".join(out) + "\n", negative=True)
