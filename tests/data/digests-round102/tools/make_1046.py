#!/usr/bin/env python3
"""1046 (negative): a Czech ML meetup community's monthly newsletter sent with Ecomail, as the subscriber's mail server
stored it (.eml, CRLF, 7-bit): Return-Path with a per-recipient bounce address, Delivered-To, Received, a DKIM-Signature
(body hash computed), Date, From with a Q-encoded display name, Reply-To, To, a B-encoded Subject, Message-ID,
List-Unsubscribe (https and mailto) with List-Unsubscribe-Post One-Click, Precedence bulk, X-Mailer, the campaign id
header, MIME-Version, multipart/alternative: text/plain and the table-based text/html, both UTF-8 quoted-printable.
The greeting uses Ecomail's Czech vocative ("Ahoj Terezo"). The issue announces the April meetup's two talks, says
that the reading club returns to diffusion models but has not picked its paper (members vote on Discord), links the
March recordings, a course, a book and two job offers — about reading papers, naming none: no catalogue title and
nothing arXiv-shaped (the builder refuses both)."""
import base64, datetime, hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import OUT, check_no_distractor, no_catalogue_title

F = "1046_negative_ecomail_campaign_eml_quoted_printable_czech_ml_meetup_newsletter_no_paper_named.eml"
CRLF = "\r\n"
CET = datetime.timezone(datetime.timedelta(hours=1))
SENT = datetime.datetime(2024, 3, 26, 9, 0, 4, tzinfo=CET)
CAMPAIGN, SUB = 31203, 77814
DOM, ESP = "mlbrno.example.cz", "ecomailapp.example"
TO = "tereza.novakova@posta.example.cz"
UNSUB = f"https://mlbrno.{ESP}/unsubscribe/{CAMPAIGN}/{SUB}/5f0c2e9a71"

SECTIONS = [
    ("Dubnový meetup: čtvrtek 18. dubna, 18:00, KOMA coworking (Údolní 9, Brno)",
     ["Po pauze se zase potkáme naživo. Program:",
      "• Jak jsme nasadili jazykový model do zákaznické podpory (a proč jsme ho pak z půlky vypnuli) – Martin Dvořák",
      "• Od Jupyteru k produkci: MLOps v týmu o třech lidech – Lucie Horáková",
      "Potom pizza a networking. Kapacita je 60 míst, registrace: https://mlbrno.example.cz/meetup/duben-2024"]),
    ("Čtenářský klub",
     ["V dubnu se vracíme k difuzním modelům. Konkrétní článek zatím vybraný nemáme – hlasujeme na Discordu "
      "v kanálu #ctenarsky-klub do pátku 5. dubna. Návrhy pište rovnou do vlákna, pravidlo zůstává: do 15 stran "
      "a ideálně s veřejným kódem.",
      "Sejdeme se ve středu 17. dubna v 18:30 online, odkaz přijde den předem."]),
    ("Záznamy z března",
     ["Obě březnové přednášky (o vyhledávání v dokumentech a o kvantizaci modelů na notebooku) jsou na našem "
      "YouTube kanálu: https://www.youtube.com/@mlbrno-komunita/videos"]),
    ("Tip měsíce",
     ["Kdo začíná, ať zkusí bezplatný kurz Practical Deep Learning for Coders od fast.ai "
      "(https://course.fast.ai). Knihovna na fakultě má nově i učebnici Dive into Deep Learning v tištěné podobě."]),
    ("Nabídky práce",
     ["• Junior ML inženýr/ka, Brno nebo hybridně – Datová Laboratoř s. r. o., https://mlbrno.example.cz/prace/1",
      "• Stáž v týmu počítačového vidění (léto 2024) – Optika Morava a. s., https://mlbrno.example.cz/prace/2"]),
]
GREETING = "Ahoj Terezo,"
INTRO = "jaro je tady a s ním i nový program. Tady je přehled toho, co chystáme v dubnu."
OUTRO = ["Díky, že jste s námi!", "Za organizační tým ML Brno", "Kateřina, Ondřej a Petr"]
FOOT = ["Tento e-mail dostáváte, protože jste se přihlásili k odběru novinek ML Brno.",
        f"Odhlásit se: {UNSUB}",
        "ML Brno, z. s., Příkladná 12, 602 00 Brno"]

plain_lines = [GREETING, "", INTRO, ""]
for h, paras in SECTIONS:
    plain_lines += [h.upper(), ""] + [p for q in paras for p in (q, "")]
plain_lines += OUTRO + ["", "--", ""] + FOOT
plain = "\n".join(plain_lines) + "\n"


def link(s):
    return re.sub(r"https?://[^\s)]+", lambda m: f'<a href="{m.group(0)}" style="color:#1a73e8;" target="_blank">'
                  f'{m.group(0)}</a>', s)


rows = [f'<tr><td style="padding:0 24px 12px 24px;font-size:16px;line-height:24px;">{html.escape(GREETING)}<br>'
        f'{html.escape(INTRO)}</td></tr>']
for h, paras in SECTIONS:
    rows.append(f'<tr><td style="padding:12px 24px 4px 24px;"><h2 style="margin:0;font-size:20px;line-height:26px;'
                f'color:#0b3d2e;">{html.escape(h)}</h2></td></tr>')
    for p in paras:
        rows.append(f'<tr><td style="padding:0 24px 12px 24px;font-size:16px;line-height:24px;">'
                    f'{link(html.escape(p, quote=False))}</td></tr>')
