#!/usr/bin/env python3
"""2162: a Mattermost bulk export (mmctl export, JSONL, as remembered: a «version» line, then «team», «channel»,
«user» and «post» lines; posts with team, channel, user, message, create_at in epoch milliseconds, replies nested)
of an invented reading channel of the University of Kigali. Kinyarwanda, English and French; links as Markdown and
bare URLs. Computed: create_at increasing (asserted), users members of the channel (asserted), one JSON object a line
(json.dumps, sorted by the order written)."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2162)
TEAM, CH = "uok-ai", "llm-agents-reading"
USERS = ["aline.uwase", "eric.niyonzima", "grace.mukamana"]
t0 = dt.datetime(2026, 3, 10, 7, 30, tzinfo=dt.timezone.utc)
MSGS = [  # minutes after t0, user, message, replies [(minutes, user, message)]
 (0, "aline.uwase", "Mwaramutse! Ku wa kane dusoma ibi bikurikira:\n"
  f"1. [{T('2303.11366')}](https://arxiv.org/abs/2303.11366)\n"
  f"2. {T('2310.11511')} — https://arxiv.org/pdf/2310.11511v1.pdf\n"
  f"3. {T('2302.04761')} https://arxiv.org/abs/2302.04761", []),
 (42, "eric.niyonzima", f"Pour l'évaluation je propose {T('2310.06770')} : https://openreview.net/forum?id={OR('2310.06770')}",
  [(55, "grace.mukamana", "Yego, ariko dataset yabo ni nini cyane. On peut prendre le sous-ensemble Lite ?"),
   (61, "eric.niyonzima", "Oui, Lite suffit pour le GPU du labo.")]),
 (130, "grace.mukamana", f"Also worth reading: {T('2305.16291')} (arXiv 2305.16291) — Minecraft agent with a skill library", []),
 (192, "aline.uwase", f"Background for Thursday: {T('2205.06175')} from DeepMind, and for evaluation of capabilities "
  f"**{T('2206.04615')}** (BIG-bench).", []),
 (240, "eric.niyonzima", f"Serving: tuzakoresha vLLM. Impapuro yabo ni {T('2309.06180')}. Docs: https://docs.vllm.ai", []),
 (301, "grace.mukamana", "Non-paper links for the wiki: LangChain docs, the Hugging Face agents course, "
  "and the KINNEWS dataset for Kinyarwanda.", []),
]
ms = lambda m: int((t0 + dt.timedelta(minutes=m)).timestamp() * 1000)
lines = [{"type": "version", "version": 1, "info": {"generator": "mmctl", "version": "9.11.0", "created": "2026-03-11T16:00:00Z"}},
         {"type": "team", "team": {"name": TEAM, "display_name": "UoK AI Lab", "type": "I", "description": "", "allow_open_invite": False}},
         {"type": "channel", "channel": {"team": TEAM, "name": CH, "display_name": "LLM Agents Reading", "type": "O",
                                         "header": "Ku wa kane 14:00 · Room B12, Gishushu campus", "purpose": "Weekly reading group"}}]
for u in USERS:
    fn, ln = u.split(".")
    lines.append({"type": "user", "user": {"username": u, "email": f"{u}@uok.example.ac.rw", "first_name": fn.title(),
                                           "last_name": ln.title(), "teams": [{"name": TEAM, "roles": "team_user",
                                                                               "channels": [{"name": CH, "roles": "channel_user"}]}]}})
prev = -1
for m, u, msg, reps in MSGS:
    assert m > prev and u in USERS
    prev = m
    post = {"team": TEAM, "channel": CH, "user": u, "message": msg, "create_at": ms(m)}
    if reps:
        rp = []
        for rm, ru, rmsg in reps:
            assert rm > m and ru in USERS
            rp.append({"user": ru, "message": rmsg, "create_at": ms(rm)})
        post["replies"] = rp
    lines.append({"type": "post", "post": post})
text = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
msgs = "\n".join([p["post"]["message"] for p in lines if p["type"] == "post"] +
                 [r["message"] for p in lines if p["type"] == "post" for r in p["post"].get("replies", [])])
write_only(F, text, keys(F), forms=[msgs])
