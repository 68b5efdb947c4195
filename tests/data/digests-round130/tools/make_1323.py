#!/usr/bin/env python3
"""1323: a Convos (the self-hosted IRC web client) channel log: Convos keeps one file per dialog and month
(`~/.local/share/convos/<user>/<connection>/2024/03/#ml-chitalka.log`), one line per event: an ISO timestamp in UTC
(`YYYY-MM-DDTHH:MM:SS`), then `<nick> text` for messages, `* nick text` for actions, `-nick- text` for notices (the
channel's reminder bot). A Russian reading channel on a lab's IRC server, over three meeting days in March (19:00
Moscow time = 16:00 UTC). IRC's line limit keeps every message under 400 bytes of UTF-8. Papers: arXiv abs / pdf
links, an `arXiv:` id, titles alone; repositories, a leaderboard, a benchmark site, a video room and a shared folder
are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1323, keys

L = [
 ("2024-03-05T15:52:08", "N", "chitalka-bot", "Напоминание: сегодня в 19:00 МСК читаем агентов. Комната: https://meet.lab.example.ru/ml-chitalka"),
 ("2024-03-05T15:54:31", "M", "sveta_k", "всем привет, докладываю я"),
 ("2024-03-05T15:55:02", "M", "sveta_k", f"основная статья: {T('2305.16291')} https://arxiv.org/abs/2305.16291"),
 ("2024-03-05T15:55:40", "M", "dimon", "это где агент сам пишет себе библиотеку навыков в майнкрафте?"),
 ("2024-03-05T15:56:13", "M", "sveta_k", "да, навыки хранятся как код на JS, а среду берут из MineDojo / Mineflayer"),
 ("2024-03-05T15:57:49", "M", "artem", f"для контраста можно вспомнить {T('2205.06175')} — Gato, один трансформер на всё, но без LLM-планировщика"),
 ("2024-03-05T15:58:20", "M", "sveta_k", "ок, добавлю слайд про Gato"),
 ("2024-03-05T17:31:44", "A", "dimon", "ушёл за чаем"),
 ("2024-03-05T17:40:05", "M", "oleg_ml", "слайды выложил в общую папку: https://disk.example.ru/d/Xq7tLm2PvR9e"),
 ("2024-03-12T15:50:00", "N", "chitalka-bot", "Напоминание: сегодня в 19:00 МСК — оценка LLM. Докладчик: oleg_ml"),
 ("2024-03-12T15:51:37", "M", "oleg_ml", f"сегодня про бенчмарки. начнём с {T('2009.03300')} https://arxiv.org/abs/2009.03300"),
 ("2024-03-12T15:52:10", "M", "oleg_ml", f"потом BIG-bench: {T('2206.04615')} (arXiv:2206.04615), там 204 задачи, смотрим только BBH-подобные"),
 ("2024-03-12T15:53:25", "M", "pasha", "а MMLU на русском кто-нибудь гонял? в lm-evaluation-harness вроде есть переводные задачи"),
 ("2024-03-12T15:54:02", "M", "oleg_ml", "есть, но качество перевода так себе. репозиторий: https://github.com/EleutherAI/lm-evaluation-harness"),
 ("2024-03-12T15:56:48", "M", "artem", f"и про судей: {T('2306.05685')} https://arxiv.org/pdf/2306.05685.pdf"),
 ("2024-03-12T15:57:30", "M", "artem", "лидерборд арены живёт тут: https://lmarena.ai/?leaderboard , но цифры меняются каждую неделю"),
 ("2024-03-12T15:59:01", "M", "dimon", "HELM тоже стоит упомянуть, у них сайт с разбивкой по сценариям: https://crfm.stanford.edu/helm/"),
 ("2024-03-12T16:01:12", "A", "oleg_ml", "начинает трансляцию"),
 ("2024-03-19T15:49:30", "N", "chitalka-bot", "Напоминание: сегодня в 19:00 МСК — длинный контекст и поиск. Докладчик: pasha"),
 ("2024-03-19T15:51:55", "M", "pasha", f"главное на сегодня: {T('2307.03172')} https://arxiv.org/abs/2307.03172"),
 ("2024-03-19T15:52:40", "M", "pasha", "U-образная кривая: начало и конец контекста модель видит, середину теряет"),
 ("2024-03-19T15:54:18", "M", "sveta_k", f"к поиску подходит {T('2010.00904')} — GENRE, генерирует имя сущности вместо векторного поиска"),
 ("2024-03-19T15:55:03", "M", "dimon", f"а для разбора внимания есть {T('2103.14625')}, там интерактивная визуализация голов"),
 ("2024-03-19T15:55:47", "M", "pasha", "Dodrio я открывал, демо работает только в хроме"),
 ("2024-03-19T17:45:22", "M", "oleg_ml", "всем спасибо! следующая встреча 26 марта, тема — агенты с инструментами"),
 ("2024-03-19T17:46:09", "A", "sveta_k", "машет рукой"),
]
out = []
for t, kind, nick, text in L:
    out.append(f"{t} " + {"M": f"<{nick}> {text}", "A": f"* {nick} {text}", "N": f"-{nick}- {text}"}[kind])
text = "\n".join(out) + "\n"
write_only(F1323, text, keys(F1323))
