#!/usr/bin/env python3
"""372: a personal Hugo blog post "Papers I read in 2024" as its Markdown source: TOML front matter between +++
(title, date, draft, tags, categories, summary, [cover]), a {{< toc >}} shortcode, sections by theme, star ratings,
a "Top 5" table, {{< figure >}} and {{< youtube >}} shortcodes, footnotes. Papers: arxiv.org links (link),
"arXiv:ID" / "(arXiv 2403.03206)" typed (arxiv-text), titles in link-free bold, italics, a table cell, lower case
in a sentence (title-only). The diffusers library, ComfyUI, a Lilian Weng-style blog post, a YouTube talk, the book
"Understanding Deep Learning" and a fast.ai course are not papers; "the Imagen paper" is a nickname only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F372, keys

text = f"""+++
title = "Papers I read in 2024"
date = 2024-12-29T18:40:00+01:00
draft = false
tags = ["reading", "diffusion", "year-in-review"]
categories = ["notes"]
summary = "73 papers, 11 worth recommending, and one spreadsheet I should have started in January."
[cover]
image = "/img/2024-reading/cover.jpg"
alt = "A messy desk with printed papers"
+++

Every December I go through my reading spreadsheet and write down what stuck. This year was almost entirely
generative models, because that's what my job turned into. 73 papers logged, of which maybe a third I actually
finished. Ratings are out of five and completely subjective.

{{{{< toc >}}}}

## Image generation: the big systems

**{T('2204.06125')}** ([arXiv](https://arxiv.org/abs/2204.06125)) ★★★★☆
Late to this one, I know. The prior-over-CLIP-embeddings idea is still the cleanest way I've seen to explain why
"unCLIP" works. Read it together with the Imagen paper if you want the opposite design choice.

*{T('2307.01952')}* — Podell et al., [arxiv.org/abs/2307.01952](https://arxiv.org/abs/2307.01952) ★★★☆☆
A technical report more than a paper, but the micro-conditioning trick (feed the crop coordinates as conditioning)
is the most practical idea I read all year.

{T('2403.03206')} (arXiv 2403.03206) ★★★★★
The SD3 paper. The rectified-flow timestep sampling ablations alone are worth it.

{{{{< figure src="/img/2024-reading/rf-sampling.png" caption="My re-plot of the timestep densities from the SD3 paper." >}}}}

## Control and editing

- [{T('2302.05543')}](https://arxiv.org/abs/2302.05543) (ControlNet) ★★★★★ — zero convolutions are such a good idea.
- {T('2211.09800')}, arXiv:2211.09800 ★★★★☆ — instruction-following edits trained on synthetic pairs.
- DreamBooth: [{T('2208.12242')}](https://arxiv.org/pdf/2208.12242v2) ★★★☆☆
- and its cheaper cousin, "{T('2208.01618').lower()}" (textual inversion), which I keep recommending to people with a
  single consumer GPU. ★★★★☆

I used the diffusers library and ComfyUI for all of the reproductions; none of it would have happened otherwise.

## Theory-ish and speed

{T('2303.01469')} by Song, Dhariwal, Chen and Sutskever. ★★★★☆ One-step generation by mapping any point on the
trajectory to its origin. I needed two reads and a whiteboard.

{T('2106.05931')} (Vahdat, Kreis, Kautz — NeurIPS 2021) ★★★☆☆, which I picked up because the latent-space
argument in the SD papers kept referring back to this line of work.

## 3D and audio

- {T('2303.11328')} — single image to novel views, fine-tuned from a 2D diffusion model. ★★★☆☆
- {T('2308.04079')} — not diffusion at all, but everyone at work was talking about it. ★★★★★
- {T('2009.09761')} — I came to it via a speech project; surprisingly readable. ★★★☆☆

## Top 5

| # | Paper | Why |
|---|-------|-----|
| 1 | {T('2403.03206')} | best ablations of the year |
| 2 | {T('2302.05543')} | changed how I build products |
| 3 | {T('2308.04079')} | most fun to implement |
| 4 | {T('2303.01469')} | made me learn ODEs again |
| 5 | {T('2208.01618')} | cheapest idea that works |

## Not papers, but

- The book *Understanding Deep Learning* (chapters 17–18) for the diffusion maths.[^1]
- A long blog post on diffusion models from a well-known ML blogger; I re-read it twice.
- {{{{< youtube id="k3Vq8pT2mLs" title="A talk on flow matching from a summer school" >}}}}
- The fast.ai "From Deep Learning Foundations to Stable Diffusion" course.[^2]

Next year: fewer papers, more reproductions. Probably.

[^1]: The PDF is free on the author's site.
[^2]: Lessons 9–25; I skipped the first three.
"""
write_only(F372, text, keys(F372))
