#!/usr/bin/env python3
"""2144: an Ed Discussion thread of an invented course of the University of Dodoma (CS 412 Computer Vision), copied as
text from the browser (as remembered: course name and «Discussion» header, category / subcategory, thread title, «#n»,
author, role badge, relative and absolute dates, view count, «Answered», the question, answers with «Endorsed» and
«Accepted», comments, «n Answers», «Add answer» box). English and Swahili. Computed: dates increasing (asserted), the
answer and comment counts (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2144)
D = dt.datetime
def stamp(d): return f"{d.day} {d:%b} {d.year}, {d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}"
Q = (D(2026, 3, 10, 21, 14), "Neema Mwakyusa", "Student", [
 "Habari wote. For the project I must pick a backbone for classifying maize leaf disease photos from Kongwa farms "
 "(about 4,000 images, taken with cheap phones). Nimesoma ViT paper:",
 f"{T('2010.11929')} — https://openreview.net/forum?id={OR('2010.11929')}",
 "but I am not sure transformers are a good idea with so little data. Should I use a CNN instead? Also, which paper "
 "explains why my model fails on photos from another district?"])
ANSWERS = [
 (D(2026, 3, 11, 8, 2), "Dr. Baraka Mollel", "Staff", "Endorsed · Accepted", [
  "Good question. Read these two first:",
  f"1. {T('2201.03545')} (https://arxiv.org/abs/2201.03545) — a CNN modernised step by step towards ViT design; "
  "with 4k images a ConvNeXt-T from timm is a safer start.",
  f"2. {T('2104.00298')}: https://arxiv.org/pdf/2104.00298v3 — faster to train on the lab GPU.",
  f"For the district problem: {T('2007.01434')}. Short version: careful ERM is a strong baseline.",
  f"Regularisation: {T('2101.01761')} (Pham & Le, arXiv:2101.01761) if you have time."],
  [(D(2026, 3, 11, 9, 30), "Neema Mwakyusa", "Asante sana! Nitaanza na ConvNeXt.")]),
 (D(2026, 3, 11, 13, 47), "Juma Kisanga", "Student", "", [
  f"On robustness there is also {T('2103.14586')} http://arxiv.org/abs/2103.14586 — ViTs are not so bad under "
  "corruptions. Last year's group used Deformable DETR for detection of leaves "
  f"({T('2010.04159')}) but for classification you don't need it.",
  f"Ps. {T('2103.14167')} is about matching, not classification — ignore it even if it appears in the slides 😄"],
  []),
]
out = ["Ed", "CS 412 Computer Vision — UDOM 2026", "Discussion", "New Thread", "", "Projects › Week 6", "",
       "Which backbone for a small dataset? (ViT vs CNN) #142", ""]
d0, who, role, paras = Q
out += [f"{who}  {role}", stamp(d0), "87 views", "Answered", ""] + paras + ["", "Reply · Edit · Star · Watching", "",
        f"{len(ANSWERS)} Answers", ""]
prev = d0
for d, who, role, badge, paras, comments in ANSWERS:
    assert d > prev; prev = d
    out += [f"{who}  {role}" + (f"  {badge}" if badge else ""), stamp(d), ""] + paras + ["", "Comment · Edit · Endorse", ""]
    for cd, cw, ct in comments:
        assert cd > d
        out += [f"    {cw}  {stamp(cd)}", f"    {ct}", ""]
out += ["Add answer", "Type your answer here…", "", "Help · Privacy · Accessibility"]
write_only(F, "\n".join(out) + "\n", keys(F))
