#!/usr/bin/env python3
"""599: the "printable version" of a vBulletin 4.2 thread (printthread.php?t=…&pp=…): XHTML 1.0 Transitional,
dir="rtl" lang="ar", vBulletin's generator meta and printthread.css, the navbar crumb, the page title "عرض النسخة
الكاملة", <ul id="postlist"> with one <li class="postbit" id="post_N"> per post (datetime / username / title / content
blockquote), bbcode quote containers, [url] links rendered as <a>, signatures, and the copyright footer. Arabic, a
thread in a university AI forum on LLM capabilities, tool use and agents."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import F599, keys

def quote(who, pid, body):
    return ('<div class="bbcode_container">\n\t<div class="bbcode_quote">\n\t\t<div class="quote_container">\n'
            '\t\t\t<div class="bbcode_quote_container"></div>\n\t\t\t\n\t\t\t\t<div class="bbcode_postedby">\n'
            '\t\t\t\t\t<img src="images/misc/quote_icon.png" alt="اقتباس" /> المشاركة الأصلية كتبت بواسطة <strong>'
            + who + '</strong>\n\t\t\t\t\t<a href="showthread.php?p=' + str(pid) + '#post' + str(pid)
            + '" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="مشاهدة المشاركة" /></a>\n'
            '\t\t\t\t</div>\n\t\t\t\t<div class="message">' + body + '</div>\n\t\t\t\n\t\t</div>\n\t</div>\n</div>')

posts = [
 (88412, "14-03-2024, 09:41 PM", "أبو_يزن", "قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  """السلام عليكم ورحمة الله،<br />
<br />
كما اتفقنا في لقاء نادي القراءة الأخير في مختبر الذكاء الاصطناعي، هذه قائمة الأوراق للفصل القادم. الترتيب تقريبي، ومن يرغب في تقديم ورقة يكتب اسمه في الرد.<br />
<br />
<b><u>الجزء الأول: التوسّع والقدرات</u></b><br />
<br />
١. <a href="https://arxiv.org/abs/2204.02311" target="_blank">⟦2204.02311⟧</a><br />
Aakanksha Chowdhery, Sharan Narang, Jacob Devlin, Maarten Bosma وآخرون — 2022<br />
<br />
٢. ⟦2206.04615⟧<br />
Aarohi Srivastava, Abhinav Rastogi, Abhishek Rao, Abu Awal Md Shoeb وأكثر من 400 مؤلف — منشورة في TMLR 2023<br />
(المعيار نفسه موجود كمستودع على GitHub، لكن المطلوب قراءة الورقة)<br />
<br />
٣. <a href="https://arxiv.org/abs/2206.14858" target="_blank">⟦2206.14858⟧</a><br />
Aitor Lewkowycz, Anders Andreassen, David Dohan, Ethan Dyer وآخرون — NeurIPS 2022<br />
<br />
<b><u>الجزء الثاني: المواءمة واستخدام الأدوات</u></b><br />
<br />
٤. ⟦2203.02155⟧<br />
Long Ouyang, Jeff Wu, Xu Jiang, Diogo Almeida وآخرون — NeurIPS 2022<br />
<br />
٥. ⟦2302.04761⟧<br />
Timo Schick, Jane Dwivedi-Yu, Roberto Dessì, Roberta Raileanu وآخرون — رقمها على أركايف: arXiv:2302.04761<br />
<br />
<b><u>الجزء الثالث: الوكلاء والاسترجاع</u></b><br />
<br />
سأكملها في رد منفصل لأن المنتدى يقطع المشاركات الطويلة.<br />
<br />
ملاحظة: الكتب والدورات (مثل مقرر CS324 من ستانفورد وكتاب Jurafsky &amp; Martin) في الموضوع المثبت، لا تكرروها هنا."""),
 (88419, "14-03-2024, 10:05 PM", "م.سارة_الحربي", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  "QUOTE:أبو_يزن:88412:الكتب والدورات (مثل مقرر CS324 من ستانفورد وكتاب Jurafsky &amp; Martin) في الموضوع المثبت، لا تكرروها هنا.:ENDQUOTE"
  """<br />
جزاك الله خيراً. أسجّل اسمي لتقديم الورقة رقم ٤ (التعليمات والتغذية الراجعة البشرية).<br />
سؤال: هل نقرأ معها ورقة سابقة عن تلخيص النصوص بالتغذية الراجعة؟ أم نكتفي بها؟"""),
 (88423, "14-03-2024, 10:32 PM", "أبو_يزن", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  """نكتفي بها هذا الفصل يا باشمهندسة، الوقت لا يكفي.<br />
<br />
<b><u>الجزء الثالث (تكملة): الوكلاء والاسترجاع</u></b><br />
<br />
٦. ⟦2303.11366⟧<br />
Noah Shinn, Federico Cassano, Edward Berman, Ashwin Gopinath, Karthik Narasimhan, Shunyu Yao — NeurIPS 2023<br />
<br />
٧. <a href="https://arxiv.org/abs/2310.11511" target="_blank">⟦2310.11511⟧</a><br />
Akari Asai, Zeqiu Wu, Yizhong Wang, Avirup Sil, Hannaneh Hajishirzi — ICLR 2024<br />
<br />
٨. <a href="https://openreview.net/forum?id=@@OR_SWE@@" target="_blank">⟦2310.06770⟧</a><br />
Carlos E. Jimenez, John Yang, Alexander Wettig, Shunyu Yao, Kexin Pei, Ofir Press, Karthik Narasimhan — ICLR 2024 (رابط OpenReview مع المراجعات)<br />
<br />
والجدول الزمني المقترح: ورقة كل أسبوعين، يوم الأحد بعد صلاة العشاء، في قاعة ٢٠٤ أو عبر Teams."""),
 (88431, "15-03-2024, 12:18 AM", "خالد.ت", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  """ممتاز. اقتراح صغير: نضيف لوحة Chatbot Arena كمرجع للتقييم العملي (هي لوحة ترتيب وليست ورقة)، ومكتبة LangChain للتجارب على الوكلاء.<br />
