#!/usr/bin/env python3
"""884: one issue of a Japanese newsletter hosted on theLetter (theletter.jp), its web page saved with Firefox's "Save
Page As → Web Page, HTML only" (the server's HTML as sent, no saved-from mark): a server-rendered Nuxt page (`<div
id="__nuxt">`, `data-n-head` meta, a `window.__NUXT__` state script), og: / twitter: meta, a canonical URL, a JSON-LD
`Article`, the newsletter header, the post title, author and `<time datetime>`, the body (`<h2>`, `<p>`, `<ul>`,
`<blockquote>`, `<a href target="_blank" rel="noopener">`), the subscribe box and footer. A weekly on multimodal
models, LLM agents and robot learning; a Hugging Face model page, LangChain docs and a podcast are not papers."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(884)
K = dict(llava="2304.08485", rt2="2307.15818", react="2210.03629", cot="2201.11903", siglip="2303.15343",
         align="2102.05918", ab="2308.03688", onp="2006.05990")
e = html.escape
POST = "https://mm-tsushin.theletter.jp/posts/4b8e1f20-d3a7-11ee-9c5e-2f0a7d61c4b3"
TITLE = "#37 画像を「読む」LLMと、手を動かすLLM"
NL = "週刊マルチモーダル通信"
DATE, DISP = "2024-03-15T18:00:00+09:00", "2024/03/15 18:00"


def A(url, text=None):
    return f'<a href="{e(url)}" target="_blank" rel="noopener">{e(text or url)}</a>'


body = f"""<p>こんばんは、杉本です。今週は研究室の輪読会で扱った論文を中心に、「見る」側（視覚言語モデル）と「動く」側（エージェントとロボット）をまとめて紹介します。</p>
<h2>1. 視覚言語モデル：まずはここから</h2>
<p>今いちばん手軽に試せるのは LLaVA 系でしょう。元論文は <strong>{e(T(K['llava']))}</strong>（{A('https://arxiv.org/abs/' + K['llava'])}）。GPT-4 に作らせた指示データで CLIP の画像エンコーダと LLM をつなぐだけ、という割り切りが潔いです。重みは Hugging Face のモデルページ（論文ではありません）から落とせます。</p>
<p>エンコーダ側の話では、Google の「{e(T(K['siglip']))}」（arXiv:{K['siglip']}）が面白かった。softmax ではなくシグモイドで画像とテキストのペアを独立に判定するので、バッチを大きくしなくても効く。その前段として、ノイズの多い alt テキストを 18 億ペア集めた ALIGN こと「{e(T(K['align']))}」も読み直しておくと、データ規模の議論がつながります。</p>
<h2>2. LLM を「動かす」</h2>
<ul>
<li><strong>{e(T(K['cot']))}</strong> — 今さらですが、すべての前提。{A('https://arxiv.org/abs/' + K['cot'])}</li>
<li><strong>{e(T(K['react']))}</strong> — 推論と行動（検索 API の呼び出しなど）を交互に出させる。OpenReview の議論も読み応えあり：{A('https://openreview.net/forum?id=' + OR(K['react']))}</li>
<li>評価については「{e(T(K['ab']))}」がまとまっています。OS、DB、Web など 8 環境。リンクは来週の号で補足します。</li>
</ul>
<blockquote><p>読者の方から「ReAct は LangChain のエージェントと同じもの？」と質問をいただきました。LangChain のドキュメント（論文ではありません）にある ReAct エージェントは、この論文のプロンプト形式を実装したものです。</p></blockquote>
<h2>3. ロボットへ</h2>
<p>Web 規模の視覚言語知識をそのまま行動トークンに落とす <strong>{e(T(K['rt2']))}</strong>（{A('https://arxiv.org/abs/' + K['rt2'])}）。行動を文字列として出力させるだけ、という発想はシンプルですが、汎化の結果は驚きでした。</p>
<p>強化学習寄りの方には、PPO の実装上の選択肢を 250,000 回の学習で総当たりした<br>
{e(T(K['onp']))}<br>
をおすすめします。「論文に書かれていない細部」がどれだけ効くかがよく分かります。</p>
<h2>おしらせ</h2>
<p>来週は休刊です。ポッドキャスト版（論文紹介ではなく雑談回）は通常どおり配信します。</p>"""

ld = {"@context": "https://schema.org", "@type": "Article", "headline": TITLE, "datePublished": DATE,
      "author": {"@type": "Person", "name": "杉本 陸"}, "publisher": {"@type": "Organization", "name": NL},
      "mainEntityOfPage": POST}
nuxt = ('window.__NUXT__=(function(a,b,c){return {layout:"letter",data:[{post:{id:"4b8e1f20-d3a7-11ee-9c5e-2f0a7d61c4b3",'
        'number:37,isFree:a,publishedAt:"' + DATE + '",commentCount:c}}],fetch:{},error:b,state:{auth:{user:b},'
        'letter:{slug:"mm-tsushin",subscriberCount:1284}},serverRendered:a,routePath:"/posts/4b8e1f20-d3a7-11ee-9c5e-2f0a7d61c4b3"}}'
        '(true,null,3));')
page = f"""<!doctype html>
<html lang="ja" data-n-head-ssr>
<head>
<title>{e(TITLE)} | {NL}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="視覚言語モデル、LLM エージェント、ロボット学習の論文を毎週まとめて紹介します。"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{e(TITLE)}"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{POST}"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="{NL}"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://mm-tsushin.theletter.jp/ogp/4b8e1f20-d3a7-11ee-9c5e-2f0a7d61c4b3.png"><meta data-n-head="ssr" data-hid="twitter:card" name="twitter:card" content="summary_large_image"><link data-n-head="ssr" rel="canonical" href="{POST}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="preload" href="/_nuxt/3f2a9c1.js" as="script"><link rel="preload" href="/_nuxt/8d0b7e4.js" as="script"><link rel="stylesheet" href="/_nuxt/css/5c19a0e.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="letter-layout">
<header class="letter-header"><a href="/" class="letter-header__title">{NL}</a><a href="/subscribe" class="letter-header__button">無料で読者登録</a></header>
<main class="post">
<article class="post__article">
<p class="post__number">No.37</p>
<h1 class="post__title">{e(TITLE)}</h1>
<div class="post__meta"><span class="post__author">杉本 陸</span><time class="post__date" datetime="{DATE}">{DISP}</time><span class="post__badge">無料記事</span></div>
<div class="post__body">
{body}
</div>
</article>
<section class="subscribe-box">
<p class="subscribe-box__lead">{NL}は毎週金曜日に配信しています。</p>
<form action="/subscribe" method="post" class="subscribe-box__form"><input type="email" name="email" placeholder="メールアドレス" class="subscribe-box__input"><button type="submit" class="subscribe-box__submit">無料で読者登録する</button></form>
<p class="subscribe-box__note">すでに登録済みの方は <a href="/login">ログイン</a></p>
</section>
</main>
<footer class="letter-footer"><a href="https://theletter.jp/" target="_blank" rel="noopener">Powered by theLetter</a><a href="/terms">利用規約</a><a href="/privacy">プライバシーポリシー</a></footer>
</div></div></div><script>{nuxt}</script><script src="/_nuxt/3f2a9c1.js" defer></script><script src="/_nuxt/8d0b7e4.js" defer></script>
</body>
</html>
"""
write_only(F, page, keys(F))
