#!/usr/bin/env python3
"""Builds digests/215_zim_desktop_wiki_page_automl_efficient_vision.txt: one page of a Zim desktop wiki notebook
(Reading/AutoML_and_efficient_vision.txt) as Zim 0.75 stores it: the three header lines (Content-Type:
text/x-zim-wiki, Wiki-Format: zim 0.6, Creation-Date with offset), an empty line, the ====== page heading ======,
"Created <weekday> <dd> <month> <yyyy>" (Zim's default template), then Zim wiki syntax: ===== / ==== headings, **bold**,
//italic//, __highlight__, ~~strike~~, ''verbatim'', [[target|label]] links (URLs, +Subpage, :Absolute:Page, #anchors),
bare URLs, * bullets with tab-indented children, checkbox lines ([ ] open, [*] done, [x] cancelled, [>] migrated),
a table (|header| rows, an alignment row |:---|:---:|), a ''' verbatim block ''', an {{./image.png?width=…}} image
and @tags. UTF-8, LF, final newline; paragraphs keep the writer's hard line breaks.

Evidence: EfficientNet's [[https://arxiv.org/abs/…|title]] link, ResNeSt's Hugging Face paper link, the NAS
architecture-selection paper's arXiv pdf link, ViT's OpenReview forum link (its title wrapped over two lines) (link);
"EfficientNetV2: … (arXiv:2104.00298)", "AutoDropout: … 2101.01761" (a bare id after the title) and "(arXiv
2103.14586)" in a table cell (arxiv-text); ConvNeXt in a bullet, PyGlove on a done checkbox, AutoHAS under its first
title on an open checkbox, copy-paste, self-training and smooth adversarial training in the table (title-only).
Non-papers: the timm repository and docs, the Keras EfficientNet docs, a Papers with Code leaderboard, a YouTube talk,
NAS-Bench-201, the group's own pages. EfficientNet, MBConv, ResNeSt, ConvNeXt, DARTS, ViT, DeiT, SiLU are nicknames.
Room K.3.07, the Zoom id, people and the dates are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "215_zim_desktop_wiki_page_automl_efficient_vision.txt")

PAGE = """Content-Type: text/x-zim-wiki
Wiki-Format: zim 0.6
Creation-Date: 2024-01-08T21:14:03+01:00

====== AutoML and efficient vision ======
Created Monday 08 January 2024

Reading notes for the **Thursday vision group** (room K.3.07 or Zoom, meeting id 912 4471 0385).
Session log in [[+Sessions]], room admin in [[:Admin:Room bookings]], older notes in [[Reading:Self-supervised vision]].
@reading @vision @automl

===== Scaling convnets =====
* [[https://arxiv.org/abs/1905.11946|EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks]] — compound scaling: depth, width and resolution tied to one coefficient φ
* EfficientNetV2: Smaller Models and Faster Training (arXiv:2104.00298) — progressive learning, Fused-MBConv in the early stages
	* the //training-aware NAS// part is the interesting bit for us
	* weights: use timm's, not the TF checkpoints ([[https://github.com/huggingface/pytorch-image-models|timm]], docs at https://huggingface.co/docs/timm/index)
* ResNeSt: Split-Attention Networks — read via [[https://huggingface.co/papers/2004.08955|HF papers]]; ~~session 3~~ postponed
* A ConvNet for the 2020s — "modernising" a ResNet one step at a time; __good candidate for the February session__
* Keras docs for the EfficientNet family: https://keras.io/api/applications/efficientnet/ (not a paper)

===== AutoML =====
[*] PyGlove: Symbolic Programming for Automated Machine Learning — //read 2024-01-18//, the symbolic-object idea is neat
[ ] AutoHAS: Differentiable Hyper-parameter and Architecture Search
[x] Rethinking Architecture Selection in Differentiable NAS — [[https://arxiv.org/pdf/2108.04392|pdf]], dropped: too DARTS-specific for the group
[>] AutoDropout: Learning Dropout Patterns to Regularize Deep Networks 2101.01761 → moved to the regularisation month

Benchmarks are not papers for our purposes: NAS-Bench-201 tables live in [[+Sessions#2024-01-25]].

{{./autohas-search-space.png?width=420}}

===== Data, augmentation and robustness =====
TABLE

===== Transformers for vision =====
Background only, we did DeiT last term. The original ViT paper, An Image is Worth 16x16 Words: Transformers for Image Recognition at
Scale, has a useful review thread: [[https://openreview.net/forum?id=YicbFdNTTy|OpenReview]].
Leaderboard (not a paper): https://paperswithcode.com/sota/image-classification-on-imagenet
Talk: Mingxing Tan on EfficientNet, https://www.youtube.com/watch?v=3svIm5UC94I

==== Reproduction snippet ====
'''
python train.py /data/imagenet --model efficientnet_b0 --epochs 90 -b 256 --lr 0.048 --amp
# 4x A100, ~31 h; top-1 77.1 (paper: 77.1)
'''

Next: book K.3.07 for 22 Feb (request no. ''RB-2024-0311''), ask Maja about the ''--amp'' flag.
"""
ROWS = [("Paper", "Why", "Who"),
        ("Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", "cheapest baseline that still works", "Lars"),
        ("Rethinking Pre-training and Self-training", "self-training beats pre-training with strong aug", "Maja"),
        ("Smooth Adversarial Training", "smooth activations (SiLU) help adversarial robustness", "Lars"),
        ("Understanding Robustness of Transformers for Image Classification (arXiv 2103.14586)", "ViT vs ResNet under corruptions", "Maja")]
WID = [max(len(r[k]) for r in ROWS) for k in range(3)]
ALIGN = ["left", "left", "center"]
lines = ["|" + "|".join(c.ljust(w) for c, w in zip(ROWS[0], WID)) + "|",
         "|" + "|".join((":" + "-" * (w - 1)) if a == "left" else (":" + "-" * (w - 2) + ":") for w, a in zip(WID, ALIGN)) + "|"]
lines += ["|" + "|".join((c.center(w) if a == "center" else c.ljust(w)) for c, w, a in zip(r, WID, ALIGN)) + "|" for r in ROWS[1:]]
PAGE = PAGE.replace("TABLE\n", "\n".join(lines) + "\n")
check_no_distractor(PAGE, "215")
open(OUT, "w", encoding="utf-8", newline="").write(PAGE)
print(OUT, len(PAGE))
