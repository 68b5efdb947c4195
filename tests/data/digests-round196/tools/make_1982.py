#!/usr/bin/env python3
"""1982: a topic of the NVIDIA Developer Forums (a Discourse forum) copied from the browser: English. The members, their
posts, dates, likes and the related topics are invented; TensorRT-LLM, xFormers, JetPack's docs and a GTC talk appear
as what they are. Computed: the post dates (in order, asserted), the «n replies» summary, the related-topics table."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1982)
POSTS = [
 ("kjell.vaaler", dt.date(2026, 2, 9), 0, [
   "Hi, we run a speech-to-text model on an AGX Orin 64GB (JetPack 6.1) and the attention blocks dominate",
   "latency once the context goes past ~8k tokens. We are looking at efficient-attention papers before we",
   "commit to a rewrite. Shortlist so far:",
   "",
   f"{T('2009.14794')} - https://arxiv.org/abs/2009.14794",
   f"{T('2103.02143')}",
   f"{T('2005.00743')}",
   "",
   "Has anyone profiled any of these on Orin? TensorRT-LLM only seems to ship the standard kernels."]),
 ("AasthaR_nv", dt.date(2026, 2, 10), 2, [
   "Hi kjell.vaaler,",
   "",
   "Thanks for the detailed post. Random-feature methods map well to TensorRT because they are plain GEMMs, but",
   "accuracy on speech varies. For long context specifically, a lot of people now simply extend a pretrained model:",
   f"{T('2306.15595')} (arXiv:2306.15595) needs only a short fine-tune.",
   "",
   "Please also check the JetPack documentation on memory clocks before profiling."]),
 ("dlopez.embedded", dt.date(2026, 2, 11), 1, [
   "We had good results on Orin Nano with a recurrent formulation:",
   f"{T('2307.08621')}",
   "https://arxiv.org/pdf/2307.08621v4",
   "Inference is O(1) per token, which is what you want on a Jetson.",
   "",
   f"If you can retrain, {T('2004.11886')} was designed for edge devices (MIT Han lab),"
   " and xFormers has memory-efficient kernels that build on aarch64 with some patience."]),
 ("kjell.vaaler", dt.date(2026, 2, 13), 3, [
   "Update: we also tried a memory-token model,",
   f"{T('2010.06891')} - https://openreview.net/forum?id=_adSMszz_g9",
   f"and the long-convolution one, {T('2302.10866')} (http://arxiv.org/abs/2302.10866).",
   "RetNet-style retention won on latency for us. Marking the reply above as the solution. The GTC talk on",
   "Jetson inference was also useful (recording on NVIDIA On-Demand)."]),
]
assert [p[1] for p in POSTS] == sorted(p[1] for p in POSTS)
SOL = 2
out = ["NVIDIA Developer Forums", "", "Long-context attention on AGX Orin: which efficient attention variant?",
       "Autonomous Machines  Jetson & Embedded Systems  Jetson AGX Orin", "orin, attention, tensorrt", ""]
for i, (u, d, likes, text) in enumerate(POSTS):
    out += [u, "", f"{d:%b} {d.day}" + ("" if d.year == 2026 else f", {d.year}"), ""]
    if i == SOL: out += ["Solution", ""]
    out += text + [""]
    if likes: out += [f"{likes} Like" + ("s" if likes > 1 else ""), ""]
    if i == 0:
        out += [f"created {d:%b} {d.day}", f"last reply {POSTS[-1][1]:%b} {POSTS[-1][1].day}", f"{len(POSTS) - 1} replies",
                "412 views", f"{len({p[0] for p in POSTS})} users", ""]
REL = [("Jetson Orin Nano: TensorRT engine for a Whisper encoder", 4, 1302, "Jan 27"),
       ("Memory-efficient attention plugin build fails on JetPack 6", 7, 2211, "Feb 3"),
       ("AGX Orin power modes and inference latency", 2, 987, "Feb 12")]
out += ["Related topics", "Topic\tReplies\tViews\tActivity"] + [f"{t}\t{r}\t{v}\t{a}" for t, r, v, a in REL]
out += ["", "Powered by Discourse, best viewed with JavaScript enabled", ""]
write_only(F, "\n".join(out), keys(F))
