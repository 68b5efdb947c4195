#!/usr/bin/env python3
"""1475: VictoriaLogs queried with LogsQL through curl (`/select/logsql/query`, JSON lines) by the admin of a Thai
reading group's LINE bot: the week's `เพิ่มรายการ` (add item) messages sorted by time, a `stats by (user) count()`
over the same filter, and the week's errors through `fields`. Every line is one JSON object (_msg, _stream,
_stream_id, _time, then the stream and message fields; values strings; Thai raw); _time is RFC3339 with trailing zeros
trimmed; the stats rows are computed from the first query's lines. Not papers: the Stable-Baselines3 docs, the D4RL
repository, a recorded talk. Nicknames: DT, AutoHAS, PPO — labelled where the full titles are written."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1475, keys

STREAM = {"app": "paperbot", "host": "line-bot-01"}
SID = "0000000000000000" + hashlib.md5(b"paperbot/line-bot-01").hexdigest()
T0 = dt.datetime(2024, 5, 7, 1, 0, tzinfo=dt.timezone.utc)
ADD = "เพิ่มรายการ"
LOG = [  # minutes after T0, ms, level, user, message
 (12, 512, "info", "ploy", f"{ADD}: {T('2006.05990')} https://arxiv.org/abs/2006.05990"),
 (95, 88, "info", "tonkla", f"{ADD}: {T('2106.01345')} https://arxiv.org/abs/2106.01345"),
 (96, 940, "info", "tonkla", f"ส่งตัวอย่างการ์ดกลับไปยังกลุ่ม items=2"),
 (1440 + 31, 205, "info", "mild", f"{ADD}: {T('2006.03656')} https://arxiv.org/pdf/2006.03656.pdf"),
 (1440 + 33, 771, "error", "mild", "ดึงชื่อเรื่องจากลิงก์ไม่สำเร็จ: context deadline exceeded url=https://stable-baselines3.readthedocs.io/en/master/"),
 (1440 + 34, 10, "info", "mild", f"{ADD}: Stable-Baselines3 docs https://stable-baselines3.readthedocs.io/en/master/"),
 (2880 + 140, 333, "info", "ploy", f"{ADD}: {T('2101.03958')} (arXiv:2101.03958)"),
 (2880 + 142, 604, "info", "ploy", f"{ADD}: {T('2011.03459')} arXiv:2011.03459 — ICLR 2021"),
 (4320 + 8, 47, "info", "bank", f"{ADD}: {T('2103.13462')} (ยังไม่มีลิงก์)"),
 (4320 + 9, 918, "warn", "bank", "ไม่พบ arXiv id ในข้อความ จะบันทึกเฉพาะชื่อเรื่อง"),
 (5760 + 250, 120, "info", "tonkla", f"{ADD}: {T('2103.14338')} (ยังไม่มีลิงก์)"),
 (5760 + 251, 877, "warn", "tonkla", "ไม่พบ arXiv id ในข้อความ จะบันทึกเฉพาะชื่อเรื่อง"),
 (5760 + 300, 456, "info", "ploy", f"{ADD}: D4RL https://github.com/Farama-Foundation/D4RL"),
 (7200 + 15, 239, "info", "mild", f"{ADD}: {T('2004.10102')} (ยังไม่มีลิงก์)"),
 (7200 + 16, 5, "error", "mild", "ส่งข้อความตอบกลับไม่สำเร็จ: LINE API 429 Too Many Requests"),
 (7200 + 90, 700, "info", "bank", f"{ADD}: วิดีโอบรรยาย Offline RL https://www.youtube.com/watch?v=p3Tc8sQz1rA"),
 (8400 + 2, 1, "info", "", "ส่งสรุปประจำสัปดาห์ไปยังกลุ่ม items=11"),
]


def ts(m, ms):
    t = T0 + dt.timedelta(minutes=m, seconds=(m * 13 + ms) % 60, milliseconds=ms)
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms:03d}".rstrip("0").rstrip(".") if ms else "")
    return s + "Z"


def rec(r):
    m, ms, lvl, user, msg = r
    d = {"_msg": msg, "_stream": '{app="paperbot",host="line-bot-01"}', "_stream_id": SID, "_time": ts(m, ms),
         "app": STREAM["app"], "host": STREAM["host"], "level": lvl}
    if user: d["user"] = user
    return d


def j(d):
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"


adds = [rec(r) for r in LOG if r[4].startswith(ADD)]
counts = {}
for a in adds: counts[a["user"]] = counts.get(a["user"], 0) + 1
stats = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
errs = [rec(r) for r in LOG if r[2] == "error"]
P = "admin@obs-01:~$ "
C = "curl -s http://127.0.0.1:9428/select/logsql/query --data-urlencode "
out = P + C + f"'query=_time:7d app:paperbot \"{ADD}\" | sort by (_time)'\n" + "".join(j(a) for a in adds)
out += P + C + f"'query=_time:7d app:paperbot \"{ADD}\" | stats by (user) count() items | sort by (items desc)'\n"
out += "".join(j({"user": u, "items": str(n)}) for u, n in stats)
out += P + C + "'query=_time:7d app:paperbot level:error | sort by (_time) | fields _time, _msg'\n"
out += "".join(j({"_time": e["_time"], "_msg": e["_msg"]}) for e in errs)
out += P + "\n"
write_only(F1475, out, keys(F1475))
