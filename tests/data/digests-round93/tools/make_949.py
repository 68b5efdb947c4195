#!/usr/bin/env python3
"""949: the answer of a Strapi v4 REST API (`GET /api/papers?populate[session]=true&populate[addedBy][fields][0]=
username&sort[0]=createdAt:desc&pagination[pageSize]=25&locale=fa`, saved with curl) behind an Iranian lab's website,
whose reading-group pages list the papers members add: Koa's body, i.e. JSON.stringify's compact output (no spaces,
non-ASCII and `/` as they are, no final newline); `data` of `{id, attributes}` entries with the content type's fields
in schema order (title, authors, year, kind, arxivId, url, venue, status, summary as a Blocks rich-text field, note as
Markdown, tags as a JSON field), then createdAt / updatedAt / publishedAt / locale, then the populated relations as
`{data: {id, attributes} | null}`; `meta.pagination`. Persian notes. The LAVIS repository, the solo-learn library and
a YouTube walkthrough are not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(949)
K = dict(mv="2006.05576", simclr="2002.05709", dino="2304.07193", cpc="1807.03748", c2d="2103.13646",
         blip2="2301.12597", frozen="2106.13884", med="2103.14339")


def txt(s, **marks):
    return {"type": "text", "text": s, **marks}


def para(*children):
    return {"type": "paragraph", "children": list(children)}


def link(url, label):
    return {"type": "link", "url": url, "children": [txt(label)]}


def ul(*items):
    return {"type": "list", "format": "unordered", "children": [{"type": "list-item", "children": [txt(i)]} for i in items]}


SESS = {
    5: dict(title="جلسهٔ ۵ — یادگیری خودنظارتی تبایُنی", date="2024-02-20", room="کلاس ۲۰۴، دانشکدهٔ کامپیوتر",
            createdAt="2024-02-03T09:12:40.118Z", updatedAt="2024-02-18T16:05:11.902Z", publishedAt="2024-02-03T09:12:43.530Z"),
    6: dict(title="جلسهٔ ۶ — برچسب نویزی و دادهٔ پزشکی", date="2024-03-05", room="آنلاین (Skyroom)",
            createdAt="2024-02-21T08:30:02.447Z", updatedAt="2024-03-02T19:44:58.031Z", publishedAt="2024-02-21T08:30:05.210Z"),
    7: dict(title="جلسهٔ ۷ — بینایی و زبان", date="2024-03-19", room="کلاس ۲۰۴، دانشکدهٔ کامپیوتر",
            createdAt="2024-03-03T10:01:17.605Z", updatedAt="2024-03-03T10:01:17.605Z", publishedAt="2024-03-03T10:01:20.884Z"),
}
USERS = {2: "sara.ahmadi", 3: "ali.rezaei", 4: "maryam.karimi", 6: "reza.hosseini"}


def rel_session(i):
    if i is None: return {"data": None}
    return {"data": {"id": i, "attributes": {**SESS[i], "locale": "fa"}}}


def rel_user(i):
    return {"data": {"id": i, "attributes": {"username": USERS[i]}}}


def item(id_, title, authors, year, kind, arxiv, url, venue, status, summary, note, tags, c, u, p, sess, user):
    return {"id": id_, "attributes": {"title": title, "authors": authors, "year": year, "kind": kind, "arxivId": arxiv,
            "url": url, "venue": venue, "status": status, "summary": summary, "note": note, "tags": tags,
            "createdAt": c, "updatedAt": u, "publishedAt": p, "locale": "fa",
            "session": rel_session(sess), "addedBy": rel_user(user)}}


items = [
    item(23, T(K["blip2"]), au(K["blip2"], 4, ""), 2023, "paper", None,
         "https://github.com/salesforce/LAVIS/tree/main/projects/blip2", "ICML 2023", "to-read",
         [para(txt("Q-Former بین انکودر تصویر منجمد و LLM منجمد؛ فقط همین پل آموزش می‌بیند. لینک بالا مخزن کد است نه مقاله.")),
          ul("پیش‌آموزش دو مرحله‌ای: اول بازنمایی، بعد تولید", "برای جلسهٔ ۷ با Frozen مقایسه شود")],
         "**ارائه‌دهنده:** رضا\n\nنسخهٔ کنفرانس را از صفحهٔ ICML بگیرید.", ["vision-language", "frozen-llm"],
         "2024-03-04T20:17:55.301Z", "2024-03-04T20:22:09.876Z", "2024-03-04T20:17:58.114Z", 7, 6),
    item(22, T(K["frozen"]), au(K["frozen"], 3), 2021, "paper", None, None, "NeurIPS 2021", "to-read",
         [para(txt("زبان‌مدل منجمد، فقط انکودر تصویر آموزش می‌بیند تا «پیشوند» بسازد؛ few-shot چندوجهی."))],
         "پیش‌نیاز جلسهٔ ۷. لینک نگذاشتم، PDF را در درایو گروه گذاشته‌ام.", ["vision-language", "few-shot"],
         "2024-03-04T19:58:40.029Z", "2024-03-04T19:58:40.029Z", "2024-03-04T19:58:42.660Z", 7, 6),
    item(21, "DINOv2 — توضیح ویدیویی (یوتیوب)", "Yannic Kilcher", 2023, "video", None,
         "https://www.youtube.com/watch?v=Hx8WbHk7OAk", None, "read",
         [para(txt("ویدیو است، مقاله نیست؛ برای کسانی که وقت خواندن ندارند."))], None, ["ssl", "video"],
         "2024-02-27T11:40:08.553Z", "2024-02-27T11:40:08.553Z", "2024-02-27T11:40:10.107Z", None, 4),
    item(20, T(K["med"]), au(K["med"], 4), 2021, "paper", None, None, "MIDL 2021", "reading",
         [para(txt("انتخاب نمونه برای برچسب‌زنی با "), txt("meta-learning", italic=True),
               txt(" و یادگیری تقویتی؛ مستقیماً به پروژهٔ رادیولوژی ما مربوط است."))],
         "مریم: بخش ۳ (سیاست انتخاب) را حتماً بخوانید. کد منتشر نشده.", ["medical", "active-learning"],
         "2024-02-25T07:03:21.940Z", "2024-03-01T13:27:45.318Z", "2024-02-25T07:03:24.015Z", 6, 4),
    item(19, T(K["c2d"]), au(K["c2d"], 4), 2021, "paper", None, None, "WACV 2022", "reading",
         [para(txt("پیش‌آموزش خودنظارتی قبل از روش‌های یادگیری با برچسب نویزی (مثل DivideMix) شروع سرد را حل می‌کند."))],
         "برای جلسهٔ ۶. علی نسخهٔ WACV را دارد.", ["noisy-labels", "ssl"],
         "2024-02-22T15:49:02.671Z", "2024-02-22T15:49:02.671Z", "2024-02-22T15:49:05.238Z", 6, 3),
    item(18, T(K["dino"]), au(K["dino"], 4), 2023, "paper", "2304.07193", None, "TMLR", "read",
         [para(txt("دادهٔ مرتب‌شدهٔ LVD-142M + ترکیب DINO و iBOT؛ ویژگی‌های منجمد بدون فاین‌تیون. متن کامل: "),
               link("https://arxiv.org/abs/2304.07193", "arXiv"), txt("")),
          para(txt("وزن‌ها روی torch.hub هستند.", bold=True))],
         None, ["ssl", "foundation-model"],
         "2024-02-12T18:25:33.417Z", "2024-02-19T08:02:16.884Z", "2024-02-12T18:25:36.002Z", 5, 2),
    item(17, "solo-learn (کتابخانه)", None, None, "code", None, "https://github.com/vturrisi/solo-learn", None, "read",
         [para(txt("کتابخانهٔ پیاده‌سازی روش‌های خودنظارتی؛ برای تمرین‌های جلسه."))], None, ["ssl", "code"],
         "2024-02-10T09:31:50.066Z", "2024-02-10T09:31:50.066Z", "2024-02-10T09:31:52.341Z", 5, 3),
    item(16, T(K["mv"]), au(K["mv"], 4), 2021, "paper", None, "https://openreview.net/forum?id=-bdp_8Itjwp",
         "ICLR 2021", "read",
         [para(txt("نگاه نظریهٔ اطلاعاتی: چرا یادگیری تبایُنی و پیش‌بینی‌گر هر دو کار می‌کنند؛ اطلاعات اضافی وظیفه را دور می‌ریزد."))],
         "سارا ارائه داد. اسلایدها در `slides/s05-multiview.pdf`.", ["ssl", "theory"],
         "2024-02-05T12:14:07.220Z", "2024-02-20T17:36:41.559Z", "2024-02-05T12:14:09.901Z", 5, 2),
    item(15, T(K["cpc"]), au(K["cpc"], 3, ""), 2018, "paper", "1807.03748", None, None, "read",
         [para(txt("InfoNCE از اینجا می‌آید؛ پیش‌نیاز همهٔ مقاله‌های تبایُنی جلسهٔ ۵."))],
         "شناسهٔ arXiv کافی است، لینک لازم نیست.", ["ssl", "classic"],
         "2024-02-04T08:47:29.785Z", "2024-02-04T08:47:29.785Z", "2024-02-04T08:47:32.018Z", 5, 3),
    item(14, T(K["simclr"]), au(K["simclr"], 4, ""), 2020, "paper", "2002.05709", "https://arxiv.org/abs/2002.05709",
         "ICML 2020", "read",
         [para(txt("افزایش داده + projection head + دستهٔ بزرگ. "), txt("نکته:", bold=True),
               txt(" دمای τ را در تمرین عوض کنید و نتیجه را گزارش دهید."))],
         "مقالهٔ اصلی جلسهٔ ۵ (ارائه: علی).", ["ssl", "classic"],
         "2024-02-03T09:20:15.642Z", "2024-02-18T16:07:30.215Z", "2024-02-03T09:20:18.390Z", 5, 3),
]
body = {"data": items, "meta": {"pagination": {"page": 1, "pageSize": 25, "pageCount": 1, "total": len(items)}}}
text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
