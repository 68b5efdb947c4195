#!/usr/bin/env python3
"""418: an awesome list whose README source folds every section into an HTML `<details>` block (`<summary><b>…</b>
(n)</summary>`, a blank line, then Markdown), entries numbered continuously across sections, each with a star count
and a year-month: "12. ⭐ 1.3k · 2023-03 · [Title](link) — Venue · [code](…)". Badges, a table of contents of
anchors, a "legend" block, contributing notes. Diffusion and score-based models, with the GAN paper as the baseline and 3D Gaussian splatting as an aside."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F418, keys

K = keys(F418)
t = T
sections = [
 ("foundations", "Foundations", [
  ("—", "2014-06", f"{t('1406.2661')} — NeurIPS 2014 · the baseline every sample-quality table still compares to"),
  ("4.1k", "2015-03", f"**{t('1503.03585')}** — ICML 2015 · [PMLR](https://proceedings.mlr.press/v37/sohl-dickstein15.html) · the one that started it, read §2 first"),
  ("1.1k", "2019-07", f"[{t('1907.05600')}](https://arxiv.org/abs/1907.05600) — NeurIPS 2019 (oral) · [code](https://github.com/ermongroup/ncsn)"),
  ("1.6k", "2020-10", f"[{t('2010.02502')}](https://openreview.net/forum?id={OR('2010.02502')}) — ICLR 2021 · [code](https://github.com/ermongroup/ddim)"),
  ("—", "2021-06", f"*{t('2106.05931')}* — NeurIPS 2021 · NVlabs/LSGM · score model in a VAE latent space"),
 ]),
 ("latent-and-large-scale", "Text-to-image at scale", [
  ("—", "2022-04", f"[{t('2204.06125')}](https://arxiv.org/abs/2204.06125) — the unCLIP / DALL·E 2 paper · prior + decoder"),
  ("10.4k", "2023-07", f"{t('2307.01952')} — arXiv:2307.01952 · ICLR 2024 · [code](https://github.com/Stability-AI/generative-models)"),
 ]),
 ("editing", "Editing & personalisation", [
  ("6.2k", "2022-11", f"{t('2211.09800')} — CVPR 2023 · [project](https://www.timothybrooks.com/instruct-pix2pix) · [code](https://github.com/timothybrooks/instruct-pix2pix)"),
  ("2.9k", "2022-08", f"{t('2208.01618')} (arXiv 2208.01618) — ICLR 2023 · [code](https://github.com/rinongal/textual_inversion)"),
 ]),
 ("fast-sampling", "Fast sampling & distillation", [
  ("6.0k", "2023-03", f"[{t('2303.01469')}](https://arxiv.org/pdf/2303.01469.pdf) — ICML 2023 · [code](https://github.com/openai/consistency_models)"),
  ("—", "2024-01", "*placeholder: add LCM / SD-Turbo once someone writes the two-line summary* (see #41)"),
 ]),
 ("audio", "Audio", [
  ("780", "2020-09", f"_{t('2009.09761')}_ — ICLR 2021 · [code](https://github.com/lmnt-com/diffwave) · vocoder + unconditional SC09"),
 ]),
 ("3d", "3D (not diffusion, but everyone asks)", [
  ("13.9k", "2023-08", f"{t('2308.04079')} — SIGGRAPH 2023 / ACM TOG · [project](https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/) · [code](https://github.com/graphdeco-inria/gaussian-splatting)"),
 ]),
]
toc, body, n = [], [], 0
for anchor, name, items in sections:
    toc.append(f"- [{name}](#{anchor})")
    lines = [f'<a id="{anchor}"></a>', "<details open>" if anchor == "foundations" else "<details>",
             f"<summary><b>{name}</b> ({len(items)})</summary>", ""]
    for stars, ym, txt in items:
        n += 1
        lines.append(f"{n}. ⭐ {stars} · {ym} · {txt}")
    lines += ["", "</details>", ""]
    body.append("\n".join(lines))
text = f"""<h1 align="center">awesome-diffusion-reading</h1>

<p align="center">
  <a href="https://awesome.re"><img src="https://awesome.re/badge.svg" alt="Awesome"></a>
  <img src="https://img.shields.io/github/last-commit/loam-lab/awesome-diffusion-reading" alt="last commit">
  <img src="https://img.shields.io/badge/PRs-welcome-brightgreen.svg" alt="PRs welcome">
</p>

A deliberately short, opinionated list of diffusion / score-model papers we actually read in the Loam Lab
generative-models group. Numbers run across sections so we can say "read #3 and #6" in chat.

<details>
<summary>Legend</summary>

- ⭐ = GitHub stars of the official code (checked by hand, may be stale)
- date = first public version (year-month)
- **bold** = start here

</details>

## Contents

{chr(10).join(toc)}
- [Tools & tutorials](#tools)
- [Contributing](#contributing)

{chr(10).join(body)}
<a id="tools"></a>
<details>
<summary><b>Tools &amp; tutorials</b> (not papers)</summary>

- [huggingface/diffusers](https://github.com/huggingface/diffusers) — pipelines and schedulers
- [k-diffusion](https://github.com/crowsonkb/k-diffusion) — samplers
- Lilian Weng, "What are Diffusion Models?" (blog post, 2021)
- CVPR 2023 tutorial "Denoising Diffusion-based Generative Modeling: Foundations and Applications" (slides + video)

</details>

## Contributing

Open a PR that adds **one** entry in the right `<details>` block, renumber everything below it
(`python scripts/renumber.py README.md`), and update the count in the `<summary>`. Star counts: round to
one decimal in thousands. No Medium posts, no "top 10" lists.

## License

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)
"""
write_only(F418, text, K)
