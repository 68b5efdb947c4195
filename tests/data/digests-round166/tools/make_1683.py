#!/usr/bin/env python3
"""1683: a Xabber (XMPP client) group-chat history exported as plain text, Russian: a head (chat, room JID, the export
time, the exporting account, the message count), then one line per message «[dd.mm.yyyy HH:MM:SS] nick: text»
(continuation lines indented), system lines «*** nick вошёл(-ла) в комнату», a file link from the HTTP upload, a reply
quoted with «> ». The room, its JIDs, nicks and the upload host are invented; vLLM, DeepSpeed, lm-evaluation-harness,
MMLU and Megatron appear as what they are, never labelled."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1683)
D = dt.datetime
M = [
    (D(2025, 3, 11, 10, 2, 14), "*", "anya.k вошла в комнату"),
    (D(2025, 3, 11, 10, 3, 51), "anya.k", "Всем привет. Собираю список чтения к семинару по обучению и инференсу больших моделей, кидайте сюда"),
    (D(2025, 3, 11, 10, 5, 9), "dmitry_p", f"Базовое: {T('2205.01068')} https://arxiv.org/abs/2205.01068 — у них подробный логбук обучения, очень полезно почитать про падения"),
    (D(2025, 3, 11, 10, 6, 40), "dmitry_p", f"И раз мы на vLLM, то обязательно {T('2309.06180')}\n    https://arxiv.org/pdf/2309.06180"),
    (D(2025, 3, 11, 10, 9, 2), "*", "serg вошёл в комнату"),
    (D(2025, 3, 11, 10, 11, 27), "serg", f"Про длинный контекст: {T('2306.15595')} https://arxiv.org/abs/2306.15595v2\nмы так растягивали до 16k, работало лучше, чем просто дообучение"),
    (D(2025, 3, 11, 10, 14, 3), "anya.k", "> мы так растягивали до 16k\nа на сколько шагов дообучали?"),
    (D(2025, 3, 11, 10, 15, 48), "serg", "около тысячи, подробности в отчёте: https://upload.xmpp.example.ru/f3a9c1d2/otchet_kontekst.pdf"),
    (D(2025, 3, 11, 10, 21, 30), "ilya", f"Для MoE-части предлагаю классику: {T('1701.06538')}\n    https://arxiv.org/abs/1701.06538"),
    (D(2025, 3, 11, 10, 24, 11), "ilya", f"ну и как без RLHF: «{T('2203.02155')}» (arXiv:2203.02155)"),
    (D(2025, 3, 11, 10, 30, 58), "dmitry_p", f"Про декодинг ещё «{T('1904.09751')}» (Holtzman et al., ICLR 2020) — откуда nucleus sampling"),
    (D(2025, 3, 11, 10, 33, 20), "anya.k", f"Оценка: «{T('2206.04615')}», это BIG-bench. MMLU гоняем через lm-evaluation-harness, отдельная статья не нужна"),
    (D(2025, 3, 11, 10, 36, 44), "serg", f"Для визуализации внимания на семинаре можно показать Dodrio: «{T('2103.14625')}»"),
    (D(2025, 3, 11, 10, 38, 5), "anya.k", "Отлично, спасибо! Сведу в таблицу к четвергу. Megatron и DeepSpeed — отдельным докладом"),
    (D(2025, 3, 11, 10, 41, 17), "*", "ilya вышел из комнаты"),
]
ROOM = "llm-seminar@conference.xmpp.example.ru"
exp = D(2025, 3, 11, 19, 2, 33)
n = sum(1 for _, who, _ in M if who != "*")
L = ["История переписки", f"Чат: Семинар LLM ({ROOM})", f"Аккаунт: anya.k@xmpp.example.ru",
     f"Экспортировано: {exp:%d.%m.%Y %H:%M:%S}", f"Сообщений: {n}", ""]
for t, who, text in M:
    if who == "*":
        L.append(f"[{t:%d.%m.%Y %H:%M:%S}] *** {text}")
    else:
        first, *rest = text.split("\n")
        L.append(f"[{t:%d.%m.%Y %H:%M:%S}] {who}: {first}")
        L += [r if r.startswith("    ") else "    " + r for r in rest]
write_only(F, "\n".join(L) + "\n", keys(F))
