#!/usr/bin/env python3
"""499: an arXiv cs.CV daily listing forwarded in Gmail and then printed to PDF ("Print all"), as pdftotext gives it
back: each page's print header (date, time, "Valmarina Mail - subject"), the Workspace banner and account line, the
"1 message" line, the message header, the forwarder's note, the "---------- Forwarded message ---------" block with the
listing trimmed to its replacements section, and each page's footer (the mail.google.com print URL and "n/N"), pages
separated by form feeds. English. Image / audio generation and
long-context papers, 8: three replacement entries (links), notes with an OpenReview link, an arXiv:ID and titles."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, CAT, write_only
from make_expected import F499, keys

CN, DALLE2, SDXL, SDE, HYENA, DDPM, DIFFW, PI = "2302.05543", "2204.06125", "2307.01952", "2011.13456", "2302.10866", "2006.11239", "2009.09761", "2306.15595"
SEP = "-" * 78
def entry(k, when, cats, size, comments=None):
    a = ", ".join(CAT[k]["authors"])
    lines = [SEP, "\\\\", f"arXiv:{k}", f"replaced with revised version {when}   ({size})", f"Title: {T(k)}",
             f"Authors: {a}", f"Categories: {cats}"]
    if comments: lines.append(f"Comments: {comments}")
    lines.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {size} )")
    return "\n".join(lines)

body = f"""Hi all,

forwarding today's cs.CV mailing because three of the replacements are things we discussed on Thursday. I cut the
143 new submissions and the cross-lists (sorry, the full thing was 4,000 lines and my mail client choked on it) —
what's left is the replacements block, unedited apart from that.

Quick notes before the listing:

- ControlNet got a new version; Rafa, the appendix now has the ablation on zero-convolutions you were asking about.
- SDXL v2 is mostly a camera-ready; nothing new in the refiner section as far as I can see.
- The DALL·E 2 replacement ("{T(DALLE2)}") is just a metadata fix, I think.

For the Thursday slot on the maths side I'd still start from "{T(DDPM)}" (Ho, Jain & Abbeel, NeurIPS 2020 —
the proceedings version is the one with the corrected appendix) and then the SDE view, {T(SDE)}
(ICLR 2021 oral, https://openreview.net/forum?id={OR(SDE)}). Yusuf wants one audio paper in the mix, so
{T(DIFFW)} goes in as optional.

Unrelated but came up at lunch: for the long-context side project, Hyena (arXiv:{HYENA}, "{T(HYENA)}") and
the position-interpolation paper from Meta, {T(PI)}, are the two I'd read first. The Hyena code is in
HazyResearch/safari on GitHub.

Room is booked (B-204, 14:00). Pizza budget approved again. 

— Marta

Marta Ilunga · Visual Computing Group · University of Valmarina
marta.ilunga@valmarina.example.edu

---------- Forwarded message ---------
From: <no-reply@arxiv.org>
Date: Tue, Nov 28, 2023 at 2:14 AM
Subject: cs daily Subj-class mailing 3f1 1
To: <cs-cv-list@valmarina.example.edu>

------------------------------------------------------------------------------
------------------------------------------------------------------------------
Send any comments regarding submissions directly to submitter.
------------------------------------------------------------------------------
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
------------------------------------------------------------------------------
 Submissions to:
Computer Vision and Pattern Recognition
 received from  Fri 24 Nov 23 19:00:00 GMT  to  Mon 27 Nov 23 19:00:00 GMT
------------------------------------------------------------------------------

[... 143 new submissions and 61 cross-lists removed by the forwarder ...]

{entry(CN, "Sun, 26 Nov 2023 21:22:47 GMT", "cs.CV cs.AI cs.GR cs.HC cs.MM", "45029kb", "Codes and Supplementary Material: https://github.com/lllyasviel/ControlNet")}
{entry(DALLE2, "Mon, 27 Nov 2023 08:03:10 GMT", "cs.CV", "24813kb")}
{entry(SDXL, "Mon, 27 Nov 2023 16:40:51 GMT", "cs.CV cs.AI", "39661kb")}
{SEP}

[... 52 further replacements removed ...]

------------------------------------------------------------------------------
For subscribe options to cs.CV and other lists, see http://arxiv.org/help/subscribe
To subscribe to the full mailing send e-mail to cs@arXiv.org with Subject: subscribe
Submissions by date are in http://arxiv.org/list/cs.CV/recent
------------------------------------------------------------------------------
"""
SUBJ = "Fwd: cs daily Subj-class mailing 3f1 1"
URL = "https://mail.google.com/mail/u/0/?ik=3f9a1c2b7e&view=pt&search=all&permthid=thread-f:1783643915235469807&simpl=msg-f:1783643915235469807"
top = ["Valmarina Mail" + " " * 46 + "Yusuf Demir <yusuf.demir@valmarina.example.edu>", "", SUBJ, "1 message", "",
       "Marta Ilunga <marta.ilunga@valmarina.example.edu>" + " " * 24 + "Tue, Nov 28, 2023 at 9:02 AM",
       "To: cv-reading <cv-reading@valmarina.example.edu>", "Cc: Rafael Souza <rafael.souza@valmarina.example.edu>", ""]
lines = top + body.rstrip("\n").split("\n")
pages, cur = [], []
for ln in lines:
    cur.append(ln)
    if len(cur) >= 46 and (ln == "" or ln.startswith("-" * 20)):
        pages.append(cur); cur = []
if cur: pages.append(cur)
out = []
for i, pg in enumerate(pages):
    head = "11/28/23, 9:40 AM" + " " * 28 + "Valmarina Mail - " + SUBJ
    out.append(head + "\n\n" + "\n".join(pg) + "\n\n" + URL + " " * 3 + f"{i + 1}/{len(pages)}\n")
text = "\f".join(out)
write_only(F499, text, keys(F499))
