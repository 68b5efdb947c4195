#!/usr/bin/env python3
"""358: a Slack channel's history selected in the desktop app and pasted as plain text into a notes file (LF):
the channel header the paster kept (name, members, topic), Slack's day dividers ("Tuesday, March 12th", no year:
2024 is the current year in the export), message heads "Full Name  9:14 AM", continuation messages with their own
bare time, link unfurls as Slack renders them (site name line, title line, description line), "(edited)",
reactions ":emoji: n", thread summaries "n replies  Last reply … View thread", join messages, a huddle line, a
Google Drive file share, a poll by a bot, a Jira ticket key. Papers: arXiv abs/pdf links (link), an OpenReview
forum link (link), "arXiv:ID" / "arxiv 2101.03961" typed in a message (arxiv-text), full titles typed in
messages, some in lower case, without a link (title-only). vLLM, DeepSpeed, Megatron-Core, TensorRT-LLM, the
Drive doc, the poll and the tickets are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F358, keys


def unfurl(site, k):
    return f"{site}\n{T(k)}\n{CAT[k]['abstract']}"


text = f"""#llm-train-serve
Northfield ML Platform  ·  64 members
Topic: papers, benchmarks and war stories for the training + serving stack. Pin anything worth re-reading. No vendor pitches pls

Monday, March 11th

Dana Whitfield  9:14 AM
kicking off the "read before we re-architect" list for the Q2 serving rewrite. dropping the things I keep citing in design reviews here, please add yours in thread
first one, because everyone asks why our KV cache looks like an OS page table:
https://arxiv.org/abs/2309.06180
arXiv.org
{unfurl('arXiv.org', '2309.06180').split(chr(10), 1)[1]}
:100: 4  :eyes: 2
9:16
(yes this is the vLLM paper. no, vLLM 0.3.3 is not a paper, it is a pip install)
:joy: 5

Arjun Mehta  9:31 AM
for the training side I'd start with the tensor-parallel one: Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism
https://arxiv.org/abs/1909.08053
and then ZeRO: Memory Optimizations Toward Training Trillion Parameter Models, arXiv:1910.02054 — the DeepSpeed docs are NOT a substitute for reading section 5 (edited)
arXiv.org
{unfurl('arXiv.org', '1909.08053').split(chr(10), 1)[1]}
:+1: 3
4 replies  Last reply 3 days ago  View thread

Priya Raman  10:02 AM
joined #llm-train-serve along with 2 others.

Priya Raman  10:05 AM
MoE is coming up in the sharding discussion so here's the OG, still on OpenReview:
https://openreview.net/forum?id=B1ckMDqlg
plus GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding for the expert-capacity / token-dropping idea, and Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity (arxiv 2101.03961) for top-1 routing
OpenReview
{T('1701.06538')}
{CAT['1701.06538']['abstract']}
:brain: 2

Tuesday, March 12th

Tomasz Wrona  11:47 AM
A huddle happened
Tomasz Wrona and 3 others were in the huddle for 22 minutes.

Tomasz Wrona  12:10 PM
notes from the huddle: quantization is in scope for Q2, speculative decoding is a stretch goal. reading for both:
• LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale — outlier features, why naive int8 falls over past 6.7B
• https://arxiv.org/abs/2210.17323v2
• Fast Inference from Transformers via Speculative Decoding https://arxiv.org/pdf/2211.17192.pdf
ticket is INFRA-2291, cost doc below
arXiv.org
{unfurl('arXiv.org', '2210.17323').split(chr(10), 1)[1]}
:white_check_mark: 2
12:11
Q2 Serving Cost Review
Google Docs
:pushpin: 1

Polly  APP  12:30 PM
Dana Whitfield created a poll: Which should the 3/19 reading slot be?
1️⃣ Speculative decoding  `4`
2️⃣ Int8 / GPTQ  `3`
3️⃣ TensorRT-LLM vs vLLM bake-off results  `5`
4 votes · Anonymous · Closes in 6 days

Wednesday, March 13th

Lena Okonkwo  8:58 AM
context-length side since product wants 32k: extending context window of large language models via positional interpolation (rope scaling in one page, we basically already ship this) and the "you put the answer in the middle and the model ignores it" paper:
https://arxiv.org/abs/2307.03172
arXiv.org
{unfurl('arXiv.org', '2307.03172').split(chr(10), 1)[1]}
:exploding_head: 3  :eyes: 1

Dana Whitfield  9:20 AM
last ones, for the model-card section of the design doc: PaLM: Scaling Language Modeling with Pathways and OPT: Open Pre-trained Transformer Language Models both publish their training-infra numbers (MFU, restarts, hardware failures). OPT's logbook is a fun read too but that's a repo, not a paper
:+1: 4
2 replies  Last reply today at 8:02 AM  View thread

Arjun Mehta  2:41 PM
pinned a message to this channel.
"""
write_only(F358, text, keys(F358))
