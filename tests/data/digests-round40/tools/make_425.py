#!/usr/bin/env python3
"""425: a Qiita article as kept by Qiita CLI (`public/<id>.md`): the CLI's front matter (title, tags as a YAML list,
private, updated_at with offset, id, organization_url_name, slide, ignorePublish), a hand-written "## 目次" of
in-page anchors, `:::note info` / `:::note warn` blocks, tables "| 手法 | 論文 | 会議 | 学習パラメータ | メモ |",
papers named in table cells (link text, bare, in 「」), a code block, footnotes `[^1]`, a `<details>` block, and
the closing "参考文献" list. Parameter-efficient fine-tuning, quantisation and speculative decoding."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F425, keys

K = keys(F425)
t = T
text = f"""---
title: 【2024年版】LLMのファインチューニングと推論高速化、まず読むべき論文12本まとめ
tags:
  - 機械学習
  - LLM
  - LoRA
  - 量子化
  - vLLM
  - 論文読み
private: false
updated_at: '2024-06-14T21:08:33+09:00'
id: 7c1e4a9b2d5f80e3a6b1
organization_url_name: null
slide: false
ignorePublish: false
---
## はじめに

社内勉強会で「LoRA って結局なに？」「量子化すると精度どれくらい落ちるの？」と聞かれることが増えたので、
読んだ論文を表にまとめました。実装は Hugging Face の PEFT ライブラリと bitsandbytes を前提にしています。

:::note info
この記事は論文の紹介です。ライブラリの使い方は公式ドキュメントを見てください。
:::

## 目次

- [1. パラメータ効率の良いファインチューニング](#1-パラメータ効率の良いファインチューニング)
- [2. 量子化](#2-量子化)
- [3. 推論の高速化と大規模学習](#3-推論の高速化と大規模学習)
- [4. まとめ](#4-まとめ)
- [参考文献](#参考文献)

## 1. パラメータ効率の良いファインチューニング

| 手法 | 論文 | 会議 | 学習パラメータ | メモ |
|:--|:--|:--|--:|:--|
| Adapter | {t('1902.00751')} | ICML 2019 | 約3.6% | 層の間に小さなボトルネック層を挿入（元祖） |
| LoRA | （前回の記事で紹介済み） | ICLR 2022 | 約0.1% | 低ランク行列 $BA$ を足すだけ。以下の手法はほぼ全部これの派生 |
| AdaLoRA | {t('2303.10512')} | ICLR 2023 | 約0.1% | ランクを層ごとに自動配分 |
| BitFit | 「{t('2106.10199')}」 | ACL 2022 | 約0.08% | バイアスだけ学習（arXiv:2106.10199） |
| (IA)³ / T-Few | {t('2205.05638').lower()} | NeurIPS 2022 | 約0.01% | 活性化をスケーリング[^1] |
| DoRA | [{t('2402.09353')}](https://arxiv.org/pdf/2402.09353v4) | ICML 2024 | LoRA+α | 大きさと方向に分解 |

```python
from peft import LoraConfig, get_peft_model

config = LoraConfig(r=16, lora_alpha=32, target_modules=["q_proj", "v_proj"], lora_dropout=0.05)
model = get_peft_model(model, config)
model.print_trainable_parameters()
```

:::note warn
DoRA は `use_dora=True` で使えますが、PEFT のバージョンが古いとエラーになります（0.10.0 以降推奨）。
:::

## 2. 量子化

| 手法 | 論文 | 会議 | ビット数 | メモ |
|:--|:--|:--|--:|:--|
| LLM.int8() | {t('2208.07339')} | NeurIPS 2022 | 8 | 外れ値の次元だけ fp16 で計算。bitsandbytes の `load_in_8bit` |
| QLoRA | {t('2305.14314')}（arXiv 2305.14314） | NeurIPS 2023 | 4 | NF4 + 二重量子化 + ページドオプティマイザ |

GPTQ や AWQ も読みましたが、今回は bitsandbytes で完結する2本に絞りました。

## 3. 推論の高速化と大規模学習

| 手法 | 論文 | 会議 | 効果 | メモ |
|:--|:--|:--|--:|:--|
| 投機的デコーディング | [{t('2211.17192')}](https://arxiv.org/abs/2211.17192) | ICML 2023 | 2〜3倍 | 小さいモデルで下書き、大きいモデルで検証 |
| PagedAttention | {t('2309.06180')} | SOSP 2023 | 2〜4倍 | KV キャッシュを OS のページのように管理。vLLM の中身 |
| FlashAttention-2 | [{t('2307.08691')}](https://arxiv.org/abs/2307.08691) | ICLR 2024 | 約2倍 | 前作より並列化と分割を改善 |
| Megatron-LM | {t('1909.08053')} | — | — | テンソル並列の原典。NVIDIA/Megatron-LM リポジトリ |
| ZeRO | {t('1910.02054')} | SC 2020 | — | オプティマイザ状態・勾配・パラメータを分割。DeepSpeed の中身 |

<details><summary>投機的デコーディングの受理確率（クリックで展開）</summary>

下書きトークン $x$ を確率 $\\min(1, p(x)/q(x))$ で受理し、棄却したら $(p - q)_+$ を正規化した分布から引き直す。
これで出力分布は大きいモデル単体と一致します。

</details>

## 4. まとめ

- まずは LoRA（前回の記事）、余裕があれば DoRA
- メモリが足りなければ QLoRA（4bit）で
- 推論が遅ければ投機的デコーディング（vLLM や TGI で試せます）

次回は MoE（Mixture of Experts）をまとめる予定です。LGTM・ストックしてもらえると励みになります🙏

## 参考文献

- Hugging Face PEFT ドキュメント: https://huggingface.co/docs/peft
- bitsandbytes: https://github.com/bitsandbytes-foundation/bitsandbytes
- 前回の記事「7Bモデルを家庭用GPUでファインチューニングする」

[^1]: 論文のタイトルは長いですが、中身は (IA)³ という手法と T-Few というレシピの提案です。
"""
write_only(F425, text, K)
