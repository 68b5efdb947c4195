#!/usr/bin/env python3
"""2026 (negative): the HTML page of an invented research newsletter of the University of Liberia (Monrovia): English
with Liberian Kolokwa lines. Only software, books, data sets, talks and blog posts; the builder refuses any catalogue
title and anything arXiv-shaped (catalogue.write(…, negative=True)). Computed: html.escape, the table of contents =
the section ids (asserted unique)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2026)
E = html.escape
SEC = [
 ("tools", "Tools we used this term", [
  ('<a href="https://github.com/ggerganov/llama.cpp">llama.cpp</a>', "runs small language models on the lab's old laptops."),
  ('<a href="https://www.tensorflow.org/lite">TensorFlow Lite</a>', "for the Kpelle keyboard prediction demo."),
  ('<a href="https://label-studio.example.lr/">Label Studio (our instance)</a>', "annotation tool, now open to all departments.")]),
 ("books", "Books in the library", [
  ("<em>Deep Learning with Python</em> (François Chollet), 2nd ed.", "two copies, main library, 3-day loan."),
  ("<em>Speech and Language Processing</em> (Jurafsky &amp; Martin)", "draft chapters printed for the seminar.")]),
 ("data", "Data sets", [
  ('<a href="https://data.example.lr/liberian-english-radio">Liberian English radio transcripts</a>', "40 hours, collected with ELBC volunteers."),
  ("Common Voice (Mozilla)", "we are recording Bassa sentences; join on Fridays.")]),
 ("talks", "Talks and posts", [
  ("Talk: “Teaching machines Kolokwa” – Dr. Comfort Kollie, 12 March 2026, Fendall campus", "slides on request."),
  ('Blog post: <a href="https://blog.example.lr/ai-in-monrovia">“Why AI in Monrovia needs local data”</a>', "by Emmanuel Toe.")]),
]
ids = [s for s, _, _ in SEC]
assert len(set(ids)) == len(ids)
out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
       '<title>Research Bulletin No. 4 – University of Liberia</title>',
       '<link rel="stylesheet" href="/assets/bulletin.css">', '</head>', '<body>',
       '<header><p><a href="/">University of Liberia</a> › <a href="/research">Research</a> › Bulletin</p></header>',
       '<main>', '<h1>Research Bulletin No. 4</h1>', '<p class="date">February 2026</p>',
       "<p>Hello my people! How da body? This term's bulletin is all about tools and data, no reading list this time.</p>",
       '<nav><ul>']
out += [f'<li><a href="#{s}">{E(h)}</a></li>' for s, h, _ in SEC] + ['</ul></nav>']
for s, h, items in SEC:
    out += [f'<section id="{s}">', f'<h2>{E(h)}</h2>', '<ul>'] + [f'<li>{a} – {E(b)}</li>' for a, b in items] + ['</ul>', '</section>']
out += ['</main>', '<footer><p>Office of Research, University of Liberia, Capitol Hill, Monrovia · '
        '<a href="mailto:research.bulletin@ul.example.lr">research.bulletin@ul.example.lr</a></p></footer>', '</body>', '</html>']
write(F, "\n".join(out) + "\n", negative=True)
