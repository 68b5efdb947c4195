#!/usr/bin/env python3
"""815: a Python sdist's `PKG-INFO` (core metadata 2.1 as setuptools 69 writes it from pyproject.toml): RFC 822-style
`Field: value` headers in setuptools' order (Metadata-Version, Name, Version, Summary, Author-email, License,
Project-URL…, Keywords, Classifier…, Requires-Python, Description-Content-Type, License-File, Requires-Dist…,
Provides-Extra with `; extra == "…"` markers), a blank line, then the README (Markdown, Japanese) as the message body.
A Japanese lab's fine-tuning and regularisation toolkit."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(815)
H = """Metadata-Version: 2.1
Name: tsumugi-tune
Version: 0.6.1
Summary: 軽量なパラメータ効率的ファインチューニングと正則化のレシピ集 (PyTorch)
Author-email: Haruka Hoshino <hoshino@example.jp>, Ren Takamura <r.takamura@example.jp>
License: Apache-2.0
Project-URL: Homepage, https://tsumugi-tune.example.jp/
Project-URL: Documentation, https://tsumugi-tune.example.jp/docs/
Project-URL: Source, https://git.example.jp/hoshino-lab/tsumugi-tune
Project-URL: Changelog, https://git.example.jp/hoshino-lab/tsumugi-tune/-/blob/main/CHANGELOG.md
Keywords: peft,fine-tuning,regularization,augmentation,federated-learning,automl
Classifier: Development Status :: 4 - Beta
Classifier: Intended Audience :: Science/Research
Classifier: License :: OSI Approved :: Apache Software License
Classifier: Natural Language :: Japanese
Classifier: Operating System :: POSIX :: Linux
Classifier: Programming Language :: Python :: 3
Classifier: Programming Language :: Python :: 3.10
Classifier: Programming Language :: Python :: 3.11
Classifier: Programming Language :: Python :: 3.12
Classifier: Topic :: Scientific/Engineering :: Artificial Intelligence
Requires-Python: >=3.10
Description-Content-Type: text/markdown
License-File: LICENSE
License-File: NOTICE
Requires-Dist: torch>=2.1
Requires-Dist: numpy>=1.24
Requires-Dist: pyyaml>=6.0
Requires-Dist: tqdm
Provides-Extra: vision
Requires-Dist: torchvision>=0.16; extra == "vision"
Requires-Dist: pycocotools; extra == "vision"
Provides-Extra: fed
Requires-Dist: flwr>=1.6; extra == "fed"
Provides-Extra: dev
Requires-Dist: pytest>=7.4; extra == "dev"
Requires-Dist: ruff>=0.2; extra == "dev"
Requires-Dist: mypy; extra == "dev"

"""
B = f"""# tsumugi-tune

[![CI](https://git.example.jp/hoshino-lab/tsumugi-tune/badges/main/pipeline.svg)](https://git.example.jp/hoshino-lab/tsumugi-tune/-/pipelines)
[![PyPI](https://img.shields.io/pypi/v/tsumugi-tune)](https://pypi.org/project/tsumugi-tune/)

**tsumugi-tune** は、大規模モデルを少ない計算資源で調整するための小さなライブラリです。
研究室内の実験コードを整理して公開したもので、各手法は元論文の設定をできるだけ忠実に再現しています。

> ⚠️ 0.x 系のため API は予告なく変わります。研究用途での利用を想定しています。

## インストール

```bash
pip install tsumugi-tune            # 本体
pip install "tsumugi-tune[vision]"  # 画像系のデータ拡張を使う場合
pip install "tsumugi-tune[fed]"     # 連合学習（Flower 連携）を使う場合
```

## 使い方

```python
import tsumugi as tg

model = tg.wrap(model, method="adaptive-rank", target_modules=["q_proj", "v_proj"], budget=0.3)
opt = tg.optim.build(model, name="decoupled_wd", lr=2e-4, weight_decay=0.05)
```

## 実装している手法と参考文献

| 機能 | `method` / `name` | 参考文献 |
|---|---|---|
| 適応的ランク割り当て | `adaptive-rank` | [{T("2303.10512")}](https://arxiv.org/abs/2303.10512) |
| バイアス項のみの調整 | `bias-only` | {T("2106.10199")} (arXiv:2106.10199) |
| アダプタ系の統一的な設定 | `mix-and-match` | [{T("2110.04366")}](https://openreview.net/forum?id=0RDcd5Axok) |
| 分離型の重み減衰 | `decoupled_wd` | [{T("1711.05101")}](https://arxiv.org/abs/1711.05101v3) |
| 構造化ドロップアウトの探索 | `learned-dropout` | {T("2101.01761")} |

- **適応的ランク割り当て**：重み更新を特異値分解の形で持ち、重要度の低い成分の予算を学習中に削ります。
  {au("2303.10512", 3)} の設定（初期ランク 12、目標ランク 8）を既定値にしています。
- **バイアス項のみの調整**：{au("2106.10199")} による手法。小規模データでは意外と強いので、まずこれで
  ベースラインを取ることを勧めます。
- **統一的な設定**：{au("2110.04366", 2)} の整理に従い、並列アダプタとプレフィックスを組み合わせます。
- **構造化ドロップアウトの探索**：{au("2101.01761")} の探索空間の一部のみ。探索には `tg.search` を使いますが、
  こちらの設計は {T("2101.08809")}（{au("2101.08809", 2)}）の記号的な探索空間の考え方を参考にしました。

## 画像向け：インスタンスセグメンテーション用データ拡張

`tg.vision.PasteAugment` は、ある画像の物体マスクを別の画像に貼り付けるだけの単純な拡張です
（{T("2012.07177")}; {au("2012.07177", 3)}）。COCO 形式のアノテーションが必要です（`pycocotools`）。

## 連合学習

`tg.fed.DynamicRegularizer` は、各クライアントの目的関数に動的な正則化項を加えて、
クライアント間でデータ分布が偏っていても全体の最適解に近づけるようにします：
{T("2111.04263")}（{au("2111.04263", 3)}）。Flower（`flwr`）のストラテジとして使えます。

## 引用

このライブラリ自体を引用する場合は `CITATION.cff` を参照してください。各手法を使った場合は、上の表の元論文も
必ず引用してください。

## 関連プロジェクト（論文ではありません）

- Hugging Face `peft` — より多くの手法を網羅した定番ライブラリ
- `timm` — 画像モデルと学習レシピ
- Flower — 連合学習フレームワーク
- 研究室ブログ「紡ぎノート」の解説記事シリーズ

## ライセンス

Apache License 2.0。`NOTICE` に第三者コードの帰属を記載しています。
"""
write_only(F, H + B, keys(F))
