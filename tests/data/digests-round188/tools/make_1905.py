#!/usr/bin/env python3
"""1905: a post on Bloguru (ブログル), the Japanese blog service, copied from the browser (Japanese): the site bar, the
blog name and menu, the title, the date, the text, the tags, the «コメント (n)» head and the comments «text / name
yyyy/mm/dd hh:mm», the comment form. The blog, its author, the commenters and the dates are invented; diffusers,
Stable Diffusion web UI and a book appear as what they are. Computed: the comment count and the order (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1905)
POST = dt.datetime(2026, 2, 11, 22, 15)
BODY = [
 "この冬、研究室の輪講で「生成モデルと自己教師あり学習」を担当しました。読んだ順に簡単なメモを残しておきます。",
 "",
 f"■ スコアベース：{T('1907.05600')}（https://arxiv.org/abs/1907.05600）。拡散モデルの前史として外せません。",
 f"■ 潜在空間での拡散：{T('2106.05931')}。arXiv:2106.05931 で読めます。",
 f"■ テキストから画像：{T('2204.06125')} → https://arxiv.org/pdf/2204.06125v1",
 f"■ 最近のもの：{T('2403.03206')}。Stable Diffusion 3 の論文です。",
 "",
 "後半は自己教師あり学習。",
 f"・{T('2111.06377')}　http://arxiv.org/abs/2111.06377",
 f"・{T('1911.05722')}　https://arxiv.org/abs/1911.05722v3",
 f"・{T('2002.05709')}（SimCLR、リンクは省略）",
 "",
 "実装は diffusers と Stable Diffusion web UI で遊んだだけですが、理解が深まりました。",
 "教科書としては『ゼロから作るDeep Learning』シリーズの生成モデル編がわかりやすかったです。",
]
COMMENTS = [
 ("3Dはやらないんですか？ 一枚の画像から別視点を作るやつ。", "みなと", dt.datetime(2026, 2, 12, 8, 41)),
 (f"みなとさん、{T('2303.11328')} ですね。次回の輪講で扱う予定です！", "くまのすけ", dt.datetime(2026, 2, 12, 12, 3)),
 ("まとめありがとうございます。MAE の節、わかりやすかったです。", "ゆずこ", dt.datetime(2026, 2, 14, 19, 27)),
]
assert [c[2] for c in COMMENTS] == sorted(c[2] for c in COMMENTS) and COMMENTS[0][2] > POST
out = ["bloguru ブログル　ログイン　新規登録", "", "くまのすけの研究ノート", "ホーム　ブログ　フォト　プロフィール", "",
       "生成モデルと自己教師あり学習：輪講で読んだ論文メモ", f"{POST:%Y/%m/%d} {POST:%H:%M}", ""]
out += BODY + ["", "タグ：機械学習　論文　拡散モデル", "", f"いいね！ 12　コメント ({len(COMMENTS)})", ""]
for t, n, d in COMMENTS:
    out += [t, f"{n}　{d:%Y/%m/%d %H:%M}", ""]
out += ["コメントを書く", "名前", "本文", "送信", "", "Copyright © bloguru All Rights Reserved."]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
