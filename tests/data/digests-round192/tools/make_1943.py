#!/usr/bin/env python3
"""1943: a thread in DaniWeb's Computer Science forum copied from the browser (the page chrome as imagined): a student's
question and four replies, Indian English with a little Hinglish. The members, ranks, counts and ages are invented;
PyTorch Geometric, the Open Graph Benchmark leaderboard, the Flower framework and a YouTube lecture series appear as what
they are. Computed: «n Replies» = the replies, the post ages (not increasing, asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(1943)
RANKS = ["Newbie Poster", "Junior Poster", "Posting Whiz", "Practically a Master Poster", "Moderator"]
OP = ("ananya_r92", "Newbie Poster", 4, "3 Days Ago",
 "Hi all, I am doing my M.Tech thesis on ML for scientific problems (PDEs + a bit of biology) and my guide wants a\n"
 "reading list by Monday. So far I have:\n"
 f"- {T('2010.08895')} https://arxiv.org/abs/2010.08895\n"
 f"- {AF2} (Nature 2021, no arXiv version I think)\n"
 "Kya aur kuch important hai? Please suggest, thanks in advance.")
REPLIES = [
 ("vikram.s.dev", "Posting Whiz", 2, "3 Days Ago",
  f"For graphs read {T('2106.05234')} (https://arxiv.org/pdf/2106.05234v5) and use PyTorch Geometric for the code.\n"
  "The Open Graph Benchmark leaderboard is useful to see what actually works, but it is not a paper."),
 ("priya_k", "Junior Poster", 1, "2 Days Ago",
  f"If your data is spread over hospitals, {T('2111.04263')} - http://arxiv.org/abs/2111.04263 . Flower framework\n"
  "makes the experiments easy."),
 ("rohit_m", "Practically a Master Poster", 3, "2 Days Ago",
  f"Also {T('2007.01434')} before you claim anything about generalisation. And {T('2010.00554')}, arXiv:2010.00554,\n"
  "if you need PCA at scale. Steve Brunton's YouTube lectures on PDEs are good background."),
 ("ananya_r92", "Newbie Poster", 4, "1 Day Ago",
  f"Thanks everyone! Guide also asked for {T('2106.07447')} (for the audio part) and\n"
  f"{T('2103.14146')}. Will post the final list here."),
]
ORDER = ["3 Days Ago", "2 Days Ago", "1 Day Ago"]
ag = [ORDER.index(p[3]) for p in [OP] + REPLIES]
assert ag == sorted(ag) and all(p[1] in RANKS for p in [OP] + REPLIES)
out = ["DaniWeb", "Programming  ›  Computer Science", "",
       "Reading list for ML-for-science thesis (PDE, proteins, graphs)?", "",
       f"Discussion Starter · {OP[0]} · {OP[1]} · {OP[2]} Contributions", f"Posted {OP[3]}", "", *OP[4].split("\n"),
       "", "0 0", "", f"{len(REPLIES)} Replies", ""]
for n, r, c, a, t in REPLIES:
    out += [f"{n} · {r} · {c} Contributions", f"Posted {a}", "", *t.split("\n"), "", "0 0", ""]
out += ["Reply to this topic", "Be a part of the DaniWeb community", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
