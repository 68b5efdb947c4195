#!/usr/bin/env python3
"""2205: a Blogger (Blogspot) post with comments by a lecturer at Hawassa University, copied from the browser as text
(as remembered: blog title and description, «Tuesday, April 14, 2026» date header, post title, body, «Posted by … at
h:mm PM», «No comments:» / «n comments:», «Labels: …», the share row, comments «Name said...» / text / «Month d, yyyy
at h:mm PM» / «Delete», «Reply», «Add comment», «Load more...», «Newer Post Older Post Home», «Subscribe to: Post
Comments (Atom)», «Powered by Blogger.»). English with Amharic.
Computed: the comment count = the comments (asserted), comment dates after the post (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2205)
POST = dt.datetime(2026, 4, 14, 21, 5)


def ts(x):
    return f"{x:%B} {x.day}, {x.year} at {(x.hour - 1) % 12 + 1}:{x:%M} {'AM' if x.hour < 12 else 'PM'}"


BODY = [
 "ሰላም! (Selam!) This term our Thursday reading group in the Institute of Technology moves to machine learning for",
 "science. Here is the list, roughly in the order we will discuss it.", "",
 "Solving equations", "",
 f"{T('2010.08895')}",
 "https://arxiv.org/abs/2010.08895", "",
 f"{T('2010.03409')} — https://arxiv.org/pdf/2010.03409v4 (the DeepMind mesh paper; cloth and airfoils).", "",
 "Proteins and molecules", "",
 f"We start with {ALPHAFOLD} (Jumper et al., Nature 2021). For graphs in chemistry, read",
 f"{T('2106.05234')} (http://arxiv.org/abs/2106.05234), the Graphormer paper.", "",
 "Beyond one modality", "",
 f"{T('2301.12597')}, arXiv:2301.12597 — our colleagues in agriculture want to caption coffee-leaf images with it.",
 f"And for a broader view of generalist models, {T('2205.06175')}.", "",
 "Data never sits in one place: Sidama health centres cannot share records, so we also read",
 f"{T('2111.04263')}. The evaluation protocol of {T('2007.01434')} is a good reminder to test across sites.", "",
 "Not papers, but useful: the PyTorch Geometric docs, the book «Deep Learning for the Life Sciences», and the recording of",
 "the talk «AI for Ethiopian agriculture» from last year's workshop.",
]
COMMENTS = [
 ("Abebe Tesfaye", dt.datetime(2026, 4, 15, 8, 12),
  "Great list! Can we add a session on weather forecasting? The neural operator paper would fit there too."),
 ("Meron Alemu", dt.datetime(2026, 4, 15, 19, 40),
  "እናመሰግናለን! I will present the protein one. Is the room still the one next to the ICT centre?"),
 ("Dawit Bekele (blog author)", dt.datetime(2026, 4, 16, 7, 3),
  "@Meron yes, same room, 2:30 PM. @Abebe good idea — let us talk after the first session."),
]
assert all(c[1] > POST for c in COMMENTS)
out = ["Dawit's Notes on Computing", "Teaching and research notes from Hawassa, Sidama", "", "Home  About  Teaching", "",
       f"{POST:%A}, {POST:%B} {POST.day}, {POST.year}", "", "Reading group: machine learning for science (spring 2026)", ""]
out += BODY
out += ["", f"Posted by Dawit Bekele at {(POST.hour - 1) % 12 + 1}:{POST:%M} PM", "Email This", "BlogThis!", "Share to X",
        "Share to Facebook", "Share to Pinterest", "", "Labels: reading group, science, teaching", "",
        f"{len(COMMENTS)} comments:", ""]
for n, d, t in COMMENTS:
    out += [f"{n} said...", t, "", ts(d), "", "Delete", "Replies", "Reply", ""]
out += ["Add comment", "Load more...", "", "Newer Post Older Post Home", "", "Subscribe to: Post Comments (Atom)", "",
        "Simple theme. Powered by Blogger."]
write_only(F, "\n".join(out) + "\n", keys(F))
