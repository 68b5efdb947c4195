#!/usr/bin/env python3
"""2043: a thread of an invented Sierra Leonean tech forum («Salone Tech Forum», Freetown), copied from the browser
as text: Sierra Leonean English with Krio. Users, ranks, post counts, dates and the thread are invented. Computed: the
post numbers, the dates in order (asserted), the reply count, the «Discussion in … started by …» line from the first
post."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, GPT1
F = by_num(2043)
TITLE = "Scaling large language models – reading thread (who dey in?)"
POSTS = [
 ("mohamed_kamara", "Senior Member", 1204, "Feb 12, 2026", [
   "Kushe all. Some of us at Fourah Bay want to read the scaling papers properly before the hackathon.",
   "My starter list:",
   f"- {T(GPT1)} (Radford et al. 2018, the OpenAI report)",
   f"- {T('2005.14165')} — arXiv:2005.14165, the GPT-3 one",
   f"- {T('2302.13971')} https://arxiv.org/abs/2302.13971",
   "Add yours below."]),
 ("fatmata.sesay", "Member", 87, "Feb 12, 2026", [
   "Na fine list. For how dem actually train big models:",
   f"{T('1909.08053')}",
   "https://arxiv.org/pdf/1909.08053v4.pdf",
   f"and {T('2006.16668')} (http://arxiv.org/abs/2006.16668)"]),
 ("ibrahim_conteh", "Moderator", 3890, "Feb 13, 2026", [
   "Don't forget mixture of experts:",
   f"{T('1701.06538')} — https://openreview.net/forum?id={OR('1701.06538')}",
   f"Also {T('2205.01068')} if you want open weights + the logbook.",
   "The nanoGPT repo and Karpathy's YouTube video are good for hands-on, but they are not papers."]),
 ("aminata_k", "New Member", 4, "Feb 14, 2026", [
   f"How do we know the models are any good? {T('2009.03300')} (MMLU) is what everyone quotes.",
   "Tenki o!"]),
]
out = ["Salone Tech Forum", "Home   Forums   What's new   Members   Log in   Register",
       "Forums › Programming & Data › Machine Learning & AI", "", TITLE,
       f"Discussion in 'Machine Learning & AI' started by {POSTS[0][0]}, {POSTS[0][3]}. Replies: {len(POSTS) - 1}", ""]
prev = None
for i, (u, rank, n, d, body) in enumerate(POSTS, 1):
    dd = dt.datetime.strptime(d, "%b %d, %Y")
    assert prev is None or dd >= prev
    prev = dd
    out += [u, rank, f"Posts: {n}", f"{d}   #{i}", ""] + body + ["", "Like   Quote   Reply", ""]
out += ["You must log in or register to reply here.", "",
        "Share:   Facebook   X   WhatsApp   Email   Link",
        "Salone Tech Forum · Freetown, Sierra Leone · Terms and rules · Privacy policy"]
write_only(F, "\n".join(out) + "\n", keys(F))
