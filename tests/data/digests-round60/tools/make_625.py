#!/usr/bin/env python3
"""625: an FC2 blog entry page (blog-entry-87.html, an old XHTML template) saved from the browser: EUC-JP bytes
(characters EUC-JP lacks stored as &#NNN;), LF line ends, meta charset=EUC-JP, the [FC2 Analyzer] snippet, #header /
#main / .entry with entry_header / entry_body / entry_more ("続きを読む" part), entry_state line
"2024/03/09(土) 21:45:12 | category | コメント:n | トラックバック:0", fc2button-clap / twitter buttons, テーマ / ジャンル,
comments (sub_header / sub_body / sub_footer with [編集]), the comment form (管理者にだけ表示を許可する),
trackback URL, page_navi, sidebar plugins (プロフィール, 最新記事, 最新コメント, 月別アーカイブ, カテゴリ, 検索フォーム,
RSSリンクの表示, リンク, ブロとも申請フォーム, QRコード), "Powered by FC2ブログ" footer. Japanese notes on vision
backbones, vision-language models, segmentation and 3D."""
import os, sys
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_charset_ncr
from make_expected import F625, keys, LECUN

BLOG = "https://tsukimi7ml.blog.fc2.com"
NAME = "月見台の機械学習ノート"
ENTRY = 87
SUBJ = "画像認識とVLMの論文メモ（2024年3月・研究室輪読の準備）"


def a(url, label=None):
    return f'<a href="{escape(url)}" target="_blank">{escape(label or url)}</a>'


body = f"""こんばんは、月見台です。<br />来週から研究室の輪読が「画像認識の基礎からVLMまで」というテーマで始まるので、担当分も含めて読む予定の論文をメモしておきます。自分用のメモなので雑ですが、同じテーマで勉強している方の参考になれば。<br /><br /><span style="font-size:large;"><strong>■ 基礎編</strong></span><br /><br />まずは古典から。CNNの原点として先生が必ず読ませる論文です。<br /><strong>{T(LECUN)}</strong><br />{au(LECUN)}（Proceedings of the IEEE, 1998）<br />arXivにはないので、図書館経由でPDFを入手しました。LeNet-5の構成と、後半のグラフ変換ネットワークの話が長いので、前半だけで十分だと思います。<br /><br />次に、比較的新しいバックボーン。<br /><strong>{T('2004.08955')}</strong><br />{au('2004.08955')}<br />{a('https://arxiv.org/abs/2004.08955')}<br />チャネル方向に分割してアテンションをかける、ResNetの素直な拡張です。検出・セグメンテーションのバックボーンとして使われることが多いです。<br /><br />"""

more = f"""<span style="font-size:large;"><strong>■ 視覚と言語</strong></span><br /><br /><strong>{T('2102.05918')}</strong><br />{au('2102.05918')}（ICML 2021）<br />ノイズの多い大規模な画像・alt-textペアでデュアルエンコーダを学習する論文（いわゆるALIGN）。CLIPと同時期で、データのフィルタリングをほとんどしないのがポイント。<br /><br /><strong>{T('2303.15343')}</strong><br />{au('2303.15343')}（ICCV 2023）<br />{a('https://arxiv.org/abs/2303.15343', 'arXivのページ')}<br />ソフトマックスの代わりにシグモイドで画像・テキスト対を独立に二値分類する。バッチサイズを大きくしなくても性能が出るのが実用上うれしい。<br /><br /><strong>{T('2304.08485')}</strong><br />{au('2304.08485')}（NeurIPS 2023）<br />GPT-4で生成した指示データで視覚エンコーダとLLMをつなぐ。輪読ではここが自分の担当です（スライドは後日アップします）。<br /><br /><span style="font-size:large;"><strong>■ セグメンテーションと3D</strong></span><br /><br /><strong>{T('2304.02643')}</strong><br />{au('2304.02643')}<br />arXiv: 2304.02643（研究室のWikiのリンクが切れていたので番号だけ）<br />プロンプトで何でも切り出せる基盤モデル。SA-1Bデータセット（データセットであって論文ではない）も一緒に公開されています。<br /><br /><strong>{T('2308.04079')}</strong><br />{au('2308.04079')}（SIGGRAPH 2023）<br />{a('https://arxiv.org/abs/2308.04079')}<br />NeRFの代わりに3Dガウシアンを直接最適化してラスタライズ。リアルタイム描画できるのが衝撃でした。公式実装のリポジトリ（graphdeco-inria/gaussian-splatting）はライセンスに注意。<br /><br /><span style="font-size:large;"><strong>■ おまけ：ロバスト性</strong></span><br /><br /><strong>{T('2006.14536')}</strong><br />{au('2006.14536')}<br />ReLUを滑らかな活性化関数に置き換えるだけで敵対的学習の精度と頑健性が両立する、という話。輪読の最後の回で扱う予定です。<br /><br /><span style="font-size:large;"><strong>■ 論文以外の資料</strong></span><br /><br />・timm（PyTorch Image Models）：バックボーンの実装はほぼこれで足ります（ライブラリ）<br />・「ゼロから作るDeep Learning」：新入生向けの本。論文ではありません<br />・Papers with Code のリーダーボード：数字の比較用（論文ではない）<br />・東大の公開講座の動画：講義であって論文ではありません<br /><br />それではまた。質問があればコメント欄へどうぞ。"""

