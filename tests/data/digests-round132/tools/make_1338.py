#!/usr/bin/env python3
"""1338: a Bengali awesome list README whose paper tables are generated with pytablewriter (MarkdownTableWriter,
margin 0) by the repository's `scripts/build_readme.py` from `data/papers.yaml`: no table name line, header cells
centred, string columns left-aligned (`----`), the integer year column right-aligned (`--:`), every column as wide as
its widest cell counted as pytablewriter counts it (East Asian wide / full-width characters 2, everything else 1 — so
Bengali cells with vowel signs and virama are padded by code points and look ragged in an editor). The rest of the
README is the script's template: the awesome badge, a quote, a generated-file comment, a contents list whose anchors
are GitHub's (letters, marks, digits, `-` and `_` kept, spaces to `-`), hand-written sections for libraries, reading
and contributing. Papers: arXiv abs / pdf links, OpenReview forum / pdf links, an `arXiv:` id in a note cell, three
titles alone (a code link only, or none); repositories, docs, a blog post and a video playlist are not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1338, keys


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)


def table(head, rows, kinds):
    """pytablewriter's MarkdownTableWriter (margin 0): header centred, str left, int right"""
    cols = list(zip(head, *rows))
    wid = [max(w(str(x)) for x in c) for c in cols]

    def cell(x, i, hdr=False):
        s, pad = str(x), wid[i] - w(str(x))
        if hdr: return " " * (pad // 2) + s + " " * (pad - pad // 2)
        return " " * pad + s if kinds[i] == "int" else s + " " * pad
    out = ["|" + "|".join(cell(h, i, True) for i, h in enumerate(head)) + "|",
           "|" + "|".join("-" * (wid[i] - 1) + ":" if kinds[i] == "int" else "-" * wid[i] for i in range(len(head))) + "|"]
    out += ["|" + "|".join(cell(x, i) for i, x in enumerate(r)) + "|" for r in rows]
    return "\n".join(out)


def slug(h):
    keep = "".join(c for c in h.strip().lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ")
    return keep.replace(" ", "-")


HEAD = ["শিরোনাম", "ভেন্যু", "বছর", "কোড", "নোট"]
KINDS = ["str", "str", "int", "str", "str"]
gh = lambda r: f"[{r}](https://github.com/{r})"
SECTIONS = [
    ("কার্নেল ও সিন্থেটিক অ্যাটেনশন", [
        [f"[{T('2103.02143')}](https://openreview.net/forum?id={OR('2103.02143')})", "ICLR", 2021, "—", "RFA; র‍্যান্ডম ফিচার দিয়ে softmax-এর আসন্ন মান"],
        [f"[{T('2009.14794')}](https://openreview.net/pdf?id={OR('2009.14794')})", "ICLR", 2021, gh("lucidrains/performer-pytorch"), "Performer; FAVOR+ পদ্ধতি"],
        [f"[{T('2005.00743')}](https://arxiv.org/abs/2005.00743)", "ICML", 2021, "—", "ডট-প্রোডাক্ট ছাড়াই অ্যাটেনশন ওজন শেখা"],
    ]),
    ("স্পার্স অ্যাটেনশন ও মেমরি", [
        [T("2007.14062"), "NeurIPS", 2020, gh("google-research/bigbird"), "BigBird; গ্লোবাল + উইন্ডো + র‍্যান্ডম টোকেন"],
        [T("2002.09402"), "arXiv", 2020, "—", "Feedback Transformer; উপরের স্তরের স্মৃতি নিচে ফেরত"],
    ]),
    ("রিকারেন্ট ধাঁচের বিকল্প", [
        [f"[{T('2307.08621')}](https://arxiv.org/pdf/2307.08621.pdf)", "arXiv", 2023, gh("microsoft/torchscale"), "RetNet; সমান্তরাল প্রশিক্ষণ, রিকারেন্ট ইনফারেন্স"],
    ]),
    ("প্রসঙ্গ দৈর্ঘ্য ও সার্ভিং", [
        [T("2306.15595"), "arXiv", 2023, "—", "arXiv:2306.15595; RoPE-এর অবস্থান সংকুচিত করে ৩২ হাজার টোকেন"],
        [T("2309.06180"), "SOSP", 2023, gh("vllm-project/vllm"), "vLLM-এর পেছনের PagedAttention"],
    ]),
]
toc = [f"- [{s}](#{slug(s)})" for s, _ in SECTIONS] + [f"- [{s}](#{slug(s)})" for s in ("লাইব্রেরি ও টুল", "পড়ার মতো লেখা", "অবদান", "লাইসেন্স")]
parts = [
    "# অসাধারণ দক্ষ অ্যাটেনশন [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
    "> লম্বা সিকোয়েন্সে ট্রান্সফর্মারকে দ্রুত ও সাশ্রয়ী করার গবেষণাপত্র, কোড আর লেখার একটি বাংলা তালিকা।\n"
    "> রক্ষণাবেক্ষণ: ঢাকার একটি পাঠচক্র ([@tanvir-ml](https://github.com/tanvir-ml), [@nusrat-j](https://github.com/nusrat-j))।",
    "<!-- এই ফাইলটি scripts/build_readme.py (pytablewriter 1.2.0) দিয়ে data/papers.yaml থেকে তৈরি। হাতে সম্পাদনা করবেন না; YAML বদলে স্ক্রিপ্ট চালান। -->",
    "## সূচিপত্র",
    "\n".join(toc),
]
for s, rows in SECTIONS:
    parts += [f"## {s}", table(HEAD, rows, KINDS)]
parts += [
    "## লাইব্রেরি ও টুল",
    "- [facebookresearch/xformers](https://github.com/facebookresearch/xformers) — মেমরি-সাশ্রয়ী অ্যাটেনশন কার্নেল\n"
    "- [Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention) — CUDA কার্নেল, `pip install flash-attn`\n"
    "- [vLLM ডকুমেন্টেশন](https://docs.vllm.ai/en/latest/) — সার্ভিং, KV ক্যাশ ব্যবস্থাপনা\n"
    "- [PyTorch `scaled_dot_product_attention`](https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html)",
    "## পড়ার মতো লেখা",
    "- Lilian Weng, [The Transformer Family Version 2.0](https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/) (ব্লগ পোস্ট, ২০২৩)\n"
    "- আমাদের পাঠচক্রের বাংলা ভিডিও সিরিজ: [ইউটিউব প্লেলিস্ট](https://www.youtube.com/playlist?list=PLx9Qm2bT7kDhR4sVw3nE8cA1fYpZ6uLoJ)",
    "## অবদান",
    "নতুন পেপার যোগ করতে `data/papers.yaml`-এ একটি এন্ট্রি দিন (`title`, `url`, `venue`, `year`, `code`, `note`), তারপর\n"
    "`python scripts/build_readme.py > README.md` চালিয়ে পুল রিকোয়েস্ট খুলুন। টেবিল হাতে সম্পাদনা করলে CI-তে `git diff --exit-code` ব্যর্থ হবে।",
    "## লাইসেন্স",
    "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)",
]
text = "\n\n".join(parts) + "\n"
write_only(F1338, text, keys(F1338))
