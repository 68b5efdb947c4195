#!/usr/bin/env python3
"""1803: messages of a group chat in VK Messenger (VK Мессенджер, desktop), selected and copied, Russian: a date line
«d месяца yyyy» before each day's messages, heads «Имя Фамилия HH:MM», a reply line «В ответ на сообщение: Имя
Фамилия», a forwarded block «Пересланное сообщение» with its author and date, one blank line between messages. The
reading group, its members, the channel and the dates are invented; DeepSpeed and the
faculty's cluster appear as what they are. Computed: the date lines (asserted increasing), times in order."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, GPT1, GLOVE
F = by_num(1803)
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
DAYS = [
    ((2025, 4, 7), [
        ("Ольга Соколова", "19:02", None, None, ["Коллеги, в четверг разбираем предобучение больших моделей. Базовый список:",
            f"{T('2005.14165')} — https://arxiv.org/abs/2005.14165",
            f"{T('2302.13971')} — https://arxiv.org/pdf/2302.13971.pdf",
            "Кто возьмёт масштабирование?"]),
        ("Дмитрий Волков", "19:15", None, None, [f"Я возьму {T('2006.16668')} (arXiv:2006.16668), там как раз про MoE и шардирование."]),
        ("Ольга Соколова", "19:17", "Дмитрий Волков", None, ["Отлично, спасибо! Только без пересказа DeepSpeed-документации 🙂"]),
    ]),
    ((2025, 4, 8), [
        ("Мария Кузнецова", "10:41", None, None, ["Для истории вопроса предлагаю начать с классики:",
            f"{GPT1} (Radford et al., 2018) и {GLOVE} — чтобы было видно, откуда всё пошло.",
            f"Ещё {T('1906.08237')}, но его можно пролистать."]),
        ("Алексей Морозов", "11:05", None, ("Игорь Лебедев", "3 апреля 2025 в 22:14"),
            [f"Многоязычность: {T('1911.02116')}", "https://arxiv.org/abs/1911.02116",
             "Для нас актуально, русский там хорошо представлен."]),
        ("Алексей Морозов", "11:06", None, None, ["Переслал из канала лаборатории, если что."]),
        ("Дмитрий Волков", "12:30", "Мария Кузнецова", None, [f"А ViT берём? {T('2010.11929')}",
            f"https://openreview.net/forum?id={OR('2010.11929')}", "Там тот же рецепт масштабирования, только для картинок."]),
        ("Ольга Соколова", "12:34", None, None, ["Берём, последним пунктом. Кластер забронирован на пятницу."]),
    ]),
]
out = []
prev = None
for (y, m, d), msgs in DAYS:
    assert prev is None or (y, m, d) > prev
    prev = (y, m, d)
    out.append(f"{d} {RU_M[m - 1]} {y}")
    out.append("")
    t0 = ""
    for who, hm, reply, fwd, text in msgs:
        assert hm > t0; t0 = hm
        blk = [f"{who} {hm}"]
        if reply: blk.append(f"В ответ на сообщение: {reply}")
        if fwd: blk += ["Пересланное сообщение", f"{fwd[0]}, {fwd[1]}"]
        out += blk + text + [""]
write_only(F, "\n".join(out), keys(F))
