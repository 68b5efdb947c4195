#!/usr/bin/env python3
"""1579: a Proximus Mail (Belgian ISP webmail) forward of a Mailman 3 list digest (an invented Flemish reading group's
list), with a Dutch note. CR LF; multipart/alternative with a text/plain and a text/html part, both UTF-8 base64; the
subject as an RFC 2047 B-word."""
import base64, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1579)
LIST, VOL, ISSUE = "Nlp-leesgroep", 7, 3
msgs = [
    ("Jan Peeters", "jan.peeters@mail.example.be", "Mon, 10 Mar 2025 09:12:44 +0100", "Leeslijst april: efficiënte attention",
     f"""Dag iedereen,

Voorstel voor de sessies van april (telkens dinsdag 12u30, lokaal 0.12, broodjes voorzien):

1. {T('2007.14062')}
   https://arxiv.org/abs/2007.14062
2. {T('2009.14794')}
   https://arxiv.org/abs/2009.14794v4
3. {T('2302.10866')} (arXiv:2302.10866)
4. {T('2307.08621')}
   (geen link, staat op de gedeelde schijf)

Wie wil welke paper presenteren? Graag antwoorden op de lijst.

Groeten,
Jan"""),
    ("Lotte Maes", "lotte.maes@mail.example.be", "Mon, 10 Mar 2025 11:40:02 +0100", "Re: Leeslijst april: efficiënte attention",
     f"""Ik neem nummer 2. Mag ik er {T('2103.02143')} bij nemen? Dat past
er goed naast, zelfde idee met random features.

En voor de mensen met minder GPU: {T('2004.11886')} is
klein en leesbaar.

Lotte

> Wie wil welke paper presenteren? Graag antwoorden op de lijst."""),
    ("Pieter Jacobs", "pieter.jacobs@mail.example.be", "Tue, 11 Mar 2025 16:03:27 +0100", "Re: Leeslijst april: efficiënte attention",
     f"""Voorstel om in mei de systeemkant te doen:

- {T('2307.08691')}
  https://arxiv.org/pdf/2307.08691v1
- {T('2309.06180')}
  https://arxiv.org/abs/2309.06180

vLLM zelf (de software) kunnen we dan op de cluster demonstreren; de
FlashAttention-code staat op GitHub, dat is geen paper om te lezen.

Pieter"""),
]
SEP = "-" * 70
digest = f"""Send {LIST} mailing list submissions to
	nlp-leesgroep@lists.example.be

To subscribe or unsubscribe via email, send a message with subject or
body 'help' to
	nlp-leesgroep-request@lists.example.be

You can reach the person managing the list at
	nlp-leesgroep-owner@lists.example.be

When replying, please edit your Subject line so it is more specific
than "Re: Contents of {LIST} digest..."

Today's Topics:

""" + "\n".join(f"   {i}. {s} ({n})" for i, (n, _, _, s, _) in enumerate(msgs, 1)) + f"""


{SEP}
"""
for i, (n, a, d, s, b) in enumerate(msgs, 1):
    mid = hashlib.sha1(f"{a}{d}".encode()).hexdigest()[:16]
    digest += f"""
Message: {i}
Date: {d}
From: {n} <{a}>
Subject: [{LIST}] {s}
To: nlp-leesgroep@lists.example.be
Message-ID: <{mid}@mail.example.be>
Content-Type: text/plain; charset=utf-8

{b}


------------------------------
"""
digest += f"""
Subject: Digest Footer

_______________________________________________
{LIST} mailing list -- nlp-leesgroep@lists.example.be
To unsubscribe send an email to nlp-leesgroep-leave@lists.example.be


------------------------------

End of {LIST} Digest, Vol {VOL}, Issue {ISSUE}
{'*' * len(f'End of {LIST} Digest, Vol {VOL}, Issue {ISSUE}')}
"""
note = """Hoi Sofie,

Hierbij de digest van de leesgroep, want jij staat nog niet op de lijst. Voor
ons project zijn vooral Big Bird en de systeempapers van Pieter interessant
(lange contracten, 20k tokens). Schrijf je in via nlp-leesgroep-join@lists.example.be
als je mee wil doen.

Tot morgen op kantoor,
Wouter

--
Wouter Van den Broeck
Data scientist, Scheldeland Analytics bv
Verzonden met Proximus Mail
"""
fwd_head = f"""---------- Doorgestuurd bericht ----------
Van: {LIST}-request@lists.example.be
Datum: di 11/03/2025 23:59
Onderwerp: {LIST} Digest, Vol {VOL}, Issue {ISSUE}
Aan: wouter.vandenbroeck@proximus.be
"""
plain = note + "\n" + fwd_head + "\n" + digest


def to_html(s):
    out = []
    for line in s.split("\n"):
        e = html.escape(line, quote=False)
        for w in line.split():
            if w.startswith("https://"):
                e = e.replace(html.escape(w, quote=False), f'<a href="{html.escape(w)}" target="_blank">{html.escape(w, quote=False)}</a>', 1)
        out.append(e)
    return out


hn = to_html(note)
hhtml = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>\n"
         "<div style=\"font-family: Arial, sans-serif; font-size: 10pt;\">" + "<br>\n".join(hn) + "</div>\n"
         "<div>" + "<br>\n".join(to_html(fwd_head)) + "</div>\n<blockquote style=\"border-left: 2px solid #0d6efd; padding-left: 8px;\">"
         "<pre style=\"white-space: pre-wrap;\">" + "\n".join(to_html(digest)) + "</pre></blockquote>\n</body></html>\n")


def b64(s):
    e = base64.b64encode(s.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


h = hashlib.sha1(plain.encode()).hexdigest()
BND = f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:20], 16)}"
subj = f"Fwd: {LIST} Digest, Vol {VOL}, Issue {ISSUE} – efficiënte attention"
def b_words(s, limit=45):
    """RFC 2047 B-words of at most `limit` UTF-8 bytes each (so each word stays under 75 characters), folded"""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode()) > limit:
            words.append(cur); cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


subj_enc = b_words(subj)
hdrs = f"""Return-Path: <wouter.vandenbroeck@proximus.be>
Received: from webmail.proximus.be (webmail-07.proximus.be [127.0.0.1])
 by smtp.proximus.be with ESMTPSA id 4Z7kTq2Bn8z9wR; Wed, 12 Mar 2025 21:07:36 +0100 (CET)
Date: Wed, 12 Mar 2025 21:07:33 +0100 (CET)
From: Wouter Van den Broeck <wouter.vandenbroeck@proximus.be>
To: Sofie Claes <sofie.claes@scheldeland.example.be>
Message-ID: <{h[20:32]}.{h[32:40]}@proximus.be>
Subject: {subj_enc}
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="{BND}"
X-Mailer: Proximus Mail
X-Priority: 3
Importance: Normal

""".replace("\n", "\r\n")
body = f"""--{BND}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(plain)}
--{BND}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(hhtml)}
--{BND}--
""".replace("\n", "\r\n")
data = hdrs + body
write_raw(F, data.encode("ascii"), [data, plain, hhtml, html.unescape(hhtml), subj], keys(F))
