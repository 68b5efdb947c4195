#!/usr/bin/env python3
"""423: a GitHub Discussions thread archived to Markdown by the maintainers' `scripts/dump_discussion.py` (gh api
graphql → Markdown): a front block with the discussion's number, category, state, answer and labels, the opening
post's Markdown source, then every top-level comment as "### @login · date · ▲ upvotes" with its replies nested
as "#### ↳ @login · date", reply bodies quoting the comment they answer with "> " (one with a nested "> >"), the
answer marked "✅ Marked as answer", reactions as a line of emoji counts, an edited note. The topic: which papers
the docs' "Background" page of an LLM evaluation toolkit should cite."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F423, keys

K = keys(F423)
t = T
op = f"""Our docs have a "Background" page that currently cites nothing. Before 0.9 I'd like each metric / task
family in `tinyeval` to point at the paper it comes from. Proposal below — please push back.

| area | what we implement | paper |
|---|---|---|
| overview | the task taxonomy on the landing page | {t('2303.18223')} (the RUCAIBox survey; we follow its section 7) |
| reasoning | `cot` prompt variants | [{t('2201.11903')}](https://openreview.net/forum?id={OR('2201.11903')}) |
| scaling plots | `scaling/` notebook, loss vs. compute | {t('2001.08361')} (arXiv:2001.08361) |
| compute-optimal fits | `scaling/fit_chinchilla.py` | [{t('2203.15556')}](https://arxiv.org/abs/2203.15556) |

Anything missing? I'm deliberately not citing the leaderboard or blog posts."""

c1 = f"""Two things missing, I think:

1. The sampling defaults. We set `top_p=0.95` for generative tasks and people keep asking why. The nucleus paper is
   "{t('1904.09751')}" (ICLR 2020) — cite it in the generation section.
2. Calibration. `--logprob-calibration` is lifted straight from "{t('2207.05221')}" (Kadavath et al.), section 3."""

r1 = f"""> The nucleus paper is "{t('1904.09751')}" (ICLR 2020)

+1, and please also say in the docs that our default differs from HF's `generate()` default.

> Calibration. `--logprob-calibration` is lifted straight from …

Careful: ours only does the multiple-choice P(True) variant, not the self-evaluation part. Cite it but say so."""

r2 = f"""> > Calibration. `--logprob-calibration` is lifted straight from …
>
> Careful: ours only does the multiple-choice P(True) variant

Fair — I'll phrase it as "follows the P(True) setup of". Edited the list above."""

c2 = f"""The scaling notebook also plots the non-attention baseline we trained last spring, so if we show that curve we
should cite *{t('2302.10866')}* (ICML 2023; code in the HazyResearch safari repo). Otherwise people will
assume it's a transformer."""

r3 = f"""> if we show that curve we should cite

We do show it (figure 3 of the docs). Agreed. And the Chinchilla fit script has a comment pointing at the wrong
table — I'll fix that in the same PR."""

c3 = f"""Safety section: our `jailbreak-suffix` red-team task reproduces the GCG attack, so
"{t('2307.15043')}" https://arxiv.org/abs/2307.15043v2 should be cited there, with the usual note that we only
ship the transfer prompts, not the optimiser."""

r4 = """> we only ship the transfer prompts, not the optimiser

Yes please, and a link to SECURITY.md. We got an e-mail about this last month."""

text = f"""# Discussion #212 — Background page: which papers do we cite for each task?

- repository: fernhill-nlp/tinyeval
- category: 💡 Ideas
- state: open · answered
- author: @ahmadk-dev
- created: 2024-05-02T09:14:37Z · updated: 2024-05-09T16:03:11Z
- labels: `docs`, `v0.9`
- participants: @ahmadk-dev, @yl-ortega, @bram-t, @sofia-nakamura
- dumped: 2024-05-10 by scripts/dump_discussion.py (GraphQL, first 100 comments)

---

## @ahmadk-dev · 2024-05-02 · ▲ 7

{op}

👍 5 · 🎉 1 · 👀 2

---

### @yl-ortega · 2024-05-02 · ▲ 4 · ✅ Marked as answer

{c1}

❤️ 3

#### ↳ @bram-t · 2024-05-03

{r1}

#### ↳ @yl-ortega · 2024-05-03 · (edited)

{r2}

---

### @sofia-nakamura · 2024-05-06 · ▲ 3

{c2}

#### ↳ @ahmadk-dev · 2024-05-06

{r3}

---

### @bram-t · 2024-05-09 · ▲ 2

{c3}

#### ↳ @ahmadk-dev · 2024-05-09

{r4}

Summary so far (will turn into the PR): the survey, CoT, Kaplan et al. and Chinchilla for the scaling pages,
nucleus sampling, P(True) calibration, Hyena for the baseline curve, GCG. PR: #219.

👍 4
"""
write_only(F423, text, K)
