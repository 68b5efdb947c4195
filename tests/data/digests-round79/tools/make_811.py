#!/usr/bin/env python3
"""811: a WordPress 6.4 XML-RPC `wp.getPosts` methodResponse as IXR writes it: `<?xml …?>` line, the fixed
methodResponse / params / param / value envelope, `<array><data>` with `  <value>…</value>` items, `<struct>` with
`  <member><name>…</name><value>…</value></member>` lines, `<dateTime.iso8601>20240305T09:12:44</dateTime.iso8601>`,
`<int>`, `<boolean>`, strings through PHP 8 htmlspecialchars (`&amp;`, `&lt;`, `&quot;`, `&#039;`), so the Gutenberg
post_content is escaped once more (an `&amp;` in it becomes `&amp;amp;`), percent-encoded Persian slugs (post_name).
A Persian NLP blog's posts, fetched by a desktop blogging client."""
import os, sys, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(811)


def hsc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#039;")


class D(str): pass
class B(int): pass


def x(v):
    if isinstance(v, D): return f"<dateTime.iso8601>{v}</dateTime.iso8601>"
    if isinstance(v, B): return f"<boolean>{int(v)}</boolean>"
    if isinstance(v, int): return f"<int>{v}</int>"
    if isinstance(v, str): return f"<string>{hsc(v)}</string>"
    if isinstance(v, list): return "<array><data>\n" + "".join(f"  <value>{x(i)}</value>\n" for i in v) + "</data></array>"
    if isinstance(v, dict): return "<struct>\n" + "".join(f"  <member><name>{k}</name><value>{x(i)}</value></member>\n" for k, i in v.items()) + "</struct>"
    raise TypeError(v)


