#!/usr/bin/env python3
"""439: two arXiv cs mailings (Fri 26 and Mon 29 March 2021, plain layout: banner, window, `\\\\` records, abstracts,
78-dash separators) pasted by a reading-group organiser into one Outlook message, saved from Outlook as text
("From:<TAB>…", "Sent:<TAB>…" header block), with the organisation's "[EXTERNAL]" banner and every URL of the
pasted mailings rewritten by Microsoft Defender Safe Links (https://eur02.safelinks.protection.outlook.com/?url=…
percent-encoded, data=…, sdata=…, reserved=0). The Safe Links data and sdata values are invented (hashes of the
URL). New submissions of late March 2021 plus three older papers named in the organiser's note."""
import base64, hashlib, os, sys, textwrap
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, write_only
from make_expected import F439, keys

K = keys(F439)
t = T
DASH = "-" * 78


def safe(url):
    h = hashlib.sha256(url.encode()).digest()
    sd = base64.b64encode(h[:24]).decode()
    data = ("04%7C01%7Ccvml-reading%40lists.example.ac.uk%7C" + h.hex()[:32] + "%7C" + h.hex()[32:64]
            + "%7C0%7C0%7C637524" + str(int.from_bytes(h[:5], "big")).zfill(12)[:12]
            + "%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C1000")
    return ("https://eur02.safelinks.protection.outlook.com/?url=" + quote(url, safe="") + "&data=" + data
            + "&sdata=" + quote(sd, safe="") + "&reserved=0")


def authors(k):
    return textwrap.fill(", ".join(CAT[k]["authors"][:-1]) + " and " + CAT[k]["authors"][-1] if len(CAT[k]["authors"]) > 1
                         else CAT[k]["authors"][0], 78, initial_indent="Authors: ", subsequent_indent="  ")


def record(k, date, kb, cats, comments=None):
    ab = abstract(k).replace("\n", " ")
    ab = " ".join(ab.split()[:70]) + " ..." if len(ab.split()) > 70 else ab
    out = ["\\\\", f"arXiv:{k}", f"Date: {date} GMT   ({kb}kb,D)", "",
           textwrap.fill(t(k), 78, initial_indent="Title: ", subsequent_indent="  "), authors(k),
           f"Categories: {cats}"]
    if comments: out.append(textwrap.fill(comments, 78, initial_indent="Comments: ", subsequent_indent="  "))
    out += ["\\\\", textwrap.fill(ab, 78, initial_indent="  ", subsequent_indent="", break_on_hyphens=False),
            f"\\\\ ( {safe('https://arxiv.org/abs/' + k)} ,  {kb}kb)", DASH]
    return "\n".join(out)


def mailing(day, start, end, recs):
    return "\n".join([DASH, DASH, "Send any comments regarding submissions directly to submitter.", DASH,
                      f"Archives at {safe('http://arxiv.org/')}",
                      "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", DASH,
                      " Submissions to:", "Computation and Language", "Computer Vision and Pattern Recognition",
                      "Machine Learning", "Optimization and Control",
                      f" received from  {start} GMT  to  {end} GMT", DASH, DASH] + recs
                     + ["%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---", ""])


m1 = mailing("Fri 26 Mar 21", "Wed 24 Mar 21 18:00:00", "Thu 25 Mar 21 18:00:00", [
    record("2103.13462", "Wed, 24 Mar 2021 19:41:27", "286", "cs.LG math.OC stat.ML",
           "Lecture notes, Beyond the Worst-Case Analysis of Algorithms (2nd edition)"),
    record("2103.13646", "Thu, 25 Mar 2021 06:02:15", "1402", "cs.LG cs.CV"),
    record("2103.14030", "Thu, 25 Mar 2021 17:59:06", "8817", "cs.CV cs.LG", "Technical report"),
])
m2 = mailing("Mon 29 Mar 21", "Thu 25 Mar 21 18:00:00", "Fri 26 Mar 21 18:00:00", [
    record("2103.14167", "Thu, 25 Mar 2021 21:44:52", "23311", "cs.CV"),
    record("2103.14338", "Fri, 26 Mar 2021 02:17:33", "9512", "cs.CV", "CVPR 2021"),
    record("2103.14625", "Fri, 26 Mar 2021 15:08:40", "5906", "cs.HC cs.CL cs.LG", "11 pages, 5 figures"),
])

text = f"""From:\tHelen Marsh <h.marsh@cs.example.ac.uk>
Sent:\t29 March 2021 09:12
To:\tCV-ML reading group <cvml-reading@lists.example.ac.uk>
Cc:\tOwen Pryce <o.pryce@cs.example.ac.uk>
Subject:\tFW: arXiv picks for Thursday (two mailings pasted below)
Attachments:\tslots_april.xlsx

[EXTERNAL EMAIL] This message originated outside the University. Do not click links or open attachments unless you
recognise the sender and know the content is safe.

Hi all,

Pasting the two cs mailings from last week rather than forwarding them one by one (Outlook mangles the arXiv links
into those safelinks things, sorry - they still work). My picks for Thursday, 16:00, room 1.14:

  * Swin (first mailing) - Owen volunteered.
  * COTR and the motion-transfer paper (second mailing) - I'll do COTR, anyone for the other?
  * Dodrio if we have time; it's a visualisation tool paper but the attention-head views are nice for teaching.
  * Tengyu Ma's chapter on local methods is lecture notes, long; read sections 1-3 only.

Leftovers from the list two weeks ago that nobody took: "{t('2103.10385')}" (arXiv:2103.10385, the P-tuning
paper), {t('2103.03230')} (now at ICML 2021), {t('2103.00020')} from OpenAI (their blog post has a
shorter version, the paper is 48 pages), and {t('2103.02143')} (ICLR 2021 spotlight). Put your name in the sheet
(attached) if you want one of them.

The noisy-labels paper ({t('2103.13646')}) is a nice follow-up to our session on label noise in February.

Thanks,
Helen

--
Dr Helen Marsh | Lecturer in Machine Learning
School of Computing, University of Examplehurst
Teams: h.marsh | Office hours Tue 14-15

________________________________
From: no-reply@arXiv.org <no-reply@arXiv.org>
Sent: 26 March 2021 01:05
To: Marsh, Helen <h.marsh@cs.example.ac.uk>
Subject: cs daily Subj-class mailing 1004 1

{m1}
________________________________
From: no-reply@arXiv.org <no-reply@arXiv.org>
Sent: 29 March 2021 01:07
To: Marsh, Helen <h.marsh@cs.example.ac.uk>
Subject: cs daily Subj-class mailing 1004 1

{m2}"""
write_only(F439, text, K, forms=[text.replace("%3A", ":").replace("%2F", "/")])
