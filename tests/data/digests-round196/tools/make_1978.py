#!/usr/bin/env python3
"""1978: a LISTSERV digest (the layout as remembered) forwarded from Shaw's webmail (the Canadian ISP; that its webmail
is Zimbra and the Zimbra forward block are assumed), the body in base64: Canadian English with Punjabi. The list, its
host, people, addresses and dates are invented (all under example domains). Computed: the Date headers with their
weekdays (-0800, before the 2026 switch to daylight time), the topic list and its message counts from the messages,
the line count, the RFC 2047 Subject (B-encoded), the base64 body (76-character lines), CR LF."""
import base64, datetime as dt, os, sys
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1978)
LIST = "SYSML-READ"
HOST = "listserv.bcml.example.ca"


def rfc(d):
    return d.strftime("%a, %-d %b %Y %H:%M:%S -0800")


MSGS = [
 (dt.datetime(2026, 3, 2, 9, 14, 22), "Harpreet Sandhu", "hsandhu@bcml.example.ca", "Serving and memory",
  ["Hi all,", "",
   "For the serving session I'd like us to read the vLLM paper properly this time:",
   f"{T('2309.06180')} - https://arxiv.org/abs/2309.06180",
   "The vLLM repo (github.com/vllm-project/vllm) is software, not the reading; please don't cite the README.", "",
   "Second reading, on the kernel side:", f"  {T('2307.08691')}", "  (https://arxiv.org/pdf/2307.08691v1)", "",
   "Harpreet"]),
 (dt.datetime(2026, 3, 2, 16, 40, 5), "Owen MacLeod", "omacleod@bcml.example.ca", "Serving and memory",
  ["> For the serving session I'd like us to read the vLLM paper properly this time", "",
   "Agreed. If we have time, the retrieval people keep asking about",
   f"\"{T('2307.03172')}\" -- maybe as a 10-minute add-on.", "", "Owen"]),
 (dt.datetime(2026, 3, 3, 8, 2, 51), "Mei-Ling Fraser", "mfraser@bcml.example.ca", "Parallelism week",
  ["Plan for the parallelism week:", "",
   f"1. {T('1909.08053')} (arXiv:1909.08053) -- tensor parallelism",
   f"2. {T('2006.16668')} <https://arxiv.org/abs/2006.16668>",
   f"3. {T('1701.06538')}", "   https://openreview.net/forum?id=B1ckMDqlg", "",
   "Optional, for the distributed-optimisation fans:",
   f"- {T('2111.04263')}", f"- {T('2010.00554')} (a fun one)", "",
   "DeepSpeed docs and the NCCL user guide are background, not readings.",
   "Talk recording from the Vancouver ML meetup will be on the wiki.", "", "-- Mei-Ling"]),
]
DIG_DATE = dt.datetime(2026, 3, 3, 21, 0, 3)
assert all(m[0] < DIG_DATE for m in MSGS) and [m[0] for m in MSGS] == sorted(m[0] for m in MSGS)
topics = []
for m in MSGS:
    if m[3] not in [t for t, _ in topics]: topics.append((m[3], sum(1 for x in MSGS if x[3] == m[3])))
body_msgs = []
for d, name, addr, subj, text in MSGS:
    body_msgs += ["Date:    " + rfc(d), f"From:    {name} <{addr}>", f"Subject: {subj}", ""] + text + ["",
                  "------------------------------", ""]
nlines = sum(len(m[4]) for m in MSGS)
digest = [f"There are {len(MSGS)} messages totaling {nlines} lines in this issue.", "", "Topics of the day:", ""]
digest += [f"  {i}. {t}" + (f" ({n})" if n > 1 else "") for i, (t, n) in enumerate(topics, 1)]
digest += ["", "-" * 70, ""] + body_msgs
digest += [f"End of {LIST} Digest - 1 Mar 2026 to 3 Mar 2026 (#2026-9)", "*" * 60]
FWD_SUBJ = f"{LIST} Digest - 1 Mar 2026 to 3 Mar 2026 (#2026-9)"
SENT = dt.datetime(2026, 3, 3, 21, 0, 3)
note = ["ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ Jaspreet,", "",
        "Forwarding the reading-group digest since you're not on the list yet. The parallelism week is the one",
        "I mentioned -- you could take the MoE paper. ਧੰਨਵਾਦ!", "", "Gurdeep", "",
        "----- Forwarded Message -----", f"From: \"{LIST} automatic digest system\" <LISTSERV@{HOST}>",
        "To: gurdeep.gill@shaw.example.ca", f"Sent: {SENT:%A, %B %-d, %Y %-I:%M:%S} PM", f"Subject: {FWD_SUBJ}", ""]
text = "\n".join(note + digest) + "\n"
b64 = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")
MD = dt.datetime(2026, 3, 4, 7, 31, 48)
subj = Header("Fwd: " + FWD_SUBJ + " (ਪੜ੍ਹਨ ਲਈ)", "utf-8").encode(maxlinelen=76).replace("\n", "\r\n")
head = [f"Date: {rfc(MD)}", "From: Gurdeep Gill <gurdeep.gill@shaw.example.ca>",
        "To: Jaspreet Kaur <jaspreet.kaur@student.bcml.example.ca>", f"Subject: {subj}",
        "Message-ID: <1203456789.4417.1772638308912.JavaMail.zimbra@shaw.example.ca>",
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
        "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - FF123 (Win)/8.8.15_GA_4481)", "Thread-Index: Ab3xQm9K2uY7pLz0"]
raw = "\r\n".join(head) + "\r\n\r\n" + b64
assert all(len(l) <= 76 for l in b64.split("\r\n"))
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
