#!/usr/bin/env python3
"""1117: a Sakai (Morpheus skin) site's Syllabus tool page, saved from Chrome ("Webpage, HTML only", so the
`<!-- saved from url=(NNNN)… -->` mark with the URL's length), at an invented Japanese university
(sakai.example-u.ac.jp): a graduate seminar's reading plan on diffusion models, in Japanese. The schedule's weekday
marks are computed from the dates."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1117, keys

URL = "https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/7c1e0f5a-3b2d-4e91-a8c6-5d40b9e21f37"
WD = "月火水木金土日"
E = html.escape


def d(m, day):
    x = dt.date(2024, m, day)
    return f"{m}/{day}（{WD[x.weekday()]}）"


rows = [
    (1, d(4, 11), "ガイダンス・担当決め", "—", "教員"),
    (2, d(4, 18), f'<a href="https://arxiv.org/abs/2006.11239" target="_blank" rel="noopener">{E(T("2006.11239"))}</a>（{E(au("2006.11239"))}, NeurIPS 2020）', "スコアマッチングとの関係（付録も読むこと）", "河合"),
    (3, d(4, 25), f'{E(T("2303.01469"))}（arXiv:2303.01469）', "1ステップ生成。蒸留版と単独学習版の違い", "村上"),
    (4, d(5, 9), f'<a href="https://arxiv.org/abs/2112.10752" target="_blank" rel="noopener">{E(T("2112.10752"))}</a>', "潜在空間で拡散させる意味、VAE の圧縮率 f の選び方", "石田"),
    (5, d(5, 16), f'<a href="https://arxiv.org/abs/2302.05543" target="_blank" rel="noopener">{E(T("2302.05543"))}</a>', "zero convolution の初期化、条件の種類（エッジ・姿勢・深度）", "近藤"),
    (6, d(5, 23), E(T("2208.01618")) + "<br>" + E(T("2208.12242")), "個人化 2 本立て。両者の比較表を作ってくること", "河合・中野"),
    (7, d(5, 30), f'<a href="https://arxiv.org/pdf/2211.09800.pdf" target="_blank" rel="noopener">{E(T("2211.09800"))}</a>', "学習データの作り方（GPT-3 + Prompt-to-Prompt）に注目", "村上"),
    (8, d(6, 6), E(T("2009.09761")), "画像以外への応用（音声）。WaveNet との比較", "石田"),
    (9, d(6, 13), "まとめ・期末レポート構想発表", "—", "全員"),
]
trs = "\n".join(
    f'<tr>\n<td class="num">第{n}回</td>\n<td class="date">{dd}</td>\n<td>{paper}</td>\n<td>{pt}</td>\n<td>{who}</td>\n</tr>'
    for n, dd, paper, pt, who in rows)

body = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="ja" class="Mrphs-html"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sakai : 2024前期 知能情報学特論演習II（生成モデル） : シラバス</title>
<link href="https://sakai.example-u.ac.jp/library/skin/morpheus-default/tool.css?version=23.1" rel="stylesheet">
<link href="https://sakai.example-u.ac.jp/library/skin/morpheus-default/portal.css?version=23.1" rel="stylesheet">
<script src="https://sakai.example-u.ac.jp/library/js/headscripts.js?version=23.1"></script>
</head>
<body class="Mrphs-portalBody is-logged-in">
<a href="#tocontent" class="Mrphs-skipNav__link">メインコンテンツへスキップ</a>
<div id="container">
<header id="header" class="Mrphs-topHeader">
<div class="Mrphs-headerLogo"><a href="https://sakai.example-u.ac.jp/portal" title="ホーム">例大学 学習支援システム</a></div>
<nav class="Mrphs-userNav"><span class="Mrphs-userNav__submenuitem--displayname">中野 葵</span> <a href="https://sakai.example-u.ac.jp/portal/logout">ログアウト</a></nav>
</header>
<div class="Mrphs-mainHeader">
<nav id="linkNav" class="Mrphs-siteHierarchy">
<span class="Mrphs-hierarchy--siteName">2024前期 知能情報学特論演習II（生成モデル）</span> <span class="Mrphs-hierarchy-arrow">/</span> <span class="Mrphs-hierarchy--toolName">シラバス</span>
</nav>
</div>
<div id="innercontent" class="Mrphs-pagebody">
<nav id="toolMenuWrap" class="Mrphs-toolsNav__menu">
<ul>
<li><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/3a9e44b0-0d1c-4f6a-9b57-e2c80c1f6d02">概要</a></li>
<li class="is-current"><a href="{URL}">シラバス</a></li>
<li><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/b81f2d6e-64a7-4c05-a3f9-7e1d2c9b4a80">授業資料</a></li>
<li><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/e40c7a12-9f3b-4d28-8e61-0b5a3d7c2f94">課題</a></li>
<li><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/51d8b3f7-2a6e-4c90-b4d1-96f0e8a7c3b5">お知らせ</a></li>
</ul>
</nav>
<main id="content" class="Mrphs-pagebody">
<div class="Mrphs-toolTitleNav"><h2 class="Mrphs-toolTitleNav__title">シラバス</h2></div>
<div class="portletBody" id="tocontent">
<div class="syllabus-item panel panel-default">
<div class="panel-heading"><h3 class="panel-title">授業の概要・目的</h3></div>
<div class="panel-body">
<p>拡散モデル（diffusion models）を中心に、近年の画像・音声生成モデルの代表的な論文を輪読する。各回 1〜2 本を担当者が紹介し（30 分）、残りの時間で議論する。数式の追い方だけでなく、「なぜその設計にしたのか」を自分の言葉で説明できることを目標とする。</p>
<p>前提知識：確率・統計の基礎、深層学習の基礎（VAE、U-Net 程度）。PyTorch で簡単な実装ができること。</p>
</div>
</div>
<div class="syllabus-item panel panel-default">
<div class="panel-heading"><h3 class="panel-title">授業計画と読む論文</h3></div>
<div class="panel-body">
<p>担当者は発表の 2 日前までに「授業資料」にスライドを置くこと。リンクのない論文は各自で入手（大学の VPN 経由で出版社版が読めます）。</p>
<table class="table table-striped syllabus-schedule">
<thead>
<tr>
<th>回</th>
<th>日付</th>
<th>論文</th>
<th>議論のポイント</th>
<th>担当</th>
</tr>
</thead>
<tbody>
{trs}
</tbody>
</table>
<p>※ 5/2（木）は休講（大型連休）。第 6 回は 2 本なので担当 2 名。</p>
</div>
</div>
<div class="syllabus-item panel panel-default">
<div class="panel-heading"><h3 class="panel-title">参考資料（論文ではないもの）</h3></div>
<div class="panel-body">
<ul>
<li>岡野原大輔『拡散モデル ― データ生成技術の数理』岩波書店, 2023（図書館に 3 冊あり）</li>
<li><a href="https://huggingface.co/docs/diffusers/index" target="_blank" rel="noopener">Hugging Face diffusers ドキュメント</a>（演習のコードはこれをベースにする）</li>
<li>CVPR 2022 Tutorial &ldquo;Denoising Diffusion-based Generative Modeling: Foundations and Applications&rdquo;（YouTube の録画）</li>
</ul>
</div>
</div>
<div class="syllabus-item panel panel-default">
<div class="panel-heading"><h3 class="panel-title">成績評価の方法</h3></div>
<div class="panel-body">
<p>発表 50%、議論への参加 20%、期末レポート 30%（いずれかの論文の再現実験または拡張。A4 4 ページ以内）。</p>
</div>
</div>
<div class="syllabus-item panel panel-default">
<div class="panel-heading"><h3 class="panel-title">連絡先</h3></div>
<div class="panel-body">
<p>担当教員：河合 修（情報学研究科）　オフィスアワー：木曜 16:30–17:30（要予約）<br>TA：中野 葵　質問は「お知らせ」ではなくフォーラムへ。</p>
</div>
</div>
</div>
</main>
</div>
<footer class="Mrphs-footer">
<div class="Mrphs-footer__copyright">Copyright 2003-2024 The Apereo Foundation. All rights reserved. Portions of Sakai are copyrighted by other parties as described in the Acknowledgments screen.</div>
<div class="Mrphs-footer__server">Sakai 23.1 - Sakai-Server: app03.sakai.example-u.ac.jp</div>
</footer>
</div>
</body></html>
"""
body = body.replace("\n", "\r\n")
write_only(F1117, body, keys(F1117), [html.unescape(body)])
