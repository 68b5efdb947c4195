#!/usr/bin/env python3
"""379: an arXiv daily listing mail (cs.CL + cs.LG, the 2024 layout) forwarded in Gmail and copied from the
browser as text: the thread view (subject, labels, the forwarder's name, date and "to" line, his note), then
"---------- Forwarded message ---------" with From / Date / Subject / To, and the listing: the arXiv banner, the
"Submissions to:" block with the "received from … to …" window, a line where the forwarder cut the new submissions
and cross-lists, the "%%%---%%%" section separator, and "replaced with revised version" records: "\\\\",
"arXiv:ID" (one "(*cross-listing*)"), the replacement date and size, Title / Authors (wrapped with two-space
continuation lines) / Categories / optional Comments, and "\\\\ ( https://arxiv.org/abs/ID ,  NNNkb)"; 78-dash
separators. Papers: every listing record (link: the abs URL; the id is also written as "arXiv:ID"); the note names
one more paper by its full title after its nickname (title-only). The Mamba repository, a blog post, slides on a
shared drive and "the FNet paper" (a nickname) are not labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F379, keys

SEP = "-" * 78
REC = [  # key, replaced date/time (GMT), size kb, categories, comments, cross-listing
 ("2312.00752", "Fri, 31 May 2024 17:53:41", 1330, "cs.LG cs.AI", None, False),
 ("2006.03236", "Thu, 30 May 2024 19:02:17", 512, "cs.LG cs.CL stat.ML", None, False),
 ("2004.11886", "Thu, 30 May 2024 21:40:05", 2043, "cs.CL cs.LG", "ICLR 2020. The first two authors contributed equally", False),
 ("2005.00743", "Fri, 31 May 2024 02:15:58", 688, "cs.CL cs.LG", None, False),
 ("2010.06891", "Fri, 31 May 2024 06:31:44", 379, "cs.CL", None, False),
 ("2202.10447", "Fri, 31 May 2024 09:12:30", 1761, "cs.NE cs.AI cs.CL cs.LG", None, True),
 ("2004.10102", "Fri, 31 May 2024 11:48:09", 3120, "cs.CL", "EMNLP 2020 long paper", False),
 ("2103.14636", "Fri, 31 May 2024 13:27:51", 1894, "cs.LG cs.AI", "Accepted to ACM Computing Surveys", False),
 ("2012.08561", "Fri, 31 May 2024 16:05:12", 402, "cs.CL", "EMNLP 2020", False),
]


def field(name, value):
    lines = textwrap.wrap(f"{name}: {value}", 80, break_long_words=False, break_on_hyphens=False,
                          subsequent_indent="  ")
    return "\n".join(lines)


recs = []
for k, when, kb, cats, com, cross in REC:
    r = ["\\\\", f"arXiv:{k}" + (" (*cross-listing*)" if cross else ""),
         f"replaced with revised version {when} GMT   ({kb}kb,D)", "",
         field("Title", T(k)), field("Authors", ", ".join(CAT[k]["authors"])), f"Categories: {cats}"]
    if com: r.append(field("Comments", com))
    r.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {kb}kb)")
    recs.append("\n".join(r) + "\n" + SEP)
note = "\n\n".join(textwrap.fill(p, 100, break_long_words=False, break_on_hyphens=False) for p in [
 "Hi all,",
 "forwarding yesterday's cs.CL/cs.LG mailing because nine papers from our list got new versions on the same day, "
 "which I have never seen before. I deleted the new submissions and cross-lists (nothing for us, I checked) and kept "
 "only the replacements, so the diffs are easy to find.",
 "Two things for Thursday. The Funnel-Transformer revision is from the same people as XLNet, i.e. "
 f"{T('1906.08237')} (NeurIPS 2019), and Jun-seo wants to start from that one for the pretraining part, so please "
 "skim it. And I have not diffed the Mamba v2 yet; the state-spaces/mamba repo has release notes, and there is a "
 "blog post from the authors that explains the selective scan better than either version of the paper.",
 "Slides from last week (the FNet paper, Nadia's session) are in the group drive under 2024-05-23/.",
 "Tobias",
])
text = f"""Fwd: cs daily Subj-class mailing 1b 10
Inbox
efficient-seq

Tobias Lindqvist <tobias.lindqvist@mail.harrowgate.example>
Sat, Jun 1, 2024, 9:12 AM
to efficient-seq

{note}

---------- Forwarded message ---------
From: <no-reply@arxiv.org>
Date: Fri, May 31, 2024 at 8:04 PM
Subject: cs daily Subj-class mailing 1b 10
To: <tobias.lindqvist@mail.harrowgate.example>


{SEP}
{SEP}
Send any comments regarding submissions directly to submitter.
{SEP}
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
{SEP}
 Submissions to:
Computation and Language
Machine Learning
 received from  Thu 30 May 24 18:00:00 GMT  to  Fri 31 May 24 18:00:00 GMT
{SEP}
{SEP}
[... 214 new submissions and 163 cross-lists deleted when forwarding, TL ...]
%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---
{SEP}
{chr(10).join(recs)}
[... 118 more replacements deleted, TL ...]
"""
write_only(F379, text, keys(F379))