def blocks(*parts):
    out = []
    for p in parts:
        if p.startswith("<h2"): out.append(f"<!-- wp:heading -->\n{p}\n<!-- /wp:heading -->")
        elif p.startswith("<ul"): out.append(f"<!-- wp:list -->\n{p}\n<!-- /wp:list -->")
        else: out.append(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->")
    return "\n\n".join(out)


def li(s):
    return f"<!-- wp:list-item -->\n<li>{s}</li>\n<!-- /wp:list-item -->"


def a(url, t):
    return f'<a href="{url}">{t}</a>'


def term(i, name, slug, tax, count):
    return {"term_id": str(i), "name": name, "slug": slug, "term_group": "0", "term_taxonomy_id": str(i),
            "taxonomy": tax, "description": "", "parent": "0", "count": count, "filter": "raw"}


CAT_LM = term(4, "مدل‌های زبانی", urllib.parse.quote("مدل‌های-زبانی").lower(), "category", 17)
TAG_PT = term(11, "پیش‌آموزش", urllib.parse.quote("پیش‌آموزش").lower(), "post_tag", 9)
TAG_ML = term(23, "چندزبانه", urllib.parse.quote("چندزبانه").lower(), "post_tag", 4)
TAG_RD = term(27, "گروه مطالعه", urllib.parse.quote("گروه-مطالعه").lower(), "post_tag", 12)


def post(pid, title, slug, date, gmt, status, content, terms, excerpt="", fields=()):
    return {"post_id": str(pid), "post_title": title, "post_date": D(date), "post_date_gmt": D(gmt),
            "post_modified": D(date), "post_modified_gmt": D(gmt), "post_status": status, "post_type": "post",
            "post_name": urllib.parse.quote(slug).lower() if status == "publish" else "", "post_author": "3",
            "post_password": "", "post_excerpt": excerpt, "post_content": content, "post_parent": "0",
            "post_mime_type": "", "link": f"https://nlp-blog.example.ir/?p={pid}", "guid": f"https://nlp-blog.example.ir/?p={pid}",
            "menu_order": 0, "comment_status": "open", "ping_status": "closed", "sticky": B(0),
            "post_thumbnail": [], "post_format": "standard", "terms": terms,
            "custom_fields": [{"id": str(900 + i), "key": k, "value": v} for i, (k, v) in enumerate(fields)]}


p1 = blocks(
    "این یادداشت خلاصهٔ جلسهٔ سوم گروه مطالعهٔ «مدل‌های زبانی از پیش آموزش‌دیده» است. موضوع جلسه: رمزگذارهای دوسویه و راه‌های ارزان‌تر برای پیش‌آموزش آن‌ها.",
    '<h2 class="wp-block-heading">مقاله‌های جلسه</h2>',
    '<ul>' + "\n".join([
        li(a("https://arxiv.org/abs/1810.04805", T("1810.04805")) + " — " + au("1810.04805", 4) + "؛ نقطهٔ شروع: مدل‌سازی زبان نقاب‌دار و پیش‌بینی جملهٔ بعدی."),
        li(a("https://arxiv.org/abs/1907.11692v1", T("1907.11692")) + " — همان معماری، داده و زمان آموزش بیشتر، بدون پیش‌بینی جملهٔ بعدی."),
        li(a("https://arxiv.org/pdf/2003.10555.pdf", T("2003.10555")) + " — به‌جای بازسازی توکن نقاب‌دار، تشخیص توکن جایگزین‌شده؛ برای GPU‌های کم بسیار به‌صرفه."),
        li(T("2012.08561") + " (" + au("2012.08561", 2) + ") — ادامهٔ همان ایده با نگاه مدل مبتنی بر انرژی؛ PDF در پوشهٔ مشترک گروه."),
    ]) + "</ul>",
    "پرسش &amp; پاسخ جلسه: چرا تشخیص جایگزینی سیگنال آموزشی را روی همهٔ توکن‌ها پخش می‌کند و نه فقط ۱۵٪؟ پاسخ مفصل را آقای رضایی در کانال تلگرام گروه نوشته است.",
    "منابع غیرمقاله: دورهٔ CS224N دانشگاه استنفورد (ویدئوهای ۲۰۲۳)، کتابخانهٔ transformers از Hugging Face، و پست وبلاگ «The Illustrated Transformer» از Jay Alammar.")
p2 = blocks(
    "در این پست سراغ مدل‌های چندزبانه و مسئلهٔ فارسی می‌رویم. برای بیشتر وظایف فارسی (تحلیل احساس، NER روی ParsNER) مدل‌های چندزبانه هنوز رقیب جدی مدل‌های تک‌زبانه‌اند.",
    '<h2 class="wp-block-heading">دو مقالهٔ اصلی</h2>',
    "۱) " + a("https://arxiv.org/abs/1911.02116", T("1911.02116")) + " از " + au("1911.02116", 3) + " — پیش‌آموزش روی دادهٔ CommonCrawl در صد زبان؛ بخش «نفرین چندزبانگی» را حتماً بخوانید.",
    "۲) " + T("2006.03654") + " (" + au("2006.03654", 4) + ") — توجه گسسته‌شده میان محتوا و موقعیت و رمزگشای نقاب بهبودیافته؛ نسخهٔ چندزبانهٔ آن روی داده‌های ما آزمایش شد.",
    "نتایج آزمایش‌ها روی مجموعهٔ داده‌های ParsiNLU را در جدول پایین (تصویر) گذاشته‌ام. کد ارزیابی در مخزن گیت‌هاب گروه است.")
p3 = blocks(
    "پیش‌نویس — جلسهٔ بعد: از مدل‌سازی خودبازگشتی تا تنظیم دقیق.",
    "<ul>" + "\n".join([
        li(T("1906.08237") + " — arXiv:1906.08237 — مدل‌سازی زبان با جایگشت ترتیب عامل‌ها؛ خانم کریمی ارائه می‌دهد."),
        li(T("1801.06146") + " — " + au("1801.06146") + "؛ تنظیم دقیق تدریجی و نرخ یادگیری مثلثی، پیش از دوران ترنسفورمرها."),
    ]) + "</ul>",
    "یادآوری: اسلایدها تا چهارشنبه در پوشهٔ مشترک.")
posts = [
    post(418, "پیش‌نویس: جلسهٔ چهارم گروه مطالعه", "", "20240306T22:41:09", "20240306T19:11:09", "draft", p3, [CAT_LM, TAG_RD]),
    post(412, "مدل‌های چندزبانه و زبان فارسی: دو مقاله که باید خواند", "مدل‌های-چندزبانه-و-فارسی", "20240304T10:05:31",
         "20240304T06:35:31", "publish", p2, [CAT_LM, TAG_PT, TAG_ML], fields=[("_wp_old_slug", "xlmr-fa")]),
    post(405, "جلسهٔ سوم: رمزگذارهای دوسویه و پیش‌آموزش ارزان", "جلسه-سوم-رمزگذارهای-دوسویه", "20240227T18:20:02",
         "20240227T14:50:02", "publish", p1, [CAT_LM, TAG_PT, TAG_RD],
         excerpt="خلاصهٔ جلسهٔ سوم گروه مطالعه: چهار مقاله دربارهٔ پیش‌آموزش رمزگذارها.",
         fields=[("reading_group_session", "3"), ("slides_url", "https://nlp-blog.example.ir/files/session3.pdf")]),
]
body = x(posts)
text = ('<?xml version="1.0" encoding="UTF-8"?>\n<methodResponse>\n  <params>\n    <param>\n      <value>\n      '
        + body + "\n      </value>\n    </param>\n  </params>\n</methodResponse>\n")
import html
write_only(F, text, keys(F), forms=[html.unescape(html.unescape(text))])
