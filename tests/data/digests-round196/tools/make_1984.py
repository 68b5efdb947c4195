#!/usr/bin/env python3
"""1984: the HTML page of an issue of an invented research newsletter of the University of Seychelles (page chrome
imagined): English with Kreol Seselwa and a French line. Computed: the HTML escaping (html.escape), the table of
contents = the section ids (asserted unique), the issue number in title and h1."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(1984)
ISSUE = 4
e = html.escape
SECS = [
 ("agents", "Reading group: language agents", [
   f'<li><a href="https://arxiv.org/abs/2302.04761">{e(T("2302.04761"))}</a> — Schick et al., 2023.</li>',
   f'<li>{e(T("2303.11366"))} (<a href="https://arxiv.org/pdf/2303.11366v4">PDF</a>) — agents that keep a written memory of their mistakes.</li>',
   f'<li>{e(T("2310.06770"))} — <a href="https://openreview.net/forum?id=VTF8yNQM66">OpenReview</a>. Our students tried it on the campus timetable code!</li>',
   f'<li>{e(T("2310.11511"))} — for the retrieval fans; presented by Marie-Claire.</li>']),
 ("evaluation", "How do we evaluate? / Kouman nou evalye?", [
   f'<li>{e(T("2009.03300"))} — the benchmark everyone quotes.</li>',
   f'<li><a href="http://arxiv.org/abs/2306.05685">{e(T("2306.05685"))}</a>; the Chatbot Arena leaderboard itself is a website, not a paper.</li>',
   f'<li>{e(T("2206.14858"))} (arXiv:2206.14858) — maths word problems, useful for our teacher-training partners.</li>']),
 ("science", "Science corner", [
   f'<li>{e(T(AF2))} — Jumper et al., <i>Nature</i> 2021. Dr. Hoareau will discuss what it means for marine biology &amp; the Aldabra studies.</li>',
   '<li>Tool of the month: LangChain (software) — <a href="https://python.langchain.com/">docs</a>.</li>']),
 ("events", "Events / Levennman", [
   '<li>Seminar recording: «AI for small island states», Anse Royale campus, 12 February 2026 (video on the university channel).</li>',
   '<li>Contact: <a href="mailto:research.news@unisey.example.sc">research.news@unisey.example.sc</a></li>']),
]
ids = [s[0] for s in SECS]
assert len(set(ids)) == len(ids)
out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
       f"<title>UniSey Research Bulletin — Issue {ISSUE}</title>", '<link rel="stylesheet" href="/static/bulletin.css">',
       "</head>", "<body>", '<header><a href="https://www.unisey.ac.sc/">University of Seychelles</a> › Research › Bulletin</header>',
       f"<h1>UniSey Research Bulletin — Issue {ISSUE}</h1>", '<p class="date">February 2026</p>',
       "<p>Bonzour tou dimoun! This issue collects what the AI reading group read this term. "
       "<em>Bonne lecture à tous.</em></p>", '<nav><ul>']
out += [f'<li><a href="#{i}">{e(h)}</a></li>' for i, h, _ in SECS] + ["</ul></nav>"]
for i, h, items in SECS:
    out += [f'<section id="{i}">', f"<h2>{e(h)}</h2>", "<ul>"] + items + ["</ul>", "</section>"]
out += ["<footer><p>Mersi! — Research &amp; Innovation Office, Anse Royale, Mahé. Editor: Dr. Jean-Paul Hoareau.</p></footer>",
        "</body>", "</html>", ""]
text = "\n".join(out)
write_only(F, text, keys(F), forms=[html.unescape(text)])
