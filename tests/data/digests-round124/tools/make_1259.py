#!/usr/bin/env python3
"""1259: an arXiv cs daily listing (Computer Vision and Machine Learning) forwarded from K-9 Mail for Android with a
Hindi note, saved as .eml (CRLF). K-9 sends a single text/plain part, UTF-8 in quoted-printable (every Devanagari
letter three `=XX` escapes, soft line breaks `=` at 76 columns), its header order (MIME-Version, Date, User-Agent,
Content-Type, Content-Transfer-Encoding, Subject, To, From, Message-ID), the sender's name an RFC 2047 B-word, its
"-------- Original Message --------" forward header and its default signature (here in Hindi) after `-- `. The listing
keeps only three `replaced with revised version` entries (the writer says she cut the rest). Papers: the three
listing entries (closing abs links), an OpenReview forum link, an `arXiv:` id and three titles alone in the note; the
lab's Drive folder and a dataset (Objaverse) are not papers."""
import base64, datetime as dt, email.quoprimime, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import F1259, keys

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
SENT = dt.datetime(2024, 3, 6, 7, 42, 19, tzinfo=IST)
ORIG = dt.datetime(2024, 3, 6, 1, 31, 7, tzinfo=dt.timezone.utc)
NAME, ME = "अनन्या वर्मा", "ananya.verma@mail.iitx.example.in"
LIST = "cv-padhai@lists.iitx.example.in"
MID = "5F3A9C2E-7B41-4D8A-9E60-2C1B7A8D4F11@mail.iitx.example.in"


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


ENTRIES = [  # (id, replaced time GMT, size kb, categories, comments)
    ("2301.12597", "Mon, 4 Mar 2024 21:18:40 GMT", 1372, "cs.CV", None),
    ("2303.11328", "Tue, 5 Mar 2024 08:55:02 GMT", 9815, "cs.CV cs.GR cs.RO", "Website: https://zero123.cs.columbia.edu/"),
    ("2207.12598", "Tue, 5 Mar 2024 16:40:33 GMT", 4310, "cs.LG cs.AI", "A short version of this paper appeared in the NeurIPS 2021 Workshop on Deep Generative Models and Downstream Applications"),
]
RULE = "-" * 78
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Mon  4 Mar 24 19:00:00 GMT  to  Tue  5 Mar 24 19:00:00 GMT",
           RULE, RULE, "[... बाकी 212 नई प्रविष्टियाँ और cross-lists यहाँ से हटा दी हैं — अ.व. ...]", RULE,
           "%%%---" * 13]
for aid, when, kb, cats, com in ENTRIES:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", ", ".join(authors(aid)))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "नमस्ते सबको,",
    "",
    "आज सुबह की arXiv सूची आगे भेज रही हूँ। इसमें हमारे काम के सिर्फ़ तीन अपडेट (replaced) थे, बाकी सब हटा दिया है।",
    "",
    "शुक्रवार (8 मार्च, दोपहर 3 बजे, कमरा 204) की रीडिंग के लिए:",
    f"1. {T('2010.02502')} — ICLR वाला संस्करण पढ़िए:",
    f"   https://openreview.net/forum?id={OR('2010.02502')}",
    f"2. {T('1907.05600')} (arXiv:1907.05600) — score matching की पृष्ठभूमि के लिए।",
    f"3. {T('2105.05233')} — सिर्फ़ classifier guidance वाला हिस्सा (सेक्शन 4)।",
    "",
    f"अगले महीने: {T('1503.03585')} और {T('2204.06125')}।",
    "दोनों की PDF लैब के Drive फ़ोल्डर \"पढ़ाई/डिफ्यूज़न\" में हैं, प्रिंट करने की ज़रूरत नहीं।",
    "",
    "Zero-1-to-3 वाले प्रयोग के लिए Objaverse का सबसेट सर्वर gpu-4 पर /data/objaverse-lvis में है।",
    "",
    "धन्यवाद,",
    "अनन्या",
]
sig = ["K-9 मेल के साथ मेरे Android डिवाइस से भेजा गया। कृपया मेरी संक्षिप्तता को क्षमा करें।"]
fwd = ["-------- Original Message --------",
       "From: send mail ONLY to cs <no-reply@arxiv.org>",
       "Sent: March 6, 2024 7:01:07 AM GMT+05:30",
       f"To: {ME}",
       "Subject: cs daily Subj-class mailing 2403 6"]
plain = "\n".join(note + ["", "-- ", *sig, "", *fwd, "", *listing]) + "\n"
qp = email.quoprimime.body_encode(plain.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
if not qp.endswith("\r\n"): qp += "\r\n"


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


head = [
    f"Return-Path: <{ME}>",
    "Received: from [10.21.7.140] ([203.0.113.58])\r\n\tby smtp.mail.iitx.example.in (Postfix) with ESMTPSA id 4TqK7m2vLbz9sWN\r\n"
    f"\tfor <{LIST}>; Wed,  6 Mar 2024 07:42:21 +0530 (IST)",
    "MIME-Version: 1.0",
    "Date: " + SENT.strftime("%a, %d %b %Y %H:%M:%S %z"),
    "User-Agent: K-9 Mail for Android",
    "Content-Type: text/plain;\r\n charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "Subject: Fwd: cs daily Subj-class mailing 2403 6",
    f"To: {LIST}",
    f"From: {bword(NAME)} <{ME}>",
    f"Message-ID: <{MID}>",
]
raw = "\r\n".join(head) + "\r\n\r\n" + qp
write_raw(F1259, raw.encode("ascii"), [raw, plain], keys(F1259))
