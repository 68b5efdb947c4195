#!/usr/bin/env python3
"""348: an arXiv "cs daily Subj-class mailing" forwarded inline from Thunderbird to a lab list and saved as `.eml`
(CRLF, text/plain UTF-8, 7bit, format=flowed not used). Not the dev set's Thunderbird folder dump: one forward,
with Thunderbird's "-------- Forwarded Message --------" header table (tab after the label), the forwarder's note
above it, and the listing below it as arXiv writes it (the subscription's subject classes, the received-from window,
"\\\\" record fences, "arXiv:ID", "Date: … (NNNkb,D)", Title/Authors/Categories/Comments, abstract, the
"\\\\ ( https://arxiv.org/abs/ID ,  NNNkb)" line, 78-dash rules), trimmed by the forwarder to six records with
"[...]" lines, abstracts cut to their first sentences. Authors with TeX accents as arXiv mails them. Papers: the
six listed (link), and three older ones in the note: one as "arXiv:ID" (arxiv-text), two by title (title-only)."""
import os, sys, textwrap, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import F348, keys

RULE = "-" * 78
TEX = {"é": "\\'e", "ü": '\\"u', "ö": '\\"o'}


def tex(s):
    for a, b in TEX.items(): s = s.replace(a, b)
    return s


def wrap(label, s, width=80):
    return "\n".join(textwrap.wrap(label + s, width=width, subsequent_indent="  ", break_on_hyphens=False))


def first_sentences(k, n):
    a = " ".join(CAT[k]["abstract"].split())
    parts, out = a.split(". "), []
    for p in parts[:n]: out.append(p)
    return ". ".join(out).rstrip(".") + "."


RECS = [  # id, date line, size, categories, comments, cross-list?, sentences
    ("2103.14146", "Thu, 25 Mar 2021 19:06:44 GMT", "8514kb,D", "cs.CV", "Submitted to ICCV 2021; 16 pages, 12 figures", False, 2),
    ("2103.14167", "Thu, 25 Mar 2021 20:58:19 GMT", "9377kb,D", "cs.CV", None, False, 2),
    ("2103.14338", "Fri, 26 Mar 2021 09:17:02 GMT", "6120kb,D", "cs.CV", "Accepted by CVPR 2021", False, 1),
    ("2103.14586", "Fri, 26 Mar 2021 14:42:30 GMT", "1183kb,D", "cs.CV cs.LG", None, False, 3),
    ("2103.14625", "Fri, 26 Mar 2021 15:31:57 GMT", "4822kb,D", "cs.CL", "15 pages, 7 figures", False, 2),
    ("2103.14636", "Fri, 26 Mar 2021 16:03:11 GMT", "2390kb", "cs.LG", "40 pages, 18 figures", False, 2),
]
recs = []
for aid, date, size, cats, com, _, n in RECS:
    lines = ["\\\\", f"arXiv:{aid}", f"Date: {date}   ({size})", "", wrap("Title: ", T(aid)),
             wrap("Authors: ", tex(", ".join(CAT[aid]["authors"][:-1]) + " and " + CAT[aid]["authors"][-1]) if len(CAT[aid]["authors"]) > 1 else tex(CAT[aid]["authors"][0])),
             f"Categories: {cats}"]
    if com: lines.append(f"Comments: {com}")
    lines += ["\\\\", "\n".join("  " + l if i == 0 else l for i, l in enumerate(textwrap.wrap(first_sentences(aid, n), width=78, break_on_hyphens=False))),
              f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size.split(',')[0]})", RULE]
    recs.append("\n".join(lines))

listing = f"""{RULE}
{RULE}
Send any comments regarding submissions directly to submitter.
{RULE}
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
{RULE}
 Submissions to:
Computation and Language
Computer Vision and Pattern Recognition
Machine Learning
 received from  Thu 25 Mar 21 18:00:00 GMT  to  Fri 26 Mar 21 18:00:00 GMT
{RULE}
{RULE}
[...]
{recs[0]}
{recs[1]}
[...]
{recs[2]}
[...]
{recs[3]}
{recs[4]}
{recs[5]}
[...]
"""

NOTE = [
    "Hi all,",
    "",
    "Monday's listing, cut down to the six that touch our projects (I dropped the rest and kept only the first lines of each abstract -- click through for the full ones).",
    "",
    "- Ayumi, Kodai: the multi-change captioning one is basically our \"spot the difference\" idea with a dataset attached. Worth 20 minutes before Thursday.",
    "- COTR for the matching benchmark, obviously.",
    f"- For the robustness reading group: read the ViT robustness study next to {T('2006.14536')} from last summer, it makes the activation-function argument much clearer. If you want the augmentation side too, \"{T('2012.07177')}\" (arXiv:2012.07177) and \"{T('2101.01761')}\" are the two we keep citing.",
    "- Dodrio is a tool paper, but the demo is fun for the intro lecture.",
    "",
    "The full mail is in the list archive (thread \"cs daily 29/03\").",
    "",
    "Best,",
    "Hanna",
    "",
]
note = "\n".join("\n".join(textwrap.wrap(p, width=72, subsequent_indent="  " if p.startswith("- ") else "", break_on_hyphens=False)) if p else "" for p in NOTE) + "\n"
header_tbl = """-------- Forwarded Message --------
Subject: \tcs daily Subj-class mailing 3f 1
Date: \tMon, 29 Mar 21 00:31:07 -0400
From: \tsend mail ONLY to cs <no-reply@arXiv.org>
Reply-To: \tcs@arXiv.org
To: \tcs daily title/abstract distribution <rabble@arXiv.org>


"""
body = note + header_tbl + listing
hdr = """Message-ID: <4b1e9c0a-7d2f-3e61-8a57-2c0f9d13e6b4@vision-lab.example.org>
Date: Mon, 29 Mar 2021 09:12:40 +0200
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101
 Thunderbird/78.8.1
Content-Language: en-US
To: vision-reading@lists.example.org
From: Hanna Lindberg <h.lindberg@vision-lab.example.org>
Subject: Fwd: cs daily Subj-class mailing 3f 1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

"""
raw = (hdr + body).replace("\n", "\r\n")
write_raw(F348, raw.encode("ascii"), [raw], keys(F348))
