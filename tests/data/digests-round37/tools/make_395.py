#!/usr/bin/env python3
"""395: a researcher's GitHub stars, dumped with `gh api --paginate user/starred --jq '.[] | {full_name,
description, html_url, homepage, language, topics, stargazers_count, pushed_at}' > stars.jsonl`: JSON Lines, one
compact object per starred repository, keys in the order the jq expression builds them, non-ASCII kept as is.
Papers: named in the descriptions of small reimplementation repositories, with an arxiv.org abs URL or an
openreview.net forum URL in `homepage` or the description (link), "arXiv:ID" in a description (arxiv-text), or the
title alone, beside "(Fan et al.)" or a blog homepage (title-only). Not papers: the repositories themselves,
transformers and nanoGPT, the lab's reading-group repo, a blog post, "Expire-Span", "Feedback Transformer", "DETR",
"CheXpert" (names only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F395, keys

R = [  # full_name, description, homepage, language, topics, stars, pushed_at
 ("kestrel-nlp/glat-fairseq", f"Unofficial fairseq implementation of {T('2008.07905')} (https://openreview.net/forum?id={OR('2008.07905')})",
  "", "Python", ["machine-translation", "non-autoregressive", "fairseq"], 87, "2023-11-02T09:14:51Z"),
 ("huggingface/transformers", "🤗 Transformers: State-of-the-art Machine Learning for Pytorch, TensorFlow, and JAX.",
  "https://huggingface.co/transformers", "Python", ["nlp", "pytorch", "transformer", "deep-learning"], 131204, "2024-05-16T18:02:11Z"),
 ("mtanaka/expire-span-jax", f"JAX port of Expire-Span from \"{T('2105.06548')}\". Char-level enwik8 config included.",
  f"https://openreview.net/forum?id={OR('2105.06548')}", "Python", ["jax", "long-context", "memory"], 41, "2024-01-19T22:40:03Z"),
 ("ash-lin/feedback-transformer-mini", f"Minimal, readable Feedback Transformer (\"{T('2002.09402')}\", Fan et al.) in ~300 lines of PyTorch",
  None, "Python", ["transformer", "recurrence", "education"], 156, "2023-06-08T12:31:47Z"),
 ("liquidgrid/retnet-pytorch", f"{T('2307.08621')} — parallel, recurrent and chunkwise forms with tests that they agree",
  "https://arxiv.org/abs/2307.08621", "Python", ["retnet", "language-model", "pytorch"], 612, "2024-03-27T07:55:20Z"),
 ("ohnoitsjan/hyena-notes", f"Annotated notebooks for {T('2302.10866')}: FFT long convolutions, implicit filters, ablations on small data",
  "https://ohnoitsjan.github.io/posts/hyena/", "Jupyter Notebook", ["state-space-models", "long-convolution", "notebooks"], 233, "2023-09-14T16:08:39Z"),
 ("karpathy/nanoGPT", "The simplest, fastest repository for training/finetuning medium-sized GPTs.",
  "", "Python", [], 33518, "2024-02-27T22:53:00Z"),
 ("pixelwright/deformable-detr-lite", f"{T('2010.04159')}, trimmed for single-GPU training on small datasets",
  "https://arxiv.org/abs/2010.04159", "Python", ["object-detection", "detr", "pytorch"], 298, "2024-04-02T10:17:26Z"),
 ("vis-lab-lakemont/attention-viz-playground", f"Notebook reproducing the attention views of {T('2103.14625')} (arXiv:2103.14625) for a distilled BERT",
  "", "Jupyter Notebook", ["visualization", "attention", "interpretability"], 19, "2022-10-30T14:02:58Z"),
 ("rad-ml/cxr-selective-labeling", f"Baselines from {T('2103.14339')}, run on CheXpert-small",
  None, "Python", ["medical-imaging", "active-learning", "meta-learning"], 12, "2022-05-11T08:45:10Z"),
 ("lakemont-ml/reading-group", "Slides, notes and the schedule of the Lakemont ML reading group",
  "https://lakemont-ml.github.io/reading-group/", "TeX", ["reading-group"], 24, "2024-05-13T19:20:44Z"),
 ("motionlab-x/fewshot-motion-transfer", f"Re-implementation of {T('2103.14338')} with a UV-space texture generator",
  None, "Python", ["motion-transfer", "human-synthesis", "gan"], 64, "2023-02-21T03:11:09Z"),
]
lines = []
for fn, d, hp, lang, tp, st, pa in R:
    o = {"full_name": fn, "description": d, "html_url": f"https://github.com/{fn}", "homepage": hp, "language": lang,
         "topics": tp, "stargazers_count": st, "pushed_at": pa}
    lines.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
text = "\n".join(lines) + "\n"
write_only(F395, text, keys(F395), forms=[json.dumps([json.loads(l) for l in lines], ensure_ascii=False)])
