#!/usr/bin/env python3
"""519: an Apple Mail .emlx file (the byte count line, the RFC 822 message, the plist with flags and dates) in which an
Italian postdoc forwards Monday's arXiv cs mailing (29 March 2021: banner, window, three of its `\\\\` records kept) to
the reading group with a note in Italian (Apple Mail in Italian: "Inizio messaggio inoltrato:", Da /
Oggetto / Data / A). Apple Mail wrote the body as quoted-printable, so titles and URLs are cut by soft line breaks in the raw file. Papers: the listing records (arXiv id + abs URL: link), a link in the note (link),
"arXiv:ID" for Friday's Swin (arxiv-text), three titles named in the note (title-only). Not papers: the lab wiki,
the Zoom room, a GitHub repository, the course."""
import os, quopri, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_raw
from make_expected import F519, keys


def wrap_field(label, value):
    return textwrap.fill(value, width=80, initial_indent=label, subsequent_indent="  ", break_on_hyphens=False)


def record(aid, date, size, comments=None):
    e = CAT[aid]
    abstract = e["versions"][0].get("abstract") or e["abstract"]
    cats = {"2103.14586": "cs.CV cs.LG", "2103.14338": "cs.CV", "2103.14636": "cs.LG"}[aid]
    out = ["\\\\", f"arXiv:{aid}", f"Date: {date}   ({size}kb,D)", "", wrap_field("Title: ", e["title"]),
           wrap_field("Authors: ", ", ".join(e["authors"])), f"Categories: {cats}"]
    if comments: out.append(wrap_field("Comments: ", comments))
    out += ["\\\\", textwrap.fill(abstract, width=80, initial_indent="  ", subsequent_indent=""),
            f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"]
    return "\n".join(out)


RULE = "-" * 78
listing = "\n".join([
 RULE, RULE,
 "Send any comments regarding submissions directly to submitter.",
 RULE,
 "Archives at http://arxiv.org/",
 "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel",
 RULE,
 " Submissions to:",
 "Computer Vision and Pattern Recognition",
 "Machine Learning",
 " received from  Thu 25 Mar 21 18:00:00 GMT  to  Fri 26 Mar 21 18:00:00 GMT",
 RULE, RULE,
 record("2103.14338", "Fri, 26 Mar 2021 08:21:34 GMT", 6398, "CVPR 2021"),
 RULE,
 record("2103.14586", "Fri, 26 Mar 2021 16:47:55 GMT", 2714),
 RULE,
 record("2103.14636", "Fri, 26 Mar 2021 17:10:02 GMT", 1154),
 RULE,
 "[ ... resto del mailing tagliato / Chiara ]",
])

note = f"""Ciao a tutti,

ecco il mailing di lunedì, sfoltito a quello che mi sembra utile per il gruppo di lettura di giovedì (ho tolto circa 180 voci). Proposte:

1. La robustezza dei ViT rispetto alle ResNet (seconda voce qui sotto) – si abbina bene a "{T('2103.14030')}" dal mailing di venerdì (arXiv:2103.14030), che Enrico ha già letto.
2. La rassegna sui transformer più veloci/leggeri (terza voce) è lunga, ma per noi basta la parte sulla complessità di memoria.
3. Il motion transfer (prima voce) lo metto solo perché l'ha chiesto Marta – secondo l'abstract il codice è su GitHub.

Dalla discussione della settimana scorsa restano ancora in sospeso:
- "{T('2103.03230')}" (Zbontar et al.)
- {T('2103.09762')} – presenta Marta
- {T('2010.08515')} (ICLR 2021)
e come sfondo a tutto questo: https://arxiv.org/abs/2004.07780 ({T('2004.07780')}, Geirhos et al.)

Il calendario è come sempre sul wiki: https://wiki.example.it/gruppo-lettura/2021-primavera
Il link Zoom è lo stesso dell'altra volta (lo trovate nell'invito del calendario).

Buona settimana!
Chiara

--
Chiara Benedetti, assegnista di ricerca
Dipartimento di Informatica
Università di Esempio


Inizio messaggio inoltrato:

Da: no-reply@arxiv.org
Oggetto: cs daily Subj-class mailing 75 1
Data: 29 marzo 2021 06:12:40 CEST
A: chiara.benedetti@example.it

{listing}

"""
body_q = quopri.encodestring(note.encode("utf-8"))
headers = """Return-Path: <chiara.benedetti@example.it>
Received: from smtp.example.it (smtp.example.it [192.0.2.25])
 by imap.example.it (Dovecot) with LMTP id kLq3GH3nYWBuTQAAqz5x3Q
 for <gruppo-lettura-cv@liste.example.it>; Mon, 29 Mar 2021 10:44:13 +0200
Content-Type: text/plain;
\tcharset=utf-8
Mime-Version: 1.0 (Mac OS X Mail 14.0 \\(3654.60.0.2.21\\))
Subject: =?utf-8?Q?Fwd=3A_cs_daily_Subj-class_mailing_75_1_=28gruppo_di_lettura_di?=
 =?utf-8?Q?_gioved=C3=AC=29?=
From: Chiara Benedetti <chiara.benedetti@example.it>
In-Reply-To: <202103290412.12T4Cen1023456@arxiv.org>
Date: Mon, 29 Mar 2021 10:44:05 +0200
Cc: Enrico Ferraresi <enrico.ferraresi@example.it>
Content-Transfer-Encoding: quoted-printable
Message-Id: <4C1E2B7A-9F0D-4C55-8E21-6B0D3F7E2A11@example.it>
References: <202103290412.12T4Cen1023456@arxiv.org>
To: gruppo-lettura-cv@liste.example.it
X-Mailer: Apple Mail (2.3654.60.0.2.21)

"""
msg = headers.encode("utf-8") + body_q
plist = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>date-last-viewed</key>
\t<integer>1617008262</integer>
\t<key>date-received</key>
\t<integer>1617007453</integer>
\t<key>flags</key>
\t<integer>8590195713</integer>
\t<key>remote-id</key>
\t<string>48213</string>
</dict>
</plist>
"""
data = f"{len(msg):<10d}\n".encode() + msg + plist.encode()
write_raw(F519, data, [data.decode("utf-8"), headers + note], keys(F519))
