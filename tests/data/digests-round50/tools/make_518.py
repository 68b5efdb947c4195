#!/usr/bin/env python3
"""518: an awesome list kept as README.org (GitHub renders Org): #+TITLE / #+OPTIONS keywords, an #+html banner,
badge links, a Contents list of [[#custom-id][…]] links, sections with :PROPERTIES: drawers, Org tables aligned the
way org-table-align leaves them (by the visible width, so rows with links look ragged in the raw file), =verbatim=,
a #+begin_quote, Tools / Tutorials / Related lists / Contributing. Papers: arXiv abs links (link), an =arXiv:ID=
cell (arxiv-text), CVF open-access / PMLR / project-page links and venue cells (title-only). Not papers: diffusers,
ComfyUI, k-diffusion, the official code repositories, Lil'Log, a CVPR tutorial, another awesome list."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F518, keys


def vis(s):
    return len(re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", s))


def table(head, rows):
    cols = list(zip(head, *rows))
    w = [max(vis(c) for c in col) for col in cols]
    fmt = lambda r: "| " + " | ".join(c + " " * (w[i] - vis(c)) for i, c in enumerate(r)) + " |"
    return "\n".join([fmt(head), "|" + "+".join("-" * (x + 2) for x in w) + "|"] + [fmt(r) for r in rows])


H = ["Year", "Paper", "Venue", "Code", "Why read it"]
found = [
 ["2020", f"[[https://arxiv.org/abs/2006.11239][{T('2006.11239')}]]", "NeurIPS 2020", "[[https://github.com/hojonathanho/diffusion][TF]]", "the ε-prediction loss everything below inherits"],
 ["2020", T("2009.09761"), "ICLR 2021", "[[https://github.com/lmnt-com/diffwave][lmnt-com/diffwave]]", "=arXiv:2009.09761= · audio, but the cleanest small codebase"],
 ["2023", T("2303.01469"), "ICML 2023 ([[https://proceedings.mlr.press/v202/song23a.html][PMLR]])", "[[https://github.com/openai/consistency_models][openai]]", "1–2 step sampling; see also LCM"],
]
cond = [
 ["2021", f"[[https://arxiv.org/abs/2112.10752][{T('2112.10752')}]]", "CVPR 2022", "[[https://github.com/CompVis/latent-diffusion][CompVis]]", "a.k.a. the Stable Diffusion paper"],
 ["2023", f"[[https://arxiv.org/abs/2302.05543][{T('2302.05543')}]]", "ICCV 2023", "[[https://github.com/lllyasviel/ControlNet][lllyasviel]]", "ControlNet; zero-conv trick"],
]
pers = [
 ["2022", f"[[https://textual-inversion.github.io/][{T('2208.01618')}]]", "ICLR 2023", "[[https://github.com/rinongal/textual_inversion][rinongal]]", "one new token, frozen model"],
 ["2022", T("2208.12242"), "[[https://openaccess.thecvf.com/content/CVPR2023/html/Ruiz_DreamBooth_Fine_Tuning_Text-to-Image_Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.html][CVPR 2023]]", "(unofficial only)", "class-prior preservation loss"],
]
edit = [
 ["2022", f"[[https://openaccess.thecvf.com/content/CVPR2023/html/Brooks_InstructPix2Pix_Learning_To_Follow_Image_Editing_Instructions_CVPR_2023_paper.html][{T('2211.09800')}]]", "CVPR 2023 (highlight)", "[[https://github.com/timothybrooks/instruct-pix2pix][timothybrooks]]", "edits from written instructions; data made with GPT-3 + P2P"],
]

text = f"""#+TITLE: Awesome Diffusion for Image Editing
#+AUTHOR: Oskar Lindqvist-Varga
#+OPTIONS: toc:nil num:nil ^:nil
#+STARTUP: showall

#+html: <p align="center"><img src="assets/banner.png" width="560" alt="awesome-diffusion-editing"></p>

[[https://awesome.re][https://awesome.re/badge.svg]] [[https://github.com/oskarlv/awesome-diffusion-editing/blob/main/LICENSE][https://img.shields.io/badge/license-CC0--1.0-blue.svg]] [[https://github.com/oskarlv/awesome-diffusion-editing/pulls][https://img.shields.io/badge/PRs-welcome-brightgreen.svg]]

A small, opinionated list of diffusion papers that matter if you want to /edit/ images
(and a few you need to read first). Each table is sorted by year; the last column is
why the paper is on the list, not a summary.

#+begin_quote
Maintained for our group's reading sessions. If a paper is here without code it is
because there is no official code, not because we forgot.
#+end_quote

* Contents
- [[#foundations][Foundations]]
- [[#latent-and-conditional-generation][Latent and conditional generation]]
- [[#personalisation][Personalisation]]
- [[#editing][Editing]]
- [[#tools][Tools]]
- [[#tutorials-and-blog-posts][Tutorials and blog posts]]
- [[#contributing][Contributing]]

* Foundations
:PROPERTIES:
:CUSTOM_ID: foundations
:END:

{table(H, found)}

* Latent and conditional generation
:PROPERTIES:
:CUSTOM_ID: latent-and-conditional-generation
:END:

{table(H, cond)}

* Personalisation
:PROPERTIES:
:CUSTOM_ID: personalisation
:END:

{table(H, pers)}

Tip: for both methods start from the =diffusers= training scripts; the official
repositories pin old versions of everything.

* Editing
:PROPERTIES:
:CUSTOM_ID: editing
:END:

{table(H, edit)}

* Tools
:PROPERTIES:
:CUSTOM_ID: tools
:END:

| Tool        | What                                         |
|-------------+----------------------------------------------|
| [[https://github.com/huggingface/diffusers][diffusers]]   | pipelines, schedulers, training scripts      |
| [[https://github.com/comfyanonymous/ComfyUI][ComfyUI]]     | node-based UI, good for ControlNet stacks    |
| [[https://github.com/crowsonkb/k-diffusion][k-diffusion]] | samplers (Euler, DPM++) used by most UIs     |

* Tutorials and blog posts
:PROPERTIES:
:CUSTOM_ID: tutorials-and-blog-posts
:END:

- [[https://lilianweng.github.io/posts/2021-07-11-diffusion-models/][What are Diffusion Models?]] -- Lil'Log, still the best derivation
- [[https://cvpr2022-tutorial-diffusion-models.github.io/][CVPR 2022 tutorial: Denoising Diffusion-based Generative Modeling]] (slides + video)
- [[https://github.com/diff-usion/Awesome-Diffusion-Models][diff-usion/Awesome-Diffusion-Models]] -- the big list, if you want everything

* Contributing
:PROPERTIES:
:CUSTOM_ID: contributing
:END:

Open a PR that adds one row. Keep tables sorted by year and write /why/ the
paper is worth reading. Run =M-x org-table-align= (or =C-c C-c= in the table)
before committing so the columns line up.

* License
[[https://creativecommons.org/publicdomain/zero/1.0/][CC0 1.0]] -- to the extent possible under law, the maintainers have waived all
copyright and related rights to this work.
"""
write_only(F518, text, keys(F518))
