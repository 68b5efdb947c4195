#!/usr/bin/env python3
"""2062: one day file of a Slack workspace export (JSON list of messages, «/» escaped as «\\/» and non-ASCII as \\uXXXX,
URLs as Slack writes them) of an invented #ai-reading channel at SIMAD University (Mogadishu): English with Somali.
People, user ids, the workspace and times are invented. Computed: the «ts» values from the times (increasing,
asserted), the user_profile blocks from the member table, json.dumps with ensure_ascii (\\u escapes)."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(2062)
USERS = {"U08SMD0A4": ("Hodan Warsame", "hodan.w"), "U08SMD0B7": ("Abdirahman Farah", "abdi"), "U08SMD0C2": ("Ifrah Nur", "ifrah")}
TZ = dt.timezone(dt.timedelta(hours=3))
MSGS = [
 ("U08SMD0A4", "10:02:11", "Subax wanaagsan :wave: reading list for the agents + evaluation month"),
 ("U08SMD0A4", "10:03:45", f"week 1: <https://arxiv.org/abs/2303.11366|{T('2303.11366')}>"),
 ("U08SMD0B7", "10:11:20", f"for judging: {T('2306.05685')} <https://arxiv.org/pdf/2306.05685v4.pdf>"),
 ("U08SMD0C2", "10:25:02", f"benchmarks: {T('2009.03300')} (arXiv:2009.03300) and {T('2206.04615')} \u2013 the big one with 200+ tasks"),
 ("U08SMD0B7", "10:40:37", f"and {T('2307.03172')} because our RAG demo forgets the middle pages :sweat_smile:"),
 ("U08SMD0C2", "11:05:59", f"science side for the hydrology people: {T('2010.08895')} (http://arxiv.org/abs/2010.08895)"),
 ("U08SMD0C2", "11:06:40", f"plus {T('2010.03409')} and {T(AF2)} (Nature 2021) if we have time"),
 ("U08SMD0A4", "11:30:15", "mahadsanid! pinned the LangGraph docs and the Inspect evals repo too \u2013 tools, not papers"),
]
out, prev = [], 0.0
for uid, t, text in MSGS:
    ts = dt.datetime.strptime("2026-02-16 " + t, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).timestamp()
    assert ts > prev
    prev = ts
    name, handle = USERS[uid]
    out.append({"type": "message", "user": uid, "text": text, "ts": f"{ts:.6f}",
                "user_profile": {"real_name": name, "display_name": handle, "team": "T08SMD000"},
                "team": "T08SMD000"})
text = json.dumps(out, indent=4).replace("/", "\\/") + "\n"
write_only(F, text, keys(F), forms=["\n".join(m["text"] for m in out)])
