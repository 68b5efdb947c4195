#!/usr/bin/env python3
"""353: a Hatena Blog entry page (Japanese), saved from the browser as HTML. Not the dev set's Zenn Markdown or lab
HTML page: Hatena's markup (the entry's <time datetime> with date-year / date-month / date-day spans, h1.entry-title
with the blog name after " - " in <title>, entry-categories, entry-content with h3 headings whose ids Hatena
generates, blockquote cites, footnotes written as ((…)) and rendered as *1 / *2 with a div.footnote, the footer with
author, star container, "はてなブックマーク", "コメントを書く", the sidebar's プロフィール / 最新記事 / 月別アーカイブ).
Papers: an arXiv abs link and a versioned pdf link (link), an OpenReview forum link (link), "arXiv:ID" (arxiv-text),
titles in 『』, in <strong>, in a blockquote and in a footnote (title-only). The 輪読会 itself, the Hugging Face
diffusers library, Nerfstudio, and the sidebar's other entries are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F353, keys

BLOG = "ぬるぽ研究ノート"
TITLE = "拡散モデルから3D生成まで：研究室の輪読会で読んだ9本をふりかえる"
URL = "https://nullpo-lab.hatenablog.example/entry/2023/11/20/210000"
text = f"""<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.example" data-avail-langs="ja en" data-blog-name="{BLOG}" data-page="entry">
<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE} - {BLOG}</title>
<meta property="og:title" content="{TITLE} - {BLOG}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta name="description" content="今年度前期の輪読会で読んだ生成モデルの論文9本のまとめです。">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.example/css/blog.css?version=8f3e0b2c">
</head>
<body class="page-entry header-image-enable enable-bottom-editarea">
<div id="globalheader-container"><iframe id="globalheader" src="https://blog.hatena.example/-/globalheader" title="はてなブログ ヘッダ"></iframe></div>
<div id="container">
<header id="blog-title"><div id="blog-title-inner"><h2 id="title"><a href="https://nullpo-lab.hatenablog.example/">{BLOG}</a></h2><h3 id="blog-description">情報系 M2 の雑記と論文メモ</h3></div></header>
<div id="content" class="hfeed">
<div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-2400 words-100 mode-markdown entry-odd" data-keyword-campaign="" data-uuid="6801883189059998812">
<div class="entry-inner">
<header class="entry-header">
<div class="date entry-date first"><a href="https://nullpo-lab.hatenablog.example/archive/2023/11/20" rel="nofollow"><time datetime="2023-11-20T12:00:00Z" title="2023-11-20T12:00:00Z"><span class="date-year">2023</span><span class="hyphen">-</span><span class="date-month">11</span><span class="hyphen">-</span><span class="date-day">20</span></time></a></div>
<h1 class="entry-title"><a href="{URL}" class="entry-title-link bookmark">{TITLE}</a></h1>
<div class="entry-categories categories"><a href="https://nullpo-lab.hatenablog.example/archive/category/%E8%AB%96%E6%96%87%E7%B4%B9%E4%BB%8B" class="entry-category-link category-論文紹介">論文紹介</a><a href="https://nullpo-lab.hatenablog.example/archive/category/%E6%8B%A1%E6%95%A3%E3%83%A2%E3%83%87%E3%83%AB" class="entry-category-link category-拡散モデル">拡散モデル</a></div>
</header>
<div class="entry-content hatenablog-entry">
<p>こんにちは、ぬるぽです。研究室の輪読会（毎週木曜 13:30〜）で、今年度前期は生成モデルをテーマに 9 本読みました。担当した回のメモをまとめておきます。数式は最小限にして、「何が新しかったか」と「自分の研究にどう効くか」を中心に書きます。</p>
<p>順番は輪読会で読んだ順です。</p>
<h3 id="1-スコアベースの原点">1. スコアベースの原点</h3>
<p>最初の回は Song & Ermon の『{T('1907.05600')}』。データ分布の対数密度の勾配（スコア）をノイズの大きさごとに学習し、ランジュバン動力学でサンプリングする、という発想です。ノイズレベルを複数用意するのがミソで、ここが後の拡散モデルとつながります。</p>
<h3 id="2-DDPM">2. DDPM</h3>
<p><strong>{T('2006.11239')}</strong>（<a href="https://arxiv.org/abs/2006.11239">arXiv</a>）。ノイズ予測の MSE という単純な目的関数で、GAN に迫る画質が出ることを示した論文です。輪読会では変分下界から ε 予測の式を導くところに 1 時間かかりました。</p>
<h3 id="3-DDIM-と-SDE">3. DDIM と SDE による統一</h3>
<p>サンプリングを速くする DDIM（<a href="https://openreview.net/forum?id=St1giarCHLP">{T('2010.02502')}</a>）と、スコアベースと DDPM を確率微分方程式で統一した論文を 2 回に分けて読みました。</p>
<blockquote>
<p>{T('2011.13456')}</p>
<cite>Song et al., ICLR 2021</cite>
</blockquote>
<p>DDPM も NCSN も同じ SDE の離散化の違いにすぎない、というのが一番の収穫でした。確率フロー ODE の話は後半の Consistency Models にも出てきます。</p>
<h3 id="4-潜在空間と-VAE">4. 潜在空間と VAE</h3>
<p>VAE の潜在空間でスコアモデルを学習する LSGM、つまり『{T('2106.05931')}』は、Stable Diffusion より前に「潜在空間で拡散」をやっていた論文として読みました。比較用に、VAE 側の改良として {T('2010.02014')} も担当者が紹介してくれました<a href="#f-3c1a9e2b" name="fn-3c1a9e2b" title="Gatopoulos &amp; Tomczak, 2020。こちらは拡散モデルではなく VAE の論文です。">*1</a>。</p>
<h3 id="5-一歩で生成する">5. 一歩で生成する</h3>
<p>{T('2303.01469')}（arXiv:2303.01469）。ODE の軌道上のどの点からでも始点に写す「一貫性」を学習し、1〜2 ステップで生成します。蒸留版と単独学習版の両方があるのが面白いところです。</p>
<h3 id="6-3D-へ">6. 3D へ</h3>
<p>後半の 2 回は 3D です。</p>
<ul>
<li>Zero-1-to-3：<a href="https://arxiv.org/pdf/2303.11328v1">{T('2303.11328')}</a>。画像 1 枚とカメラの相対姿勢を条件に、別視点の画像を拡散モデルで生成します。</li>
<li>3D Gaussian Splatting<a href="#f-9d0b7f41" name="fn-9d0b7f41" title="{T('2308.04079')}（SIGGRAPH 2023 / ACM TOG）">*2</a>。拡散モデルではありませんが、最近の text-to-3D はほぼこの表現を使っているので入れました。Nerfstudio で試せます。</li>
</ul>
<h3 id="まとめ">まとめ</h3>
<p>スコア → DDPM → DDIM/SDE → 潜在空間 → 少ステップ → 3D と読むと、話が一本の線でつながります。diffusers ライブラリのスケジューラ名（<code>DDIMScheduler</code> など）の意味がわかるようになったのが実務的には一番大きかったです。</p>
<p>後期は動画生成の予定です。</p>
<div class="footnote">
<p class="footnote"><a href="#fn-3c1a9e2b" name="f-3c1a9e2b" class="footnote-number">*1</a><span class="footnote-delimiter">:</span><span class="footnote-text">Gatopoulos &amp; Tomczak, 2020。こちらは拡散モデルではなく VAE の論文です。</span></p>
<p class="footnote"><a href="#fn-9d0b7f41" name="f-9d0b7f41" class="footnote-number">*2</a><span class="footnote-delimiter">:</span><span class="footnote-text">{T('2308.04079')}（SIGGRAPH 2023 / ACM TOG）</span></p>
</div>
</div>
<footer class="entry-footer">
<div class="entry-tags-wrapper"><div class="entry-tags"></div></div>
<p class="entry-footer-section track-inview-by-gtm" data-gtm-track-json="{{&quot;area&quot;: &quot;finish_reading&quot;}}">
<span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="nullpo_m2">nullpo_m2</span></span>
<span class="entry-footer-time"><a href="{URL}"><time data-relative datetime="2023-11-20T12:00:00Z" title="2023-11-20T12:00:00Z" class="updated">2023-11-20 21:00</time></a></span>
</p>
<div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="{URL}" data-hatena-star-title="{TITLE}" data-hatena-star-variant="profile-icon inline"></div>
<div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.example/entry/s/nullpo-lab.hatenablog.example/entry/2023/11/20/210000" class="hatena-bookmark-button">はてなブックマーク</a></div></div>
<div class="customized-footer"></div>
</footer>
<div class="comment-box js-comment-box">
<ul class="comment js-comment"><li class="read-more-comments" style="display: none;"><a>もっと読む</a></li></ul>
<a class="leave-comment-title js-leave-comment-title">コメントを書く</a>
</div>
</div>
</article>
</div></div>
<aside id="box2"><div id="box2-inner">
<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="https://nullpo-lab.hatenablog.example/about" class="profile-icon-link">nullpo_m2</a><div class="profile-description"><p>情報系 M2。画像生成と 3D。</p></div><a class="hatena-follow-button">読者になる</a></div></div>
<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title">最新記事</div><div class="hatena-module-body"><ul class="recent-entries hatena-urllist">
<li class="urllist-item recent-entries-item"><a href="https://nullpo-lab.hatenablog.example/entry/2023/11/02/230000" class="urllist-title-link">M2 の秋、修論の章立てを決めた話</a></li>
<li class="urllist-item recent-entries-item"><a href="https://nullpo-lab.hatenablog.example/entry/2023/10/15/120000" class="urllist-title-link">RTX 4090 を研究室で共有するための Slurm 設定メモ</a></li>
<li class="urllist-item recent-entries-item"><a href="https://nullpo-lab.hatenablog.example/entry/2023/09/28/200000" class="urllist-title-link">学会ポスター発表で聞かれた 10 の質問</a></li>
</ul></div></div>
<div class="hatena-module hatena-module-archive"><div class="hatena-module-title">月別アーカイブ</div><div class="hatena-module-body"><ul class="hatena-urllist archive-module-list">
<li><a href="https://nullpo-lab.hatenablog.example/archive/2023/11">2023 / 11</a></li>
<li><a href="https://nullpo-lab.hatenablog.example/archive/2023/10">2023 / 10</a></li>
<li><a href="https://nullpo-lab.hatenablog.example/archive/2023/09">2023 / 09</a></li>
</ul></div></div>
</div></aside>
</div>
<footer id="footer"><div id="footer-inner"><address class="footer-address"><a href="https://nullpo-lab.hatenablog.example/">{BLOG}</a></address><p class="services">Powered by <a href="https://hatenablog.example/">Hatena Blog</a> | <a href="https://blog.hatena.example/-/abuse_report">ブログを報告する</a></p></div></footer>
</div>
</body>
</html>
"""
write_only(F353, text, keys(F353))
