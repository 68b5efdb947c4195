#!/usr/bin/env python3
"""1981: a group-chat history exported from Mail.ru Agent (the Russian messenger; the export layout is as imagined):
Russian. The chat name, participants, times and the export line are invented; the PEFT library, a Habr article and
the Saiga model appear as what they are. Computed: the times (not decreasing, asserted), the speakers (participants,
asserted), the export time after the last message (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1981)
P = ["Ольга Смирнова", "Дмитрий Кузнецов", "Алина Гарипова"]
M = [
 ("12.02.2026 19:01:12", 0, f"Коллеги, собираем список для семинара по дообучению. Первым номером:\n{T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685"),
 ("12.02.2026 19:02:40", 1, f"Тогда сразу и {T('2305.14314')} — https://arxiv.org/pdf/2305.14314v1 , иначе на наших картах не влезет"),
 ("12.02.2026 19:04:05", 2, "Библиотека PEFT — это софт, её не надо в список, но ноутбук я подготовлю"),
 ("12.02.2026 19:06:31", 0, f"С чего всё началось: {T('1902.00751')} (Houlsby и др., ICML 2019)"),
 ("12.02.2026 19:08:17", 1, f"Prefix-tuning обязательно: {T('2101.00190')}, arXiv: 2101.00190"),
 ("12.02.2026 19:09:58", 2, f"И P-tuning — {T('2103.10385')}. Его любят в русскоязычных статьях"),
 ("12.02.2026 19:12:44", 0, f"Обзорная, которая всё связывает:\n{T('2110.04366')}\nhttps://openreview.net/forum?id=0RDcd5Axok"),
 ("12.02.2026 19:15:03", 1, f"Для few-shot есть (IA)³: {T('2205.05638')} (http://arxiv.org/abs/2205.05638)"),
 ("12.02.2026 19:17:26", 2, f"А про инструкции? {T('2203.02155')} — без неё RLHF не объяснить"),
 ("12.02.2026 19:19:50", 0, "Ок. Модель для практики — Saiga на Hugging Face, и статья на Хабре про LoRA на русском как вводная. Всем спасибо!"),
]
ts = [dt.datetime.strptime(t, "%d.%m.%Y %H:%M:%S") for t, _, _ in M]
assert ts == sorted(ts)
exp = dt.datetime(2026, 2, 12, 22, 15)
assert exp > ts[-1]
L = [f"История сообщений: чат «Семинар PEFT» ({len(P)} участника: {', '.join(P)})",
     f"Экспортировано из Mail.ru Агента: {exp:%d.%m.%Y %H:%M}", ""]
for t, who, msg in M:
    L.append(f"{P[who]} ({t})")
    L += msg.split("\n")
    L.append("")
write_only(F, "\n".join(L), keys(F))
