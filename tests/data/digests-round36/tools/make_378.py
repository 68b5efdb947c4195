#!/usr/bin/env python3
"""378: an awesome list README by a maintainer who uses no tables: one bullet per paper in the form
`- [Title](link) - Venue Year - [[code](repo)]` followed by shields.io star badges and emoji flags (🔥 🧪 📦 🏛️ from
the legend), badges in the heading, a Contents list of GitHub anchors, sections, "Tools & tutorials", "Related
lists", Contributing and License. Papers: arXiv abs/pdf links and an OpenReview forum link as the bullet's link
(link), a shields.io "arXiv-ID" badge beside a title that links to its repository (arxiv-text), titles linked to CVF
open access, NeurIPS proceedings and PMLR pages, and one bullet whose title the maintainer left unlinked
(title-only). Libraries (solo-learn, lightly, VISSL, DomainBed as a code link), a blog post, a course lecture and the
related awesome lists are not papers."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F378, keys


def star(repo):
    return f"![GitHub stars](https://img.shields.io/github/stars/{repo}?style=social)"


def code(repo):
    return f"[[code](https://github.com/{repo})]"


neurips = "https://proceedings.neurips.cc/paper/2020/hash/" + hashlib.md5(T("2006.07733").encode()).hexdigest() + "-Abstract.html"
text = f"""# Awesome Representation Learning [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![GitHub last commit](https://img.shields.io/github/last-commit/kwame-osei-lab/awesome-representation-learning) ![License: CC0-1.0](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)

> 🧭 A short, opinionated list of papers on learning representations with few or no labels: contrastive,
> non-contrastive and image–text, plus a couple on what happens when the data or the test distribution changes.
> Maintained by [@kwame-osei](https://github.com/kwame-osei). PRs welcome, see [Contributing](#contributing).

**Legend:** 🔥 must-read · 🧪 official code · 📦 pretrained weights · 🏛️ classic · 🤔 mostly theory · ✍️ blog post · 🎓 course

## Contents

- [Contrastive](#contrastive)
- [Non-contrastive](#non-contrastive)
- [Image–text](#imagetext)
- [Generalization & data](#generalization--data)
- [Tools & tutorials](#tools--tutorials)
- [Related lists](#related-lists)
- [Contributing](#contributing)
- [License](#license)

## Contrastive

- [{T('1807.03748')}](https://arxiv.org/abs/1807.03748) - arXiv 2018 - 🏛️ 🔥
- [{T('1911.05722')}](https://openaccess.thecvf.com/content_CVPR_2020/html/He_Momentum_Contrast_for_Unsupervised_Visual_Representation_Learning_CVPR_2020_paper.html) - CVPR 2020 - {code('facebookresearch/moco')} {star('facebookresearch/moco')} 🔥 🧪 📦
- [{T('2004.11362')}](https://arxiv.org/abs/2004.11362) - NeurIPS 2020 - {code('google-research/google-research/tree/master/supcon')} 🧪
- [{T('2010.04592')}](https://arxiv.org/pdf/2010.04592v3.pdf) - ICLR 2021 - {code('joshr17/HCL')} {star('joshr17/HCL')} 🧪
- [{T('2006.05576')}](https://openreview.net/forum?id={OR('2006.05576')}) - ICLR 2021 - 🤔

## Non-contrastive

- [{T('2006.07733')}]({neurips}) - NeurIPS 2020 - {code('deepmind/deepmind-research/tree/master/byol')} 🔥 🧪 📦
- [{T('2011.10566')}.](https://arxiv.org/abs/2011.10566) - CVPR 2021 - {code('facebookresearch/simsiam')} {star('facebookresearch/simsiam')} 🔥 🧪 📦

## Image–text

- [{T('2102.05918')}](https://proceedings.mlr.press/v139/jia21b.html) - ICML 2021 - no official code
- [{T('2303.15343')}](https://openaccess.thecvf.com/content/ICCV2023/html/Zhai_Sigmoid_Loss_for_Language_Image_Pre-Training_ICCV_2023_paper.html) - ICCV 2023 - {code('google-research/big_vision')} {star('google-research/big_vision')} 🧪 📦

## Generalization & data

- {T('2007.01434')} - ICLR 2021 - {code('facebookresearch/DomainBed')} {star('facebookresearch/DomainBed')} 🔥 🧪
- [{T('2006.05929')}](https://github.com/VICO-UoE/DatasetCondensation) - ICLR 2021 - [![arXiv](https://img.shields.io/badge/arXiv-2006.05929-b31b1b.svg)](https://github.com/VICO-UoE/DatasetCondensation#citation) 🧪

## Tools & tutorials

- [solo-learn](https://github.com/vturrisi/solo-learn) - a library of self-supervised methods in PyTorch Lightning {star('vturrisi/solo-learn')}
- [lightly](https://github.com/lightly-ai/lightly) - self-supervised learning library with data curation {star('lightly-ai/lightly')}
- [VISSL](https://github.com/facebookresearch/vissl) - archived, still useful for its model zoo 📦
- [Contrastive Representation Learning](https://lilianweng.github.io/posts/2021-05-31-contrastive/) - blog post by Lilian Weng, 2021 ✍️
- [NYU Deep Learning, week 10 (SSL)](https://atcold.github.io/NYU-DLSP21/) - course lecture 🎓

## Related lists

- [awesome-self-supervised-learning](https://github.com/jason718/awesome-self-supervised-learning)
- [awesome-vision-language-pretraining](https://github.com/search?q=awesome+vision+language+pretraining&type=repositories) (search, pick one)

## Contributing

Open a PR with one bullet per paper in the format `- [Title](link) - Venue Year - [[code](link)]`, link the
paper's own page (arXiv, OpenReview or the proceedings), and add emoji from the legend only. Please keep sections
sorted by year.

## License

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)
To the extent possible under law, the maintainers have waived all copyright and related rights to this work.
"""
write_only(F378, text, keys(F378))
