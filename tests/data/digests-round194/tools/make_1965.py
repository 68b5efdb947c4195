#!/usr/bin/env python3
"""1965: a post with three comments on an invented course blog hosted on UBC Blogs (the University of British Columbia's
WordPress network; the theme chrome as remembered from WordPress themes in general), copied from the browser: Canadian
English with French. The course, the people and the dates are invented; the solo-learn library, ImageNet, the
Lightly blog and a CVPR tutorial recording appear as what they are. Computed: the comment count, the comment times
after the post and in order (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1965)
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
TITLE = "Week 6: what do self-supervised features actually learn?"
POST = dt.datetime(2026, 2, 13)
BODY = [
 "This week we move from contrastive methods to masked modelling. Required:",
 "",
 f"- {T('2002.05709')} (https://arxiv.org/abs/2002.05709)",
 f"- {T('1911.05722')} - https://arxiv.org/pdf/1911.05722v3 -",
 f"- {T('2111.06377')} <http://arxiv.org/abs/2111.06377>",
 "",
 f"Optional background: {T('1807.03748')}, which is where the InfoNCE loss comes from, and",
 f"{T('2006.05576')} if you like the information-theory view.",
 "",
 "For the lab we use the solo-learn library and a 100-class subset of ImageNet. The Lightly blog has a nice",
 "visual explainer (a blog post, so don't cite it as a paper in your report).",
]
COMMENTS = [
 ("Émilie Tremblay", dt.datetime(2026, 2, 13, 18, 22),
  f"Merci pour la liste ! For my project on noisy labels I am reading {T('2103.13646')}\n"
  f"https://openreview.net/forum?id={OR('2103.13646')} - is that in scope?"),
 ("Prof. Harjit Sandhu", dt.datetime(2026, 2, 14, 9, 5),
  f"Yes, Émilie, very much in scope. Also read {T('2004.07780')} before you interpret what the features pick up."),
 ("Jonah W.", dt.datetime(2026, 2, 15, 21, 47),
  f"Anyone tried the newer features? {T('2304.07193')} (arXiv:2304.07193) worked out of the box for our\n"
  "satellite images. The CVPR tutorial recording on SSL is also worth an hour."),
]
t = [c[1] for c in COMMENTS]
assert t == sorted(t) and t[0] > POST
fmt = lambda d: f"{EN_M[d.month - 1]} {d.day}, {d.year} at {(d.hour - 1) % 12 + 1}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
L = ["UBC Blogs", "", "CPSC 549Q: Learning Without Labels", "A course blog - University of British Columbia", "",
     "Home   Syllabus   Readings   Projects   About", "", TITLE, "",
     f"Posted on {EN_M[POST.month - 1]} {POST.day}, {POST.year} by Harjit Sandhu", "", *BODY, "",
     "Posted in Readings | Tagged self-supervised, week 6", "",
     f"{len(COMMENTS)} Responses to \u201c{TITLE}\u201d", ""]
for n, d, txt in COMMENTS:
    L += [f"{n} says:", fmt(d), *txt.split("\n"), "Reply", ""]
L += ["Leave a Reply", "You must be logged in to post a comment.", "",
      "Spam prevention powered by Akismet", "UBC Blogs | Powered by WordPress | Log in", ""]
text = "\n".join(L)
write_only(F, text, keys(F))
