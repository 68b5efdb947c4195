#!/usr/bin/env python3
"""1299: an arXiv cs daily listing forwarded from ABV.bg webmail with a Bulgarian note, saved by the recipient as .eml
(CRLF). ABV's server writes the message the way JavaMail does: Message-ID `<hash.counter.millis@host>`, a
multipart/alternative boundary `----=_Part_<n>_<hash>.<millis>`, a Date with the zone comment `+0200 (EET)`; the
From name as an RFC 2047 Q-word; both parts UTF-8 in quoted-printable (76-column lines with `=` soft breaks, Cyrillic
as =D0=.. bytes, `=3D` in HTML attributes). The plain part: the note, a `-- ` signature, ABV's `-------- Оригинално
писмо --------` header (От / Относно / До / Изпратено на) and the listing, cut by the writer to one new entry (with
its abstract) and three `replaced with revised version` entries; the HTML part: the note as <div>s and the forwarded
message in a <pre>. Papers: the listing's closing abs links, an `arXiv:` id and three titles alone in the note; a
repository, a shared folder and a room are not papers."""
import datetime as dt, html, os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F1299, keys

EET = dt.timezone(dt.timedelta(hours=2))
SENT = dt.datetime(2024, 3, 6, 8, 21, 37, tzinfo=EET)
MS = int(SENT.timestamp() * 1000) + 412
NAME, ME = "Петя Георгиева", "petya.georgieva@abv.example.bg"
TO, CC = "dimitar.stoyanov@fmi.strandzha.example.bg", "genml-seminar@fmi.strandzha.example.bg"
HOST = "nm31.abv.example.bg"
MID = f"1288437163.1173091.{MS}@{HOST}"
BOUND = f"----=_Part_1173090_742153819.{MS - 1}"


def tex(s):
    return s.replace("ü", '\\"u').replace("ö", '\\"o').replace("é", "\\'e").replace("è", "\\`e")


def wrap(prefix, text):
    return textwrap.wrap(prefix + text, 80, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)


RULE = "-" * 78
NEW = ("2403.03206", "Tue, 5 Mar 2024 15:47:12 GMT", 38412, "cs.CV",
       "Diffusion models create data from noise by inverting the forward paths of data towards noise and have emerged as a powerful generative modeling technique for high-dimensional, perceptual data such as images and videos. Rectified flow is a recent generative model formulation that connects data and noise in a straight line. We improve existing noise sampling techniques for training rectified flow models by biasing them towards perceptually relevant scales, and present a novel transformer-based architecture for text-to-image generation that uses separate weights for the two modalities.")
REPL = [  # (id, replaced time GMT, size kb, categories, comments)
    ("2105.05233", "Mon, 4 Mar 2024 21:13:55 GMT", 45127, "cs.LG cs.AI cs.CV stat.ML", "NeurIPS 2021 camera-ready; code at https://github.com/openai/guided-diffusion"),
    ("2106.05931", "Tue, 5 Mar 2024 06:40:18 GMT", 29804, "stat.ML cs.LG", "NeurIPS 2021"),
    ("2010.08895", "Tue, 5 Mar 2024 11:02:49 GMT", 2617, "cs.LG cs.NA math.NA", "ICLR 2021"),
]
listing = [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
           "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", RULE,
           " Submissions to:", "Computer Vision and Pattern Recognition", "Machine Learning",
           " received from  Mon  4 Mar 24 19:00:00 GMT  to  Tue  5 Mar 24 19:00:00 GMT", RULE]
aid, when, kb, cats, abst = NEW
listing += ["\\\\", f"arXiv:{aid}", f"Date: {when}   ({kb}kb,D)", ""]
listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
listing += [f"Categories: {cats}", "\\\\"]
listing += textwrap.wrap(abst, 78, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False)
listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE,
            "[... останалите 187 нови и 122 cross-list ги изрязах – П. ...]", RULE, "%%%---" * 13]
for aid, when, kb, cats, com in REPL:
    listing += ["\\\\", f"arXiv:{aid}", f"replaced with revised version {when}   ({kb}kb,D)", ""]
    listing += wrap("Title: ", T(aid)) + wrap("Authors: ", tex(", ".join(authors(aid))))
    listing += [f"Categories: {cats}"] + (wrap("Comments: ", com) if com else [])
    listing += [f"\\\\ ( https://arxiv.org/abs/{aid} ,  {kb}kb)", RULE]