comments = [
 (12, "VLMの輪読いいですね", "LLaVAの担当お疲れさまです。Visual Instruction Tuningの後続（1.5）も一緒に紹介するとウケると思います。", "名無しの院生", "2024/03/10(日) 08:12:44", None),
 (13, "Re: VLMの輪読いいですね", "ありがとうございます！1.5も少し触れる予定です。", "月見台", "2024/03/10(日) 12:30:02", BLOG + "/"),
]


def comment_html(c):
    cno, title, text, who, when, url = c
    who_html = f'<a href="{url}">{who}</a>' if url else who
    return f"""<div class="sub_header" id="comment{cno}">{title}</div>
<div class="sub_body">{text}</div>
<div class="sub_footer">{when} | URL | {who_html} <a href="https://admin.blog.fc2.com/control.php?mode=editor&amp;process=comment&amp;cno={cno}" title="編集">[編集]</a></div>
"""


page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="author" content="月見台" />
<meta name="description" content="大学院で画像認識を研究しています。読んだ論文と実装のメモ。" />
<title>{SUBJ} - {NAME}</title>
<link rel="stylesheet" type="text/css" href="https://blog-imgs-160.fc2.com/t/s/u/tsukimi7ml/css/7f3a2c.css" media="all" />
<link rel="alternate" type="application/rss+xml" href="{BLOG}/?xml" title="RSS" />
<link rel="start" href="{BLOG}/" title="ホーム" />
<link rel="prev" href="{BLOG}/blog-entry-88.html" title="研究室の計算機環境を整えた話" />
<link rel="next" href="{BLOG}/blog-entry-86.html" title="2月の振り返り" />
<script type="text/javascript" src="https://static.fc2.com/js/lib/jquery.js"></script>
<script type="text/javascript">
 
 jQuery.noConflict();
 jQuery(function(){{
   
   // 初期表示
   jQuery("#fc2_bottom_bnr").hide();
 }});
 
</script>
<meta property="og:type" content="article">
<meta property="og:url" content="{BLOG}/blog-entry-{ENTRY}.html">
<meta property="og:title" content="{SUBJ}">
<meta property="og:description" content="こんばんは、月見台です。来週から研究室の輪読が「画像認識の基礎からVLMまで」というテーマで始まるので、担当分も含めて読む予定の論文をメモしておきます。">
<meta property="og:image" content="https://blog-imgs-160.fc2.com/t/s/u/tsukimi7ml/og_default.png">
</head>
<body>
<!-- [FC2 Analyzer] //analyzer.fc2.com/  -->
<script language="javascript" src="//analyzer51.fc2.com/ana/processor.php?uid=2911043" type="text/javascript"></script>
<noscript><div align="right"><img src="//analyzer51.fc2.com/ana/icon.php?uid=2911043&amp;ref=&amp;href=&amp;wid=0&amp;hei=0&amp;col=0" /></div></noscript>
<!-- [FC2 Analyzer]  -->

<div id="container">
<div id="header">
<h1><a href="{BLOG}/" accesskey="0" title="{NAME}">{NAME}</a></h1>
<div class="introduction">大学院で画像認識を研究しています。読んだ論文と実装のメモ。</div>
</div><!--/header-->

<div id="main">
<div class="content">

