#!/usr/bin/env python3
"""1005: an entry page of a goo blog (blog.goo.ne.jp, the NTT DOCOMO blog service) saved from the browser ("HTML
only"): the goo header, the blog title, the entry (`/e/<32 hex>` permalink; date, time and category line; the title;
the body as the goo editor writes it — text lines separated by `<br />`, bold spans, `target="_blank"` links, an
uploaded image on blogimg.goo.ne.jp —), the entry footer (category, comments, the share buttons' labels), two
comments, and the side column (profile, latest entries, categories, back numbers, access counts) and the footer.
The blogger (a Japanese engineer writing about multimodal papers he read in 2023), commenters and ids are invented.

Papers: four arXiv abs URLs as links (one also named by its project page), one `arXiv:ID` in parentheses, three titles
only in 「」 (one in a comment). Not papers: the LLaVA and Segment Anything demo pages, the 3DGS project page, a
YouTube talk; nicknames (CLIP, PaLM-E, NeRF, SAM) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1005)
K = dict(llava="2304.08485", sam="2304.02643", gs="2308.04079", rt2="2307.15818", siglip="2303.15343",
         align="2102.05918", flamingo="2204.14198", motion="2103.14338")
USER = "mm_ronbun_memo"
EID = "8c3f1a9e0b7d4e52a61f9c2d37b5e084"


def link(url, text=None):
    return f'<a href="{url}" target="_blank">{text or url}</a>'


body = "<br />\n".join([
    "今年も残りわずかなので、2023年に読んだマルチモーダル系の論文を後半分まとめておきます。前半（画像とテキストの事前学習編）は先月の記事にあります。",
    "",
    "<b>■ 画像×言語モデル</b>",
    "",
    "・「" + T(K["flamingo"]) + "」（DeepMind, NeurIPS 2022）",
    "　凍結したLLMと画像エンコーダをPerceiver ResamplerとゲートつきCross-Attentionでつなぐ構成。few-shotで色々なタスクが解けるのが衝撃でした。社内勉強会で発表したので一番読み込んだ論文です。",
    "",
    "・" + T(K["llava"]) + "（LLaVA）",
    "　" + link(f"https://arxiv.org/abs/{K['llava']}"),
    "　GPT-4で指示データを作ってしまう発想がうまい。デモページも触りましたが、日本語はまだ厳しめ。",
    "",
    "・SigLIPこと「" + T(K["siglip"]) + "」(arXiv:" + K["siglip"] + ")",
    "　CLIPのsoftmaxをsigmoidに変えるだけでバッチサイズ依存が減る、というシンプルな話。LLaVA系の画像エンコーダに採用され始めているので要チェック。",
    "",
    "・ついでに読み直したのが「" + T(K["align"]) + "」（ALIGN）。ノイズの多い代替テキストでも量で押し切れる、という2021年の論文ですが、SigLIPと並べて読むと面白いです。",
    "",
    "<b>■ セグメンテーション・3D</b>",
    "",
    "・" + T(K["sam"]) + "（Meta）",
    "　" + link(f"https://arxiv.org/abs/{K['sam']}"),
    "　SA-1Bデータセットの作り方（モデルと人のループ）が本体だと思っています。",
    "",
    '<img src="https://blogimg.goo.ne.jp/user_image/4d/71/b2e9c07a15f38d6e4c1a90b7f2d35e68.png" border="0" alt="SAMのデモ画面" />',
    "",
    "・" + T(K["gs"]),
    "　論文：" + link(f"https://arxiv.org/abs/{K['gs']}") + "　プロジェクトページ：" + link("https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/", "こちら"),
    "　NeRFの次はこれ、という感じで一気に広まりました。ビューアが軽いのでノートPCでも動きます。",
    "",
    "<b>■ ロボット</b>",
    "",
    "・RT-2：" + T(K["rt2"]),
    "　" + link(f"https://arxiv.org/abs/{K['rt2']}") + "（プロジェクトページは robotics-transformer2.github.io）",
    "　行動をテキストのトークンとして出力させる、という割り切りが面白い。PaLM-Eとの違いは来年の記事で。",
    "",
    "後半はこんなところです。来年は動画生成系をちゃんと追いかけたい…",
])

comments = [
    ("ふくろう", "2023-12-29 09:41:22",
     "まとめありがとうございます。人物のモーション転移が気になっているのですが、「" + T(K["motion"]) +
     "」は読まれましたか？"),
    (USER, "2023-12-29 22:05:10", "ふくろうさん　コメントありがとうございます。タイトルだけ見てスルーしていました…年明けに読んでみます！"),
]
com_html = "\n".join(f"""<div class="comment">
<div class="comment-body">{c}</div>
<div class="comment-info">{'<a href="https://blog.goo.ne.jp/' + USER + '">' + n + '</a>' if n == USER else n} | {d} | <a href="#" class="report">通報する</a></div>
</div>""" for n, d, c in comments)

page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>2023年に読んだマルチモーダル論文まとめ（後半） - 論文メモ帳</title>
<meta name="description" content="今年も残りわずかなので、2023年に読んだマルチモーダル系の論文を後半分まとめておきます。">
<link rel="canonical" href="https://blog.goo.ne.jp/{USER}/e/{EID}">
<link rel="stylesheet" href="https://blog.goo.ne.jp/css/common.css?20231115">
</head>
<body>
<div id="goo-header">
<a href="https://www.goo.ne.jp/" class="goo-logo">goo</a>
<a href="https://blog.goo.ne.jp/">goo blog</a>
<ul class="header-nav">
<li><a href="https://blog.goo.ne.jp/portal/">ブログを作る</a></li>
<li><a href="https://login.mail.goo.ne.jp/id/authn/LoginStart">ログイン</a></li>
</ul>
</div>
<div id="wrapper">
<div id="blog-header">
<h1 id="blog-title"><a href="https://blog.goo.ne.jp/{USER}">論文メモ帳</a></h1>
<p id="blog-description">機械学習の論文を読んだメモ。主にマルチモーダルとロボット。</p>
</div>
<div id="main">
<div class="entry">
<div class="entry-top">
<span class="entry-date">2023-12-28 21:14:05</span> | <a href="https://blog.goo.ne.jp/{USER}/c/5b20e9d4c1a87f36">論文まとめ</a>
</div>
<h3 class="entry-title"><a href="https://blog.goo.ne.jp/{USER}/e/{EID}">2023年に読んだマルチモーダル論文まとめ（後半）</a></h3>
<div class="entry-body">
{body}
</div>
<div class="entry-bottom">
<a href="https://blog.goo.ne.jp/{USER}/c/5b20e9d4c1a87f36">論文まとめ</a> | <a href="https://blog.goo.ne.jp/{USER}/e/{EID}#comment-list">コメント ( 2 )</a>
<ul class="share">
<li>いいね</li>
<li>X</li>
<li>Facebook</li>
<li>はてなブックマーク</li>
</ul>
</div>
<div class="entry-pager">
<a href="https://blog.goo.ne.jp/{USER}/e/6e02b7c9d4f1a385e0c2b9d7a614f3c8">« 2023年に読んだマルチモーダル論文まとめ（前半）</a>
</div>
<div id="comment-list">
<h4>コメント</h4>
{com_html}
<p class="comment-note">※コメント投稿者のブログIDはブログ作成者のみに通知されます</p>
</div>
</div>
</div>
<div id="side">
<div class="side-box">
<h4>プロフィール</h4>
<p>自己紹介：メーカー勤務の画像系エンジニアです。論文は通勤電車で読んでいます。</p>
</div>
<div class="side-box">
<h4>最新記事</h4>
<ul>
<li><a href="https://blog.goo.ne.jp/{USER}/e/{EID}">2023年に読んだマルチモーダル論文まとめ（後半）</a></li>
<li><a href="https://blog.goo.ne.jp/{USER}/e/6e02b7c9d4f1a385e0c2b9d7a614f3c8">2023年に読んだマルチモーダル論文まとめ（前半）</a></li>
<li><a href="https://blog.goo.ne.jp/{USER}/e/0a9d5c3e7f21b64d8c0e1f3a2b5d7c96">社内勉強会の資料づくりのコツ</a></li>
</ul>
</div>
<div class="side-box">
<h4>カテゴリー</h4>
<ul>
<li><a href="https://blog.goo.ne.jp/{USER}/c/5b20e9d4c1a87f36">論文まとめ</a>(14)</li>
<li><a href="https://blog.goo.ne.jp/{USER}/c/93d1e7f0a2c4b685">勉強会</a>(6)</li>
<li><a href="https://blog.goo.ne.jp/{USER}/c/e46a0b2c9d3f1758">日記</a>(21)</li>
</ul>
</div>
<div class="side-box">
<h4>バックナンバー</h4>
<ul>
<li><a href="https://blog.goo.ne.jp/{USER}/m/202312">2023年12月</a></li>
<li><a href="https://blog.goo.ne.jp/{USER}/m/202311">2023年11月</a></li>
<li><a href="https://blog.goo.ne.jp/{USER}/m/202310">2023年10月</a></li>
</ul>
</div>
<div class="side-box">
<h4>アクセス状況</h4>
<p>アクセス 閲覧 152 PV 訪問者 97 IP<br />
トータル 閲覧 48,316 PV 訪問者 19,874 IP</p>
</div>
</div>
</div>
<div id="goo-footer">
<ul>
<li><a href="https://help.goo.ne.jp/">ヘルプ</a></li>
<li><a href="https://blog.goo.ne.jp/info/">お知らせ</a></li>
<li><a href="https://www.docomo.ne.jp/utility/privacy/">プライバシーポリシー</a></li>
</ul>
<p>© NTT DOCOMO, INC. All Rights Reserved.</p>
</div>
</body>
</html>
"""
write_only(F, page, keys(F))
