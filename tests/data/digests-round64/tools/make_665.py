#!/usr/bin/env python3
"""665: an Ameba blog (Ameblo) entry page as served (HTML5, lang="ja"): og / twitter meta, canonical
entry-<12 digits>.html, a window.INIT_DATA JSON blob (entryState with the entry's id / title / theme / dates, no body),
skin-* classes and data-uranus-component attributes on the blog header, entry title, entry body and footer, the
theme link (テーマ：), いいね！ / コメント / リブログ buttons, recent entries and the Ameba footer. The entry body is
Ameblo's editor HTML (<p> per line, <br>, <a target="_blank">). A Japanese post on detection and AI for science."""
import html as H, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F665, keys

BLOG, EID = "kenkyu-nikki-mizuho", "12843519276"
URL = f"https://ameblo.jp/{BLOG}/entry-{EID}.html"
TITLE = "今月読んだ論文まとめ（検出・可視化・科学計算）"
E = lambda s: H.escape(s, quote=False)


def link(u, label=None):
    return f'<a href="{E(u)}" target="_blank">{E(label or u)}</a>'


body = [
    "こんにちは、みずほです。今月は学会準備の合間に読んだ論文をまとめておきます。自分用のメモなので雑ですがご容赦ください🙇‍♀️",
    "",
    "<b>■ 物体検出まわり</b>",
    f"1本目は {E(T('2010.04159'))}。",
    f"著者：{E(au('2010.04159'))}（ICLR 2021）",
    link("https://arxiv.org/abs/2010.04159"),
    "DETRの収束の遅さを、参照点まわりの少数のサンプリング点だけに注意を向けることで解決。研究室の検出タスクでもベースラインにしています。",
    "",
    f"2本目は {E(T('2012.07177'))}（{E(au('2012.07177'))}、CVPR 2021）。",
    link("https://arxiv.org/pdf/2012.07177.pdf", "論文PDF（arXiv）"),
    "貼り付けるだけのデータ拡張がこんなに効くのか…という驚き。うちのデータセットでも試す予定。",
    "",
    "<b>■ マッチング・変化検出</b>",
    f"{E(T('2103.14167'))}（{E(au('2103.14167'))}、ICCV 2021）。",
    f"{E(T('2103.14146'))}（{E(au('2103.14146'))}、ICCV 2021）。",
    "どちらもTransformerを画像ペアに使う話で、輪読会で続けて読みました。PDFは研究室の共有フォルダにあります。",
    "",
    "<b>■ マルチモーダル</b>",
    f"{E(T('2301.12597'))}",
    f"{E(au('2301.12597'))}, arXiv:2301.12597",
    "凍結した画像エンコーダとLLMをQ-Formerでつなぐ。学習コストが小さいのが魅力です。",
    "",
    "<b>■ 可視化ツール</b>",
    f"{E(T('2103.14625'))}（{E(au('2103.14625'))}）",
    link("https://arxiv.org/abs/2103.14625"),
    "アテンションヘッドを対話的に眺められる論文。デモサイトも面白いです（デモ自体は論文ではありません）。",
    "",
    "<b>■ おまけ：科学計算・グラフ</b>",
    f"隣の研究室の輪読で {E(T('2010.08895'))}（{E(au('2010.08895'))}、ICLR 2021）と、"
    f"{E(T('2106.05234'))}（{E(au('2106.05234'))}、NeurIPS 2021）を読みました。分野外なので半分くらいしか分かっていません😅",
    "",
    "来月はCVPRの締切明けなので、もう少し落ち着いて読めるはず…！",
    "参考にしたブログ：Lilian Weng さんのブログ、および「ゼロから作るDeep Learning」（書籍）。",
    "",
    "<b>#論文紹介 #機械学習 #コンピュータビジョン #大学院生の日常</b>",
]
body_html = "\n".join(f"<p>{l}</p>" if l else "<p>&nbsp;</p>" for l in body)

init = {"bloggerState": {"blogMap": {BLOG: {"amebaId": BLOG, "blog_id": 10098345210, "blog_title": "みずほの研究日記",
                                           "blog_description": "情報系大学院生の研究と日常（架空のブログ）", "open_flg": "1"}}},
        "entryState": {"entryMap": {EID: {"entry_id": int(EID), "blog_id": 10098345210, "entry_title": TITLE,
                                          "entry_created_datetime": "2024-03-17T22:41:05+09:00",
                                          "entry_updated_datetime": "2024-03-17T23:02:48+09:00",
                                          "theme_id": 10117223845, "theme_name": "研究", "publish_flg": "open",
                                          "comment_cnt": 2, "reblog_cnt": 0, "iine_cnt": 18}}},
        "themesState": {"themeMap": {"10117223845": {"theme_id": 10117223845, "theme_name": "研究", "entry_cnt": 46}}}}
