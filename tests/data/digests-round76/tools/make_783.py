#!/usr/bin/env python3
"""783: a bbPress 2.6 single-topic page inside a WordPress 6.4 site (Arabic, `dir="rtl"`): the theme's head and
header, `#bbpress-forums` with the breadcrumb (`&rsaquo;` separators), the topic description notice, the pagination
count, `ul#topic-N-replies` with `li.bbp-header` / `li.bbp-body` / `li.bbp-footer`, per post a `bbp-reply-header`
(date, `#N` permalink) and the post div (loop-item / bbp-reply-position classes, author avatar from gravatar with
`&#038;` in its query, role), post text run through wptexturize (`&#8220;…&#8221;`, `&#8217;`, `&#8230;`, `&#8211;`)
and make_clickable (`rel="nofollow ugc"`), the closed-reply notice, sidebar widgets and footer. Diffusion and
generative models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import by_num, keys
import html

F = by_num(783)
S = "https://muntada.example.org"
TOPIC = 812
SLUG = "قراءة-نماذج-الانتشار"
q = lambda s: f"&#8220;{html.escape(s, quote=False)}&#8221;"
lk = lambda u: f'<a href="{u}" rel="nofollow ugc">{u}</a>'
A = lambda k: lk(f"https://arxiv.org/abs/{k}")
USERS = {"sara": ("سارة الحربي", 3, "مشرف"), "omar": ("عمر.ك", 17, "مشارك"), "layla": ("ليلى", 22, "مشارك"), "yousef": ("يوسف_الزهراني", 9, "مشارك")}
POSTS = [
 (812, "sara", "4 مارس، 2024 الساعة 9:14 م", [
   "السلام عليكم جميعًا، هذا موضوع جلسات القراءة لشهر مارس عن نماذج الانتشار. الترتيب المقترح:",
   f"١. البداية التاريخية: {q(T('1503.03585'))} (Sohl-Dickstein وآخرون، 2015) &#8211; لا أملك رابطًا الآن، ابحثوا بالعنوان.",
   f"٢. {q(T('2010.02502'))} &#8211; صفحة المراجعة على OpenReview فيها نقاش جميل مع المحكّمين: {lk('https://openreview.net/forum?id=' + OR('2010.02502'))}",
   f"٣. {q(T('2105.05233'))}<br />\n{A('2105.05233')}",
   "الجلسة يوم الخميس الساعة 8 مساءً على Jitsi، والرابط في القناة المعتادة&#8230;"]),
 (815, "omar", "4 مارس، 2024 الساعة 10:02 م", [
   "شكرًا سارة! اقتراح: نضيف قبل كل شيء ورقة GAN الأصلية للمقارنة، لأن نصف النقاش سيكون &#8220;لماذا تفوقت نماذج الانتشار؟&#8221;",
   f"العنوان: {q(T('1406.2661'))} &#8211; Goodfellow وآخرون، 2014. النسخة عندي PDF فقط.",
   "وبالمناسبة، مستودع <code>openai/guided-diffusion</code> على GitHub يحوي كود الورقة الثالثة، لكنه برنامج وليس ورقة طبعًا."]),
 (818, "layla", "5 مارس، 2024 الساعة 12:37 ص", [
   f"أقترح ورقة الـ score matching قبل DDIM: {q(T('1907.05600'))} (Song &amp; Ermon) &#8211; المعرّف arXiv:1907.05600 لمن يريد البحث عنها.",
   f"وبعدها مباشرة {q(T('2207.12598'))}:<br />\n{A('2207.12598')}",
   "لاحظوا أن ورقة التوجيه قصيرة جدًا (ورشة عمل في NeurIPS 2021) ويمكن قراءتها في ساعة."]),
 (821, "yousef", "5 مارس، 2024 الساعة 3:55 م", [
   "أنا مهتم بالجانب التطبيقي: توليد الصور من النص ثم الانتقال إلى ثلاثي الأبعاد.",
   f"{q(T('2204.06125'))} &#8211; {au('2204.06125', 2)}<br />\n{A('2204.06125')}",
   f"ثم {q(T('2303.11328'))} (Liu وآخرون، 2023)، الرابط لا يعمل من شبكة الجامعة عندي، سأرسله لاحقًا.",
   "وللتجربة العملية: مكتبة diffusers من Hugging Face، ومدوّنة Lilian Weng &#8220;What are Diffusion Models?&#8221; &#8211; تدوينة وليست ورقة، لكنها أفضل مدخل رأيته."]),
 (824, "sara", "5 مارس، 2024 الساعة 6:20 م", [
   "ممتاز، أضفت اقتراحاتكم. الجدول النهائي مثبت في أعلى المنتدى، والتسجيلات ستُرفع على قناة المجموعة في يوتيوب (ليست للنشر العام).",
   "تنبيه: مجموعة البيانات ImageNet 64&#215;64 التي سنستخدمها في التمرين موجودة على خادم المختبر، لا داعي لتنزيلها."]),
 (827, "omar", "6 مارس، 2024 الساعة 11:48 ص", [
   "سؤال سريع: هل نقرأ الملحق الرياضي في ورقة 2015 أم نكتفي بالقسم الثاني؟ أعتقد أن الملحق طويل جدًا للجلسة الأولى&#8230;"]),
 (829, "sara", "6 مارس، 2024 الساعة 1:05 م", [
   "نكتفي بالقسم الثاني والشكل الأول. أُغلق الموضوع للردود، والنقاش يكمل في الجلسة إن شاء الله."]),
]
n = len(POSTS)
head = f"""<!doctype html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>قراءة: نماذج الانتشار (مارس 2024) &#8211; منتدى مجموعة التعلم الآلي</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="منتدى مجموعة التعلم الآلي &raquo; الخلاصة" href="{S}/feed/" />
<link rel='stylesheet' id='bbp-default-rtl-css' href='{S}/wp-content/plugins/bbpress/templates/default/css/bbpress-rtl.min.css?ver=2.6.9' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{S}/wp-content/themes/twentytwentyone/style-rtl.css?ver=2.1' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="canonical" href="{S}/forums/topic/{SLUG}/" />
</head>

