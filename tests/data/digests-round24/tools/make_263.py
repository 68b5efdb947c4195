#!/usr/bin/env python3
"""263: a LessWrong post with its comments, selected in the browser and pasted as text, English. Link targets are
lost in a copy, so only URLs the author wrote out (in footnotes and comments) are there."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

txt = f"""LESSWRONG
LW
Login
Are "emergent abilities" just a measurement artifact? A reading list and some notes
by Tamsin Okafor
14th Mar 2024
11 min read
Language Models (LLMs)
Scaling Laws
AI Evaluations
AI
Frontpage
38

This is a reading list I put together for our local AI-safety reading group in Leeds, plus my notes on where I think the "emergence" debate stands. Epistemic status: I've read all of these properly, but I'm not an ML researcher; corrections welcome.

1. Scaling laws, the smooth picture

Start with {T("2001.08361")}[1] and then the Chinchilla update, {T("2203.15556")}[2]. The important thing to take from these is that the loss is a smooth function of compute, so if capabilities jump, the jump has to come from how we measure them, not from the loss.

The big dense models of 2022 are useful data points: {T("2204.02311")} and {T("2205.01068")}. I'd skim rather than read them; the interesting parts are the appendix tables.

2. The "emergence" claim

The canonical reference is {T("2206.07682")}[3]. It leans heavily on BIG-bench, i.e. "{T("2206.04615")}" (arXiv:2206.04615), and on MMLU ({T("2009.03300")}).

My read: many of the "sharp" curves use exact-match or multiple-choice accuracy, which is discontinuous by construction. If you plot per-token log-likelihood instead, most of them look smooth. (There's a NeurIPS 2023 paper making exactly this argument; I'm leaving it out because we discussed it last term.)

3. Calibration and "knowing what you know"

{T("2207.05221")}[4] is, to me, the most underrated paper on this list. Models are reasonably calibrated on multiple-choice questions and can be trained to predict P(IK), "the probability that I know the answer".

4. Math, data quality, and evaluation by models

- {T("2206.14858")} (the Minerva paper) for the "it suddenly does math" story.
- {T("2306.11644")} (arXiv 2306.11644) for the opposite story: small model, very clean data.
- {T("2306.05685")}[5], because half of the 2023-24 "capabilities" claims are measured by another LLM.

5. Adversarial robustness, briefly

{T("2307.15043")} is what I'd point to when someone says capabilities evaluations are the whole story. Their suffixes transfer across models, which is its own kind of "emergent" behaviour.

If you want one survey to orient yourself: {T("2303.18223")}. It's long (100+ pages) and updated often, so note the version you read.

Thanks to Jonas and Priyanka for comments on a draft, and to the Leeds EA group for the room.

1. ^ https://arxiv.org/abs/2001.08361
2. ^ https://arxiv.org/abs/2203.15556v1
3. ^ https://arxiv.org/pdf/2206.07682 (TMLR version)
4. ^ https://arxiv.org/abs/2207.05221
5. ^ https://huggingface.co/papers/2306.05685 - the arena leaderboard itself is at https://lmarena.ai, which is not a paper.

Mentioned in
25
AI Safety Reading Group Leeds: Spring 2024 syllabus
14
[Linkpost] Notes on evaluating frontier models
Are "emergent abilities" just a measurement artifact? A reading list and some notes
8 comments, sorted by top scoring
Click to highlight new comments since: Today at 9:41 AM
[-]Daniel Kessler 9mo 21

Good list. One nitpick: the Chinchilla paper is often summarized as "20 tokens per parameter", but the fitted exponents in their Approach 3 disagree with Approaches 1-2, and a 2024 replication found a fitting bug. I'd add a footnote about that.

Also: Epoch's "Trends in Machine Learning" dashboard (https://epochai.org/trends) is good for the compute numbers.
Reply
[-]Tamsin Okafor 9mo 8

Thanks, I didn't know about the replication. Will add once I've read it.
Reply
[-]quetzal_tern 9mo 12

I think you're underselling emergence. Even with smooth log-likelihood, what matters for risk is the thresholded capability, and that *is* discontinuous from the outside. Gwern's scaling hypothesis essay makes roughly this point.
Reply
[-]Tamsin Okafor 9mo 5

Fair. My claim is narrower: that the "emergent abilities" paper's plots don't by themselves show a phase change. I agree thresholds matter for deployment decisions.
Reply
[-]Ruth Amsel 9mo 9

For the reading group: Anthropic's "Core Views on AI Safety" post and the ARC Evals report on GPT-4 autonomy are good non-paper companions to section 5. Also Neel Nanda's 200 Concrete Open Problems sequence if anyone wants a project.
Reply
[-]moderator_j 8mo 4

Mod note: moved to frontpage.
Reply
[-]Wen Liu 8mo 3

Is there a recording of the Leeds session? Happy to watch if someone posted it.
Reply
[-]Tamsin Okafor 8mo 2

No recording, sorry - we use Chatham House rules. Slides are on our group's Google Drive (ask in DM).
Reply
Moderation Log
"""
write("263_lesswrong_post_with_comments_copied_text_emergence_reading_list.txt", txt)
