#!/usr/bin/env python3
"""1166 (negative): a Muragon (ムラゴン) blog post copied from the browser as text: the blog header and menu, the
post title, the date line with the Japanese weekday (computed), the body about how the writer keeps up with papers —
tools, sites, newsletters, a book, a study group, nicknames only (Transformer の原論文, BERT, 拡散モデル) — the tags,
the like count, three comments (the count computed), the sidebar and Muragon's footer. Japanese. It names no paper by
its title and holds no arXiv-shaped id; the builder refuses any catalogue title and anything arXiv-shaped."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1166

D = dt.datetime(2024, 6, 9, 21, 14)
WD = "月火水木金土日"
comments = [
    ("ぽんず", "2024/06/09 22:03", "Zotero のブラウザ拡張、便利ですよね！私は Paperpile 派です。"),
    ("院生K", "2024/06/10 07:41", "「三行で要約」ルール、真似させてもらいます。研究室の輪読会でもやってみたいです。"),
    ("kaz_ml", "2024/06/10 12:18", "arXiv のメール、全部読もうとして挫折しました笑　カテゴリを絞るの大事ですね。"),
]
text = f"""ゆるっと研究ノート
理系院生の日々のメモ

ホーム
カテゴリー
アーカイブ
プロフィール

論文を「読み続ける」ための、わたしの仕組み（2024年版）
{D.year}/{D.month:02d}/{D.day:02d}({WD[D.weekday()]}) {D.hour:02d}:{D.minute:02d}　カテゴリー：研究のこと

こんばんは。修士2年のみおです。
今日は「論文ってどうやって追いかけてるの？」とよく聞かれるので、今のやり方をまとめておきます。
具体的な論文の紹介ではなく、仕組みの話です（紹介記事はまた今度…！）。

■ 1. 入口をしぼる
・arXiv の新着メールは cs.CL だけに登録。全部読むのは無理なので、タイトルだけ流し見します。
・Papers with Code のトレンドは週1回だけ見る。
・ニュースレターは2つまで（The Batch と、日本語のものを1つ）。

■ 2. 管理する
・気になったものは全部 Zotero に放り込む。ブラウザ拡張でワンクリック。
・タグは「今週」「いつか」「輪読候補」の3つだけ。
・PDF には必ず「三行で要約」をメモしてから閉じる。これが一番効きました。

■ 3. 人と読む
・研究室の輪読会（毎週木曜）で、月に1本は自分が担当する。
・去年は Transformer の原論文や BERT みたいな定番を、今年は拡散モデルまわりを読んでいます。
・わからないところは先輩に聞く。恥ずかしがらない。

■ 4. 基礎は本で
・『ゼロから作る Deep Learning』を今さら読み直し中。基礎が抜けてると論文がつらい…。

次回は「輪読会のスライドの作り方」を書く予定です。
最後まで読んでくださってありがとうございました🌱

#論文　#機械学習　#大学院生活　#研究室

いいね！ 18

コメント（{len(comments)}）
""" + "".join(f"""
{name}
{when}
{body}
""" for name, when, body in comments) + """
コメントを書く

＜前の記事　梅雨入り前に研究室の大掃除
次の記事＞　（まだありません）

プロフィール
みお
情報系の修士2年。自然言語処理を勉強中。コーヒーと猫が好き。

カテゴリー
研究のこと（24）
日常（41）
読んだ本（9）

ムラゴンで簡単ブログ
ブログを始める
© Muragon
"""
write(F1166, text, negative=True)