<body class="rtl topic bbpress bbp-no-js topic-template-default single single-topic postid-{TOPIC} wp-embed-responsive is-light-theme no-js singular">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">تجاوز إلى المحتوى</a>
	<header id="masthead" class="site-header has-title-and-tagline" role="banner">
<div class="site-branding">
	<p class="site-title"><a href="{S}/">منتدى مجموعة التعلم الآلي</a></p>
	<p class="site-description">نقرأ الأوراق معًا، كل خميس</p>
</div>
	</header><!-- #masthead -->
	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
<article id="post-{TOPIC}" class="post-{TOPIC} topic type-topic status-closed hentry entry">
	<header class="entry-header alignwide">
		<h1 class="entry-title">قراءة: نماذج الانتشار (مارس 2024)</h1>	</header><!-- .entry-header -->
	<div class="entry-content">
		
<div id="bbpress-forums" class="bbpress-wrapper">

	<div class="bbp-breadcrumb"><p><a href="{S}" class="bbp-breadcrumb-home">الرئيسية</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> <a href="{S}/forums/" class="bbp-breadcrumb-root">المنتديات</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> <a href="{S}/forums/forum/halaqat-qiraa/" class="bbp-breadcrumb-forum">حلقات القراءة</a> <span class="bbp-breadcrumb-sep">&rsaquo;</span> <span class="bbp-breadcrumb-current">قراءة: نماذج الانتشار (مارس 2024)</span></p></div>

	<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">هذا الموضوع يحتوي على {n - 1} ردود، وفيه 4 مشاركين، وآخر تحديث بواسطة <a href="{S}/forums/users/sara/" title="عرض ملف سارة الحربي الشخصي" class="bbp-author-link"><span class="bbp-author-name">سارة الحربي</span></a> منذ 5 أيام.</li></ul></div>

	<div class="bbp-pagination">
		<div class="bbp-pagination-count">مشاهدة {n} مشاركات - 1 إلى {n} (من إجمالي {n})</div>
		<div class="bbp-pagination-links"></div>
	</div>

