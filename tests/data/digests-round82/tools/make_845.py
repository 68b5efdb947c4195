#!/usr/bin/env python3
"""845: a Togetter まとめ page (togetter.com/li/<id>) saved from the browser: header, `<h1>` title, description, view /
favourite counts, tags; the curated posts as `<li class="list_item">` with `<div class="list_box type_tweet">`: icon,
`status_name` / `status_id` (@handle), `<p class="tweet">` text with links as `<a href="https://t.co/…" title="<expanded
URL>">` whose text is the display URL (scheme dropped, cut with "…" after 25 characters), `status` permalink with
"yyyy-mm-dd hh:mm:ss"; a comments block, related まとめ, ads. Posts keep within 280 weighted characters (CJK 2, URLs
23). Japanese. Scientific ML and vision papers; a dataset, a workshop, a library and a book are not papers."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(845)
LI = 2331876


def tco(u):
    h = hashlib.sha1(u.encode()).hexdigest()
    code = "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[int(h[i:i + 2], 16) % 62] for i in range(0, 20, 2))
    d = u.split("://", 1)[1]
    if len(d) > 25: d = d[:25] + "…"
    return f'<a href="https://t.co/{code}" class="link" target="_blank" rel="nofollow" title="{u}">{d}</a>'


USERS = {"simlab_mori": "森 / 計算力学", "kaze_no_kenkyu": "風野 研究室bot(中の人あり)", "pde_neko": "偏微分ねこ",
         "vision_yoshida": "吉田@画像認識", "gakusei_b4": "B4のひと", "kenkyu_memo_jp": "研究メモ"}
POSTS = [
 ("simlab_mori", 1767401122003300001, "2024-03-12 09:02:11",
  f"来週の勉強会、テーマは「シミュレーションを学習で置き換える」。まずは定番から。\n{T('2010.08895')}\n{tco('https://arxiv.org/abs/2010.08895')}"),
 ("simlab_mori", 1767401388100400002, "2024-03-12 09:03:15",
  f"メッシュをそのままグラフとして扱う系。流体・布・構造まで。\n{T('2010.03409')}\n{tco('https://arxiv.org/abs/2010.03409')}"),
 ("pde_neko", 1767405530200500003, "2024-03-12 09:19:42",
  "フーリエ空間で畳み込むやつ、解像度を変えても推論できるのが本当に便利。うちの拡散方程式でも試した"),
 ("kaze_no_kenkyu", 1767411941300600004, "2024-03-12 09:45:10",
  f"タンパク質も入れるなら外せない。arXivには無いのでNature本誌で。\n{T(ALPHAFOLD)}"),
 ("vision_yoshida", 1767420077400700005, "2024-03-12 10:17:29",
  f"勉強会、画像側からも何本か。検出はこれが基本。\n{T('2010.04159')}\n{tco('https://arxiv.org/pdf/2010.04159.pdf')}"),
 ("vision_yoshida", 1767420391500800006, "2024-03-12 10:18:44",
  f"画像間の対応点をTransformerで。\n{T('2103.14167')} (arXiv:2103.14167)"),
 ("gakusei_b4", 1767431170600900007, "2024-03-12 11:01:33",
  f"B4です、グラフの回でこれ紹介していいですか\n{T('2106.05234')}"),
 ("simlab_mori", 1767432204701000008, "2024-03-12 11:05:39",
  "@gakusei_b4 ぜひ!分子の性質予測のベンチマークで強かったやつですね。データセットの説明も少し入れてもらえると助かります"),
 ("vision_yoshida", 1767440812801100009, "2024-03-12 11:39:50",
  f"変化検出も入れたい。二枚の画像の違いを文章で説明+位置特定。\n{T('2103.14146')}"),
 ("kenkyu_memo_jp", 1767452010901200010, "2024-03-12 12:24:21",
  f"ドメイン汎化の手法比較なら、まずこれを読んでから。ちゃんと調整したERMが強い、という話。\n{T('2007.01434')}"),
 ("pde_neko", 1767460219001300011, "2024-03-12 12:56:58",
  "ちなみにPDEのデータセットはPDEBench(データセット)が使いやすい。論文じゃなくてデータの話です"),
 ("kaze_no_kenkyu", 1767471188101400012, "2024-03-12 13:40:32",
  "ワークショップ「科学のための機械学習」(3/28、オンライン)の参加登録始まってます。発表は論文ではなく事例紹介中心"),
 ("simlab_mori", 1767489903201500013, "2024-03-12 14:54:55",
  "まとめておきました。教科書的には『物理インフォームド機械学習入門』(書籍)も併せてどうぞ"),
]
COMMENTS = [("ゲスト", "2024-03-12 16:03", "勉強会の録画はありますか?"), ("simlab_mori", "2024-03-12 16:40", "録画はありませんが、スライドは後日公開します。")]


def weighted(text):
    import re
    t = re.sub(r"https?://\S+", "x" * 23, text)
    return sum(2 if ord(c) > 0x10FF else 1 for c in t)


items = []
for i, (h, sid, d, t) in enumerate(POSTS):
    import re
    plain = re.sub(r'<a [^>]*title="([^"]+)">[^<]*</a>', r"\1", t)
    assert weighted(plain) <= 280, (sid, weighted(plain))
    body = t.replace("\n", "<br>")
    items.append(f'''      <li class="list_item" data-index="{i}">
        <div class="list_box type_tweet">
          <div class="icon_box"><a href="https://twitter.com/{h}" target="_blank" rel="nofollow"><img class="icon_24" src="https://pbs.twimg.com/profile_images/{sid // 1000}/{h}_normal.jpg" alt="{USERS[h]}" width="24" height="24"></a></div>
          <div class="tweet_wrap">
            <div class="status_right"><a class="user_link" href="https://twitter.com/{h}" target="_blank" rel="nofollow"><strong class="status_name">{USERS[h]}</strong><span class="status_id">@{h}</span></a></div>
            <p class="tweet">{body}</p>
            <div class="status"><a class="link" href="https://twitter.com/{h}/status/{sid}" target="_blank" rel="nofollow">{d}</a></div>
          </div>
        </div>
      </li>''')
comments = "\n".join(f'      <div class="comment_box"><div class="comment_name">{n}</div><p class="comment_body">{c}</p><span class="comment_date">{d}</span></div>' for n, d, c in COMMENTS)
RELATED = ["物理シミュレーション×深層学習 論文紹介まとめ", "画像認識勉強会 2024年2月の発表資料", "B4が研究室に配属されて最初に読む論文の話"]
rel = "\n".join(f'        <li><a href="https://togetter.com/li/{2320000 + i * 4177}">{t}</a></li>' for i, t in enumerate(RELATED))
TITLE = "「シミュレーションを学習で置き換える」勉強会の論文リスト(+画像認識の回)"
html = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{TITLE} - Togetter [トゥギャッター]</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="来週の勉強会で扱う論文のリストです。流体・メッシュ・タンパク質、画像の検出・対応点・変化検出まで。">
<link rel="canonical" href="https://togetter.com/li/{LI}">
<link rel="stylesheet" href="https://togetter.com/css/pc/main.css?v=20240301">
</head>
<body class="li_page">
<header class="header_area"><div class="header_inner"><a class="logo" href="https://togetter.com/">Togetter</a><nav><a href="https://togetter.com/hot">人気</a> <a href="https://togetter.com/recent">新着</a> <a href="https://togetter.com/cat/science">科学</a> <a href="https://togetter.com/cat/it">IT</a></nav><a class="login_btn" href="https://togetter.com/login">ログイン</a></div></header>
<div class="ad_area ad_top"><!-- 広告 --></div>
<main class="contents_main">
  <div class="info_box">
    <h1 class="title">{TITLE}</h1>
    <p class="info_text">来週の勉強会で扱う論文のリストです。流体・メッシュ・タンパク質、画像の検出・対応点・変化検出まで。</p>
    <div class="info_status"><span class="info_date">2024-03-12 15:02:47</span> <span class="info_view">4823 view</span> <span class="info_fav">51 お気に入り</span></div>
    <ul class="info_tag"><li><a href="https://togetter.com/t/機械学習">機械学習</a></li><li><a href="https://togetter.com/t/論文">論文</a></li><li><a href="https://togetter.com/t/勉強会">勉強会</a></li></ul>
  </div>
  <div class="tweet_box">
    <ul>
{chr(10).join(items)}
    </ul>
  </div>
  <div class="ad_area ad_middle"><!-- 広告 --></div>
  <section class="comment_area"><h3>コメント</h3>
{comments}
  </section>
  <section class="related_area"><h3>関連まとめ</h3>
      <ul>
{rel}
      </ul>
  </section>
</main>
<footer class="footer_area"><p>&copy; 2024 Togetter <a href="https://togetter.com/info/terms">利用規約</a> <a href="https://togetter.com/info/privacy">プライバシーポリシー</a></p></footer>
</body>
</html>
'''
write_only(F, html, keys(F))
