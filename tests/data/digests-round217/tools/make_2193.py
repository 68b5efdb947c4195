#!/usr/bin/env python3
"""2193: a Weights & Biases sweep configuration `sweep.yaml` (program, name, description, method, metric,
parameters with values / distribution / min / max, early_terminate hyperband, command with ${…} macros) of an invented
Japanese lab's image-classification search whose papers sit in a `|` description and `#` comments: arXiv links
(`/abs/`, `/pdf/…v2`, `http://`, `/pdf/….pdf`), `arXiv:2108.04392` in a comment, titles alone in the description and
comments; non-papers (the W&B docs, timm, datasets, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEX

F = by_num(2193)
TXT = fill(r'''# sweep.yaml -- 画像分類バックボーン比較スイープ（視覚研究室 読書会の追試）
# 実行: wandb sweep sweep.yaml  →  wandb agent shikaku-lab/backbone-hikaku/<SWEEP_ID>
# 参考: https://docs.wandb.ai/guides/sweeps/define-sweep-configuration
# 担当: 佐々木 遥 <haruka.sasaki@shikaku-lab.example.jp>
program: train.py
name: backbone-hikaku-2024-06
description: |
  読書会で読んだ論文の設定を timm で再現する。
  [[T:1905.11946]] (https://arxiv.org/abs/1905.11946)
  [[T:2106.10270]] (https://arxiv.org/pdf/2106.10270v2)
  [[T:2004.08955]] (http://arxiv.org/abs/2004.08955)
  損失の比較: [[T:2004.11362]] (https://arxiv.org/pdf/2004.11362.pdf)
  ベースライン: [[T:alex]]
method: bayes
metric:
  name: val/top1
  goal: maximize
parameters:
  model:
    values: ["efficientnet_b0", "vit_small_patch16_224", "resnest50d", "resnet50"]
  loss:
    values: ["ce", "supcon"]
  lr:
    distribution: log_uniform_values
    min: 0.0001
    max: 0.01
  weight_decay:
    values: [0.0, 0.05, 0.1]
  mixup:
    values: [0.0, 0.2, 0.8]
  epochs:
    value: 100
  batch_size:
    value: 256
early_terminate:
  type: hyperband
  min_iter: 10
  eta: 3
command:
  - ${env}
  - python
  - ${program}
  - "--data=/datasets/imagenet-1k"
  - ${args}
# 次回候補（リンクなし、中村さん担当）:
#   [[T:2006.06882]]
#   [[T:2011.04419]]
#   NAS 回: [[T:2108.04392]]（arXiv:2108.04392）
# データ: ImageNet-1k, CIFAR-100。教科書: 原田達也『画像認識』（機械学習プロフェッショナルシリーズ）。
# 発表動画: https://video.shikaku-lab.example.jp/dokushokai/2024-06
''', {"alex": ALEX})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
