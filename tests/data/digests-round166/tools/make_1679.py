#!/usr/bin/env python3
"""1679: a forward from Apollo.lv's webmail (Latvian portal mail) of a GNU Mailman 3 plain-text digest, Latvian: CR LF,
one text/plain part in UTF-8 with Content-Transfer-Encoding quoted-printable (soft line breaks at 76 columns, «=3D» in
URLs), the sender's name as an RFC 2047 encoded-word, the Latvian forward note and «Pārsūtīta vēstule» block, the
digest in Mailman 3's English template (list preferred language English) with Latvian messages. The list nlp-lv at
lists.example.lv, its members and the mailboxes are invented (ilze.berzina@apollo.lv is an invented mailbox on the
imitated service's own domain)."""
import os, quopri, sys
from email.utils import format_datetime
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1679)
LIST, HOST = "nlp-lv", "lists.example.lv"
VOL, ISS = 7, 4
EET = dt.timezone(dt.timedelta(hours=3))
msgs = [
    (dt.datetime(2025, 4, 7, 9, 12, 40, tzinfo=EET), "Kārlis Ozols", "karlis.ozols@example.lv",
     "Lasīšanas grupa: aģenti un rīki", "174401236012.4410.9921@ws-ozols.example.lv",
     f"""Sveiki!

Aprīļa lasīšanas grupā piedāvāju tēmu "valodu modeļi kā aģenti".
Pirmais saraksts:

1. {T('2303.11366')}
   https://arxiv.org/abs/2303.11366
2. {T('2302.04761')}
   https://arxiv.org/pdf/2302.04761
3. {T('2310.06770')}
   https://openreview.net/forum?id=VTF8yNQM66
   (te ir arī datu kopa un novērtēšanas skripti)

Tiekamies ceturtdien plkst. 15:00, 312. telpā.

Kārlis
"""),
    (dt.datetime(2025, 4, 7, 13, 48, 2, tzinfo=EET), "Laura Kalniņa", "laura.kalnina@example.lv",
     "Re: Lasīšanas grupa: aģenti un rīki", "CAH3kQp0vX9mLr@mail.example.lv",
     f"""Labs saraksts. Es pievienotu vēl divus:

- "{T('2310.11511')}"
  https://arxiv.org/abs/2310.11511v1
- "{T('2205.06175')}" (Reed et al., 2022,
  arXiv:2205.06175) -- tas gan vairāk par vienu modeli daudziem uzdevumiem.

Un par Minecraft aģentiem noteikti "{T('2305.16291')}",
to varu prezentēt es.

> Pirmdien, 2025. gada 7. aprīlī, Kārlis Ozols rakstīja:
> Aprīļa lasīšanas grupā piedāvāju tēmu "valodu modeļi kā aģenti".
"""),
    (dt.datetime(2025, 4, 7, 17, 5, 19, tzinfo=EET), "Edgars Liepa", "e.liepa@example.lv",
     "Re: Lasīšanas grupa: aģenti un rīki", "8c2f0d4e-71aa-4b2e@example.lv",
     f"""Par izguvi kā "ārējo atmiņu" der "{T('2010.00904')}"
(De Cao et al., ICLR 2021) -- GENRE. Un matemātikas uzdevumiem
"{T('2206.14858')}" (Minerva), ja kādam interesē.

Edgars
"""),
]
D = []
A = D.append
A(f"Send {LIST} mailing list submissions to\n\t{LIST}@{HOST}\n")
A(f"To subscribe or unsubscribe via email, send a message with subject or\nbody 'help' to\n\t{LIST}-request@{HOST}\n")
A(f"You can reach the person managing the list at\n\t{LIST}-owner@{HOST}\n")
A(f"When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {LIST} digest...\"\n\n")
A("Today's Topics:\n")
for i, (_, n, _, s, _, _) in enumerate(msgs, 1):
    A(f"   {i}. {s} ({n})")
A("\n\n----------------------------------------------------------------------\n")
for i, (d, n, a, s, mid, body) in enumerate(msgs, 1):
    A(f"Message: {i}\nDate: {format_datetime(d)}\nFrom: {n} <{a}>\nSubject: [{LIST}] {s}\nTo: {LIST}@{HOST}\n"
      f"Message-ID: <{mid}>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n------------------------------\n")
A(f"Subject: Digest Footer\n\n_______________________________________________\n{LIST} mailing list -- {LIST}@{HOST}\n"
  f"To unsubscribe send an email to {LIST}-leave@{HOST}\n\n\n------------------------------\n")
end = f"End of {LIST} Digest, Vol {VOL}, Issue {ISS}"
A(f"{end}\n{'*' * len(end)}\n")
digest = "\n".join(D)
dsub = f"{LIST} Digest, Vol {VOL}, Issue {ISS}"
fwd_date = dt.datetime(2025, 4, 8, 12, 0, 1, tzinfo=EET)
sent = dt.datetime(2025, 4, 8, 20, 31, 54, tzinfo=EET)
note = f"""Sveika, Dace!

Pārsūtu vakardienas nlp-lv kopsavilkumu -- tur ir aprīļa lasāmo darbu
saraksts, par ko runājām. Ja gribi kaut ko prezentēt, raksti Kārlim.
Pirmā tikšanās ir ceturtdien, 10. aprīlī.

Ar cieņu,
Ilze


-------- Pārsūtīta vēstule --------
No: {LIST}-request@{HOST}
Datums: {fwd_date:%d.%m.%Y %H:%M}
Kam: {LIST}@{HOST}
Temats: {dsub}

"""
text = note + digest
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
hdr = [
    "Return-Path: <ilze.berzina@apollo.lv>",
    f"Received: from [192.0.2.77] by mail.apollo.lv with HTTP; {format_datetime(sent)}",
    f"Date: {format_datetime(sent)}",
    "From: =?UTF-8?Q?Ilze_B=C4=93rzi=C5=86a?= <ilze.berzina@apollo.lv>",
    "To: =?UTF-8?Q?Dace_Kr=C5=ABmi=C5=86a?= <dace.krumina@example.lv>",
    f"Subject: Fwd: {dsub}",
    "Message-ID: <20250408173154.5d21c9a0@mail.apollo.lv>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
]
raw = "\r\n".join(hdr) + "\r\n\r\n" + qp + ("" if qp.endswith("\r\n") else "\r\n")
write_raw(F, raw.encode("ascii"), [raw, text, "Ilze Bērziņa", "Dace Krūmiņa"], keys(F))
