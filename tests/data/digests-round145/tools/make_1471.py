#!/usr/bin/env python3
"""1471: CommaFeed's REST API (`/rest/category/entries`) for an Egyptian reader's category «أوراق وقراءات»: the reading
club's WordPress feed, a member's Hugo blog, a YouTube channel and the diffusers releases feed. `curl | jq .` shows the
Entries object in jq's layout (Arabic raw, HTML content as JSON strings, epoch-millisecond dates, rtl flags), then
`jq -r … | @tsv` lists feed and title. The entries, ids, dates, favicon paths and the tsv are computed from the
modelled feeds; sorted by date, newest first. Not papers: the ControlNet repository, a recorded lecture, a diffusers
release, a schedule post. Nicknames: DDPM, LDM, ControlNet, DreamBooth, Textual Inversion — labelled where the full
titles are written."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1471, keys

H = "https://nadi-intishar.example.eg"
FEEDS = {
 4: ("نادي قراءة نماذج الانتشار", f"{H}/feed/", H),
 7: ("مدونة سلمى — ملاحظات تعلم الآلة", "https://salma-notes.example.com/index.xml", "https://salma-notes.example.com/"),
 9: ("سلسلة محاضرات التعلم العميق بالعربية", "https://www.youtube.com/feeds/videos.xml?channel_id=UCq3vTn0DrKx9wYbE5hLmA2g", "https://www.youtube.com/channel/UCq3vTn0DrKx9wYbE5hLmA2g"),
 12: ("Release notes from diffusers", "https://github.com/huggingface/diffusers/releases.atom", "https://github.com/huggingface/diffusers/releases"),
}


def a(url, text):
    return f'<a href="{url}">{text}</a>'


def ms(y, mo, d, h, mi):
    return int(dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc).timestamp() * 1000)


ENTRIES = [  # id, feed, guid, title, content, categories, author, url, date, inserted (min later), read, starred
 ("18734", 4, f"{H}/?p=431", "الأسبوع ٩: التحكم الشرطي وتوليد النماذج بخطوة واحدة",
  f"<p>نقرأ هذا الأسبوع ورقتين:</p>\n<ul>\n<li>{a('https://arxiv.org/abs/2302.05543', T('2302.05543'))} — تقدمها مريم.</li>\n"
  f"<li>{a('https://arxiv.org/abs/2303.01469', T('2303.01469'))} — يقدمها عمر.</li>\n</ul>\n"
  f"<p>الشيفرة: {a('https://github.com/lllyasviel/ControlNet', 'مستودع ControlNet')}. اللقاء يوم الأربعاء الساعة ٧ مساءً.</p>",
  "أوراق,نماذج الانتشار", "مريم حسن", f"{H}/2024/05/week-9/", ms(2024, 5, 12, 16, 40), 22, False, True),
 ("18702", 9, "yt:video:b7Kq0ZpR1sE", "محاضرة ٦: مقدمة في نماذج الانتشار",
  "<p>محاضرة مسجلة من سلسلة التعلم العميق بالعربية — المدة ساعة و١٥ دقيقة.</p>", None,
  "سلسلة محاضرات التعلم العميق بالعربية", "https://www.youtube.com/watch?v=b7Kq0ZpR1sE", ms(2024, 5, 10, 18, 0), 47, True, False),
 ("18655", 7, "https://salma-notes.example.com/posts/personalization/", "تخصيص نماذج توليد الصور: كلمة واحدة تكفي؟",
  f"<p>ملخص لما قرأته عن التخصيص. الفكرة الأولى من ورقة {T('2208.01618')} (arXiv:2208.01618): "
  "نتعلم تضمينًا لكلمة جديدة فقط دون تعديل النموذج.</p>\n"
  f"<p>ثم جاءت {T('2208.12242')} التي تضبط النموذج كله مع خسارة الحفاظ على الفئة.</p>\n"
  f"<p>وللتحرير بالتعليمات النصية راجعوا {T('2211.09800')}، لم أجد لها رابطًا مفتوحًا في مكتبة الجامعة بعد.</p>",
  None, "سلمى عبد الرحمن", "https://salma-notes.example.com/posts/personalization/", ms(2024, 5, 8, 9, 15), 95, True, True),
 ("18611", 12, "tag:github.com,2008:Repository/498011141/v0.27.2", "v0.27.2: Fix scheduler import and LoRA loading",
  "<ul>\n<li>Fix import of the scheduler module in older Python versions</li>\n<li>Fix LoRA loading for single-file checkpoints</li>\n</ul>",
  None, "sayakpaul", "https://github.com/huggingface/diffusers/releases/tag/v0.27.2", ms(2024, 5, 6, 11, 2), 38, True, False),
 ("18590", 4, f"{H}/?p=418", "الأسبوع ٨: من الانتشار الاحتمالي إلى الانتشار الكامن",
  f"<p>الورقة الأساسية: {a('https://arxiv.org/abs/2006.11239', T('2006.11239'))}.</p>\n"
  f"<p>ثم الانتقال إلى الفضاء الكامن: {a('https://arxiv.org/abs/2112.10752', T('2112.10752'))}.</p>\n"
  f"<p>لمن يهتم بالصوت: {T('2009.09761')} — نقاش اختياري بعد اللقاء.</p>",
  "أوراق,نماذج الانتشار", "عمر فاروق", f"{H}/2024/05/week-8/", ms(2024, 5, 5, 17, 30), 31, True, False),
 ("18544", 4, f"{H}/?p=409", "تنبيه: تغيير موعد لقاء الأسبوع القادم",
  "<p>ينتقل اللقاء إلى القاعة ٢٠٤ بمبنى الحاسبات، والموعد الساعة ٦ مساءً بدل ٧.</p>", "إعلانات", "مريم حسن",
  f"{H}/2024/05/schedule-change/", ms(2024, 5, 2, 10, 5), 12, True, False),
]


def ar(s):
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


def entry(e):
    i, f, guid, title, content, cats, author, url, d, lag, read, star = e
    name, furl, flink = FEEDS[f]
    return {"id": i, "guid": guid, "title": title, "content": content, "categories": cats, "rtl": ar(title),
            "author": author, "enclosureUrl": None, "enclosureType": None, "mediaDescription": None,
            "mediaThumbnailUrl": None, "mediaThumbnailWidth": None, "mediaThumbnailHeight": None,
            "date": d, "insertedDate": d + lag * 60000, "feedId": str(f), "feedName": name, "feedUrl": furl,
            "feedLink": flink, "iconUrl": f"/rest/feed/favicon/{f}", "url": url, "read": read, "starred": star,
            "markable": True, "tags": []}


ents = sorted((entry(e) for e in ENTRIES), key=lambda x: -x["date"])
resp = {"name": "أوراق وقراءات", "message": None, "errorCount": 0, "timestamp": ms(2024, 5, 13, 7, 12) + 418,
        "hasMore": False, "offset": 0, "limit": 20, "entries": ents, "ignoredReadStatus": False}
P = "salma@thinkpad:~$ "
U = "https://rss.nadi-intishar.example.eg/rest/category/entries?id=3&readType=all&order=desc&limit=20"
out = P + f"curl -s -u \"salma:$COMMAFEED_PASS\" '{U}' | jq .\n" + json.dumps(resp, indent=2, ensure_ascii=False) + "\n"
out += P + f"curl -s -u \"salma:$COMMAFEED_PASS\" '{U}' | jq -r '.entries[] | [.feedName, .title] | @tsv'\n"
out += "".join(f"{x['feedName']}\t{x['title']}\n" for x in ents)
out += P + "\n"
write_only(F1471, out, keys(F1471))
