#!/usr/bin/env python3
"""2126 (negative): the web version of an issue of an invented newsletter of a student group at University College
Cork, published with beehiiv, copied as text from the browser: the publication header («Subscribe», «Login»), post
title and subtitle, author and date line, «n min read», sections with headings, a sponsor box, «Share», the
subscribe box and beehiiv's footer («Powered by beehiiv», «Terms of Service», «Privacy Policy»). It names only
software releases, books, data sets, talks, courses and blog posts — some titled like papers — and no paper. English.
The newsletter, people and texts are invented. Computed: the reading time from the word count (200 words a minute),
the issue number from the first issue's date (fortnightly; asserted). The builder refuses any catalogue title and
anything arXiv-shaped."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2126)
FIRST = dt.date(2025, 9, 18)
DATE = dt.date(2026, 3, 5)
assert (DATE - FIRST).days % 14 == 0
ISSUE = (DATE - FIRST).days // 14 + 1
SECTIONS = [
 ("🛠 Releases", [
  "PyTorch shipped a new minor release with faster compile times; the release notes are worth ten minutes.",
  "Hugging Face Transformers added a handful of new model classes — check the changelog before you upgrade the "
  "lab cluster.",
  "scikit-learn's latest release finally makes HistGradientBoosting handle categorical features by default.",
 ]),
 ("📚 Books on the shelf", [
  "«Understanding Deep Learning» by Simon J. D. Prince (MIT Press) — the free PDF is excellent; chapter 12 on "
  "transformers is our pick of the fortnight.",
  "«Designing Machine Learning Systems» by Chip Huyen (O'Reilly) — two copies in the Boole Library.",
  "«Probabilistic Machine Learning: An Introduction» by Kevin Murphy — the book, not a paper, despite the title.",
 ]),
 ("📊 Data", [
  "Met Éireann's historical weather data — hourly station records, free to download, good for forecasting projects.",
  "The Irish-language speech set our society is recording at the Western Road campus: 41 volunteers so far.",
 ]),
 ("🎤 Talks and courses", [
  "Dr. Orla Buckley, «Why your model works in Cork and fails in Kerry» — recording on the department's YouTube "
  "channel (45 min).",
  "Andrej Karpathy's «Neural Networks: Zero to Hero» video course, which three of us are working through on "
  "Wednesday evenings.",
 ]),
 ("✍️ Blog posts we liked", [
  "«Attention, Explained Slowly» — a blog post by a former committee member, with hand-drawn diagrams.",
  "«A Survey of Everything I Got Wrong About Fine-Tuning» — a blog post, not a survey paper, and very funny.",
  "Jay Alammar's «The Illustrated GPT-2» (blog post).",
 ]),
]
body_words = sum(len(p.split()) for _, ps in SECTIONS for p in ps)
minutes = max(1, round(body_words / 200))
out = ["The Quad Tensor", "Subscribe", "Login", "", f"Issue #{ISSUE}: releases, books and a rainy data set",
       "No papers this time — the committee is on exam duty, so here is everything else.", "",
       "Cillian O'Sullivan", f"{DATE:%B} {DATE.day}, {DATE.year}", "", f"{minutes} min read", "",
       "Dia daoibh, and welcome back to The Quad Tensor, the fortnightly newsletter of the UCC Data Science "
       "Society. Reply to this email if you want your project in the next issue.", ""]
for h, ps in SECTIONS:
    out += [h, ""]
    for p in ps: out += [p, ""]
out += ["SPONSORED", "Cork Tech Jobs Board — graduate roles in Cork and Limerick, updated every Monday.", "",
        "Share", "", "Subscribe to The Quad Tensor", "Join 612 students and staff reading it every other Thursday.",
        "Enter your email", "Subscribe", "", "Home", "Posts", "", "© 2026 The Quad Tensor.", "Powered by beehiiv",
        "Terms of Service", "Privacy Policy"]
write(F, "\n".join(out) + "\n", negative=True)
