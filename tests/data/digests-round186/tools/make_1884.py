#!/usr/bin/env python3
"""1884: a thread of discourse.julialang.org (the Julia language's Discourse forum, category «Machine Learning»), copied
from the browser (English): the title, the category and tags, the posts «username / date / text / n likes» with quotes
«username:» … from an earlier post, the «Solution» mark on one reply, and the topic summary «created / last reply /
replies / views / users / likes / links». The users, dates, figures and the thread are invented; Flux.jl,
Metalhead.jl, ObjectDetector.jl and the Julia Academy course appear as what they are. Computed: the summary (replies =
posts − 1, users = distinct authors, likes = their sum, links = the distinct URLs in the posts, the first and last
dates; asserted), the quotes from an earlier post of the user quoted (asserted), the dates not decreasing (asserted)."""
import datetime as dt, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1884)
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
D = dt.date


def dd(d): return f"{MO[d.month - 1]} {d.day}, {d.year}"


CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
POSTS = [  # user, date, quote (user, text) or None, text, likes, solution
    ("lindqvist_e", D(2026, 2, 16), None,
     "I'm porting a small detection pipeline from PyTorch to Flux.jl and want to know which papers the usual tricks come from.\n"
     "So far I use Metalhead.jl backbones and a plain anchor-based head. Two questions:\n"
     "1. Is it worth implementing deformable attention in pure Julia?\n"
     "2. What augmentations do people use for instance masks?", 3, False),
    ("mbaptiste", D(2026, 2, 16), ("lindqvist_e", "Is it worth implementing deformable attention in pure Julia?"),
     f"Yes, if you need DETR-style training to converge in reasonable time. The reference is {T('2010.04159')}:\n"
     "https://arxiv.org/abs/2010.04159\n"
     "The sampling step is just a bilinear gather, which NNlib already has.", 6, True),
    ("kowalczyk.t", D(2026, 2, 17), None,
     f"For masks: {T('2012.07177')} (https://arxiv.org/pdf/2012.07177v2). It is embarrassingly simple to do in Julia with views.\n"
     f"And if you want learned regularisation instead of hand-made augmentations, {T('2101.01761')} is a fun read.", 4, False),
    ("lindqvist_e", D(2026, 2, 18), None,
     "Thanks both! Next step is matching between two views of the same scene. Anything transformer-based that is not huge?", 1, False),
    ("mbaptiste", D(2026, 2, 18), ("lindqvist_e", "Next step is matching between two views of the same scene."),
     f"{T('2103.14167')} (arXiv:2103.14167) is the one I know. If the goal is to describe what changed between two images, "
     f"{T('2103.14146')} is closer.", 3, False),
    ("sequence_sam", D(2026, 2, 20), None,
     "Slightly off-topic, but this thread is the best reading list on here. For the OCR part of our pipeline we went back to "
     f"{CTC}, and for the decoder side to {T('1409.3215')}.\n"
     f"Captioning the detections works surprisingly well with {T('2301.12597')} <https://arxiv.org/abs/2301.12597>, called from Python via PythonCall.\n"
     "The Julia Academy course on Flux is still a good start for newcomers.", 5, False),
]
assert [p[1] for p in POSTS] == sorted(p[1] for p in POSTS)
for i, p in enumerate(POSTS):
    if p[2]: assert any(q[0] == p[2][0] and p[2][1] in q[3] for q in POSTS[:i])
TITLE = "Reading list for object detection and matching in Flux?"
out = [TITLE, "Machine Learning", "flux  computer-vision  papers", ""]
for u, d, q, text, likes, sol in POSTS:
    out += [u, dd(d)]
    if q: out += [f"{q[0]}:", q[1]]
    out += text.split("\n")
    if sol: out.append("Solution")
    out += [f"{likes} like" + ("s" if likes != 1 else ""), ""]
links = sorted(set(re.findall(r"https?://[^\s)>]+", "\n".join(p[3] for p in POSTS))))
out += ["created", dd(POSTS[0][1]), "last reply", dd(POSTS[-1][1]), "replies", str(len(POSTS) - 1), "views", "412",
        "users", str(len({p[0] for p in POSTS})), "likes", str(sum(p[4] for p in POSTS)), "links", str(len(links))]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
