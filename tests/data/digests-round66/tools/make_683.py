#!/usr/bin/env python3
"""683: a XenForo 2.2 thread page (thread_view) saved from the browser: <html id="XF" … data-template="thread_view">,
p-header / p-nav / breadcrumbs chrome, <article class="message message--post js-post …" data-author data-content
id="js-post-N" itemscope itemtype="https://schema.org/Comment">, message-userName, <time class="u-dt" datetime=…+0700
data-time=<epoch> data-date-string data-time-string title=…>, bbWrapper bodies with <br /> line breaks, external links
with class="link link--external", data-proxy-href="/proxy.php?link=<percent-encoded>&amp;hash=…" and
rel="nofollow ugc noopener", quote blocks (bbCodeBlock--quote with data-quote / data-source="post: N"), reactions bar,
pagination and footer (Community platform by XenForo® © 2010-2024 XenForo Ltd.). An Indonesian ML forum thread on LLM
agents, evaluation and robustness."""
import datetime, hashlib, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F683, keys

K = keys(F683)
SITE = "https://forum.kecerdasan.example.id"
TID = "membaca-bareng-agen-llm-evaluasi-dan-robustness.4812"
TZ = datetime.timezone(datetime.timedelta(hours=7))
BULAN = ["", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" dkk." if len(a) > n else "")


def a(url, label=None):
    h = hashlib.sha1(url.encode()).hexdigest()[:32]
    return (f'<a href="{html.escape(url)}" target="_blank" class="link link--external" data-proxy-href="/proxy.php?link='
            f'{quote(url, safe="")}&amp;hash={h}" rel="nofollow ugc noopener">{html.escape(label or url)}</a>')


def quoteblock(user, uid, pid, text):
    return (f'<blockquote data-attributes="member: {uid}" data-quote="{user}" data-source="post: {pid}"\n'
            f'\tclass="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">\n'
            f'\t<div class="bbCodeBlock-title">\n\t\t<a href="/goto/post?id={pid}" class="bbCodeBlock-sourceJump" rel="nofollow" '
            f'data-xf-click="attribution" data-content-selector="#post-{pid}">{user} berkata:</a>\n\t</div>\n'
            f'\t<div class="bbCodeBlock-content">\n\t\t<div class="bbCodeBlock-expandContent js-expandContent ">\n\t\t\t{text}\n'
            f'\t\t</div>\n\t\t<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Klik untuk membuka...</a></div>\n'
            f'\t</div>\n</blockquote>')


posts = []


def post(pid, user, uid, title, when, body, likes=""):
    posts.append((pid, user, uid, title, when, body, likes))


post(90211, "dimas_pratama", 1187, "Anggota", datetime.datetime(2024, 5, 13, 9, 12, 44, tzinfo=TZ),
     f"Halo semua, minggu depan kita mulai seri baca bareng soal agen LLM + evaluasi. Daftar awal:<br />\n<br />\n"
     f"1. <b>{T('2210.03629')}</b> ({au('2210.03629')}) — versi ICLR: {a('https://openreview.net/forum?id=' + OR('2210.03629'))}<br />\n"
     f"2. <b>{T('2308.03688')}</b> — benchmark agen di 8 lingkungan (OS, database, web, dll.)<br />\n"
     f"3. <b>{T('2307.15818')}</b> — {a('https://arxiv.org/abs/2307.15818')}<br />\n<br />\n"
     "Jadwal: Kamis malam 19.30 WIB di Discord server komunitas. Yang mau jadi pemateri silakan reply.",
     "Like: rina.s, Arief_H dan 6 lainnya")
post(90215, "rina.s", 2044, "Anggota Aktif", datetime.datetime(2024, 5, 13, 10, 3, 17, tzinfo=TZ),
     quoteblock("dimas_pratama", 1187, 90211, "Halo semua, minggu depan kita mulai seri baca bareng soal agen LLM + evaluasi. Daftar awal:") +
     f"\nUsul tambah bagian evaluasi juga, karena agen tanpa evaluasi yang jelas susah dibandingkan:<br />\n<br />\n"
     f"- <i>{T('2306.05685')}</i> — {a('https://arxiv.org/pdf/2306.05685v4.pdf', 'PDF di arXiv')}<br />\n"
     f"- <i>{T('2009.03300')}</i> ({au('2009.03300')}) — dipakai hampir semua paper sekarang, walau sudah mulai jenuh.<br />\n<br />\n"
     "Leaderboard-nya (Open LLM Leaderboard di Hugging Face) bukan paper ya, cuma buat lihat angka.",
     "Like: dimas_pratama dan 3 lainnya")
