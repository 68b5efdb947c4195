#!/usr/bin/env python3
"""1148: a Twist API answer, GET /api/v3/comments/get?thread_id=5120447 (German): a Berlin group's thread where the
papers for the summer reading circle on efficient attention and memory are collected. Compact JSON with ASCII
escapes (umlauts as \\u00e4 …), comments in posting order; Markdown content with Twist's mention links
`[Name](twist-mention://ID)`; posted = posted_ts; reactions map an emoji to user ids."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1148, keys

USERS = {"Lena Hoffmann": 482103, "Jonas Weber": 482117, "Miriam Schulz": 482190, "Tobias Krüger": 482231}
M = lambda n: f"[{n}](twist-mention://{USERS[n]})"
START = dt.datetime(2024, 4, 15, 7, 58, 21, tzinfo=dt.timezone.utc)
plan = [
 (0, "Lena Hoffmann", "Hallo zusammen! Für den Sommer-Lesekreis (donnerstags 16 Uhr, Raum 3.012) sammeln wir hier die Papers zu **effizienter Attention und Gedächtnis**. Einstieg mit dem Klassiker, aus dem die Attention überhaupt kommt:\n\n" + T("1409.0473") + " (" + au("1409.0473") + ") – https://arxiv.org/abs/1409.0473", {"👍": ["Jonas Weber", "Miriam Schulz"]}),
 (9, "Jonas Weber", "Passend dazu der Gedächtnis-Klassiker: _" + T("1410.5401") + "_ (Graves et al., arXiv:1410.5401). Die Adressierung über Inhalt + Ort ist immer noch lesenswert.", {}),
 (47, "Miriam Schulz", "Ich übernehme die erste Sitzung: [" + T("2001.04451") + "](https://openreview.net/forum?id=rkgNKkHtvB) – LSH-Attention und reversible Schichten. " + M("Tobias Krüger") + " magst du die Speicher-Messungen nachbauen? Code: https://github.com/lucidrains/reformer-pytorch", {"🙌": ["Lena Hoffmann"]}),
 (63, "Tobias Krüger", "Gerne, " + M("Miriam Schulz") + ". Für die zweite Sitzung schlage ich lineare Attention vor: [" + T("2006.16236") + "](https://arxiv.org/pdf/2006.16236.pdf) – die RNN-Sicht auf kausale Attention ist genau unser Thema.", {"👍": ["Lena Hoffmann", "Jonas Weber"]}),
 (141, "Jonas Weber", "Zur Einordnung: \"" + T("2202.10447") + "\" (FLASH, arXiv:2202.10447). Gated Attention Unit + chunked linear attention, vergleicht direkt mit Performer & Co.", {}),
 (188, "Miriam Schulz", "Für die Gedächtnis-Sitzung: *" + T("2010.06891") + "* – hat jemand Code gefunden? Das offizielle Repo ist offline, ich habe nur das PDF von der Konferenzseite.", {"👀": ["Tobias Krüger"]}),
 (1440 + 35, "Tobias Krüger", "Überblick für alle, die einsteigen wollen: " + T("2103.14636") + " (" + au("2103.14636", 2) + "). Lang (über 60 Seiten), aber Kapitel 4 reicht.", {}),
 (1440 + 72, "Lena Hoffmann", "Als Ergänzung zur Analyse-Frage von letzter Woche (warum die Gewichte allein täuschen): " + T("2004.10102") + " (Kobayashi et al., EMNLP 2020). " + M("Jonas Weber") + " das wäre doch was für dich?", {"✅": ["Jonas Weber"]}),
 (1440 + 80, "Jonas Weber", "Ja, nehme ich. Hintergrund ohne Paper: Lilian Wengs Blogpost „The Transformer Family Version 2.0“ https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/ – gute Übersicht über alle Varianten.", {}),
 (1440 + 130, "Lena Hoffmann", "Plan steht:\n1. Reformer (Miriam)\n2. Lineare Attention (Tobias)\n3. FLASH + Memformer (Jonas)\n4. Analyse mit Vektornormen (Jonas)\n\nFolien bitte bis Mittwochabend in den Drive-Ordner „Lesekreis SoSe24“.", {"👍": ["Miriam Schulz", "Tobias Krüger", "Jonas Weber"]}),
]
out = []
for i, (mins, who, content, reacts) in enumerate(plan):
    t = START + dt.timedelta(minutes=mins, seconds=(i * 23) % 57)
    ts = int(t.timestamp())
    out.append({"id": 88120450 + i * 7 + (i * i) % 5, "thread_id": 5120447, "channel_id": 431006, "workspace_id": 190882,
                "creator": USERS[who], "creator_name": who, "content": content,
                "posted": t.strftime("%Y-%m-%dT%H:%M:%S"), "posted_ts": ts, "last_edited": None, "last_edited_ts": None,
                "obj_index": i, "attachments": [], "reactions": {e: [USERS[u] for u in us] for e, us in reacts.items()},
                "recipients": sorted(USERS.values()), "groups": [], "to_emails": [], "system_message": None,
                "deleted": False, "actions": []})
text = json.dumps(out, separators=(",", ":"))
write_only(F1148, text, keys(F1148), forms=[json.dumps(out, ensure_ascii=False)])
