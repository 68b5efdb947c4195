#!/usr/bin/env python3
"""1145: an Excite Blog (exblog) entry page saved by the browser: the mark of the web (`saved from url=(NNNN)`, length
computed), the blog header, the entry (date `2024年 03月 24日`, title, body with headings, a list and links, the
`by` / permalink / comment-count footer), two comments, the sidebar (profile, categories, archive months descending),
the Excite footer. Japanese. Titles in 「」, after authors, in a list; three arXiv links (one `/pdf/`), an OpenReview
link, an arXiv id in text, three titles alone."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1145, keys

BLOG, ENTRY = "https://kakusan-memo.exblog.jp", "33412876"
URL = f"{BLOG}/{ENTRY}/"
D = dt.date(2024, 3, 24)


def a(h, t):
    return f'<a href="{h}" target="_blank">{t}</a>'


body = f"""<p>3月の輪読会（拡散モデル編）が終わったので、読んだ論文を自分用にまとめておきます。ゼミの後輩向けでもあります。</p>
<h3>■ 原点</h3>
<p>Sohl-Dickstein ら (ICML 2015)「{T('1503.03585')}」。今読むと記法が古くて大変ですが、
順方向に少しずつノイズを加えて逆過程を学習する、という骨格はもう全部ここにあります。PDF は研究室の共有フォルダに。</p>
<h3>■ サンプリングを速く・良くする</h3>
<ul>
<li>{a('https://openreview.net/forum?id=St1giarCHLP', T('2010.02502'))}（DDIM）― 非マルコフ過程にして決定的サンプリング。ステップ数を 1/10 以下に。</li>
<li>Dhariwal &amp; Nichol「{T('2105.05233')}」(arXiv:2105.05233) ― classifier guidance の導入。ADM のアーキテクチャ探索もこの論文。</li>
<li>{a('https://arxiv.org/abs/2207.12598', T('2207.12598'))} ― 分類器なしで条件付き／無条件を混ぜるだけ。今の画像生成はほぼ全部これ。</li>
</ul>
<h3>■ 潜在空間・大規模化</h3>
<p>NVIDIA の Vahdat ら「{T('2106.05931')}」（LSGM, NeurIPS 2021）は VAE の潜在空間でスコアモデルを学習する話。
数式が重いので二回目の輪読でも半分しか進みませんでした…。</p>
<p>最新のものとして Stable Diffusion 3 の論文 {a('https://arxiv.org/pdf/2403.03206', T('2403.03206'))} も読みました。
rectified flow と MM-DiT、タイムステップのサンプリング分布の比較が面白い。</p>
<h3>■ 3D へ</h3>
<p>{a('https://arxiv.org/abs/2303.11328', T('2303.11328'))} ― 1 枚の画像から別視点を生成。
カメラの相対姿勢を条件にして SD をファインチューニングするだけ、という単純さが良い。</p>
<h3>■ おまけ（テキスト生成のサンプリング）</h3>
<p>画像じゃないですが、サンプリングの話の流れで Holtzman らの {T('1904.09751')} も紹介されました。
top-p（nucleus sampling）の元論文。温度や top-k と比べた議論は今でも通用します。</p>
<p>実装を触るなら diffusers のドキュメントと ComfyUI（どちらも論文ではありません）がおすすめ。Stability AI のブログ記事も図が分かりやすいです。</p>
"""
comments = [
    ("こばやし", "2024-03-25 09:14", "まとめありがとうございます！LSGM は自分も挫折しました（笑）"),
    ("kakusan-memo", "2024-03-25 21:40", "&gt;こばやしさん 次回は付録から読むのが良いかもしれません…"),
]
cm = "\n".join(f'<div class="comment"><div class="comment-body">{c}</div>'
               f'<div class="comment-info">by {n} at {t[11:]}</div></div>' for n, t, c in comments)
months = ["2024年 03月", "2024年 02月", "2024年 01月", "2023年 12月", "2023年 11月"]
html = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>拡散モデル輪読会（3月）で読んだ論文まとめ : 拡散メモ</title>
<link rel="stylesheet" href="./{ENTRY}_files/common.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{BLOG}/index.xml">
<link rel="canonical" href="{URL}">
</head>
<body>
<div id="exblog-header"><a href="https://www.exblog.jp/">エキサイトブログ</a> | <a href="https://www.exblog.jp/login/">ログイン</a> | <a href="https://www.exblog.jp/signup/">新規登録</a></div>
<div id="container">
<div id="header"><h1 class="blog-title"><a href="{BLOG}/">拡散メモ</a></h1>
<div class="blog-desc">画像生成・拡散モデルまわりの論文を読んだ記録（大学院生の個人ブログ）</div></div>
<div id="main">
<div class="date">{D.year}年 {D.month:02d}月 {D.day:02d}日</div>
<div class="post">
<h2 class="post-title">拡散モデル輪読会（3月）で読んだ論文まとめ</h2>
<div class="post-main">
{body}</div>
<div class="post-tail">by kakusan-memo | <a href="{URL}">{D.year}-{D.month:02d}-{D.day:02d} 23:05</a> | <a href="https://kakusan-memo.exblog.jp/i3/">論文メモ</a> | <a href="{URL}#{ENTRY}_1">Comments(<span class="comment-count">{len(comments)}</span>)</a></div>
</div>
<div class="comments" id="{ENTRY}_1">
{cm}
</div>
<div class="page-nav"><a href="{BLOG}/33398102/">&lt;&lt; 前のページ</a> | <a href="{BLOG}/">ページトップ</a></div>
</div>
<div id="side">
<div class="side-box"><h3>プロフィール</h3><p>kakusan-memo<br>情報系の修士 2 年。拡散モデルと 3D 生成。</p></div>
<div class="side-box"><h3>カテゴリ</h3><ul><li><a href="{BLOG}/i3/">論文メモ</a></li><li><a href="{BLOG}/i5/">実装メモ</a></li><li><a href="{BLOG}/i7/">日記</a></li></ul></div>
<div class="side-box"><h3>以前の記事</h3><ul>
{chr(10).join(f'<li><a href="{BLOG}/m{m[:4]}-{m[-3:-1]}-01/">{m}</a></li>' for m in months)}
</ul></div>
<div class="side-box"><h3>リンク</h3><ul><li><a href="https://huggingface.co/docs/diffusers/">diffusers ドキュメント</a></li><li><a href="https://github.com/comfyanonymous/ComfyUI">ComfyUI</a></li></ul></div>
</div>
<div id="footer">Powered by <a href="https://www.exblog.jp/">Excite Blog</a><br>Copyright © 1997-2024 Excite Japan Co.,LTD. All Rights Reserved.</div>
</div>
</body></html>
"""
write_only(F1145, html, keys(F1145))
