#!/usr/bin/env python3
"""2064: the README of an invented awesome list of a student club at the College of Micronesia-FSM («Awesome
Generative AI – COM-FSM»): English with a Pohnpeian line. The club, its handles, the data set and the talk are
invented. Computed: the GitHub-style slugs of «Contents» (asserted unique)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2064)


def slug(h):
    s = "".join(c for c in h.strip().lower() if c.isalnum() or c in " -_")
    return s.replace(" ", "-")


SEC = [
 ("Foundations", [
   f"- **{T('1406.2661')}** (Goodfellow et al., NeurIPS 2014) - where it all started.",
   f"- *{T('1503.03585')}* (Sohl-Dickstein et al., ICML 2015) - the first diffusion paper.",
   f"- {T('1907.05600')} - Song & Ermon, NeurIPS 2019 (arXiv:1907.05600)."]),
 ("Sampling and guidance", [
   f"- {T('2010.02502')} - [OpenReview](https://openreview.net/forum?id={OR('2010.02502')})",
   f"- [{T('2207.12598')}](https://arxiv.org/abs/2207.12598)",
   f"- {T('2105.05233')} · [PDF](https://arxiv.org/pdf/2105.05233v4.pdf)"]),
 ("Text and images", [
   f"- [{T('2204.06125')}](http://arxiv.org/abs/2204.06125) - DALL·E 2.",
   f"- **{T('2301.12597')}** (Li et al., ICML 2023) - captions for our reef photos."]),
 ("Tools", [
   "- [Diffusers](https://github.com/huggingface/diffusers) - diffusion pipelines library.",
   "- [InvokeAI](https://github.com/invoke-ai/InvokeAI) - image generation UI.",
   "- [Hugging Face course](https://huggingface.co/learn) - free course, not a paper."]),
 ("Data and talks", [
   "- Data set \"Nan Madol stones\": 1,800 photos labelled by the club - https://data.example.fm/nan-madol",
   "- Talk \"Can a diffusion model draw a sakau market?\" (club video, January 2026).",
   "- Book: *Understanding Deep Learning*, Simon J. D. Prince, MIT Press 2023."]),
 ("License", ["[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)"]),
]
slugs = [slug(h) for h, _ in SEC]
assert len(set(slugs)) == len(slugs)
out = ["# Awesome Generative AI - COM-FSM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "> Kaselehlie! Reading list of the AI club at the College of Micronesia-FSM, Palikir campus.", "",
       "Maintainers: @kiona-edmund, @jared.salvador · updated: February 15, 2026", "", "## Contents", ""]
out += [f"- [{h}](#{s})" for (h, _), s in zip(SEC, slugs)] + [""]
for h, items in SEC:
    out += [f"## {h}", ""] + items + [""]
write_only(F, "\n".join(out), keys(F))
