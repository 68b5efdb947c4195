#!/usr/bin/env python3
"""1105: an entry of a Japanese engineer's JUGEM blog ("ゆるふわ機械学習メモ"; the series 名作論文を読み返す, part 3:
memory and sequences, plus two optimisation papers), saved from the browser as "Web page, HTML only": JUGEM's old
XHTML template in EUC-JP (the `charset=EUC-JP` meta; the file is EUC-JP bytes), the blog header, the entry
(`entry_title`, the date line "2024.03.03 Sunday", the body with a list, a table and links, the "posted by" state
line with comments(N) / trackbacks(0)), the comments and their form, the trackback URL, the sidebar (PROFILE,
CATEGORIES, ARCHIVES, LINKS, SEARCH, the "PR" ad box), "Powered by JUGEM". The d2l.ai chapter, Colah's blog post and
the PyTorch docs are not papers; "LSTM", "NTM", "AdamW", "SAM", "Memformer", "backprop", "LeNet" are nicknames."""
import os, re, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded, CAT
from make_expected import by_num, keys, BACKPROP, LSTM, LENET

F = by_num(1105)
K = dict(bahdanau="1409.0473", adamw="1711.05101", memformer="2010.06891", ntm="1410.5401", sam="2010.01412",
         bp=BACKPROP, lstm=LSTM, lenet=LENET)
BLOG = "http://yurufuwa-ml.jugem.jp"
EID = 152
COMMENTS = [("たけし", "2024/03/04 8:52 AM", "NTMの図、懐かしいです。Memformerは知らなかったので読んでみます！"),
            ("ゆるふわ", "2024/03/04 10:15 PM", "たけしさん コメントありがとうございます。Memformerはコードも公開されているので試しやすいですよ。")]
