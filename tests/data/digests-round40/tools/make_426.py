#!/usr/bin/env python3
"""426 (NEGATIVE): a Substack newsletter post copied as text from the web page: publication name, title, subtitle,
author byline and date, like / comment / restack counts, "Share", the body with footnote markers glued to words
("release1", "week.2"), section headings, a sponsor block, "Thanks for reading …! Subscribe for free …", the footnotes
at the end as "1" / "2" … on their own lines followed by their text, "Discussion about this post", comments and the
footer. A tooling round-up — releases, repositories, talks, deadlines, job posts, people — that names no paper: the
builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F426

text = """The Gradient Ledger

Subscribe
Sign in

Issue #58: vLLM grows up, PyTorch 2.4, and a deadline you can still make
Also: a quiet change in tokenizers that broke our evals, and three talks worth your commute
Nadia Okafor
Jun 21, 2024
41
6
3
Share

Hi all — short issue this week because I spent most of it chasing a tokenizer regression1. The usual order:
releases first, then things to watch, then dates.

Releases

vLLM 0.5.0. The headline is the new multi-step scheduler and FP8 weights on H100s, but the thing I actually
noticed was that prefix caching is now on by default for chat templates. If you serve a long system prompt, your
time-to-first-token should drop without any config change. Release notes are long; the "Breaking changes" section
is short and worth reading before you bump the pin.

PyTorch 2.4. torch.compile now supports Python 3.12, and FlexAttention landed as a prototype2 — a way to write
attention variants (sliding window, ALiBi-style biases, document masking) as a small Python function that gets
compiled into a fused kernel. I ported our document-masking hack to it in about an hour.

Hugging Face tokenizers 0.19. This is the one that bit us: the default for `add_prefix_space` changed for some
BPE tokenizers, which shifted scores on two of our multiple-choice tasks by almost a point. Pin your tokenizer
version in eval configs, not just transformers.

Also out: Axolotl added DPO and ORPO recipes to its examples folder; llama.cpp merged a faster Q4_K matmul for
Apple silicon; Ollama 0.1.45 can now import safetensors adapters directly.

Repos I starred

- karpathy/llm.c — GPT-2 training in raw C/CUDA, now with multi-GPU. Read the discussions tab, it's a course.
- pytorch/torchtitan — a clean reference for large-scale pretraining with FSDP2 and tensor parallel.
- EleutherAI/lm-evaluation-harness — v0.4.3 fixes the chat-template handling we complained about in #55.
- huggingface/lighteval — their new eval runner; lighter than the harness, fewer tasks.

Talks worth your commute

- Tri Dao at the Stanford MLSys seminar on writing kernels that respect the memory hierarchy (YouTube, 58 min).
- Sasha Rush's "Do we need attention?" lecture (YouTube). Opinionated, fun, and the slides are on GitHub.
- Our own Priyanka Sen (colleague, not the famous one) on evaluation hygiene at the Berlin ML meetup — recording
  next week.

Dates

- NeurIPS 2024 Datasets & Benchmarks track: full submissions due June 5 (already passed, sorry) — but the
  workshop deadlines are mostly late August/early September3.
- EMNLP 2024 camera-ready: July 9 (AoE).
- CoLLAs 2024 registration closes July 1.
- The local reading group restarts on July 10 — same room, new snack budget.

Sponsored: GPU hours for student projects. Loamcloud (example) is giving 500 A100-hours to three student teams
this summer. One-page proposal, no equity, no strings. Apply by July 12 at loamcloud.example/students.

Jobs

- Fernhill Labs (example) is hiring an eval engineer, remote-EU. Ask for Jonas.
- The Brackwater inspection team is looking for an intern who likes TensorRT more than they should.

That's it. Reply to this e-mail if your evals moved after the tokenizers bump — I'm collecting cases4.

— Nadia

Thanks for reading The Gradient Ledger! Subscribe for free to receive new posts and support my work.

Subscribe

1
The regression was ours: we never pinned tokenizers. Post-mortem in the repo's docs/incidents folder.

2
"Prototype" in PyTorch's sense: the API may change without a deprecation cycle. Don't ship it yet.

3
Check each workshop's page; several moved to OpenReview this year and the dates on the main site lag.

4
Anonymised, of course. Two readers already sent theirs; both were the prefix-space change.

41 Likes
·
3 Restacks

Discussion about this post

Comments
Restacks

Marek Dvořák
Jun 21
The FlexAttention port took me longer than an hour, but it was worth it — the masking code is a third of what it was.
Like (2)
Reply
Share

Nadia Okafor
Jun 21
Author
Ha, I had the advantage of having written the original hack badly. Glad it worked.
Like (1)
Reply
Share

Lu Wen
Jun 22
Same tokenizer issue here on a Chinese MC task — 1.3 points. Pinning now.
Like
Reply
Share

3 more comments...

Top
Latest
Discussion

© 2024 Nadia Okafor
Privacy ∙ Terms ∙ Collection notice
Start Writing
Get the app
Substack is the home for great culture
"""
write(F426, text, negative=True)
