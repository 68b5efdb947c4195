#!/usr/bin/env python3
"""858: a GROWI wiki page (the open-source Markdown wiki many Japanese university labs run) as its "Markdown
でエクスポート" download writes it: the page body only (no front matter; the page path `/輪読会/2024前期/Vision Backbone`
is in the file name GROWI gives, not in the text), LF, final newline. GROWI-specific syntax: `$lsx(…)` (list child
pages, with `depth=` / `sort=` / `reverse=`), page links `[/path]` and Pukiwiki-style `[[label>/path]]`, user pages
`[/user/…]`, attachments `[…](/attachment/<24-hex ObjectId>)`, a ```` ```tsv-h ```` block (rendered as a table with a
header row), Bootstrap `<div class="alert …">` boxes, task lists and footnotes. A Japanese lab's 輪読会 (reading
group) page for one term on vision backbones: schedule, per-session notes (担当, 要点, 議論メモ), eight papers; the timm
library, a course, a leaderboard and ImageNet are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_only
from make_expected import by_num, keys, LENET

F = by_num(858)
ids = {"vit": "2010.11929", "svit": "2106.04560", "swin": "2103.14030", "cnx": "2201.03545", "rob": "2103.14586",
       "env2": "2104.00298", "why": "2010.08515", "lenet": LENET}

TSV = [
 ("回", "日付", "担当", "論文", "備考"),
 ("0", "4/11(木)", "山城", "[[T:lenet]]", "おさらい回・資料なし"),
 ("1", "4/18(木)", "佐々木", "[[T:vit]]", ""),
 ("2", "4/25(木)", "王", "[[T:svit]]", ""),
 ("3", "5/9(木)", "高橋", "[[T:swin]]", "GW明け"),
 ("4", "5/16(木)", "中村", "[[T:cnx]]", ""),
 ("5", "5/23(木)", "藤田", "[[T:env2]]", "学会参加のため王さんと交代の可能性あり"),
 ("6", "5/30(木)", "佐々木", "[[T:rob]]", ""),
 ("7", "6/6(木)", "王", "[[T:why]]", "理論回（数式多め）"),
]

PAGE = """# 2024年度前期 輪読会：Vision Backbone 編

<div class="alert alert-info">
<strong>目的：</strong>CNN から ViT、そして ConvNet の逆襲まで、画像認識のバックボーンの流れを一通り押さえる。
M1 は最低 1 回担当すること。担当者は前日 18:00 までにスライドをこのページに添付してください。
</div>

- 時間：毎週木曜 13:30〜15:00（第0回のみ 14:00 開始）
- 場所：情報棟 5F ゼミ室 B ／ 学外からは Zoom（URL は Slack の #rinko のピン留めを参照）
- 取りまとめ：[/user/yamashiro]
- 前回：[[2023年度後期 輪読会（自己教師あり学習）>/輪読会/2023後期]]
- 発表の作法：[/研究室マニュアル/輪読会の進め方]

## スケジュール

```tsv-h
{tsv}
```

## 各回のメモ

$lsx(/輪読会/2024前期/Vision Backbone, depth=1, sort=createdAt, reverse=false)

### 第0回：おさらい（山城）

**{lenet}**（{lenet_au}, Proceedings of the IEEE, 1998）

- LeNet-5 の論文。畳み込み＋サブサンプリングの構成と、後半のグラフ変換ネットワーク（GTN）まで。後半は今回は飛ばす。
- 研究室の共有 PDF：[lecun98.pdf](/attachment/6612a3f0c9e77a1b5d3e8f21)
- 参考：CS231n の講義資料（Lecture 5）も図がわかりやすい。

### 第1回：ViT（佐々木）

**{vit}**

- OpenReview（ICLR 2021）：https://openreview.net/forum?id=[[ID:YicbFdNTTy]]
- スライド：[20240418_vit_sasaki.pdf](/attachment/6620b71e4a9c3d5f80e1b2c4)
- 要点：画像を 16×16 のパッチに切って線形埋め込み → そのまま Transformer Encoder。JFT-300M 規模の事前学習がないと ResNet に負ける。
- 議論メモ：
  - position embedding を 2D にしても効果がほぼないのはなぜか → 付録 D.4 を次回までに確認（佐々木）
  - CLS トークンと GAP の比較は Figure 9
