#!/usr/bin/env python3
"""1491: Parseable's query API through curl (POST /api/v1/query with a SQL query and a time range, answered with a JSON
array of records; jq . for the layout), for an Iranian lab's Telegram paper bot that logs to the `paperbot` stream in
Persian. Three calls: the week's `add` events ordered by time, a count per user, and the errors. Every record carries
Parseable's `p_timestamp` (ingestion time, UTC, milliseconds, no zone), `p_tags` and `p_metadata`; the counts and the
error rows are computed from the modelled events. Not papers: the Stable-Baselines3 docs, the Optuna repository, a
recorded talk, the Atari benchmark. Nicknames: AlphaGo Zero, Trajectory Transformer, DT, PPO, NAS — labelled where the
full titles are written."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1491, keys, GO
import datetime as dt

# (time UTC, level, user, chat, action, message)
EV = [
    ("2024-05-11T06:02:14.388", "info", "sara_rz", "add", f"افزودن مقاله: {T('2106.02039')} https://arxiv.org/abs/2106.02039"),
    ("2024-05-11T06:05:51.102", "info", "sara_rz", "add", f"افزودن مقاله: {T('2106.01345')} https://arxiv.org/abs/2106.01345"),
    ("2024-05-11T09:40:27.916", "warn", "mehdi.k", "add", "لینک نامعتبر رد شد: htps://arxiv/abs (پیام کاربر ویرایش شود)"),
    ("2024-05-11T09:41:03.530", "info", "mehdi.k", "add", f"افزودن مقاله: {GO} (لینک ندارد، Nature 2017)"),
    ("2024-05-12T07:15:48.004", "info", "negar_a", "add", f"افزودن مقاله: {T('2006.05990')} (لینک ندارد)"),
    ("2024-05-12T07:19:30.771", "info", "negar_a", "add", "افزودن منبع (مقاله نیست): مستندات Stable-Baselines3 https://stable-baselines3.readthedocs.io/en/master/"),
    ("2024-05-12T12:33:09.250", "error", "mehdi.k", "add", "خطا در دریافت عنوان از arxiv.org: timeout after 10s (شناسه: 2108.04392)"),
    ("2024-05-12T12:34:41.638", "info", "mehdi.k", "add", f"افزودن مقاله: {T('2108.04392')} arXiv:2108.04392"),
    ("2024-05-13T05:58:02.419", "info", "sara_rz", "add", f"افزودن مقاله: {T('2101.08809')} https://arxiv.org/pdf/2101.08809.pdf"),
    ("2024-05-13T06:01:17.093", "info", "sara_rz", "add", f"افزودن مقاله: {T('2006.03656')} (arXiv:2006.03656)"),
    ("2024-05-13T10:22:45.867", "info", "negar_a", "add", "افزودن منبع (مقاله نیست): مخزن Optuna https://github.com/optuna/optuna"),
    ("2024-05-14T08:11:36.505", "info", "mehdi.k", "add", f"افزودن مقاله: {T('2103.13462')} (لینک ندارد، جلسه نظری)"),
    ("2024-05-14T08:14:59.020", "error", "negar_a", "add", "ارسال به کانال ناموفق بود: Telegram API 429 Too Many Requests (retry_after=37)"),
    ("2024-05-14T08:16:12.731", "info", "negar_a", "add", "افزودن منبع (مقاله نیست): ویدیوی سخنرانی دکتر رضایی درباره PPO https://www.aparat.com/v/k7Rz2"),
]
HOST = "https://logs.azmayeshgah.example.ir"
P = "arash@ml-srv:~$ "
START, END = "2024-05-11T00:00:00.000Z", "2024-05-15T00:00:00.000Z"


def rec(e):
    t, lvl, user, act, msg = e
    return {"p_timestamp": t, "p_tags": "", "p_metadata": "", "action": act, "bot": "maqale_bot", "chat": "-1001873420519",
            "level": lvl, "msg": msg, "user": user}


def call(sql):
    body = json.dumps({"query": sql, "startTime": START, "endTime": END}, ensure_ascii=False)
    return f"{P}curl -s -u \"arash:$P_PASSWORD\" -H 'Content-Type: application/json' {HOST}/api/v1/query -d @- <<'EOF' | jq .\n> {body}\n> EOF\n"


out = ""
sql1 = "SELECT * FROM paperbot WHERE action = 'add' AND level = 'info' ORDER BY p_timestamp"
out += call(sql1) + json.dumps([rec(e) for e in EV if e[3] == "add" and e[1] == "info"], indent=2, ensure_ascii=False) + "\n"
sql2 = "SELECT \"user\", COUNT(*) AS n FROM paperbot WHERE action = 'add' AND level = 'info' GROUP BY \"user\" ORDER BY n DESC, \"user\""
cnt = {}
for e in EV:
    if e[3] == "add" and e[1] == "info": cnt[e[2]] = cnt.get(e[2], 0) + 1
rows = [{"user": u, "n": n} for u, n in sorted(cnt.items(), key=lambda x: (-x[1], x[0]))]
out += call(sql2) + json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
sql3 = "SELECT p_timestamp, \"user\", msg FROM paperbot WHERE level IN ('warn', 'error') ORDER BY p_timestamp"
out += call(sql3) + json.dumps([{"p_timestamp": e[0], "user": e[2], "msg": e[4]} for e in EV if e[1] in ("warn", "error")], indent=2, ensure_ascii=False) + "\n"
out += P + "\n"
write_only(F1491, out, keys(F1491))