<div class="entry" id="e{ENTRY}">
<h2 class="entry_header"><a href="{BLOG}/blog-entry-{ENTRY}.html" title="固定リンク">{SUBJ}</a></h2>
<div class="entry_body">{body}</div>
<div class="entry_more"><a name="more" id="more"></a>{more}</div>
<ul class="entry_state">
<li>2024/03/09(土) 21:45:12 | <a href="{BLOG}/blog-category-3.html" title="このカテゴリ一覧を見る">論文メモ</a> | <a href="{BLOG}/blog-entry-{ENTRY}.html#cm" title="コメントの投稿">コメント:{len(comments)}</a> | <a href="{BLOG}/blog-entry-{ENTRY}.html#tb" title="トラックバック">トラックバック:0</a></li>
</ul>
<div class="fc2_footer" style="text-align:left;vertical-align:middle;height:auto;">
<div class="fc2button-clap" data-clap-url="//blogvote.fc2.com/pickup/tsukimi7ml/{ENTRY}/clap" id="fc2button-clap-{ENTRY}" style="vertical-align:top;border:none;display:inline;margin-right:2px;">
<script type="text/javascript">
(function(d) {{
var img = new Image();
d.getElementById("fc2button-clap-{ENTRY}").appendChild(img);
img.src = '//blogvote.fc2.com/pickup/tsukimi7ml/{ENTRY}/clap';
img.border = 0;
img.alt = '拍手';
}})(document);
</script>
</div>
<div class="fc2button-twitter" style="vertical-align:top;border:none;margin-right:2px;display:inline-block;*display:inline;">
<a href="https://twitter.com/share" class="twitter-share-button" data-url="{BLOG}/blog-entry-{ENTRY}.html" data-text="{SUBJ}" data-size="" data-lang="ja">Tweet</a>
</div>
</div>
<div class="entry_footer">テーマ：<a href="https://blog.fc2.com/community/themes/?theme_id=10217" title="機械学習">機械学習</a> - ジャンル：<a href="https://blog.fc2.com/category/computer/" title="コンピュータ">コンピュータ</a></div>
</div><!--/entry-->

<div id="comment">
<h3><a name="cm" id="cm"></a>コメント</h3>
{''.join(comment_html(c) for c in comments)}
<h3>コメントの投稿</h3>
<form action="{BLOG}/blog-entry-{ENTRY}.html" method="post" name="comment_form" id="comment_form">
<dl>
<dt><input type="hidden" name="mode" value="regist" /><input type="hidden" name="comment[no]" value="{ENTRY}" /><label for="name">名前</label></dt>
<dd><input id="name" type="text" name="comment[name]" size="30" value="" /></dd>
<dt><label for="subject">タイトル</label></dt>
<dd><input id="subject" name="comment[title]" type="text" size="30" value="No title" onblur="if(this.value == '') this.value='No title';" onfocus="if(this.value == 'No title') this.value='';" /></dd>
<dt><label for="mail">メールアドレス</label></dt>
<dd><input id="mail" type="text" name="comment[mail]" size="30" value="" /></dd>
<dt><label for="url">URL</label></dt>
<dd><input id="url" type="text" name="comment[url]" size="30" value="" /></dd>
<dt><label for="comment">本文</label></dt>
<dd><textarea id="comment" cols="50" rows="5" name="comment[body]"></textarea></dd>
<dt><label for="pass">パスワード</label></dt>
<dd><input id="pass" type="password" name="comment[pass]" size="20" /></dd>
<dt>非公開コメント</dt>
<dd><input id="himitu" type="checkbox" name="comment[himitu]" /><label for="himitu">管理者にだけ表示を許可する</label></dd>
</dl>
<p><input type="submit" value="送信" /></p>
</form>

<h3><a name="tb" id="tb"></a>トラックバック</h3>
<div class="sub_body">トラックバック URL<br /><input type="text" value="{BLOG}/tb.php/{ENTRY}-3c1f8a" size="50" onfocus="this.select()" readonly="readonly" /></div>
</div><!--/comment-->

<div class="page_navi">
<a href="{BLOG}/blog-entry-88.html" title="研究室の計算機環境を整えた話">&laquo; 研究室の計算機環境を整えた話</a> | <a href="{BLOG}/">ホーム</a> | <a href="{BLOG}/blog-entry-86.html" title="2月の振り返り">2月の振り返り &raquo;</a>
</div>

</div><!--/content-->
</div><!--/main-->

