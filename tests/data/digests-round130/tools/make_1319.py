#!/usr/bin/env python3
"""1319: an arXiv cs daily listing forwarded from Walla! Mail with a Hebrew note, saved by the recipient as .eml (CRLF).
multipart/alternative with both parts UTF-8 in base64 (76-column lines), the From name an RFC 2047 B-word, the Date
with the Israeli zone comment `+0200 (IST)`. The plain part: the Hebrew note (right-to-left text with English titles,
an OpenReview link and an `arXiv:` id inside it), a `-- ` signature, Walla!'s `-------- הודעה מקורית --------` block
(מאת / תאריך / אל / נושא) and the listing, cut by the sender to three `replaced with revised version` entries; the HTML
part: the note in `<div dir="rtl">` and the forwarded message in a <pre>. Papers: the listing's closing abs links, an
OpenReview forum link and an `arXiv:` id in the note, three titles alone; the diffusers docs, a repository, a shared
folder and a room are not papers."""
import base64, datetime as dt, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import F1319, keys

IST = dt.timezone(dt.timedelta(hours=2))
SENT = dt.datetime(2024, 3, 15, 9, 12, 44, tzinfo=IST)
NAME, ME = "נועה בן-דוד", "noa.bendavid@walla.example.co.il"
TO = "yuval.shamir@cs.hagalil.example.ac.il"
HOST = "mx-out3.walla.example.co.il"
MID = f"{int(SENT.timestamp())}.58213.noa.bendavid@walla.example.co.il"
BOUND = "=_WallaMail_5f3a9c1e2b7d4e08a6c1"


def tex(s):
    return s.replace("ü", '\\"u').replace("ö", '\\"o').replace("é", "\\'e")


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


RULE = "-" * 78
REPL = [  # (id, replaced time GMT, size kb, categories, comments)
    ("2207.12598", "Wed, 13 Mar 2024 22:41:09 GMT", 2214, "cs.LG cs.AI", "A short version of this paper appeared in the NeurIPS 2021 Workshop on Deep Generative Models and Downstream Applications"),
    ("1503.03585", "Thu, 14 Mar 2024 08:17:52 GMT", 4128, "cs.LG cond-mat.dis-nn q-bio.NC stat.ML", "ICML 2015"),
    ("2105.05233", "Thu, 14 Mar 2024 16:03:27 GMT", 45127, "cs.LG cs.AI cs.CV stat.ML", "Added compute requirements, ImageNet 256$\\times$256 upsampling FID and samples"),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Wed 13 Mar 24 19:00:00 GMT  to  Thu 14 Mar 24 19:00:00 GMT", RULE,
           "[... חתכתי את 214 ההגשות החדשות ואת ה-cross-lists, השארתי רק שלוש גרסאות מעודכנות - נ. ...]", RULE]
for aid, when, kb, cats, com in REPL:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "היי יובל,",
    "",
    "מעבירה לך את הרשימה של cs מאתמול - חתכתי הכול חוץ משלוש הגרסאות המעודכנות שקשורות לסמינר מודלי דיפוזיה.",
    "",
    f"- לפני DDIM כדאי לקרוא את \"{T('1406.2661')}\" ואת \"{T('1907.05600')}\", שניהם בתיקייה המשותפת \"סמינר דיפוזיה/קריאה\".",
    f"- DDIM עצמו: \"{T('2010.02502')}\" - https://openreview.net/forum?id={OR('2010.02502')} (יש שם גם את הביקורות מ-ICLR).",
    f"- בשבוע של unCLIP: \"{T('2204.06125')}\" (arXiv:2204.06125).",
    f"- תמר ביקשה משהו על תלת-ממד: \"{T('2303.11328')}\" נראה לי מתאים, אפשר להריץ את הדמו מ-diffusers (https://huggingface.co/docs/diffusers/index).",
    "- הקוד של guided-diffusion נמצא ב-GitHub תחת openai/guided-diffusion, למי שרוצה לשחק עם ה-classifier guidance.",
    "",
    "הסמינר כרגיל ביום ראשון ב-14:00, חדר 212 בבניין מדעי המחשב.",
    "",
    "תודה,",
    "נועה",
    "",
    "-- ",
    "נועה בן-דוד",
    "דוקטורנטית, החוג למדעי המחשב, אוניברסיטת הגליל (דוגמה)",
]
fwd = ["-------- הודעה מקורית --------",
       "מאת: send mail ONLY to cs <no-reply@arxiv.org>",
       "תאריך: 15/03/2024 02:07",
       f"אל: {ME}",
       "נושא: cs daily Subj-class mailing 2403 14"]
plain = "\n".join(note + ["", "", *fwd, "", *listing]) + "\n"
E = lambda s: html.escape(s, quote=False)
hl = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
      '<div dir="rtl" style="font-family:Arial,sans-serif;font-size:14px">']
hl += [f"<div>{E(l) if l else '<br>'}</div>" for l in note]
hl += ["</div>", "<div><br></div>",
       '<div dir="rtl" style="font-family:Arial,sans-serif;font-size:13px">' + "".join(f"<div>{E(l)}</div>" for l in fwd) + "</div>",
       '<pre dir="ltr" style="white-space:pre-wrap;font-family:monospace">' + "\n".join(E(l) for l in listing) + "</pre>",
       "</body></html>"]
htm = "\n".join(hl) + "\n"


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


head = [
    f"Return-Path: <{ME}>",
    f"Received: from {HOST} ({HOST} [192.0.2.43])\r\n\tby mx1.cs.hagalil.example.ac.il (Postfix) with ESMTPS id 4TwK9p3RqNz7Lm\r\n"
    f"\tfor <{TO}>; Fri, 15 Mar 2024 09:12:46 +0200 (IST)",
    "Date: " + SENT.strftime("%a, %d %b %Y %H:%M:%S %z") + " (IST)",
    f"From: {bword(NAME)} <{ME}>",
    f"To: {TO}",
    "Subject: Fwd: cs daily Subj-class mailing 2403 14",
    f"Message-ID: <{MID}>",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; boundary="{BOUND}"',
    "X-Mailer: Walla! Mail",
    "X-Originating-IP: [198.51.100.204]",
]
body = (f"This is a multi-part message in MIME format.\r\n\r\n"
        f"--{BOUND}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(plain)}\r\n"
        f"--{BOUND}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(htm)}\r\n"
        f"--{BOUND}--\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1319, raw.encode("ascii"), [raw, plain, htm, html.unescape(htm)], keys(F1319))
