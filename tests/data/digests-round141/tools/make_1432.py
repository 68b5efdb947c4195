#!/usr/bin/env python3
"""1432: a macOS zsh session (Hungarian): a PhD student keeps a reading project for Things 3 as the JSON its URL
scheme imports (`things:///json?data=…`: an array with one `project` whose `items` are `heading` and `to-do` objects
with `title`, `notes`, `when`, `deadline`, `tags`, `checklist-items`): `cat` of the file (two-space JSON, raw
non-ASCII), a small script that prints the import link (compact JSON, percent-encoded with `quote(…, safe="")`), then
`open` with it. The link is computed from the file's JSON. Not papers: the Gymnasium docs, a CS285 lecture video,
the D4RL datasets, a meeting. Nicknames: CoT, RT-2, GCG, AlphaGo Zero, Frozen, Trajectory Transformer, Decision
Transformer, Expire-Span."""
import json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1432, keys, AGZ


def todo(title, notes=None, when=None, tags=None, checklist=None, deadline=None):
    a = {"title": title}
    if notes: a["notes"] = notes
    if when: a["when"] = when
    if deadline: a["deadline"] = deadline
    if tags: a["tags"] = tags
    if checklist: a["checklist-items"] = [{"type": "checklist-item", "attributes": {"title": t, "completed": c}} for t, c in checklist]
    return {"type": "to-do", "attributes": a}


head = lambda t: {"type": "heading", "attributes": {"title": t}}
ITEMS = [
 head("Ezen a héten"),
 todo(T("2201.11903"), f"https://openreview.net/forum?id={OR('2201.11903')}\nCoT — előismeret a csütörtöki szemináriumhoz", "today", ["olvasás", "LLM"]),
 todo(T("2307.15818"), "https://arxiv.org/abs/2307.15818\nRT-2: a projektoldal videóit is megnézni", "today", ["olvasás", "robotika"],
      [("1–3. fejezet", True), ("kísérletek (4. fejezet)", False), ("jegyzet a wikibe", False)]),
 todo("Gymnasium dokumentáció: vektorizált környezetek", "https://gymnasium.farama.org/api/vector/\nnem cikk, csak a PPO-kódhoz kell", "2024-05-15", ["kód"]),
 todo(T("2006.05990"), "https://arxiv.org/pdf/2006.05990.pdf\na PPO-beállításokhoz: melyik hiperparaméter számít", "2024-05-16", ["olvasás", "RL"]),
 head("Következő hét"),
 todo(T("2106.02039"), "arXiv:2106.02039 — Trajectory Transformer; a Decision Transformerrel együtt vesszük", "2024-05-21", ["olvasás", "RL"]),
 todo(T("2105.06548"), f"Expire-Span\nhttps://openreview.net/forum?id={OR('2105.06548')}", "2024-05-22", ["olvasás", "memória"]),
 todo("CS285 15. előadás (offline RL) — YouTube", "videó, 1 óra 20 perc; jegyzetelni", "2024-05-23", ["kurzus"]),
 todo(T("2307.15043"), "GCG támadás — a biztonsági olvasókörhöz (Kovács Gábor kérte)", "2024-05-24", ["olvasás", "biztonság"]),
 head("Később / ha marad idő"),
 todo(AGZ, "Nature 2017 — AlphaGo Zero; könyvtári hozzáféréssel", "someday", ["olvasás", "RL"]),
 todo(T("2106.13884"), "Frozen (NeurIPS 2021) — multimodális few-shot, az RT-2 háttere", "someday", ["olvasás"]),
 todo("D4RL adatkészletek letöltése a szerverre", "/data/d4rl — kb. 30 GB, a hopper és walker elég", "anytime", ["infrastruktúra"]),
 todo("Heti megbeszélés jegyzetei (Szabó Dóra – Kovács Gábor)", None, "2024-05-17", ["adminisztráció"]),
]
PROJ = [{"type": "project", "attributes": {
    "title": "Olvasás – RL és ágensek (május–június)",
    "notes": "Olvasólista a doktori témához. A cikkek PDF-jei a Zotero „RL-ágensek” gyűjteményében.",
    "area": "Doktori kutatás", "deadline": "2024-06-28", "tags": ["olvasás"], "items": ITEMS}}]
FILE = json.dumps(PROJ, indent=2, ensure_ascii=False) + "\n"
LINK = "things:///json?reveal=true&data=" + quote(json.dumps(PROJ, ensure_ascii=False, separators=(",", ":")), safe="")
P = "dora@Doras-MacBook-Air olvasas % "
out = P + "cat things_olvasas.json\n" + FILE
out += P + "cat things_link.py\n"
out += ("import json, sys\nfrom urllib.parse import quote\n\n"
        "data = json.load(open(sys.argv[1], encoding=\"utf-8\"))\n"
        "print(\"things:///json?reveal=true&data=\" + quote(json.dumps(data, ensure_ascii=False, separators=(\",\", \":\")), safe=\"\"))\n")
out += P + "python3 things_link.py things_olvasas.json\n" + LINK + "\n"
out += P + "open \"$(python3 things_link.py things_olvasas.json)\"\n" + P + "\n"
write_only(F1432, out, keys(F1432), forms=[json.dumps(PROJ, ensure_ascii=False)])
