#!/usr/bin/env python3
"""367: a r/MachineLearning discussion thread on old.reddit.com, selected in the browser and pasted as text: the
subreddit bar, the post title with its flair and "(self.MachineLearning)", "submitted N hours ago by user", the
self-text, "N comments share save hide report", the sort line, comments as "[–]user N points M hours ago" heads
(children indented in the page, flattened by the copy), "permalinkembedsavereportreply" (parent too for replies),
a "[deleted]" comment, "load more comments (n replies)". Papers: arXiv abs/pdf links (link), "arXiv:ID" typed
(arxiv-text), titles in quotes, bare after "Author et al.", in lower case, one beside its nickname (title-only). The
Chinchilla paper is named only by its nickname (not labelled); GSM8K (dataset), sentence-transformers (library),
a YouTube talk, a blog post and the HELM site are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F367, keys

C = [  # (user, points, age hours, is_reply, text)
 ("kernel_panic_at_3am", 212, 10, False, f"""For me it's still Holtzman et al., "{T('1904.09751')}" https://arxiv.org/abs/1904.09751 — everyone knows "nucleus sampling" but the paper's real point is that maximizing likelihood at decode time is the wrong objective, which is still true for chat models."""),
 ("gradient_ascent_", 87, 9, True, """Agreed, and the repetition plots in section 4 are still the best explanation I've seen of why greedy decoding loops."""),
 ("mlfool", 154, 10, False, f"""The "emergence" debate aged interestingly. {T('2206.07682')} (Wei et al.) https://arxiv.org/pdf/2206.07682v2 made the claim, then the mirage-style rebuttals argued it's mostly the metric. Read both sides. The original is built on {T('2206.04615')} (BIG-bench), so you basically get two papers for one."""),
 ("sparse_not_sorry", 61, 8, True, """The metric argument is convincing for exact match but people overapply it. Some tasks do jump."""),
 ("throwaway_ds_42", 98, 9, False, f"""Underrated: "{T('2207.05221')}" https://arxiv.org/abs/2207.05221v4 — calibration of P(True) is exactly the thing people reinvent every six months as "LLM confidence scores"."""),
 ("[deleted]", 1, 9, False, "[deleted]"),
 ("quant_or_die", 73, 7, False, f"""For math: Lewkowycz et al. 2022, {T('2206.14858')}, aka Minerva. Old news now but it's the reference point for every GSM8K / MATH number you'll see in a model card."""),
 ("epoch_zero", 44, 6, False, f"""retrieval people will yell at me but "{T('2002.08909').lower()}" is worth reading again now that everyone does RAG with a frozen retriever. Also De Cao et al., {T('2010.00904')} (arXiv:2010.00904), generating entity names instead of retrieving them is a neat idea that never got enough attention."""),
 ("lr_warmup", 39, 6, True, f"""+1 for GENRE. And if you're doing retrieval with embeddings, {T('1908.10084')} is still the baseline you should beat before reaching for a 7B embedder (the sentence-transformers library came out of it)."""),
 ("red_team_rachel", 66, 5, False, f"""Safety-wise, {T('2307.15043')} https://arxiv.org/abs/2307.15043 (the GCG suffix paper). Whatever you think of the threat model, it changed how every lab does red teaming."""),
 ("phi_skeptic", 28, 4, False, f"""Controversial pick: "{T('2306.11644')}". Whether or not you buy the contamination concerns, it's the paper that made data quality the main knob. Everyone cites Chinchilla for the data-quantity side; this is the other half."""),
 ("mlfool", 12, 3, True, """Fair, though I'd pair it with the HELM site and Percy Liang's talk on YouTube about eval contamination rather than take any single paper's numbers at face value."""),
]
out = []
for u, pts, age, rep, t in C:
    head = f"[–]{u} {pts} point{'s' if pts != 1 else ''} {age} hour{'s' if age != 1 else ''} ago"
    if u == "[deleted]":
        head = f"[–][deleted] {age} hours ago"
    out.append(f"{head}\n\n{t}\n\npermalinkembedsave{'parent' if rep else ''}reportreply\n")
text = f"""MachineLearning
hotnewrisingcontroversialtopgildedwiki
want to join? sign in or create an account in seconds | English

[D] Which papers about LLM behaviour (not architecture) have aged well? (self.MachineLearning)
submitted 11 hours ago by pareto_frontier_pat

Doing a reading group for new PhD students and I want papers about how LLMs *behave* (decoding, calibration, emergence, reasoning, jailbreaks), not another round of attention variants. Bonus if they're still relevant after two years of everyone scaling everything. What would you put on the list?

Edit: thanks all, compiling the list in a Google Doc, will post it next week.

147 comments share save hide report
all 147 comments
sorted by: best

{chr(10).join(out)}
load more comments (38 replies)

about
blog
about
advertising
careers
help
site rules
Reddit help center
reddiquette
mod guidelines
contact us
apps & tools
Reddit for iPhone
Reddit for Android
mobile website
<3
reddit premium
Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2024 reddit inc. All rights reserved.
"""
write_only(F367, text, keys(F367))