listing += ["%%%---" * 13]

note = [
    "Здравей, Митко,",
    "",
    "препращам ти днешния cs листинг – изрязах всичко освен нещата за семинара по генеративни модели (1 нова статия и 3 обновени версии).",
    "",
    "- SD3 (новата статия най-отгоре) – предлагам да я разгледаме на 14 март, аз ще я представя.",
    f"- За DALL·E 2 вижте arXiv:2204.06125 (\"{T('2204.06125')}\"), там е описан unCLIP.",
    f"- Преди частта за score-based модели непременно прочетете \"{T('1907.05600')}\" на Song и Ermon – PDF-ът е в споделената папка „Семинар ГМ/литература“.",
    f"- Иво питаше за физичните симулации: \"{T('2010.03409')}\" (ICLR 2021) е добра отправна точка, а за FNO връзката е по-долу в листинга.",
    f"- За графите: \"{T('2106.05234')}\" (Graphormer), кодът е в microsoft/Graphormer в GitHub.",
    "",
    "Семинарът е както обикновено в зала 325, четвъртък от 16:15.",
    "",
    "Поздрави,",
    "Петя",
    "",
    "-- ",
    "Петя Георгиева",
    "докторант, катедра „Изкуствен интелект“, ФМИ, Университет „Странджа“",
]
fwd = ["-------- Оригинално писмо --------",
       "От: send mail ONLY to cs no-reply@arxiv.org",
       "Относно: cs daily Subj-class mailing 2403 6",
       f"До: {ME}",
       "Изпратено на: 06.03.2024 03:04"]
plain = "\n".join(note + ["", "", *fwd, "", *listing]) + "\n"
E = lambda s: html.escape(s, quote=False)
hl = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>']
hl += [f"<div>{E(l) if l else '<br>'}</div>" for l in note]
hl += ["<div><br></div><div><br></div>",
       '<div style="font-family:Arial,sans-serif;font-size:13px">' + "".join(f"<div>{E(l)}</div>" for l in fwd) + "</div>",
       '<pre style="white-space:pre-wrap;font-family:monospace">' + "\n".join(E(l) for l in listing) + "</pre>",
       "</body></html>"]
htm = "\n".join(hl) + "\n"


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def qword(s):
    b = s.encode("utf-8")
    return "=?UTF-8?Q?" + "".join(chr(c) if chr(c).isalnum() and c < 128 else "_" if c == 32 else f"={c:02X}" for c in b) + "?="


head = [
    f"Return-Path: <{ME}>",
    f"Received: from {HOST} ({HOST} [203.0.113.31])\r\n\tby mx.fmi.strandzha.example.bg (Postfix) with ESMTPS id 4TqD2h0Fz9z1xQw\r\n"
    f"\tfor <{TO}>; Wed,  6 Mar 2024 08:21:39 +0200 (EET)",
    f"Received: from {HOST} (localhost [127.0.0.1])\r\n\tby {HOST} (Postfix) with ESMTP id 7A1C41E0F3\r\n\tfor <{TO}>; Wed,  6 Mar 2024 08:21:37 +0200 (EET)",
    "Date: " + SENT.strftime("%a, %-d %b %Y %H:%M:%S %z") + " (EET)",
    f"From: {qword(NAME)} <{ME}>",
    f"To: {TO}",
    f"Cc: {CC}",
    f"Message-ID: <{MID}>",
    "Subject: Fwd: cs daily Subj-class mailing 2403 6",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative; \r\n\tboundary="{BOUND}"',
    "X-Priority: 3",
    "Importance: Medium",
    "X-Mailer: AbvMail 3.0",
    "X-Originating-IP: [198.51.100.77]",
]
body = (f"--{BOUND}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(plain)}"
        f"--{BOUND}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(htm)}"
        f"--{BOUND}--\r\n")
raw = "\r\n".join(head) + "\r\n\r\n" + body
write_raw(F1299, raw.encode("ascii"), [raw, plain, htm, html.unescape(htm)], keys(F1299))