init_json = json.dumps(init, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")

recent = [("entry-12841877302", "春休みの研究室、静かすぎる問題"), ("entry-12840016459", "初めての国際学会の準備メモ"),
          ("entry-12838790121", "GPUサーバーが落ちた日の話"), ("entry-12836522840", "輪読会の進め方を変えてみた")]
recent_html = "\n".join(f'<li class="skin-widgetRecentEntryItem"><a href="https://ameblo.jp/{BLOG}/{e}.html" class="skin-widgetRecentEntryLink">{E(t)}</a></li>' for e, t in recent)

page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(TITLE)} | みずほの研究日記</title>
<meta name="description" content="こんにちは、みずほです。今月は学会準備の合間に読んだ論文をまとめておきます。">
<meta property="og:title" content="{E(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="みずほの研究日記">
<meta property="og:image" content="https://stat.ameba.jp/user_images/20240317/22/{BLOG}/3a/7f/j/o1080081015412345678.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@ameblo_official">
<link rel="canonical" href="{URL}">
<link rel="alternate" type="application/rss+xml" title="みずほの研究日記" href="https://rssblog.ameba.jp/{BLOG}/rss20.xml">
<link rel="stylesheet" href="https://stat100.ameba.jp/ameblo/pc/css/templateStandard.css">
<script>window.INIT_DATA={init_json};</script>
</head>
<body>
<div id="app">
<div class="skin-blogHeader" data-uranus-component="blogHeader">
<div class="skin-blogHeaderInner">
<h2 class="skin-blogTitle"><a href="https://ameblo.jp/{BLOG}/" class="skin-blogTitleLink">みずほの研究日記</a></h2>
<p class="skin-blogDescription">情報系大学院生の研究と日常（架空のブログ）</p>
</div>
<ul class="skin-blogMenu" data-uranus-component="blogMenu">
<li><a href="https://ameblo.jp/{BLOG}/">ブログトップ</a></li>
<li><a href="https://ameblo.jp/{BLOG}/entrylist.html">記事一覧</a></li>
<li><a href="https://ameblo.jp/{BLOG}/imagelist.html">画像一覧</a></li>
</ul>
</div>
<main class="skin-blogMain">
<article class="skin-entry" data-uranus-component="entry" data-unique-entry-id="{EID}" data-unique-ameba-id="{BLOG}">
<div class="skin-entryHead">
<h1 class="skin-entryTitle" data-uranus-component="entryTitle"><a href="{URL}" class="skinArticleTitle" rel="bookmark">{E(TITLE)}</a></h1>
<div class="skin-entryPubdate"><time datetime="2024-03-17T22:41:05+09:00" pubdate="pubdate">2024-03-17 22:41:05</time></div>
<div class="skin-entryThemes">テーマ：<a href="https://ameblo.jp/{BLOG}/theme-10117223845.html" rel="tag">研究</a></div>
</div>
<div class="skin-entryBody" id="entryBody" data-uranus-component="entryBody">
{body_html}
</div>
<div class="skin-entryFoot" data-uranus-component="entryFoot">
<ul class="skin-entryActions">
<li><button type="button" class="skin-iineBtn" data-uranus-component="iineButton">いいね！<span class="skin-iineCount">18</span></button></li>
<li><a href="{URL}#cbox" class="skin-commentBtn">コメント<span>2</span></a></li>
<li><a href="https://blog.ameba.jp/reblog/input?reblogAmebaId={BLOG}&amp;entryId={EID}" class="skin-reblogBtn">リブログ</a></li>
</ul>
<div class="skin-shareBtns"><a href="https://twitter.com/intent/tweet?url={E(URL)}&amp;text={E(TITLE)}">ポスト</a> <a href="https://www.facebook.com/sharer/sharer.php?u={E(URL)}">シェア</a></div>
</div>
<section class="skin-commentArea" id="cbox" data-uranus-component="commentArea">
<h3>コメント</h3>
<div class="skin-comment"><p class="skin-commentName">ゆうと</p><p class="skin-commentBody">まとめありがとうございます！コピペ拡張、うちでも効きました。</p><time datetime="2024-03-18T08:12:44+09:00">2024-03-18 08:12:44</time></div>
<div class="skin-comment"><p class="skin-commentName">みずほ（ブログ主）</p><p class="skin-commentBody">＞ゆうとさん　やっぱり効くんですね！設定を今度教えてください。</p><time datetime="2024-03-18T12:30:09+09:00">2024-03-18 12:30:09</time></div>
</section>
</article>
<nav class="skin-entryPaging"><a href="https://ameblo.jp/{BLOG}/entry-12841877302.html" rel="prev">&lt; 前の記事</a></nav>
</main>
<aside class="skin-blogSide">
<div class="skin-widget" data-uranus-component="profile"><h3>プロフィール</h3><p>みずほ</p><p>情報系の修士2年。画像認識を研究中。</p></div>
<div class="skin-widget" data-uranus-component="recentEntries"><h3>最新の記事</h3>
<ul>
{recent_html}
</ul></div>
<div class="skin-widget"><h3>テーマ</h3><ul><li><a href="https://ameblo.jp/{BLOG}/theme-10117223845.html">研究 (46)</a></li><li><a href="https://ameblo.jp/{BLOG}/theme-10117223999.html">日常 (71)</a></li></ul></div>
</aside>
<footer class="skin-blogFooter" data-uranus-component="footer">
<p><a href="https://www.ameba.jp/">Ameba</a> | <a href="https://ameblo.jp/">アメーバブログ（アメブロ）</a> | <a href="https://helps.ameba.jp/">ヘルプ</a></p>
<p class="skin-copyright">CyberAgent, Inc. All Rights Reserved.</p>
</footer>
</div>
</body>
</html>
"""
write_only(F665, page, keys(F665), [H.unescape(page)])
