#!/usr/bin/env python3
"""2082: a DiscordChatExporter plain-text export (.txt: «=» rules, Guild / Channel / Topic head, «[dd-Mon-yy hh:mm AM]
user» message heads, {Attachments} / {Reactions} blocks, «Exported n message(s)» footer) of a channel of an invented
student server at Khujand State University: Russian with Tajik. Discord markdown links «[label](url)» and embed-
suppressed «<url>». The server, people and times are invented. Computed: the message heads from the times
(increasing, asserted), the exported count."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2082)
RULE = "=" * 62
MSGS = [
 ("firuz.nazarov", (2026, 2, 14, 18, 2), ["Салом, бачаҳо! На четверг читаем про агентов и инструменты.",
   f"Первое: [{T('2302.04761')}](https://arxiv.org/pdf/2302.04761v1)"], None, [("👍", 4)]),
 ("madina_rahimova", (2026, 2, 14, 18, 9), ["Я бы добавила", f"{T('2305.16291')} — http://arxiv.org/abs/2305.16291",
   "там агент сам учится в Minecraft"], None, []),
 ("sherzod.k", (2026, 2, 14, 18, 15), ["а бенчмарк?", f"{T('2310.06770')}",
   f"<https://openreview.net/forum?id={OR('2310.06770')}> (версия ICLR 2024)"], None, [("🔥", 2)]),
 ("firuz.nazarov", (2026, 2, 14, 18, 22), ["Хорошо. Для тех, кто пропустил прошлый раз: RLHF — это",
   f"«{T('2203.02155')}» (Ouyang et al., 2022), перечитайте раздел 3."], None, []),
 ("madina_rahimova", (2026, 2, 14, 18, 40), ["слайды с прошлой встречи"],
   "https://cdn.discordapp.com/attachments/1204/5561/seminar_slides_07.pdf", []),
 ("nilufar.s", (2026, 2, 14, 19, 3), [f"Ещё RAG с самокритикой: {T('2310.11511')} <https://arxiv.org/abs/2310.11511>",
   f"и по математике: {T('2206.14858')}, arXiv:2206.14858"], None, [("🙏", 3)]),
 ("sherzod.k", (2026, 2, 14, 19, 11), [f"Можно ещё обсудить Gato — {T('2205.06175')}, DeepMind, 2022.",
   f"И для оценки: {T('2206.04615')}."], None, []),
 ("firuz.nazarov", (2026, 2, 14, 19, 30), ["Ташаккур! Репозиторий LangChain и курс HF Agents — это не статьи, в список не добавляю.",
   "Встреча в четверг в 16:00, ауд. 214."], None, [("✅", 5)]),
]
out = [RULE, "Guild: ХДУ · ML ва AI клуб", "Channel: Семинар / статьи", "Topic: Читаем статьи каждую неделю · Ҳар ҳафта мақола мехонем", RULE, ""]
prev = None
for who, t, lines, att, reacts in MSGS:
    d = dt.datetime(*t)
    assert prev is None or d > prev
    prev = d
    out += [f"[{d:%d-%b-%y %I:%M %p}] {who}", *lines]
    if att: out += ["{Attachments}", att]
    if reacts: out += ["{Reactions}", " ".join(f"{e} ({n})" for e, n in reacts)]
    out += [""]
out += ["", RULE, f"Exported {len(MSGS)} message(s)", RULE]
write_only(F, "\n".join(out) + "\n", keys(F))
