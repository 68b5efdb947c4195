#!/usr/bin/env python3
"""2143: a Rocket.Chat room's messages exported as JSON (as assumed: the REST form of messages — «_id», «rid», «msg»,
«ts» as ISO-8601 UTC with milliseconds, «u» {_id, username, name}, «urls» for links, «t» for system messages, «editedAt»
for edited ones), of an invented reading room at UNIS (the University Centre in Svalbard, Longyearbyen). Norwegian
(bokmål) and English. Computed: timestamps increasing (asserted), every sender a member (asserted), «urls» from the
links in «msg» (asserted), ids derived deterministically (hashlib)."""
import datetime as dt, hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2143)
RID = "k3Qv8sLwNdP2aYxEm"
MEMBERS = {"ingrid.solheim": "Ingrid Solheim", "oskar.haugland": "Oskar Haugland", "maja.kristiansen": "Maja Kristiansen"}
D = dt.datetime
MSGS = [
 (D(2026, 2, 2, 9, 0, 4), None, "uj", "oskar.haugland"),
 (D(2026, 2, 2, 9, 3, 11), "ingrid.solheim", "Hei alle! Leseliste for LLM-seminaret, vi tar én artikkel i uka 📚", None),
 (D(2026, 2, 2, 9, 5, 40), "ingrid.solheim", f"Uke 1: *{T('2005.14165')}* https://arxiv.org/abs/2005.14165", None),
 (D(2026, 2, 2, 9, 6, 2), "ingrid.solheim", f"Uke 2: [{T('2302.13971')}](https://arxiv.org/abs/2302.13971v1)", None),
 (D(2026, 2, 2, 10, 14, 55), "oskar.haugland", f"Kan vi ta med InstructGPT også? {T('2203.02155')} — http://arxiv.org/pdf/2203.02155.pdf", None),
 (D(2026, 2, 2, 10, 20, 9), "maja.kristiansen", f"Enig. Og for verktøy: {T('2302.04761')}\nhttps://arxiv.org/abs/2302.04761", None),
 (D(2026, 2, 2, 10, 21, 30), "maja.kristiansen", f"Agenter: {T('2305.16291')} (arXiv:2305.16291) og {T('2205.06175')} fra DeepMind", "edited"),
 (D(2026, 2, 3, 8, 2, 17), "oskar.haugland", f"Har noen lest {T('2103.10385')}? P-tuning, kort og grei", None),
 (D(2026, 2, 3, 8, 40, 3), "ingrid.solheim", f"Jeg har. Til dekodingsdelen foreslår jeg {T('1904.09751')} – nucleus sampling", None),
 (D(2026, 2, 3, 8, 41, 12), "ingrid.solheim", "Ikke artikler, men nyttig: Hugging Face-kurset om LLM-er og boka «Hands-On Large Language Models» (Alammar & Grootendorst) – biblioteket har ett eksemplar", None),
 (D(2026, 2, 3, 9, 15, 0), "maja.kristiansen", "Møte torsdag 14:00 i auditoriet, husk isbjørnvakt hvis dere går til Adventdalen etterpå 🐻‍❄️", None),
]
out, prev = [], None
for ts, user, msg, extra in MSGS:
    assert prev is None or ts > prev; prev = ts
    h = hashlib.sha1(f"{ts.isoformat()}{msg}".encode()).hexdigest()
    mid = "".join(c for c in h if c.isalnum())[:17]
    stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(ts.second * 37) % 1000:03d}Z"
    if user is None:
        u = extra
        out.append({"_id": mid, "rid": RID, "t": msg, "msg": u, "ts": stamp,
                    "u": {"_id": hashlib.sha1(u.encode()).hexdigest()[:17], "username": u, "name": MEMBERS[u]}, "groupable": False})
        continue
    assert user in MEMBERS
    m = {"_id": mid, "rid": RID, "msg": msg, "ts": stamp,
         "u": {"_id": hashlib.sha1(user.encode()).hexdigest()[:17], "username": user, "name": MEMBERS[user]}}
    urls = re.findall(r"https?://[^\s)]+", msg)
    if urls: m["urls"] = [{"url": x} for x in urls]
    if extra == "edited":
        ed = ts + dt.timedelta(minutes=2, seconds=14)
        m["editedAt"] = ed.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(ed.second * 37) % 1000:03d}Z"
        m["editedBy"] = {"_id": m["u"]["_id"], "username": user}
    m["_updatedAt"] = m.get("editedAt", stamp)
    out.append(m)
text = json.dumps({"messages": out, "count": len(out), "offset": 0, "total": len(out), "success": True},
                  ensure_ascii=False, indent=2) + "\n"
write_only(F, text, keys(F), forms=[msg for _, _, msg, _ in MSGS])
