#!/usr/bin/env python3
"""386 (NEGATIVE): the plain-text version of a weekly ML engineering newsletter as the mail client shows it
("View in browser" line, issue number and date, a sponsor block, sections with "—" rules, numbered items with
"→ URL" lines, a poll, a jobs board, footer with the postal address and unsubscribe link), written by a new hand
who hard-wraps at 72 columns. Research-flavoured noise: software releases with version numbers, benchmark scores,
dataset cards, a workshop deadline, a tutorial, a podcast, GPU prices, job ads, title-case headlines that read like
paper titles ("Why Your Eval Harness Disagrees With Itself"), but no paper: no catalogue title, no arXiv-shaped
number, no OpenReview link."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F386


def para(s):
    return textwrap.fill(s, 72, break_long_words=False, break_on_hyphens=False)


RULE = "—" * 36
ITEMS = [
 ("RELEASES", [
  ("PyTorch 2.3.1 is out", "A bug-fix release on top of 2.3.0. Nothing new to learn, but read the release notes before you pin it in a training image that has to live for a year.", "https://pytorch.org/blog/"),
  ("vLLM 0.5.0", "A big release for the serving crowd. Our own throughput on a 7B chat model moved by 10–15% (in both directions, depending on batch size), so benchmark before you upgrade.", "https://github.com/vllm-project/vllm/releases"),
  ("Polars 1.0 (the DataFrame library, not a model)", "Stable API at last. If your data loader still goes through pandas for the CSV step, this is the week to stop.", "https://pola.rs/"),
 ]),
 ("DATASETS", [
  ("Street Signs of the North, v2", "A reader-contributed set of 41,200 photographed road signs from four countries, CC BY 4.0, with a held-out split of 6,000 images taken in snow. The baseline card reports 72.4 top-1 on the snow split, 91.8 elsewhere.", "https://data.example.org/street-signs-north"),
  ("Kitchen Sounds 500", "Five hundred hours of labelled household audio. Small, clean, and the licence actually allows commercial use.", "https://data.example.org/kitchen-sounds-500"),
 ]),
 ("READING (BLOG POSTS, NOT PAPERS)", [
  ("Why Your Eval Harness Disagrees With Itself", "A long post by a reader, Tomás Ferrante, on three ways the same model gets three different scores: prompt templates, stop sequences and a tokenizer that adds a space you did not ask for.", "https://ferrante.example.net/posts/eval-harness"),
  ("A Field Guide to Learning-Rate Warmup", "Tutorial with notebooks. The plots of loss spikes at 8k vs 32k batch size are worth the click alone.", "https://tutorials.example.com/lr-warmup"),
 ]),
 ("EVENTS & DEADLINES", [
  ("Workshop on Reproducible Training Pipelines, call for demos", "Demo proposals of two pages are due 28 June, 23:59 AoE. The workshop runs on 14 September in Room 3.104 and online.", "https://rtp-workshop.example.org/"),
  ("Community call: \"Open Weights, Closed Data?\"", "Panel on 20 June, 17:00 CEST, with three dataset maintainers. Zoom link after registration.", "https://events.example.org/open-weights"),
 ]),
]
body = []
for sec, items in ITEMS:
    body += [RULE, sec, RULE, ""]
    for i, (head, txt, url) in enumerate(items, 1):
        body += [f"{i}. {head}", para(txt), f"→ {url}", ""]
text = "\n".join([
 "View this email in your browser: https://thesparsegradient.example.com/archive/58",
 "",
 "THE SPARSE GRADIENT",
 "Issue #58 · Friday, 14 June 2024",
 "Practical machine learning engineering, once a week.",
 "",
 para("Hi all, short one this week: two releases worth upgrading for, one that is not, two datasets readers sent in, and a deadline that is closer than you think. As always, reply to this email to send us links."),
 "",
 para("[SPONSOR] GPU hours for students: A100 80GB at 1.10 EUR/hour on the Nordic Compute spot market, 200 free hours with code SPARSE58 until 30 June."),
 "",
 *body,
 RULE, "POLL", RULE, "",
 para("Last week we asked which experiment tracker you use. 412 answers: 38% a hosted tracker, 27% TensorBoard, 21% a spreadsheet (we see you), 14% \"print statements and hope\"."),
 "",
 RULE, "JOBS", RULE, "",
 "· ML Platform Engineer, Harrowgate Robotics (Leeds or remote UK), GBP 70–85k",
 "· Research Engineer, speech, Lakemont Audio Lab (hybrid, Tampere)",
 "· Data Engineer, eval infrastructure, a 12-person startup (Lisbon)",
 "",
 para("Thanks for reading. Forward this to one colleague who still sets the learning rate by hand."),
 "— Noor & Elias",
 "",
 "The Sparse Gradient · Kanalgatan 7 · 411 04 Göteborg · Sweden",
 "You get this because you subscribed at thesparsegradient.example.com.",
 "Unsubscribe: https://thesparsegradient.example.com/unsubscribe?u=8f3e2a",
 "",
])
write(F386, text, negative=True)
