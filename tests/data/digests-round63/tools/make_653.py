#!/usr/bin/env python3
"""653: `signal-cli -a ACCOUNT -o json receive` output: one JSON object per line ({"envelope":{…},"account":…}),
Jackson-written (compact, raw UTF-8), group data messages with groupInfo, link previews (arXiv's "[id] Title" page
titles, OpenReview's "Title | OpenReview"), quotes, reactions, typing and receipt envelopes, sourceNumber null for users
who hide their number, ms timestamps. A Ukrainian group on self-supervised learning and regularisation."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, abstract, write_only
from make_expected import F653, keys

ACC = "+15555550142"
GID = "Zk3pQ1vB8mY2xR7tL0aN5cW9eH4sJ6uD1gT3oK8iPqE="
GNAME = "Читацький клуб SSL 🧠"
U = {"oksana": ("8b1f2c3d-4e5f-4a6b-9c7d-1e2f3a4b5c6d", "Оксана Мельник", "+15555550117"),
     "taras": ("2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f", "Тарас Коваль", None),
     "iryna": ("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "Ірина Бондар", None),
     "maks": ("9a0b1c2d-3e4f-4a5b-b6c7-d8e9f0a1b2c3", "Макс Ткаченко", "+15555550163")}
lines = []


def env(who, ts, body, delay=412):
    uid, name, num = U[who]
    e = {"source": num or uid, "sourceNumber": num, "sourceUuid": uid, "sourceName": name, "sourceDevice": 1,
         "timestamp": ts, "serverReceivedTimestamp": ts + 187, "serverDeliveredTimestamp": ts + delay}
    e.update(body)
    lines.append({"envelope": e, "account": ACC})


def data(who, ts, text, previews=(), quote=None, mentions=()):
    dm = {"timestamp": ts, "message": text, "expiresInSeconds": 0, "viewOnce": False}
    if mentions: dm["mentions"] = list(mentions)
    if quote:
        q_ts, q_who, q_text = quote
        dm["quote"] = {"id": q_ts, "author": U[q_who][2] or U[q_who][0], "authorNumber": U[q_who][2],
                       "authorUuid": U[q_who][0], "text": q_text, "attachments": []}
    if previews: dm["previews"] = [{"url": u, "title": t, "description": d, "image": None} for u, t, d in previews]
    dm["groupInfo"] = {"groupId": GID, "groupName": GNAME, "revision": 14, "type": "DELIVER"}
    env(who, ts, {"dataMessage": dm})


def first_sentence(k):
    a = " ".join(abstract(k).split())
    return (a[:150].rsplit(" ", 1)[0] + "…") if a else ""


t0 = 1710406800000  # 2024-03-14 11:00 Kyiv
env("taras", t0 - 4000, {"typingMessage": {"action": "STARTED", "timestamp": t0 - 4000, "groupId": GID}})
data("taras", t0, "Привіт усім! План на четвер (20.03): маскування vs. контрастивне навчання. Основна стаття:\n"
     "https://arxiv.org/abs/2111.06377",
     previews=[("https://arxiv.org/abs/2111.06377", f"[2111.06377] {T('2111.06377')}", first_sentence("2111.06377"))])
t1 = t0 + 95000
data("iryna", t1, f"А контрастивну частину беремо з {T('1911.05722')} ({au('1911.05722')})? Посилання не кидаю, воно є в нашій таблиці.",
     quote=(t0, "taras", "Привіт усім! План на четвер (20.03): маскування vs. контрастивне навчання."))
env("maks", t1 + 30000, {"receiptMessage": {"when": t1 + 30000, "isDelivery": False, "isRead": True, "isViewed": False, "timestamps": [t0, t1]}})
t2 = t1 + 240000
data("oksana", t2, "Для тих, хто цікавиться мовленням — те саме маскування, але для аудіо:\n"
     f"{T('2106.07447')}\nhttps://arxiv.org/pdf/2106.07447.pdf",
     previews=[("https://arxiv.org/pdf/2106.07447.pdf", "2106.07447.pdf", "")])
env("taras", t2 + 61000, {"dataMessage": {"timestamp": t2 + 61000, "message": None, "expiresInSeconds": 0, "viewOnce": False,
                                          "reaction": {"emoji": "👍", "targetAuthor": U["oksana"][2], "targetAuthorNumber": U["oksana"][2],
                                                       "targetAuthorUuid": U["oksana"][0], "targetSentTimestamp": t2, "isRemove": False},
                                          "groupInfo": {"groupId": GID, "groupName": GNAME, "revision": 14, "type": "DELIVER"}}})
t3 = t2 + 3600000
data("maks", t3, "Окрема тема — шумні мітки. Самонавчання як попереднє тренування, потім DivideMix:\n"
     "https://openreview.net/forum?id=uB5x7Y2qsFR",
     previews=[("https://openreview.net/forum?id=uB5x7Y2qsFR", f"{T('2103.13646')} | OpenReview", "")])
t4 = t3 + 420000
data("iryna", t4, f"Регуляризація (сесія 2): {T('1711.05101')} — https://arxiv.org/abs/1711.05101 \n"
     f"та {T('2101.01761')} ({au('2101.01761')}). Друга без посилання, бо в мене лише PDF з конференції.",
     previews=[("https://arxiv.org/abs/1711.05101", f"[1711.05101] {T('1711.05101')}", first_sentence("1711.05101"))])
t5 = t4 + 7200000
data("oksana", t5, f"Про узагальнення між доменами: «{T('2007.01434')}», {au('2007.01434')} (arXiv 2007.01434). "
     "Там висновок, що ERM при чесному підборі гіперпараметрів не гірший за спеціальні методи.")
t6 = t5 + 95000
data("taras", t6, f"І класика для новачків — {T('Gradient-Based Learning Applied to Document Recognition')} "
     f"({au('Gradient-Based Learning Applied to Document Recognition')}, Proceedings of the IEEE, 1998). Історична довідка на 10 хв.",
     quote=(t5, "oksana", "Про узагальнення між доменами"))
t7 = t6 + 600000
data("maks", t7, "Не статті, але корисно: бібліотека solo-learn, блог Lilian Weng про self-supervised, курс Deep Learning (Fleuret), датасет ImageNet-100 на нашому сервері в /data/in100.")
env("iryna", t7 + 20000, {"typingMessage": {"action": "STOPPED", "timestamp": t7 + 20000, "groupId": GID}})
t8 = t7 + 5400000
data("oksana", t8, "Нагадування: зустріч у четвер о 18:30, аудиторія 305 (корпус Б) + Jitsi. Піца за рахунок кафедри 🍕")
text = "".join(json.dumps(l, ensure_ascii=False, separators=(",", ":")) + "\n" for l in lines)
write_only(F653, text, keys(F653))
