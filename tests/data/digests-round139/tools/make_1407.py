#!/usr/bin/env python3
"""1407: a Termux session (Persian) on an Android phone, copied from the terminal: `termux-clipboard-get` (the
clipboard text is printed without a final newline, so the next prompt `~ $ ` sits at the end of its last line),
`termux-notification-list` (Termux:API's JSON array — android.util.JsonWriter with a two-space indent: keys id, tag,
key, group, packageName, title, content, [lines], when; non-ASCII, ZWNJ and `/` written raw), a jq filter over it,
`termux-clipboard-set` and a second `termux-clipboard-get`. Notifications from Telegram channels and groups, Gmail (a
Scholar alert), Chrome's download, Termux itself, a bank SMS and a ride app. Not papers: the llm-attacks repository,
the SayCan project page, the Hugging Face course, a YouTube video, a Coursera course. Nicknames: CoT, GCG, SayCan,
DT."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1407, keys

P = "~ $ "
TG, GM, CH = "org.telegram.messenger", "com.google.android.gm", "com.android.chrome"
UID = {TG: 10231, GM: 10147, CH: 10162, "com.termux": 10254, "com.google.android.apps.messaging": 10121,
       "cab.snapp.passenger": 10288}


def note(nid, pkg, title, content, when, tag=None, group="", lines=None):
    d = {"id": nid, "tag": tag or "", "key": f"0|{pkg}|{nid}|{tag if tag else 'null'}|{UID[pkg]}", "group": group,
         "packageName": pkg, "title": title, "content": content}
    if lines: d["lines"] = lines
    d["when"] = when
    return d


N = [
 note(1337, "com.termux", "Termux", "1 session", "2024-05-13 08:02:51"),
 note(-1722094316, TG, "هوش مصنوعی به زبان ساده",
      f"📌 مقالهٔ کلاسیک هفته: {T('2201.11903')} — نسخهٔ نهایی NeurIPS 2022 روی OpenReview: "
      f"https://openreview.net/forum?id={OR('2201.11903')} (اسلایدهای فارسی فردا)", "2024-05-13 09:12:40",
      group="messages"),
 note(-1001874, TG, "گروه مطالعهٔ LLM — دانشکده", "۴ پیام جدید", "2024-05-13 09:41:07", group="messages",
      lines=["مهسا: جلسهٔ پنج‌شنبه ساعت ۱۶، کلاس ۲۰۳",
             f"آرش: {T('2304.03442')} رو کی ارائه می‌ده؟ https://arxiv.org/abs/2304.03442",
             f"مهسا: {T('2206.07682')} بمونه برای هفتهٔ بعد، لینکش رو بعداً می‌ذارم",
             "آرش: 👍 دورهٔ Hugging Face هم فصل ۳ رو تموم کنید"]),
 note(2104, TG, "رضا کریمی", f"اینو بخون قبل از جلسه: {T('2106.01345')} https://arxiv.org/pdf/2106.01345.pdf",
      "2024-05-13 10:03:15", group="messages"),
 note(-1702211, TG, "امنیت مدل‌های زبانی",
      f"حملهٔ GCG: {T('2307.15043')} — کد در github.com/llm-attacks/llm-attacks ، ویدیوی توضیح در یوتیوب",
      "2024-05-13 10:20:02", group="messages"),
 note(-1690512, TG, "رباتیک فارسی",
      f"SayCan دوباره ترند شد: {T('2204.01691')} — ویدیوها: https://say-can.github.io/", "2024-05-13 10:47:55",
      group="messages"),
 note(0, GM, "Google Scholar Alerts",
      f"پیشنهادهای جدید Scholar: {T('2303.18223')} - WX Zhao, K Zhou, J Li… (نسخهٔ ۱۳)", "2024-05-13 11:05:30",
      tag="gig:1", group="gig:4f1c0a"),
 note(77, CH, "2307.15043v2.pdf", "بارگیری کامل شد • ۳٫۹ مگابایت", "2024-05-13 11:18:44", tag="download"),
 note(5, "com.google.android.apps.messaging", "BankMellat",
      "برداشت: ۲۴۰٬۰۰۰ ریال — کافه کتاب — مانده: ۱٬۸۳۲٬۵۰۰ ریال", "2024-05-13 11:31:09"),
 note(12, "cab.snapp.passenger", "اسنپ", "سفر شما به «دانشکدهٔ برق» به پایان رسید. امتیاز بدهید ⭐", "2024-05-13 12:02:27"),
]

CLIP1 = f"{T('2308.03688')}\nhttps://arxiv.org/abs/2308.03688"
CLIP2 = "برای ارائهٔ پنج‌شنبه: بخش ۳ و ۴ + جدول نتایج؛ دورهٔ Coursera رو بعداً ببینم"
jq = "'.[] | select(.packageName == \"" + TG + "\") | .content'"

S = P + "termux-clipboard-get\n" + CLIP1 + P + "termux-notification-list\n"
S += json.dumps(N, indent=2, ensure_ascii=False) + "\n"
S += P + "termux-notification-list | jq -r " + jq + "\n"
S += "".join(n["content"] + "\n" for n in N if n["packageName"] == TG)
S += P + f'termux-clipboard-set "{CLIP2}"\n'
S += P + "termux-clipboard-get\n" + CLIP2 + P + "\n"
write_only(F1407, S, keys(F1407))
