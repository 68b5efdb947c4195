#!/usr/bin/env python3
"""497: a WorkFlowy outline exported as plain text (Export → Plain text): "- " bullets indented two spaces per
level, notes on their own line in double quotes under their item, "[COMPLETE]" before completed items, #tags and
@mentions, dates written as WorkFlowy's date chips print (Tue, Feb 6, 2024). English. LLM foundations reading plan,
8 papers among videos, repos, docs and logistics."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F497, keys

COT, LLAMA, GPT3, LORA, MMLU, OPT, REACT, SCAL = "2201.11903", "2302.13971", "2005.14165", "2106.09685", "2009.03300", "2205.01068", "2210.03629", "2001.08361"
text = f"""- LLM Foundations reading group — spring block #readinggroup
  "Owners: @maya.okafor @tove.lindqvist. Swap weeks here, the calendar follows this list. PDFs go to the team drive folder /reading-group/2024-spring/, not here."
  - Format
    - 45 min: presenter walks through the core paper (slides optional)
    - 15 min: "what would we do differently" — one concrete experiment each
    - background reading is optional #opt
  - Schedule
    - [COMPLETE] Week 1 · Tue, Feb 6, 2024 · @maya.okafor
      - Core: {T(LLAMA)}
        "https://arxiv.org/abs/{LLAMA} — {au(LLAMA, 2)}"
      - Background: tokenizer notes on the wiki (Tokenizers 101) #opt
    - [COMPLETE] Week 2 · Tue, Feb 13, 2024 · @arash.rahimi
      - Core: "{T(GPT3)}" ({au(GPT3, 2)}, NeurIPS 2020)
        "proceedings page, not the arXiv version — the camera-ready has the corrected contamination table"
      - Background: in-context learning chapter of the course notes #opt
    - Week 3 · Tue, Feb 20, 2024 · @tove.lindqvist #slidespending
      - Core: {T(SCAL)} ({au(SCAL, 2)})
        "sections 2–4 only; the appendix fits are for the keen"
      - Background: the Chinchilla discussion thread in #ml-reading (Slack) #opt
    - Week 4 · Tue, Feb 27, 2024 · @joao.ferreira #tentative
      - Core: {T(LORA)}
        "https://arxiv.org/pdf/{LORA}.pdf"
      - Background: the PEFT library docs, section LoRA — code only, not a paper
    - Week 5 · Tue, Mar 5, 2024 · @sandrine.baptiste #tentative
      - Core: {T(COT)}
        "NeurIPS 2022 version: https://openreview.net/forum?id={OR(COT)}"
      - Background: {T(REACT)} — {au(REACT, 2)}, ICLR 2023
        "project page react-lm.github.io has the prompts"
    - Week 6 · Tue, Mar 12, 2024 · presenter needed!
      - Core: {T(MMLU)} (arXiv:{MMLU})
        "plus a live run of lm-eval-harness on our 7B checkpoint — half the group has never run it"
      - Background: "{T(OPT)}" #opt
        "only the logbook appendix; the metaseq repo has the chronicles"
  - Not papers, but useful
    - the tokenizer video (2 h, watch at 1.5x)
    - nanoGPT repo for the week 1 code walk
    - Eval runbook (internal wiki)
    - infra guild talk "Serving LLMs on a budget" (January) — recording link in #infra-guild
  - Logistics
    - [COMPLETE] book Harbour 2.14 for weeks 3–6 (old room has no HDMI since the refurbishment)
    - [COMPLETE] ask facilities for the second whiteboard
    - order snacks for week 6 (eval demo runs long) @maya.okafor
    - presenter checklist
      - slides to the drive by Monday 18:00
      - one figure you would redraw
      - one open question for the "differently" slot
  - Parked for the summer block
    - an instruction-tuning paper instead of week 2 (two votes)
    - agents survey (replaced by ReAct in week 5)
  - Changelog
    - Mon, Jan 29, 2024: created from the autumn template @maya.okafor
    - Thu, Feb 1, 2024: swapped weeks 3 and 4 — the LoRA GPU demo is not ready @tove.lindqvist
    - Wed, Feb 14, 2024: week 5 background changed to ReAct @sandrine.baptiste
"""
write_only(F497, text, keys(F497))
