#!/usr/bin/env python3
"""365: a Hacker News "Ask HN" thread selected in the browser and pasted as text: the orange bar's links (new | past
| comments | ask | show | jobs | submit, login), the story line "N points by user T ago | hide | past | favorite |
M comments", the self-post text, comments as "user T ago | parent | next [–]" heads (indentation lost in the copy),
each followed by "reply", a "[dead]" comment, a "[flagged]" one, a collapsed "[3 more]", the footer (Guidelines |
FAQ | Lists | API | Security | Legal | Apply to YC | Contact, Search:). Papers: arxiv.org abs links as HN prints them
(link), "arXiv 2105.05233" typed in a comment (arxiv-text), titles in quotes, in sentence case and in a numbered
list without links (title-only). The Deep Learning book, courses, lecture videos, blog posts, Karpathy's videos,
the Distill articles and the submitter's Anki deck are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F365, keys, BACKPROP, LENET, ALEXNET, LSTM, DBN, GLOROT, CTC

C = [  # (user, age, relation, text)
 ("kvdm", "6 hours ago", "next", f"""My canon, in order:

1. Rumelhart, Hinton, Williams (1986), "{BACKPROP}". Three pages in Nature. Read it just to see how little notation you need.
2. LeCun et al. (1998), "{LENET}". Long, but sections II and III are the whole CNN story.
3. Hochreiter & Schmidhuber (1997), "{LSTM}". Honestly the gating explanation in later tutorials is clearer, but the paper explains *why* (constant error carousel).
4. Krizhevsky, Sutskever, Hinton (2012), "{ALEXNET}".

Everything after that is footnotes ;)"""),
 ("pbarrow", "5 hours ago", "parent | next", f"""I'd add {DBN} (Hinton, Osindero, Teh 2006) as the historical bridge: it's why people believed deep nets could be trained at all before ReLUs and good init. And for the init part, Glorot & Bengio, "{GLOROT.lower()}" (AISTATS 2010) is short and still explains half the bugs I see in junior code."""),
 ("kvdm", "5 hours ago", "root | parent | next", """Fair. I left DBNs out because nobody uses them, but you're right that the story doesn't make sense without them."""),
 ("anon_sgd", "5 hours ago", "prev | next", """Counterpoint: reading 1980s papers is cosplay. Do the fast.ai course and Karpathy's "Neural Networks: Zero to Hero" videos, then read whatever your job needs."""),
 ("lmnop_q", "4 hours ago", "parent | next", """Both. The course teaches you to do it, the papers teach you why the defaults are what they are. Nobody learns why Adam needs decoupled weight decay from a video."""),
 ("rohitv", "4 hours ago", "parent | next", """Speaking of which: https://arxiv.org/abs/1711.05101 ("Decoupled Weight Decay Regularization", Loshchilov & Hutter). Short, and it explains why AdamW exists."""),
 ("mjelle", "4 hours ago", "prev | next", f"""For generative models there's a clean 3-paper arc:

- Goodfellow et al. 2014, Generative Adversarial Networks: https://arxiv.org/abs/1406.2661
- Sohl-Dickstein et al. 2015, Deep Unsupervised Learning using Nonequilibrium Thermodynamics: https://arxiv.org/abs/1503.03585 (the diffusion paper nobody read until 2020)
- Dhariwal & Nichol, "Diffusion Models Beat GANs on Image Synthesis" (arXiv 2105.05233), which closes the loop

Not pre-2015 for the last one but it makes the first two click."""),
 ("tensorwren", "3 hours ago", "parent | next", """OP here, this is great, adding all three. My Anki deck (~400 cards) is on my site if anyone wants it, will update it tonight."""),
 ("speechnerd", "3 hours ago", "prev | next", f"""Nobody mentioned speech. Graves et al. 2006, "{CTC}", is the reason your phone's dictation worked in 2015. Also the only paper on this list where the title is longer than the abstract summary you'd write for it."""),
 ("xq", "2 hours ago", "prev | next", "[dead]"),
 ("throwaway88812", "2 hours ago", "prev | next", "[flagged]"),
 ("gdgd", "1 hour ago", "prev", """Not a paper, but the Deep Learning book (Goodfellow, Bengio, Courville) chapters 6-9 plus the Distill articles cover most of this at a gentler pace. The NIPS 2016 tutorial video is also good."""),
]
body = []
for u, age, rel, t in C:
    body.append(f"{u} {age} | {rel} [–]\n\n{t}\n\nreply")

text = f"""Hacker News new | past | comments | ask | show | jobs | submit	login

Ask HN: Which deep learning papers from before ~2015 are still worth reading?
287 points by tensorwren 7 hours ago | hide | past | favorite | 146 comments

I'm a backend engineer moving into an ML team. I've done the courses and can train things, but I feel like I'm missing the "why" behind a lot of defaults. Which old papers are actually worth the time, and which are just historically important? Bonus points for ones that are short.

{chr(10).join(b + chr(10) for b in body)}
[3 more]


Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact

Search:
"""
write_only(F365, text, keys(F365))
