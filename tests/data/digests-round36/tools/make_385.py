#!/usr/bin/env python3
"""385: a note.com article selected in the browser and pasted as text: "見出し画像", the title, the author and
the posting time ("2024年1月3日 21:05"), the 目次 box whose entries are the article's headings, the body (headings
"■ n." with numbered papers ①–⑨ and the writer's comments), hashtags, "スキ" and its count, the support box
("この記事が気に入ったらチップで応援してみませんか？"), the author box with フォロー, and the site footer.
The writer (a grab-bag of papers read in 2021) writes titles in 『』 and 「」, after "論文名：" and "タイトル：",
in lower case, with a full stop, followed by the venue in （）. Papers: arXiv abs/pdf URLs (link), "arXiv:ID"
(arxiv-text), the rest title-only. A Qiita article, the neuraloperator repository, PyTorch Geometric, OGB, a
textbook, a YouTube talk and the nicknames DARTS and AlphaFold2 are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F385, keys

HEADS = ["■ 1. 画像とマッチング", "■ 2. グラフと物理シミュレーション", "■ 3. 最適化・継続学習・NAS", "■ おわりに"]
text = f"""見出し画像
2021年に読んだ論文から9本、いまさら振り返る
森川 遥
2024年1月3日 21:05
目次
{chr(10).join(HEADS)}

年末に研究室の本棚と Zotero を整理していたら、2021年に読んだ論文のメモがたくさん出てきたので、今でも思い出す9本を選んで短くまとめておきます。分野はばらばらです。リンクは手元のメモに残っていたものだけ貼っています。

{HEADS[0]}

① 『{T('2103.14167')}』（ICCV 2021）
https://arxiv.org/abs/2103.14167
画像間の対応点を Transformer で直接問い合わせる手法。クエリ点を与えると対応点が返ってくる、というインターフェースが好きでした。

② 「{T('2103.14146')}」
変化検出＋キャプション生成を複数の変化に拡張した論文。データセットの作り方が参考になりました。

{HEADS[1]}

③ Graphormer の論文（タイトルは Do Transformers Really Perform Bad for Graph Representation?、arXiv:2106.05234）
OGB-LSC で優勝したモデル。中心性エンコーディングと空間エンコーディングがポイント。PyTorch Geometric で自前実装しようとして挫折しました。

④ タイトル：{T('2010.08895')}
https://arxiv.org/pdf/2010.08895.pdf
ニューラルオペレータの定番。公式の neuraloperator リポジトリが整備されているので、まずそちらを動かすのがおすすめ。

⑤ {T('2010.03409')}（ICLR 2021）
いわゆる MeshGraphNets。布や流体のシミュレーションをメッシュ上の GNN で学習します。AlphaFold2 の話題で持ちきりだった年ですが、個人的にはこちらの方が衝撃でした。

{HEADS[2]}

⑥ 論文名：{T('2103.13462').lower()}
Tengyu Ma による教科書の一章（Beyond the Worst-Case Analysis of Algorithms の第21章）。非凸最適化でなぜ局所的な手法がうまくいくのか、の見通しがよくなります。

⑦ 『{T('2103.09762')}』
過去タスクの勾配部分空間に直交する方向にだけ更新する継続学習の手法。実装は短いです。

⑧ AutoHAS：{T('2006.03656')}
https://arxiv.org/abs/2006.03656
ハイパーパラメータとアーキテクチャを同時に探索する話。

⑨ {T('2108.04392')}.
DARTS のアーキテクチャ選択（α の大きさで選ぶ）を疑う論文で、摂動ベースの選択を提案しています。Qiita に日本語の解説記事があって助かりました。

{HEADS[3]}

書き出してみると、2021年は「Transformer を何にでも使う」年だったなという印象です。教科書なら『ゼロから作るDeep Learning』シリーズを読み直していました。YouTube に上がっている GNN の講演も良かったです。今年もゆるく続けます。

#機械学習 #論文紹介 #読書記録 #振り返り
スキ
58
この記事が気に入ったらチップで応援してみませんか？
チップで応援する
森川 遥
大学院で機械学習を研究しています。読んだ論文のメモを気が向いたときに書きます。
フォロー
note プレミアム
note pro
よくある質問・noteの使い方
プライバシー
クリエイターへのお問い合わせ
フィードバック
ご利用規約
© 2024 note, inc.
"""
write_only(F385, text, keys(F385))
