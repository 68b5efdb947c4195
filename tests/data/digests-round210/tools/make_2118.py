#!/usr/bin/env python3
"""2118: an awesome-list README.rst (reStructuredText, as GitHub renders it) of an invented student society at the
University of Galway (Ollscoil na Gaillimhe): overlined title, a field list (Maintainers, Updated, Licence), a badge
image with :target:, a comment, «.. contents::», a «.. note::» directive, sections underlined with «-» / «~»,
bullet items with inline hyperlinks «`label <url>`_», a named target «.. _label: url» used as «label_», an anonymous
link «__», a substitution, a literal block, prose paragraphs wrapped by hand at about 100 columns (one title wraps
across a line). English with Irish lines. The society, people and texts are invented. Computed: the section
underlines (as long as the titles; asserted), the item count in the intro = the «* » items."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(2118)


def sec(title, ch):
    u = ch * len(title)
    assert len(u) == len(title)
    return [title, u, ""]


BODY = []
BODY += sec("Bunúsanna / Foundations", "-")
BODY += [
 f"* `{T('2005.14165')} <https://arxiv.org/abs/2005.14165>`_ — the GPT-3 paper; read sections 1–3 and the",
 "  few-shot tables, skip the appendix on your first pass.",
 f"* {T('2302.13971')} — arXiv:2302.13971. The open-weights model most of our projects start from.",
 "* Before GPT-3 there was the 2018 OpenAI report, " + f"*{GPT1}*",
 "  (what everyone calls GPT-1; it was never put on arXiv, the PDF is on OpenAI's site).",
 "",
]
BODY += sec("Encoders", "-")
BODY += [
 f"* `{T('2006.03654')} <https://arxiv.org/pdf/2006.03654v6.pdf>`_ (DeBERTa, ICLR 2021)",
 f"* {T('2003.10555')}: electra_",
 "",
 ".. _electra: http://arxiv.org/abs/2003.10555",
 "",
 "Dúirt Aoife ag an gcruinniú deireanach: the replaced-token objective trains faster than masking, and",
 f"{T('1907.11692').rsplit(' ', 2)[0]}",
 f"{' '.join(T('1907.11692').rsplit(' ', 2)[1:])} showed how much of BERT's gap was just training longer. We read",
 "both in the same week.",
 "",
]
BODY += sec("Decoders and open models", "-")
BODY += [
 f"The |opt| release matters less for its scores than for its logbook: {T('2205.01068')} documents every",
 "restart and loss spike of a 175B run, which is rare.",
 "",
 ".. |opt| replace:: Meta OPT",
 "",
 f"Prompting rather than fine-tuning? Ciarán's pick is {T('2103.10385')}, the P-tuning paper, which",
 "showed that trained continuous prompts make GPT-style models good at understanding tasks too.",
 "",
]
BODY += sec("Code, models and data", "-")
BODY += [
 "* `Hugging Face Transformers <https://github.com/huggingface/transformers>`_ — library",
 "* gaBERT and other Irish models on the Hugging Face Hub — model cards, not papers",
 "* `Corpas na nDúshlán <https://data.example.ie/corpas-dushlan>`_ — our society's small Irish/English test set",
 "* Quick start::",
 "",
 "    pip install transformers datasets",
 "    python -m society.eval --model gpt2 --set corpas-dushlan",
 "",
]
BODY += sec("Books, courses and talks", "-")
BODY += [
 "* Jacob Eisenstein, *Introduction to Natural Language Processing* (book, MIT Press)",
 "* Stanford CS324 *Large Language Models* — course notes",
 "* Niamh Ní Fhlatharta, «Múnlaí teanga don Ghaeilge» — talk at our February meetup, slides__",
 "",
 "__ https://society.example.ie/talks/2026-02-mtg.pdf",
 "",
]
BODY += sec("Contributing", "-")
BODY += ["Open a pull request; one line per entry, and say in a word why it is on the list.", ""]
items = sum(1 for l in BODY if l.startswith("* "))
TITLE = "Awesome Language Models — Ollscoil na Gaillimhe"
head = ["=" * len(TITLE), TITLE, "=" * len(TITLE), "",
        ":Maintainers: Aoife Ní Chonghaile <aoife.nichonghaile@society.example.ie>, Ciarán Mac Donncha",
        ":Updated: 2026-03-14", ":Licence: CC0-1.0", "",
        ".. image:: https://awesome.re/badge.svg", "   :target: https://awesome.re", "",
        ".. This file is rendered by GitHub; keep lines under 110 characters.", "",
        "Liosta léitheoireachta de chuid an Chumainn Teanga agus Ríomhaireachta. A reading list for the society's",
        f"Thursday language-model group: {items} entries, papers first, then code, data, books and talks.", "",
        ".. contents:: Clár / Contents", "   :local:", "   :depth: 1", "",
        ".. note::", "   Papers we have discussed are marked in the wiki, not here. Ná cuir naisc chuig PDFanna",
        "   atá faoi chóipcheart, le do thoil.", ""]
assert len(head[0]) == len(head[1]) == len(head[2])
text = "\n".join(head + BODY).rstrip("\n") + "\n"
write_only(F, text, keys(F), forms=[" ".join(text.split())])
