#!/usr/bin/env python3
"""1182: an OKWave question page saved from the browser (Japanese): 「画像と言語をまたぐモデルを勉強したい…読むべき論文は？」
in the コンピューター・IT › AI・機械学習 category, with the site's header, breadcrumbs, an ad slot, the question, three
answers (one marked ベストアンサー, each with a 参考になった count), and related questions. One HTML5 document, UTF-8,
LF; the answer count in the heading is the number of answer blocks; timestamps `YYYY/MM/DD HH:MM`, answers after the
question. Titles appear in 「」, after authors, in a <ul>, and in a sentence; one answerer gives only an id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1182, keys, ALEXNET, DBN

answers = [
 ("pixel_owl", "2024/04/09 22:41", 12, True,
  "<p>ベストアンサーに選んでいただけるなら嬉しいですが、順番としてはこうだと思います。</p>\n"
  "<ol>\n"
  f"<li>CLIP：「{T('2103.00020')}」<br><a href=\"https://arxiv.org/abs/2103.00020\" rel=\"nofollow\">https://arxiv.org/abs/2103.00020</a></li>\n"
  f"<li>Frozen：「{T('2106.13884')}」（凍結したLLMに画像を“単語”として入れる発想。Flamingoの前段として読むと分かりやすい）</li>\n"
  f"<li>Flamingo：「{T('2204.14198')}」<br><a href=\"https://arxiv.org/pdf/2204.14198.pdf\" rel=\"nofollow\">https://arxiv.org/pdf/2204.14198.pdf</a></li>\n"
  "</ol>\n"
  "<p>ViTの学習の勘所は " + T("2106.10270") + " がまとまっています（arXiv:2106.10270）。CLIPの画像側を自前で学習するなら必読です。</p>"),
 ("kumo_no_ue", "2024/04/10 07:15", 5, False,
  "<p>古典から入るのも手です。深層学習の再ブームのきっかけになった Hinton らの " + DBN + " と、"
  "Krizhevsky, Sutskever, Hinton の “" + ALEXNET + "”（いわゆるAlexNet）は、今読んでも面白いです。</p>\n"
  "<p>あと、言語とは少し離れますが、3D方向に興味があるなら "
  "<a href=\"https://arxiv.org/abs/2308.04079\" rel=\"nofollow\">3D Gaussian Splatting for Real-Time Radiance Field Rendering</a> も話題です。</p>"),
 ("tanuki_ml", "2024/04/12 19:03", 1, False,
  "<p>本ではないですが、東大の講義動画（YouTube）と Hugging Face のコース（無料）がとっつきやすいです。論文ではないので参考まで。</p>\n"
  "<p>人物の動画生成に進むなら「" + T("2103.14338") + "」も面白かったです。</p>"),
]
ans_html = []
for i, (who, ts, n, best, body) in enumerate(answers, 1):
    ans_html.append(
        f'<article class="answer{" answer--best" if best else ""}" id="a{10234560 + i * 7}">\n'
        + ('<div class="answer__badge">ベストアンサー</div>\n' if best else "")
        + f'<header class="answer__head"><span class="user">{who}</span> <time>{ts}</time> <span class="no">No.{i}</span></header>\n'
        + f'<div class="answer__body">\n{body}\n</div>\n'
        + f'<footer class="answer__foot"><button class="helpful">参考になった <span class="count">{n}</span></button></footer>\n'
        + "</article>")
html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>画像と言語をまたぐモデルを勉強したい…読むべき論文は？ | OKWAVE</title>
<meta name="description" content="大学院でマルチモーダル（画像＋言語）を始めることになりました。最初に読むべき論文を教えてください。">
<link rel="canonical" href="https://okwave.jp/qa/q10234560.html">
</head>
<body>
<header class="site-header"><a class="logo" href="https://okwave.jp/">OKWAVE</a>
<nav><a href="https://okwave.jp/ranking/">ランキング</a> <a href="https://okwave.jp/login/">ログイン</a></nav></header>
<nav class="breadcrumb"><a href="https://okwave.jp/">トップ</a> › <a href="https://okwave.jp/c/comp/">コンピューター・IT</a> › <a href="https://okwave.jp/c/comp/ai/">AI・機械学習</a></nav>
<main>
<section class="question" id="q10234560">
<h1>画像と言語をまたぐモデルを勉強したい…読むべき論文は？</h1>
<header class="question__head"><span class="user">mirai_lab_m1</span> <time>2024/04/09 20:12</time> <span class="status">締切済み</span></header>
<div class="question__body">
<p>この春から修士1年で、研究室のテーマがマルチモーダル（画像＋言語）になりました。<br>
Python と PyTorch は一通り使えます。CNN は授業でやりました。<br>
最初の1か月で読むべき論文を、順番つきで教えていただけると助かります。</p>
</div>
</section>
<div class="ad" id="ad-infeed-1"><span class="ad__label">広告</span><a href="https://ad.example.jp/click?slot=infeed1">プログラミングスクール 今なら受講料20%オフ</a></div>
<section class="answers">
<h2>回答 ({len(answers)}件)</h2>
{chr(10).join(ans_html)}
</section>
<aside class="related">
<h2>関連するQ&amp;A</h2>
<ul>
<li><a href="https://okwave.jp/qa/q10198877.html">卒論のテーマに画像キャプション生成は古い？</a></li>
<li><a href="https://okwave.jp/qa/q10211342.html">GPUなしでTransformerを勉強する方法</a></li>
<li><a href="https://okwave.jp/qa/q10230019.html">英語論文を速く読むコツ</a></li>
</ul>
</aside>
</main>
<footer class="site-footer"><p>&copy; OKWAVE</p></footer>
</body>
</html>
"""
write_only(F1182, html, keys(F1182))
