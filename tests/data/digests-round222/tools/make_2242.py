#!/usr/bin/env python3
"""2242: the chat history of a Telegram supergroup of an LLM reading group at the Ferdowsi University of Mashhad, exported
with Telegram Desktop «Export chat history» in machine-readable JSON (result.json) (as remembered: «name», «type»
«private_supergroup», «id», «messages»; each message «id», «type» («message» / «service»), «date» in the exporting
machine's local time «yyyy-mm-ddThh:mm:ss», «date_unixtime» as a string, «from» / «from_id» «user…» or «actor» /
«actor_id» / «action» for service messages, «reply_to_message_id», «photo» / «file» with sizes, «reactions», «text»
(a string, or a list of strings and entity objects) and «text_entities» (plain, bold, link, text_link with «href»);
one-space indentation, UTF-8 unescaped, no line break after the last brace). Persian with English.
Computed: message ids, date_unixtime from the Tehran time (UTC+03:30, asserted increasing), text from text_entities."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys, GPT1
F = by_num(2242)
TEH = dt.timezone(dt.timedelta(hours=3, minutes=30))
SARA, MOH, NIL, AMIR = ("Sara Ahmadi", "user5120334871"), ("محمد رضایی", "user6038815520"), \
    ("Niloufar Karimi", "user1876204459"), ("امیرحسین", "user7241007368")
P = lambda s: {"type": "plain", "text": s}
B = lambda s: {"type": "bold", "text": s}
LK = lambda s: {"type": "link", "text": s}
TL = lambda s, h: {"type": "text_link", "text": s, "href": h}
# (local time, kind, who, entities or service fields, extra fields)
MSGS = [
 ("2026-04-11 20:14:03", "service", SARA, {"action": "create_group", "title": "خوانش LLM | فردوسی", "members": ["Sara Ahmadi"]}, {}),
 ("2026-04-11 20:16:40", "message", SARA, [P("سلام به همه 🌱 این گروه برای جلسه‌های هفتگی خواندن مقاله‌های مدل‌های زبانی بزرگ است. "
   "جلسه‌ها چهارشنبه‌ها ساعت ۱۶ در دانشکده مهندسی، کلاس ۲۱۴.")], {}),
 ("2026-04-11 20:18:12", "service", SARA, {"action": "invite_members", "members": ["محمد رضایی", "Niloufar Karimi", "امیرحسین"]}, {}),
 ("2026-04-11 20:31:55", "message", SARA, [P("برنامه‌ی چهار هفته‌ی اول:\n"), B("هفته ۱: "), P(T("2005.14165") + "\n"),
   LK("https://arxiv.org/abs/2005.14165"), P("\n"), B("هفته ۲: "), TL(T("2302.13971"), "https://arxiv.org/abs/2302.13971"),
   P("\n"), B("هفته ۳: "), P("Mixture-of-Experts و موازی‌سازی\n"), B("هفته ۴: "), P("RLHF و instruction tuning")], {}),
 ("2026-04-11 20:32:10", "service", SARA, {"action": "pin_message", "message_id": 4}, {}),
 ("2026-04-11 21:05:47", "message", MOH, [P(T("2205.01068") + " رو هم اضافه کنید، کد و لاگ‌های آموزشش کامل منتشر شده: "),
   LK("https://arxiv.org/pdf/2205.01068.pdf")], {"reply_to_message_id": 4}),
 ("2026-04-11 21:09:02", "message", NIL, [P("برای هفته ۳ مقاله‌ی اصلی MoE: " + T("1701.06538") + "\nنسخه‌ی ICLR 2017 روی OpenReview: "),
   LK(f"https://openreview.net/forum?id={OR('1701.06538')}")], {}),
 ("2026-04-12 10:22:31", "message", AMIR, [P(T("1909.08053") + " — arXiv:1909.08053، برای بخش موازی‌سازی مدل. PDF رو گذاشتم.")],
  {"file": "files/megatron_lm.pdf", "file_name": "megatron_lm.pdf", "file_size": 2418833, "mime_type": "application/pdf"}),
 ("2026-04-12 10:40:18", "message", SARA, [P("مرسی! برای پیش‌زمینه‌ی تاریخی هم " + GPT1 +
   " (همون GPT-1) رو بخونید. لینک arXiv نداره، PDF روی سایت OpenAI هست.")], {"reply_to_message_id": 8}),
 ("2026-04-12 11:03:44", "message", MOH, [P("برای هفته ۴ حتماً " + T("2203.02155") + " (InstructGPT) لازمه.")], {}),
 ("2026-04-12 18:47:09", "message", NIL, [P("یه مقاله‌ی جالب درباره‌ی طول context: " + T("2307.03172") +
   "\nبرای پروژه‌ی RAG فارسی‌مون خیلی مرتبطه، مخصوصاً وقتی سندها بلند می‌شن.")], {}),
 ("2026-04-12 19:02:11", "message", AMIR, [P("تخته‌ی جلسه‌ی امروز 👆")],
  {"photo": "photos/photo_1@12-04-2026_19-02-11.jpg", "width": 1280, "height": 960}),
 ("2026-04-12 21:15:30", "message", SARA, [P("منابع غیر مقاله (کتاب، ویدیو، ابزار):\n"),
   P("• کتاب «Build a Large Language Model (From Scratch)» از Sebastian Raschka\n"),
   P("• ویدیوی Andrej Karpathy با عنوان «Let's build GPT: from scratch, in code, spelled out»\n• کتابخانه‌ی Hazm برای پیش‌پردازش فارسی: "),
   LK("https://github.com/roshan-research/hazm")], {"reactions": [{"type": "emoji", "count": 3, "emoji": "👍"}]}),
 ("2026-04-12 21:16:02", "message", MOH, [P("🙏")], {}),
]
out = {"name": "خوانش LLM | فردوسی", "type": "private_supergroup", "id": 2081467735, "messages": []}
prev = None
for i, (when, kind, (who, wid), body, extra) in enumerate(MSGS, 1):
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TEH)
    assert prev is None or local >= prev
    prev = local
    m = {"id": i, "type": kind, "date": local.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(local.timestamp()))}
    if kind == "service":
        m.update({"actor": who, "actor_id": wid})
        m.update(body)
        m.update({"text": "", "text_entities": []})
    else:
        m.update({"from": who, "from_id": wid})
        if "reply_to_message_id" in extra:
            assert extra["reply_to_message_id"] < i
            m["reply_to_message_id"] = extra["reply_to_message_id"]
        for k in ("photo", "width", "height", "file", "file_name", "file_size", "mime_type"):
            if k in extra: m[k] = extra[k]
        ents = body
        if all(e["type"] == "plain" for e in ents):
            m["text"] = "".join(e["text"] for e in ents)
        else:
            m["text"] = [e["text"] if e["type"] == "plain" else e for e in ents]
        m["text_entities"] = ents
        if "reactions" in extra: m["reactions"] = extra["reactions"]
    out["messages"].append(m)
raw = json.dumps(out, ensure_ascii=False, indent=1)
flat = "\n".join(e["text"] + " " + e.get("href", "") for m in out["messages"] for e in m.get("text_entities", []))
write_raw(F, raw.encode("utf-8"), [raw, flat], keys(F))
