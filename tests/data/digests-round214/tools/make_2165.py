#!/usr/bin/env python3
"""2165: a Medium post with responses by an invented student of LUANAR (Lilongwe University of Agriculture and
Natural Resources), copied from the browser as text (as remembered: «Open in app», «Sign up / Sign in», «Write»,
title, subtitle, author with «Follow», «n min read · Mon d, yyyy», the clap and response counts, «Listen · Share»,
the body, tags, «Written by …», «Responses (n)», each response with its name, date and «Reply», the footer links).
English with Chichewa. Computed: the reading time from the body's word count (265 words a minute, rounded up), the
response count (asserted)."""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2165)
BODY = [
 "When our AgriNLP club at Bunda started, nobody had read a transformer paper. Here is the reading list we used over "
 "eight weeks, in the order that worked for us. Tiyeni tiyambe (let's start).", "",
 "1. The foundation", "",
 f"{T('1706.03762')} — https://arxiv.org/abs/1706.03762. Read it twice; the second time draw the attention matrix by hand.", "",
 "2. Pretraining", "",
 f"{T('1810.04805')} (https://arxiv.org/pdf/1810.04805v2). Then {T('2003.10555')} (arXiv:2003.10555) — "
 "replaced-token detection is cheaper, which matters on a single T4.", "",
 "3. Retrieval and entities", "",
 f"We found {T('2010.00904')} by Cao et al. surprisingly readable: it generates entity names instead of classifying.", "",
 "4. Vision and language", "",
 f"[{T('2301.12597')}](https://arxiv.org/abs/2301.12597) — we used it to caption maize-leaf photos from Chitedze.",
 f"A quieter one: {T('2103.14146')}, for before/after field images.", "",
 "5. Beyond text", "",
 f"For the graph people: {T('2106.05234')} (Ying et al., NeurIPS 2021). Graphormer says no.", "",
 "6. Looking inside", "",
 f"Finally, {T('2103.14625')} — an interactive tool paper; we ran the demo on our Chichewa BERT.", "",
 "Not papers, but we leaned on them: Jay Alammar's blog post «The Illustrated Transformer», the Hugging Face course, "
 "and the book «Natural Language Processing with Transformers». Zikomo kwambiri to everyone who came!",
]
RESP = [("Chikondi Banda", "Mar 18, 2026", "This is great. Did you also try the Masakhane datasets for Chichewa?", 4),
        ("Tawonga Nyirenda", "Mar 19, 2026", "The Graphormer section could use more detail. Ndithu, nice list.", 2),
        ("Mphatso Kalua", "Mar 22, 2026", "Bookmarked for our Zomba group, zikomo!", 1)]
words = sum(len(l.split()) for l in BODY)
mins = math.ceil(words / 265)
out = ["Open in app", "", "Sign up", "", "Sign in", "", "Medium", "Write", "", "Sign up", "", "Sign in", "",
       "Eight Weeks of Transformers at Bunda: Our Reading List", "",
       "What a student club at LUANAR read, in order, with links", "",
       "Yamikani Phiri", "Follow", "", f"{mins} min read", "·", "Mar 16, 2026", "", "214", "", str(len(RESP)), "",
       "Listen", "", "Share", ""] + BODY + ["", "Machine Learning", "NLP", "Malawi", "Reading List", "", "214", "",
       str(len(RESP)), "", "Written by Yamikani Phiri", "", "38 Followers", "",
       "MSc student, LUANAR. Agricultural NLP in Chichewa.", "", "Follow", "", f"Responses ({len(RESP)})", "",
       "What are your thoughts?", ""]
for name, date, txt, claps in RESP:
    out += [name, "", date, "", txt, "", str(claps), "", "Reply", ""]
assert sum(1 for l in out if l == "Reply") == len(RESP)
out += ["Help", "", "Status", "", "About", "", "Careers", "", "Press", "", "Blog", "", "Privacy", "", "Terms", "",
        "Text to speech", "", "Teams"]
write_only(F, "\n".join(out) + "\n", keys(F))
