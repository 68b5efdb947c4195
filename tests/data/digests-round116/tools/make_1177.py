#!/usr/bin/env python3
"""1177: a Scholar Inbox daily digest e-mail forwarded inline with Thunderbird (German): Jonas, a PhD student in a
Tübingen-like reading circle, forwards his morning digest to the circle's list with his own notes on top. RFC 5322
headers as Thunderbird writes them, CRLF line ends, `Content-Type: text/plain; charset=UTF-8; format=flowed`, 8bit:
paragraphs wrapped at 72 with a trailing space on every soft break (so titles run over lines), URLs never broken,
Thunderbird's German inline-forward header (`-------- Weitergeleitete Nachricht --------`, Betreff / Datum / Von / An),
and the `-- ` signature separator. The digest part lists the recommended papers numbered from 1; the subject's count
is the list's."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_raw
from make_expected import F1177, keys


def flow(par, width=72):
    """format=flowed (RFC 3676): soft breaks keep their trailing space"""
    lines = textwrap.wrap(par, width, break_long_words=False, break_on_hyphens=False)
    return [l + " " for l in lines[:-1]] + lines[-1:]


def paras(*ps):
    out = []
    for p in ps:
        if p == "":
            out.append("")
        elif p.startswith("\x00"):
            out.append(p[1:])  # a hard line, not wrapped
        else:
            out.extend(flow(p))
    return out


recs = [
 ("2303.18223", 0.97, "Survey, 97 pages — good entry point into pre-training, adaptation, utilization and evaluation of LLMs."),
 ("2308.03688", 0.91, "Benchmark: eight environments (OS, database, knowledge graph, web shopping, …) for LLMs acting as agents."),
 ("2304.03442", 0.88, "Sandbox town with 25 agents; memory stream, reflection and planning."),
]
body = paras(
 "Hallo zusammen,",
 "",
 "heute früh kam mein Scholar-Inbox-Digest, unten weitergeleitet – drei Treffer passen genau zu unserem Block "
 "„LLMs & Agenten“. Mein Vorschlag für die nächsten Termine:",
 "",
 "* 23.05.: " + T("2304.03442") + " (Generative Agents, Link unten) – Jana stellt vor",
 "* 30.05.: MemGPT: Towards LLMs as Operating  Systems (arXiv:2310.08560), dazu AgentBench aus dem Digest als Vergleich – Moritz",
 "* 06.06.: CoT-Prompting, also „" + T("2201.11903") + "“",
 "\x00  https://openreview.net/forum?id=" + OR("2201.11903") + " – Selin",
 "",
 "Als Hintergrund bitte vorher (nur falls noch nicht gelesen) „" + T("2307.09288") + "“ und „" + T("2204.02311")
 + "“, die sind beide nicht im Digest, aber wir beziehen uns dauernd darauf. Die Robotik-Leute hatten außerdem "
 "„" + T("2204.01691") + "“ (SayCan) vorgeschlagen – vielleicht als Extra-Termin im Juni?",
 "",
 "Kein Paper, aber nützlich: die LangChain-Doku zu Agents und das Video vom Agenten-Workshop (YouTube, ca. 2 h). "
 "Den Survey aus dem Digest müssen wir nicht komplett lesen, Kapitel 5 und 6 reichen.",
 "",
 "Viele Grüße",
 "Jonas",
 "",
 "",
 "\x00-------- Weitergeleitete Nachricht --------",
 "\x00Betreff: \tYour Scholar Inbox digest – 3 new recommendations",
 "\x00Datum: \tTue, 14 May 2024 04:02:51 +0000",
 "\x00Von: \tScholar Inbox <digest@scholar-inbox.com>",
 "\x00An: \tjonas.weber@uni-beispiel.example",
 "",
 "",
 "\x00Hi Jonas,",
 "",
 "here are today's top recommendations based on your ratings. Rate them to improve your future digests.",
 "",
)
for i, (k, s, note) in enumerate(recs, 1):
    body += paras(f"[{i}] {T(k)}", "\x00    " + au(k, 3), f"\x00    https://arxiv.org/abs/{k}", f"\x00    Relevance: {s:.2f}")
    body += ["    " + l for l in flow(note, 68)]
    body += ["\x00    \U0001F44D https://www.scholar-inbox.com/rate?p=" + f"{k.replace('.', '')}a7&r=1&t=Qm9k{i}x",
             "\x00    \U0001F44E https://www.scholar-inbox.com/rate?p=" + f"{k.replace('.', '')}a7&r=0&t=Qm9k{i}x"]
    body.append("")
body = [l[1:] if l.startswith("\x00") else l for l in body]
body += paras(
 "You are receiving this e-mail because you signed up at scholar-inbox.com. Change digest frequency or unsubscribe: "
 "https://www.scholar-inbox.com/settings",
 "",
)
body += ["-- ", "Jonas Weber · AG Maschinelles Lernen · Raum 3.14", "Tel. +49 7071 0000-000"]
# the signature belongs to Jonas and sits after his own text in Thunderbird; move it there
sig = body[-3:]; body = body[:-3]
cut = body.index("Jonas") + 1
body = body[:cut] + [""] + sig + body[cut:]

head = [
 "Return-Path: <jonas.weber@uni-beispiel.example>",
 "Message-ID: <3b7f1c2e-8d41-4a6f-9e0b-5c2d7a19f4e3@uni-beispiel.example>",
 "Date: Tue, 14 May 2024 08:41:07 +0200",
 "MIME-Version: 1.0",
 "User-Agent: Mozilla Thunderbird",
 "Content-Language: de-DE",
 "To: lesekreis-llm@lists.uni-beispiel.example",
 "From: Jonas Weber <jonas.weber@uni-beispiel.example>",
 "Subject: =?UTF-8?Q?WG=3A_Your_Scholar_Inbox_digest_=E2=80=93_3_new_recommendations?=",
 "Content-Type: text/plain; charset=UTF-8; format=flowed",
 "Content-Transfer-Encoding: 8bit",
]
text = "\r\n".join(head + [""] + body) + "\r\n"
write_raw(F1177, text.encode("utf-8"), [text], keys(F1177))