<ul id="topic-{TOPIC}-replies" class="forums bbp-replies">

	<li class="bbp-header">
		<div class="bbp-reply-author">الكاتب</div><!-- .bbp-reply-author -->
		<div class="bbp-reply-content">المشاركات</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-header -->

	<li class="bbp-body">
"""
posts = []
for i, (pid, u, date, paras) in enumerate(POSTS):
    name, uid, role = USERS[u]
    kind = "topic-author post-%d topic type-topic" % pid if i == 0 else "post-%d reply type-reply" % pid
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    posts.append(f"""
<div id="post-{pid}" class="bbp-reply-header">
	<div class="bbp-meta">
		<span class="bbp-reply-post-date">{date}</span>
		<a href="{S}/forums/topic/{SLUG}/#post-{pid}" class="bbp-reply-permalink">#{pid}</a>
		<span class="bbp-admin-links"></span>
	</div><!-- .bbp-meta -->
</div><!-- #post-{pid} -->

<div class="loop-item-{i} user-id-{uid} bbp-parent-forum-45 bbp-parent-topic-{TOPIC} bbp-reply-position-{i + 1} {'odd' if i % 2 == 0 else 'even'} {kind} status-publish hentry">
	<div class="bbp-reply-author">
		<a href="{S}/forums/users/{u}/" title="عرض ملف {name} الشخصي" class="bbp-author-link"><span class="bbp-author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{(uid * 7919 % 10 ** 8):032d}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/></span><span class="bbp-author-name">{name}</span></a><div class="bbp-author-role">{role}</div>
	</div><!-- .bbp-reply-author -->
	<div class="bbp-reply-content">
{body}
	</div><!-- .bbp-reply-content -->
</div><!-- .reply -->
""")
tail = f"""
	</li><!-- .bbp-body -->

	<li class="bbp-footer">
		<div class="bbp-reply-author">الكاتب</div>
		<div class="bbp-reply-content">المشاركات</div><!-- .bbp-reply-content -->
	</li><!-- .bbp-footer -->
</ul><!-- #topic-{TOPIC}-replies -->

	<div class="bbp-pagination">
		<div class="bbp-pagination-count">مشاهدة {n} مشاركات - 1 إلى {n} (من إجمالي {n})</div>
		<div class="bbp-pagination-links"></div>
	</div>

	<div id="no-reply-{TOPIC}" class="bbp-no-reply">
		<div class="bbp-template-notice">
			<ul>
				<li>الموضوع &#8216;قراءة: نماذج الانتشار (مارس 2024)&#8217; مغلق أمام الردود الجديدة.</li>
			</ul>
		</div>
	</div>

</div>
	</div><!-- .entry-content -->
</article><!-- #post-{TOPIC} -->
			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->
	<aside class="widget-area">
		<section id="bbp_topics_widget-2" class="widget widget_display_topics"><h2 class="widget-title">مواضيع حديثة</h2>
		<ul class="bbp-topics-widget newness">
			<li><a class="bbp-forum-title" href="{S}/forums/topic/jadwal-al-fasl/">جدول الفصل الثاني</a></li>
			<li><a class="bbp-forum-title" href="{S}/forums/topic/khadim-gpu/">حجز خادم الـ GPU للتمارين</a></li>
			<li><a class="bbp-forum-title" href="{S}/forums/topic/dawrat-pytorch/">دورة PyTorch للمبتدئين (ليست ورقة)</a></li>
		</ul>
		</section>
	</aside><!-- .widget-area -->
	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-info">
			<div class="powered-by">
				فخورون بالعمل على <a href="https://ar.wordpress.org/">ووردبريس</a>			</div><!-- .powered-by -->
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<script src='{S}/wp-content/plugins/bbpress/templates/default/js/editor.min.js?ver=2.6.9' id='bbpress-editor-js'></script>
</body>
</html>
"""
text = head + "".join(posts) + tail
write_only(F, text, keys(F), forms=[html.unescape(text)])
