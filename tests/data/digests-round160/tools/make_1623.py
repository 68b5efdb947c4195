#!/usr/bin/env python3
"""1623: message.json from a GroupMe data export (one group's folder), Spanish: an invented Mexican lab's reading group.
The export's array of message objects, newest first, compact (one line, no final newline), UTF-8 unescaped; the
API's fields (attachments, avatar_url, created_at as Unix seconds, favorited_by, group_id, id, name, sender_id,
sender_type, source_guid, system, text, user_id, platform); English system messages; image and reply attachments."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1623)
GID = "104583920"
TZ = dt.timezone(dt.timedelta(hours=-6))
U = {"Daniela Ríos": "81524703", "Emiliano Cruz": "90317266", "Sofía Ramírez": "77650218", "Rodrigo Salas": "86042951"}
AV = {n: f"https://i.groupme.com/512x512.jpeg.{hashlib.md5(n.encode()).hexdigest()}" for n in U}
AV["Rodrigo Salas"] = None
# (who or None for system, datetime, text, likes, attachment)
M = [
    (None, (3, 10, 9, 41, 5), "Daniela Ríos added Sofía Ramírez and Rodrigo Salas to the group.", [], None),
    ("Daniela Ríos", (3, 10, 9, 44, 37),
     f"Buenos días! Para el seminario de agentes propongo abrir con {T('2302.04761')} https://arxiv.org/abs/2302.04761 "
     "es cortito y se entiende bien", ["Emiliano Cruz", "Sofía Ramírez"], None),
    ("Emiliano Cruz", (3, 10, 10, 2, 18),
     f"Va. Y de ahí {T('2303.11366')} https://arxiv.org/pdf/2303.11366v4", ["Daniela Ríos"], None),
    ("Sofía Ramírez", (3, 10, 12, 15, 9),
     f"Para la parte de evaluación yo traigo {T('2310.06770')} https://openreview.net/forum?id={OR('2310.06770')} "
     "(la versión de ICLR 2024, con los reviews)", ["Daniela Ríos", "Rodrigo Salas"], None),
    ("Rodrigo Salas", (3, 10, 12, 31, 50), "así va el leaderboard hoy 👀", ["Sofía Ramírez"], "image"),
    ("Daniela Ríos", (3, 10, 18, 7, 26),
     f"Ojo: casi todo esto parte de InstructGPT, {T('2203.02155')} (arXiv:2203.02155). Si alguien no lo ha leído, "
     "que lo lea antes de la primera sesión 🙏", ["Emiliano Cruz"], None),
    ("Emiliano Cruz", (3, 11, 8, 55, 3),
     f"También {T('2305.16291')}, el de Minecraft. Está bonito para la sesión 4", [], ("reply", 2)),
    ("Sofía Ramírez", (3, 11, 9, 12, 44),
     f"Y {T('2205.06175')} de DeepMind (Gato), aunque no es agente de LLM como tal", ["Emiliano Cruz"], None),
    ("Rodrigo Salas", (3, 11, 20, 48, 31),
     f"Para RAG propongo {T('2310.11511')} https://arxiv.org/abs/2310.11511 y de contexto "
     f"{T('2307.03172')}, que explica por qué nuestro RAG se pierde con documentos largos jaja",
     ["Daniela Ríos", "Sofía Ramírez", "Emiliano Cruz"], None),
    ("Daniela Ríos", (3, 12, 7, 30, 12),
     "Listo, subí el calendario al Drive del lab. Sesión 1 el jueves 13 a las 17:00 en el salón 204, lleven sus laptops "
     "porque vamos a probar LangChain y el API de Llama 3", ["Emiliano Cruz", "Sofía Ramírez", "Rodrigo Salas"], None),
    ("Emiliano Cruz", (3, 12, 7, 41, 58), "👍", [], None),
]
msgs, ids = [], []
for i, (who, (mo, d, h, mi, s), text, likes, att) in enumerate(M):
    t = dt.datetime(2025, mo, d, h, mi, s, tzinfo=TZ)
    ts = int(t.timestamp())
    mid = f"{ts}{int(hashlib.md5(text.encode()).hexdigest(), 16) % 10**8:08d}"
    ids.append(mid)
    atts = []
    if att == "image":
        atts = [{"type": "image", "url": f"https://i.groupme.com/1170x2532.png.{hashlib.md5(mid.encode()).hexdigest()}"}]
    elif att:
        ref = ids[att[1]]
        atts = [{"type": "reply", "reply_id": ref, "base_reply_id": ref, "user_id": U[M[att[1]][0]]}]
    guid = hashlib.sha1(mid.encode()).hexdigest().upper()
    guid = f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:32]}"
    msgs.append({
        "attachments": atts,
        "avatar_url": AV[who] if who else None,
        "created_at": ts,
        "favorited_by": sorted(U[x] for x in likes),
        "group_id": GID,
        "id": mid,
        "name": who or "GroupMe",
        "sender_id": U[who] if who else "system",
        "sender_type": "user" if who else "system",
        "source_guid": guid,
        "system": who is None,
        "text": "" if att == "image" else text,
        "user_id": U[who] if who else "system",
        "platform": "gm",
    })
    if att == "image":
        msgs[-1]["text"] = text
assert ids == sorted(ids)
msgs.reverse()
text = json.dumps(msgs, ensure_ascii=False, separators=(",", ":"))
write_raw(F, text.encode("utf-8"), [text], keys(F))
