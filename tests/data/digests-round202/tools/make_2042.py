#!/usr/bin/env python3
"""2042: one day file of a Slack workspace export (a JSON list of messages, Slack's «<url|label>» link markup, «\\/» in
URLs as Slack writes them) of an invented #llm-agents channel at the College of the Marshall Islands (Majuro): English
with Marshallese. People, user ids, the workspace and times are invented. Computed: the «ts» values from the times
(increasing, asserted), the user_profile blocks from the member table, json.dumps with ensure_ascii (\\u escapes)."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2042)
USERS = {"U07CMI0A1": ("Lani Kabua", "lani.k"), "U07CMI0B2": ("Jomo Langidrik", "jomo"), "U07CMI0C3": ("Neijon Lemari", "neijon.l")}
TZ = dt.timezone(dt.timedelta(hours=12))
MSGS = [
 ("U07CMI0A1", "09:12:04", "Iakwe everyone :wave: agents reading list for this month, one per week"),
 ("U07CMI0A1", "09:13:40", f"week 1: <https://arxiv.org/abs/2303.11366|{T('2303.11366')}>"),
 ("U07CMI0B2", "09:20:15", f"can we pair it with {T('2302.04761')}? <https://arxiv.org/pdf/2302.04761v1.pdf>"),
 ("U07CMI0C3", "09:31:57", f"week 3 maybe {T('2305.16291')} (http://arxiv.org/abs/2305.16291) – the minecraft one, fun for the open day"),
 ("U07CMI0A1", "10:02:33", f"for evaluation: {T('2310.06770')} <https://openreview.net/forum?id={OR('2310.06770')}|openreview>"),
 ("U07CMI0B2", "10:05:09", f"and {T('2306.05685')} since we keep using GPT-4 as the grader :sweat_smile:"),
 ("U07CMI0C3", "10:40:48", f"retrieval side: {T('2310.11511')}, arXiv 2310.11511"),
 ("U07CMI0C3", "10:41:30", f"also older: {T('2205.06175')} and {T('2206.14858')} (Minerva) if someone likes maths"),
 ("U07CMI0A1", "11:15:02", "kommol tata! I pinned the LangChain docs and the smolagents repo too, those are tools not papers"),
]
out, prev = [], 0.0
for uid, t, text in MSGS:
    ts = dt.datetime.strptime("2026-02-16 " + t, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).timestamp()
    assert ts > prev
    prev = ts
    name, handle = USERS[uid]
    out.append({"type": "message", "user": uid, "text": text, "ts": f"{ts:.6f}",
                "user_profile": {"real_name": name, "display_name": handle, "team": "T07CMI000"},
                "team": "T07CMI000"})
text = json.dumps(out, indent=4).replace("/", "\\/") + "\n"
write_only(F, text, keys(F), forms=["\n".join(m["text"] for m in out)])
