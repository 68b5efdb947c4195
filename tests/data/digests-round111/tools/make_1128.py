#!/usr/bin/env python3
"""1128: a Flowdock REST API answer, GET /flows/lukupiiri/llm-kerho/messages?limit=100 (Finnish): a Tampere team's
flow where papers on LLMs and agents are shared. Compact JSON as Rails writes it (`<`, `>`, `&` as \\u003c \\u003e
\\u0026, other characters raw); tags computed from the content: hashtags without `#`, `:user:ID` for @mentions, `:url`
when a link is present; comments carry `influx:<parent id>` and the parent's thread_id."""
import datetime as dt, hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1128, keys

FLOW = "0b6c2a9e-5d3f-4f1a-9c7e-2e8d41f7a903"
USERS = {"Aino": "231841", "Juha": "231907", "Sanna": "232015", "Mikko": "232140"}
START = dt.datetime(2024, 3, 4, 7, 58, 12, 431000, tzinfo=dt.timezone.utc)
msgs = []
# (minutes after start, user, event, content, parent index or None)
plan = [
 (0, "Aino", "message", "Huomenta! Tän viikon #lukupiiri teemana työkalut ja agentit. Aloitetaan klassikolla: " + T("2302.04761") + " https://arxiv.org/abs/2302.04761", None),
 (6, "Juha", "comment", "Luin jo viikonloppuna. Itse-supervisoitu API-kutsujen valinta on fiksu, mutta laskin-esimerkit on vähän leluja.", 0),
 (21, "Sanna", "message", "@Juha voisitko vetää torstaina? Taustaksi kannattaa lukea " + T("2203.02155") + " → https://arxiv.org/abs/2203.02155 (RLHF-putki kuva 2:ssa) #lukupiiri", None),
 (25, "Juha", "comment", "Käy. Otan mukaan myös vertailun GPT-3:n few-shot-tuloksiin: " + T("2005.14165") + " (arXiv:2005.14165).", 2),
 (64, "Mikko", "message", "Minecraft-agentti, jota @Aino kysyi: " + T("2305.16291") + ", arXiv:2305.16291. Koodi ja videot: https://voyager.minedojo.org/ #agentit", None),
 (70, "Aino", "comment", "Kiitos! Taitokirjasto (skill library) on kiinnostavin osa & sopii meidän robottidemoon.", 4),
 (133, "Sanna", "message", "Vertailupohjaksi: " + T("2205.06175") + " (" + au("2205.06175", 2) + ", DeepMind 2022) — yksi malli, 604 tehtävää. #agentit", None),
 (181, "Juha", "message", "Arviointi-osio torstaille:\n• " + T("2206.04615") + " (BIG-bench)\n• " + T("2306.05685") + "\nJälkimmäisestä: GPT-4 tuomarina on yllättävän lähellä ihmisiä, mutta position bias > 0.", None),
 (186, "Mikko", "comment", "Chatbot Arenan leaderboard on hyvä lisä: https://chat.lmsys.org/ (ei paperi, mutta näyttää käytännön).", 7),
 (242, "Aino", "message", "Avoimet mallit: " + T("2302.13971") + " https://arxiv.org/pdf/2302.13971.pdf — kokeillaan 7B:tä meidän GPU:lla. @Mikko varaatko koneen?", None),
 (249, "Mikko", "comment", "Varattu ke–to, gpu-03. Muistakaa `torchrun --nproc_per_node 2`.", 9),
 (301, "Sanna", "message", "Muistutus: #lukupiiri to 7.3. klo 14 neukkari Näsi + Zoom. Kahvit tarjoaa @Aino ☕", None),
]
ids, base_id = [], 4418210
for i, (mins, user, event, content, parent) in enumerate(plan):
    t = START + dt.timedelta(minutes=mins, seconds=(i * 17) % 50, milliseconds=(i * 131) % 900)
    mid = base_id + i * 3 + (i * i) % 3
    ids.append(mid)
    tags = []
    tags += [h for h in re.findall(r"#(\w+)", content)]
    tags += [":user:" + USERS[n] for n in re.findall(r"@(\w+)", content)]
    if re.search(r"https?://", content): tags.append(":url")
    m = {"event": event, "tags": tags, "uuid": hashlib.md5(f"u{i}".encode()).hexdigest()[:16],
         "thread_id": None, "id": mid, "flow": FLOW, "content": None,
         "sent": int(t.timestamp() * 1000), "app": "chat",
         "created_at": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
         "attachments": [], "user": USERS[user]}
    if event == "message":
        m["content"] = content
        m["thread_id"] = "thr_" + hashlib.sha1(f"t{i}".encode()).hexdigest()[:20]
    else:
        p = msgs[parent]
        m["content"] = {"title": p["content"][:40] if isinstance(p["content"], str) else "", "text": content}
        m["tags"] = ["influx:" + str(p["id"])] + m["tags"]
        m["thread_id"] = p["thread_id"]
    msgs.append(m)

s = json.dumps(msgs, ensure_ascii=False, separators=(",", ":"))
s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
write_only(F1128, s, keys(F1128), forms=[json.dumps(json.loads(s), ensure_ascii=False)])