post(90231, "Arief_H", 977, "Moderator", datetime.datetime(2024, 5, 13, 13, 48, 2, tzinfo=TZ),
     f"Saya mau bawa sisi robustness/keamanan. Paper serangan jailbreak otomatis: {T('2307.15043')} "
     f"(arXiv:2307.15043, {au('2307.15043')}).<br />\n<br />\n"
     f"Lalu dua paper \"klasik\" soal generalisasi & robustness di vision, supaya diskusinya tidak cuma LLM:<br />\n"
     f"- {T('2007.01434')} — {a('https://arxiv.org/abs/2007.01434')}<br />\n"
     f"- {T('2006.14536')} — aktivasi halus (bukan ReLU) bikin adversarial training lebih baik. Link menyusul, lagi di HP.<br />\n<br />\n"
     "Repo pendukung: " + a("https://github.com/llm-attacks/llm-attacks") + " (kode, bukan paper).",
     "Like: rina.s dan 4 lainnya")
post(90240, "yoga_w", 3120, "Anggota Baru", datetime.datetime(2024, 5, 13, 20, 15, 39, tzinfo=TZ),
     "Ikut ya, saya mahasiswa S2 di Universitas Nusantara Timur. Ada rekomendasi tutorial buat pemula soal agen? "
     "Saya baru baca blog Lilian Weng \"LLM Powered Autonomous Agents\" (2023) dan kursus gratis dari DeepLearning.AI.",
     "")
post(90244, "dimas_pratama", 1187, "Anggota", datetime.datetime(2024, 5, 13, 21, 2, 5, tzinfo=TZ),
     quoteblock("yoga_w", 3120, 90240, "Ada rekomendasi tutorial buat pemula soal agen?") +
     "\nBlog itu sudah cukup bagus sebagai pengantar. Untuk praktik coba LangChain atau smolagents — keduanya library, bukan paper. "
     "Jadwal final saya taruh di Google Sheets, link di pesan pertama nanti saya edit.<br />\n<br />\n"
     "Urutan sementara: Kamis 16/5 agen (prompting penalaran + aksi, lalu benchmark), Kamis 23/5 evaluasi, Kamis 30/5 robustness.",
     "Like: yoga_w")

AVA = "https://forum.kecerdasan.example.id/data/avatars/m/{}/{}.jpg?1700000000"
arts = []
for pid, user, uid, title, when, body, likes in posts:
    ds = f"{when.day} {BULAN[when.month]} {when.year}"
    tstr = when.strftime("%H:%M")
    iso = when.strftime("%Y-%m-%dT%H:%M:%S%z")
    ep = int(when.timestamp())
    arts.append(f'''<article class="message message--post js-post js-inlineModContainer  "
		data-author="{user}"
		data-content="post-{pid}"
		id="js-post-{pid}"
		itemscope itemtype="https://schema.org/Comment" itemid="{SITE}/posts/{pid}/">

	<span class="u-anchorTarget" id="post-{pid}"></span>

	<div class="message-inner">
		<div class="message-cell message-cell--user">
			<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="{SITE}/members/{user}.{uid}/">
				<div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/{user}.{uid}/" class="avatar avatar--m" data-user-id="{uid}"><img src="{AVA.format(uid // 1000, uid)}" alt="{user}" width="96" height="96" loading="lazy" /></a></div></div>
				<div class="message-userDetails">
					<h4 class="message-name"><a href="/members/{user}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{user}</span></a></h4>
					<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{title}</h5>
				</div>
			</section>
		</div>
		<div class="message-cell message-cell--main">
			<div class="message-main js-quickEditTarget">
				<header class="message-attribution message-attribution--split">
					<ul class="message-attribution-main listInline ">
						<li class="u-concealed">
							<a href="/threads/{TID}/post-{pid}" rel="nofollow" itemprop="url">
								<time  class="u-dt" dir="auto" datetime="{iso}" data-time="{ep}" data-date-string="{ds}" data-time-string="{tstr}" title="{ds} pukul {tstr}" itemprop="datePublished">{ds}</time>
							</a>
						</li>
					</ul>
					<ul class="message-attribution-opposite message-attribution-opposite--list ">
						<li><a href="/threads/{TID}/post-{pid}" rel="nofollow">#{len(arts) + 1}</a></li>
					</ul>
				</header>
				<div class="message-content js-messageContent">
					<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid}">
						<article class="message-body js-selectToQuote">
							<div itemprop="text">
								<div class="bbWrapper">{body}</div>
							</div>
							<div class="js-selectToQuoteEnd">&nbsp;</div>
						</article>
					</div>
				</div>
				<footer class="message-footer">
					<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/threads/{TID}/reply?quote={pid}" class="actionBar-action actionBar-action--reply" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/{pid}/quote">Balas</a></div></div>
					<div class="reactionsBar js-reactionsList {'is-active' if likes else ''}">{html.escape(likes)}</div>
				</footer>
			</div>
		</div>
	</div>
</article>
''')

