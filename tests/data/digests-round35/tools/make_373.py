#!/usr/bin/env python3
"""373: a Russian-language Telegram channel about ML for science, exported with Telegram Desktop's "Export chat
history" in machine-readable JSON (result.json): name, type "public_channel", id, messages with id, type, date,
date_unixtime (the date is local time, Moscow, UTC+3), from / from_id, optional edited, photo, forwarded_from,
reactions, "text" as a string or a list of strings and entity objects, and "text_entities" (the same text as
plain / bold / italic / link / text_link / hashtag / mention entities); a service message (pin). Papers: arxiv.org
links as link or text_link entities (link), "arXiv:2106.05234" typed (arxiv-text), titles in «» in prose, in bold
entities, after "Статья:" (title-only). Hashtags, the channel's chat, a conference (NeurIPS) and a Colab notebook
are not papers; "AlphaFold 3" is a nickname only, and "статья про Graphormer" stands beside its title."""
import json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F373, keys, ALPHAFOLD

CH, CID = "Графы, поля и белки", 1873349120
MSK = timezone(timedelta(hours=3))


def P(s): return {"type": "plain", "text": s}
def B(s): return {"type": "bold", "text": s}
def I(s): return {"type": "italic", "text": s}
def LNK(s): return {"type": "link", "text": s}
def TL(s, href): return {"type": "text_link", "text": s, "href": href}
def H(s): return {"type": "hashtag", "text": s}


MSGS = [  # (date, entities, extras)
 ("2024-02-05T10:14:22", [B("Нейросети для PDE: с чего начать\n\n"), P("Если вы из вычислительной физики и хотите понять, что такое нейронные операторы, начните с «" + T("2010.08895") + "» (Li et al., ICLR 2021): "), LNK("https://arxiv.org/abs/2010.08895"), P("\n\nПотом — сеточные симуляции от DeepMind: " + T("2010.03409") + " "), LNK("https://arxiv.org/abs/2010.03409"), P(" (MeshGraphNets). Код есть в открытом доступе, Colab-ноутбук с примером в комментариях.\n\n"), H("#pde"), P(" "), H("#gnn")],
  {"photo": "photos/photo_1@05-02-2024_10-14-22.jpg", "width": 1280, "height": 720, "reactions": [("🔥", 48), ("👍", 21)]}),
 ("2024-02-07T19:02:10", [P("Вопрос из чата: «а трансформеры вообще работают на графах?» Работают, если правильно закодировать структуру. Классика — "), B(T("2106.05234")), P(" (arXiv:2106.05234), это та самая статья про Graphormer, которая выиграла OGB-LSC в 2021.\n\n"), H("#gnn")],
  {"edited": "2024-02-07T19:05:44", "reactions": [("👍", 33)]}),
 ("2024-02-12T09:30:00", [P("Понедельничная подборка, теория:\n\n1. «" + T("2010.08515") + "» — Li, Zhang, Arora. Почему у свёрток есть неустранимое преимущество по выборочной сложности.\n2. Tengyu Ma, «" + T("2103.13462") + "» — обзорная глава о том, почему локальные методы находят хорошие минимумы.\n\n"), H("#theory")],
  {"reactions": [("🤯", 19), ("👍", 12)]}),
 ("2024-02-12T09:31:05", None, {"service": "pin_message", "message_id": 3}),
 ("2024-02-19T12:00:41", [P("Знания и логика: "), TL(T("2011.03459"), "https://arxiv.org/abs/2011.03459"), P(" — отвечаем на сложные запросы к графу знаний, комбинируя предсказания связей через t-нормы. Очень мало параметров, хорошая интерпретируемость.\n\n"), H("#kg")],
  {"forwarded_from": "Knowledge Graphs Weekly", "reactions": [("👍", 17)]}),
 ("2024-03-04T11:20:15", [B("Белки\n\n"), P("Все ждут AlphaFold 3, а я напомню, что стоит наконец прочитать саму статью про AlphaFold 2: "), I(T(ALPHAFOLD)), P(" (Jumper et al., Nature, 2021). Supplementary длиннее основной части в 10 раз — это нормально.\n\n"), H("#bio")],
  {"reactions": [("❤", 56), ("🔥", 30)]}),
 ("2024-03-11T10:05:00", [P("Немного компьютерного зрения из той же недели архива (март 2021), которое я пропустил тогда:\n\n• "), TL("COTR", "https://arxiv.org/abs/2103.14167"), P(": " + T("2103.14167") + " — плотные соответствия между изображениями трансформером.\n• Статья: " + T("2103.14146") + " — описание изменений между двумя снимками текстом.\n• " + T("2103.14338") + " — перенос движения человека по нескольким кадрам.\n\nИ для тех, кто любит смотреть внутрь моделей: «" + T("2103.14625") + "» — интерактивная визуализация attention.\n\n"), H("#cv")],
  {"reactions": [("👍", 24)]}),
]
msgs = []
for i, (d, ents, ex) in enumerate(MSGS, 1):
    dt = datetime.fromisoformat(d).replace(tzinfo=MSK)
    m = {"id": i, "type": "service" if ents is None else "message", "date": d, "date_unixtime": str(int(dt.timestamp()))}
    if ents is None:
        m.update({"actor": CH, "actor_id": f"channel{CID}", "action": ex["service"], "message_id": ex["message_id"], "text": "", "text_entities": []})
        msgs.append(m); continue
    if "edited" in ex:
        m["edited"] = ex["edited"]; m["edited_unixtime"] = str(int(datetime.fromisoformat(ex["edited"]).replace(tzinfo=MSK).timestamp()))
    m["from"] = CH; m["from_id"] = f"channel{CID}"
    if "forwarded_from" in ex: m["forwarded_from"] = ex["forwarded_from"]
    if "photo" in ex:
        m["photo"] = ex["photo"]; m["photo_file_size"] = 148233; m["width"] = ex["width"]; m["height"] = ex["height"]
    m["text"] = [e["text"] if e["type"] == "plain" else e for e in ents]
    m["text_entities"] = ents
    m["reactions"] = [{"type": "emoji", "count": n, "emoji": em} for em, n in ex["reactions"]]
    msgs.append(m)
doc = {"name": CH, "type": "public_channel", "id": CID, "messages": msgs}
text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
flat = "\n".join("".join(e["text"] for e in m["text_entities"]) for m in msgs)
write_only(F373, text, keys(F373), forms=(flat,))
