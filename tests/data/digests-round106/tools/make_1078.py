#!/usr/bin/env python3
"""1078: a Gogs 0.13 repository home page as Chrome saves it ("Webpage, HTML only": the bytes as served, no
saved-from comment) — an Iranian NLP lab's self-hosted Gogs, English UI — holding a Persian awesome list. The page:
Gogs' head (author / description / keywords metas, `_csrf`, `_suburl`, og: metas, jQuery, Semantic UI 2.4.2,
gogs.css / gogs.js), the following bar, the repository header (breadcrumb, Watch / Star / Fork counters), the tabs,
the description, the branch and clone bar, the file table (last commit in the head row, directories first, then
files by name, each with its last commit and a `time-since` age) and the README rendered by blackfriday as Gogs does
it (blocks separated by a blank line, tables with a blank line after </thead> and between rows, links sanitised with
rel="nofollow", no heading ids, so the README's own contents links point at GitHub-style anchors that do not exist),
then the footer with the version and page / template times and the language menu. The README (Persian, with ZWNJs):
title, intro, a blockquote legend, contents, three tables (سال | مقاله | محل انتشار | پیوند | کد | یادداشت), other
resources (not papers), how to contribute. Not papers: the code repositories in the کد column, xFormers, "The
Annotated S4" blog post, a YouTube video. Nicknames not labelled on their own: Expire-Span, Path-X, S4, Hyena, SSM,
Transformer-XL in notes, Mamba, RetNet."""
import datetime as dt, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1078)
K = dict(txl="1901.02860", fb="2002.09402", exp="2105.06548", lf="2004.05150", bb="2007.14062", lra="2011.04006",
         ret="2307.08621", mamba="2312.00752")
HOST = "https://git.nlplab.example.ir"
OWNER, REPO = "mkarimi", "awesome-long-context-fa"
BASE = f"/{OWNER}/{REPO}"
NOW = dt.datetime(2024, 1, 23, 10, 5, 0)
ZW = "\u200c"


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def age(t):
    d = NOW - t
    days = d.days
    if days >= 365: n, u = days // 365, "year"
    elif days >= 30: n, u = days // 30, "month"
    elif days >= 7: n, u = days // 7, "week"
    elif days >= 1: n, u = days, "day"
    else: n, u = d.seconds // 3600, "hour"
    return f"{n} {u}{'s' if n != 1 else ''} ago"


