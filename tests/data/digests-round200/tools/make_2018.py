#!/usr/bin/env python3
"""2018: a reading-group digest of an invented group at Bermuda College, forwarded from a webmail, the body
quoted-printable UTF-8: Bermudian English. The group «Bermuda College Long-Context Reading Group – Digest #6» and all
people and addresses are invented. Computed: the QP body (Python's quopri; lines ≤ 76 asserted), CR LF, the Date
header weekday (email.utils), the digest's message count."""
import datetime as dt, email.utils, os, quopri, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2018)
MSGS = [
 ("Keisha Outerbridge", "Mon, 9 Feb 2026 19:05", [
   "Linear-attention week, in the order we agreed:",
   f"  1. {T('2103.02143')} – https://openreview.net/forum?id={OR('2103.02143')}",
   f"  2. {T('2009.14794')} (https://arxiv.org/pdf/2009.14794v4.pdf)",
   f"  3. {T('2307.08621')}",
   "     https://arxiv.org/abs/2307.08621",
   "The flash-linear-attention repo has clean kernels if anyone wants to poke at code."]),
 ("Dwayne Trott", "Tue, 10 Feb 2026 07:48", [
   "Memory side, since Thursday is about recurrence:",
   f"{T('1901.02860')} is the classic, no need for the link, everyone has it.",
   f"And {T('2002.09402')} <http://arxiv.org/abs/2002.09402v3>.",
   "Wah gwan with the projector in room B12? Still dead last week."]),
 ("Siobhan DeSilva", "Tue, 10 Feb 2026 16:31", [
   "Longer contexts for week 5:",
   f"- {T('2007.14062')} (Zaheer et al., NeurIPS 2020)",
   f"- {T('2306.15595')}, arXiv 2306.15595",
   f"- serving: {T('2309.06180')} -- the vLLM paper, SOSP 2023",
   "The vLLM docs and the Hugging Face blog post on RoPE scaling are fine as background, not papers."]),
]
dig = ["Bermuda College Long-Context Reading Group – Digest #6", f"{len(MSGS)} messages", ""]
for i, (who, d, body) in enumerate(MSGS, 1):
    dig += [f"Message {i}", f"From: {who}", f"Date: {d}", ""] + body + [""]
dig += ["-- ", "You received this digest because you joined longctx-read@lists.example.bm."]
fwd = ["Morning Professor Simmons,", "", "Forwarding the digest so you have the reading list for the Thursday session.", "",
       "Thanks,", "Tariq", "", "----- Forwarded Message -----",
       "From: longctx-read@lists.example.bm", "To: tariq.bean@mail.example.bm",
       "Sent: Wednesday, February 11, 2026, 06:00:04 a.m. AST", "Subject: Digest #6", ""]
text = "\n".join(fwd + dig) + "\n"
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
assert all(len(l) <= 76 for l in qp.split("\r\n"))
d = dt.datetime(2026, 2, 11, 8, 42, 19, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
head = ["Return-Path: <tariq.bean@mail.example.bm>",
        f"Date: {email.utils.format_datetime(d)}",
        "From: Tariq Bean <tariq.bean@mail.example.bm>",
        "To: Prof. Alison Simmons <a.simmons@college.example.bm>",
        "Subject: Fwd: Digest #6",
        "Message-ID: <20260211124219.5521.bm.3a9e@mail.example.bm>",
        "MIME-Version: 1.0",
        "User-Agent: Roundcube Webmail/1.6.6",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable"]
raw = "\r\n".join(head) + "\r\n\r\n" + qp
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
