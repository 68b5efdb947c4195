#!/usr/bin/env python3
"""405: a Zenn article (Japanese) as its Markdown source from the author's zenn-content repository: YAML front
matter (title, emoji, type, topics, published, published_at), Zenn's `:::message` and `:::details` blocks, `@[card](…)`
link-card embeds on their own lines, footnotes `[^n]`, and tables "| # | 論文 | 会議 | リンク | ひとこと |" numbered
across the article, one title broken in its cell by `<br>`. Papers: an OpenReview forum link, an arXiv abs link in a
table, an `@[card](https://arxiv.org/abs/…)` embed, an arXiv pdf link after 論文名 (link); "arXiv:2004.08955" in the
link cell (arxiv-text); titles linked to CVF open-access pages or to a GitHub repository, one split by `<br>`, one in
lower case (title-only); in prose titles also appear in 『』 and after "論文名：". timm, Detectron2, mmdetection, COCO,
ImageNet-21k, JFT-3B, SA-1B, a YouTube talk, Swin / DETR / DINOv2 / Mask R-CNN (nicknames) and the author's earlier
Zenn article are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F405, keys

CVF = "https://openaccess.thecvf.com/content"
rows_backbone = [
 (T("2010.11929").replace(": ", ":<br>"), "ICLR 2021", f"[OpenReview](https://openreview.net/forum?id={OR('2010.11929')})",
  "いわゆる ViT。画像を 16×16 のパッチに切って Transformer に入れるだけ。JFT-300M 級のデータがないと CNN に勝てない点に注意"),
 (T("2004.08955"), "CVPRW 2022", "arXiv:2004.08955", "Split-Attention ブロックで ResNet を強化。検出・セグメンテーションの下流タスクで強い"),
 (T("2201.03545"), "CVPR 2022", f"[CVF]({CVF}/CVPR2022/html/Liu_A_ConvNet_for_the_2020s_CVPR_2022_paper.html)",
  "ConvNeXt。ResNet を一歩ずつ Swin に寄せていくと CNN でも勝てる、という話"),
 (T("2106.04560").lower(), "CVPR 2022", f"[CVF]({CVF}/CVPR2022/html/Zhai_Scaling_Vision_Transformers_CVPR_2022_paper.html)",
  "ViT-G/14 まで。JFT-3B での scaling law"),
]
rows_det = [
 (T("2010.04159"), "ICLR 2021", "[GitHub](https://github.com/fundamentalvision/Deformable-DETR)",
  "DETR の収束の遅さを deformable attention で解決。学習エポックが 1/10 に"),
 ("Simple Copy-Paste is a Strong Data Augmentation Method<br>for Instance Segmentation", "CVPR 2021",
  f"[CVF]({CVF}/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html)",
  "物体を別の画像に貼るだけ。Mask R-CNN でも効く。実装は Detectron2 にも mmdetection にもある"),
 (T("2304.02643"), "ICCV 2023", "[arXiv](https://arxiv.org/abs/2304.02643)", "SAM。SA-1B（10 億マスク）とプロンプト可能なセグメンテーション"),
]
HDR = ["| # | 論文 | 会議 | リンク | ひとこと |", "| --- | --- | --- | --- | --- |"]


def table(rows, start):
    return "\n".join(HDR + [f"| {i} | {t} | {v} | {l} | {c} |" for i, (t, v, l, c) in enumerate(rows, start)])


text = f"""---
title: "画像認識の重要論文を表で整理した（バックボーン・検出・対応点）"
emoji: "👁"
type: "tech"
topics: ["機械学習", "computervision", "論文紹介", "transformer"]
published: true
published_at: 2024-02-18 09:00
---

:::message
この記事は社内勉強会「CV 論文輪読会」第 12 回の資料に加筆したものです。間違いがあればコメントで教えてください。
:::

## はじめに

新しくチームに入った人から「画像認識で最低限読んでおくべき論文は？」とよく聞かれるので、ここ数年の輪読会で扱ったものを表にまとめました。各表の「ひとこと」は私の主観です[^1]。
前回の記事（Zenn で「輪読会の進め方」として公開）も合わせてどうぞ。

## バックボーン

{table(rows_backbone, 1)}

ViT 系の実装は timm を使うのが一番楽です。事前学習済みの重み（ImageNet-21k）もそのまま使えます。

:::details 補足：ViT と ConvNeXt のどちらを使うべきか
データが少ない案件では今でも ConvNeXt の方が安定することが多いです。DINOv2 の重みを使う場合は ViT 一択です。
:::

## 検出・セグメンテーション

{table(rows_det, 1 + len(rows_backbone))}

SAM については著者のトーク（YouTube、約 40 分）がわかりやすいです。

@[youtube](Hn7oLx3QE0M)

## 対応点・変化検出

ここは輪読会で特に議論が盛り上がったところです。

論文名：{T('2103.14167')}（ICCV 2021）

@[card](https://arxiv.org/abs/2103.14167)

2 枚の画像の対応点を、クエリ点ごとに Transformer で回帰するモデルです。密な対応も再帰的にズームして求められます。

もう一本は産総研のグループによる『{T('2103.14146')}』（ICCV 2021）[^2]。2 枚の画像の間の複数の変化を文章で説明し、同時に位置も当てます。
論文 PDF：https://arxiv.org/pdf/2103.14146.pdf

## おわりに

次回はビジョン&ランゲージ（CLIP 以降）をまとめる予定です。いいねやフォローをいただけると励みになります。

[^1]: 会議名は採択された会議です。arXiv 版と内容が違うことがあります。
[^2]: データセットも公開されていて、変化キャプションのベンチマークとして使えます。
"""
forms = (text.replace("<br>", " "),)
write_only(F405, text, keys(F405), forms=forms)
