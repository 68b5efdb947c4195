#!/usr/bin/env python3
"""1359: an arXiv cs daily listing forwarded from Kerio Connect Client (the Kerio Connect webmail) with a Greek note,
saved by the recipient as .eml (CRLF). multipart/alternative: a text/plain and a text/html part, both UTF-8 and
quoted-printable as the writer encodes them (Python's quopri: lines of at most 76 with `=` soft breaks, every Greek
byte an `=CE=..` / `=CF=..` pair, `=3D` for `=`), so the Greek note is unreadable in the raw file and the listing's
long lines are cut; the html part is the same text (the note in <div>s, the forwarded message in a <pre>). Date in
Greek summer time (EEST, +0300), the From name an RFC 2047 B-word in UTF-8, Kerio's X-Mailer. The forward block
(-------- Αρχικό μήνυμα -------- with Θέμα / Ημερομηνία / Από / Προς) and the listing, which the sender cut to three
`replaced with revised version` entries. Papers: the listing's closing abs links, an abs link and an `arXiv:` id in the
note, three titles alone; a GitHub repository, a seminar room and a shared folder are not papers."""
import base64, datetime as dt, email.utils, html, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F1359, keys

EEST = dt.timezone(dt.timedelta(hours=3))
SENT = dt.datetime(2024, 4, 11, 9, 26, 51, tzinfo=EEST)
NAME, ME = "Νεφέλη Παπαδάκη", "n.papadaki@csd.example.gr"
TO = "s.georgiou@csd.example.gr"
RULE = "-" * 78


def tex(s):
    return s.replace("ü", '\\"u').replace("ö", '\\"o').replace("é", "\\'e")


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


ENTRIES = [  # (id, time GMT, size kb, categories, comments)
    ("2403.03206", "Tue, 9 Apr 2024 21:04:36 GMT", 43021, "cs.CV", None),
    ("2010.08895", "Wed, 10 Apr 2024 03:52:10 GMT", 2731, "cs.LG cs.NA math.NA", "ICLR 2021"),
    ("1907.05600", "Wed, 10 Apr 2024 11:37:58 GMT", 8856, "cs.LG stat.ML", "NeurIPS 2019 (Oral)"),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Tue  9 Apr 24 18:00:00 GMT  to  Wed 10 Apr 24 18:00:00 GMT", RULE,
           "[... έσβησα τις νέες υποβολές και τα cross-lists, έμειναν μόνο 3 αναθεωρήσεις - Ν.Π. ...]", RULE]
for aid, when, kb, cats, com in ENTRIES:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "Καλημέρα Στέλιο,",
    "",
    "σου προωθώ τη χθεσινή λίστα του arXiv (cs). Κράτησα μόνο τρεις αναθεωρημένες εργασίες που μας αφορούν για το",
    "σεμινάριο γενετικών μοντέλων και επιστημονικής ML: το SD3, το FNO και το NCSN του Song.",
    "",
    "Για την Πέμπτη προτείνω επίσης:",
    f"- \"{T('2204.06125')}\" (DALL·E 2): https://arxiv.org/abs/2204.06125",
    f"- \"{T('2106.05931')}\", arXiv:2106.05931 - το LSGM, διάχυση σε latent χώρο.",
    f"- για ιστορική αναδρομή το κλασικό \"{T('1406.2661')}\" του Goodfellow (NIPS 2014).",
    f"- για την ομάδα του Άρη: \"{T('2303.11328')}\" και, από τη μεριά της φυσικής,",
    f"  \"{T('2010.03409')}\" (ICLR 2021) - ο κώδικας είναι στο github.com/deepmind/deepmind-research.",
    "",
    "Τα PDF τα ανέβασα στον κοινόχρηστο φάκελο \"Σεμινάριο/2024-04\". Αίθουσα Α2, 12:00.",
    "",
    "Φιλικά,",
    "Νεφέλη",
    "",
    "-- ",
    "Νεφέλη Παπαδάκη",
    "Υποψήφια Διδάκτορας, Τμήμα Πληροφορικής (παράδειγμα)",
]
fwd = ["-------- Αρχικό μήνυμα --------",
       "Θέμα: cs daily Subj-class mailing 2404 10",
       "Ημερομηνία: 11/04/2024 04:12",
       "Από: send mail ONLY to cs <no-reply@arxiv.org>",
       f"Προς: {ME}"]
plain = "\n".join(note + ["", *fwd, "", *listing]) + "\n"
E = lambda s: html.escape(s, quote=False)
html_body = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
             "<body style=\"font-family: Tahoma, Arial, sans-serif; font-size: 10pt;\">\n"
             + "".join(f"<div>{E(l) if l else '<br>'}</div>\n" for l in note)
             + "<div><br></div>\n<div>" + "<br>\n".join(E(l) for l in fwd) + "</div>\n<div><br></div>\n"
             + "<pre>" + "\n".join(E(l) for l in listing) + "\n</pre>\n</body></html>\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


B = "=_8f2c41e0d9b6a7f1c3e5"
MID = f"kerio.{int(SENT.timestamp()):x}.5d2e9a71@mail.csd.example.gr"
head = [
    f"Return-Path: <{ME}>",
    "Received: from mail.csd.example.gr ([192.0.2.17])\r\n\tby mail.csd.example.gr (Kerio Connect 10.0.5)\r\n"
    f"\tfor {TO}; Thu, 11 Apr 2024 09:26:52 +0300",
    "X-Mailer: Kerio Connect 10.0.5 WebMail",
    "Date: " + email.utils.format_datetime(SENT),
    f"From: =?utf-8?B?{base64.b64encode(NAME.encode()).decode()}?= <{ME}>",
    f"To: {TO}",
    "Subject: Fwd: cs daily Subj-class mailing 2404 10",
    f"Message-ID: <{MID}>",
    "MIME-Version: 1.0",
    f"Content-Type: multipart/alternative; boundary=\"{B}\"",
]
body = ("This is a multi-part message in MIME format.\r\n\r\n"
        f"--{B}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(plain)
        + f"\r\n--{B}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(html_body)
        + f"\r\n--{B}--\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1359, raw.encode("ascii"), [raw, plain, html.unescape(html_body)], keys(F1359))
