#!/usr/bin/env python3
"""468: a Pinboard export (Settings → backup → JSON) of an English-writing ML engineer: a JSON array of bookmark
objects with Pinboard's keys (href, description = the page title, extended = the user's note, meta, hash, time,
shared, toread, tags), written the way the export writes it (one object per line, "/" escaped as "\\/", non-ASCII as
\\u escapes). Papers: arXiv abs / pdf URLs (link), an "arXiv:ID" in a note and an id inside a Papers with Code URL
(arxiv-text), NeurIPS / ACL / Semantic-Scholar-free pages, GitHub READMEs and blog posts naming a paper (title-only).
Not papers: the PEFT library docs, bitsandbytes, a Hugging Face blog post, a YouTube talk, a course, a leaderboard."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F468, keys

def h(s, salt=""):
    return hashlib.md5((salt + s).encode()).hexdigest()

B = [
 ("https://arxiv.org/abs/2104.08691", T("2104.08691"),
  "Soft prompts only, frozen T5; gap to full fine-tuning closes at ~10B params. Baseline for the adapter comparison.",
  "2024-02-03T09:14:22Z", "no", "no", "peft prompt-tuning t5 baseline"),
 ("https://huggingface.co/docs/peft/index", "PEFT", "docs for LoraConfig / AdaLoraConfig / PromptTuningConfig",
  "2024-02-03T09:20:41Z", "no", "no", "peft docs"),
 ("https://github.com/QingruZhang/AdaLoRA", "GitHub - QingruZhang/AdaLoRA",
  "README: \"" + T("2303.10512") + "\" (ICLR 2023). SVD-shaped updates, budget reallocated during training. "
  "Our rank sweep could use their schedule.", "2024-02-05T17:02:09Z", "no", "yes", "peft lora adalora"),
 ("https://paperswithcode.com/paper/few-shot-parameter-efficient-fine-tuning-is", T("2205.05638") + " | Papers With Code",
  "T-Few / (IA)^3, arXiv:2205.05638. Rescaling vectors, 0.01% params. Check the RAFT numbers.",
  "2024-02-06T08:45:50Z", "no", "yes", "peft ia3 tfew"),
 ("https://github.com/IST-DASLab/gptq", "GitHub - IST-DASLab/gptq: Code for the ICLR 2023 paper",
  "Code for \"" + T("2210.17323") + "\". 3/4-bit one-shot, second-order. Compare with bitsandbytes nf4 on our 13B.",
  "2024-02-09T13:31:07Z", "no", "no", "quantization gptq llm"),
 ("https://github.com/TimDettmers/bitsandbytes", "GitHub - TimDettmers/bitsandbytes: 8-bit CUDA functions for PyTorch",
  "", "2024-02-09T13:33:58Z", "no", "no", "quantization tools"),
 ("https://huggingface.co/blog/4bit-transformers-bitsandbytes",
  "Making LLMs even more accessible with bitsandbytes, 4-bit quantization and QLoRA",
  "blog post, the nf4 explanation is the clearest one", "2024-02-09T13:40:26Z", "no", "no", "quantization blog"),
 ("https://arxiv.org/pdf/2204.14198.pdf", T("2204.14198"),
  "Perceiver resampler + gated xattn-dense layers into a frozen LM. Interleaved image/text.",
  "2024-02-14T20:12:44Z", "no", "no", "multimodal vlm flamingo"),
 ("https://github.com/salesforce/LAVIS/tree/main/projects/blip2", "LAVIS/projects/blip2 at main · salesforce/LAVIS",
  "Project page for " + T("2301.12597") + " — Q-Former, two-stage pretraining. Zero-shot VQAv2 numbers in the README.",
  "2024-02-15T07:58:31Z", "no", "no", "multimodal vlm blip2"),
 ("https://www.youtube.com/watch?v=q6ZYzKbOoEs", "Multimodal LLMs — lecture 11 — YouTube",
  "Course lecture, covers Flamingo and BLIP-2 at the 35 min mark", "2024-02-15T08:10:03Z", "no", "yes", "multimodal video"),
 ("https://paperswithcode.com/paper/2006.05929", T("2006.05929"),
  "Synthesise a tiny training set by matching gradients. Idea for the calibration set of the quantised model?",
  "2024-02-21T11:26:35Z", "no", "yes", "data-distillation calibration"),
 ("https://aclanthology.org/N19-1423/",
  T("1810.04805") + " - ACL Anthology",
  "NAACL 2019 version, for the related-work citation (bibtex from the anthology page).",
  "2024-02-22T16:03:11Z", "no", "no", "nlp bert citation"),
 ("https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard", "Open LLM Leaderboard - a Hugging Face Space",
  "quantised variants are listed separately", "2024-02-23T10:17:49Z", "no", "no", "leaderboard eval"),
 ("https://www.deeplearning.ai/short-courses/finetuning-large-language-models/", "Finetuning Large Language Models - DeepLearning.AI",
  "short course for the new intern", "2024-02-26T12:00:08Z", "no", "no", "course onboarding"),
]
objs = []
for href, desc, ext, time, shared, toread, tags in B:
    objs.append({"href": href, "description": desc, "extended": ext, "meta": h(href + time, "m"), "hash": h(href),
                 "time": time, "shared": shared, "toread": toread, "tags": tags})
objs.reverse()  # newest first, as the export lists them
text = "[" + ",\n".join(json.dumps(o).replace("/", "\\/") for o in objs) + "]"
decoded = "\n".join(v for o in json.loads(text) for v in o.values())
write_raw(F468, text.encode("utf-8"), [decoded], keys(F468))
