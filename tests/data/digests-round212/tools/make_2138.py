#!/usr/bin/env python3
"""2138: an awesome-list README.md (GitHub-flavoured Markdown with inline HTML: a centred <p> header with badges,
a <details> block, an HTML <table> of papers, Markdown tables, reference-style links) of an invented student club of
the University of Zadar (Sveučilište u Zadru). English with Croatian lines. Computed: the entry count from the list
items and table rows (asserted > 0), the table of contents from the headings (anchors as GitHub makes them)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1, GLOVE
F = by_num(2138)
SECTIONS = [
 ("Word vectors (prije transformera)", [
  f"- **{T(GLOVE)}** — Pennington, Socher & Manning, EMNLP 2014. Still the best first read for our Croatian embeddings workshop.",
  f"- {T('1801.06146')} (Howard & Ruder, ACL 2018) — *fine-tuning prije nego što je to bilo cool*.",
 ]),
 ("Encoders", [
  "<table>",
  "<tr><th>Paper</th><th>Bilješka</th></tr>",
  f"<tr><td><a href=\"https://arxiv.org/abs/1810.04805\">{T('1810.04805')}</a></td><td>Obavezno. Start here.</td></tr>",
  f"<tr><td><a href=\"https://arxiv.org/pdf/2003.10555.pdf\">{T('2003.10555')}</a></td><td>Replaced-token detection; cheap to pre-train.</td></tr>",
  f"<tr><td>{T('2006.03654')}</td><td>Disentangled attention. Microsoft's code is on GitHub.</td></tr>",
  "</table>",
 ]),
 ("Decoders and permutation LMs", [
  f"- Before GPT-2 there was the OpenAI report [*{T(GPT1)}*][openai-2018] (Radford et al., 2018).",
  f"- [{T('1906.08237')}][xlnet] — permutation language modelling.",
 ]),
 ("Multilingual", [
  "| Model | Paper | Napomena |",
  "| --- | --- | --- |",
  f"| XLM-R | {T('1911.02116')}, arXiv:1911.02116 | covers Croatian (hr) in CC-100 |",
  "| BERTić | model card on Hugging Face | trained on Croatian, Bosnian, Montenegrin and Serbian |",
 ]),
 ("Tools, books and data (not papers)", [
  "- [🤗 Transformers](https://github.com/huggingface/transformers) — the library everyone uses.",
  "- *Speech and Language Processing* (Jurafsky & Martin, 3rd ed. draft) — book, free online.",
  "- [hrWaC](https://www.clarin.example.si/hrwac) — Croatian web corpus (dataset).",
 ]),
]
def anchor(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")
n_entries = sum(1 for _, ls in SECTIONS for l in ls if l.startswith("- ") or l.startswith("<tr><td") or
                (l.startswith("| ") and not l.startswith("| Model") and not set(l) <= set("|- ")))
assert n_entries > 0
out = ["<p align=\"center\">", "  <img src=\"assets/zadar-nlp-logo.png\" width=\"120\" alt=\"logo\">", "</p>", "",
       "# Awesome Pretrained Language Models [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "> Popis radova i resursa kluba **ZD-NLP** (Sveučilište u Zadru). A curated list for our Thursday reading "
       f"sessions — {n_entries} entries, papers marked with their venue.", "",
       "## Contents", ""]
out += [f"- [{h}](#{anchor(h)})" for h, _ in SECTIONS] + ["- [Contributing](#contributing)", ""]
for h, ls in SECTIONS:
    out += [f"## {h}", ""] + ls + [""]
    if h.startswith("Encoders"):
        out += ["<details>", "<summary>Zašto ne RoBERTa?</summary>", "",
                "We covered it last semester; see the 2025 branch of this repo.", "", "</details>", ""]
out += ["## Contributing", "", "Pull requests welcome — read [CONTRIBUTING.md](CONTRIBUTING.md). Maintainers: "
        "@lucija-batur, @ante-kalcina.", "",
        "[openai-2018]: https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf",
        "[xlnet]: http://arxiv.org/abs/1906.08237v2"]
write_only(F, "\n".join(out) + "\n", keys(F))
