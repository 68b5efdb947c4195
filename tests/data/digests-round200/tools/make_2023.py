#!/usr/bin/env python3
"""2023: a thread on the Elakiri Community forum (Sri Lanka; a XenForo-style layout as assumed), copied from the
browser: English with Sinhalese in Sinhala script and in Latin letters. The thread, the users and their counts are
invented. Computed: the post numbers #1..#n, the dates in order (asserted), the reply count."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2023)
TITLE = "LLM agents for coding – which papers to read first? (FYP help)"
POSTS = [
 ("kasun_dev", "Well-known member", 1204, "Feb 2, 2026", [
   "Machan, my final year project is an agent that fixes bugs in our uni's GitHub repos.",
   "Supervisor says read the papers first. Any list? ස්තූතියි!"]),
 ("nuwanpj", "Active member", 377, "Feb 2, 2026", [
   f"Start with the benchmark itself: {T('2310.06770')}",
   f"https://openreview.net/forum?id={OR('2310.06770')}",
   f"Then {T('2303.11366')} - https://arxiv.org/abs/2303.11366 (self-critique loop, easy to implement)"]),
 ("ThiliniW", "Member", 58, "Feb 3, 2026", [
   f"Tool use: {T('2302.04761')} https://arxiv.org/pdf/2302.04761v1.pdf",
   f"For retrieval with critique there is {T('2310.11511')} (arXiv 2310.11511), ගොඩක් හොඳයි.",
   "LangChain docs + the DeepLearning.AI short course on agents are fine for the hands-on side, not papers though."]),
 ("kasun_dev", "Well-known member", 1204, "Feb 3, 2026", [
   "Aiyo thanks all. What about the big generalist ones? Supervisor mentioned Gato."]),
 ("rusiru.s", "Member", 12, "Feb 4, 2026", [
   f"Gato is {T('2205.06175')} (DeepMind 2022). Also the Minecraft one, {T('2305.16291')}",
   "<https://arxiv.org/abs/2305.16291>",
   f"For evaluation chapters people cite {T('2206.04615')} and for maths {T('2206.14858')}.",
   "Good luck machan 👍"]),
]
prev = None
for p in POSTS:
    d = dt.datetime.strptime(p[3], "%b %d, %Y")
    assert prev is None or d >= prev
    prev = d
L = ["Elakiri Community", "Forums   What's new   Members   Log in   Register", "",
     "Forums › Computers & Internet › Programming & Web Development", "", TITLE,
     f"Thread starter {POSTS[0][0]} · Start date {POSTS[0][3]} · Replies {len(POSTS) - 1}", ""]
for i, (u, rank, msgs, d, body) in enumerate(POSTS, 1):
    L += [u, rank, f"Messages: {msgs}", f"{d}   #{i}", ""] + body + ["", "Reply", ""]
L += ["You must log in or register to reply here.", "",
      "Share:", "Facebook   X   WhatsApp   Link", "",
      "Community platform by XenForo® © 2010-2026 XenForo Ltd."]
write_only(F, "\n".join(L) + "\n", keys(F))
