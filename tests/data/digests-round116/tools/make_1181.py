#!/usr/bin/env python3
"""1181: an ICQ group chat's history saved as text (Russian): a Novosibirsk-like reading group plans three evenings on
state-space models and RL-as-sequence-modelling. The export (as this round imagines ICQ's “Сохранить историю”): a
three-line header (chat name, members, export time), then one block per message — `[dd.mm.yyyy hh:mm:ss] Имя:` on
its own line, the text lines, a blank line — and a closing `Всего сообщений: N`; CRLF line ends (a Windows
client), UTF-8 without BOM. People paste links, ids, titles in «ёлочках» and nicknames; some messages are chatter."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1181, keys, AGZ

M = ["Ирина Соколова", "Павел Егоров", "Глеб Ким", "Анна Белова"]
I, P, G, A = M
t = dt.datetime(2024, 5, 14, 21, 3, 17)
msgs = []


def say(who, text, mins=1, secs=0):
    global t
    t += dt.timedelta(minutes=mins, seconds=secs)
    msgs.append((t, who, text))


say(I, "Всем привет! Следующий блок — state space модели. Предлагаю начать с S4:\nhttps://openreview.net/forum?id=" + OR("2111.00396") + "\n(" + T("2111.00396") + ", ICLR 2022)", 0)
say(P, "+1. А HiPPO перед этим не надо? Там вся математика для инициализации", 2, 13)
say(I, "Надо, но кратко. " + T("2008.07669") + " — arXiv:2008.07669, Глеб, возьмёшь?", 1, 40)
say(G, "возьму) только в четверг не могу, давайте пятницу", 3, 5)
say(A, "Потом сразу Mamba https://arxiv.org/abs/2312.00752\n" + T("2312.00752").replace("Selective ", "Selective\n") + "\nселективные SSM, без неё сейчас никуда", 0, 52)
say(P, "Кстати, ещё статья «" + T("2103.09762") + "» — не совсем SSM, но про память и забывание, мне для диплома нужна", 4, 18)
say(I, "Ок, добавлю в «запасные». Вторая половина блока — RL как моделирование последовательностей:\n1) DT https://arxiv.org/pdf/2106.01345v2 (" + T("2106.01345") + ")\n2) Trajectory Transformer, он же\n«" + T("2106.02039") + "»", 2, 31)
say(G, "а классику будем? «" + AGZ + "» все читали?", 1, 9)
say(A, "я нет 🙈 но это Nature, там без архива. Давайте хотя бы как фон", 0, 47)
say(P, "И ещё из автоматического поиска алгоритмов: Evolving Reinforcement Learning Algorithms (arXiv:2101.03958). Коротко, на 15 минут", 2, 2)
say(I, "Запишу. Лекции Сильвера на ютубе и книгу Саттона–Барто — для тех, кто совсем не в теме RL, это не статьи)", 3, 26)
say(G, "👍", 0, 15)
say(A, "Таблица с расписанием: https://docs.example.ru/spreadsheets/d/ssm-rl-2024 — вписывайтесь", 5, 44)
out = ["История сообщений: группа «SSM + RL — читаем вместе»", "Участники: " + ", ".join(M),
       "Экспорт: 16.05.2024 23:10:42", ""]
for ts, who, text in msgs:
    out.append(f"[{ts:%d.%m.%Y %H:%M:%S}] {who}:")
    out += text.split("\n")
    out.append("")
out.append(f"Всего сообщений: {len(msgs)}")
text = "\r\n".join(out) + "\r\n"
write_only(F1181, text, keys(F1181))
