#!/usr/bin/env python3
"""1084: a news article on a Danish university department's TYPO3 site (the `news` extension's detail view in the
bootstrap package layout) as Chrome saves it ("Webpage, HTML only"): TYPO3's "This website is powered by TYPO3"
comment after the charset meta, the generator meta, merged and compressed CSS / JS in typo3temp, the canonical and
og:url, `<body id="pNN" class="page-NN pagelevel-2 language-0 backendlayout-default layout-default">`, the header,
menu and breadcrumb, then the content element frame (`<div id="cNNN" class="frame frame-default frame-type-list …">`)
holding tx_news' markup: headline, date in `<time itemprop="datePublished" datetime="…">`, category, author, the
teaser, the RTE body (paragraphs, an RTE table with class "contenttable": Dato | Artikel | Oplægsholder | Noter, one
row a Thursday, the winter holiday and Maundy Thursday as colspan rows), related links, the back link; the footer.
External RTE links open in a new tab with rel="noreferrer" as TYPO3 writes them. Danish. Not papers: the timm
library, the "Dive into Deep Learning" book, a YouTube talk. Nicknames not labelled on their own: ViT, Swin,
ConvNeXt, COTR, CNN, ViT-G/14."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1084)
K = dict(vit="2010.11929", scale="2106.04560", swin="2103.14030", cnx="2201.03545", why="2010.08515", rob="2103.14586",
         short="2004.07780", cotr="2103.14167")
HOST = "https://di.vhu.example.dk"
SLUG = "laesegruppe-i-computer-vision-foraarets-program"
HEADLINE = "Læsegruppe i computer vision: forårets program"
PUB = dt.date(2024, 1, 22)
PID, CID = 42, 318
E = lambda s: html.escape(s, quote=False)
A = lambda href, text: f'<a href="{html.escape(href)}" target="_blank" rel="noreferrer">{text}</a>'

SESS = [
 (T(K["vit"]) + " (ICLR 2021) – " + A(f"https://openreview.net/forum?id={OR(K['vit'])}", "OpenReview"), "Mette Kjær",
  "Her starter det hele: ViT. Læs især afsnit 3 og 4."),
 (T(K["scale"]) + f" (CVPR 2022), arXiv:{K['scale']}", "Rasmus Holm",
  "Skaleringslove for ViT; hvor kommer ViT-G/14 fra?"),
 None,
 (T(K["swin"]) + " – " + A(f"https://arxiv.org/abs/{K['swin']}", "arXiv"), "Sofie Lund",
  "Hierarkisk backbone til detektion og segmentering."),
 (T(K["cnx"]) + " – " + A(f"https://arxiv.org/abs/{K['cnx']}", "arXiv"), "Jonas Vestergaard",
  "Svaret fra CNN-lejren: ConvNeXt."),
 (T(K["why"]) + " (ICLR 2021)", "Ida Mørch", "Teori: hvorfor har foldninger en fordel ved få data? Tungt, men kort."),
 (T(K["rob"]) + " (ICCV 2021)", "Rasmus Holm", "Hvilke dele af en ViT betyder noget for robustheden?"),
 (T(K["short"]) + ", Nature Machine Intelligence 2 (2020)", "Sofie Lund", "Perspektivartikel – let læsning, god diskussion."),
 None,
 (T(K["cotr"]) + " (ICCV 2021) – " + A(f"https://arxiv.org/pdf/{K['cotr']}", "PDF"), "Mette Kjær",
  "Afslutning: transformere til korrespondancer mellem billeder."),
]
HOLIDAY = {2: "Intet møde – vinterferie (uge 7)", 8: "Intet møde – skærtorsdag"}
start = dt.date(2024, 2, 1)
rows = []
for i, s in enumerate(SESS):
    d = start + dt.timedelta(weeks=i)
    ds = f"{d.day}/{d.month}"
    if s is None:
        rows.append(f'<tr><td>{ds}</td><td colspan="3"><em>{HOLIDAY[i]}</em></td></tr>')
    else:
        rows.append(f"<tr><td>{ds}</td><td>{s[0]}</td><td>{s[1]}</td><td>{s[2]}</td></tr>")
table = ('<table class="contenttable"><thead><tr><th scope="col">Dato</th><th scope="col">Artikel</th>'
         '<th scope="col">Oplægsholder</th><th scope="col">Noter</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
body = (f"<p>Læsegruppen i computer vision starter igen torsdag den 1. februar. I foråret ser vi på, hvad der skete, da "
        f"transformere kom til billedgenkendelse – og om foldningsnetværk virkelig er slået. Vi mødes i lokale 3.2.14, "
        f"kl. 14.15–15.30, og der er kaffe og kage.</p>\n<p>Alle er velkomne, også bachelorstuderende. Læs artiklen "
        f"inden mødet; oplægsholderen bruger ca. 20 minutter, resten er diskussion.</p>\n{table}\n"
        f"<p>Baggrund for dem, der er nye i feltet: kapitel 7 og 11 i bogen {A('https://d2l.ai/', 'Dive into Deep Learning')} "
        f"(en bog, ikke en artikel) og Lucas Beyers foredrag om ViT på YouTube. Til kodeøvelserne bruger vi timm-biblioteket.</p>\n"
        f"<p>Spørgsmål kan sendes til Mette Kjær, <a href=\"mailto:mkj@di.vhu.example.dk\">mkj@di.vhu.example.dk</a>.</p>")
URL = f"{HOST}/nyheder/nyhed/{SLUG}"
page = f"""<!DOCTYPE html>
<html lang="da-DK">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->



