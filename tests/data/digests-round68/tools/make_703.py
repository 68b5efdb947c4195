#!/usr/bin/env python3
"""703: a MyBB 1.8 'printable version' page (printthread.php?tid=…) of a Persian forum (RTL language pack): XHTML head
with the print stylesheet, the board name and URL, the breadcrumb, the thread subject and link, then one block per
post (<hr size="1" width="100%" />, subject, 'username - date', message) in the forum's MyCode output (mycode_b,
mycode_url links with target="_blank" rel="noopener", mycode_quote blockquotes with <cite>, mycode_list, <br />),
htmlspecialchars_uni escaping (&#039; for apostrophes). Multimodal models and adaptation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import F703, keys

BB = "https://forum.daneshyar.example.ir"
TID = 1843


def e(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#039;")


def url(u, text=None):
    return f'<a href="{e(u)}" target="_blank" rel="noopener" class="mycode_url">{e(text or u)}</a>'


def b(s):
    return f'<span style="font-weight: bold;" class="mycode_b">{s}</span>'


def quote(who, pid, dateline, s):
    return (f'<blockquote class="mycode_quote"><cite><span> (۱۴۰۳/۰۱/{dateline})</span>{e(who)} نوشته است: '
            f'<a href="{BB}/showthread.php?pid={pid}#pid{pid}" class="quick_jump"></a></cite>{s}</blockquote>')


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" و همکاران" if len(a) > n else "")


posts = [
 ("فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "نیلوفر_ک", "۱۴۰۳/۰۱/۰۲، ۱۰:۴۱ ق.ظ",
  "سلام به همه<br />\nطبق قرار جلسه‌ی قبل، فهرست مقاله‌های این فصل را اینجا می‌گذارم. هر هفته یک نفر ارائه می‌دهد.<br />\n<br />\n"
  f"{b('بخش اول — مدل‌های بینایی-زبان')}<br />\n<ul class=\"mycode_list\"><li>{e(T('2103.00020'))}<br />\n{e(au('2103.00020'))} — {url('https://arxiv.org/abs/2103.00020')}<br />\n</li>\n"
  f"<li>{e(T('2204.14198'))}<br />\n{e(au('2204.14198'))} — {url('https://arxiv.org/abs/2204.14198', 'نسخه‌ی arXiv')}<br />\n</li>\n"
  f"<li>{e(T('2106.13884'))}<br />\n{e(au('2106.13884'))} — فایل PDF در پوشه‌ی مشترک گروه (لینک عمومی نمی‌گذارم)</li>\n</ul>\n<br />\n"
  f"{b('بخش دوم — تطبیق و یادگیری پیوسته')}<br />\n<ul class=\"mycode_list\"><li>{e(T('2402.09353'))} — arXiv:2402.09353<br />\n</li>\n"
  f"<li>{e(T('2103.09762'))}<br />\n{e(au('2103.09762'))}<br />\n</li>\n"
  f"<li>{e(T('2006.05929'))}<br />\n{e(au('2006.05929'))}</li>\n</ul>\n<br />\n"
  "اگر مقاله‌ی دیگری پیشنهاد دارید همین‌جا بنویسید. لطفاً عنوان کامل را بنویسید، نه فقط اسم مدل را."),
 ("پاسخ: فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "امیرحسین۷۴", "۱۴۰۳/۰۱/۰۲، ۰۱:۱۷ ب.ظ",
  quote("نیلوفر_ک", 21907, "۰۲", "اگر مقاله‌ی دیگری پیشنهاد دارید همین‌جا بنویسید.")
  + "<br />\nمن برای بخش دوم این را پیشنهاد می‌کنم، چون به پروژه‌ی تصویربرداری پزشکی ما مربوط است:<br />\n"
  f"{b(e(T('2103.14339')))}<br />\n{e(au('2103.14339'))}<br />\n"
  "برچسب‌گذاری انتخابی با فرایادگیری و یادگیری تقویتی. لینک را بعداً اضافه می‌کنم، الان از گوشی می‌نویسم."),
 ("پاسخ: فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "سارا.م", "۱۴۰۳/۰۱/۰۳، ۰۹:۰۵ ق.ظ",
  "موافقم. یک پیشنهاد خارج از موضوع هم دارم که به ترجمه‌ی ماشینی مربوط است ولی ایده‌ی «نگاه اجمالی» در آن برای آموزش مدل‌های غیرخودبازگشتی جالب است:<br />\n"
  f"{e(T('2008.07905'))}<br />\n{e(au('2008.07905'))}<br />\n"
  f"صفحه‌ی داوری: {url('https://openreview.net/forum?id=' + OR('2008.07905'))}<br />\n<br />\n"
  "برای کارهای عملی هم این‌ها به درد می‌خورند (مقاله نیستند):<br />\n<ul class=\"mycode_list\">"
  f"<li>کتابخانه‌ی {url('https://github.com/huggingface/peft', 'PEFT')} برای LoRA و مشتقاتش<br />\n</li>\n"
  f"<li>{url('https://github.com/mlfoundations/open_clip', 'OpenCLIP')} — وزن‌های آموزش‌دیده روی LAION<br />\n</li>\n"
  "<li>دوره‌ی CS231n استنفورد، جلسه‌های مربوط به ترنسفورمرها<br />\n</li>\n"
  "<li>مجموعه‌داده‌ی COCO Captions برای آزمایش‌های کوچک</li>\n</ul>\n"),
 ("پاسخ: فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "نیلوفر_ک", "۱۴۰۳/۰۱/۰۳، ۱۱:۳۲ ق.ظ",
  quote("سارا.م", 21915, "۰۳", "یک پیشنهاد خارج از موضوع هم دارم")
  + "<br />\nاشکالی ندارد، به عنوان جلسه‌ی آزاد اضافه‌اش می‌کنم.<br />\n<br />\n"
  f"{b('برنامه‌ی ارائه‌ها')}<br />\n<ol type=\"1\" class=\"mycode_list\"><li>هفته‌ی ۱ — امیرحسین: بخش اول، مقاله‌ی اول<br />\n</li>\n"
  "<li>هفته‌ی ۲ — سارا: بخش اول، مقاله‌ی دوم<br />\n</li>\n<li>هفته‌ی ۳ — نیلوفر: بخش دوم<br />\n</li>\n"
  "<li>هفته‌ی ۴ — جلسه‌ی آزاد</li>\n</ol>\n<br />\nجلسه‌ها پنجشنبه‌ها ساعت ۱۶ در کلاس ۲۰۴ دانشکده‌ی کامپیوتر برگزار می‌شود. "
  "برای حضور آنلاین لینک در کانال گروه قرار می‌گیرد."),
 ("پاسخ: فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "رضا_ب", "۱۴۰۳/۰۱/۰۵، ۰۸:۴۹ ب.ظ",
  "یک نکته درباره‌ی مقاله‌ی اول بخش دوم: کد رسمی در مخزن NVlabs هست و در کتابخانه‌ی PEFT هم پیاده‌سازی شده "
  "(پارامتر <code>use_dora=True</code>). برای جلسه‌ی سوم می‌توانم یک نوت‌بوک Colab آماده کنم.<br />\n"
  "در ضمن کسی نسخه‌ی کامل مقاله‌ی سوم بخش اول را دارد؟ لینک پوشه‌ی مشترک برای من باز نمی‌شود."),
 ("پاسخ: فهرست مطالعه: مدل‌های چندوجهی و تطبیق مدل‌ها (بهار ۱۴۰۳)", "نیلوفر_ک", "۱۴۰۳/۰۱/۰۵، ۰۹:۱۰ ب.ظ",
  quote("رضا_ب", 21948, "۰۵", "کسی نسخه‌ی کامل مقاله را دارد؟")
  + "<br />\nدسترسی‌ات را درست کردم. نوت‌بوک Colab هم عالی است، ممنون.<br />\n<br />\n"
  "<span style=\"color: #999999;\" class=\"mycode_color\">ویرایش: عنوان موضوع اصلاح شد.</span>"),
]
HEAD = f"""<html xml:lang="fa" lang="fa" dir="rtl" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{e(posts[0][0])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<style type="text/css">
body {{
	font-family: Tahoma, Verdana, Arial, sans-serif;
	font-size: 13px;
	direction: rtl;
}}
hr {{
	border: 0;
	border-top: 1px solid #ccc;
}}
.largetext {{
	font-size: 16px;
	font-weight: bold;
}}
.smalltext {{
	font-size: 11px;
}}
blockquote.mycode_quote {{
	border: 1px solid #ccc;
	margin: 0;
	background: #fff;
	padding: 10px;
}}
blockquote.mycode_quote cite {{
	font-weight: bold;
	border-bottom: 1px solid #ccc;
	font-style: normal;
	display: block;
	padding-bottom: 3px;
	margin: 0 0 10px 0;
}}
</style>
</head>
<body>
<table width="98%" border="0" align="center">
<tr>
<td><strong><span class="largetext"><a href="{BB}/">انجمن دانش‌یار هوش مصنوعی</a></span></strong><br />
<span class="smalltext">{BB}</span></td>
</tr>
<tr>
<td><strong><a href="{BB}/forumdisplay.php?fid=12">یادگیری عمیق</a> &gt; <a href="{BB}/forumdisplay.php?fid=31">گروه مطالعه‌ی مقالات</a></strong></td>
</tr>
<tr>
<td><span class="largetext"><strong>{e(posts[0][0])}</strong></span><br />
<span class="smalltext">نسخه‌ی قابل چاپ — <a href="{BB}/showthread.php?tid={TID}">{BB}/showthread.php?tid={TID}</a></span></td>
</tr>
"""
rows = ""
for subj, user, date, msg in posts:
    rows += f"""<tr>
	<td>
	<hr size="1" width="100%" />
	<strong>{e(subj)}</strong><br />
	{e(user)} - {date}
	<br />
	<br />
	{msg}
	</td>
</tr>
"""
FOOT = f"""<tr>
<td><hr size="1" width="100%" /><span class="smalltext">این صفحه نسخه‌ی ساده و قابل چاپ موضوع است. برای دیدن نسخه‌ی کامل با تصاویر و پیوست‌ها <a href="{BB}/showthread.php?tid={TID}">اینجا</a> کلیک کنید.</span></td>
</tr>
</table>
<div style="text-align: center;" class="smalltext">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2024 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</div>
</body>
</html>
"""
text = HEAD + rows + FOOT
import html
write_only(F703, text, keys(F703), forms=[html.unescape(text)])
