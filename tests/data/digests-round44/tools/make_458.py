#!/usr/bin/env python3
"""458: an awesome list kept as an AsciiDoc README (README.adoc): document header with attributes (:toc:,
:icons: font, :url-*: attributes), image badges via image::/image:, `== ` sections, `* link:url[Title]` bullets and
`url[text]` macros, `[horizontal]` labelled lists, a `[TIP]` admonition, a `|===` table, `ifdef::env-github[]`.
Vision backbones, detection/segmentation, self-supervised and image-text learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F458, keys

t = T
text = f"""= Awesome Visual Representations image:https://awesome.re/badge.svg[Awesome,link=https://awesome.re]
Ines Calloway <ines.calloway@example.org>
v2.3, 2024-05-18
:toc: macro
:toclevels: 2
:icons: font
:url-repo: https://github.com/icalloway-lab/awesome-visual-representations
:url-issues: {{url-repo}}/issues
ifdef::env-github[]
:tip-caption: :bulb:
:note-caption: :information_source:
endif::[]

image:https://img.shields.io/badge/PRs-welcome-brightgreen.svg[PRs welcome]
image:https://img.shields.io/github/last-commit/icalloway-lab/awesome-visual-representations[last commit]

A curated, opinionated list of papers on how images become vectors: backbones, segmentation, self-supervision
and image-text pre-training. Each entry is `paper title -- venue -- code`. Entries are ordered by year.

toc::[]

[TIP]
====
Want to add a paper? Open a pull request against `README.adoc` (not the generated HTML) and follow the
format of the neighbouring entries. See link:CONTRIBUTING.adoc[CONTRIBUTING].
====

== Backbones

* {t('1905.11946')} -- ICML 2019 -- arXiv:1905.11946 -- https://github.com/tensorflow/tpu/tree/master/models/official/efficientnet[code]
* link:https://arxiv.org/abs/2010.11929[{t('2010.11929')}] -- ICLR 2021 -- https://github.com/google-research/vision_transformer[code]
* link:https://arxiv.org/abs/2201.03545v2[{t('2201.03545')}] -- CVPR 2022 -- https://github.com/facebookresearch/ConvNeXt[code]

== Optimisation and augmentation

* {t('2010.01412')} -- ICLR 2021 -- https://github.com/google-research/sam[code] icon:star[] +
  _SAM the optimiser, not the segmentation model below._
* {t('2012.07177')} -- CVPR 2021 -- https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html[CVF open access]

== Segmentation

* link:https://arxiv.org/pdf/2304.02643.pdf[{t('2304.02643')}] -- ICCV 2023 -- https://github.com/facebookresearch/segment-anything[code] -- https://segment-anything.com[demo]

== Self-supervised learning

* {t('2002.05709')} -- ICML 2020 -- https://proceedings.mlr.press/v119/chen20j.html[PMLR] -- https://github.com/google-research/simclr[code]
* link:https://openreview.net/forum?id={OR('2006.05576')}[{t('2006.05576')}] -- ICLR 2021
* {t('2304.07193')} -- TMLR 2024 -- https://github.com/facebookresearch/dinov2[code]

== Image-text pre-training

* {t('2102.05918')} -- ICML 2021 -- arXiv:2102.05918 (ALIGN; no official code)

== Tools

[horizontal]
timm:: https://github.com/huggingface/pytorch-image-models[pytorch-image-models], the backbone zoo most entries above ship in
lightly:: https://github.com/lightly-ai/lightly[self-supervised learning library]
solo-learn:: https://github.com/vturrisi/solo-learn[library of SSL methods]

== Related lists

|===
|List |Focus |Format

|https://github.com/jason718/awesome-self-supervised-learning[awesome-self-supervised-learning]
|SSL in general
|Markdown

|https://github.com/segnet-readers/awesome-segmentation-reading[awesome-segmentation-reading]
|segmentation
|Markdown
|===

== License

image:https://licensebuttons.net/p/zero/1.0/88x31.png[CC0,link=https://creativecommons.org/publicdomain/zero/1.0/]

To the extent possible under law, the maintainers have waived all copyright to this list.
"""
write_only(F458, text, keys(F458))
