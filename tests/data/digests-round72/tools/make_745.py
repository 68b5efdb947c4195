#!/usr/bin/env python3
"""745: a livedoor Blog entry page (archives/<id>.html, a PC default-theme layout): HTML5, `<abbr class="updated"
title="…+09:00">` dates, `h2.article-title.entry-title`, category link `archives/cat_<n>.html`, body in
`div.article-body-inner` written with `<br />` line breaks (the editor's way), a `div.article-body-more` part after
「続きを読む」, tags, SNS buttons, ad slots, ブログ村 ranking banner, the comment list (`li.comment`, numbered
"1. Posted by … 2024年03月10日 08:12"), and a sidebar (profile, recent entries, archives). Japanese post on vision
foundation models, 3D and optimisation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A
from make_expected import by_num, keys
from html import escape

F = by_num(745)
k = keys(F)
BLOG, BID, EID = "研究室の片隅で考えたこと", "kaori_cv_notes", "58213947"
URL = f"http://blog.livedoor.jp/{BID}/archives/{EID}.html"
TITLE = "2024年前期の輪講で読む論文（視覚基盤モデル・3D・最適化）"
t = lambda x: escape(T(x))
inner = "<br />\n".join([
 "こんばんは、かおりです。",
 "研究室の輪講で前期に読む論文が決まったので、自分用のメモも兼ねてまとめておきます。",
 "今年は「視覚の基盤モデル」がテーマで、後半に少しだけ最適化の理論回があります。",
 "",
 "<b>■ 画像とテキストの大規模事前学習</b>",
 f"・{t('2102.05918')}",
 f"　{escape(au('2102.05918', 3))}",
 f'　<a href="{A("2102.05918")}" target="_blank">{A("2102.05918")}</a>',
 f"　ノイズの多い alt-text 10 億ペアでも、そのまま対照学習すれば強い、という話。",
 f"・{t('2303.15343')}",
 f"　{escape(au('2303.15343', 3))}　← softmax ではなくシグモイドで損失を取る。バッチサイズ依存が小さくなるのが嬉しい。",
 "",
 "<b>■ 指示追従とセグメンテーション</b>",
 f"・{t('2304.08485')}",
 f'　<a href="{A("2304.08485")}" target="_blank">{A("2304.08485")}</a>',
 f"・{t('2304.02643')}（arXiv:2304.02643）",
 "　1100 万枚・10 億マスクのデータセットも一緒に公開。データセット自体は論文とは別扱いで紹介します。",
])
more = "<br />\n".join([
 "<b>■ 3D</b>",
 f"・{t('2308.04079')}",
 f"　{escape(au('2308.04079', 3))}（SIGGRAPH 2023）。実装は公式リポジトリか gsplat（どちらもソフトウェア）。",
 "",
 "<b>■ 事前学習 vs 自己学習</b>",
 f"・{t('2006.06882')}",
 f'　<a href="{A("2006.06882")}" target="_blank">{A("2006.06882")}</a>',
 "　強いデータ拡張のもとでは ImageNet 事前学習がむしろ邪魔になることがある、という実験が面白い。",
 "",
 "<b>■ 最適化の理論回（後半）</b>",
 f"・{t('2010.01412')}",
 f"　{escape(au('2010.01412', 3))}、ICLR 2021。",
 f"・{t('2103.13462')}",
 f"　{escape(au('2103.13462', 1))} による解説的なサーベイ。リンクは輪講の資料ページに貼る予定。",
 "",
 "担当が決まっていないのは最後の2本です。立候補お待ちしてます（笑）",
 "",
 "※ Papers with Code のランキングやブログ記事は今回のリストには入れていません。",
])
comments = [
 ("はやと", "2024年03月10日 08:12", "3D の回、ぜひ担当したいです！ gsplat で動かしてみたことがあります。"),
 ("匿名の院生", "2024年03月10日 12:47", "シグモイド損失の論文、バッチサイズの実験表がわかりやすくておすすめです。"),
 ("かおり", "2024年03月10日 21:05", "はやとさん、ありがとうございます！3D の回お願いします〜"),
]
cm = "\n".join(f"""      <li class="comment" id="comment{i}">
        <p class="comment-body">{escape(b)}</p>
        <p class="comment-author">{i}. Posted by {escape(n)} <span class="comment-date">{d}</span></p>
      </li>""" for i, (n, d, b) in enumerate(comments, 1))

text = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{TITLE} : {BLOG}</title>
<meta name="description" content="研究室の輪講で前期に読む論文が決まったので、自分用のメモも兼ねてまとめておきます。">
<meta property="og:title" content="{TITLE}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="{BLOG}">
<link rel="canonical" href="{URL}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="http://blog.livedoor.jp/{BID}/index.rdf">
<link rel="stylesheet" href="https://parts.blog.livedoor.jp/css/template.css">
<link rel="stylesheet" href="http://blog.livedoor.jp/{BID}/site.css?_=20240301">
<script src="https://parts.blog.livedoor.jp/js/lib/jquery.js"></script>
<script src="https://parts.blog.livedoor.jp/js/usr/pc/ld_blog_usr.js"></script>
</head>
<body class="page-entry">
<div id="container">
  <div id="blog-header">
    <h1 id="blog-title"><a href="http://blog.livedoor.jp/{BID}/">{BLOG}</a></h1>
    <p id="blog-description">画像認識を専攻する M2 の雑記帳。論文メモ・輪講・ときどき料理。</p>
  </div>
  <div id="content">
    <div id="main">
      <div class="ad-rectangle"><!-- livedoor blog ad --><div id="ad_pc_article_top"></div></div>
      <div class="article-outer hentry">
        <div class="article-header">
          <p class="article-date"><abbr class="updated" title="2024-03-09T21:15:00+09:00">2024年03月09日</abbr></p>
          <h2 class="article-title entry-title"><a href="{URL}" title="{TITLE}">{TITLE}</a></h2>
          <p class="article-category1"><a href="http://blog.livedoor.jp/{BID}/archives/cat_1423518.html">論文メモ</a></p>
        </div>
        <div class="article-body entry-content">
          <div class="article-body-inner">
{inner}
          </div>
          <a name="more" id="more"></a>
          <div class="article-body-more">
{more}
          </div>
        </div>
        <div class="article-footer">
          <ul class="article-footer-tag">
            <li><a href="http://blog.livedoor.jp/{BID}/tag/輪講">輪講</a></li>
            <li><a href="http://blog.livedoor.jp/{BID}/tag/コンピュータビジョン">コンピュータビジョン</a></li>
          </ul>
          <div class="article-footer-sns">
            <a href="https://twitter.com/share" class="twitter-share-button" data-lang="ja">ポスト</a>
            <a href="https://b.hatena.ne.jp/entry/{URL}" class="hatena-bookmark-button">はてなブックマーク</a>
          </div>
          <p class="article-footer-info">{BID} at 21:15 │<a href="{URL}#comments">コメント(3)</a>│</p>
        </div>
      </div>
      <div class="ad-rectangle"><div id="ad_pc_article_bottom"></div></div>
      <div class="blogmura-banner"><a href="https://science.blogmura.com/" target="_blank">にほんブログ村 科学ブログへ</a></div>
      <div id="comments">
        <h3 class="comments-head">コメント</h3>
        <ol class="comments-list">
{cm}
        </ol>
        <p class="comment-form-link"><a href="{URL}#comment-form">コメントする</a></p>
      </div>
      <div class="pager">
        <a href="http://blog.livedoor.jp/{BID}/archives/58190211.html" class="prev">« 修論の中間発表が終わった</a>
        <a href="http://blog.livedoor.jp/{BID}/archives/58240376.html" class="next">春休みに作ったカレーの記録 »</a>
      </div>
    </div>
    <div id="sidebody">
      <div class="sidebody">
        <h4 class="sidetitle">プロフィール</h4>
        <div class="side">かおり<br />都内の大学院でコンピュータビジョンを研究中。このブログは個人の見解です。</div>
      </div>
      <div class="sidebody">
        <h4 class="sidetitle">最新記事</h4>
        <ul class="side">
          <li><a href="http://blog.livedoor.jp/{BID}/archives/58240376.html">春休みに作ったカレーの記録</a></li>
          <li><a href="{URL}">{TITLE}</a></li>
          <li><a href="http://blog.livedoor.jp/{BID}/archives/58190211.html">修論の中間発表が終わった</a></li>
        </ul>
      </div>
      <div class="sidebody">
        <h4 class="sidetitle">アーカイブ</h4>
        <ul class="side">
          <li><a href="http://blog.livedoor.jp/{BID}/archives/2024-03.html">2024年03月</a></li>
          <li><a href="http://blog.livedoor.jp/{BID}/archives/2024-02.html">2024年02月</a></li>
          <li><a href="http://blog.livedoor.jp/{BID}/archives/2024-01.html">2024年01月</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div id="footer">
    <p class="powered">Powered by <a href="https://blog.livedoor.com/">ライブドアブログ</a></p>
  </div>
</div>
<script>ld_blog_vars = {{ "blog": {{ "blog_id": "{BID}", "blog_name": "{BLOG}" }}, "article": {{ "id": {EID}, "category_id": 1423518 }} }};</script>
</body>
</html>
"""
write_only(F, text, k)
