#!/usr/bin/env python3
"""1214: a CircleCI step output (Bengali): a Dhaka-like lab's scheduled pipeline (`weekly-digest`, docker image
cimg/python:3.12) runs the step "Run weekly digest"; a member copied the step's output from the job page. CircleCI
shows the shell line `#!/bin/bash -eo pipefail` and the command first, then everything the command printed (stdout
and stderr interleaved: one DeprecationWarning from Python 3.12 with its source line). The script's lines start with
`[digest]`, entries numbered with Bengali digits; papers: two OpenReview links (forum, pdf), two arXiv links, one
arXiv id written without a link, three title-only warnings; LangChain's agent docs and a talk video are skipped as not
papers. The entry count and the summary are computed (Bengali digits)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1214, keys

BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
bn = lambda n: str(n).translate(BN)
items = [
 ("link", "2210.03629", "https://openreview.net/forum?id=WE_vluYUL-X"),
 ("link", "2307.15818", "https://arxiv.org/abs/2307.15818"),
 ("title", "2204.01691", None),
 ("skip", "LangChain ডকুমেন্টেশন — Agents", "https://python.langchain.com/docs/modules/agents/"),
 ("id", "2308.03688", None),
 ("link", "2201.11903", "https://openreview.net/pdf?id=_VjQlMeSB_J"),
 ("title", "2206.07682", None),
 ("link", "2106.01345", "https://arxiv.org/abs/2106.01345"),
 ("skip", "টক ভিডিও: \"LLM এজেন্ট: কোথায় দাঁড়িয়ে আমরা\" (ঢাকা এমএল মিটআপ)", "https://www.youtube.com/watch?v=kP3vN8wXa2Q"),
 ("title", "2101.03958", None),
]
L = ["#!/bin/bash -eo pipefail", "python scripts/weekly_digest.py --week 2024-W19 --channel '#papers-bn'",
     "/home/circleci/project/scripts/weekly_digest.py:41: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
     "  started = datetime.utcnow()",
     f"[digest] সপ্তাহ 2024-W19 — ইনপুট: reading/2024-W19.yaml ({bn(len(items))}টি এন্ট্রি)"]
for i, (kind, k, url) in enumerate(items, 1):
    if kind == "link":
        L.append(f"[digest] {bn(i)}. যোগ করা হলো: {T(k)} — {url}")
    elif kind == "id":
        L.append(f"[digest] {bn(i)}. যোগ করা হলো: {T(k)} (arXiv:{k}, লিংক নেই)")
    elif kind == "title":
        L.append(f"[digest] {bn(i)}. সতর্কতা: লিংক বা আইডি নেই, শুধু শিরোনাম রাখা হলো — {T(k)}")
    else:
        L.append(f"[digest] {bn(i)}. বাদ দেওয়া হলো (পেপার নয়): {k} — {url}")
n_l = sum(1 for k, *_ in items if k in ("link", "id")); n_t = sum(1 for k, *_ in items if k == "title")
n_s = sum(1 for k, *_ in items if k == "skip")
L.append(f"[digest] সারাংশ: {bn(n_l + n_t)}টি পেপার ({bn(n_l)}টি লিংক/আইডিসহ, {bn(n_t)}টি শুধু শিরোনাম), {bn(n_s)}টি বাদ")
L.append("[digest] Slack-এ পোস্ট করা হয়েছে: #papers-bn (ts=1715150221.004519)")
text = "\n".join(L) + "\n"
write_only(F1214, text, keys(F1214))
