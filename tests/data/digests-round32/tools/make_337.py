#!/usr/bin/env python3
"""337: a PhD student's weekly status report to her advisor, as Apple Mail (macOS) sent it and the advisor saved it
(`.eml`): CRLF, one text/plain part, UTF-8, quoted-printable (lines at most 76 columns, soft breaks "=", "=" as
"=3D", non-ASCII as =XX), Apple Mail's Mime-Version comment and X-Mailer. English. What such a report has: the
week in the Subject (ISO week of the Date, Monday to Friday), "Done this week" numbered, "Reading" as "- " items,
the week's GPU hours by experiment with their total against the quota, "Next week", "Blockers", sign-off. Papers
are in the reading items and the done list: arXiv abs/pdf URLs and an OpenReview forum URL (link), "arXiv:ID"
(arxiv-text), or the title alone (title-only; one typed in lower case); vLLM, Llama-2-7B, LongBench-style evals
and "Mamba"/"S4" as names are not labelled."""
import os, sys
from email import quoprimime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F337, keys

HOURS = [("GPTQ 4-bit sweep (Llama-2-7B, 3 group sizes)", 14), ("speculative decoding, draft model grid", 9),
         ("long-context retrieval eval (4k/16k/32k)", 11)]
QUOTA = 40
body = f"""Hi Daniel,

Here is my update for week 11 (Mar 11-15). Short version: the 4-bit baseline is done, the speculative decoding numbers look better than I expected, and the long-context eval is still running.

Done this week
1. Finished the 4-bit baseline. I re-implemented the calibration loop from {T('2210.17323')} and checked it against the reference numbers on WikiText-2: within 0.05 ppl for group size 128.
2. Compared against 8-bit inference from "{T('2208.07339')}" (https://arxiv.org/abs/2208.07339). The outlier columns they describe show up in our layers 2 and 30 as well, which explains last week's 8-bit accuracy drop.
3. Speculative decoding with a 160M draft model: 2.1x speed-up at temperature 0, 1.6x at 0.7. Setup follows {T('2211.17192')} (arXiv:2211.17192), acceptance rate logged per position.
4. Moved serving to vLLM; the paging scheme is the one in {T('2309.06180')} (https://arxiv.org/pdf/2309.06180). Throughput up ~3x on the batch-32 workload.

Reading
- {T('2306.15595')}: we need this if we want 16k context for the 7B model without long-context pre-training.
- "{T('2307.03172')}" - worth reproducing on our retrieval eval, the U-shaped curve is exactly what Maya saw.
- {T('2312.00752')}, plus the two papers behind it: {T('2008.07669')} and S4 ({T('2111.00396')}, https://openreview.net/forum?id={OR('2111.00396')}). Still not sure Mamba helps us at 7B, but the inference cost argument is interesting for the draft model.
- {T('2006.16236')}, arXiv:2006.16236 (same question: could a linear-attention draft model be cheaper?)
- {T('2306.05685').lower()} - for the judge-based eval Wen suggested. I am sceptical, see Blockers.

GPU hours this week (shared A100 node)
""" + "".join(f"  {n}: {h} h\n" for n, h in HOURS) + f"""  Total: {sum(h for _, h in HOURS)} h of the {QUOTA} h weekly quota

Next week
1. Finish the long-context eval and write up the 8-bit vs 4-bit comparison for the group meeting.
2. Try a 2-layer draft model distilled from the 7B.

Blockers
- The judge-based eval needs API credits (about $120 for the full set). OK to use the lab card?

Best,
Priya
"""
body = body.replace("\n", "\r\n")
qp = quoprimime.body_encode(body.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
hdr = ["From: Priya Raman <priya.raman@cs.example.edu>",
       "Content-Type: text/plain;",
       "\tcharset=utf-8",
       "Content-Transfer-Encoding: quoted-printable",
       "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))",
       "Subject: Weekly update, week 11 (Mar 11-15)",
       "Message-Id: <8C2F41A7-3D0B-4E55-9B6E-1F0D2A7C9E34@cs.example.edu>",
       "Date: Fri, 15 Mar 2024 17:42:09 -0400",
       "To: Daniel Okafor <d.okafor@cs.example.edu>",
       "X-Mailer: Apple Mail (2.3774.500.171.1.1)"]
raw = "\r\n".join(hdr) + "\r\n\r\n" + qp + ("" if qp.endswith("\r\n") else "\r\n")
write_raw(F337, raw.encode("ascii"), [body], keys(F337))
