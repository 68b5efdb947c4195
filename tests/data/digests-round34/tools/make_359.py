#!/usr/bin/env python3
"""359: a course web page (static HTML as a Jekyll course template renders it) for a graduate seminar on
self-supervised learning: site navigation, course info, a weekly schedule table Week / Date / Topic / Readings /
Due, readings as "Required:" and "Optional:" lists with author lists before the titles, titles in <em>, links as
"[arXiv]" / "[pdf]" / "[OpenReview]" after the title, lecture slides and recordings, a textbook chapter, grading
and policy sections, the footer. Papers: arXiv abs/pdf links (link), OpenReview forum/pdf links (link), an
"arXiv:ID" in the text (arxiv-text), readings with no link (title-only). The textbook, slides, recordings,
Gradescope, Ed Discussion, the Colab notebooks and the project handouts are not papers."""
import os, sys, html
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F359, keys


def who(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (", et al." if len(a) > n else "")


def rd(k, links=(), tail=""):
    ls = " ".join(f'<a href="{u}">[{lab}]</a>' for lab, u in links)
    w = html.escape(who(k)).rstrip(".")
    return f'<li>{w}. <em>{html.escape(T(k))}</em>{tail}. {ls}</li>'.replace(". </li>", ".</li>")


# weeks: (topic, required, optional, due)
W = [
 ("Introduction; why labels are the bottleneck",
  ['<li>Murphy, <em>Probabilistic Machine Learning: Advanced Topics</em>, ch. 32 (book; on reserve).</li>'], [], ""),
 ("Contrastive predictive coding and InfoNCE",
  [rd("1807.03748", [("arXiv", "https://arxiv.org/abs/1807.03748")], ", 2018")], [], "Quiz 1"),
 ("Momentum encoders and memory queues",
  [rd("1911.05722", [("pdf", "https://arxiv.org/pdf/1911.05722.pdf")], ", CVPR 2020")],
  [rd("2006.05576", [("OpenReview", "https://openreview.net/forum?id=-bdp_8Itjwp")], ", ICLR 2021")], ""),
 ("Using labels contrastively",
  [rd("2004.11362", (), ", NeurIPS 2020")],
  [rd("2103.13646", [("OpenReview", "https://openreview.net/pdf?id=uB5x7Y2qsFR")], ", WACV 2022")], "HW1"),
 ("Negative-free methods I: BYOL and SimSiam",
  [rd("2006.07733", [("arXiv", "https://arxiv.org/abs/2006.07733v3")], " (BYOL), NeurIPS 2020"),
   rd("2011.10566", (), ", CVPR 2021")], [], ""),
 ("Negative-free methods II: redundancy reduction",
  [f'<li>{html.escape(who("2103.03230")).rstrip(".")}. <em>{T("2103.03230")}</em>, ICML 2021 (arXiv:2103.03230).</li>'], [], "Project proposal"),
 ("Spring break — no class", [], [], ""),
 ("Self-distillation with ViTs",
  [rd("2104.14294", (), ", ICCV 2021")], [], "Quiz 2"),
 ("Masked image modeling",
  [rd("2111.06377", [("arXiv", "https://arxiv.org/abs/2111.06377")], ", CVPR 2022"),
   rd("2106.08254", (), ", ICLR 2022")], [], "HW2"),
 ("Project presentations", [], [], "Final report"),
]
START = date(2024, 1, 16)  # a Tuesday; one meeting per week on Tuesdays
rows = []
for i, (topic, req, opt, due) in enumerate(W):
    d = START + timedelta(weeks=i)
    cell = ""
    if req: cell += '<p class="lbl">Required:</p>\n<ul>\n' + "\n".join(req) + "\n</ul>\n"
    if opt: cell += '<p class="lbl">Optional:</p>\n<ul>\n' + "\n".join(opt) + "\n</ul>\n"
    extra = "" if "no class" in topic or "presentations" in topic else f' <a class="slides" href="/comp6432/slides/w{i + 1:02d}.pdf">slides</a> · <a class="rec" href="https://lakemont.example.edu/panopto/comp6432-w{i + 1:02d}">recording</a>'
    rows.append(f'<tr id="week-{i + 1}">\n<td>{i + 1}</td>\n<td><time datetime="{d.isoformat()}">{d.strftime("%a %b")} {d.day}</time></td>\n'
                f'<td>{html.escape(topic)}{extra}</td>\n<td>\n{cell}</td>\n<td>{html.escape(due)}</td>\n</tr>')

text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Schedule | COMP 6432: Self-Supervised Representation Learning (Spring 2024)</title>
<link rel="stylesheet" href="/comp6432/assets/css/just-the-docs-default.css">
</head>
<body>
<nav class="site-nav">
<a class="site-title" href="/comp6432/">COMP 6432</a>
<ul class="nav-list">
<li><a href="/comp6432/">Home</a></li>
<li><a href="/comp6432/syllabus/">Syllabus</a></li>
<li><a class="active" href="/comp6432/schedule/">Schedule</a></li>
<li><a href="/comp6432/projects/">Projects</a></li>
<li><a href="https://edstem.example.org/courses/51873">Ed Discussion</a></li>
<li><a href="https://gradescope.example.com/courses/702214">Gradescope</a></li>
</ul>
</nav>
<main>
<h1>Schedule</h1>
<p class="meta">Tuesdays 2:00–4:45 pm, Hale Hall 310 · Instructor: Prof. Ines Carvalho · TA: Wen-Hao Liu · Office hours: Thu 10–11 am (Hale 402)</p>
<div class="callout">Readings are due <strong>before</strong> the class they are listed under. Each week, post a 200-word response on Ed by Monday 11:59 pm. Colab notebooks for the homework are linked from <a href="/comp6432/projects/">Projects</a>.</div>
<table class="schedule">
<thead>
<tr><th>Week</th><th>Date</th><th>Topic</th><th>Readings</th><th>Due</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2 id="grading">Grading</h2>
<ul>
<li>Weekly responses: 15%</li>
<li>Quizzes (2): 10%</li>
<li>Homework (2): 30%</li>
<li>Project (proposal 5%, presentation 10%, report 30%): 45%</li>
</ul>
<h2 id="policies">Policies</h2>
<p>Late days: 4 in total, at most 2 per assignment. Generative AI tools may be used for code but not for the weekly responses; see the <a href="/comp6432/syllabus/#ai-policy">AI policy</a>.</p>
</main>
<footer class="site-footer">
<p>© 2024 Department of Computer Science, Lakemont University · <a href="https://lakemont.example.edu/accessibility">Accessibility</a> · Page last updated Jan 29, 2024.</p>
<p>This site uses <a href="https://just-the-docs.example.io/">Just the Docs</a>, a documentation theme for Jekyll.</p>
</footer>
</body>
</html>
"""
write_only(F359, text, keys(F359), forms=[html.unescape(text)])
