#!/usr/bin/env python3
"""1379: an arXiv cs daily listing forwarded from Edison Mail (the phone mail app) with a Georgian note, saved by the
recipient as .eml (CRLF). multipart/alternative: a text/plain and a text/html part, both UTF-8 in base64 (76-character
lines, as the writer encodes them), so nothing of the note, the forward block or the listing is readable in the raw
file; Date in Tbilisi time (+0400, no summer time), From and To names RFC 2047 B-words, an upper-case UUID
boundary, a Message-ID at edison.tech. The forward block is the app's Gmail-like `---------- Forwarded message
---------` with From / Date / Subject / To, the listing cut by the sender to three `replaced with revised version`
entries of cs.CV. Papers: the listing's closing abs links, an OpenReview forum link and an `arXiv:` id in the note,
three titles alone; DomainBed, timm, a shared folder and a seminar room are not papers."""
import base64, datetime as dt, email.utils, html, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import F1379, keys

TBS = dt.timezone(dt.timedelta(hours=4))
SENT = dt.datetime(2024, 5, 15, 10, 5, 41, tzinfo=TBS)
NAME, ME = "ნინო ბერიძე", "nino.beridze@cv-lab.example.ge"
TONAME, TO = "გიორგი კაპანაძე", "g.kapanadze@cv-lab.example.ge"
RULE = "-" * 78


def tex(s):
    return s.replace("é", "\\'e").replace("ü", '\\"u')


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


ENTRIES = [  # (id, time GMT, size kb, categories, comments)
    ("2010.04159", "Mon, 13 May 2024 19:41:07 GMT", 5233, "cs.CV", "ICLR 2021 Oral"),
    ("2104.14294", "Tue, 14 May 2024 08:12:55 GMT", 24671, "cs.CV", "21 pages"),
    ("2304.07193", "Tue, 14 May 2024 15:30:19 GMT", 38110, "cs.CV", None),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition",
           " received from  Mon 13 May 24 18:00:00 GMT  to  Tue 14 May 24 18:00:00 GMT", RULE,
           "[... ახალი ნაშრომები და cross-list-ები წავშალე, დარჩა მხოლოდ 3 განახლება — ნ.ბ. ...]", RULE]
for aid, when, kb, cats, com in ENTRIES:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]
note = [
    "გამარჯობა, გიორგი!",
    "",
    "გიგზავნი გუშინდელ arXiv-ის სიას (cs.CV). დავტოვე მხოლოდ სამი განახლებული ნაშრომი, რომლებიც ჩვენს",
    "სემინარს ეხება: Deformable DETR, DINO და DINOv2 (ამ უკანასკნელის ახალ ვერსიაში ცხრილებია შესწორებული).",
    "",
    "ხუთშაბათისთვის კიდევ შემოგთავაზებ:",
    f"- \"{T('2103.14167')}\" (arXiv:2103.14167) — დავით ამას წარადგენს.",
    f"- \"{T('2103.13646')}\" — OpenReview-ზე: https://openreview.net/forum?id={OR('2103.13646')}",
    "  (რეცენზიებიც საინტერესოა, ხმაურიანი ლეიბლების ნაწილისთვის).",
    f"- \"{T('2104.00298')}\" (ICML 2021) — წონები timm-შია, ცალკე ბმული არ მჭირდება.",
    f"- \"{T('2103.14146')}\" (ICCV 2021) — PDF არ მაქვს, ვინმემ ხომ ვერ იპოვით?",
    f"- და თამარის თემისთვის: \"{T('2007.01434')}\"; კოდი: github.com/facebookresearch/DomainBed",
    "",
    "PDF-ები ავტვირთე საერთო საქაღალდეში „სემინარი/2024-05“. ოთახი 214, 15:00.",
    "",
    "ნინო",
]
fwd = ["---------- Forwarded message ---------",
       "From: send mail ONLY to cs <no-reply@arxiv.org>",
       "Date: Wed, May 15, 2024 at 4:27 AM",
       "Subject: cs daily Subj-class mailing 2405 14",
       f"To: <{ME}>"]
plain = "\n".join(note + ["", "", *fwd, "", *listing]) + "\n"
E = lambda s: html.escape(s, quote=False)
html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n<body>\n"
             + "".join(f"<div dir=\"auto\">{E(l) if l else '<br>'}</div>\n" for l in note)
             + "<div><br></div>\n<div class=\"gmail_quote\"><div dir=\"ltr\">" + "<br>\n".join(E(l) for l in fwd) + "</div><br>\n"
             + "<pre>" + "\n".join(E(l) for l in listing) + "\n</pre>\n</div>\n</body></html>\n")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return f"=?UTF-8?B?{base64.b64encode(s.encode()).decode()}?="


B = "6E0F3C2A-91B4-4D7E-A5C8-2F17D9B03E64"
MID = "3a9c1e57-d0b2-4f86-9e41-7b25c8f06d13@edison.tech"
head = [
    f"Return-Path: <{ME}>",
    "Received: from [10.12.0.57] (unknown [203.0.113.84])\r\n\tby mail.cv-lab.example.ge (Postfix) with ESMTPSA id 4VfR2k1Qq7z9sWt\r\n"
    f"\tfor <{TO}>; Wed, 15 May 2024 10:05:43 +0400 (+04)",
    "Date: " + email.utils.format_datetime(SENT),
    f"From: {bword(NAME)} <{ME}>",
    f"To: {bword(TONAME)} <{TO}>",
    f"Message-ID: <{MID}>",
    "Subject: Fwd: cs daily Subj-class mailing 2405 14",
    "MIME-Version: 1.0",
    f"Content-Type: multipart/alternative; boundary=\"{B}\"",
]
body = (f"--{B}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(plain)
        + f"\r\n--{B}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(html_body)
        + f"\r\n--{B}--\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1379, raw.encode("ascii"), [raw, plain, html.unescape(html_body)], keys(F1379))