<div id="sidebar">
<div class="plugin">
<h3>プロフィール</h3>
<div class="plugin_body">
<p><img src="https://blog-imgs-160.fc2.com/t/s/u/tsukimi7ml/profile.png" alt="月見台" width="96" height="96" /></p>
<p>Author:月見台<br />画像認識とVLMを研究している修士2年。週末はカメラ散歩。</p>
</div>
</div>
<div class="plugin">
<h3>最新記事</h3>
<ul>
<li><a href="{BLOG}/blog-entry-88.html" title="研究室の計算機環境を整えた話">研究室の計算機環境を整えた話 (03/12)</a></li>
<li><a href="{BLOG}/blog-entry-{ENTRY}.html" title="{SUBJ}">画像認識とVLMの論文メモ（2024年3月・研究室輪読… (03/09)</a></li>
<li><a href="{BLOG}/blog-entry-86.html" title="2月の振り返り">2月の振り返り (02/29)</a></li>
<li><a href="{BLOG}/blog-entry-85.html" title="学会発表の練習メモ">学会発表の練習メモ (02/18)</a></li>
<li><a href="{BLOG}/blog-entry-84.html" title="conda環境を整理した">conda環境を整理した (02/04)</a></li>
</ul>
</div>
<div class="plugin">
<h3>最新コメント</h3>
<ul>
<li>月見台:Re: VLMの輪読いいですね (03/10)</li>
<li>名無しの院生:VLMの輪読いいですね (03/10)</li>
<li>かもめ:Re: conda環境 (02/05)</li>
</ul>
</div>
<div class="plugin">
<h3>月別アーカイブ</h3>
<ul>
<li><a href="{BLOG}/blog-date-202403.html">2024/03 (2)</a></li>
<li><a href="{BLOG}/blog-date-202402.html">2024/02 (4)</a></li>
<li><a href="{BLOG}/blog-date-202401.html">2024/01 (3)</a></li>
<li><a href="{BLOG}/blog-date-202312.html">2023/12 (5)</a></li>
</ul>
</div>
<div class="plugin">
<h3>カテゴリ</h3>
<ul>
<li><a href="{BLOG}/blog-category-0.html">未分類 (6)</a></li>
<li><a href="{BLOG}/blog-category-3.html">論文メモ (31)</a></li>
<li><a href="{BLOG}/blog-category-4.html">実装・環境構築 (22)</a></li>
<li><a href="{BLOG}/blog-category-5.html">研究室生活 (28)</a></li>
</ul>
</div>
<div class="plugin">
<h3>検索フォーム</h3>
<form action="{BLOG}/blog-entry-{ENTRY}.html" method="get">
<p class="plugin-search"><input type="text" size="20" name="q" value="" maxlength="200" /><br /><input type="submit" value=" 検索 " /></p>
</form>
</div>
<div class="plugin">
<h3>RSSリンクの表示</h3>
<ul>
<li><a href="{BLOG}/?xml">最近記事のRSS</a></li>
<li><a href="{BLOG}/?xml&amp;comment">最新コメントのRSS</a></li>
</ul>
</div>
<div class="plugin">
<h3>リンク</h3>
<ul>
<li><a href="https://admin.blog.fc2.com/control.php">管理画面</a></li>
</ul>
</div>
<div class="plugin">
<h3>ブロとも申請フォーム</h3>
<p><a href="{BLOG}/?mode=friends">この人とブロともになる</a></p>
</div>
<div class="plugin">
<h3>QRコード</h3>
<div style="text-align:center"><img src="https://blog-imgs-160.fc2.com/t/s/u/tsukimi7ml/qr.png" alt="QR" /></div>
</div>
</div><!--/sidebar-->

<div id="footer">
<p>Copyright &copy; {NAME} All Rights Reserved.<br />Powered by <a href="https://blog.fc2.com/" title="FC2ブログ">FC2ブログ</a>. / Template by <a href="https://blog.fc2.com/" title="FC2">FC2</a></p>
</div>
</div><!--/container-->

<script type="text/javascript" charset="utf-8" src="https://admin.blog.fc2.com/dctanalyzer.php" defer></script>
<script type="text/javascript" charset="utf-8" src="//static.fc2.com/comment.js" defer></script>
<script type="text/javascript" src="//static.fc2.com/js/blog/blog_res.js" defer></script>
</body>
</html>
"""
write_charset_ncr(F625, page, "euc_jp", keys(F625))