body = f"""名作論文を読み返すシリーズ、第3回は「記憶と系列」です。<br />
最近のTransformerばかり読んでいると、昔の論文の書き方がむしろ新鮮に感じます。<br />
<br />
<strong>今回読んだもの</strong><br />
<ol>
<li>Rumelhart, Hinton, Williams「{T(K['bp'])}」Nature 323 (1986)<br />
たった4ページ。誤差逆伝播の原点。arXivなんてない時代なので図書館でコピーしました（笑）</li>
<li>Hochreiter &amp; Schmidhuber, &quot;{T(K['lstm'])}&quot;, Neural Computation, 1997<br />
忘却ゲートはこの論文にはまだ無い、というのを今回初めてちゃんと確認。</li>
<li>LeCun et al., {T(K['lenet'])}, Proc. IEEE, 1998<br />
46ページの大作。LeNet-5の部分だけでも。</li>
<li><a href="https://arxiv.org/abs/{K['bahdanau']}" target="_blank">{T(K['bahdanau'])}</a><br />
アテンションの始まり。図3のアラインメントの可視化は今見ても美しい。</li>
<li>Graves et al. {T(K['ntm'])} (arXiv:{K['ntm']})<br />
外部メモリを微分可能に読み書きする。コピー課題の実験が分かりやすい。</li>
<li><a href="https://openreview.net/forum?id={CAT[K['memformer']]['openreview_id']}" target="_blank">{T(K['memformer'])}</a><br />
NTMの発想をTransformerに持ち込んだ感じ。OpenReviewのレビューも面白い。</li>
</ol>
<br />
<strong>おまけ：最適化の2本</strong><br />
<table border="1" cellpadding="4" style="border-collapse:collapse;">
<tr><th>論文</th><th>リンク</th><th>ひとこと</th></tr>
<tr><td>{T(K['adamw'])}</td><td><a href="https://arxiv.org/abs/{K['adamw']}" target="_blank">arXiv</a></td><td>AdamのL2正則化と重み減衰は別物</td></tr>
<tr><td>{T(K['sam'])}</td><td>arXiv:{K['sam']}</td><td>SAM。平坦な解を探す</td></tr>
</table>
<br />
参考：<a href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/" target="_blank">Colah&#39;s blog のLSTM解説</a>、
<a href="https://d2l.ai/chapter_recurrent-modern/lstm.html" target="_blank">d2l.ai の LSTM の章</a>、
<a href="https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html" target="_blank">PyTorchのAdamWのドキュメント</a>。<br />
<br />
次回は「生成モデル」の予定です。"""
comments = "\n".join(f"""<div class="comment">
<div class="comment_body">{c}</div>
<div class="comment_state">{n} | {d} | <a href="{BLOG}/?eid={EID}#comments">comments</a></div>
</div>""" for n, d, c in COMMENTS)
page = f"""<?xml version="1.0" encoding="EUC-JP"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<title>名作論文を読み返す(3) 記憶と系列 | ゆるふわ機械学習メモ</title>
<link rel="stylesheet" href="{BLOG}/css/style.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{BLOG}/?mode=rss" />
</head>
<body>
<div id="header">
<h1><a href="{BLOG}/">ゆるふわ機械学習メモ</a></h1>
<div class="description">論文を読んだらメモする。たまに実装。</div>
</div>
<div id="flame">
<div id="main">
<div class="entry">
<div class="entry_date">2024.03.03 Sunday</div>
<h2 class="entry_title"><a href="{BLOG}/?eid={EID}">名作論文を読み返す(3) 記憶と系列</a></h2>
<div class="entry_body">
{body}
</div>
<div class="entry_state">posted by ゆるふわ | 23:14 | <a href="{BLOG}/?cid=7">論文メモ</a> | <a href="{BLOG}/?eid={EID}#comments">comments({len(COMMENTS)})</a> | <a href="{BLOG}/?eid={EID}#trackback">trackbacks(0)</a> |</div>
</div>
<a name="comments"></a>
<div class="comment_title">comments</div>
{comments}
<div class="comment_form">
<form method="post" action="{BLOG}/?mode=comment">
<input type="hidden" name="eid" value="{EID}" />
name: <input type="text" name="name" /><br />
email: <input type="text" name="mail" /><br />
url: <input type="text" name="url" /><br />
<textarea name="comment" rows="5" cols="40"></textarea><br />
<input type="submit" value="送信" />
</form>
</div>
<a name="trackback"></a>
<div class="trackback_title">trackback</div>
<div class="trackback_url">{BLOG}/trackback/{EID}</div>
<div class="page_navi"><a href="{BLOG}/?eid={EID - 1}">&lt;&lt; 名作論文を読み返す(2) 画像認識</a> | <a href="{BLOG}/">TOP</a> | <a href="{BLOG}/?eid={EID + 1}">Colabの無料枠でどこまでできるか &gt;&gt;</a></div>
</div>
<div id="side">
<div class="sidetitle">PROFILE</div>
<div class="side">ゆるふわ<br />都内でMLエンジニア。週末に論文を読む。</div>
<div class="sidetitle">CATEGORIES</div>
<div class="side"><a href="{BLOG}/?cid=7">論文メモ (38)</a><br /><a href="{BLOG}/?cid=3">実装 (21)</a><br /><a href="{BLOG}/?cid=1">日記 (54)</a></div>
<div class="sidetitle">ARCHIVES</div>
<div class="side"><a href="{BLOG}/?month=202403">March 2024 (2)</a><br /><a href="{BLOG}/?month=202402">February 2024 (5)</a><br /><a href="{BLOG}/?month=202401">January 2024 (4)</a></div>
<div class="sidetitle">LINKS</div>
<div class="side"><a href="https://arxiv.org/list/cs.LG/recent">arXiv cs.LG</a><br /><a href="https://paperswithcode.com/">Papers with Code</a></div>
<div class="sidetitle">SEARCH</div>
<div class="side"><form method="get" action="{BLOG}/"><input type="text" name="search" /><input type="hidden" name="mode" value="search" /><input type="submit" value="検索" /></form></div>
<div class="sidetitle">PR</div>
<div class="side"><a href="https://jugem.jp/" target="_blank">無料ブログ作成サービス JUGEM</a></div>
</div>
</div>
<div id="footer">Powered by <a href="https://jugem.jp/" target="_blank">JUGEM</a></div>
</body>
</html>
"""
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
write_encoded(F, page, "euc_jp", keys(F), forms=[text])
