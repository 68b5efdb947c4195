#!/usr/bin/env python3
"""1269: `npx wrangler tail chytanka-bot --format pretty` output (Ukrainian): a Kyiv-like lab runs a Telegram bot
on Cloudflare Workers that stores the papers members post in the group; a student tailed the Worker for a morning to
chase a bug and pasted the terminal into the lab chat as `tail-14-05.log`. wrangler prints its banner, the tail's
creation and connection lines, then one line per event (`<METHOD> <url> - <outcome> @ <local time>` for fetch
events, `"<cron>" @ <local time> - <outcome>` for the scheduled one; the time is Node's toLocaleString() in the uk-UA
locale, Kyiv summer time) and under it the Worker's console calls as `  (log) …`, `  (warn) …`, `  (error) …`. The bot
logs each Telegram update as JSON.stringify output (raw UTF-8, `\\"`), then what it stored: arXiv links (one from a
bookmarklet's GET with the link percent-encoded in the query, one `/pdf/…v3`) are links; `arXiv:2210.17323` with the
arXiv API timing out is arxiv-text; three titles posted with neither are title-only (the bot warns). A GitHub
repository, a YouTube talk and the DeepSpeed docs are stored as materials, not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1269, keys

HOST = "https://chytanka-bot.nlp-kpi.workers.dev"
L = [" ⛅️ wrangler 3.57.1", "-" * 19, "", "Successfully created tail, expires at 2024-05-14T12:58:02Z",
     "Connected to chytanka-bot, waiting for logs..."]
uid = [851234566]
num = [40]


def ev(line, *logs):
    L.append(line)
    L.extend("  " + l for l in logs)


def upd(user, text, t):
    uid[0] += 1
    return "(log) " + json.dumps({"update_id": uid[0], "from": user, "chat": -1001873344210, "text": text}, ensure_ascii=False, separators=(",", ":"))


def added(title, where):
    num[0] += 1
    return f"(log) додано #{num[0]}: {title} — {where}"


ev('"0 6 * * *" @ 14.05.2024, 09:00:00 - Ok',
   "(log) щоденний дайджест: 2 нові записи за добу (#39, #40)",
   "(log) надіслано в чат -1001873344210, message_id=7712")
t = "https://arxiv.org/abs/2203.15556 — Chinchilla, читаємо в четвер"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:03:15", upd("oksana_mel", t, 0),
   added(T("2203.15556"), "https://arxiv.org/abs/2203.15556"))
t = "/add arXiv:2210.17323 (GPTQ) — посилання скину пізніше"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:07:41", upd("andrii_k", t, 0),
   "(warn) export.arxiv.org не відповів за 5000 мс, метадані не отримано",
   added(T("2210.17323"), "лише arXiv:2210.17323, без посилання"))
ev(f"GET {HOST}/api/list?format=json - Ok @ 14.05.2024, 09:12:03",
   "(log) /api/list: віддано 42 записи (сайт лабораторії)")
t = "ZeRO для семінару про DeepSpeed: https://arxiv.org/pdf/1910.02054v3"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:20:58", upd("taras.b", t, 0),
   added(T("1910.02054"), "https://arxiv.org/pdf/1910.02054v3"))
t = "Документація DeepSpeed, там є туторіал по ZeRO: https://www.deepspeed.ai/tutorials/zero/"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:22:10", upd("taras.b", t, 0),
   "(log) не стаття (www.deepspeed.ai), збережено як матеріал M-17")
t = f"{T('2211.17192')} — прочитайте до п'ятниці, будь ласка"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:31:44", upd("oksana_mel", t, 0),
   f"(warn) немає посилання чи arXiv ID, збережено лише назву: \"{T('2211.17192')}\"",
   added(T("2211.17192"), "(без посилання)"))
t = f"{T('2208.07339')}\nщоб зрозуміти, звідки взялося load_in_8bit у transformers"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:40:02", upd("maksym_h", t, 0),
   f"(warn) немає посилання чи arXiv ID, збережено лише назву: \"{T('2208.07339')}\"",
   added(T("2208.07339"), "(без посилання)"))
t = "DoRA https://arxiv.org/abs/2402.09353 і код https://github.com/huggingface/peft"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 09:52:37", upd("andrii_k", t, 0),
   added(T("2402.09353"), "https://arxiv.org/abs/2402.09353"),
   "(log) не стаття (github.com), збережено як матеріал M-18")
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 10:05:19",
   "(log) " + json.dumps({"update_id": 851234574, "from": "maksym_h", "chat": -1001873344210, "sticker": "CAACAgIAAxkBAAEKq"}, separators=(",", ":")),
   "(error) TypeError: Cannot read properties of undefined (reading 'trim') at handleMessage (worker.js:212:31)")
uid[0] += 1
ev(f"GET {HOST}/add?url=https%3A%2F%2Farxiv.org%2Fabs%2F2101.03961&by=andrii_k - Ok @ 14.05.2024, 10:14:50",
   "(log) букмарклет: andrii_k",
   added(T("2101.03961"), "https://arxiv.org/abs/2101.03961"))
t = "Доповідь про MoE з конференції, 40 хв: https://www.youtube.com/watch?v=Zx3pQe7TnYk"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 10:26:08", upd("taras.b", t, 0),
   "(log) не стаття (www.youtube.com), збережено як матеріал M-19")
t = f"Ще класика про prompt tuning: \"{T('2104.08691')}\" (Lester et al., EMNLP 2021)"
ev(f"POST {HOST}/tg/webhook - Ok @ 14.05.2024, 10:41:33", upd("oksana_mel", t, 0),
   f"(warn) немає посилання чи arXiv ID, збережено лише назву: \"{T('2104.08691')}\"",
   added(T("2104.08691"), "(без посилання)"))
ev(f"GET {HOST}/api/list?format=json - Ok @ 14.05.2024, 10:45:12",
   "(log) /api/list: віддано 48 записів (сайт лабораторії)")
text = "\n".join(L) + "\n"
write_only(F1269, text, keys(F1269))
