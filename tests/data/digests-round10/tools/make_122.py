#!/usr/bin/env python3
"""Builds digests/122_obsidian_canvas_diffusion_map.canvas: an Obsidian JSON Canvas (spec 1.0) as Obsidian saves
it: tab-indented JSON, top-level "nodes" then "edges", 16-hex-digit ids, x/y/width/height integers, text nodes
whose "text" is Markdown (headings, wikilinks, callouts, bare and Markdown links), link nodes with a "url", file
nodes pointing into the vault (a PDF, a note), a group node with a label, colours as "1"–"6" or hex, edges with
fromSide/toSide, some with labels and toEnd."""
import json, os, random

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "122_obsidian_canvas_diffusion_map.canvas")
rnd = random.Random(122)
def nid():
    return "%016x" % rnd.getrandbits(64)

nodes, edges = [], []
def node(**kw):
    d = {"id": nid()}
    d.update(kw)
    nodes.append(d)
    return d["id"]
def edge(a, b, fs="right", ts="left", **kw):
    d = {"id": nid(), "fromNode": a, "fromSide": fs, "toNode": b, "toSide": ts}
    d.update(kw)
    edges.append(d)

g = node(type="group", x=-620, y=-420, width=2480, height=1460, label="Diffusion — reading map (Q2)")
title = node(type="text", x=-580, y=-380, width=520, height=200, color="6",
             text="# Diffusion reading map\n\nFor the Thursday group. Left → right is roughly chronological; red = must read, green = done.\n\n> [!tip]\n> Each card has the one-sentence takeaway. Links go to the abs page unless noted.")
gan = node(type="file", x=-580, y=-120, width=400, height=480, file="Papers/Goodfellow et al. 2014 - Generative Adversarial Networks.pdf", color="4")
gan_note = node(type="text", x=-580, y=380, width=400, height=140,
                text="^ the baseline everyone was beating. Not diffusion, but read §3 for the minimax framing we contrast against.")
ddpm_t = node(type="text", x=-80, y=-120, width=420, height=220, color="1",
              text="## DDPM\n**Denoising Diffusion Probabilistic Models** (Ho, Jain, Abbeel 2020)\n\n- ε-prediction + simple loss = the recipe\n- connection to denoising score matching, §3.2\n- [[DDPM notes|my notes]]")
ddpm_l = node(type="link", x=-80, y=130, width=420, height=260, url="https://arxiv.org/abs/2006.11239")
sde = node(type="text", x=420, y=-120, width=460, height=240, color="1",
           text="## Score SDE\n[Score-Based Generative Modeling through Stochastic Differential Equations](https://openreview.net/forum?id=PxTIG12RRHS) — ICLR'21 outstanding paper.\n\nUnifies SMLD and DDPM as discretisations of an SDE; probability-flow ODE gives exact likelihoods.")
beat = node(type="text", x=420, y=160, width=460, height=180, color="4",
            text="## Guidance\nDiffusion Models Beat GANs on Image Synthesis — arXiv:2105.05233 (classifier guidance, ADM architecture).\n\nthen: Classifier-Free Diffusion Guidance — drop the classifier, mix conditional/unconditional scores. No arXiv link on purpose, Ana has the NeurIPS workshop PDF.")
ldm_t = node(type="text", x=960, y=-120, width=420, height=120, color="1",
             text="## Latent diffusion\nDiffuse in a VAE latent → Stable Diffusion. Card below ↓")
ldm_l = node(type="link", x=960, y=20, width=420, height=260, url="https://arxiv.org/abs/2112.10752")
ldm_cap = node(type="text", x=960, y=290, width=420, height=80,
               text="High-Resolution Image Synthesis with Latent Diffusion Models (CVPR 2022)")
pers = node(type="text", x=960, y=400, width=420, height=260, color="3",
            text="## Personalisation\n- [DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation](https://arxiv.org/abs/2208.12242)\n- An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion (2208.01618) — one new token embedding, frozen model\n- LoRA for SD: see the [[PEFT canvas]]")
fast = node(type="text", x=1440, y=-120, width=400, height=200, color="5",
            text="## Few-step sampling\nConsistency Models (Song, Dhariwal, Chen, Sutskever — ICML 2023): one-step generation by mapping any point on the ODE trajectory to its origin.\n\nLCM etc. → later.")
sd3 = node(type="link", x=1440, y=120, width=400, height=240, url="https://arxiv.org/pdf/2403.03206")
sd3_cap = node(type="text", x=1440, y=370, width=400, height=100,
               text="SD3: Scaling Rectified Flow Transformers for High-Resolution Image Synthesis (pdf, 28 pp)")
todo = node(type="text", x=1440, y=500, width=400, height=200, color="#FFB86C",
            text="### TODO\n- [ ] video models section\n- [ ] ask Jonas for the slides from the [Lil'Log post](https://lilianweng.github.io/posts/2021-07-11-diffusion-models/) talk\n- [x] move the DDIM card to the sampling canvas")
code = node(type="link", x=-80, y=420, width=420, height=200, url="https://github.com/huggingface/diffusers")
slides = node(type="file", x=420, y=380, width=460, height=300, file="Talks/2024-04-11 guidance slides.pdf")

edge(gan, ddpm_t, label="likelihood-based alternative")
edge(ddpm_t, ddpm_l, fs="bottom", ts="top")
edge(ddpm_t, sde, label="generalised by")
edge(sde, beat, fs="bottom", ts="top")
edge(beat, ldm_t, toEnd="arrow")
edge(ldm_t, ldm_l, fs="bottom", ts="top")
edge(ldm_l, pers, fs="bottom", ts="top", label="fine-tune")
edge(ldm_t, fast)
edge(fast, sd3, fs="bottom", ts="top", label="flow matching", color="5")
edge(ddpm_l, code, fs="bottom", ts="top")

with open(OUT, "w", encoding="utf-8") as f:
    f.write(json.dumps({"nodes": nodes, "edges": edges}, indent="\t", ensure_ascii=False))
