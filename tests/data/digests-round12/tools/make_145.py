#!/usr/bin/env python3
"""Builds digests/145_fa_wordpress_vlm_reading_list.html: a Persian (right-to-left) WordPress post, saved from the
browser ("Save Page As…, HTML only"), on a blog running the Twenty Twenty-One theme with the WP-Parsidate plugin
(Solar Hijri dates with Persian digits) and Yoast SEO.

Written as that page looks: `<html dir="rtl" lang="fa-IR">`, Yoast's meta/OGP block and JSON-LD graph, RSS and
comment-feed `alternate` links, the wp-emoji inline script, `style-rtl.css`, `body class="… rtl"`, the skip link,
site header with the primary menu, `article.post-… hentry` with `entry-header` / `entry-content` (Gutenberg block
markup: `wp-block-heading`, a `has-background` paragraph, `wp-block-table`, `wp-block-separator`, Jetpack sharing
buttons and related posts), `entry-footer` with `<time datetime=…+03:30>` and the date in Persian digits, category
and tag links, post navigation, the comments area ("۴ دیدگاه برای «…»", `ol.comment-list` with `li.comment` /
`li.pingback`, `bypostauthor`, gravatars, `comment-metadata` times in Persian digits, reply links, a pingback
"بازتاب:"), the comment form, footer widgets (recent posts, recent comments, archives by Persian month), and the
footer credit. English paper titles sit inside Persian prose, with U+200E LEFT-TO-RIGHT MARK and U+200F
RIGHT-TO-LEFT MARK placed the way Persian writers place them around Latin runs, U+200C ZERO WIDTH NON-JOINER inside
Persian words, «» guillemets, and arXiv ids in Latin digits (a URL, `arXiv:ID`, and a bare id after «شناسهٔ آرکایو»)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "145_fa_wordpress_vlm_reading_list.html")
Z, LRM, RLM = "\u200c", "\u200e", "\u200f"
SITE = "https://daftarcheh-ml.ir"
POST = SITE + "/1402/12/17/vlm-reading-list/"
TITLE = f"مدل{Z}های بینایی–زبان: مقاله{Z}هایی که قبل از شروع پروژه باید خواند"


def fa(s):
    """the post's source is written with ~ for ZWNJ, ⟩ for LRM, ⟨ for RLM"""
    return s.replace("~", Z).replace("⟩", LRM).replace("⟨", RLM)


HEAD = f"""<!doctype html>
<html dir="rtl" lang="fa-IR" class="no-js">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{TITLE} - دفترچهٔ یادگیری ماشین</title>
	<meta name="description" content="{fa('فهرست مقاله~های پایه برای شروع کار روی مدل~های بینایی–زبان: CLIP، Frozen، Flamingo، BLIP-2، LLaVA و DINOv2.')}" />
	<link rel="canonical" href="{POST}" />
	<meta property="og:locale" content="fa_IR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{TITLE}" />
	<meta property="og:url" content="{POST}" />
	<meta property="og:site_name" content="دفترچهٔ یادگیری ماشین" />
	<meta property="article:published_time" content="2024-03-07T17:44:33+00:00" />
	<meta property="article:modified_time" content="2024-03-10T06:12:09+00:00" />
	<meta name="author" content="سارا رحیمی" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="نوشته شده توسط" />
	<meta name="twitter:data1" content="سارا رحیمی" />
	<meta name="twitter:label2" content="زمان تقریبی برای خواندن" />
	<meta name="twitter:data2" content="۶ دقیقه" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{POST}#article","isPartOf":{{"@id":"{POST}"}},"author":{{"name":"سارا رحیمی","@id":"{SITE}/#/schema/person/3f1e0b6c2d"}},"headline":"{TITLE}","datePublished":"2024-03-07T17:44:33+00:00","dateModified":"2024-03-10T06:12:09+00:00","mainEntityOfPage":{{"@id":"{POST}"}},"wordCount":812,"commentCount":4,"publisher":{{"@id":"{SITE}/#/schema/person/3f1e0b6c2d"}},"keywords":["CLIP","VLM","{fa('چندوجهی')}"],"articleSection":["{fa('مقاله~ها')}"],"inLanguage":"fa-IR"}},{{"@type":"WebPage","@id":"{POST}","url":"{POST}","name":"{TITLE} - دفترچهٔ یادگیری ماشین","isPartOf":{{"@id":"{SITE}/#website"}},"datePublished":"2024-03-07T17:44:33+00:00","inLanguage":"fa-IR"}},{{"@type":"WebSite","@id":"{SITE}/#website","url":"{SITE}/","name":"دفترچهٔ یادگیری ماشین","inLanguage":"fa-IR"}}]}}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="دفترچهٔ یادگیری ماشین &raquo; خوراک" href="{SITE}/feed/" />
<link rel="alternate" type="application/rss+xml" title="دفترچهٔ یادگیری ماشین &raquo; خوراک دیدگاه~ها" href="{SITE}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="دفترچهٔ یادگیری ماشین &raquo; {TITLE} خوراک دیدگاه~ها" href="{POST}feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/daftarcheh-ml.ir\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{SITE}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{SITE}/wp-content/themes/twentytwentyone/style-rtl.css?ver=2.1' media='all' />
<link rel='stylesheet' id='wpp-vazirmatn-css' href='{SITE}/wp-content/plugins/wp-parsidate/assets/css/vazirmatn.css?ver=5.1.1' media='all' />
<link rel='stylesheet' id='jetpack-sharing-css' href='{SITE}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.1.2' media='all' />
<link rel="https://api.w.org/" href="{SITE}/wp-json/" /><link rel="alternate" type="application/json" href="{SITE}/wp-json/wp/v2/posts/1432" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{SITE}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='shortlink' href='{SITE}/?p=1432' />
<style>.entry-content .ltr {{ direction: ltr; unicode-bidi: embed; }}</style>
</head>
"""