page = f'''<!DOCTYPE html>
<html id="XF" lang="id-ID" dir="LTR"
	data-xf="2.2"
	data-app="public"
	data-template="thread_view"
	data-container-key="node-14"
	data-content-key="thread-4812"
	data-logged-in="false"
	data-cookie-prefix="xf_"
	data-csrf="1715600000,8a1f0c2e9b7d4e6a5c3b1f0e9d8c7b6a"
	class="has-no-js template-thread_view"
	>
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>Membaca bareng: agen LLM, evaluasi, dan robustness | Forum Kecerdasan Buatan Indonesia</title>
	<link rel="manifest" href="/webmanifest.php">
	<meta name="theme-color" content="#185886" />
	<link rel="canonical" href="{SITE}/threads/{TID}/" />
	<meta property="og:site_name" content="Forum Kecerdasan Buatan Indonesia" />
	<meta property="og:title" content="Membaca bareng: agen LLM, evaluasi, dan robustness" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d=1715000000&amp;k=3c2e0b1f8a7d6e5c4b3a2f1e0d9c8b7a6f5e4d3c" />
	<script src="/js/xf/preamble.min.js?_v=6a7f4c21"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header">
	<div class="p-header-inner">
		<div class="p-header-content">
			<div class="p-header-logo p-header-logo--image">
				<a href="{SITE}/"><img src="/styles/kbi/logo.png" alt="Forum Kecerdasan Buatan Indonesia" width="200" height="36" /></a>
			</div>
		</div>
	</div>
</header>
<div class="p-body">
	<div class="p-body-inner">
		<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forum</span></a><meta itemprop="position" content="1" /></li>
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/#riset.3" itemprop="item"><span itemprop="name">Riset &amp; Paper</span></a><meta itemprop="position" content="2" /></li>
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/klub-baca-paper.14/" itemprop="item"><span itemprop="name">Klub Baca Paper</span></a><meta itemprop="position" content="3" /></li>
		</ul>
		<div class="p-body-header">
			<div class="p-title "><h1 class="p-title-value">Membaca bareng: agen LLM, evaluasi, dan robustness</h1></div>
			<div class="p-description">
				<ul class="listInline listInline--bullet">
					<li><i class="fa--xf far fa-user" aria-hidden="true" title="Pembuat thread"></i> <a href="/members/dimas_pratama.1187/" class="username  u-concealed" dir="auto" data-user-id="1187" data-xf-init="member-tooltip">dimas_pratama</a></li>
					<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Tanggal mulai"></i> <a href="/threads/{TID}/" class="u-concealed"><time  class="u-dt" dir="auto" datetime="2024-05-13T09:12:44+0700" data-time="1715566364" data-date-string="13 Mei 2024" data-time-string="09:12" title="13 Mei 2024 pukul 09:12">13 Mei 2024</time></a></li>
				</ul>
			</div>
		</div>
		<div class="p-body-main  ">
			<div class="p-body-content">
				<div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-4812">
		<div class="block-body js-replyNewMessageContainer">
{"".join(arts)}
		</div>
	</div>
	<div class="block-outer block-outer--after">
		<div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay" data-follow-redirects="on"><span class="button-text">Anda harus masuk atau mendaftar untuk membalas di sini.</span></a></div>
	</div>
</div>
				</div>
			</div>
		</div>
	</div>
</div>
<footer class="p-footer" id="footer">
	<div class="p-footer-inner">
		<div class="p-footer-row">
			<div class="p-footer-row-opposite">
				<ul class="p-footer-linkList">
					<li><a href="/misc/contact" data-xf-click="overlay">Kontak kami</a></li>
					<li><a href="/help/terms/">Syarat dan ketentuan</a></li>
					<li><a href="/help/privacy-policy/">Kebijakan privasi</a></li>
					<li><a href="/help/">Bantuan</a></li>
					<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
				</ul>
			</div>
		</div>
		<div class="p-footer-copyright">
			<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a>
			<div>Terjemahan bahasa Indonesia oleh komunitas</div>
		</div>
	</div>
</footer>
</div>
<script src="/js/xf/core-compiled.js?_v=6a7f4c21"></script>
</body>
</html>
'''
write_only(F683, page, K, forms=[html.unescape(page)])
