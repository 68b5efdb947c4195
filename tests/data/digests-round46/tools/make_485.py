#!/usr/bin/env python3
"""485: one post of a team's esa.io wiki as esa's Markdown export writes it: YAML front matter (title, category,
tags, created_at / updated_at with +0900, published, number), then the body with :emoji: codes, @mentions, an
担当表 table, <details> blocks, checkboxes, footnotes and a revision note. Japanese. Contrastive and multimodal
learning for a reading group (輪読会)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F485, keys

t = T
text = f"""---
title: "輪読会 2024 前期 #3: 対照学習からVision-Languageへ (WIP)"
category: 研究室/輪読会/2024前期
tags: 輪読会 対照学習 マルチモーダル
created_at: 2024-05-20 18:42:11 +0900
updated_at: 2024-05-23 10:05:37 +0900
published: true
number: 418
---

:books: 前期第3回の輪読会ページです。担当者は **5/29（水）の昼まで** にスライドを `共有ドライブ/輪読会/2024前期/03` に置いてください。
当日は 16:30〜18:00、会議室B（オンライン参加は Zoom、URLは #rinkokai チャンネル参照）。

# 今回のテーマ

自己教師あり対照学習（SimCLR/MoCo 系）→ 教師ありの対照学習 → 画像とテキストの対照学習 → 指示チューニングされた VLM、という流れで読みます。
@kawaguchi さんの修論テーマ（ドメイン非依存の対照学習）に近いので、質問を多めにお願いします :pray:

# 担当表

| # | 論文 | 担当 | リンク | 状態 |
|---|------|------|--------|------|
| 1 | {t('1911.05722')} | @morita | https://arxiv.org/abs/1911.05722 | :white_check_mark: |
| 2 | {t('2002.05709')} | @morita | ICML 2020（PMLR） | :white_check_mark: |
| 3 | {t('2006.07733')} | @hasegawa | NeurIPS 2020 | :construction: |
| 4 | {t('2004.11362')} | @kawaguchi | arXiv:2004.11362 | :construction: |
| 5 | {t('2011.04419')} | @kawaguchi | ICML 2021 | :construction: |
| 6 | {t('2303.15343')} | @iida | https://arxiv.org/abs/2303.15343v4 | 未着手 |
| 7 | {t('2304.08485')} | @sakamoto | https://arxiv.org/pdf/2304.08485 | 未着手 |

# メモ

## 1. MoCo
- キューとモメンタムエンコーダで負例を大量に確保する、という発想。v2/v3 は今回は扱わない。
- 実装は facebookresearch/moco（アーカイブ済み）。

## 2〜3. SimCLR / BYOL
- SimCLR は「データ拡張の組み合わせが一番効く」という結論が大事。
- BYOL（正式タイトルは『{t('2006.07733').lower()}』。小文字の l で始まるので引用時に注意）は負例なしで崩壊しない理由がまだ議論中[^1]。

## 4〜5. 教師あり / ドメイン非依存
- SupCon はラベルを使って正例を増やす。損失の2つの定式化（out / in）の違いを @kawaguchi さんが説明予定。
- DACL は mixup 系のノイズで拡張を置き換える。表データ・グラフでも使えるのがポイント。

## 6〜7. SigLIP / LLaVA
- SigLIP はソフトマックスをシグモイドに置き換えてバッチサイズ依存を減らす。
- LLaVA は GPT-4 で作った指示データでチューニング。データセットとデモは論文とは別物なので今回は触れない。

<details><summary>番外編（今回は読まない）</summary>

- @iida さん推薦: 「{t('2010.03409')}」（ICLR 2021, DeepMind の MeshGraphNets）。対照学習とは関係ないが、GNN 勉強会の候補として残しておく。
- 動画: Yannic Kilcher の SimCLR 解説（論文ではない）
- ライブラリ: lightly, solo-learn, open_clip

</details>

# TODO
- [x] 担当決め（5/20）
- [x] 論文リンクの確認（5/21）
- [ ] スライド提出（5/29 昼）
- [ ] 議事録を #419 として作成（書記: @sakamoto）

[^1]: BatchNorm が暗黙の負例になっているという説と、そうではないという反論があります。

---
*5/23 @iida: SigLIP のリンクを v4 に更新、番外編を `<details>` に移動しました。*
"""
write_only(F485, text, keys(F485))
