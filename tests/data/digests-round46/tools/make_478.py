#!/usr/bin/env python3
"""478: an awesome list kept as a page on a lab's MediaWiki, saved as wikitext (the "Edit source" box): {{Notice}}
and {{Stars|n}} templates, __TOC__, == / === headings, * and # lists, external links [URL text], internal
[[Page|label]] links, a {| class="wikitable sortable" |} table, <ref> footnotes with {{cite arXiv}} / {{cite
conference}} templates and <references />, [[Category:…]]. English. Vision backbones and training recipes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F478, keys
import re

t = T
text = f"""{{{{Notice|This page is maintained by the Vision Reading Group. Please add entries in the right section and
keep the table sorted by year. Last big cleanup: 14 May 2024 by [[User:Okafor|Okafor]].}}}}
{{{{Infobox reading list
| topic     = Vision backbones & training recipes
| owner     = [[User:Halvorsen|Halvorsen]]
| status    = active
| updated   = 2024-06-03
}}}}
'''Awesome vision backbones''' is the group's curated list of papers, code and talks on image classification
backbones and how to train them. Entries marked {{{{Stars|3}}}} are must-reads for new students; see
[[Onboarding/Week 1|the onboarding page]] for the reading order.

__TOC__

== Architectures ==
=== ConvNets ===
* {{{{Stars|3}}}} [https://arxiv.org/abs/1905.11946 {t('1905.11946')}] — Tan & Le, ICML 2019. Compound scaling of
  depth, width and resolution. Code: [https://github.com/tensorflow/tpu/tree/master/models/official/efficientnet tensorflow/tpu].
* {{{{Stars|2}}}} ''{t('2004.08955')}'' — split-attention blocks; the paper's strong baseline numbers come mostly
  from the training tricks. Code: [https://github.com/zhanghang1989/ResNeSt zhanghang1989/ResNeSt].<ref name="resnest">Discussed at the
  reading group on 2023-11-09, see [[Meetings/2023-11-09]].</ref>
* [https://github.com/huggingface/pytorch-image-models timm] — not a paper, but every model above has weights here.

=== Vision Transformers ===
* {{{{Stars|3}}}} [https://arxiv.org/abs/2106.04560 {t('2106.04560')}] — ViT-G/14, scaling laws for ViTs.
* {{{{Stars|2}}}} [https://arxiv.org/pdf/2106.10270.pdf {t('2106.10270')}] — the "AugReg" paper; read
  together with the released checkpoints (50k+ of them).
* [[Talks/ViT training tricks|Internal talk: ViT training tricks]] (slides, 2023) — a talk, not a paper.

== Training recipes ==
# '''Transfer:''' {t('1912.11370')} (ECCV 2020). The "BiT-HyperRule" for fine-tuning is the part to
  copy.<ref>Kolesnikov et al. The ECCV version has the full HyperRule table in the appendix.</ref>
# '''Self-training:''' "{t('2006.06882')}" (NeurIPS 2020) — when ImageNet pre-training hurts and
  self-training still helps, on COCO and PASCAL.
# '''Optimiser:''' {t('2010.01412')} (ICLR 2021), arXiv:2010.01412. The SAM in
  this list is the optimiser, not Meta's segmentation model.
# '''Robustness:''' {t('2006.14536')} — smooth activations (e.g. SiLU/GELU) in adversarial training;
  code in the authors' TF repo.<ref name="sat">Xie, Tan, Gong, Yuille, Le. No link, we read the
  printout.</ref>

== Comparison table ==
{{| class="wikitable sortable"
|-
! Model !! Year !! Params (M) !! ImageNet top-1 !! Notes
|-
| EfficientNet-B7 || 2019 || 66 || 84.3 || compound scaling
|-
| ResNeSt-269 || 2020 || 111 || 84.5 || split attention
|-
| BiT-L (R152x4) || 2020 || 928 || 87.5 || JFT-300M pre-training
|-
| ViT-G/14 || 2021 || 1843 || 90.5 || JFT-3B pre-training
|}}

== Courses and tools (not papers) ==
* [https://cs231n.stanford.edu/ CS231n] — lecture notes on ConvNets
* [https://github.com/facebookresearch/ConvNeXt facebookresearch/ConvNeXt] — code only; the paper is on the
  [[Reading list/2022|2022 list]]
* [[Cluster/GPU queue|How to book the A100 queue]]

== Notes ==
<references />

[[Category:Reading lists]]
[[Category:Computer vision]]
"""
plain = re.sub(r"\[(https?://\S+) ([^\]]+)\]", r"\2 \1", text)
write_only(F478, text, keys(F478), forms=[plain])
