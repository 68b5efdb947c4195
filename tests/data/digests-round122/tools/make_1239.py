#!/usr/bin/env python3
"""1239: an arXiv stat daily listing forwarded from Spark (Readdle's mail app) with a Hebrew note, saved as .eml (CRLF).
Spark writes multipart/alternative with a text/plain and a text/html part, both UTF-8 in base64 (76-column lines);
the boundary is MailCore's `%08x_%08x_%x` (the first field the sending time in hex), the Message-ID `<uuid@Spark>`
repeated in X-Readdle-Message-ID, the sender's Hebrew name an RFC 2047 B-word. The forward header is Spark's English
one (the app has no Hebrew interface); the HTML part has Spark's messageBodySection / messageSignatureSection /
messageReplySection divs, `dir="rtl"` for the note and the listing in a <pre> inside a spark_quote blockquote.
The listing keeps only three `replaced with revised version` entries (the writer says she deleted the rest). Papers:
the three listing entries (closing abs links), an OpenReview forum link, an `arXiv:` id and three titles alone in
the note; the shared drive and the room are not papers."""
import base64, datetime as dt, html, os, sys, textwrap, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F1239, keys

SENT = dt.datetime(2023, 11, 16, 9, 15, 56, tzinfo=dt.timezone(dt.timedelta(hours=2)))
EPOCH = int(SENT.timestamp())
BOUNDARY = f"{EPOCH:08x}_2ae8944a_6c41"
MID = str(uuid.UUID("3f9a1c2e-7b4d-4e8a-a1c5-0d2e9f6b8a71")) + "@Spark"
NAME = "נועה לוי"
ME = "noa.levi@cs.example.ac.il"
LIST = "ml-reading@lists.cs.example.ac.il"


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


ENTRIES = [  # (id, replaced time GMT, size kb, categories, comments)
    ("2106.05931", "Wed, 15 Nov 2023 10:47:21 GMT", 6233, "stat.ML cs.LG", "NeurIPS 2021"),
    ("2105.05233", "Wed, 15 Nov 2023 14:02:09 GMT", 44127, "cs.LG cs.AI cs.CV stat.ML", "Added compute requirements, ImageNet 256x256 upsampling FID and samples, DDIM guided sampler, fixed typos"),
    ("1503.03585", "Wed, 15 Nov 2023 17:31:48 GMT", 2905, "cs.LG cond-mat.dis-nn q-bio.NC stat.ML", "ICML 2015"),
]
RULE = "-" * 78
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: stat@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Machine Learning", " received from  Tue 14 Nov 23 19:00:00 GMT  to  Wed 15 Nov 23 19:00:00 GMT",
           RULE, RULE, "[... נמחקו 64 הגשות חדשות ו-97 cross-lists — נ.ל. ...]", RULE,
           "%%%---" * 13]
for aid, when, kb, cats, com in ENTRIES:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", ", ".join(authors(aid)))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]

note = [
    "היי כולם,",
    "",
    "מעבירה את רשימת stat של הבוקר. השארתי רק את שלוש הגרסאות המעודכנות (replaced) שקשורות לקריאה שלנו על מודלי",
    "דיפוזיה — את כל השאר מחקתי.",
    "",
    "לפגישה של יום שני (20.11, 14:00, חדר 316):",
    f"1. {T('2010.02502')} — הגרסה של ICLR 2021:",
    "   https://openreview.net/forum?id=St1giarCHLP",
    f"2. {T('2207.12598')} (arXiv:2207.12598) — קצר, 8 עמודים, חובה.",
    f"3. לרקע, למי שלא קרא את NCSN: {T('1907.05600')}",
    "",
    f"ובהמשך הסמסטר: {T('2204.06125')}, ואחריו {T('2403.03206')} (ה-SD3).",
    "את שני אלה אין צורך להדפיס, הם בתיקייה המשותפת בדרייב של המעבדה.",
    "",
    "תודה,",
    "נועה",
]
sig = ["נועה לוי", "דוקטורנטית, המעבדה ללמידת מכונה"]
fwd = ["---------- Forwarded message ----------",
       "From: send mail ONLY to stat <no-reply@arxiv.org>",
       "Date: 16 Nov 2023 at 3:04 +0200",
       f"To: {ME}",
       "Subject: stat daily Subj-class mailing 2311 16"]
plain = "\n".join(note + ["", "--", *sig, "", *fwd, "", *listing]) + "\n"


def h(s):
    return html.escape(s, quote=False)


def hl(s):
    # Spark links bare URLs in the note
    out = []
    for w in s.split(" "):
        out.append(f'<a href="{h(w)}">{h(w)}</a>' if w.startswith("https://") else h(w))
    return " ".join(out)


html_body = ('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title></title>\n</head>\n<body>\n'
             '<div name="messageBodySection">\n<div dir="rtl">' + "<br />\n".join(hl(x) for x in note) + "</div>\n</div>\n"
             '<div name="messageSignatureSection"><br />\n<div class="matchFont" dir="rtl">' + "<br />\n".join(h(x) for x in sig) + "</div>\n</div>\n"
             '<div name="messageReplySection">' + "<br />\n".join(h(x) for x in fwd) + "<br />\n"
             '<blockquote type="cite" class="spark_quote" style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">\n'
             "<pre>" + h("\n".join(listing)) + "</pre>\n</blockquote>\n</div>\n</body>\n</html>\n")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def bword(s):
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


head = [
    f"Return-Path: <{ME}>",
    "Received: from [192.0.2.77] ([198.51.100.23])\r\n\tby smtp.cs.example.ac.il (Postfix) with ESMTPSA id 4SWc1x0qRPz1xQ\r\n"
    f"\tfor <{LIST}>; Thu, 16 Nov 2023 09:15:58 +0200 (IST)",
    "MIME-Version: 1.0",
    "Date: " + SENT.strftime("%a, %d %b %Y %H:%M:%S %z"),
    f"From: {bword(NAME)} <{ME}>",
    f"To: {LIST}",
    f"Message-ID: <{MID}>",
    "Subject: Fwd: stat daily Subj-class mailing 2311 16",
    f"X-Readdle-Message-ID: {MID}",
    f'Content-Type: multipart/alternative; boundary="{BOUNDARY}"',
]
parts = []
for ctype, body in (("text/plain", plain), ("text/html", html_body)):
    parts.append(f"--{BOUNDARY}\r\nContent-Type: {ctype}; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n"
                 f"Content-Disposition: inline\r\n\r\n{b64(body)}")
raw = "\r\n".join(head) + "\r\n\r\n" + "\r\n".join(parts) + f"\r\n--{BOUNDARY}--\r\n"
write_raw(F1239, raw.encode("ascii"), [raw, plain, html_body, html.unescape(html_body)], keys(F1239))
