#!/usr/bin/env python3
"""410: a Cursor project rule, .cursor/rules/seqmix-layers.mdc, of a research codebase that compares token-mixing
layers: YAML front matter (description, globs, alwaysApply) then Markdown rules for the AI assistant — project
layout, a table mapping each layer module to the paper it implements, coding conventions, testing, what not to do,
@-references to repository files. Papers: in the table and the prose, with arxiv.org abs/pdf links and openreview.net
forum links (link), "arXiv:ID" (arxiv-text), or bare titles — in ‘single curly quotes’, in "double quotes", in lower
case, with a trailing period, followed by the venue (title-only). Not papers: the mamba, fast-transformers and
long-range-arena repositories, PyTorch's scaled_dot_product_attention docs, a blog post on S4, S4 / H3 / Hyena /
FlashAttention / ALiBi (names only), the repository's own files."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F410, keys

text = f"""---
description: Rules for src/seqmix/layers and the LRA configs — which paper each layer implements, shapes, masking, tests
globs: src/seqmix/layers/**/*.py, configs/lra/**/*.yaml, tests/layers/**/*.py
alwaysApply: false
---
# seqmix: token-mixing layers

`seqmix` trains the same 6-layer encoder/decoder with a different token-mixing layer in each run and reports speed,
memory and accuracy. Each module in `src/seqmix/layers/` implements one paper. When you edit a layer, stay faithful to
the paper named in its module docstring and in the table below — not to a blog post and not to another repository's
variant of it. If the paper and our code disagree, stop and ask; do not "fix" the code silently.

Read @docs/layers.md and @src/seqmix/layers/base.py before writing a new layer.

## Which paper each module implements

| module | paper | notes |
| --- | --- | --- |
| `sparse.py` | [{T('1904.10509')}](https://arxiv.org/abs/1904.10509) | strided + fixed patterns only, block size 64 |
| `linformer.py` | {T('2006.04768')} | shared E/F projections across heads (their best setting), k=256 |
| `performer.py` | "{T('2009.14794')}" (ICLR 2021) | FAVOR+ with positive orthogonal random features; redraw every 1000 steps |
| `linear.py` | [{T('2006.16236')}](https://arxiv.org/abs/2006.16236) | elu(x)+1 feature map; causal version uses the cumulative-sum kernel |
| `lsh.py` | ‘{T('2001.04451')}’ | LSH attention + reversible layers; chunked feed-forward is a separate flag |
| `longformer.py` | {T('2004.05150').lower()} | sliding window + global tokens; dilation not implemented |
| `synthesizer.py` | {T('2005.00743')}. | dense and random variants; factorized ones are TODO |
| `feedback.py` | [{T('2002.09402')}](https://openreview.net/forum?id={OR('2002.09402')}) | memory is the weighted sum of all layers' states |
| `expire.py` | [{T('2105.06548')}](https://openreview.net/forum?id={OR('2105.06548')}) | Expire-Span; span predictor is a linear layer + sigmoid |
| `retnet.py` | {T('2307.08621')} (arXiv:2307.08621) | parallel, recurrent and chunkwise forms must agree to 1e-5 |
| `mamba.py` | [{T('2312.00752')}](https://arxiv.org/pdf/2312.00752) | pure-PyTorch selective scan; the CUDA kernel from https://github.com/state-spaces/mamba is optional |

The benchmark configs in `configs/lra/` follow
[{T('2011.04006')}](https://openreview.net/forum?id={OR('2011.04006')}):
same five tasks (ListOps, Text, Retrieval, Image, Pathfinder), same sequence lengths, same 4-layer budget. Data
preparation is the script from https://github.com/google-research/long-range-arena; do not re-tokenise.

## Conventions

- Shapes: inputs are `(batch, seq, d_model)`; heads are split inside the layer with `einops.rearrange`. Never
  transpose to `(seq, batch, …)`.
- Every layer takes `causal: bool` and `key_padding_mask: Tensor | None` and must handle both. For the kernelised
  layers (`performer.py`, `linear.py`) causal masking is done with prefix sums, not by masking a score matrix.
- Softmax attention baselines call `torch.nn.functional.scaled_dot_product_attention`
  (docs: https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html). Do not
  hand-write a FlashAttention kernel here.
- Positional information: learned absolute by default; ALiBi and rotary are options in `positions.py`, not in the
  layers. RetNet's xPos-style decay lives in `retnet.py` because the paper ties it to retention.
- Numerics: accumulate in fp32 inside the recurrent forms (RetNet, Mamba, linear attention); bf16 elsewhere.
- Keep each layer file under ~300 lines. Shared pieces (feature maps, chunked scans) go in `src/seqmix/layers/ops/`.

## Tests

- `tests/layers/test_equivalence.py`: for RetNet and linear attention, the recurrent and parallel forms must match;
  for Mamba, the selective scan must match the naive loop on small inputs.
- `tests/layers/test_causal.py`: perturbing token t must not change outputs before t when `causal=True`.
- Run `pytest -q tests/layers -k "not slow"` before proposing a change; the slow tests need a GPU.

## Don'ts

- Don't import from `fast_transformers` (https://github.com/idiap/fast-transformers) — we reimplement on purpose.
- Don't add S4, H3 or Hyena layers in this directory; they belong to `src/seqmix/ssm/` and have their own rule file.
- Don't cite blog posts in docstrings (the Annotated S4 post at https://srush.github.io/annotated-s4/ is a good read,
  but the docstring cites the paper).
- Don't change `configs/lra/*.yaml` defaults without updating @docs/results.md.
"""
write_only(F410, text, keys(F410))