وأنا أتكفّل بالورقة رقم ٨، عندي تجربة مع حاوية Docker الخاصة بالمعيار على خادم الكلية."""),
 (88437, "15-03-2024, 08:55 AM", "نورة_ع", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  "QUOTE:خالد.ت:88431:وأنا أتكفّل بالورقة رقم ٨:ENDQUOTE"
  """<br />
تمام، وأنا آخذ رقم ٥. هل يوجد ملف مشترك للعروض؟ رابط المجلد القديم على Google Drive لا يعمل عندي."""),
 (88440, "15-03-2024, 09:20 AM", "أبو_يزن", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  """المجلد الجديد: <a href="https://drive.ai-club.example/s/reading-2024" target="_blank">https://drive.ai-club.example/s/reading-2024</a><br />
وسأثبّت الموضوع بعد إضافة الأسماء. الرجاء عدم رفع ملفات PDF بحجم كبير إلى المنتدى نفسه (الحد ٢ ميغابايت)."""),
 (88452, "16-03-2024, 07:03 PM", "م.سارة_الحربي", "رد: قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء",
  """تنبيه إداري: تم نقل الموضوع إلى قسم <i>نادي القراءة</i> وتثبيته. الردود الجانبية عن العتاد والبطاقات الرسومية تُنقل إلى قسم الحوسبة.<br />
<br />
<font color="Gray">— إشراف قسم الذكاء الاصطناعي</font>"""),
]

SIG = {"أبو_يزن": "مختبر الذكاء الاصطناعي — كلية الحاسبات (جامعة الواحة، اسم متخيَّل)",
       "خالد.ت": "&quot;ابدأ بالورقة، ثم الكود&quot;"}

def render(pid, when, user, title, body):
    import re
    def q(m):
        who, qp, qb = m.group(1), m.group(2), m.group(3)
        return quote(who, qp, qb)
    body = re.sub(r"QUOTE:([^:]+):(\d+):(.*?):ENDQUOTE", q, body, flags=re.S)
    sig = ""
    if user in SIG:
        sig = '\n\t\t\t<div class="signature">__________________<br />\n' + SIG[user] + '</div>'
    return f"""	<li class="postbit" id="post_{pid}">
		<div class="header">
			<div class="datetime">{when}</div>
			<span class="username">{user}</span>
		</div>
		<div class="title">{title}</div>
		<hr />
		<div class="content">
			<blockquote class="restore">{body}</blockquote>{sig}
		</div>
	</li>
"""

head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="https://forum.ai-club.example" />
<base href="https://forum.ai-club.example/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" />

<meta name="keywords" content="قائمة,قراءة,النماذج,اللغوية,الكبيرة,الوكلاء" />
<meta name="description" content="السلام عليكم ورحمة الله، كما اتفقنا في لقاء نادي القراءة الأخير في مختبر الذكاء الاصطناعي، هذه قائمة الأوراق للفصل القادم." />

	<title> منتدى نادي الذكاء الاصطناعي - طباعة الموضوع - قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء</title>
	<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00003r/main-rollup.css?d=1709901212" />
	<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00003r/printthread.css" />
</head>
<body>

<div class="navbar">
	<a href="forum.php" accesskey="1">منتدى نادي الذكاء الاصطناعي</a>
	&gt; <a href="forumdisplay.php?f=7">الأقسام العلمية</a>
	&gt; <a href="forumdisplay.php?f=31">نادي القراءة</a>
	&gt; <a href="showthread.php?t=6120">قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء</a>
</div>

<div class="pagetitle">
	<h1>
		عرض النسخة الكاملة : <a href="showthread.php?t=6120" accesskey="3">قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء</a>
	</h1>
	<div class="pagination">الصفحة 1 من 1</div>
</div>

<ul id="postlist">
"""
foot = """</ul>

<div class="navbar">
	<a href="forum.php" accesskey="1">منتدى نادي الذكاء الاصطناعي</a>
	&gt; <a href="forumdisplay.php?f=31">نادي القراءة</a>
	&gt; <a href="showthread.php?t=6120">قائمة قراءة: قدرات النماذج اللغوية الكبيرة والوكلاء</a>
</div>

<div id="footer_copyright" class="shade footer_copyright">
	<!-- Do not remove this copyright notice -->
	Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; 2024 vBulletin Solutions Inc. All rights reserved.
	<!-- Do not remove this copyright notice -->
</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">
	جميع الأوقات بتوقيت GMT +3. الساعة الآن <span class="time">11:47 PM</span>.<br />
	ما يُكتب في المنتدى يعبّر عن رأي كاتبه فقط.
</div>

</body>
</html>
"""
text = fill(head + "".join(render(*p) for p in posts) + foot).replace("@@OR_SWE@@", OR("2310.06770"))
write_only(F599, text, keys(F599))
