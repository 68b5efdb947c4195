#!/usr/bin/env python3
"""438: an awesome list written in reStructuredText (README.rst, as a Sphinx user keeps it): an over- and
underlined title, substitution badges `|awesome|` defined by `.. |x| image::` blocks, `.. contents::`, sections
underlined with `=`/`-`, entries as anonymous hyperlinks `` `Title <url>`__ ``, venue in *emphasis*, named links to
code, a `.. note::`, a `.. list-table::` of tools, a `.. _contributing:` target, and link targets at the bottom.
Diffusion models and controllable generation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F438, keys

K = keys(F438)
t = T
text = f"""================================================
Awesome Controllable Diffusion |awesome| |lic|
================================================

.. |awesome| image:: https://awesome.re/badge.svg
   :target: https://awesome.re
   :alt: Awesome

.. |lic| image:: https://img.shields.io/badge/license-CC0--1.0-lightgrey.svg
   :target: https://creativecommons.org/publicdomain/zero/1.0/
   :alt: License: CC0-1.0

.. |code| image:: https://img.shields.io/badge/-code-black?logo=github
   :alt: code

A curated, opinionated list of papers on **diffusion models you can steer**: conditioning, editing,
personalisation and novel views. Maintained by `@quillon-lab`_; entries are added by pull request (see
`Contributing`_). Last sweep: 2024-05-19.

.. note::

   Titles are given exactly as published. One entry per paper, filed under the section where it is most useful;
   code links point to the *official* repository only. Unofficial ports live in `Tools`_.

.. contents:: Table of Contents
   :depth: 1
   :local:
   :backlinks: none

Foundations
===========

- `{t('2006.11239')} <https://arxiv.org/abs/2006.11239>`__ — Ho, Jain, Abbeel. *NeurIPS 2020*.
  |code| `hojonathanho/diffusion`_
- {t('2105.05233')} — Dhariwal, Nichol. *NeurIPS 2021*
  (`proceedings <https://proceedings.neurips.cc/paper/2021/hash/49ad23d1ec9fa4bd8d77d02681df5cfa-Abstract.html>`__).
  Classifier guidance; |code| `openai/guided-diffusion`_
- `{t('2106.05931')} <https://proceedings.neurips.cc/paper/2021/hash/5dca4c6b9e244d24a30b4c45601d9720-Abstract.html>`__
  — Vahdat, Kreis, Kautz. *NeurIPS 2021*. LSGM: the score model runs in a VAE's latent space.

Latent and large-scale text-to-image
====================================

- `{t('2112.10752')} <https://openaccess.thecvf.com/content/CVPR2022/html/Rombach_High-Resolution_Image_Synthesis_With_Latent_Diffusion_Models_CVPR_2022_paper.html>`__
  — Rombach et al. *CVPR 2022*. |code| `CompVis/latent-diffusion`_
- `{t('2307.01952')} <https://arxiv.org/abs/2307.01952v1>`__ — Podell et al. *ICLR 2024*.
  |code| `Stability-AI/generative-models`_

Control and conditioning
========================

- `{t('2302.05543')} <https://arxiv.org/abs/2302.05543>`__ — Zhang, Rao, Agrawala. *ICCV 2023*
  (ControlNet). |code| `lllyasviel/ControlNet`_

Editing
=======

- **{t('2211.09800')}** — Brooks, Holynski, Efros. *CVPR 2023*. arXiv 2211.09800 ·
  `project page <https://www.timothybrooks.com/instruct-pix2pix>`__

Personalisation
===============

- *{t('2208.12242')}* — Ruiz et al. *CVPR 2023*
  (`open access <https://openaccess.thecvf.com/content/CVPR2023/html/Ruiz_DreamBooth_Fine_Tuning_Text-to-Image_Diffusion_Models_for_Subject-Driven_Generation_CVPR_2023_paper.html>`__).
  No official code; see `Tools`_ for the diffusers training script.

3D and novel views
==================

- `{t('2303.11328')} <https://arxiv.org/pdf/2303.11328>`__ — Liu et al. *ICCV 2023*.
  |code| `cvlab-columbia/zero123`_

Tools
=====

.. list-table::
   :header-rows: 1
   :widths: 25 50 25

   * - Name
     - What it is
     - Licence
   * - `diffusers`_
     - Hugging Face's library of pipelines, schedulers and training scripts (DreamBooth, InstructPix2Pix, ControlNet)
     - Apache-2.0
   * - `k-diffusion`_
     - Katherine Crowson's samplers and training code
     - MIT
   * - `ComfyUI`_
     - node-based UI; most ControlNet models load as-is
     - GPL-3.0

Related lists
=============

- `awesome-diffusion-models`_ — the big general list.
- Lilian Weng, *What are Diffusion Models?* (blog post, 2021) — the best first read; not a paper.

.. _contributing:

Contributing
============

1. One pull request per paper. Use the entry format above: ```Title <url>`__ — Authors. *Venue Year*.``
2. Link the paper page (arXiv, proceedings or open access), not a PDF mirror.
3. Run ``make linkcheck`` before you push.

.. _@quillon-lab: https://github.com/quillon-lab
.. _hojonathanho/diffusion: https://github.com/hojonathanho/diffusion
.. _openai/guided-diffusion: https://github.com/openai/guided-diffusion
.. _CompVis/latent-diffusion: https://github.com/CompVis/latent-diffusion
.. _Stability-AI/generative-models: https://github.com/Stability-AI/generative-models
.. _lllyasviel/ControlNet: https://github.com/lllyasviel/ControlNet
.. _cvlab-columbia/zero123: https://github.com/cvlab-columbia/zero123
.. _diffusers: https://github.com/huggingface/diffusers
.. _k-diffusion: https://github.com/crowsonkb/k-diffusion
.. _ComfyUI: https://github.com/comfyanonymous/ComfyUI
.. _awesome-diffusion-models: https://github.com/diff-usion/Awesome-Diffusion-Models
"""
write_only(F438, text, K)