- [x] timm の `vit_base_patch16_224` で ImageNet-1k の val を再現（佐々木）

### 第2回：ViT のスケーリング（王）

**{svit}**

- arXiv：https://arxiv.org/abs/2106.04560
- スライド：[20240425_scaling_wang.pdf](/attachment/6629d4c2b8f1e0a7936c5d12)
- 要点：モデル・データ・計算量を同時に増やしたときのスケーリング則。ViT-G/14 で 20 億パラメータ。few-shot 転移の結果が面白い。
- 議論メモ：head の weight decay を大きくするトリックは本研究のタスクでも試す価値あり。

### 第3回：Swin（高橋）

**{swin}**

- arXiv：https://arxiv.org/abs/2103.14030
- コード：公式実装（GitHub の microsoft/Swin-Transformer）
- 要点：局所ウィンドウ内の自己注意＋層ごとのウィンドウのシフト。階層的な特徴マップで検出・セグメンテーションにそのまま使える。
- [ ] cyclic shift のマスク計算を図にしてこのページに貼る（高橋）

### 第4回：ConvNeXt（中村）

**{cnx}**

- arXiv：https://arxiv.org/abs/2201.03545
- 要点：ResNet-50 を 1 ステップずつ「Transformer っぽく」改造していくアブレーションが本体。7×7 depthwise、LayerNorm、GELU、inverted bottleneck。
- 議論メモ：学習レシピ（AdamW、300 epoch、強いデータ拡張）だけで精度がかなり上がる点は、第5回とも関係する。

### 第5回：EfficientNetV2（藤田）

**{env2}**（{env2_au}, ICML 2021）

- 要点：学習を意識した NAS と progressive learning（画像サイズと正則化を学習中に段階的に強くする）。Fused-MBConv。
- リンクは貼り忘れ。公式実装は google/automl リポジトリの efficientnetv2 ディレクトリ。

### 第6回：ViT の頑健性（佐々木）

**{rob}**

- arXiv:2103.14586（ICCV 2021）
- 要点：ViT と ResNet を、敵対的摂動・自然な分布シフト・パッチ単位のマスクで比較。十分なデータで事前学習した ViT は ResNet と同等以上に頑健。
- 関連：ImageNet-C / ImageNet-R の数値は Papers with Code のリーダーボードでも確認できる（論文ではない）。

### 第7回：理論回（王）

**{why}**

- {why_au}（ICLR 2021）
- 要点：等変なアルゴリズム（SGD など）で学習する全結合ネットに対する、畳み込みネットのサンプル複雑度の分離を証明。
- 数式が重いので、事前に 2 節の設定だけ全員読んでくること。

## 積み残し・次期候補

- [ ] 次期（後期）のテーマを 7 月中に決める：候補は「検出 Transformer」か「マルチモーダル」
- [ ] 発表スライドのテンプレートを更新する（[/研究室マニュアル/スライドテンプレート]）
- [ ] 輪読会の録画を研究室 NAS に置くかどうか、先生に確認[^1]

[^1]: 録画は学外者の映り込みがあるため要相談（2024/4/11 の議論より）。
"""

tsv = "\n".join("\t".join(r) for r in TSV)
text = fill(PAGE.format(tsv=tsv, lenet="[[T:lenet]]", lenet_au=au(LENET, 4, ""), vit="[[T:vit]]", svit="[[T:svit]]",
                        swin="[[T:swin]]", cnx="[[T:cnx]]", env2="[[T:env2]]", env2_au=au("2104.00298", 2, ""),
                        rob="[[T:rob]]", why="[[T:why]]", why_au=au("2010.08515", 3, "")), ids)
if __name__ == "__main__":
    write_only(F, text, keys(F))
