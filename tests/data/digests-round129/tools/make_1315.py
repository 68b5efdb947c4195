#!/usr/bin/env python3
"""1315: an ELinks bookmarks file (Georgian): a Tbilisi-like lab's student (ნინო) browses from a terminal on the lab
server and keeps the reading group's links in ELinks; she copied `~/.elinks/bookmarks` into the group's repository as
the reading list. ELinks' default bookmark format as remembered: one bookmark a line, `title<TAB>url<TAB>depth<TAB>flags`,
folders with an empty url and flags `F` (`FE` when expanded in the bookmark manager), depth 0 for the top level, the
file in the manager's order, a final newline. Titles are the page titles ELinks stored (arXiv's `[id] Title`,
OpenReview's `Title | OpenReview`) or titles she typed (Georgian notes after an em dash); title-only papers point at the
group's wiki pages or a local PDF. The state-spaces/mamba repository, "The Annotated S4", a talk and the Avalanche docs
are not papers; S4, HiPPO, Mamba, GPM, DARTS-PT are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1315, keys

WIKI = "https://wiki.ml-tbilisi.example.ge/kitkhva"
B = [
 ("სამკითხველო ჯგუფი — გაზაფხული 2024", "", 0, "FE"),
 ("მდგომარეობის სივრცის მოდელები", "", 1, "FE"),
 (f"[2312.00752] {T('2312.00752')}", "https://arxiv.org/abs/2312.00752", 2, ""),
 (f"{T('2111.00396')} | OpenReview", f"https://openreview.net/forum?id={OR('2111.00396')}", 2, ""),
 (f"{T('2008.07669')} — ვიკის გვერდი, ბმული ჯერ არ გვაქვს", f"{WIKI}/hippo", 2, ""),
 ("The Annotated S4 — ბლოგი, არა სტატია", "https://srush.github.io/annotated-s4/", 2, ""),
 ("GitHub - state-spaces/mamba: Mamba SSM architecture", "https://github.com/state-spaces/mamba", 2, ""),
 ("მეხსიერება და უწყვეტი სწავლება", "", 1, "FE"),
 (T("2105.06548"), f"https://openreview.net/pdf?id={OR('2105.06548')}", 2, ""),
 (f"GPM კოდი — {T('2103.09762')} (arXiv:2103.09762)", "https://github.com/sahagobinda/GPM", 2, ""),
 ("Avalanche — უწყვეტი სწავლების ბიბლიოთეკა (დოკუმენტაცია)", "https://avalanche.continualai.org/", 2, ""),
 ("AutoML", "", 1, "F"),
 (T("2101.08809"), "https://arxiv.org/pdf/2101.08809", 2, ""),
 (f"{T('2108.04392')} — ლოკალური PDF", "file:///home/nino/kitkhva/darts-pt.pdf", 2, ""),
 ("სხვა", "", 1, "F"),
 (f"{T('2103.14338')} — ლევანის შეთავაზება", f"{WIKI}/motion-transfer", 2, ""),
 ("მოხსენება: State Space Models (ვიდეო)", "https://www.youtube.com/watch?v=Lt4qKm9cZ0s", 2, ""),
 ("ჯგუფის ვიკი", f"{WIKI}/", 0, ""),
]
text = "".join(f"{t}\t{u}\t{d}\t{f}\n" for t, u, d, f in B)
write_only(F1315, text, keys(F1315))
