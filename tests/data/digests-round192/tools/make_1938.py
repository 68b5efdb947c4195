#!/usr/bin/env python3
"""1938: a reading-group list digest forwarded from Arnes's webmail (Roundcube, as imagined; Slovenian), saved as .eml
with CR LF: the header (RFC 2047 Subject), a text/plain UTF-8 body in base64 (76-character lines), inside it a note, the
«-------- Posredovano sporočilo --------» block and the digest («Povzetek», messages, footer). People, addresses, the
list, hosts and dates are invented; the SloBERTa model page, the CLARIN.SI repository, a book and a talk appear as what
they are. Computed: the Date with its weekday and Ljubljana's offset, the base64 lines (≤ 76, asserted), the Subject."""
import base64, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(1938)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LIST, HOST = "bralni-krog-llm", "liste.fri-lab.example.si"
MSGS = [
 ("Tjaša Kovačič", "tjasa.kovacic@fri-lab.example.si", "Predlog za marec: skaliranje",
  f"Pozdravljeni,\n\nza marčevska srečanja predlagam:\n* {GPT1} (OpenAI, 2018, samo PDF na njihovi strani)\n"
  f"* {T('2005.14165')} - https://arxiv.org/abs/2005.14165\n* {T('2006.16668')}\n  https://arxiv.org/pdf/2006.16668v1\n\n"
  "Za vaje imamo SloBERTa na Hugging Face in korpuse iz repozitorija CLARIN.SI.\n\nTjaša"),
 ("Luka Zupančič", "luka.zupancic@fri-lab.example.si", "Re: Predlog za marec: skaliranje",
  f"Strinjam se. Dodal bi še {T('2302.13971')} (https://arxiv.org/abs/2302.13971v1),\nker imamo uteži lokalno.\n\n"
  f"Za večjezičnost pa {T('1911.02116')}, arXiv:1911.02116, ki je osnova za XLM-R.\n\nL."),
 ("Maja Hribar", "maja.hribar@uni-primer.example.si", "Kodirniki in dekodiranje",
  f"Za srečanje o kodirnikih: {T('2003.10555')} <http://arxiv.org/abs/2003.10555>\nin {T('2006.03654')}.\n"
  f"Za dekodiranje obvezno {T('1904.09751')} - nucleus sampling.\n\n"
  "Knjiga »Dive into Deep Learning« ima dobro poglavje o tem, posnetek predavanja s konference pa pošljem kasneje."),
]
MDATE = dt.datetime(2026, 2, 27, 17, 5, 0)
dig = [f"Povzetek seznama {LIST}, številka 12", f"{MDATE.day}. 2. {MDATE.year}", "", "Današnje teme:"]
dig += [f"  {i}. {s} ({n})" for i, (n, _, s, _) in enumerate(MSGS, 1)]
dig += ["", "----------------------------------------------------------------------", ""]
for i, (n, a, s, b) in enumerate(MSGS, 1):
    dig += [f"Sporočilo: {i}", f"Od: {n} <{a}>", f"Zadeva: [{LIST}] {s}", "", *b.split("\n"), "", "------------------------------", ""]
dig += [f"Konec povzetka {LIST}, številka 12", f"Odjava: {LIST}-leave@{HOST}"]
SENT = dt.datetime(2026, 3, 2, 9, 41, 7)
body = ["Živjo,", "", "posredujem zadnji povzetek seznama, za tiste, ki še niste prijavljeni.",
        "Prosim, vpišite se v tabelo za predstavitve do petka.", "", "Lep pozdrav,", "Ana", "", "",
        "-------- Posredovano sporočilo --------", f"Zadeva: Povzetek {LIST}, številka 12",
        f"Datum: {MDATE.day:02d}.{MDATE.month:02d}.{MDATE.year} {MDATE:%H:%M}", f"Od: {LIST}-request@{HOST}",
        "Za: ana.novak@guest.arnes.example.si", ""] + dig + [""]
text = "\n".join(body)
b64 = base64.b64encode(text.encode("utf-8")).decode("ascii")
lines = [b64[i:i + 76] for i in range(0, len(b64), 76)]
assert all(len(l) <= 76 for l in lines)
subj = base64.b64encode(f"Fwd: Povzetek {LIST}, številka 12".encode("utf-8")).decode("ascii")
H = [f"Date: {WD[SENT.weekday()]}, {SENT.day:02d} {MO[SENT.month - 1]} {SENT.year} {SENT:%H:%M:%S} +0100",
     "From: Ana Novak <ana.novak@guest.arnes.example.si>", "To: doktorandi-nlp@fri-lab.example.si",
     f"Subject: =?UTF-8?B?{subj}?=",
     "Message-ID: <5e0c91d7a3b24f18e62d7c04@posta.arnes.example.si>",
     "User-Agent: Roundcube Webmail/1.6.9", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8; format=flowed",
     "Content-Transfer-Encoding: base64"]
raw = "\r\n".join(H + [""] + lines) + "\r\n"
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
