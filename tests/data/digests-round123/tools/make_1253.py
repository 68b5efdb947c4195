#!/usr/bin/env python3
"""1253: a Taskbook storage file (Persian): a Tehran-like student keeps reading tasks in taskbook (`tb -t @خواندن
…`, `tb -n …`) and sent the group `~/.taskbook/storage/storage.json`. Taskbook (Node.js) writes the items as one
object keyed by id, `JSON.stringify(data, null, 4)` (four-space indent, raw UTF-8, no final newline); a task has
`_id, _date, _timestamp, description, isStarred, boards, _isTask, isComplete, inProgress, priority` (`_date` is
Date.toDateString(), `_timestamp` epoch ms), a note stops at `_isTask: false`. Persian descriptions around English
titles, Persian digits in some. OpenReview and arXiv links in a description are links; `arXiv:2210.03629` without a
link is arxiv-text; three items name a paper by title only (one not on arXiv); a library, a repository, a course and
a talk are not papers."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1253, keys, GPT2

B, R = "@خواندن", "@سمینار"
IT = [  # (is_task, local Tehran time, description, starred, boards, complete, in_progress, priority)
 (True, "2024-05-04 10:12:33", f"{T('2201.11903')} — https://openreview.net/forum?id=_VjQlMeSB_J (نسخه NeurIPS)", True, [B, R], True, False, 2),
 (True, "2024-05-04 10:15:02", f"{T('2304.03442')} https://arxiv.org/abs/2304.03442 — برای جلسه ۲۵ اردیبهشت", False, [B], True, False, 1),
 (False, "2024-05-04 10:20:47", f"{GPT2} — گزارش OpenAI، روی arXiv نیست؛ PDF در پوشه مشترک", False, [B], None, None, None),
 (True, "2024-05-05 18:41:09", f"{T('2210.03629')} (arXiv:2210.03629) — لینک ندارم، فقط شناسه", True, [B, R], False, True, 3),
 (True, "2024-05-06 09:03:55", f"{T('2310.08560')} https://arxiv.org/abs/2310.08560", False, [B], False, False, 2),
 (True, "2024-05-06 09:05:30", f"{T('2105.06548')} https://openreview.net/forum?id=ZVBtN6B_6i7 — حافظه با تاریخ انقضا", False, [B], False, False, 1),
 (True, "2024-05-07 14:22:18", f"{T('2206.07682')} — فقط عنوان، لینک را مریم می‌فرستد", False, [B], False, False, 1),
 (True, "2024-05-07 14:23:40", f"خواندن {T('2207.05221')} قبل از جلسه", False, [B], False, False, 2),
 (True, "2024-05-08 11:00:12", "نصب langchain 0.1.20 و اجرای مثال عامل روی سرور gpu-3 (کتابخانه است، نه مقاله)", False, ["My Board"], True, False, 1),
 (False, "2024-05-08 11:06:27", "مخزن joonspk-research/generative_agents — کد شبیه‌سازی، مقاله نیست", False, [B], None, None, None),
 (True, "2024-05-09 20:30:00", "ثبت‌نام دوره Stanford CS324 (مدل‌های زبانی بزرگ) — مهلت ۳۰ اردیبهشت ۱۴۰۳", False, ["My Board"], False, False, 1),
 (False, "2024-05-10 08:47:51", "ویدیوی سخنرانی Jason Wei در CS25 درباره توانایی‌های نوظهور: https://www.youtube.com/watch?v=Zm8Kp3xTqYc", False, [R], None, None, None),
]
TZ = dt.timezone(dt.timedelta(hours=3, minutes=30))
data = {}
for i, (task, t, d, star, boards, done, prog, prio) in enumerate(IT, 1):
    ts = dt.datetime.strptime(t, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    o = {"_id": i, "_date": ts.strftime("%a %b %d %Y"), "_timestamp": int(ts.timestamp() * 1000) + (i * 37) % 1000,
         "description": d, "isStarred": star, "boards": boards, "_isTask": task}
    if task: o.update(isComplete=done, inProgress=prog, priority=prio)
    data[str(i)] = o
text = json.dumps(data, ensure_ascii=False, indent=4)
write_only(F1253, text, keys(F1253))
