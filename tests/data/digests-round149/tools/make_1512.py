#!/usr/bin/env python3
"""1512: an Arabic RL reading group's Telegram bot export, saved as `jq -c --seq '.items[]' export.json > قراءات.json-seq`:
an RFC 7464 JSON text sequence, each record an ASCII RS (0x1E), one compact JSON text (jq's -c layout, raw UTF-8,
slashes unescaped) and a LF."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GO

F = by_num(1512)
RS = "\x1e"
CHAT = "حلقة قراءة التعلم المعزز — الرياض"
# (date, from, type, title, url, arxiv, text, tags, status)
ROWS = [
    ("2024-04-02T19:41:07+03:00", "عمر الحربي", "paper", T("2210.03629"), "https://openreview.net/forum?id=" + OR("2210.03629"), None,
     "نبدأ به الأسبوع القادم، نسخة ICLR 2023", ["وكلاء", "LLM"], "مقروء"),
    ("2024-04-02T19:44:52+03:00", "عمر الحربي", "paper", T("2106.02039"), "https://arxiv.org/abs/2106.02039", None,
     "Trajectory Transformer، قارنوه مع Decision Transformer", ["offline-rl"], "مقروء"),
    ("2024-04-03T08:15:30+03:00", "نورة القحطاني", "link", "CleanRL", "https://github.com/vwxyzjn/cleanrl", None,
     "مستودع تنفيذات PPO و DQN بملف واحد، ليس ورقة", ["أدوات"], None),
    ("2024-04-05T21:02:11+03:00", "نورة القحطاني", "paper", GO, None, None,
     "مجلة Nature 2017، غير موجودة على arXiv، النسخة عند د. فهد", ["ألعاب"], "للقراءة"),
    ("2024-04-06T10:27:45+03:00", "سلمان العتيبي", "paper", T("2101.08809"), None, None,
     "arXiv:2101.08809 — الرابط لاحقاً", ["automl"], "للقراءة"),
    ("2024-04-06T10:31:09+03:00", "سلمان العتيبي", "paper", T("2108.04392"), None, "2108.04392",
     "DARTS والاختيار بعد التدريب", ["automl", "nas"], "للقراءة"),
    ("2024-04-09T17:58:40+03:00", "عمر الحربي", "paper", T("2101.03958"), None, None,
     "بدون رابط، ذكره د. فهد في المحاضرة", ["meta-rl"], "للقراءة"),
    ("2024-04-09T18:03:14+03:00", "نورة القحطاني", "link", "Gymnasium documentation", "https://gymnasium.farama.org/", None,
     "توثيق البيئات، نسخة 0.29", ["أدوات"], None),
    ("2024-04-12T22:40:01+03:00", "ريم الشهري", "paper", T("2304.03442"), "https://arxiv.org/pdf/2304.03442.pdf", None,
     "Smallville! ورقة ممتعة عن الوكلاء", ["وكلاء"], "للقراءة"),
    ("2024-04-13T09:12:36+03:00", "ريم الشهري", "paper", T("2006.05990"), None, None,
     "تجارب واسعة على PPO، بدون رابط حالياً", ["on-policy"], "للقراءة"),
    ("2024-04-14T20:20:20+03:00", "سلمان العتيبي", "link", "NAS-Bench-201 (ملفات البيانات)", "https://drive.google.com/file/d/1SKW0Cu0u8-gb18zDpaAGi0f74UdXeGKs/view", None,
     "ملف البنشمارك فقط، 2.1 جيجابايت", ["nas", "بيانات"], None),
    ("2024-04-15T16:45:09+03:00", "عمر الحربي", "video", "محاضرات David Silver في التعلم المعزز", "https://www.youtube.com/playlist?list=PLk3vR8aYq2TmB5cD0eXw7nHs1uJf9GzQp", None,
     "سلسلة المحاضرات العشر، للمبتدئين في الحلقة", ["دورات"], None),
]
KEYS = ["id", "date", "from", "chat", "type", "title", "url", "arxiv", "text", "tags", "status"]


def records():
    return [dict(zip(KEYS, (201 + i, d, fr, CHAT, ty, ti, u, ax, tx, tg, st))) for i, (d, fr, ty, ti, u, ax, tx, tg, st) in enumerate(ROWS)]


def build():
    return "".join(RS + json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records())


if __name__ == "__main__":
    write_only(F, build(), keys(F))
