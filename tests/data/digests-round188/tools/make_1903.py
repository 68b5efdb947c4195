#!/usr/bin/env python3
"""1903: the history of an XMPP group chat (MUC) exported as text from the Psi+ client (Russian): a head line with the
room and the export date, then «[dd.MM.yyyy hh:mm:ss] <nick> message» lines and «*** nick …» presence lines. The room,
server, nicks and dates are invented; LangChain, AutoGen, SWE-agent and a Habr post appear as what they are. Computed:
the timestamps (valid, not decreasing; asserted), nicks that speak have joined (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1903)
ROOM = "agents-reading@conference.jabber.nsk-lab.example.ru"
t0 = dt.datetime(2026, 2, 24, 19, 2, 5)
EV = [  # seconds after t0, nick or None for presence, text
 (0, None, "sveta_k вошла в комнату"), (41, None, "dmitry.o вошёл в комнату"),
 (70, "sveta_k", "Привет! Составляю список на март про агентов. Начнём с бенчмарка:"),
 (75, "sveta_k", f"{T('2310.06770')} https://openreview.net/forum?id={OR('2310.06770')}"),
 (130, "dmitry.o", f"Плюс {T('2303.11366')} — https://arxiv.org/abs/2303.11366"),
 (190, None, "grisha вошёл в комнату"),
 (240, "grisha", f"Про инструменты обязательно {T('2302.04761')}, pdf: https://arxiv.org/pdf/2302.04761v1"),
 (300, "dmitry.o", f"И {T('2305.16291')} (http://arxiv.org/abs/2305.16291v2), там Minecraft, но идея навыков общая."),
 (420, "sveta_k", f"Для RAG: {T('2310.11511')}, arXiv:2310.11511"),
 (480, "grisha", f"Старое, но полезное: {T('2010.00904')}. И ещё {T('2205.06175')} от DeepMind."),
 (560, "dmitry.o", f"Математику тоже возьмём? {T('2206.14858')}"),
 (600, "sveta_k", "да, на последнюю неделю"),
 (700, "grisha", "Для практики — LangChain и AutoGen, плюс репозиторий SWE-agent на GitHub."),
 (760, "dmitry.o", "Хороший обзорный пост на Хабре про агентов, скину ссылку в канал."),
 (900, None, "grisha вышел из комнаты"),
]
nick_in, prev = set(), None
out = [f"Журнал переписки: {ROOM}", f"Экспортировано из Psi+ 1.5.1650, {dt.date(2026, 2, 25):%d.%m.%Y}", ""]
for s, n, txt in EV:
    t = t0 + dt.timedelta(seconds=s)
    assert prev is None or t >= prev; prev = t
    if n is None:
        out.append(f"[{t:%d.%m.%Y %H:%M:%S}] *** {txt}")
        nk = txt.split()[0]
        if "вош" in txt: nick_in.add(nk)
        else: nick_in.discard(nk)
    else:
        assert n in nick_in, n
        out.append(f"[{t:%d.%m.%Y %H:%M:%S}] <{n}> {txt}")
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
