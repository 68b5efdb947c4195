#!/usr/bin/env python3
"""1523: the chat of a meeting in МТС Линк (MTS Link, formerly Webinar.ru) saved with «Экспорт чата» as text: the head
(event, host, date, start and end in Moscow time, the recording link, the message count computed), then
`[HH:MM:SS] Name: text` lines, the host marked `(ведущий)`, continuation lines indented by two spaces, a deleted
message as a system line. Not papers: PEFT, bitsandbytes, unsloth (software), Saiga, GigaChat (models), a Habr
article, the recording, a Colab notebook. Nicknames: LoRA, QLoRA, AdaLoRA, BitFit, P-tuning, (IA)³, T-Few, adapters —
labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1523, keys

HOST = "Ирина Белова"
M = [
    ("19:01:07", HOST, "Коллеги, добрый вечер! Начинаем через пару минут. Сегодня PEFT: LoRA и всё, что вокруг неё."),
    ("19:02:40", "Максим Орлов", "Добрый вечер! Слайды будут после семинара?"),
    ("19:03:05", HOST, "Да, выложу в чат и в канал курса."),
    ("19:08:31", HOST, "Основная статья на сегодня:\n" + T("2106.09685") + "\nhttps://arxiv.org/abs/2106.09685"),
    ("19:12:54", "Анна Соколова", "А адаптеры Houlsby будем разбирать? " + T("1902.00751") + " — это ведь с неё всё началось"),
    ("19:13:20", HOST, "Анна, да, коротко, в начале второй части."),
    ("19:21:47", "Дмитрий Ким", "Для сравнения ещё prefix-tuning: " + T("2101.00190") + " (arXiv:2101.00190)"),
    ("19:22:10", "Дмитрий Ким", "и P-tuning: " + T("2103.10385") + ", там промпт учится через LSTM-энкодер"),
    ("19:29:03", "Олег Воронцов", "Сообщение удалено"),
    ("19:34:26", "Олег Воронцов", "Вопрос: а BitFit в эту же табличку попадает? " + T("2106.10199") + ", arXiv:2106.10199 — там же учат только bias"),
    ("19:35:02", HOST, "Олег, попадает, это самый «дешёвый» вариант. Покажу на слайде 14."),
    ("19:47:15", "Максим Орлов", "Мы у себя делали QLoRA для Saiga на одной A100, работает:\n" + T("2305.14314") + "\nhttps://arxiv.org/pdf/2305.14314.pdf\nbitsandbytes + PEFT, ничего особенного"),
    ("19:49:38", "Анна Соколова", "А unsloth пробовали? Обещают ×2 по скорости"),
    ("19:50:11", "Максим Орлов", "Пробовали, но только на Llama, GigaChat не поддерживается"),
    ("20:03:29", HOST, "Адаптивный ранг — " + T("2303.10512") + "\nhttps://arxiv.org/abs/2303.10512"),
    ("20:11:52", "Екатерина Лебедева", "Ещё про (IA)³ стоит вспомнить: " + T("2205.05638") + ". У них же T-Few"),
    ("20:12:40", HOST, "Екатерина, спасибо, добавлю в список литературы."),
    ("20:31:05", "Дмитрий Ким", "Хорошая обзорная статья на Хабре по PEFT, если кому-то нужно на русском: https://habr.com/ru/articles/791966/"),
    ("20:44:18", HOST, "Спасибо всем! Запись и слайды пришлю завтра. Ноутбук с практикой: https://colab.research.google.com/drive/1xQ7vLr2PeftSeminar06"),
    ("20:45:02", "Олег Воронцов", "Спасибо!"),
]
head = [
    "МТС Линк — экспорт чата",
    "Мероприятие: Семинар «Эффективное дообучение LLM». Занятие 6: PEFT",
    f"Ведущий: {HOST}",
    "Дата: 15.05.2024",
    "Начало: 19:00 (MSK)",
    "Окончание: 20:47 (MSK)",
    "Запись: https://my.mts-link.ru/13750284/1784629051/record-new/2214938571",
    f"Сообщений в чате: {len(M)}",
    "",
]
out = list(head)
for t, who, txt in M:
    if txt == "Сообщение удалено":
        out.append(f"[{t}] {who}: <сообщение удалено>"); continue
    first, *rest = txt.split("\n")
    out.append(f"[{t}] {who}{' (ведущий)' if who == HOST else ''}: {first}")
    out += ["  " + r for r in rest]
write_only(F1523, "\n".join(out) + "\n", keys(F1523))