<title>{E(HEADLINE)} - Institut for Datalogi</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="index,follow" />
<meta property="og:title" content="{E(HEADLINE)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{URL}" />
<meta name="twitter:card" content="summary" />


<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-8b2f0c3d9e1a4b5c6d7e8f9a0b1c2d3e-5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c.css?1705911234" media="all">



<script src="/typo3temp/assets/compressed/merged-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c.js?1705911234"></script>


<link rel="canonical" href="{URL}"/>
</head>
<body id="p{PID}" class="page-{PID} pagelevel-2 language-0 backendlayout-default layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>Spring til hovedindhold</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container">
<a class="navbar-brand navbar-brand-image" title="Institut for Datalogi" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo-di.svg" alt="Institut for Datalogi logo" height="52" width="180"></a>
<nav id="mainnavigation" class="navbar-collapse collapse">
<ul class="navbar-nav">
<li class="nav-item"><a href="/uddannelse" id="nav-item-12" class="nav-link" title="Uddannelse"><span class="nav-link-text">Uddannelse</span></a></li>
<li class="nav-item"><a href="/forskning" id="nav-item-13" class="nav-link" title="Forskning"><span class="nav-link-text">Forskning</span></a></li>
<li class="nav-item active"><a href="/nyheder" id="nav-item-14" class="nav-link" title="Nyheder"><span class="nav-link-text">Nyheder</span></a></li>
<li class="nav-item"><a href="/om-instituttet" id="nav-item-15" class="nav-link" title="Om instituttet"><span class="nav-link-text">Om instituttet</span></a></li>
</ul>
</nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Brødkrummesti">
<div class="container">
<ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Forside"><span class="breadcrumb-text">Forside</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/nyheder" title="Nyheder"><span class="breadcrumb-text">Nyheder</span></a></li>
<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{E(HEADLINE)}</span></li>
</ol>
</div>
</nav>
<div id="page-content" class="bp-page-content main-section">
<main>
<div class="section section-default">
<div id="c{CID}" class="frame frame-default frame-type-list frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none">
<div class="frame-container">
<div class="frame-inner">
<div class="news news-single">
	<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
		<div class="header">
			<h1 itemprop="headline">{E(HEADLINE)}</h1>
		</div>
		<div class="footer">
			<p>
				<!-- date -->
				<span class="news-list-date">
					<time itemprop="datePublished" datetime="{PUB.isoformat()}">
						{PUB.strftime("%d.%m.%Y")}
					</time>
				</span>
				<!-- categories -->
				<span class="news-list-category">Forskning</span>
				<!-- author -->
				<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
					af <span itemprop="name">Mette Kjær</span>
				</span>
			</p>
		</div>
		<!-- teaser -->
		<div class="lead" itemprop="description">
			<p>Fra ViT til ConvNeXt: i foråret læser vi otte artikler om, hvordan transformere og foldningsnetværk klarer sig i billedgenkendelse.</p>
		</div>
		<!-- main text -->
		<div class="news-text-wrap" itemprop="articleBody">
			{body}
		</div>
		<!-- related things -->
		<div class="news-related-wrap">
			<!-- Related links -->
			<div class="news-related news-related-links">
				<h4>Relaterede links</h4>
				<ul>
					<li><a href="https://github.com/huggingface/pytorch-image-models" target="_blank" rel="noreferrer" title="timm">timm – PyTorch Image Models</a></li>
					<li><a href="/forskning/billedanalyse" title="Billedanalyse">Forskningsgruppen i billedanalyse</a></li>
				</ul>
			</div>
		</div>
		<!-- Link Back -->
		<div class="news-backlink-wrap">
			<a href="/nyheder">Tilbage</a>
		</div>
	</div>
</div>
</div>
</div>
</div>
</div>
</main>
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-meta">
<div class="container">
<div class="frame frame-default frame-background-none frame-space-before-none frame-space-after-none">
<div class="frame-container">
<div class="frame-inner">
<div class="footer-info-section">
<p>Institut for Datalogi · Vesterhavs Universitet · Havnegade 4 · 6700 Esbjerg</p>
<ul class="footer-meta-navigation">
<li><a href="/tilgaengelighedserklaering">Tilgængelighedserklæring</a></li>
<li><a href="/privatlivspolitik">Privatlivspolitik</a></li>
<li><a href="/kontakt">Kontakt</a></li>
</ul>
</div>
</div>
</div>
</div>
</div>
</section>
</footer>
<a class="scroll-top" title="Til toppen" href="#top"><span class="scroll-top-icon"></span></a>
</div>
</body>
</html>"""
write_only(F, page, keys(F), forms=[html.unescape(page)])
