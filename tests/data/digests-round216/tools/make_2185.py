#!/usr/bin/env python3
"""2185: a post on a Hugo blog (PaperMod theme) of a lecturer at Souphanouvong University (Luang Prabang) with giscus
comments (GitHub Discussions), copied from the browser as text (as remembered: the site name and menu, the breadcrumb
«Home » Posts», the title, «Month d, yyyy · n min · w words · Author», «Table of Contents», the body, the tags,
«« Prev  Next »», the share line, giscus' «n reactions», «n comments · n replies», «Oldest / Newest», comments «user
commented Mon d, yyyy», the «Write / Preview» box, «Sign in with GitHub», «Powered by giscus», the footer
«© 2026 … · Powered by Hugo & PaperMod»). English with Lao.
Computed: the word count of the body and the reading time (Hugo: ceil(words / 213); asserted), the comment and reply
counts (asserted), comment dates after the post (asserted)."""
import datetime as dt, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2185)
BODY = [
 "Why this list", "",
 "Our small group at the Faculty of Engineering reads one paper a week. This semester we mixed science, speech and "
 "long documents, because that is what our students actually work on: Mekong water levels, Lao speech and scanned "
 "ministry reports. ຂໍຂອບໃຈ to everyone who came.", "",
 "Science", "",
 f"- {T('2010.08895')} — https://arxiv.org/abs/2010.08895",
 f"- {T('2010.03409')} (https://arxiv.org/pdf/2010.03409v4)",
 f"- {T(ALPHAFOLD)} (Jumper et al., Nature 2021). We only read the main text; the supplement is 60 pages.", "",
 "Speech", "",
 f"- [{T('2106.07447')}](https://arxiv.org/abs/2106.07447) — our Lao ASR baseline starts from this.", "",
 "Multilingual text", "",
 f"- {T('1911.02116')}, arXiv:1911.02116. Lao is in the 100 languages, but with very little data.",
 f"- For comparison we re-read {T('1907.11692')}, which is English-only.", "",
 "Long documents", "",
 f"The ministry reports are long, so two readings: {T('2306.15595')}, and the warning in {T('2307.03172')}.", "",
 "Not papers", "",
 "We also used the Hugging Face audio course, the Common Voice Lao data, Jay Alammar's blog and the book "
 "«Speech and Language Processing». None of these is a paper, but all of them helped.",
]
words = sum(len(l.split()) for l in BODY)
mins = math.ceil(words / 213)
POST = dt.date(2026, 3, 28)
COMM = [("bounmy-s", dt.date(2026, 3, 29), "ຂອບໃຈຫຼາຍ! Could you share the slides for the HuBERT session?", [
         ("khamphone-v", dt.date(2026, 3, 30), "They are in the group drive, folder 2026-S1.")]),
        ("noy-phimmasone", dt.date(2026, 4, 2), "Did the position interpolation trick work for the scanned reports?", [])]
assert all(d > POST for _, d, _, r in COMM) and all(x[1] >= d for _, d, _, r in COMM for x in r)
nrep = sum(len(r) for *_, r in COMM)


def md(d):
    return f"{d:%b} {d.day}, {d.year}"


out = ["Khamphone's notes", "", "Posts", "Tags", "About", "", "Home » Posts", "",
       "A semester of reading: science, speech and long documents", "",
       f"{POST:%B} {POST.day}, {POST.year} · {mins} min · {words} words · Khamphone Vongsa", "",
       "Table of Contents", "", "Why this list", "Science", "Speech", "Multilingual text", "Long documents", "Not papers", ""] + BODY + [
       "", "reading-group", "machine-learning", "lao", "", "« Prev", "Hugo on a Raspberry Pi at home", "Next »",
       "Notes from the Vientiane data meetup", "", "Share on X  Share on LinkedIn  Share on Telegram", "",
       "3 reactions", "👍 2  🎉 1", "", f"{len(COMM)} comments · {nrep} replies", "Oldest  Newest", ""]
for u, d, txt, reps in COMM:
    out += [f"{u} commented {md(d)}", txt, ""]
    for ru, rd, rt in reps:
        out += [f"  {ru} replied {md(rd)}", "  " + rt, ""]
out += ["Write  Preview", "Sign in to comment", "Sign in with GitHub", "", "Powered by giscus", "",
        "© 2026 Khamphone's notes · Powered by Hugo & PaperMod"]
write_only(F, "\n".join(out) + "\n", keys(F))
