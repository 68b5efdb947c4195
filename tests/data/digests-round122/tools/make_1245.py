#!/usr/bin/env python3
"""1245: a blog.ir (Bayan) post page with its comments (Persian), as served: `dir="rtl" lang="fa"`, the post URL
`https://<blog>.blog.ir/<Jalali y>/<m>/<d>/<title slug>` (spaces as `-`, percent-encoded in href and canonical), the
Jalali date line `<weekday>، <d> <month> <y>، <hh:mm> ق.ظ|ب.ظ` in Persian digits, tags, `نظرات (N)` and each comment
with its author, Jalali date and text, the blog owner's answer as `پاسخ:` inside the comment. Papers: arXiv abs links,
OpenReview pdf and forum links, an `arXiv:` id, titles alone (two in comments); a repository, a dataset, a course and
an Aparat video are not papers."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1245, keys

BLOG, BLOG_NAME = "binaei-yaddasht", "یادداشت‌های بینایی ماشین"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
DAYS = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنج شنبه", "جمعه", "شنبه", "یکشنبه"]  # Python weekday order


def g2j(d):
    """Gregorian date -> (jy, jm, jd), by counting days from 1 Farvardin 1403 = 20 March 2024 (and 1402 = 21 March 2023)"""
    starts = {1402: dt.date(2023, 3, 21), 1403: dt.date(2024, 3, 20)}
    y = 1403 if d >= starts[1403] else 1402
    n = (d - starts[y]).days
    lens = [31] * 6 + [30] * 5 + [29 if y == 1402 else 30]
    m = 0
    while n >= lens[m]:
        n -= lens[m]; m += 1
    return y, m + 1, n + 1


def jdate(t):
    y, m, d = g2j(t.date())
    h = t.hour % 12 or 12
    return f"{DAYS[t.weekday()]}، {d} {MONTHS[m - 1]} {y}، {h:02d}:{t.minute:02d} {'ق.ظ' if t.hour < 12 else 'ب.ظ'}".translate(FA)


TITLE = "مقیاس‌پذیری در بینایی ماشین: از EfficientNetV2 تا Mixture-of-Experts"
POSTED = dt.datetime(2024, 3, 12, 21, 40)
y, m, d = g2j(POSTED.date())
SLUG = TITLE.replace(":", "").replace(" ", "-")
URL = f"https://{BLOG}.blog.ir/{y}/{m:02d}/{d:02d}/{quote(SLUG)}"
e = html.escape

post = f"""<p>این یادداشت جمع‌بندی جلسه‌ی سه‌شنبه‌ی گروه مطالعه است. سؤال اصلی این بود که وقتی داده و محاسبه زیاد می‌شود، معماری را چطور بزرگ کنیم.</p>
<h3>۱. مدل‌های کوچک‌تر و آموزش سریع‌تر</h3>
<p><strong>{e(T('2104.00298'))}</strong><br />
<a href="https://arxiv.org/abs/2104.00298">https://arxiv.org/abs/2104.00298</a><br />
ایده‌ی progressive learning: اندازه‌ی تصویر و شدت regularization با هم بزرگ می‌شوند. پیاده‌سازی آماده در <a href="https://github.com/huggingface/pytorch-image-models">timm</a> هست.</p>
<h3>۲. بزرگ کردن ViT</h3>
<p><strong>{e(T('2106.04560'))}</strong> (arXiv:2106.04560) — مدل ViT-G/14 با دو میلیارد پارامتر، روی JFT-3B. نتیجه‌ی جالب: قانون توانی بین محاسبه و خطا.</p>
<h3>۳. متخصص‌ها (MoE)</h3>
<p>مقاله‌ی پایه: <strong>{e(T('1701.06538'))}</strong><br />
نسخه‌ی ICLR 2017: <a href="https://openreview.net/pdf?id=B1ckMDqlg">https://openreview.net/pdf?id=B1ckMDqlg</a></p>
<p>و نسخه‌ی مهندسی‌شده‌اش برای ترجمه با ۶۰۰ میلیارد پارامتر: <strong>{e(T('2006.16668'))}</strong>. V-MoE همین ایده را به بینایی آورده.</p>
<h3>۴. تطبیق تصویر با ترنسفورمر</h3>
<p>از بحث‌های حاشیه‌ای جلسه: <strong>{e(T('2103.14167'))}</strong> — <a href="https://arxiv.org/abs/2103.14167">https://arxiv.org/abs/2103.14167</a></p>
<p>برای شروع، دوره‌ی فارسی «یادگیری عمیق در بینایی ماشین» در <a href="https://maktabkhooneh.org/course/deep-vision-mk4172/">مکتب‌خونه</a> و فیلم جلسه در <a href="https://www.aparat.com/v/q8Zt3">آپارات</a>. داده‌ی تمرین‌ها ImageNet-21k است (از <a href="https://image-net.org/">image-net.org</a>).</p>"""

C = [  # (id, author, time, text, owner's answer or None)
 (3482117, "مریم", dt.datetime(2024, 3, 12, 23, 5),
  f"ممنون، عالی بود. برای تعمیم به دامنه‌های جدید این را هم پیشنهاد می‌کنم: {T('2007.01434')} — نشان می‌دهد ERM ساده با تنظیم درست از خیلی از روش‌ها بهتر است.",
  "ممنون مریم جان، برای جلسه‌ی بعد اضافه‌اش می‌کنم."),
 (3482390, "امیرحسین", dt.datetime(2024, 3, 13, 10, 42),
  f"در مورد برچسب‌های نویزی هم این مقاله خوب است: {T('2103.13646')} https://openreview.net/forum?id=uB5x7Y2qsFR",
  None),
 (3482911, "نگار", dt.datetime(2024, 3, 14, 18, 20),
  f"سلام. مقاله‌ی {T('2103.14146')} هم به بخش ۴ مربوط است؟ ما روی تشخیص تغییر در تصاویر ماهواره‌ای کار می‌کنیم.",
  "سلام، بیشتر به captioning مربوط است تا matching، ولی برای تشخیص تغییر ارزش خواندن دارد."),
 (3483054, "سینا", dt.datetime(2024, 3, 15, 8, 3), "فایل اسلایدها را هم می‌گذارید؟", None),
]
cm = []
for cid, who, t, text, ans in C:
    a = f'\n<div class="answer"><span>پاسخ:</span> {e(ans)}</div>' if ans else ""
    body = e(text)
    for u in ("https://openreview.net/forum?id=uB5x7Y2qsFR",):
        body = body.replace(u, f'<a href="{u}" rel="nofollow">{u}</a>')
    cm.append(f'<li class="comment" id="comment-{cid}">\n<div class="comment-head"><span class="name">{e(who)}</span> '
              f'<span class="date">{jdate(t)}</span></div>\n<div class="comment-text">{body}</div>{a}\n</li>')
page = f"""<!DOCTYPE html>
<html dir="rtl" lang="fa">
<head>
<meta charset="utf-8" />
<title>{e(TITLE)} :: {e(BLOG_NAME)}</title>
<link rel="canonical" href="{URL}" />
<link rel="alternate" type="application/rss+xml" title="{e(BLOG_NAME)}" href="https://{BLOG}.blog.ir/rss/" />
</head>
<body>
<div class="header"><h1><a href="https://{BLOG}.blog.ir/">{e(BLOG_NAME)}</a></h1><p>یادداشت‌های یک دانشجوی دکتری درباره‌ی بینایی ماشین</p></div>
<div class="post">
<h2 class="post-title"><a href="{URL}">{e(TITLE)}</a></h2>
<div class="post-date">{jdate(POSTED)}</div>
<div class="post-content">
{post}
</div>
<div class="post-tags">برچسب‌ها: <a href="https://{BLOG}.blog.ir/tag/{quote('بینایی_ماشین')}">بینایی_ماشین</a>، <a href="https://{BLOG}.blog.ir/tag/{quote('ترنسفورمر')}">ترنسفورمر</a>، <a href="https://{BLOG}.blog.ir/tag/{quote('گروه_مطالعه')}">گروه_مطالعه</a></div>
</div>
<div class="comments">
<h3>نظرات ({str(len(C)).translate(FA)})</h3>
<ul>
{chr(10).join(cm)}
</ul>
<div class="comment-form"><h3>ارسال نظر</h3><p>نظر دادن تنها برای اعضای بیان ممکن است. اگر عضو هستید <a href="https://bayan.ir/login/">وارد شوید</a>.</p></div>
</div>
<div class="footer">قدرت گرفته از <a href="https://bayan.ir/">بیان</a></div>
</body>
</html>
"""
write_only(F1245, page, keys(F1245), forms=[html.unescape(page)])
