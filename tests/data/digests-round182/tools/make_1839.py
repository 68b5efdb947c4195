#!/usr/bin/env python3
"""1839: a mail forwarded from Register.it's webmail (.eml, CR LF): an Italian note, then the forwarded Feedrabbit
digest (RSS feeds by e-mail: «N new items from M feeds», a section per feed «<feed> (k new item(s))», items of title,
link and snippet, the footer). One text/plain part, UTF-8, quoted-printable (soft breaks «=» at 76 columns, «=C3=A0»,
«=3D»), Subject and From in RFC 2047 Q-words. The people, addresses, domains, ids and the reading group are invented;
the feeds «arXiv cs.CL» and «arXiv cs.AI», Lilian Weng's blog «Lil'Log» and its post «LLM Powered Autonomous Agents»,
the Hugging Face blog, the LangChain repository's releases and Chatbot Arena's leaderboard appear as what they are.
Computed: the item counts (per feed and in total) from the items, the Italian date with its weekday, the forwarded
digest's date before the mail's (asserted), quoted-printable encoding by Python's quopri over the LF text, then CR LF."""
import datetime as dt, os, quopri, sys
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1839)
FEEDS = [
    ("arXiv cs.CL updates on arXiv.org", [
        (T("2310.11511"), "https://arxiv.org/abs/2310.11511",
         "arXiv:2310.11511v1 Announce Type: replace. Abstract: Despite their remarkable capabilities, large language "
         "models often produce responses containing factual inaccuracies due to their sole reliance on the parametric "
         "knowledge they encapsulate..."),
        (T("2306.05685"), "https://arxiv.org/abs/2306.05685",
         "arXiv:2306.05685v4 Announce Type: replace. Abstract: Evaluating large language model based chat assistants "
         "is challenging due to their broad capabilities and the inadequacy of existing benchmarks..."),
    ]),
    ("arXiv cs.AI updates on arXiv.org", [
        (T("2303.11366"), "http://arxiv.org/abs/2303.11366",
         "arXiv:2303.11366v4 Announce Type: replace. Abstract: Large language models have been increasingly used to "
         "interact with external environments as goal-driven agents..."),
    ]),
    ("Lil'Log", [
        ("LLM Powered Autonomous Agents", "https://lilianweng.github.io/posts/2023-06-23-agent/",
         f"Building agents with LLM as its core controller is a cool concept. Covers planning, memory and tool use, "
         f"from {T('2302.04761')} to {T('2305.16291')}..."),
    ]),
    ("Hugging Face - Blog", [
        ("Open LLM Leaderboard: new evaluations", "https://huggingface.co/blog/open-llm-leaderboard-mmlu",
         "We re-ran the MMLU evaluations of the leaderboard and found three ways of computing the same score..."),
    ]),
    ("Release notes from langchain", [
        ("langchain-core==0.3.41", "https://github.com/langchain-ai/langchain/releases/tag/langchain-core%3D%3D0.3.41",
         "Changes since langchain-core==0.3.40: core: fix tool call streaming..."),
    ]),
]
DIGEST = dt.datetime(2025, 3, 11, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SENT = dt.datetime(2025, 3, 11, 16, 42, 19, tzinfo=dt.timezone(dt.timedelta(hours=1)))
assert DIGEST < SENT
IT_D = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
n_items = sum(len(i) for _, i in FEEDS)
subj0 = f"Feedrabbit: {n_items} new items from {len(FEEDS)} feeds"
body = [
    "Ciao Giulia,",
    "",
    "ti giro il digest di stamattina, c'è materiale per il gruppo di lettura di giovedì sugli agenti.",
    f"Proporrei come primo articolo quello di SWE-bench, «{T('2310.06770')}»:",
    f"https://openreview.net/forum?id={OR('2310.06770')}",
    f"e come base per la valutazione {T('2009.03300')} (arXiv:2009.03300), che tutti citano ma pochi hanno letto.",
    f"Nel post di Lilian Weng c'è anche {T('2307.03172')}: secondo me è utile per capire perché",
    "i nostri agenti dimenticano le istruzioni a metà del contesto.",
    "",
    "A giovedì,",
    "Niccolò",
    "",
    "-------- Messaggio originale --------",
    f"Oggetto: {subj0}",
    f"Data: {IT_D[DIGEST.weekday()]} {DIGEST.day} {IT_M[DIGEST.month - 1]} {DIGEST.year}, {DIGEST:%H:%M}",
    "Mittente: Feedrabbit <digest@feedrabbit.com>",
    "A: niccolo.ferrandi@studiolegno.example.it",
    "",
    f"Your daily Feedrabbit digest: {n_items} new items from {len(FEEDS)} feeds",
    "",
]
for name, items in FEEDS:
    body.append(f"{name} ({len(items)} new item{'s' if len(items) > 1 else ''})")
    body.append("-" * 40)
    for t, u, snip in items:
        body += [t, u, snip, ""]
body += ["--",
         "You are receiving this digest because you subscribed to these feeds on Feedrabbit.",
         "Manage your subscriptions: https://feedrabbit.com/subscriptions",
         "Unsubscribe from all: https://feedrabbit.com/unsubscribe/7c41e0b9a2d8",
         ""]
text = "\n".join(body)
qp = quopri.encodestring(text.encode("utf-8")).decode("ascii")
subj = "Fwd: " + subj0
heads = [
    f"Return-Path: <niccolo.ferrandi@studiolegno.example.it>",
    f"Date: {format_datetime(SENT)}",
    f"From: {Header('Niccolò Ferrandi', 'utf-8').encode().replace('?utf-8?q?', '?UTF-8?Q?')} <niccolo.ferrandi@studiolegno.example.it>",
    "To: giulia.bassani@studiolegno.example.it",
    f"Subject: {subj}",
    "Message-ID: <20250311164219.4f2a9c01@webmail.register.it>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "X-Mailer: Register.it Webmail",
]
raw = "\n".join(heads) + "\n\n" + qp
raw = raw.replace("\n", "\r\n")
write_raw(F, raw.encode("ascii"), [raw, text], keys(F))
