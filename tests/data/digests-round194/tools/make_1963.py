#!/usr/bin/env python3
"""1963: a thread in CodeRanch's «Artificial Intelligence and Machine Learning» forum copied from the browser (the page
chrome as imagined: ranks, «Posts: n», «posted n days ago», the cow-slice «thank-you» widget, the quote box): English.
The members, counts and ages are invented; the xFormers library, Hugging Face model pages, Java's Deep Java Library and
a conference talk appear as what they are. Computed: the ages (not increasing, asserted), each member's post count
once, the ranks from a fixed list (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1963)
RANKS = ["Greenhorn", "Ranch Hand", "Bartender", "Sheriff", "Marshal", "Saloon Keeper"]
AGE = ["4 days ago", "3 days ago", "2 days ago", "1 day ago"]
TITLE = "Which attention variant for very long log files?"
POSTS = [
 ("Dale Kowalczyk", "Greenhorn", 9, "4 days ago",
  "Howdy. We classify application log files (Java stack traces included) with a small transformer and the input is\n"
  "often 20k tokens. Full attention blows up. I found Longformer-style models on Hugging Face but I would like to\n"
  "understand the options before picking one. Any reading suggestions?"),
 ("Marguerite Oyelaran", "Bartender", 4121, "3 days ago",
  "Welcome to the Ranch, Dale!\n\nThree families to read about:\n"
  f"1. Sparse patterns: {T('2007.14062')} - https://arxiv.org/abs/2007.14062\n"
  f"2. Kernel approximations: {T('2009.14794')} (https://arxiv.org/pdf/2009.14794v4) and\n"
  f"   {T('2103.02143')}, https://openreview.net/forum?id={OR('2103.02143')}\n"
  f"3. Recurrence/memory: {T('2010.06891')} and {T('2002.09402')}\n\n"
  "The xFormers library has implementations of most of them, so you don't have to write CUDA."),
 ("Tomasz Brennan", "Ranch Hand", 388, "2 days ago",
  "Quote:\nMarguerite Oyelaran wrote:\nThree families to read about\n\n"
  f"I'd add {T('2307.08621')} https://arxiv.org/abs/2307.08621v2 - it trains like a transformer but runs like an RNN.\n"
  f"And if the model must be small, {T('2004.11886')} (arXiv:2004.11886) was designed for mobile."),
 ("Marguerite Oyelaran", "Bartender", 4121, "2 days ago",
  f"Good call. One more oddball that questions whether you need dot-product attention at all:\n{T('2005.00743')}."),
 ("Dale Kowalczyk", "Greenhorn", 9, "1 day ago",
  "Thanks both, have a cow! We run on the JVM so I will try the Deep Java Library first and read these over the weekend.\n"
  "There is also a talk from Devoxx about DJL on YouTube that helped."),
]
assert all(p[1] in RANKS for p in POSTS)
ag = [AGE.index(p[3]) for p in POSTS]
assert ag == sorted(ag)
cnt = {}
for p in POSTS: assert cnt.setdefault(p[0], p[2]) == p[2]
L = ["CodeRanch", "Forum:  Artificial Intelligence and Machine Learning", "",
     "Win a copy of \"Practical Java Performance\" this week in the Performance forum!", "",
     TITLE, ""]
for i, (n, r, c, a, t) in enumerate(POSTS):
    L += [n, r, f"Posts: {c}", "", f"posted {a}", "",
          *t.split("\n"), "",
          "Number of slices to send:", "Optional 'thank-you' note:", "Send", ""]
L += ["Post Reply   Bookmark Topic   Watch Topic   New Topic", "",
      "Boost this thread!", "Similar Threads", "Java NLP library recommendations", "Reading huge log files efficiently", ""]
text = "\n".join(L)
write_only(F, text, keys(F))
