#!/usr/bin/env python3
"""Builds digests/195_redmine_textile_wiki_page_mt_interpretability.txt: a Redmine 5.1 wiki page (text formatting
Textile) of a machine-translation group's project, saved with the page's "Also available in: TXT" export, which
returns the stored wiki text as it was typed into the browser's textarea, so with CRLF line ends (kept with LF below).
Redmine's Textile: "h1."–"h3." headings followed by an empty line, the {{>toc}}, {{child_pages}} and
{{collapse(…)}} … }} macros, "p(notice)." paragraph class, tables with "|_." header cells, links as "text":url,
[[Wiki page]] links, issue references #NNNN, inline code @…@, _emphasis_, *strong*, "bq." quotes, "*"/"#" lists, a
<pre> block, attachment links (attachment:file).

Evidence: "title":OpenReview-forum and "title":arXiv-abs links, a "(pdf)":arXiv-pdf link after a title (link),
"(arXiv:1910.03771)" after a title (arxiv-text), titles in table cells, in _emphasis_ and in lists (title-only;
GPT-2's report is not on arXiv; the norm-analysis paper under its first arXiv title "Attention Module is Not Only a
Weight…"). Non-papers: a Jitsi room, the slides policy page, the sacreBLEU and COMET repositories, the WMT shared
task page, attachments, a talk recording. GLAT, NAT, latent-GLAT, "the vector-norms paper" are nicknames. Everything
except titles and ids is invented (people, tickets, rooms)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "195_redmine_textile_wiki_page_mt_interpretability.txt")

TEXT = """h1. Reading group: MT & interpretability (spring 2024)

{{>toc}}

p(notice). Sessions are on Tuesdays, 15:00-16:00, in room 3.17 or on "Jitsi":https://meet.mt-lab.example.eu/readinggroup. Add candidates to the *Backlog* below with the *full title* so that people can search for them. Slides go to the DMS, not to this wiki (see [[Slides policy]]).

h2. Schedule

|_. Date |_. Paper |_. Presenter |_. Ticket |
| 2024-02-06 | "Glancing Transformer for Non-Autoregressive Neural Machine Translation":https://openreview.net/forum?id=ZaYZfu8pT_N | Hanna | #1432 |
| 2024-02-13 | _Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms_ | Jonas | #1437 |
| 2024-02-20 | "Dodrio: Exploring Transformer Models with Interactive Visualization":https://arxiv.org/abs/2103.14625 | Mei | #1440 |
| 2024-02-27 | Lite Transformer with Long-Short Range Attention "(pdf)":https://arxiv.org/pdf/2004.11886 | Pieter | #1446 |
| 2024-03-05 | Understanding Robustness of Transformers for Image Classification | Hanna | #1451 |
| 2024-03-12 | _no session (MT Marathon)_ | | |
| 2024-03-19 | open, see backlog | | |

h2. Background

If you are new to the group, read these before the first session:

* Attention Is All You Need -- even if you know it, re-read section 3.2 on multi-head attention, we keep coming back to it.
* Language Models are Unsupervised
Multitask Learners (the GPT-2 report; not on arXiv, the PDF is on OpenAI's website) for the decoder-only side.
* For code we use the library from HuggingFace's Transformers: State-of-the-art Natural Language Processing (arXiv:1910.03771). Please pin @transformers==4.38.2@ in your notebooks, see #1418.

h2. Notes

h3. 2024-02-06: GLAT

* NAT decodes all target tokens in parallel; GLAT adds "glancing sampling": in the first pass the model predicts everything, then a number of reference tokens proportional to the number of errors is revealed and the model learns to predict the rest.
* Hanna's Estonian-English numbers are in #1432: +2.1 BLEU over vanilla NAT, still 1.4 below the autoregressive baseline. Scored with "sacreBLEU":https://github.com/mjpost/sacrebleu and "COMET":https://github.com/Unbabel/COMET (wmt22-comet-da).
* latent-GLAT came up in the discussion; not scheduled, it is a follow-up rather than a different idea.

bq. Jonas: the vector-norms paper next week explains why so much attention goes to [SEP] and punctuation: the weights are high, but the transformed vectors are tiny, so the product barely contributes.

h3. 2024-02-13: vector norms

* Main claim: look at ||alpha f(x)||, not at alpha alone. Attention to special tokens mostly vanishes under this view.
* Jonas re-did their figure 3 on our en-et model: attachment:norms_en-et.png
* Open question for us: does the same hold for cross-attention in NAT models? Ticket #1438.

h3. 2024-02-20: Dodrio

* Interactive tool (attention heads + dependency/semantic views). Mei demoed it on our model; the export script is in the repo under @tools/dodrio_export.py@.
* Useful for teaching, less for finding bugs.

h3. 2024-02-27: Lite Transformer (planned)

* Pieter: relevant for the on-device MT project, LSRA = convolution branch for local context + attention branch for long range. Compare with our distilled 6-2 model.

h2. Backlog

# (Mei) something on probing classifiers vs. causal interventions, TBD
# (Pieter) quantisation-aware training for MT, no paper picked yet
# (Hanna) a WMT24 shared-task system description once they are out, see "WMT 2024":https://www2.statmt.org/wmt24/
# (anyone) a session on evaluation metrics, no paper, just the recording of last year's "COMET vs. BLEU talk":https://media.mt-lab.example.eu/talks/2023-10-comet-vs-bleu.mp4

{{collapse(Archive: autumn 2023 sessions)
* 2023-10-10: BLEU vs. COMET, discussion only
* 2023-10-24: tokenisation for Finno-Ugric languages (internal results, #1377)
* 2023-11-07: cancelled
}}

<pre>
# how to add yourself as presenter
1. create a ticket in this project, tracker "Reading group", assign it to yourself
2. add the row to the Schedule table with the ticket number
3. upload slides to the DMS the day before
</pre>

{{child_pages}}
"""


def build():
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(TEXT.replace("\n", "\r\n"))


if __name__ == "__main__":
    build()
