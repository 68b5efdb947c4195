#!/usr/bin/env python3
"""2223: a note (note.com) article with comments by a master's student of the University of Aizu (会津大学), copied from
the browser as text (as remembered: «見出し画像» for the header image, the title, the creator name, «yyyy年m月d日 hh:mm»,
the body with its headings as plain lines, the hashtags «#…», «スキ» with its count, «この記事が気に入ったらサポートを
してみませんか？», the creator box with «フォロー», «コメント（n）» and each comment as name, text, «yyyy年m月d日 hh:mm»,
then the footer links «noteプレミアム», «note pro», «よくある質問・noteの使い方», «プライバシー», «利用規約»,
«© note inc.»).
Japanese with English titles.
Computed: the comment count = the comments, comment times after the post (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2223)
post = dt.datetime(2026, 4, 18, 21, 7)
CREATOR = "みなと｜会津でCV修行中"
SUKI = 37
fmt = lambda d: f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"
BODY = [
 "こんにちは、会津大学大学院のM1のみなとです。研究室の輪読で4月に読んだ論文を、自分用のメモも兼ねてまとめます。",
 "テーマは「検出・マッチング・マルチモーダル」です。",
 "",
 "物体検出とデータ拡張",
 f"1本目は {T('2010.04159')}。",
 "https://arxiv.org/abs/2010.04159",
 "DETRの学習の遅さを deformable attention で解決した論文で、研究室の標準ベースラインになっています。",
 f"2本目は {T('2012.07177')}（https://arxiv.org/pdf/2012.07177v2.pdf）。",
 "コピペするだけでこんなに効くのか…と全員驚いていました。",
 f"正則化つながりで {T('2101.01761')} も紹介されましたが、こちらは時間切れで来週に持ち越しです。",
 "",
 "マッチングと変化検出",
 f"{T('2103.14167')} http://arxiv.org/abs/2103.14167",
 "画像間の対応点をTransformerで直接出すやり方。会津の鶴ヶ城の写真で試したらきれいに対応が取れました。",
 f"もう1本は日本の研究者による {T('2103.14146')}（arXiv:2103.14146）。",
 "2枚の画像の違いを文章で説明しつつ場所も示すタスクで、卒論のテーマにも近いです。",
 "",
 "マルチモーダルとおまけ",
 f"{T('2301.12597')} → https://arxiv.org/abs/2301.12597",
 f"先輩のおすすめで DeepMind の Gato、つまり {T('2205.06175')} も読みました（正直、半分くらいしか理解できていません）。",
 f"可視化ツールの論文 {T('2103.14625')} は、attention を眺めるのに便利でした。",
 "",
 "論文以外で役に立ったもの",
 "・detectron2 と MMDetection（ライブラリ）",
 "・『ゼロから作るDeep Learning』（斎藤康毅、オライリー・ジャパン）",
 "・COCO データセット",
 "・MIRU のチュートリアル講演の録画",
 "",
 "来月はセグメンテーション系を読む予定です。",
]
COMMENTS = [
 ("ゆき@福島のエンジニア", dt.datetime(2026, 4, 19, 8, 12), "Copy-Paste の結果、うちの現場データでも試してみます！まとめありがとうございます。"),
 ("みなと｜会津でCV修行中", dt.datetime(2026, 4, 19, 12, 40), "コメントありがとうございます！結果が出たらぜひ教えてください🙏"),
]
assert all(d > post for _, d, _ in COMMENTS)
out = ["見出し画像", "", "【輪読メモ】M1が4月に読んだ検出・マッチング・マルチモーダル論文8本", "", CREATOR, fmt(post), ""]
out += BODY + ["", "#機械学習 #論文紹介 #コンピュータビジョン #会津大学 #輪読", "", "スキ", str(SUKI), "",
               "この記事が気に入ったらサポートをしてみませんか？", "", CREATOR, "フォロー", "",
               f"コメント（{len(COMMENTS)}）", ""]
for who, d, text in COMMENTS:
    out += [who, text, fmt(d), ""]
out += ["noteプレミアム", "note pro", "よくある質問・noteの使い方", "プライバシー", "利用規約", "© note inc."]
write_only(F, "\n".join(out) + "\n", keys(F))
