#!/usr/bin/env python3
"""1958: a Mailman list digest forwarded from Afrihost's webmail (as imagined: Roundcube, assumed) as a CR LF .eml, the
body quoted-printable UTF-8: South African English with Afrikaans. The people, the list «taalmodelle-leesgroep» and its
host, the addresses (example domains), the Message-ID and the dates are invented; the Hugging Face Transformers library,
the NCHLT text corpora and a Masakhane talk appear as what they are. Computed: the Date header and its weekday (SAST,
+0200), the RFC 2047 Subject, the Mailman topic list from the messages, the quoted-printable body (Python's quopri,
lines ≤ 76 asserted), CR LF. The builder checks the raw mail and the decoded body."""
import datetime as dt, os, quopri, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1958)
LIST, HOST, VOL, ISS = "taalmodelle-leesgroep", "lists.taal-lab.example.ac.za", 3, 14
FWD = ("Annelie Botha", "annelie.botha@afrihost.example.co.za")
MSGS = [
 ("Pieter van der Merwe", "pieter.vdm@taal-lab.example.ac.za", "Mon, 2 Mar 2026 09:14:52 +0200",
  "Leeslys vir Maart / reading list for March",
  "Hallo almal,\n\nHier is die voorstel vir Maart. Week 1 is the classic:\n"
  f"{T('1810.04805')} - https://arxiv.org/abs/1810.04805\n"
  f"and then {T('1801.06146')}\n(https://arxiv.org/pdf/1801.06146v5) because Thabo wants the history first.\n\n"
  "Ons gebruik die Hugging Face Transformers library vir die prakties, not our own code.\n\nGroete\nPieter"),
 ("Thabo Mokoena", "t.mokoena@taal-lab.example.ac.za", "Mon, 2 Mar 2026 11:40:03 +0200",
  "Re: Leeslys vir Maart / reading list for March",
  "> Week 1 is the classic\n\nAgree. Can we add the multilingual one for isiZulu and Afrikaans,\n"
  f"{T('1911.02116')} (arXiv:1911.02116)? And\n{T('1907.11692')} as background, no need to present it.\n\n"
  "Die NCHLT-korpusse is 'n dataset, not a paper, but useful for the practical.\n\nThabo"),
 ("Lerato Dlamini", "lerato.d@taal-lab.example.ac.za", "Tue, 3 Mar 2026 08:05:27 +0200",
  "Generation and decoding",
  "Môre, for the decoding session I suggest\n"
  f"* {T('1904.09751')}\n* {T('2205.01068')} (the logbook is interesting)\n"
  f"* {T('1906.08237')} <https://arxiv.org/abs/1906.08237>\n"
  f"* {T('2006.03654')}\n  http://arxiv.org/abs/2006.03654v6\n\n"
  "Also the Masakhane talk from Deep Learning Indaba is on YouTube if anyone missed it.\nLerato"),
]
mdate = dt.datetime(2026, 3, 3, 12, 30)
body = [f"Send {LIST} mailing list submissions to", f"\t{LIST}@{HOST}", "",
        f"Today's Topics:", ""]
body += [f"   {i}. {s} ({n})" for i, (n, a, d, s, t) in enumerate(MSGS, 1)]
body += ["", "", "-" * 70, ""]
for i, (n, a, d, s, t) in enumerate(MSGS, 1):
    body += [f"Message: {i}", f"Date: {d}", f"From: {n} <{a}>", f"Subject: [{LIST}] {s}", "", t, "", "-" * 70, ""]
body += [f"End of {LIST} Digest, Vol {VOL}, Issue {ISS}", "*" * (len(f"End of {LIST} Digest, Vol {VOL}, Issue {ISS}"))]
dsub = f"{LIST} Digest, Vol {VOL}, Issue {ISS}"
note = ["Hi Sipho,", "", "Hier is die digest van die leesgroep - jy het gevra daarvoor. The March list is in",
        "the first and third messages. Sien jou Donderdag!", "", "Annelie", "", "",
        "-------- Original Message --------", f"Subject: {dsub}", "Date: 2026-03-03 12:30",
        f"From: {LIST}-request@{HOST}", f"To: {FWD[1]}", "", ""]
text = "\n".join(note + body) + "\n"
enc = quopri.encodestring(text.encode("utf-8")).replace(b"\n", b"\r\n")
assert all(len(l) <= 76 for l in enc.split(b"\r\n"))
sent = dt.datetime(2026, 3, 4, 7, 52, 18)
hdr = [f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} +0200",
       f"From: {FWD[0]} <{FWD[1]}>", "To: Sipho Ndlovu <sipho.ndlovu@student.taal-lab.example.ac.za>",
       "Subject: " + Header("Fwd: " + dsub + " – leeslys", "utf-8").encode().replace("\n", "\r\n"),
       "Message-ID: <6f1c2e9a0b7d4e11a3c5@afrihost.example.co.za>", "User-Agent: Roundcube Webmail/1.6.6",
       "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8; format=flowed",
       "Content-Transfer-Encoding: quoted-printable"]
raw = ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + enc
write_raw(F, raw, [raw.decode("ascii"), text], keys(F))
