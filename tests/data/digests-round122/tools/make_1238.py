#!/usr/bin/env python3
"""1238: an awesome-list README (Bengali) whose table of contents is kept by gh-md-toc (ekalinin/github-markdown-toc)
run from a GitHub Actions workflow with --insert --skip-header: the `<!--ts-->` / `<!--te-->` markers, one bullet per
## / ### heading (three spaces per level below ##), GitHub anchors (lower case, punctuation dropped, spaces as `-`,
Bengali letters and vowel signs kept), the `Created by` comment and the `Added by: runner, at: <date(1)>` stamp.
Papers as list items with bold titles and bracketed Bengali link labels (arXiv abs / pdf links, an `arXiv:` id in a
code span, titles alone — one with only its code repository, one with the vLLM repository). Libraries, models,
datasets, courses and videos are not papers."""
import os, sys, re, datetime as dt, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1238, keys

STAMP = dt.datetime(2024, 3, 9, 4, 12, 37)  # the workflow's last run (UTC)


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if unicodedata.category(c)[0] in "LMN" or c in "-_ ")
    return s.replace(" ", "-")


def date1(t):
    # date(1) in the C locale: `Sat Mar  9 04:12:37 UTC 2024`
    return t.strftime("%a %b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S UTC %Y")


body = f"""## পেপার

প্রতিটি পেপারের পাশে ভেন্যু আর লিংক দেওয়া আছে। পেপার যোগ করার আগে [অবদান](#অবদান) অংশটা একবার দেখে নিন।

### LoRA ও অ্যাডাপ্টার

- **{T('2106.09685')}** — Hu et al., ICLR 2022. [[পেপার](https://arxiv.org/abs/2106.09685)] [[কোড](https://github.com/microsoft/LoRA)]
- **{T('1902.00751')}** — Houlsby et al., ICML 2019. অ্যাডাপ্টার লেয়ারের মূল কাজ; পরের প্রায় সব PEFT পদ্ধতি এর সাথে তুলনা করে।
- **{T('2106.10199')}** — Ben Zaken et al., ACL 2022. শুধু বায়াস টিউন করা হয়, `arXiv:2106.10199`

### প্রম্পট ও প্রিফিক্স টিউনিং

- **{T('2101.00190')}** — Li & Liang, ACL 2021. [[পেপার](https://arxiv.org/pdf/2101.00190.pdf)]
- **{T('2103.10385')}** — Liu et al., 2021. P-tuning নামে পরিচিত। [[কোড](https://github.com/THUDM/P-tuning)]

### কোয়ান্টাইজেশন ও কম খরচের ফাইন-টিউনিং

- **{T('2305.14314')}** — Dettmers et al., NeurIPS 2023. ৪-বিট NF4 + LoRA, একটা ৪৮ জিবি GPU-তে ৬৫B মডেল। [[পেপার](https://arxiv.org/abs/2305.14314)] [[কোড](https://github.com/artidoro/qlora)]
- **{T('2205.05638')}** — Liu et al., NeurIPS 2022. (IA)³ আর T-Few রেসিপি। [[পেপার](https://arxiv.org/abs/2205.05638)]

### সার্ভিং

- **{T('2309.06180')}** — Kwon et al., SOSP 2023. vLLM-এর পেছনের পেপার; KV ক্যাশকে পেজ আকারে ভাগ করে। [[vLLM](https://github.com/vllm-project/vllm)]

## লাইব্রেরি ও টুল

- [PEFT](https://github.com/huggingface/peft) - LoRA, প্রিফিক্স টিউনিং, (IA)³ সব এক জায়গায়।
- [bitsandbytes](https://github.com/TimDettmers/bitsandbytes) - ৮-বিট ও ৪-বিট কোয়ান্টাইজেশন।
- [vLLM](https://github.com/vllm-project/vllm) - দ্রুত ইনফারেন্স ও সার্ভিং।
- [llama.cpp](https://github.com/ggerganov/llama.cpp) - ল্যাপটপে GGUF মডেল চালানোর জন্য।

## বাংলা মডেল ও ডেটাসেট

- [banglabert](https://huggingface.co/csebuetnlp/banglabert) - বাংলা এনকোডার মডেল (মডেল কার্ড)।
- [alpaca-bn](https://huggingface.co/datasets/bnllm-lab/alpaca-bn) - Alpaca নির্দেশনা ডেটাসেটের মেশিন-অনুবাদ, হাতে ছাঁটা ৯,৮৪০টি উদাহরণ।
- [bn-lora-adapters](https://huggingface.co/bnllm-lab/bn-lora-adapters) - আমাদের প্রশিক্ষিত LoRA অ্যাডাপ্টার (r=16)।

## কোর্স ও ভিডিও

- [Hugging Face PEFT ডকুমেন্টেশন](https://huggingface.co/docs/peft/index) - ধাপে ধাপে টিউটোরিয়াল।
- [বাংলায় LoRA ব্যাখ্যা (ভিডিও)](https://www.youtube.com/watch?v=Zr4bK2mWq8c) - ঢাকার মিটআপের রেকর্ডিং, ৩৮ মিনিট।

## অবদান

নতুন কিছু যোগ করতে পুল রিকোয়েস্ট পাঠান। প্রতিটি আইটেম `- [নাম](লিংক) - বর্ণনা।` আকারে লিখুন; পেপার হলে শিরোনাম বোল্ড করে ভেন্যু আর বছর দিন। সূচিপত্র নিজে বদলাবেন না — প্রতিটি পুশে [TOC Generator](.github/workflows/toc.yml) ওয়ার্কফ্লো gh-md-toc চালিয়ে সেটা আপডেট করে।

## লাইসেন্স

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)

যতদূর আইন অনুমতি দেয়, [বাংলা এলএলএম ল্যাব](https://github.com/bnllm-lab) এই তালিকার সব স্বত্ব ছেড়ে দিয়েছে।
"""
heads = re.findall(r"(?m)^(#{2,6}) (.+)$", body)
seen, toc = {}, []
for hashes, h in heads:
    s = slug(h)
    n = seen.get(s, 0); seen[s] = n + 1
    toc.append("   " * (len(hashes) - 2) + f"* [{h}](#{s}{'-' + str(n) if n else ''})")
txt = f"""# অসাধারণ বাংলা এলএলএম ফাইন-টিউনিং [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![TOC Generator](https://github.com/bnllm-lab/awesome-bangla-llm-finetuning/actions/workflows/toc.yml/badge.svg)](https://github.com/bnllm-lab/awesome-bangla-llm-finetuning/actions/workflows/toc.yml)

> বড় ভাষা মডেলকে (LLM) কম খরচে বাংলার কাজে মানিয়ে নেওয়ার জন্য বাছাই করা পেপার, লাইব্রেরি, মডেল আর কোর্সের তালিকা।

<!--ts-->
""" + "\n".join(toc) + f"""

<!-- Created by https://github.com/ekalinin/github-markdown-toc -->
<!-- Added by: runner, at: {date1(STAMP)} -->

<!--te-->

""" + body
write_only(F1238, txt, keys(F1238))
