#!/usr/bin/env python3
"""2005: a post with three comments on an invented personal tech blog from Port Vila (Vanuatu), copied from the browser:
English with Bislama. Computed: the comment count, the comment dates after the post and in order (asserted), the
«Month d, yyyy at h:mm am/pm» forms."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(2005)
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def when(d): return f"{EN[d.month - 1]} {d.day}, {d.year} at {d.hour % 12 or 12}:{d:%M} {'am' if d.hour < 12 else 'pm'}"
POST = dt.datetime(2026, 2, 21, 16, 5)
TITLE = "Agents, benchmarks and science: wanem mi stap ridim naoia"
C = [
 ("Leimara Kalsakau", dt.datetime(2026, 2, 21, 19, 40), [
  f"Tankyu tumas! For the science side I would add {T('2010.08895')} (arXiv:2010.08895) — we tried it for cyclone rainfall fields."]),
 ("Jean-Baptiste Tari", dt.datetime(2026, 2, 22, 8, 12), [
  f"And {T('2010.03409')}, the DeepMind one with meshes. Also the big one, {AF2} (Nature 2021), even if it is not about agents."]),
 ("tomas.vanu", dt.datetime(2026, 2, 23, 21, 3), ["Nice list. Is the Minecraft bot code open? I could not find the repo."]),
]
assert [c[1] for c in C] == sorted(c[1] for c in C) and C[0][1] > POST
L = ["Solwota Kod", "Notes on code, AI and island life from Port Vila", "",
     "Home   About   Archive   Contact", "", TITLE, f"Posted on {when(POST)} by Kalo Tabi", "",
     "Halo olgeta! This week mi ridim plante pepa abaot AI agents mo evaluation. Here is my list, in English so more people can follow.", "",
     f"1. {T('2305.16291')} — https://arxiv.org/abs/2305.16291 . The Minecraft agent that writes its own skills.",
     f"2. {T('2205.06175')} (https://arxiv.org/pdf/2205.06175v3), DeepMind's Gato.",
     f"3. For evaluation: {T('2009.03300')} <http://arxiv.org/abs/2009.03300>, the MMLU paper,",
     f"   and {T('2306.05685')}: https://arxiv.org/abs/2306.05685v4",
     f"4. {T('2206.04615')} — BIG-bench, big paper with hundreds of authors.", "",
     "Not papers but useful: the LangChain docs, Andrew Ng's short course on agents, and the Chatbot Arena leaderboard.", "",
     "Tags: agents, evaluation, bislama", "", f"{len(C)} thoughts on “{TITLE}”", ""]
for who, d, body in C:
    L += [who, when(d)] + body + ["Reply", ""]
L += ["Leave a Reply", "Your email address will not be published.", "", "© 2026 Solwota Kod · Proudly powered by WordPress"]
write_only(F, "\n".join(L) + "\n", keys(F))
