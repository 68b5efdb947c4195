#!/usr/bin/env python3
"""2125: a post on an invented WordPress blog of a PhD student at the University of the Faroe Islands
(Fróðskaparsetur Føroya, Tórshavn) with its native WordPress comments, copied as text from the browser (a block theme
like Twenty Twenty-Four: site title and tagline, navigation, post title, date, «by» author, «in» category, content,
tags, previous / next links, «n responses to “title”», each comment «Name», «Month d, yyyy at h:mm am», text, «Reply»,
a threaded reply, the «Leave a Reply» form with its fixed strings, «Designed with WordPress»). English with Faroese
lines. The blog, people and texts are invented. Computed: comment dates after the post and in order (asserted), the
response count from the comments, «h:mm am/pm» from the times."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2125)
POST = dt.datetime(2026, 3, 8, 21, 14)
TITLE = "Machine learning for a small ocean nation: my spring reading list"


def when(d):
    return f"{d:%B} {d.day}, {d.year} at {int(d.strftime('%I'))}:{d:%M} {d.strftime('%p').lower()}"


PARAS = [
 "Góðan dag! Three months into the PhD, I promised my supervisor a reading list that is not only about "
 "language models. Here is what I have read for modelling the sea around the islands — currents in the fjords, "
 "waves at Nólsoy, and the fish farms that depend on both.",
 "Operators for PDEs",
 f"The paper that made me switch topics: {T('2010.08895')} (https://arxiv.org/pdf/2010.08895v3.pdf). Learning the "
 "solution operator rather than one solution is exactly what we need for tides that repeat with small changes.",
 f"Close behind it: {T('2010.03409')}, http://arxiv.org/abs/2010.03409 — MeshGraphNets handle the irregular "
 "coastline meshes that an FNO on a regular grid cannot.",
 "Graphs",
 f"For the graph side, {T('2106.05234')} — https://arxiv.org/abs/2106.05234 — the Graphormer paper. I read it for "
 "the spatial encodings; our stations form a very sparse graph.",
 "Outside my lane, but I could not put them down",
 f"Everyone in the department has an opinion on {ALPHAFOLD}, so I finally read the Nature paper end to end. The "
 "attention over pairs of residues is a good lesson for anyone working with pairs of buoys.",
 f"For the linear algebra reading group I presented {T('2010.00554')}: PCA as a game between players, which is "
 "a fun way to teach eigenvectors.",
 f"And one about reasoning: {T('2206.14858')} (Minerva, arXiv:2206.14858). Our students asked whether a model "
 "can do their fluid mechanics homework. Mostly no.",
 "Not papers, but on my desk: the PyTorch Geometric library, the ERA5 reanalysis data from Copernicus (data set), "
 "the online book «Physics-based Deep Learning», and Dr. Ragnhild Dam's talk «Havið og dátur» (video, 40 min).",
]
COMMENTS = [
 ("Jóannes Petersen", dt.datetime(2026, 3, 9, 8, 12), 0,
  "Takk fyri, Sigrid! For the fish farms you should look at federated training across the companies, since none "
  f"of them will share data. We used {T('2111.04263')} (https://arxiv.org/abs/2111.04263v2) in a project last year."),
 ("Sigrid Hansen", dt.datetime(2026, 3, 9, 10, 40), 1,
  "Good point — I will add FedDyn to the list. Do you have the code somewhere?"),
 ("Marta Olsen", dt.datetime(2026, 3, 11, 19, 3), 0,
  f"Hetta er áhugavert. If you like looking inside attention heads, try {T('2103.14625')}; the interactive "
  "views helped me explain transformers to my students in Klaksvík."),
]
prev = POST
for _, d, _, _ in COMMENTS:
    assert d > prev; prev = d
out = ["Skip to content", "Havið og modellini", "Notes on machine learning and the sea, from Tórshavn", "",
       "Home", "About", "Reading lists", "", TITLE, "", f"{POST:%B} {POST.day}, {POST.year}", "", "by Sigrid Hansen",
       "", "in PhD notes", ""]
for p in PARAS: out += [p, ""]
out += ["Tags: neural operators, reading list, Føroyar", "", "Previous: Setting up a GPU server in a cold country",
        "Next: No next post", "", f"{len(COMMENTS)} responses to “{TITLE}”", ""]
for who, d, lvl, txt in COMMENTS:
    pad = "    " * lvl
    out += [pad + who, pad + when(d), "", pad + txt, "", pad + "Reply", ""]
out += ["Leave a Reply Cancel reply", "",
        "Your email address will not be published. Required fields are marked *", "", "Comment *", "", "Name *",
        "", "Email *", "", "Website", "",
        "Save my name, email, and website in this browser for the next time I comment.", "", "Post Comment", "",
        "Havið og modellini", "Designed with WordPress"]
write_only(F, "\n".join(out) + "\n", keys(F))
