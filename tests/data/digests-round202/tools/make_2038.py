#!/usr/bin/env python3
"""2038: a reading-group digest of an invented group at the Solomon Islands National University (SINU, Honiara),
forwarded from a webmail, the body quoted-printable UTF-8: English with Solomon Islands Pijin. The group «SINU Efficient
Models Reading Group – Digest #11» and all people and addresses are invented. Computed: the QP body (Python's quopri;
lines ≤ 76 asserted), CR LF, the Date header weekday (email.utils), the digest's message count."""
import datetime as dt, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2038)
MSGS = [
 ("Jemima Tuhaika", "Mon, 16 Feb 2026 18:20", [
   "Hello olketa, here's the list for the kernels week:",
   f"  * {T('2307.08691')} https://arxiv.org/abs/2307.08691",
   f"  * {T('2004.11886')}",
   "    (arXiv:2004.11886, the mobile one)",
   "The FlashAttention GitHub repo and the Triton tutorials are good for the lab, not readings."]),
 ("Wilson Kiriau", "Tue, 17 Feb 2026 09:02", [
   "Mi agree. For the recurrent / convolution side:",
   f"{T('2302.10866')} (https://arxiv.org/pdf/2302.10866v3.pdf)",
   f"{T('2307.08621')}",
   "  <http://arxiv.org/abs/2307.08621>",
   f"and {T('2010.06891')}: https://openreview.net/forum?id={OR('2010.06891')}"]),
 ("Grace Pitakaka", "Tue, 17 Feb 2026 21:47", [
   "Tumas gud. Two older ones I'd like us to compare:",
   f"- {T('2103.02143')} (Peng et al., ICLR 2021)",
   f"- {T('2009.14794')} (Choromanski et al., also ICLR 2021)",
   f"And for the long-context evening: {T('2307.03172')} -- Liu et al., TACL 2024.",
   "Somebody bring the HDMI adapter please, the one in the lab is bagarap."]),
]
dig = ["SINU Efficient Models Reading Group – Digest #11", f"{len(MSGS)} messages", ""]
for i, (who, d, body) in enumerate(MSGS, 1):
    dig += [f"Message {i}", f"From: {who}", f"Date: {d}", ""] + body + [""]
dig += ["-- ", "You are receiving this digest because you subscribed to effmodels@lists.example.sb."]
fwd = ["Dear Dr Maelasi,", "", "Forwarding this week's digest – the kernels session is on Thursday at 2 pm in the", "ICT lab (Kukum campus).", "",
       "Lukim iu,", "Daniel", "", "----- Forwarded Message -----",
       "From: effmodels@lists.example.sb", "To: daniel.hou@mail.example.sb",
       "Sent: Wednesday, February 18, 2026, 06:00:11 a.m. SBT", "Subject: Digest #11", ""]
text = "\n".join(fwd + dig) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
assert all(len(l) <= 76 for l in qp.split("\r\n"))
d = dt.datetime(2026, 2, 18, 10, 14, 52, tzinfo=dt.timezone(dt.timedelta(hours=11)))
head = ["Return-Path: <daniel.hou@mail.example.sb>",
        f"Date: {email.utils.format_datetime(d)}",
        "From: Daniel Hou <daniel.hou@mail.example.sb>",
        "To: Dr Ruth Maelasi <r.maelasi@sinu.example.sb>",
        "Subject: Fwd: Digest #11",
        "Message-ID: <20260217231452.7310.sb.c41f@mail.example.sb>",
        "MIME-Version: 1.0",
        "User-Agent: Roundcube Webmail/1.6.9",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable"]
raw = "\r\n".join(head) + "\r\n\r\n" + qp
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
