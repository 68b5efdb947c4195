#!/usr/bin/env python3
"""1406 (negative control): a Loxblog (لوکس بلاگ, a Persian blog host) post with its comments, saved by Firefox
("Web Page, complete": resources in a `_files` folder, the DOM re-serialised). A Shiraz-like students' machine-learning
reading circle announces its spring schedule: books, courses, software, datasets, a Kaggle competition, rooms, dates
(Jalali, Persian digits), phone and channel ids — and no paper at all (the builder refuses any catalogue title and
anything arXiv-shaped)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title
from make_expected import by_num

F = by_num(1406)
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
fa = lambda s: str(s).translate(FA)
BLOG = "mlhalgheh"
POST = 118
POST_HTML = f"""<p>سلام به همه‌ی دوستان 🌱</p>
<p>ترم بهار شروع شد و حلقه‌ی مطالعه‌ی یادگیری ماشین هم دوباره راه می‌افتد. امسال به‌جای مقاله‌خوانی، <strong>کتاب‌خوانی</strong> داریم و هر جلسه یک فصل را با هم جلو می‌بریم. برنامه‌ی کامل:</p>
<table class="schedule" border="1" cellpadding="4">
<tbody><tr><th>جلسه</th><th>تاریخ</th><th>موضوع</th><th>منبع</th><th>ارائه‌دهنده</th></tr>
<tr><td>{fa(1)}</td><td>{fa("1403/01/25")}</td><td>مرور جبر خطی و احتمال</td><td>کتاب Mathematics for Machine Learning، فصل {fa(2)} و {fa(6)}</td><td>سارا</td></tr>
<tr><td>{fa(2)}</td><td>{fa("1403/02/01")}</td><td>رگرسیون خطی و منظم‌سازی</td><td>کتاب Bishop (Pattern Recognition and Machine Learning)، فصل {fa(3)}</td><td>امید</td></tr>
<tr><td>{fa(3)}</td><td>{fa("1403/02/08")}</td><td>درخت تصمیم و جنگل تصادفی</td><td>کتاب Hands-On Machine Learning (ویرایش سوم)، فصل {fa(6)} و {fa(7)}</td><td>نگار</td></tr>
<tr><td>{fa(4)}</td><td>{fa("1403/02/15")}</td><td>شبکه‌های عصبی با PyTorch</td><td>کتاب Dive into Deep Learning، فصل {fa(5)} + دوره‌ی CS231n (ویدئوها)</td><td>محمدرضا</td></tr>
<tr><td>{fa(5)}</td><td>{fa("1403/02/22")}</td><td>کارگاه: مسابقه‌ی Kaggle «Titanic»</td><td>نوت‌بوک‌های Kaggle، scikit-learn {fa("1.4")}</td><td>همه</td></tr>
<tr><td>{fa(6)}</td><td>{fa("1403/02/29")}</td><td>پردازش متن فارسی</td><td>کتابخانه‌ی Hazm، پیکره‌ی همشهری، مدل ParsBERT در Hugging Face</td><td>الهه</td></tr>
</tbody></table>
<p><strong>زمان و مکان:</strong> شنبه‌ها ساعت {fa(17)} تا {fa(19)}، دانشکده‌ی مهندسی برق و کامپیوتر، کلاس {fa(204)}. برای کسانی که شیراز نیستند لینک گوگل‌میت در کانال تلگرام (<span dir="ltr">@ml_halgheh</span>) گذاشته می‌شود.</p>
<p><strong>پیش‌نیاز:</strong> پایتون در حد دوره‌ی «پایتون مقدماتی» مکتب‌خونه و نصب Anaconda (پایتون {fa("3.11")}). اگر لپ‌تاپ ندارید از Google Colab استفاده کنید.</p>
<p>فایل ارائه‌ها و ضبط جلسات هم مثل پارسال در پوشه‌ی مشترک گوگل‌درایو قرار می‌گیرد. سؤال داشتید همین‌جا کامنت بگذارید 🙏</p>"""
COMMENTS = [
 ("رضا", "1403/01/16", "۲۱:۰۴", "سلام، برای کسی که فقط دوره‌ی اندرو انجی را در کورسرا دیده، جلسه‌ی چهارم سنگین نیست؟", "نه، فصل پنجم d2l خیلی قدم‌به‌قدم است. نگران نباش."),
 ("مریم.ک", "1403/01/17", "۰۹:۳۲", "می‌شود لینک نسخه‌ی PDF کتاب Bishop را هم بگذارید؟ نسخه‌ی رایگانش روی سایت مایکروسافت هست فکر کنم.", "بله، خود نویسنده نسخه‌ی رایگان گذاشته؛ لینکش را در کانال می‌گذاریم."),
 ("علی رستمی", "1403/01/17", "۱۳:۱۰", "برای جلسه‌ی ششم پیشنهاد می‌کنم مجموعه‌داده‌ی نظرات دیجی‌کالا را هم ببینید، برای تحلیل احساسات عالی است.", ""),
 ("نگار", "1403/01/18", "۱۰:۴۵", "اسلایدهای جلسه‌ی سوم را تا چهارشنبه در درایو می‌گذارم. کسی نسخه‌ی سوم Hands-On را دارد؟ من نسخه‌ی دوم دارم.", "نسخه‌ی سوم در کتابخانه‌ی دانشکده هست (دو نسخه)."),
 ("امیرحسین", "1403/01/19", "۲۲:۱۸", "ثبت‌نام لازم است یا همین‌طوری بیاییم؟ ظرفیت کلاس {fa(204)} حدود {fa(40)} نفر است.", "فرم ثبت‌نام در کانال است؛ تا {fa(40)} نفر حضوری، بقیه آنلاین."),
]
ch = []
for i, (who, d, t, text, reply) in enumerate(COMMENTS, 1):
    c = (f'<div class="comment" id="comment-{3400 + i}">\n<div class="comment-head"><span class="comment-author">{html.escape(who)}</span> '
         f'<span class="comment-date">{fa(d)} - {t}</span></div>\n<div class="comment-body">{text}</div>\n')
    if reply:
        c += f'<div class="comment-reply"><span class="reply-label">پاسخ مدیر وبلاگ:</span> {reply}</div>\n'
    ch.append(c + "</div>")
PAGE = f"""<!DOCTYPE html>
<html dir="rtl" lang="fa"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>حلقه‌ی مطالعه‌ی یادگیری ماشین - برنامه‌ی ترم بهار {fa(1403)}: کتاب‌خوانی به‌جای مقاله‌خوانی</title>
<meta name="keywords" content="یادگیری ماشین,حلقه مطالعه,شیراز,کتاب‌خوانی">
<link rel="stylesheet" href="برنامه-ترم-بهار_files/style.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://{BLOG}.loxblog.com/rss">
</head>
<body>
<div id="container">
<div id="header"><h1><a href="https://{BLOG}.loxblog.com/">حلقه‌ی مطالعه‌ی یادگیری ماشین</a></h1>
<p class="desc">وبلاگ دانشجویی؛ برنامه‌ها، اسلایدها و گزارش جلسات</p></div>
<div id="main">
<div class="post">
<div class="post-title"><h2><a href="https://{BLOG}.loxblog.com/post/{POST}">برنامه‌ی ترم بهار {fa(1403)}: کتاب‌خوانی به‌جای مقاله‌خوانی</a></h2></div>
<div class="post-info">نویسنده : <a href="https://{BLOG}.loxblog.com/">الهه م.</a> | تاریخ : پنج‌شنبه {fa(16)} فروردین {fa(1403)} | موضوع : <a href="https://{BLOG}.loxblog.com/cat/2">برنامه‌ی جلسات</a></div>
<div class="post-content">
{POST_HTML}
</div>
<div class="post-foot">برچسب‌ها : <a href="https://{BLOG}.loxblog.com/tag/کتاب">کتاب</a> ، <a href="https://{BLOG}.loxblog.com/tag/پایتون">پایتون</a> | بازدید : {fa(742)}</div>
</div>
<div id="comments">
<h3>نظرات ({fa(len(COMMENTS))})</h3>
{chr(10).join(ch)}
<form class="comment-form" action="https://{BLOG}.loxblog.com/comment/add/{POST}" method="post">
<h3>ارسال نظر</h3>
<p><label>نام</label> <input name="name" type="text"></p>
<p><label>ایمیل</label> <input name="email" type="text" dir="ltr"></p>
<p><label>وبسایت</label> <input name="url" type="text" dir="ltr"></p>
<p><label>پیام</label> <textarea name="message" rows="6" cols="40"></textarea></p>
<p><input value="ارسال" type="submit"></p>
</form>
</div>
</div>
<div id="sidebar">
<h3>آخرین مطالب</h3>
<ul>
<li><a href="https://{BLOG}.loxblog.com/post/{POST}">برنامه‌ی ترم بهار {fa(1403)}</a></li>
<li><a href="https://{BLOG}.loxblog.com/post/{POST - 1}">گزارش جلسه‌ی آخر پاییز و عکس‌ها</a></li>
<li><a href="https://{BLOG}.loxblog.com/post/{POST - 2}">کارگاه نصب Anaconda و Jupyter</a></li>
</ul>
<h3>تماس</h3>
<p>تلگرام: <span dir="ltr">@ml_halgheh</span><br>ایمیل: <span dir="ltr">mlhalgheh.shz@gmail.com</span></p>
</div>
<div id="footer">قدرت گرفته از <a href="https://www.loxblog.com/">لوکس بلاگ</a> | قالب: Blue Notes</div>
</div>

</body></html>
"""
no_catalogue_title(html.unescape(PAGE), F)
write(F, PAGE, negative=True)
