#!/usr/bin/env python3
"""1924: the web page of an issue of an invented newsletter of a department of the University of Malta (English with
Maltese headings and greetings), HTML5: head with meta and title, the site header and breadcrumb, the issue's date,
sections (reading group, seminars, people, events), a footer with the University's address line; apostrophes and
ampersands as entities. The newsletter, the people, the seminar and the dates are invented; vLLM, llama.cpp, a book
and a talk appear as what they are. Computed: the table of contents anchors = the section ids (asserted), the HTML
escaping of the text (html.escape)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1924)
e = lambda s: html.escape(s, quote=False).replace("'", "&#39;")
A = lambda url, t: f'<a href="{url}">{e(t)}</a>'
SECT = [
 ("qari", "Il-Qari — Reading group", [
  f"This term&#39;s reading group (Tuesdays, 12:00, Room 214) is on long context &amp; efficient attention. The list, agreed at the first meeting:",
  "<ul>",
  f"<li>{A('https://openreview.net/forum?id=' + OR('2009.14794'), T('2009.14794'))} — the FAVOR+ paper, presented by Luke.</li>",
  f"<li>{A('https://arxiv.org/abs/2307.08691', T('2307.08691'))}</li>",
  f"<li>{e(T('2309.06180'))} (<a href=\"https://arxiv.org/pdf/2309.06180v1\">PDF</a>) — the vLLM paper; we will also try the vLLM server on the GPU node.</li>",
  f"<li>{A('http://arxiv.org/abs/2007.14062v2', T('2007.14062'))}</li>",
  f"<li>{e(T('2306.15595'))}, arXiv:2306.15595 (Chen et al., 2023)</li>",
  f"<li>{e(T('2302.10866'))}</li>", f"<li>{e(T('2307.08621'))}</li>", f"<li>{e(T('2103.02143'))} (ICLR 2021)</li>",
  "</ul>",
  "<p>Copies of the last three are in the shared folder. If you want to run something locally, llama.cpp is the easiest start — it&#39;s software, not on the list.</p>"]),
 ("seminars", "Seminars", [
  "<p>On 19 March Dr Nicola Camilleri will give the talk &ldquo;Long documents, short budgets: serving LLMs for Maltese&rdquo; (recording on the department&#39;s YouTube channel afterwards).</p>"]),
 ("nies", "In-Nies — People", [
  "<p>Merħba to our new PhD students, Maria Farrugia and Daniel Vella. Prosit to Elena Borg for her MSc distinction!</p>",
  "<p>Book tip from Prof. Grech: <em>Speech and Language Processing</em> by Jurafsky &amp; Martin (3rd ed. draft online).</p>"]),
 ("avvenimenti", "Avvenimenti — Events", [
  "<ul>", "<li>27 March: Open Day, Faculty of ICT</li>", "<li>10 April: Malta AI &amp; Blockchain Summit student poster session</li>", "</ul>"]),
]
toc = "\n".join(f'      <li><a href="#{i}">{h}</a></li>' for i, h, _ in SECT)
body = []
for i, h, ps in SECT:
    body += [f'    <section id="{i}">', f"      <h2>{h}</h2>"] + [("      " + (p if p.startswith("<") else f"<p>{p}</p>")) for p in ps] + ["    </section>"]
assert [x for x in __import__("re").findall(r'href="#(\w+)"', toc)] == [i for i, _, _ in SECT]
out = ["<!DOCTYPE html>", '<html lang="en-MT">', "<head>", '  <meta charset="utf-8">',
       '  <meta name="viewport" content="width=device-width, initial-scale=1">',
       "  <title>AI Dept Newsletter – Ħarġa 12, Marzu 2026 | L-Università ta&#39; Malta</title>", "</head>", "<body>",
       '  <header class="um-header">', '    <a class="um-logo" href="https://www.um.edu.mt/">L-Università ta&#39; Malta</a>',
       '    <nav class="breadcrumb"><a href="https://www.um.edu.mt/">Home</a> › <a href="https://www.um.edu.mt/ict/">Faculty of ICT</a> › Newsletter</nav>',
       "  </header>", "  <main>", "    <h1>AI Dept Newsletter — Ħarġa 12</h1>", '    <p class="date">Marzu 2026 · published 2 March 2026</p>',
       "    <p>Saħħa lil kulħadd! Here is what is happening in the department this month.</p>", "    <ul class=\"toc\">", toc, "    </ul>"] + body + [
       "  </main>", "  <footer>", "    <p>University of Malta, Msida MSD 2080, Malta · <a href=\"mailto:ai-newsletter@um.example.edu.mt\">ai-newsletter@um.example.edu.mt</a></p>",
       "    <p>To unsubscribe reply with &ldquo;Ħassarni&rdquo;.</p>", "  </footer>", "</body>", "</html>"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F), forms=[html.unescape(text)])