BODY = fa(f"""
<body class="post-template-default single single-post postid-1432 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation rtl">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">پرش به محتوا</a>

	<header id="masthead" class="site-header has-title-and-tagline has-menu">
		<div class="site-branding">
			<p class="site-title"><a href="{SITE}/">دفترچهٔ یادگیری ماشین</a></p>
			<p class="site-description">یادداشت~های یک دانشجوی دکتری دربارهٔ بینایی ماشین و مدل~های زبانی</p>
		</div><!-- .site-branding -->
		<nav id="site-navigation" class="primary-navigation" aria-label="منوی اصلی">
			<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-12"><a href="{SITE}/">خانه</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-13"><a href="{SITE}/about/">درباره من</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent current-post-parent menu-item-14"><a href="{SITE}/category/papers/">مقاله~ها</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-15"><a href="{SITE}/contact/">تماس</a></li>
</ul></div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">

<article id="post-1432" class="post-1432 post type-post status-publish format-standard hentry category-papers tag-clip tag-vlm tag-multimodal entry">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{TITLE}</h1>
	</header><!-- .entry-header -->

	<div class="entry-content">

<p>چند هفته است که در آزمایشگاه روی یک پروژهٔ پرسش~وپاسخ تصویری (VQA) کار می~کنیم و هر بار که دانشجوی تازه~ای به گروه اضافه می~شود، همان سؤال تکراری پیش می~آید: «از کجا شروع کنم؟». این فهرست جواب من به همین سؤال است. ترتیب مقاله~ها تقریباً تاریخی است و کنار هر کدام نوشته~ام چرا مهم است.</p>

<p class="has-background" style="background-color:#fff6d5">به~روزرسانی ۲۰ اسفند ۱۴۰۲: بخش ۶ (بینایی خودنظارتی) اضافه شد.</p>

<h2 class="wp-block-heading">۱. پیش~نیاز: ترنسفورمر در بینایی</h2>

<p>اگر تا به حال با ViT کار نکرده~اید، اول ⟩<em>An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale</em>⟨ را بخوانید. ایدهٔ اصلی ساده است: تصویر را به وصله~های ۱۶×۱۶ تقسیم می~کنیم و هر وصله را مثل یک توکن به ترنسفورمر می~دهیم. برای مقایسه با شبکه~های کانولوشنی، مقالهٔ قدیمی~تر «Deep Residual Learning for Image Recognition» هم بد نیست؛ بیشتر مدل~های این فهرست هنوز در بخشی از آزمایش~هایشان از ResNet استفاده می~کنند.</p>

<h2 class="wp-block-heading">۲. CLIP و یادگیری متضاد تصویر–متن</h2>

<p>نقطهٔ شروع واقعی این حوزه مقالهٔ <a href="https://arxiv.org/abs/2103.00020">Learning Transferable Visual Models From Natural Language Supervision</a>⟨ است که همه آن را با نام CLIP می~شناسند. در این کار یک رمزگذار تصویر و یک رمزگذار متن روی ۴۰۰ میلیون جفت تصویر–متن با تابع هزینهٔ متضاد آموزش دیده~اند و مدل بدون هیچ آموزش اضافه~ای (zero-shot) روی ImageNet به دقت ResNet-50 نظارت~شده می~رسد. نسخه~های بعدی مثل ALIGN و SigLIP را فعلاً کنار گذاشته~ام.</p>

<h2 class="wp-block-heading">۳. مدل~های زبانی منجمد</h2>

<p>ایدهٔ بعدی این بود که به~جای آموزش همه~چیز از صفر، یک مدل زبانی بزرگ را منجمد کنیم و فقط یک رمزگذار تصویر به آن وصل کنیم. اولین کار جدی در این مسیر «Multimodal Few-Shot Learning with Frozen Language Models» بود (⟩arXiv:2106.13884⟩) که به Frozen معروف است.</p>

<p>بعد DeepMind مدل <strong>Flamingo: a Visual Language Model for Few-Shot Learning</strong>⟨ را منتشر کرد که با لایه~های cross-attention دروازه~دار و Perceiver Resampler همین ایده را به مقیاس ۸۰ میلیارد پارامتر رساند. کد رسمی منتشر نشد، ولی پیاده~سازی باز OpenFlamingo در دسترس است.</p>

<p>از خانوادهٔ Salesforce هم ⟩«BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models»⟨ را حتماً بخوانید؛ Q-Former در این مقاله پلی سبک بین رمزگذار تصویر منجمد و مدل زبانی منجمد است. کد آن در مخزن <a href="https://github.com/salesforce/LAVIS">LAVIS</a> است.</p>

<h2 class="wp-block-heading">۴. تنظیم دستوری تصویری</h2>

<p>مقالهٔ ⟩Visual Instruction Tuning⟨ (همان LLaVA) نشان داد که با داده~های دستوری تولیدشده توسط GPT-4 می~شود یک دستیار چندوجهی ساخت که روی تصویر گفتگو می~کند. صفحهٔ پروژه: <a href="https://llava-vl.github.io/">llava-vl.github.io</a></p>

<h2 class="wp-block-heading">۵. تولید تصویر از متن</h2>

<p>اگر به سمت تولید تصویر می~روید، مقالهٔ «Hierarchical Text-Conditional Image Generation with CLIP Latents» (شناسهٔ آرکایو: ⟩2204.06125⟩) را بخوانید که به DALL·E 2 یا unCLIP معروف است. در این کار از فضای نهفتهٔ CLIP به~عنوان پل بین متن و تصویر استفاده شده است.</p>

<h2 class="wp-block-heading">۶. بینایی خودنظارتی (به~روزرسانی)</h2>

<p>⟩DINOv2: Learning Robust Visual Features without Supervision⟨ — ویژگی~هایی که بدون هیچ برچسبی آموزش دیده~اند ولی در بسیاری از وظایف از CLIP بهتر عمل می~کنند. <a href="https://ai.meta.com/blog/dino-v2-computer-vision-self-supervised-learning/">پست وبلاگ Meta</a> خلاصهٔ خوبی است.</p>

<hr class="wp-block-separator has-alpha-channel-opacity"/>

<h3 class="wp-block-heading">جدول خلاصه</h3>

<figure class="wp-block-table"><table><thead><tr><th>مدل</th><th>سال</th><th>مقاله</th><th>کد</th></tr></thead><tbody><tr><td>CLIP</td><td>۲۰۲۱</td><td>لینک در بخش ۲</td><td>✓</td></tr><tr><td>Frozen</td><td>۲۰۲۱</td><td><span class="ltr">arXiv 2106.13884</span></td><td>✗</td></tr><tr><td>Flamingo</td><td>۲۰۲۲</td><td>—</td><td>OpenFlamingo</td></tr><tr><td>BLIP-2</td><td>۲۰۲۳</td><td>—</td><td>LAVIS</td></tr><tr><td>LLaVA</td><td>۲۰۲۳</td><td>—</td><td>✓</td></tr><tr><td>DINOv2</td><td>۲۰۲۳</td><td>—</td><td>✓</td></tr></tbody></table><figcaption class="wp-element-caption">خلاصهٔ مدل~های این نوشته (به~روز تا اسفند ۱۴۰۲)</figcaption></figure>

<p>اگر مقالهٔ مهمی جا افتاده، در دیدگاه~ها بنویسید. 🙏</p>

<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">اشتراک~گذاری:</h3><div class="sd-content"><ul><li class="share-telegram"><a rel="nofollow noopener noreferrer" data-shared="sharing-telegram-1432" class="share-telegram sd-button share-icon" href="{POST}?share=telegram" target="_blank" title="برای اشتراک~گذاری در تلگرام کلیک کنید"><span>تلگرام</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-1432" class="share-twitter sd-button share-icon" href="{POST}?share=twitter" target="_blank" title="برای اشتراک~گذاری در X کلیک کنید"><span>X</span></a></li><li class="share-linkedin"><a rel="nofollow noopener noreferrer" data-shared="sharing-linkedin-1432" class="share-linkedin sd-button share-icon" href="{POST}?share=linkedin" target="_blank" title="برای اشتراک~گذاری در لینکدین کلیک کنید"><span>لینکدین</span></a></li><li class="share-end"></li></ul></div></div></div>

<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>مرتبط</em></h3><div class="jp-relatedposts-items"><p class="jp-relatedposts-post"><a href="{SITE}/1402/10/03/diffusion-models-review/">مروری بر مدل~های انتشار</a> <span class="jp-relatedposts-post-date">۳ دی ۱۴۰۲</span> <span class="jp-relatedposts-post-context">در &quot;مقاله~ها&quot;</span></p><p class="jp-relatedposts-post"><a href="{SITE}/1402/08/21/vqa-dataset-notes/">یادداشت~هایی دربارهٔ دادگان VQA</a> <span class="jp-relatedposts-post-date">۲۱ آبان ۱۴۰۲</span> <span class="jp-relatedposts-post-context">در &quot;داده&quot;</span></p></div></div>
	</div><!-- .entry-content -->

	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on">منتشر شده در <time class="entry-date published" datetime="2024-03-07T21:14:33+03:30">۱۷ اسفند ۱۴۰۲</time><time class="updated" datetime="2024-03-10T09:42:09+03:30">۲۰ اسفند ۱۴۰۲</time></span><span class="byline">توسط <a href="{SITE}/author/sara/" rel="author">سارا رحیمی</a></span></div><div class="post-taxonomies"><span class="cat-links">دسته~بندی شده در <a href="{SITE}/category/papers/" rel="category tag">مقاله~ها</a> </span><span class="tags-links">برچسب~ها: <a href="{SITE}/tag/clip/" rel="tag">CLIP</a>، <a href="{SITE}/tag/vlm/" rel="tag">VLM</a>، <a href="{SITE}/tag/multimodal/" rel="tag">چندوجهی</a></span></div>
	</footer><!-- .entry-footer -->

	<div class="author-bio show-avatars">
		<img alt='' src='https://secure.gravatar.com/avatar/6c1e2f9a0b3d4e5f6a7b8c9d0e1f2a3b?s=85&#038;d=mm&#038;r=g' class='avatar avatar-85 photo' height='85' width='85' loading='lazy' decoding='async'/>
		<div class="author-bio-content">
			<h2 class="author-title">توسط سارا رحیمی</h2>
			<p class="author-description">دانشجوی دکتری هوش مصنوعی. اینجا دربارهٔ مقاله~هایی که می~خوانم می~نویسم.</p>
			<a class="author-link" href="{SITE}/author/sara/" rel="author">مشاهده همه نوشته~های سارا رحیمی</a>
		</div><!-- .author-bio-content -->
	</div><!-- .author-bio -->

</article><!-- #post-1432 -->

<div id="comments" class="comments-area default-max-width show-avatars">

			<h2 class="comments-title">
			۴ دیدگاه برای «{TITLE}»
			</h2><!-- .comments-title -->

		<ol class="comment-list">
					<li id="comment-215" class="comment even thread-even depth-1">
				<article id="div-comment-215" class="comment-body">
					<footer class="comment-meta">
						<div class="comment-author vcard">
							<img alt='' src='https://secure.gravatar.com/avatar/0a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>						<b class="fn">مهدی</b> <span class="says">گفت:</span>					</div><!-- .comment-author -->

						<div class="comment-metadata">
							<a href="{POST}#comment-215"><time datetime="2024-03-08T09:41:12+03:30">۱۸ اسفند ۱۴۰۲ در ۹:۴۱ ق.ظ</time></a>						</div><!-- .comment-metadata -->

											</footer><!-- .comment-meta -->

					<div class="comment-content">
						<p>ممنون از فهرست خوب. به نظرم مقالهٔ SimCLR هم جایش اینجاست، یعنی «A Simple Framework for Contrastive Learning of Visual Representations»؛ بدون آن فهمیدن تابع هزینهٔ CLIP برای تازه~کارها سخت است.</p>
					</div><!-- .comment-content -->

					<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{POST}?replytocom=215#respond' data-commentid="215" data-postid="1432" data-belowelement="div-comment-215" data-respondelement="respond" data-replyto="پاسخ به مهدی" aria-label='پاسخ به مهدی'>پاسخ</a></div>				</article><!-- .comment-body -->
			</li><!-- #comment-## -->
			<li id="comment-218" class="comment odd alt thread-odd thread-alt depth-1 parent">
				<article id="div-comment-218" class="comment-body">
					<footer class="comment-meta">
						<div class="comment-author vcard">
							<img alt='' src='https://secure.gravatar.com/avatar/9f8e7d6c5b4a39281706f5e4d3c2b1a0?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>						<b class="fn"><a href="https://negar-notes.example.ir" class="url" rel="ugc external nofollow">نگار</a></b> <span class="says">گفت:</span>					</div><!-- .comment-author -->

						<div class="comment-metadata">
							<a href="{POST}#comment-218"><time datetime="2024-03-08T11:07:45+03:30">۱۸ اسفند ۱۴۰۲ در ۱۱:۰۷ ق.ظ</time></a>						</div><!-- .comment-metadata -->

											</footer><!-- .comment-meta -->

					<div class="comment-content">
						<p>برای کسانی که روی تشخیص اشیا کار می~کنند: <a href="https://arxiv.org/abs/2010.04159" rel="nofollow ugc">Deformable DETR: Deformable Transformers for End-to-End Object Detection</a>⟨ — پایهٔ خیلی از مدل~های open-vocabulary detection است.</p>
					</div><!-- .comment-content -->

					<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{POST}?replytocom=218#respond' data-commentid="218" data-postid="1432" data-belowelement="div-comment-218" data-respondelement="respond" data-replyto="پاسخ به نگار" aria-label='پاسخ به نگار'>پاسخ</a></div>				</article><!-- .comment-body -->
			<ol class="children">
			<li id="comment-219" class="comment byuser comment-author-sara bypostauthor even depth-2">
				<article id="div-comment-219" class="comment-body">
					<footer class="comment-meta">
						<div class="comment-author vcard">
							<img alt='' src='https://secure.gravatar.com/avatar/6c1e2f9a0b3d4e5f6a7b8c9d0e1f2a3b?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' loading='lazy' decoding='async'/>						<b class="fn"><a href="{SITE}" class="url" rel="ugc">سارا رحیمی</a></b> <span class="says">گفت:</span>					</div><!-- .comment-author -->

						<div class="comment-metadata">
							<a href="{POST}#comment-219"><time datetime="2024-03-08T14:25:03+03:30">۱۸ اسفند ۱۴۰۲ در ۲:۲۵ ب.ظ</time></a>						</div><!-- .comment-metadata -->

											</footer><!-- .comment-meta -->

					<div class="comment-content">
						<p>ممنون نگار جان! در پست بعدی که دربارهٔ تشخیص اشیاست حتماً می~آورمش، همراه با Grounding DINO و OWL-ViT.</p>
					</div><!-- .comment-content -->

					<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{POST}?replytocom=219#respond' data-commentid="219" data-postid="1432" data-belowelement="div-comment-219" data-respondelement="respond" data-replyto="پاسخ به سارا رحیمی" aria-label='پاسخ به سارا رحیمی'>پاسخ</a></div>				</article><!-- .comment-body -->
			</li><!-- #comment-## -->
			</ol><!-- .children -->
			</li><!-- #comment-## -->
			<li id="comment-221" class="pingback odd alt thread-even depth-1">
				<div class="comment-body">
					بازتاب: <a href="https://ali-weblog.example.ir/1402/12/24/links-32/" class="url" rel="ugc external nofollow">پیوندهای هفته — شمارهٔ ۳۲ | وبلاگ علی</a> 				</div>
			</li><!-- #comment-## -->
		</ol><!-- .comment-list -->

			<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">دیدگاهتان را بنویسید <small><a rel="nofollow" id="cancel-comment-reply-link" href="{POST}#respond" style="display:none;">لغو پاسخ</a></small></h2><form action="{SITE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">نشانی ایمیل شما منتشر نخواهد شد.</span> <span class="required-field-message">بخش~های موردنیاز علامت~گذاری شده~اند <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">دیدگاه <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">نام <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">ایمیل <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">وب~سایت</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">ذخیره نام، ایمیل و وب~سایت من در مرورگر برای زمانی که دوباره دیدگاهی می~نویسم.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="فرستادن دیدگاه" /> <input type='hidden' name='comment_post_ID' value='1432' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	
</div><!-- #comments -->

	<nav class="navigation post-navigation" aria-label="نوشته~ها">
		<h2 class="screen-reader-text">ناوبری نوشته~ها</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{SITE}/1402/11/28/phd-year-two/" rel="prev"><p class="meta-nav">نوشتهٔ قبلی</p><p class="post-title">سال دوم دکتری: چه چیزهایی یاد گرفتم</p></a></div></div>
	</nav>
			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->

	<aside class="widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{SITE}/"><label for="search-form-1">جستجو&hellip;</label><input type="search" id="search-form-1" class="search-field" value="" name="s" /><input type="submit" class="search-submit" value="جستجو" /></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">نوشته~های تازه</h2><nav aria-label="نوشته~های تازه"><ul>
			<li><a href="{POST}" aria-current="page">{TITLE}</a></li>
			<li><a href="{SITE}/1402/11/28/phd-year-two/">سال دوم دکتری: چه چیزهایی یاد گرفتم</a></li>
			<li><a href="{SITE}/1402/10/03/diffusion-models-review/">مروری بر مدل~های انتشار</a></li>
		</ul></nav></section>
		<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">آخرین دیدگاه~ها</h2><nav aria-label="آخرین دیدگاه~ها"><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link"><a href="https://ali-weblog.example.ir/1402/12/24/links-32/" class="url" rel="ugc external nofollow">پیوندهای هفته — شمارهٔ ۳۲ | وبلاگ علی</a></span> در <a href="{POST}#comment-221">مدل~های بینایی–زبان: مقاله~هایی…</a></li><li class="recentcomments"><span class="comment-author-link"><a href="{SITE}" class="url" rel="ugc">سارا رحیمی</a></span> در <a href="{POST}#comment-219">مدل~های بینایی–زبان: مقاله~هایی…</a></li></ul></nav></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">بایگانی</h2><nav aria-label="بایگانی"><ul>
			<li><a href="{SITE}/1402/12/">اسفند ۱۴۰۲</a>&nbsp;(۲)</li>
			<li><a href="{SITE}/1402/11/">بهمن ۱۴۰۲</a>&nbsp;(۱)</li>
			<li><a href="{SITE}/1402/10/">دی ۱۴۰۲</a>&nbsp;(۳)</li>
			<li><a href="{SITE}/1402/08/">آبان ۱۴۰۲</a>&nbsp;(۲)</li>
		</ul></nav></section>
	</aside><!-- .widget-area -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="site-name"><a href="{SITE}/">دفترچهٔ یادگیری ماشین</a></div>
			<div class="powered-by">با افتخار نیرو گرفته از <a href="https://fa.wordpress.org/">وردپرس</a></div>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->

<script src='{SITE}/wp-includes/js/comment-reply.min.js?ver=6.4.3' id='comment-reply-js' async data-wp-strategy='async'></script>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList && NodeList.prototype.forEach ) || document.write( '<script src="{SITE}/wp-content/themes/twentytwentyone/assets/js/polyfills.js?ver=2.1"></scr' + 'ipt>' );</script>
<script src='{SITE}/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.1' id='twenty-twenty-one-primary-navigation-script-js'></script>
<script src='{SITE}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.1.2' id='sharing-js-js'></script>

</body>
</html>
""")

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(fa(HEAD) + BODY)
print("wrote", OUT)
