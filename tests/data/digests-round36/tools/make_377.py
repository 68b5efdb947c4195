#!/usr/bin/env python3
"""377: a reading plan kept as a Markdown file by a new hand who writes no tables and no per-paper blocks: one prose
paragraph per "Week n" (dated by its Monday), each made of numbered sentences "(1) … (2) …" that say what to read and
do, hard-wrapped at 80 columns by the editor (so titles run across lines); a header with the keeper, the slot and
the last edit; a closing "Not on the plan" paragraph and a changelog. Papers: an OpenReview forum link and arXiv
abs/pdf links, bare and in Markdown links (link), "arXiv:1904.10509" typed (arxiv-text), titles in plain prose
followed by their venue, in lower case inside double quotes, in curly quotes, in single quotes, in italics, ending a
sentence with its full stop (title-only). The Annotated S4 blog post, the state-spaces/s4 repository, a textbook
chapter, a course's lecture videos, Karpathy's and Olah's blog posts and "the Mamba paper" / "the attention
paper" (nicknames) are not labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F377, keys, CTC


def wrap(p):
    return "\n".join(textwrap.wrap(p, 80, break_long_words=False, break_on_hyphens=False))


WEEKS = [
 ("15 January", [
  f"Read {T('1409.0473')} (Bahdanau, Cho and Bengio, ICLR 2015) before anything else, because every later paper on this list is in some way an answer to its alignment model.",
  f"Read it next to \"{T('1409.3215').lower()}\" (Sutskever, Vinyals and Le, NeurIPS 2014), which is the encoder-decoder without attention, and write down in one line what the fixed-size vector cannot do.",
  "Skim chapter 10 of the Goodfellow, Bengio and Courville textbook if recurrent networks are new to you; it is a book chapter, so no notes are needed.",
  "Bring one figure from either paper that you would redraw differently."]),
 ("22 January", [
  f"This week is about outputs that are not aligned to inputs, so read *{CTC}*, Graves et al., ICML 2006, and do the forward-backward recursion by hand for a three-frame example.",
  "Andrej Karpathy's \"The Unreasonable Effectiveness of Recurrent Neural Networks\" blog post is optional fun, not reading.",
  f"Then read {T('1410.5401')}.",
  "We will argue on Tuesday about whether the copy task is a fair test of memory or just a test of addressing."]),
 ("29 January", [
  f"Segment-level recurrence: “{T('1901.02860')}”, ACL 2019, sections 3.2 and 3.3 only.",
  f"Then sparse attention patterns from the OpenAI paper generating long sequences with sparse transformers (arXiv:1904.10509), where the factorised patterns in figure 3 are the part to understand.",
  "Chris Olah's \"Understanding LSTM Networks\" post is a good refresher if the gating in the Transformer-XL appendix confuses you.",
  "Everyone should come with one sentence on what \"context length\" means in each of the two papers, because they do not mean the same thing."]),
 ("5 February", [
  f"Two ways to make attention cheap: [{T('2004.05150')}](https://arxiv.org/abs/2004.05150) for local windows plus global tokens, and '{T('2006.04768')}' for low-rank projections of keys and values.",
  "The Longformer code in the allenai repository is worth opening for the sliding-window kernel, but do not try to build it.",
  "Compare the two complexity claims on a sequence of 16k tokens and bring the numbers.",
  "If you only have time for one, read Longformer."]),
 ("12 February", [
  f"The state-space turn starts with {T('2008.07669')} https://arxiv.org/pdf/2008.07669.pdf (Gu et al., NeurIPS 2020), and the LegS measure is the one to follow line by line.",
  "Do not read the appendix proofs.",
  "The Annotated S4 blog post is the best companion for next week and you may start it now."]),
 ("19 February", [
  f"Finish with {T('2111.00396')} (ICLR 2022), reviews and discussion on OpenReview: https://openreview.net/forum?id={OR('2111.00396')} because the reviewer thread explains the normal-plus-low-rank trick better than the paper does.",
  "Run the state-spaces/s4 repository's sCIFAR example for one epoch so that we can talk about the speed.",
  "The Mamba paper is deliberately not on this plan; it gets its own session after the break.",
  "Last session: each of you gives five minutes on the paper you would cut from this plan and why."]),
]
paras = []
for n, (d, sents) in enumerate(WEEKS, 1):
    body = " ".join(f"({i}) {s}" for i, s in enumerate(sents, 1))
    paras.append(wrap(f"**Week {n}** (from Monday {d} 2024). {body}"))
text = f"""# Reading plan: sequence models, from alignment to state spaces

*Tuesday slot, spring term 2024.
Kept by Ifeoma Adeyemi-Strand (ifeoma.as@cs.harrowgate.example).
Last edited 9 January 2024.*

{wrap("How to read this plan. Each week is one paragraph and the numbered sentences in it are what to do that week, in order; a sentence that names a paper means read it, a sentence that names anything else (a blog post, a book chapter, a repository) means optional. We meet on Tuesdays at 14:00 in room B2.17, and the plan has six weeks and ten papers. The attention paper itself is assumed knowledge and is not on the list.")}

{chr(10).join(p + chr(10) for p in paras)}
{wrap("Not on the plan. The CS224N lecture videos on recurrent networks are a good substitute for week 1 if you are new to the area. Please do not add papers to this file yourself; send them to me and I will fit them in after the break.")}

Changelog: 9 Jan: week 4 swapped with week 5. 4 Jan: first version.
"""
write_only(F377, text, keys(F377))