def rfc(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S UTC")


def a(href, text):
    return f'<a href="{html.escape(href)}" rel="nofollow">{text}</a>'


def cell(s):
    return s


def table(rows):
    head = ["سال", "مقاله", "محل انتشار", "پیوند", "کد", "یادداشت"]
    h = "<tr>\n" + "\n".join(f"<th>{c}</th>" for c in head) + "\n</tr>\n"
    body = "\n".join("<tr>\n" + "\n".join(f"<td>{c}</td>" for c in r) + "\n</tr>\n" for r in rows)
    return "<table>\n<thead>\n" + h + "</thead>\n\n<tbody>\n" + body + "</tbody>\n</table>\n"


P = lambda s: f"<p>{s}</p>\n"
GH = "https://github.com/"
mem = [
 ["2019", T(K["txl"]), "ACL", a("https://aclanthology.org/P19-1285/", "ACL Anthology"), a(GH + "kimiyoung/transformer-xl", "کد"),
  f"☑ جلسهٔ ۳ — بازگشت در سطح قطعه و کدگذاری مکانی نسبی"],
 ["2020", T(K["fb"]), "arXiv", "—", "—", f"☐ فعلاً فقط چکیده را خواندم؛ کسی لینک درست را پیدا کرد اضافه کند"],
 ["2021", T(K["exp"]), "ICML", a(f"https://openreview.net/forum?id={OR(K['exp'])}", "OpenReview"),
  a(GH + "facebookresearch/transformer-sequential", "کد"), f"☑ جلسهٔ ۵ — Expire-Span: حافظه{ZW}هایی که تاریخ انقضا دارند"],
]
sparse = [
 ["2020", T(K["lf"]), "arXiv", a(f"https://arxiv.org/abs/{K['lf']}", "arXiv"), a(GH + "allenai/longformer", "کد"),
  f"☑ جلسهٔ ۱ — پنجرهٔ لغزان + توجه سراسری"],
 ["2020", T(K["bb"]), "NeurIPS",
  a("https://proceedings.neurips.cc/paper/2020/hash/c8512d142a2d849725f31a9a7a361ab9-Abstract.html", "NeurIPS"),
  a(GH + "google-research/bigbird", "کد"), f"☑ جلسهٔ ۲ — توجه تصادفی + پنجره{ZW}ای + سراسری"],
 ["2021", T(K["lra"]), "ICLR", a(f"https://openreview.net/forum?id={OR(K['lra'])}", "OpenReview"),
  a(GH + "google-research/long-range-arena", "کد"), f"☑ جلسهٔ ۴ — بنچمارک؛ آن موقع Path-X را هیچ مدلی حل نکرده بود"],
]
ssm = [
 ["2023", T(K["ret"]), "arXiv", f"arXiv:{K['ret']}", a(GH + "microsoft/torchscale", "کد"),
  f"☐ لینک را بعداً درست می{ZW}کنم"],
 ["2023", T(K["mamba"]), "arXiv", a(f"https://arxiv.org/abs/{K['mamba']}", "arXiv"), a(GH + "state-spaces/mamba", "کد"),
  f"☑ جلسهٔ ۹ — SSM انتخابی؛ برای پیش{ZW}زمینه S4 و Hyena را هم ببینید"],
]
S1, S2, S3, S4 = "حافظه و بازگشت", "توجه پراکنده و بلند", f"مدل{ZW}های فضای حالت و جایگزین{ZW}های توجه", "منابع دیگر (مقاله نیستند)"
slug = lambda s: "#" + s.replace(" ", "-").replace("(", "").replace(")", "")
readme = "\n".join([
 f"<h1>مقاله{ZW}های «زمینهٔ طولانی» و حافظه در ترنسفورمرها</h1>\n",
 P(f"این فهرست را برای جلسه{ZW}های گروه مطالعهٔ آزمایشگاه پردازش زبان طبیعی جمع کرده{ZW}ایم. هر کس مقالهٔ تازه{ZW}ای خواند "
   f"یک سطر به جدول اضافه کند و درخواست ادغام (Pull Request) بفرستد. ستون «یادداشت» را کوتاه نگه دارید."),
 "<blockquote>\n" + P(f"☑ یعنی در جلسه خوانده شد، ☐ یعنی هنوز نه. تاریخ جلسه{ZW}ها در ویکی همین مخزن است.") + "</blockquote>\n",
 "<h2>فهرست</h2>\n",
 "<ul>\n" + "\n".join(f'<li><a href="{slug(s)}" rel="nofollow">{s}</a></li>' for s in (S1, S2, S3, S4)) + "\n</ul>\n",
 f"<h2>{S1}</h2>\n", table(mem),
 f"<h2>{S2}</h2>\n", table(sparse),
 f"<h2>{S3}</h2>\n", table(ssm),
 f"<h2>{S4}</h2>\n",
 "<ul>\n<li>کتابخانهٔ " + a(GH + "facebookresearch/xformers", "xFormers") + f" برای پیاده{ZW}سازی توجه کارا (کتابخانه است، نه مقاله)</li>\n"
 "<li>پست وبلاگ " + a("https://srush.github.io/annotated-s4/", "The Annotated S4") + " — توضیح قدم به قدم S4 با کد JAX</li>\n"
 f"<li>ویدیوی توضیح Mamba از Yannic Kilcher در یوتیوب (لینکش در ویکی است)</li>\n</ul>\n",
 "<h2>مشارکت</h2>\n",
 P(f"عنوان مقاله را کامل و بدون ترجمه بنویسید، سال را با رقم لاتین، و اگر لینک arXiv یا OpenReview دارد همان را بگذارید. "
   f"قبل از فرستادن درخواست ادغام، پیش{ZW}نمایش جدول را در Gogs ببینید؛ جدول{ZW}ها در اینجا راست{ZW}چین نمی{ZW}شوند."),
])

files = [("CONTRIBUTING.md", "راهنمای مشارکت", dt.datetime(2023, 11, 18, 16, 20, 4)),
         ("LICENSE", "Initial commit", dt.datetime(2022, 12, 29, 9, 11, 52)),
         ("README.md", "افزودن Mamba و RetNet", dt.datetime(2024, 1, 20, 19, 42, 11))]
newest = max(files, key=lambda r: r[2])


def ts(t):
    return f'<span class="time-since poping up" title="{rfc(t)}" data-content="{rfc(t)}" data-variation="inverted tiny">{age(t)}</span>'


rows = []
for name, msg, t in files:
    s = sha(name + msg)
    rows.append(f"""				<tr>
					<td class="name four wide">
						<span class="octicon octicon-file-text"></span>
						<a href="{BASE}/src/master/{name}">{name}</a>
					</td>
					<td class="message nine wide">
						<a rel="nofollow" class="ui sha label" href="{BASE}/commit/{s}">{s[:10]}</a>
						<span class="grey has-emoji">{msg}</span>
					</td>
					<td class="text grey right age three wide">{ts(t)}</td>
				</tr>""")
ns = sha(newest[0] + newest[1])
DESC = "فهرست مقاله‌های زمینهٔ طولانی، حافظه و مدل‌های فضای حالت برای گروه مطالعه"
LANGS = [("en-US", "English"), ("zh-CN", "简体中文"), ("de-DE", "Deutsch"), ("fr-FR", "Français"), ("ru-RU", "русский"),
         ("tr-TR", "Türkçe"), ("fa-IR", "فارسی")]
langs = "\n".join(f'\t\t\t\t\t\t\t<a class="item{" active selected" if c == "en-US" else ""}" href="{"#" if c == "en-US" else "?lang=" + c}">{n}</a>' for c, n in LANGS)
page = f"""<!DOCTYPE html>
<html>
<head data-suburl="">
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
	
		<meta name="author" content="{OWNER}" />
		<meta name="description" content="{REPO} - {DESC}" />
		<meta name="keywords" content="go, git, self-hosted, gogs">
	
	<meta name="referrer" content="no-referrer" />
	<meta name="_csrf" content="kT3vQm9XbZ1pW8yL2cR4sD6fH0g6MTcwNjAwNDMwMDQ4MjEwNTYwMA==" />
	<meta name="_suburl" content="" />

	
	
		<meta property="og:url" content="{HOST}{BASE}" />
		<meta property="og:type" content="object" />
		<meta property="og:title" content="{OWNER}/{REPO}">
		<meta property="og:description" content="{DESC}">
		<meta property="og:image" content="{HOST}/avatars/7" />
		<meta property="og:site_name" content="Gogs">
	

	<link rel="shortcut icon" href="/img/favicon.png" />

	<script src="/js/jquery-3.6.0.min.js"></script>
	<script src="/js/libs/jquery.are-you-sure.js"></script>
	<link rel="stylesheet" href="/assets/font-awesome-4.6.3/css/font-awesome.min.css">
	<link rel="stylesheet" href="/assets/octicons-4.3.0/octicons.min.css">

	
	

	<!-- Stylesheet -->
	<link rel="stylesheet" href="/css/semantic-2.4.2.min.css">
	<link rel="stylesheet" href="/css/gogs.min.css?v=8e3f2a1c">
	<noscript>
		<style>
			.dropdown:hover > .menu {{ display: block; }}
			.ui.secondary.menu .dropdown.item > .menu {{ margin-top: 0; }}
		</style>
	</noscript>

	<!-- JavaScript -->
	<script src="/js/semantic-2.4.2.min.js"></script>
	<script src="/js/gogs.js?v=8e3f2a1c"></script>

	<title>{OWNER}/{REPO} - Gogs</title>

	<meta name="theme-color" content="#ff5343">

	
</head>
<body>
	<div class="full height">
		<noscript>This website works better with JavaScript</noscript>

		
			<div class="following bar light">
				<div class="ui container">
					<div class="ui grid">
						<div class="column">
							<div class="ui top secondary menu">
							<a class="item brand" href="/">
								<img class="ui mini image" src="/img/favicon.png">
							</a>
							<a class="item" href="/">Dashboard</a>
							<a class="item" href="/issues">Issues</a>
							<a class="item" href="/pulls">Pull Requests</a>
							<a class="item" href="/explore/repos">Explore</a>
							<div class="right stackable menu">
								<a class="item" target="_blank" rel="noopener noreferrer" href="https://gogs.io/docs"><i class="octicon octicon-question"></i>&nbsp;Help</a>
								<div class="ui dropdown head link jump item poping up" data-content="Create..." data-variation="tiny inverted">
									<span class="text"><i class="octicon octicon-plus"><span class="sr-only">Create...</span></i><i class="octicon octicon-triangle-down"></i></span>
								</div>
								<div class="ui dropdown head link jump item poping up" tabindex="-1" data-content="Profile and Settings..." data-variation="tiny inverted">
									<span class="text avatar">
										<img class="ui small rounded image" src="/avatars/12">
										<span class="sr-only">Profile and Settings...</span>
										<i class="octicon octicon-triangle-down" tabindex="-1"></i>
									</span>
								</div>
							</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		


<div class="repository file list">
	<div class="header-wrapper">
		<div class="ui container">
			<div class="ui vertically padded grid head">
				<div class="column">
					<div class="ui header">
						<div class="ui huge breadcrumb">
							<i class="mega-octicon octicon-repo"></i>
							<a href="/{OWNER}">{OWNER}</a>
							<div class="divider"> / </div>
							<a href="{BASE}">{REPO}</a>
						</div>
						<div class="ui right">
							<div class="ui labeled button" tabindex="0">
								<a class="ui basic button" href="{BASE}/action/watch?redirect_to=%2f{OWNER}%2f{REPO}">
									<i class="eye icon"></i>Watch
								</a>
								<a class="ui basic label" href="{BASE}/watchers">
									4
								</a>
							</div>
							<div class="ui labeled button" tabindex="0">
								<a class="ui basic button" href="{BASE}/action/star?redirect_to=%2f{OWNER}%2f{REPO}">
									<i class="star outline icon"></i>Star
								</a>
								<a class="ui basic label" href="{BASE}/stars">
									11
								</a>
							</div>
							<div class="ui labeled button" tabindex="0">
								<a class="ui basic button poping up" href="/repo/fork/7">
									<i class="octicon octicon-repo-forked"></i>Fork
								</a>
								<a class="ui basic label" href="{BASE}/forks">
									2
								</a>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
		<div class="ui tabs container">
			<div class="ui tabular stackable menu navbar">
				<a class="active item" href="{BASE}">
					<i class="octicon octicon-file-text"></i> Files
				</a>
				<a class=" item" href="{BASE}/issues">
					<i class="octicon octicon-issue-opened"></i> Issues <span class="ui blue small label">1</span>
				</a>
				<a class=" item" href="{BASE}/pulls">
					<i class="octicon octicon-git-pull-request"></i> Pull Requests <span class="ui gray small label">0</span>
				</a>
				<a class=" item" href="{BASE}/commits/master">
					<i class="octicon octicon-history"></i> Commits <span class="ui blue small label">23</span>
				</a>
				<a class=" item" href="{BASE}/releases">
					<i class="octicon octicon-tag"></i> Releases <span class="ui gray small label">0</span>
				</a>
				<a class=" item" href="{BASE}/wiki">
					<i class="octicon octicon-book"></i> Wiki
				</a>
			</div>
		</div>
		<div class="ui tabs divider"></div>
	</div>
	<div class="ui container">
		<p id="repo-desc">
			<span class="description has-emoji">{DESC}</span>
			<a class="link" href=""></a>
		</p>
		<div class="ui secondary menu">
			<div class="fitted item choose reference">
				<div class="ui floating filter dropdown" data-no-results="No results found.">
					<div class="ui basic small button">
						<span class="text">
							<i class="octicon octicon-git-branch"></i>
							Branch:
							<strong>master</strong>
						</span>
						<i class="dropdown icon"></i>
					</div>
				</div>
			</div>
			<div class="fitted item">
				<div class="ui breadcrumb">
					<a class="section" href="{BASE}/src/master">{REPO}</a>
				</div>
			</div>
			<div class="right fitted item">
				<div id="file-buttons" class="ui tiny blue buttons">
				</div>
				<div class="ui action small input" id="clone-panel">
					<button class="ui basic clone button blue" id="repo-clone-https" data-link="{HOST}{BASE}.git">
						HTTPS
					</button>
					<button class="ui basic clone button" id="repo-clone-ssh" data-link="git@git.nlplab.example.ir:{OWNER}/{REPO}.git">
						SSH
					</button>
					<input id="repo-clone-url" value="{HOST}{BASE}.git" readonly>
				</div>
			</div>
		</div>
		<table id="repo-files-table" class="ui unstackable fixed single line table">
			<thead>
				<tr>
					<th class="four wide">
						<img class="ui avatar image img-12" src="/avatars/7">
						<a href="{BASE}/commit/{ns}" rel="nofollow" class="ui sha label">{ns[:10]}</a>
						<span class="grey has-emoji">{newest[1]}</span>
					</th>
					<th class="nine wide">
					</th>
					<th class="three wide text grey right age">{ts(newest[2])}</th>
				</tr>
			</thead>
			<tbody>
""" + "\n".join(rows) + f"""
			</tbody>
		</table>
		<div id="file-content" class="tab-size-8">
			<h4 class="ui top attached header" id="repo-readme">
				<i class="octicon octicon-book"></i>
				<strong>README.md</strong>
			</h4>
			<div class="ui attached table segment">
				<div class="file-content markdown has-emoji">
{readme}
				</div>
			</div>
		</div>
	</div>
</div>

	</div>
	<footer>
		<div class="ui container">
			<div class="ui left">
				© 2024 Gogs Version: 0.13.0 Page: <strong>12ms</strong> Template: <strong>3ms</strong>
			</div>
			<div class="ui right links">
				<div class="ui language bottom floating slide up dropdown link item">
					<i class="world icon"></i>
					<div class="text">English</div>
					<div class="menu">
{langs}
					</div>
				</div>
				<a href="/assets/librejs/librejs.html" style="display:none" data-jslicense="1">Javascript Licenses</a>
				<a target="_blank" rel="noopener noreferrer" href="https://gogs.io">Website</a>
			</div>
		</div>
	</footer>
</body>

</html>

"""
write_only(F, page, keys(F), forms=[html.unescape(page)])
