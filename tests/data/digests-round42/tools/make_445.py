#!/usr/bin/env python3
"""445: a Scrapbox (Cosense) page copied as its raw text: the first line is the page title, one-space indents make
bullets, `[* …]` / `[** …]` bold headings, external links `[URL text]` and `[text URL]`, internal links `[ページ]`,
hashtags, `code:python` blocks indented by a space, `>` quotes, `[/ …]` italics, an image URL on its own. Japanese.
Vision backbones, initialisation, augmentation, dataset condensation, a graph transformer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F445, keys, LENET, GLOROT

K = keys(F445)
t = T
text = f"""画像バックボーン輪読 2024前期
[** まとめページ]  担当: [大西]  更新: 2024/07/22
 毎週木曜 13:30〜、オンライン（Meetのリンクは[輪読会運営]ページ）
 1回1〜2本、担当者がこのページに要点を書く。論文名は正式タイトルで書くこと（略称だけだと後で検索できない）
 #輪読 #CV #バックボーン

[** 古典]
 [* 第1回 CNNの原点]
  『{t(LENET)}』 Proceedings of the IEEE, 1998
   LeNet-5。手書き数字。[/ graph transformer networks]の話が後半にあるが今回は飛ばす
  {t(GLOROT)}
   AISTATS 2010、[https://proceedings.mlr.press/v9/glorot10a.html PMLRのページ]
   いわゆるXavier初期化。分散を層ごとに保つ議論
 [* 第2回 ResNetまで]
  [{t('1512.03385')}]  (CVPR 2016)
   [ResNet]のページに図を貼った
  {t('1502.01852').lower()} — ICCV 2015
   He初期化 + PReLU。第1回のXavierと比較
   > 「ReLUだと分散が半分になる」← ここが一番大事

[** ViT以降]
 [* 第3回 Transformerが来た]
  [https://openreview.net/forum?id={OR('2010.11929')} {t('2010.11929')}]
   ICLR 2021。パッチ16x16、JFT事前学習が前提
  {t('2106.04560')}  arXiv:2106.04560
   データとモデルサイズのスケーリング則。Adafactorの改造の話もある
 [* 第4回 ConvNetの逆襲]
  [https://arxiv.org/abs/2201.03545 {t('2201.03545')}]
   ResNetをViT風に一つずつ近代化していく論文。表が読みやすい
   code:python
    import timm
    m = timm.create_model("convnext_tiny", pretrained=True)
   ↑timmで動かすだけならこれで十分（timmはライブラリ、論文ではない）

[** 周辺]
 [* 第5回 データ側]
  [{t('2012.07177')} https://arxiv.org/abs/2012.07177]
   Copy-Paste。インスタンスをそのまま貼るだけ。Detectron2に実装あり
  {t('2006.05929')} (ICLR 2021)
   データセット蒸留。勾配を合わせる
 [* 第6回 番外編：グラフ]
  {t('2106.05234')}  arXiv:2106.05234
   Graphormer。画像じゃないけど「Transformerを別ドメインへ」という流れで
   https://scrapbox.io/files/6650a1c2f1e3b4001d2c7e19.png

[** 読まなかったもの・メモ]
 Swin, DeiT, MAEは後期に回す（[後期候補]ページ）
 [CS231n]の講義動画は復習用に各自で
 [ImageNet]の前処理は[前処理メモ]にまとめた

関連: [輪読会運営] [ResNet] [後期候補] [大西]
"""
write_only(F445, text, K)
