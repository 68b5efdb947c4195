#!/usr/bin/env python3
"""1998: a reading-group digest forwarded from Rogers' webmail (Rogers Yahoo Mail as assumed), the body
quoted-printable UTF-8: Canadian English with a French line. The forward header, the group digest «Toronto LLM Systems
Reading Group – Digest #14» and all people and addresses are invented. Computed: the QP body (Python's quopri; lines ≤
76 asserted), CR LF, the Date header weekday, the digest's message count."""
import datetime as dt, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1998)
MSGS = [
 ("Priya Raman", "Mon, 2 Mar 2026 21:14", [
   "For Thursday, the scale classics:",
   f"  - {T('2005.14165')} https://arxiv.org/abs/2005.14165",
   f"  - {T('2302.13971')} (https://arxiv.org/pdf/2302.13971v1.pdf)",
   f"  - {T('1909.08053')} -- the tensor-parallel one, Shoeybi et al. 2019",
   "Slides from last week's talk are on the group drive, not a paper so no link here."]),
 ("Marc-André Tremblay", "Tue, 3 Mar 2026 08:40", [
   "Serving side, since we keep hitting OOM on the A100 box:",
   f"{T('2309.06180')}",
   "<https://arxiv.org/abs/2309.06180>",
   f"and the kernel paper everyone quotes, {T('2307.08691')} (Tri Dao, 2023).",
   "The vLLM repo and its docs are enough for the hands-on part.",
   "Désolé pour le retard, je vous envoie le notebook ce soir."]),
 ("Hannah Okafor", "Tue, 3 Mar 2026 13:02", [
   "Long context block for week 9:",
   f"* {T('2306.15595')} (arXiv:2306.15595)",
   f"* {T('2307.03172')}",
   f"* {T('2302.10866')} -- if we have time",
   "Also Lilian Weng's blog post on long context is a good warm-up read."]),
]
dig = ["Toronto LLM Systems Reading Group – Digest #14", f"{len(MSGS)} messages", ""]
for i, (who, d, body) in enumerate(MSGS, 1):
    dig += [f"Message {i}", f"From: {who}", f"Date: {d}", ""] + body + [""]
dig += ["-- ", "You received this digest because you joined llmsys-read@groups.example.ca."]
fwd = ["Hi Dr. Lindqvist,", "", "Forwarding the group digest as promised -- the papers are all in there.", "",
       "Cheers,", "Jordan", "", "----- Forwarded Message -----",
       "From: llmsys-read@groups.example.ca", "To: jordan.beaulieu@rogers.example.com",
       "Sent: Wednesday, March 4, 2026, 06:00:12 a.m. EST", "Subject: Digest #14", ""]
text = "\n".join(fwd + dig) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
assert all(len(l) <= 76 for l in qp.split("\r\n"))
d = dt.datetime(2026, 3, 4, 9, 17, 3, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
head = [f"Return-Path: <jordan.beaulieu@rogers.example.com>",
        f"Date: {email.utils.format_datetime(d)}",
        "From: Jordan Beaulieu <jordan.beaulieu@rogers.example.com>",
        "To: Ingrid Lindqvist <i.lindqvist@cs.example.ca>",
        "Subject: Fwd: Digest #14",
        "Message-ID: <1741097823.88412.yahoo.7f3c@mail.rogers.example.com>",
        "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.23187 YMailNorrin",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable"]
raw = "\r\n".join(head) + "\r\n\r\n" + qp
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
