#!/usr/bin/env python3
"""1125: a Blogfa post page (a Persian student's blog, <user>.blogfa.com/post/<n>) saved from the browser ("Webpage,
HTML only"): the old table-based template (header, the post, its comments, the sidebar with the Jalali-month
archive, links and the Blogfa footer), right-to-left, UTF-8. Dates are Jalali with Persian digits; their weekdays are computed
(jalaali arithmetic to the Gregorian date), the comment count is the comments."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1125, keys

E = html.escape
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
WD = ["دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
JM = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def j2g(jy, jm, jd):
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097); days %= 146097
    if days > 36524:
        days -= 1; gy += 100 * (days // 36524); days %= 36524
        if days >= 365: days += 1
    gy += 4 * (days // 1461); days %= 1461
    if days > 365:
        gy += (days - 1) // 365; days = (days - 1) % 365
    return dt.date(gy, 1, 1) + dt.timedelta(days=days)


def jdate(y, m, d):
    return f"{WD[j2g(y, m, d).weekday()]} {d} {JM[m - 1]} {y}".translate(FA)


USER, PNO = "binayi-mashin", 41
URL = f"https://{USER}.blogfa.com/post/{PNO}"
TITLE = "فهرست مطالعه: بینایی ماشین و مدل‌های چندوجهی (ترم دوم)"
post = f"""<p>سلام دوستان. قول داده بودم فهرست مقاله‌های گروه مطالعه‌ی ترم دوم را اینجا بگذارم. ترتیب، همان ترتیب جلسه‌هاست؛ جلسه‌ها پنجشنبه‌ها ساعت ۱۶ در آزمایشگاه ۲۰۴ دانشکده برگزار می‌شود.</p>
<p><b>بخش اول: معماری و آموزش</b></p>
<p>۱. <span dir="ltr">{E(T('1905.11946'))}</span><br>
مقیاس‌دهی همزمان عمق، عرض و وضوح تصویر. مقاله‌ی کوتاه و خوش‌خوانی است.</p>
<p>۲. <span dir="ltr">{E(T('2006.03656'))}</span><br>
جست‌وجوی همزمان معماری و ابرپارامترها؛ برای کسانی که پروژه‌شان NAS است.</p>
<p>۳. <span dir="ltr">{E(T('2106.10270'))}</span> <span dir="ltr">(arXiv:2106.10270)</span><br>
نتیجه‌ی اصلی: augmentation و regularization به اندازه‌ی ده برابر داده‌ی بیشتر می‌ارزد.</p>
<p><b>بخش دوم: زبان و تصویر</b></p>
<p>۴. <a href="https://arxiv.org/abs/2103.00020" target="_blank"><span dir="ltr">{E(T('2103.00020'))}</span></a> (همان CLIP)</p>
<p>۵. <span dir="ltr">{E(T('2204.14198'))}</span> — مقاله‌ی DeepMind؛ نسخه‌ی NeurIPS را بخوانید.</p>
<p>۶. <a href="https://arxiv.org/abs/2304.08485" target="_blank"><span dir="ltr">{E(T('2304.08485'))}</span></a> — LLaVA. داده‌ی instruction را با GPT-4 ساخته‌اند.</p>
<p><b>بخش سوم: سه‌بعدی و حرکت (اختیاری)</b></p>
<p>۷. <a href="https://arxiv.org/pdf/2308.04079.pdf" target="_blank"><span dir="ltr">{E(T('2308.04079'))}</span></a><br>
اگر وقت نکردید کل مقاله را بخوانید، ویدئوی ارائه‌ی SIGGRAPH را ببینید.</p>
<p>۸. <span dir="ltr">{E(T('2103.14338'))}</span><br>
پیشنهاد علی؛ انتقال حرکت انسان با چند تصویر محدود.</p>
<p>منابع غیر مقاله: کتاب «یادگیری عمیق» گودفلو (ترجمه‌ی فارسی)، مخزن <a href="https://github.com/openai/CLIP" target="_blank">openai/CLIP</a> در گیت‌هاب، و کانال تلگرام گروه.</p>
<p>اگر مقاله‌ای جا مانده، در نظرات بنویسید.</p>"""

comments = [
    ("علی رضایی", (1402, 12, 15), "21:40", "ممنون. مقاله‌ی ۸ را من پیشنهاد دادم، اگر کسی کد رسمی را پیدا کرد خبر بدهد."),
    ("مهسا", (1402, 12, 16), "09:12", "جلسه‌ی اول هم پنجشنبه‌ی همین هفته است؟"),
]
com_html = "\n".join(
    f'<div class="comment"><div class="comment-author">{E(a)}</div><div class="comment-date">{jdate(*d)} ساعت {t.translate(FA)}</div><div class="comment-body">{E(b)}</div></div>'
    for a, d, t, b in comments)

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="fa"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(TITLE)} - بینایی ماشین به زبان ساده</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://{USER}.blogfa.com/rss">
<style type="text/css">body{{font-family:Tahoma,Arial;font-size:9pt;background:#f3f1ec}} .post{{line-height:1.9}} .comment{{border-top:1px dotted #999;padding:4px}}</style>
</head>
<body>
<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="header"><h1><a href="https://{USER}.blogfa.com/">بینایی ماشین به زبان ساده</a></h1><div class="desc">یادداشت‌های یک دانشجوی ارشد هوش مصنوعی</div></td></tr>
<tr>
<td width="680" valign="top" class="main">
<div class="post">
<h2 class="post-title"><a href="{URL}">{E(TITLE)}</a></h2>
<div class="post-date">{jdate(1402, 12, 15)}</div>
<div class="post-body">
{post}
</div>
<div class="post-footer">نوشته شده توسط سارا احمدی در ساعت ۱۸:۲۵ | <a href="https://{USER}.blogfa.com/post/{PNO}#comments">نظرات ({str(len(comments)).translate(FA)})</a></div>
</div>
<div class="comments" id="comments">
{com_html}
</div>
</td>
<td width="220" valign="top" class="side">
<div class="box"><div class="box-title">درباره من</div>سارا احمدی، دانشجوی کارشناسی ارشد. ایمیل: sara.ahmadi@mail.example.ir</div>
<div class="box"><div class="box-title">آرشیو</div>
<a href="https://{USER}.blogfa.com/1402/12">{'اسفند ۱۴۰۲'}</a><br>
<a href="https://{USER}.blogfa.com/1402/11">{'بهمن ۱۴۰۲'}</a><br>
<a href="https://{USER}.blogfa.com/1402/10">{'دی ۱۴۰۲'}</a><br>
</div>
<div class="box"><div class="box-title">پیوندها</div>
<a href="https://d2l.ai/" target="_blank">کتاب Dive into Deep Learning</a><br>
<a href="https://paperswithcode.com/" target="_blank">Papers with Code</a><br>
</div>
</td>
</tr>
<tr><td colspan="2" class="footer">Powered by <a href="https://blogfa.com/" target="_blank">BlogFa.com</a></td></tr>
</table>
</body></html>
"""
write_only(F1125, page, keys(F1125), [html.unescape(page)])