rows.append('<tr><td style="padding:12px 24px 24px 24px;font-size:16px;line-height:24px;">' +
            "<br>".join(html.escape(o) for o in OUTRO) + "</td></tr>")
html_body = ('<!DOCTYPE html>\n<html lang="cs">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" '
             'content="width=device-width, initial-scale=1">\n<title>Novinky z ML Brno – duben 2024</title>\n</head>\n'
             '<body style="margin:0;padding:0;background:#f2f4f3;">\n<table role="presentation" width="100%" '
             'cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f3;">\n<tr><td align="center">\n'
             '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:'
             '#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1f2a24;">\n<tr><td style="padding:24px;">'
             '<img src="https://img.ecomailapp.example/mlbrno/logo-600.png" width="180" alt="ML Brno" '
             'style="display:block;border:0;"></td></tr>\n' + "\n".join(rows) + '\n<tr><td style="padding:16px 24px;'
             'font-size:12px;line-height:18px;color:#6b7671;background:#f7f8f7;">' +
             "<br>".join(link(html.escape(x, quote=False)) for x in FOOT) +
             f'<img src="https://track.{ESP}/o/{CAMPAIGN}/{SUB}.gif" width="1" height="1" alt=""></td></tr>\n'
             '</table>\n</td></tr>\n</table>\n</body>\n</html>\n')


def qp(text):
    out = []
    for line in text.split("\n"):
        toks = []
        b = line.encode("utf-8")
        for i, c in enumerate(b):
            if c == 61 or c > 126 or (c < 32 and c != 9) or (c in (9, 32) and i == len(b) - 1):
                toks.append("=%02X" % c)
            else:
                toks.append(chr(c))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return CRLF.join(out)


def bword(s):
    b = s.encode("utf-8")
    chunks, cur = [], b""
    for ch in s:
        e = ch.encode("utf-8")
        if len(base64.b64encode(cur + e)) > 45:
            chunks.append(cur); cur = b""
        cur += e
    chunks.append(cur)
    return (CRLF + " ").join(f"=?UTF-8?B?{base64.b64encode(c).decode()}?=" for c in chunks)


def qword(s):
    return "=?UTF-8?Q?" + "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else
                                  "".join(f"={x:02X}" for x in c.encode("utf-8")) for c in s) + "?="


BOUND = f"=_ecm_{hashlib.md5(str(CAMPAIGN * SUB).encode()).hexdigest()[:24]}"
body = CRLF.join([
    "This is a multi-part message in MIME format.", "",
    f"--{BOUND}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
    qp(plain),
    f"--{BOUND}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
    qp(html_body),
    f"--{BOUND}--", ""])


def relaxed_body_hash(b):
    lines = [re.sub(r"[ \t]+", " ", l).rstrip(" ") for l in b.split(CRLF)]
    while lines and lines[-1] == "": lines.pop()
    return base64.b64encode(hashlib.sha256((CRLF.join(lines) + CRLF).encode()).digest()).decode()


date_hdr = SENT.strftime("%a, %d %b %Y %H:%M:%S %z")
mid = f"<{CAMPAIGN}.{SUB}.{int(SENT.timestamp())}@{ESP}>"
sig = base64.b64encode(b"".join(hashlib.sha512(f"ecm{i}{mid}".encode()).digest() for i in range(4))[:256]).decode()
headers = [
    f"Return-Path: <bounce-{CAMPAIGN}-{SUB}@bounce.{ESP}>",
    f"Delivered-To: {TO}",
    f"Received: from out3.{ESP} (out3.{ESP} [192.0.2.43]){CRLF}\tby mx1.posta.example.cz (Postfix) with ESMTPS id 4V3kQ70Zr2z1xq{CRLF}"
    f"\tfor <{TO}>; {date_hdr}",
    f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={DOM}; s=ecm1;{CRLF}\tt={int(SENT.timestamp())}; "
    f"h=from:reply-to:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;{CRLF}"
    f"\tbh={relaxed_body_hash(body)};{CRLF}\tb=" + f"{CRLF}\t ".join(sig[i:i + 72] for i in range(0, len(sig), 72)),
    f"Date: {date_hdr}",
    f"From: {qword('ML Brno – komunita')} <novinky@{DOM}>",
    f"Reply-To: ahoj@{DOM}",
    f"To: {TO}",
    "Subject: " + bword("Novinky z ML Brno: dubnový meetup, čtenářský klub a práce"),
    f"Message-ID: {mid}",
    f"List-Unsubscribe: <{UNSUB}>,{CRLF} <mailto:unsubscribe-{CAMPAIGN}-{SUB}@bounce.{ESP}>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "X-Mailer: Ecomail.cz",
    f"X-Ecomail-Campaign: {CAMPAIGN}",
    "MIME-Version: 1.0",
    f'Content-Type: multipart/alternative;{CRLF} boundary="{BOUND}"',
]
text = CRLF.join(headers) + CRLF + CRLF + body
forms = "\n".join([text, plain, html.unescape(html_body)])
check_no_distractor(forms, F)
no_catalogue_title(forms, F)
if re.search(r"(?<![\d.])\d{4}\.\d{4,5}(?!\d)", forms):
    raise SystemExit(f"{F}: an arXiv-shaped id in the negative control")
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, F), "wb") as fh:
    fh.write(text.encode("ascii"))
