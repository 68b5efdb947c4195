#!/usr/bin/env python3
"""1964: the HTML page of an issue of an invented department newsletter of the Royal University of Phnom Penh (the page
chrome and the stylesheet path are imagined): Khmer with English. The newsletter, its issue, the people, the seminar and
the addresses are invented; the Megatron-LM repository, the vLLM library, the SeaLLM model page and a seminar recording
appear as what they are. Computed: the HTML escaping (html.escape), the table of contents = the section ids (asserted),
the date in Khmer digits."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1964)
KD = "០១២៣៤៥៦៧៨៩"
km = lambda n: "".join(KD[int(c)] for c in str(n))
KM_M = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
ISSUE = 6
e = html.escape
a = lambda u, t: f'<a href="{e(u)}">{e(t)}</a>'
SECT = [
 ("reading", "ការអានប្រចាំខែ — Reading of the month", [
  f"<li>{a('https://arxiv.org/abs/1909.08053', T('1909.08053'))} — ការបណ្តុះបណ្តាលម៉ូដែលធំ &amp; model parallelism</li>",
  f"<li>{e(T('1701.06538'))} (<a href=\"https://openreview.net/forum?id={OR('1701.06538')}\">OpenReview</a>)</li>",
  f"<li>{e(T('2203.02155'))} (arXiv:2203.02155) — InstructGPT</li>",
  f"<li>{e(T('2307.03172'))} <a href=\"https://arxiv.org/pdf/2307.03172v3\">PDF</a></li>",
  f"<li>{a('http://arxiv.org/abs/2310.11511', T('2310.11511'))}</li>",
 ]),
 ("seminar", "សិក្ខាសាលា — Seminar", [
  f"<p>{e('Dr. Sokha Chan')} នឹងបង្ហាញអំពីការស្វែងរកព័ត៌មាន (retrieval): {e(T('2010.00904'))}. "
  f"និស្សិតជាន់ខ្ពស់ Vannak Heng នឹងនិយាយអំពី {e(T('2301.12597'))}.</p>",
  "<p>Room 305, STEM Building &amp; online. ការថតវីដេអូនឹងដាក់នៅលើ YouTube (not a paper).</p>",
 ]),
 ("theory", "ជ្រុងទ្រឹស្តី — Theory corner", [
  f"<p>{e(T('2010.08515'))} — ហេតុអ្វីបណ្តាញ convolution ត្រូវការទិន្នន័យតិច?</p>",
 ]),
 ("tools", "ឧបករណ៍ — Tools", [
  "<ul><li>vLLM — software for serving</li><li>Megatron-LM GitHub repository (code, not the paper)</li>"
  "<li>SeaLLM model page on Hugging Face (Khmer support)</li></ul>",
 ]),
]
ids = [s[0] for s in SECT]
assert len(set(ids)) == len(ids)
d, m, y = 5, 3, 2026
L = ["<!DOCTYPE html>", '<html lang="km">', "<head>", '<meta charset="utf-8">',
     f"<title>ព្រឹត្តិបត្រ ដេប៉ាតឺម៉ង់វិទ្យាសាស្ត្រកុំព្យូទ័រ — លេខ {km(ISSUE)} | RUPP</title>",
     '<link rel="stylesheet" href="https://www.rupp.edu.kh/assets/newsletter.css">', "</head>", "<body>",
     '<header><nav><a href="https://www.rupp.edu.kh/">RUPP</a> › <a href="https://www.rupp.edu.kh/fe/">Faculty of Engineering</a> › Newsletter</nav></header>',
     f"<h1>ព្រឹត្តិបត្រ ដេប៉ាតឺម៉ង់វិទ្យាសាស្ត្រកុំព្យូទ័រ — លេខ {km(ISSUE)}</h1>",
     f'<p class="date">ចុះផ្សាយថ្ងៃទី {km(d)} ខែ{KM_M[m - 1]} ឆ្នាំ{km(y)}</p>',
     "<p>សួស្តី និស្សិត និងបុគ្គលិកទាំងអស់! Welcome to this month's issue.</p>",
     '<ol class="toc">'] + [f'<li><a href="#{i}">{t}</a></li>' for i, t, _ in SECT] + ["</ol>"]
for i, t, body in SECT:
    L += [f'<section id="{i}">', f"<h2>{t}</h2>"]
    if i == "reading": L += ["<ul>", *body, "</ul>"]
    else: L += body
    L.append("</section>")
L += ['<footer><p>Department of Computer Science, RUPP — <a href="mailto:cs-news@rupp.example.edu.kh">cs-news@rupp.example.edu.kh</a></p></footer>',
      "</body>", "</html>", ""]
text = "\n".join(L)
write_only(F, text, keys(F), forms=[html.unescape(text)])
