#!/usr/bin/env python3
"""1945: a post with comments on an invented class blog hosted on Edublogs (copied from the browser; the WordPress
theme's chrome is as imagined) by a lecturer in Aotearoa New Zealand: New Zealand English with te reo Māori. The blog, the
course, the people and the dates are invented; the lightly library, ImageNet, Amit Chaudhary's blog post «The Illustrated
SimCLR Framework» and a YouTube talk appear as what they are. Computed: «n thoughts on» = the comments, the comment
times after the post and in order (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1945)
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
fmt = lambda d: f"{d.day} {MON[d.month - 1]} {d.year} at {d.hour % 12 or 12}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
TITLE = "Week 3: learning without labels"
POST = dt.datetime(2026, 2, 16, 19, 30)
COMM = [
 ("Hemi T.", dt.datetime(2026, 2, 17, 8, 12),
  f"Kia ora Whaea Rachel! Is {T('2104.14294')} (arXiv:2104.14294) the same DINO that DINOv2 builds on?"),
 ("Rachel Whitcombe", dt.datetime(2026, 2, 17, 9, 40),
  "Hemi, yes - same group, same idea of self-distillation. Read both in that order."),
 ("Sophie L", dt.datetime(2026, 2, 18, 21, 5),
  f"For the noisy-labels project: {T('2103.13646')} https://openreview.net/forum?id={OR('2103.13646')}\n"
  f"Also {T('2010.08515')} came up in tutorial - is that examinable?"),
]
assert all(POST < d for _, d, _ in COMM) and [d for _, d, _ in COMM] == sorted(d for _, d, _ in COMM)
out = ["COMP 409 Machine Learning - Te Whare Ako", "Class blog for COMP 409, semester one 2026", "",
       "Home   About   Readings   Assessment   Contact", "", TITLE, "",
       f"Posted on {POST.day} {MON[POST.month - 1]} {POST.year} by Rachel Whitcombe", "",
       "Kia ora koutou,", "",
       "This week we leave labels behind. Start with the SimCLR paper,",
       f"{T('2002.05709')} (https://arxiv.org/abs/2002.05709), then",
       f"{T('2011.10566')}, which shows you do not even need negative pairs.",
       f"For Thursday's tutorial read {T('2304.07193')} - https://arxiv.org/pdf/2304.07193v2 - the big one from Meta.", "",
       f"Before you get too excited, {T('2004.07780')} is a good reality check, and",
       f"{T('2103.14586')} <http://arxiv.org/abs/2103.14586> looks at what ViTs actually rely on.", "",
       "Code: we use the lightly library in the labs. Amit Chaudhary's post \"The Illustrated SimCLR Framework\" is a",
       "friendly explainer (a blog post, not a reading). The ImageNet subset is on the lab drive.", "",
       "Ngā mihi, Rachel", "",
       "Categories: Readings, Week 3  |  Tags: self-supervised, SSL", "",
       f"{len(COMM)} thoughts on \u201c{TITLE}\u201d", ""]
for n, d, t in COMM:
    out += [f"{n} says:", fmt(d), *t.split("\n"), "Reply", ""]
out += ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "",
        "Proudly powered by WordPress | Edublogs", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
