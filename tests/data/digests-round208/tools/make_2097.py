#!/usr/bin/env python3
"""2097: an awesome-list README in AsciiDoc (README.adoc as GitHub renders it from source: document header with
attributes, :toc:, sections «==», «link:url[label]» and bare «https://…[label]» macros, «* » items, a NOTE admonition,
a «////» comment block) of an invented student club at the University of Prishtina: English with Albanian lines.
The club, people and texts are invented. Computed: the «Contents» anchors = the sections' ids (asserted unique),
the item count line, the revision date."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2097)
SECTIONS = [
 ("papers", "Papers we read", [
  f"* link:https://arxiv.org/abs/2005.14165[{T('2005.14165')}] -- the GPT-3 paper; chapter 3 is the one to read.",
  f"* https://arxiv.org/pdf/2302.13971v1.pdf[{T('2302.13971')}] (Touvron et al., 2023). Lexuam së bashku në shkurt.",
  f"* {T('2205.01068')} +\n  http://arxiv.org/abs/2205.01068 -- read the logbook appendix, it is the best part.",
  f"* {T('1907.11692')} -- arXiv:1907.11692, Liu et al. Same model as BERT, trained longer and better.",
 ]),
 ("history", "A short history, in our words", [
  "Our first meeting started before transformers were the default. Arben opened with the 2018 OpenAI report",
  f"_{T('Improving Language Understanding by Generative Pre-Training')}_ (everyone calls it GPT-1; it is not on arXiv,",
  "the PDF sits on OpenAI's site), and the discussion went on to what came after.",
  "",
  "Most of the second session was about the encoder side: we compared the masked objective of",
  f"{T('1810.04805')} with the permutation objective of",
  f"{T('1906.08237')}, and nobody could say which is simpler to explain to first-year students.",
  "",
  "For Albanian, the useful paper is the cross-lingual one. Drita summed it up: as",
  " ".join(T('1911.02116').split()[:3]),
  " ".join(T('1911.02116').split()[3:]) + " showed, one model for a hundred languages works if you have enough",
  "CommonCrawl text; Albanian is in there, but with much less data than the big languages.",
 ]),
 ("code", "Code and models", [
  "* https://github.com/huggingface/transformers[Transformers] -- the library (software, not a paper).",
  "* https://github.com/facebookresearch/fairseq[fairseq] -- where the RoBERTa checkpoints live.",
  "* https://huggingface.co/docs/tokenizers[Tokenizers docs] -- for the BPE exercise.",
 ]),
 ("books", "Books, courses and talks", [
  "* _Speech and Language Processing_ (Jurafsky & Martin, 3rd ed. draft) -- book, chapters 10 and 11.",
  "* Stanford CS224N lecture videos -- course, not papers.",
  "* Talk: «Modelet gjuhësore për shqipen» by Blerina Krasniqi, club meetup #7 (slides in `talks/`).",
 ]),
 ("data", "Data", [
  "* OSCAR corpus, Albanian part -- data set.",
  "* Our own Prishtina news headlines set: https://data.example.net/ks-headlines[ks-headlines] (CC BY 4.0).",
 ]),
]
ids = [i for i, _, _ in SECTIONS]
assert len(set(ids)) == len(ids)
items = sum(1 for _, _, ls in SECTIONS for l in ls if l.startswith("* "))
out = ["= Awesome Language Models -- UP Computing Club", "Arben Gashi <arben.gashi@club.example.net>; Drita Berisha",
       "v1.4, 2026-02-21", ":toc: macro", ":toc-title: Contents", ":icons: font", ":sectanchors:", "",
       "Një listë e shkurtër e gjërave që lexojmë në klubin e informatikës të Universitetit të Prishtinës.",
       "A short list of what the club at the University of Prishtina reads, uses and watches about language models.",
       f"{items} entries; pull requests welcome.", "", "toc::[]", "",
       "NOTE: Papers come first; software, books and data sets are listed for the exercises and are not papers.", "",
       "////", "Maintainers: keep one entry per line, link the arXiv abstract page when there is one.", "////", ""]
for sid, h, ls in SECTIONS:
    out += [f"[[{sid}]]", f"== {h}", ""] + ls + [""]
out += ["[[contributing]]", "== Contributing", "", "Open a pull request; Drita reviews on Thursdays. Faleminderit!", ""]
write_only(F, "\n".join(out), keys(F))
