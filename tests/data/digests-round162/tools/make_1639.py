#!/usr/bin/env python3
"""1639: a forward sent from EUnet's webmail (the Serbian ISP's mail at eunet.rs) of a LISTSERV digest of an invented
reading group's list, with a note in Serbian Cyrillic; the list messages are in Serbian Latin, as researchers write
them. CR LF; one text/plain part in UTF-8, quoted-printable (lines of at most 76 characters, soft breaks `=`, so the
Cyrillic is all =D0=.. escapes and URLs and titles may be cut by a soft break); the names in the headers as RFC 2047
B-words."""
import datetime as dt, hashlib, os, quopri, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1639)
LIST, HOST = "NLP-SR", "LISTS.EXAMPLE.RS"
TZ = "+0100"
msgs = [
    ("Jelena Marković", "jelena.markovic@etf.example.rs", dt.datetime(2025, 3, 3, 10, 2, 11),
     "Citalacki sastanak 12. marta: efikasna paznja",
     f"""Pozdrav svima,

za sastanak 12. marta (sreda, 14h, sala 61 i preko Zoom-a) predlazem temu
"efikasna paznja". Predlog liste:

1. {T('2004.11886')}
   https://arxiv.org/abs/2004.11886
2. {T('2103.02143')}
   https://openreview.net/forum?id={OR('2103.02143')}
3. {T('2009.14794')}
   https://arxiv.org/abs/2009.14794v4

Ako neko hoce da izlaze, neka se javi do petka.

Pozdrav,
Jelena
"""),
    ("Nikola Petrović", "npetrovic@pmf.example.rs", dt.datetime(2025, 3, 4, 8, 47, 30),
     "Re: Citalacki sastanak 12. marta: efikasna paznja",
     f"""Ja mogu Performer-e.

Predlazem da dodamo i {T('2005.00743')}
(Tay i dr., ICML 2021) -- lepo se nadovezuje, jer pita da li nam
dot-product paznja uopste treba.

Za one koji nisu citali osnovu: {T('1901.02860')},
arXiv:1901.02860. Bez toga je tesko pratiti diskusiju o memoriji.

Nikola
"""),
    ("Milica Jovanović", "milica.jovanovic@mi.example.rs", dt.datetime(2025, 3, 4, 15, 20, 4),
     "Re: Citalacki sastanak 12. marta: efikasna paznja",
     f"""Slažem se sa Nikolom. Ako ostane vremena, meni su zanimljivi i
noviji radovi koji potpuno izbacuju pažnju:

- {T('2302.10866')}
  https://arxiv.org/pdf/2302.10866.pdf
- {T('2307.08621')}
  (RetNet, Microsoft; kod je u torchscale repozitorijumu)

A za memoriju možda i {T('2010.06891')}.

Kod za Lite Transformer i Performer smo već pokrenuli na serveru
u laboratoriji (xformers + PyTorch 2.2), pa mozemo i demo.

Milica
"""),
]
dig_end = dt.datetime(2025, 3, 4, 23, 59)
dig_sent = dt.datetime(2025, 3, 5, 0, 1, 12)
fwd = dt.datetime(2025, 3, 5, 9, 14, 38)
assert msgs[-1][2] < dig_sent < fwd
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
d1, d2 = msgs[0][2], dig_end
dg = f"{LIST} Digest - {d1.day} {MO[d1.month - 1]} {d1.year} to {d2.day} {MO[d2.month - 1]} {d2.year} (#2025-9)"
topics = {}
for m in msgs:
    base = m[3][4:] if m[3].startswith("Re: ") else m[3]
    topics[base] = topics.get(base, 0) + 1
lines = sum(m[4].count("\n") + 4 for m in msgs)
toc = "\n".join(f"  {i}. {t}" + (f" ({n})" if n > 1 else "") for i, (t, n) in enumerate(topics.items(), 1))
parts = [f"""Date:    {w:%a, %-d %b %Y %H:%M:%S} {TZ}
From:    {nm} <{addr}>
Subject: {subj}

{body}""" for nm, addr, w, subj, body in msgs]
digest = f"""There are {len(msgs)} messages totaling {lines} lines in this issue.

Topics of the day:

{toc}

----------------------------------------------------------------------

""" + "\n------------------------------\n\n".join(parts) + f"""
------------------------------

End of {dg}
{'*' * len('End of ' + dg)}
"""
note = f"""Здраво Марко,

прослеђујем ти дајџест листе читалачке групе, пошто си питао шта читамо
у марту. Састанак је 12. марта у 14 часова, сала 61 (може и преко Зума).
Ако желиш да се пријавиш на листу, пиши на LISTSERV@{HOST} са
SUBSCRIBE {LIST} Име Презиме у телу поруке.

Поздрав,
Ана

-------- Оригинална порука --------
Тема: {dg}
Датум: {dig_sent:%d.%m.%Y %H:%M}
Пошиљалац: Automatic digest processor <LISTSERV@{HOST}>
Прималац: Recipients of {LIST} digests <{LIST}@{HOST}>
Одговор на: Citalacka grupa NLP <{LIST}@{HOST}>

"""
plain = note + digest
qp = quopri.encodestring(plain.encode("utf-8")).decode("ascii")
body = qp.replace("\n", "\r\n")
h = hashlib.sha1(plain.encode()).hexdigest()
bw = lambda s: Header(s, "utf-8").encode()
hdrs = f"""Return-Path: <ana.nikolic@eunet.rs>
Received: from webmail.eunet.rs (webmail2.eunet.rs [192.0.2.41])
\tby smtp.eunet.rs (Postfix) with ESMTPSA id {h[:10].upper()}
\tfor <marko.ilic@mail.example.rs>; {fwd:%a, %d %b %Y %H:%M:%S} {TZ} (CET)
MIME-Version: 1.0
Date: {fwd:%a, %d %b %Y %H:%M:%S} {TZ}
From: {bw('Ана Николић')} <ana.nikolic@eunet.rs>
To: {bw('Марко Илић')} <marko.ilic@mail.example.rs>
Subject: Fwd: {dg}
Message-ID: <{h[10:42]}@eunet.rs>
X-Sender: ana.nikolic@eunet.rs
User-Agent: EUnet Webmail
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

"""
data = hdrs.replace("\n", "\r\n") + body
write_raw(F, data.encode("ascii"), [data, plain, quopri.decodestring(body.encode()).decode("utf-8")], keys(F))
