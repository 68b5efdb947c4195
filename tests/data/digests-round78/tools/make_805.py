#!/usr/bin/env python3
"""805: a Seesaa ブログ entry page (article/NNN.html, a classic XHTML 1.0 Transitional template): the Seesaa head
(Content-Style-Type / Content-Script-Type metas, RSS `index20.rdf`, `styles-index.css?…`, seesaa_blog.js), `#banner`
with the blog title and description, `h2.date` (2024年03月04日), `div.blogbody` with `h3.title`, `div.text` and the
`posted by … at 21:14| Comment(2) | カテゴリ |` line, a スポンサーリンク ad block, comments (`#comments` with `posted by
… at 2024年03月05日 08:12`), the comment form, sidebar (最近の記事 / カテゴリ / 過去ログ / 最近のコメント / 検索 / RDF),
and the "Powered by Seesaaブログ" footer. Japanese; papers on vision architectures, AutoML, 3D rendering and audio
(a year's reading, as a personal blog lists it)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(805)
BLOG = "https://kenkyu-katasumi.seesaa.net"
ART = f"{BLOG}/article/502716844.html"


def li(inner):
    return f"<li>{inner}</li>\n"


BODY = f"""今年度も残りわずか。研究室の輪読とは別に、個人的に読んだ論文を振り返っておきます。<br />
分野がばらばらなのは、M2の修論（画像認識の軽量化）と、趣味の音声合成・3Dの両方を追いかけていたせいです…。<br />
<br />
<b>■ 画像認識のアーキテクチャ</b><br />
<br />
<ul>
{li(f'<a href="https://arxiv.org/abs/1905.11946" target="_blank">{T("1905.11946")}</a><br />{au("1905.11946")}。幅・深さ・解像度を同時にスケールする compound scaling。修論のベースライン。')}{li(f'{T("2004.08955")}<br />{au("2004.08955", 3)}。Split-Attention を入れた残差ネットワーク系。リンクは貼りませんが、著者実装がよくまとまっています。')}{li(f'{T("1912.11370")}<br />{au("1912.11370", 3)}。大規模事前学習＋シンプルな転移の手順。学習率スケジュールの決め方（BiT-HyperRule）が実用的。')}</ul>
<br />
<b>■ AutoML／アーキテクチャ探索</b><br />
<br />
<ul>
{li(f'{T("2108.04392")}（arXiv:2108.04392）<br />{au("2108.04392", 3)}。アーキテクチャの重みαの大きさで演算を選ぶのは妥当か？という問い。探索後の「選び方」を変えるだけで結果が良くなるのが面白い。')}{li(f'{T("2006.03656")}<br />{au("2006.03656", 3)}。ハイパーパラメータとアーキテクチャを同時に探索。研究室の計算資源では再現は無理でした（笑）')}</ul>
<br />
<b>■ 3D・人物</b><br />
<br />
<ul>
{li(f'<a href="https://arxiv.org/abs/2308.04079" target="_blank">{T("2308.04079")}</a><br />{au("2308.04079")}。今年いちばん話題になった論文かも。ビューアを手元で動かすと感動します。')}{li(f'{T("2103.14338")}<br />{au("2103.14338")}。少数の画像から人物の動きを転写。ゼミの発表で紹介されていたのでメモ。')}</ul>
<br />
<b>■ 音声</b><br />
<br />
<ul>
{li(f'<a href="https://arxiv.org/pdf/2009.09761.pdf" target="_blank">{T("2009.09761")}</a><br />{au("2009.09761")}。拡散モデルで波形を直接生成。LJSpeech で学習させてみたら、GPU 1枚で3日かかりました。')}</ul>
<br />
<b>■ 論文以外で役に立ったもの</b><br />
<br />
・書籍『ゼロから作るDeep Learning』シリーズ（後輩に貸したまま返ってこない）<br />
・timm（PyTorch Image Models）――ライブラリです。上の画像系の実装はほぼこれで試せます<br />
・大学の「画像情報処理特論」の講義資料（学内限定）<br />
・ImageNet の 100 クラスサブセット（研究室サーバの /data 以下）<br />
<br />
来年度は、もう少しテーマを絞って読みたいと思います。それでは。<br />"""

COMMENTS = [("やまね", "2024年03月05日 08:12", "3Dの論文、うちの研究室でも話題でした！ビューアはどれを使いましたか？"),
            ("ひろ@管理人", "2024年03月05日 22:47", "やまねさん、コメントありがとうございます。公式実装に付いているビューアを使いました。Windows だとビルドに少し苦労します。")]

CMT = "".join(f"""<div class="comment">
<div class="comment-body">{c}</div>
<div class="comment-posted">Posted by {n} at {t}</div>
</div>
""" for n, t, c in COMMENTS)

RECENT = ["2023年に読んだ論文まとめ（画像・AutoML・3D・音声）", "修論発表が終わりました", "研究室の GPU サーバを入れ替えた話",
          "学会（国内）で初めてポスター発表", "LaTeX の図がずれる問題、解決"]
SIDE_RECENT = "".join(f'<li><a href="{BLOG}/article/{502716844 - 1731 * i}.html">{t}</a> ({(4 - i // 2):02d}/{28 - 5 * i:02d})</li>\n' for i, t in enumerate(RECENT))

text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<meta name="description" content="情報系M2の研究メモと日記。画像認識、音声合成、ときどき3D。" />
<title>2023年に読んだ論文まとめ（画像・AutoML・3D・音声）: 研究室の片隅で</title>
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{BLOG}/index20.rdf" />
<link rel="stylesheet" href="{BLOG}/styles-index.css?1709554800" type="text/css" />
<link rel="start" href="{BLOG}/" title="研究室の片隅で" />
<link rel="prev" href="{BLOG}/article/502715113.html" title="修論発表が終わりました" />
<meta property="og:title" content="2023年に読んだ論文まとめ（画像・AutoML・3D・音声）" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{ART}" />
<meta property="og:site_name" content="研究室の片隅で" />
<script type="text/javascript" src="//static.seesaa.jp/js/seesaa_blog.js" charset="utf-8"></script>
</head>
<body>
<div id="container">

<div id="banner">
<h1><a href="{BLOG}/" accesskey="1">研究室の片隅で</a></h1>
<div class="description">情報系M2の研究メモと日記。画像認識、音声合成、ときどき3D。</div>
</div>

<div id="content">
<div class="blog">

<h2 class="date">2024年03月04日</h2>

<div class="blogbody">
<a name="502716844"></a>
<div class="entry-title"><h3 class="title">2023年に読んだ論文まとめ（画像・AutoML・3D・音声）</h3></div>
<div class="text">
{BODY}</div>
<div class="posted">posted by ひろ@管理人 at 21:14| <a href="{ART}#comment">Comment(2)</a> | <a href="{BLOG}/category/9481733-1.html">論文メモ</a> | </div>
</div>

<div class="ad">
<div class="title">スポンサーリンク</div>
<div class="ad-body"><!-- seesaa ad -->
<script type="text/javascript" src="//static.seesaa.jp/ad/blog_pc_article_bottom.js" charset="utf-8"></script>
</div>
</div>

<a name="comment"></a>
<div id="comments">
<div class="comments-head">この記事へのコメント</div>
{CMT}</div>

<div class="comment-form">
<div class="comments-head">コメントを書く</div>
<form method="post" action="https://blog.seesaa.jp/comment_post" name="comments_form">
<input type="hidden" name="article_id" value="502716844" />
<label for="author">お名前:</label> <input id="author" name="author" size="30" /><br />
<label for="email">メールアドレス:</label> <input id="email" name="email" size="30" /><br />
<label for="url">ホームページアドレス:</label> <input id="url" name="url" size="30" /><br />
<label for="text">コメント:</label><br />
<textarea id="text" name="text" rows="10" cols="50"></textarea><br />
<input type="submit" name="post" value="送信" />
</form>
</div>

</div>
</div>

<div id="links">
<div class="sidetitle">検索</div>
<div class="side">
<form method="get" action="https://blog.seesaa.jp/search"><input type="hidden" name="blog" value="kenkyu-katasumi" /><input type="text" name="keyword" size="14" /><input type="submit" value="検索" /></form>
</div>
<div class="sidetitle">最近の記事</div>
<div class="side"><ul>
{SIDE_RECENT}</ul></div>
<div class="sidetitle">カテゴリ</div>
<div class="side"><ul>
<li><a href="{BLOG}/category/9481733-1.html">論文メモ</a>(27)</li>
<li><a href="{BLOG}/category/9481734-1.html">研究室生活</a>(41)</li>
<li><a href="{BLOG}/category/9481735-1.html">環境構築</a>(18)</li>
<li><a href="{BLOG}/category/9481736-1.html">日記</a>(63)</li>
</ul></div>
<div class="sidetitle">過去ログ</div>
<div class="side"><ul>
<li><a href="{BLOG}/archives/202403-1.html">2024年03月</a>(2)</li>
<li><a href="{BLOG}/archives/202402-1.html">2024年02月</a>(4)</li>
<li><a href="{BLOG}/archives/202401-1.html">2024年01月</a>(3)</li>
<li><a href="{BLOG}/archives/202312-1.html">2023年12月</a>(5)</li>
</ul></div>
<div class="sidetitle">最近のコメント</div>
<div class="side"><ul>
<li>ひろ@管理人 (03/05)<br /><a href="{ART}#comment">2023年に読んだ論文まとめ（画像・AutoML・3D・音声）</a></li>
<li>やまね (03/05)<br /><a href="{ART}#comment">2023年に読んだ論文まとめ（画像・AutoML・3D・音声）</a></li>
<li>M1のK (02/19)<br /><a href="{BLOG}/article/502713382.html#comment">研究室の GPU サーバを入れ替えた話</a></li>
</ul></div>
<div class="sidetitle">RDF Site Summary</div>
<div class="side"><a href="{BLOG}/index.rdf">RSS 1.0</a> / <a href="{BLOG}/index20.rdf">RSS 2.0</a></div>
</div>

<div id="footer">
<div class="powered">Powered by <a href="https://blog.seesaa.jp/" target="_blank">Seesaaブログ</a></div>
</div>

</div>
</body>
</html>
"""
write_only(F, text, keys(F))
