#!/usr/bin/env python3
"""Builds digests/228_hackmd_note_zh_tw_long_context_reading_group.md: a HackMD shared note (共筆) of a Taiwanese
graduate reading group on long-sequence models, week 7, downloaded with "Download → Markdown" (the note's source as
typed: HackMD's YAML metadata block, `[TOC]`, `:::info` / `:::warning` / `:::success` / `:::spoiler 標題` containers,
`{%pdf URL %}` and `{%youtube ID %}` embeds, `==mark==`, `^sup^`, `- [x]` task lists, a table, `[name=…]` /
`[time=…]` / `[color=…]` comment tags after a blockquote, footnotes, a ```mermaid block, an internal `/@team/…` link,
`:emoji:` shortcodes). Traditional Chinese with full-width punctuation; paper titles in English in 《》, 「」 and bare.
LF, a final newline.

Evidence: RetNet as a `{%pdf …/pdf/2307.08621v2 %}` embed under its title heading, Hyena as a Markdown link to its
abs page, positional interpolation's abs v2 link (link); Memformer's OpenReview forum and Expire-Span's OpenReview pdf
(link, OpenReview); Lite Transformer "arXiv:2004.11886" and linear attention "2006.16236" in table cells (arxiv-text);
Funnel-Transformer (table cell), Synthesizer in 《》, HiPPO in a footnote, the feedback-memory paper under its current
title inside a spoiler, Longformer in 「」 (title-only). Non-papers: a YouTube talk, the W6 note, the
lucidrains/x-transformers repository, "The Annotated S4" blog post, Slack and Meet. S4, RetNet, Hyena, YaRN,
"NTK-aware scaling" appear as nicknames. Names, rooms and ids are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "228_hackmd_note_zh_tw_long_context_reading_group.md")

TEXT = """---
title: 長序列模型讀書會 W7：線性注意力、記憶與長上下文
tags: 讀書會, long-context, efficient-attention
description: 2024/03/20 第七週共筆（歡迎直接編輯）
lang: zh-tw
breaks: false
---

# 長序列模型讀書會 W7：線性注意力、記憶與長上下文

[TOC]

:::info
:calendar: **時間**：2024/03/20（三）19:30–21:30
:round_pushpin: **地點**：資工館 R104＋Google Meet（連結在 Slack #reading-group 置頂）
:pencil: **共筆規則**：直接改沒關係；留言請在段落後加 `[name=你的名字]`
:::

## 進度

- [x] W6：S4 與 HiPPO（共筆見 [W6 共筆](/@ntu-lcrg/w6-s4)）
- [x] W7 主講：陳冠宇（RetNet）、林怡君（記憶機制）
- [ ] W8：長上下文外插（YaRN、NTK-aware scaling）——還缺一位主講

## 1. Retentive Network: A Successor to Transformer for Large Language Models

{%pdf https://arxiv.org/pdf/2307.08621v2 %}

主講：陳冠宇

- 核心想法：把 attention 改寫成 ==retention==，同一組參數可以用三種形式計算：parallel（訓練）、recurrent（推論 $O(1)$）、chunkwise（長序列）。
- 衰減係數 $\\gamma$ 每個 head 不同，有點像多尺度的 EMA。
- 作者宣稱「訓練平行、推論便宜、效果不輸 Transformer」三者兼得，但實驗最大只到 6.7B。

> 我覺得 retention 跟 linear attention 的差別主要是那個 decay，沒有 decay 的話就退化成 Katharopoulos 那篇了？
> [name=林怡君] [time=Wed, Mar 20, 2024 8:12 PM] [color=#907bf7]

> 對，可以看下面表格第二列。
> [name=陳冠宇] [time=Wed, Mar 20, 2024 8:15 PM] [color=#3f9f5f]

### 線性／次二次方注意力的前身

| 方法 | 論文 | 連結 | 會議 |
| --- | --- | --- | --- |
| Lite Transformer | Lite Transformer with Long-Short Range Attention | arXiv:2004.11886 | ICLR 2020 |
| 線性注意力 | Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention | 2006.16236 | ICML 2020 |
| Funnel | Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing | — | NeurIPS 2020 |

另外 Tay 等人的《Synthesizer: Rethinking Self-Attention in Transformer Models》證明就算不算 token 之間的點積（random synthesizer）效果也沒有掉很多，這對「attention 一定要 query-key」的直覺是個反例。

```mermaid
graph LR
  A[Linear Attention] --> B[RetNet]
  C[S4 / HiPPO] --> D[Hyena]
  B --> E[長上下文推論]
  D --> E
```

## 2. 卷積路線：Hyena

- 論文：[Hyena Hierarchy: Towards Larger Convolutional Language Models](https://arxiv.org/abs/2302.10866)
- 用隱式參數化的長卷積（FFT 計算）＋ gating 取代 attention；長度 64K（2^16^）時比 FlashAttention 快很多。
- 長卷積的 filter 參數化方式可以回頭對照 W6 的 HiPPO[^hippo]。

:::warning
Hyena 的 perplexity 在 335M 以下規模才追上 Transformer，大模型的結論還不確定，不要過度解讀。
:::

## 3. 記憶機制（林怡君）

1. Memformer: A Memory-Augmented Transformer for Sequence Modeling（[OpenReview](https://openreview.net/forum?id=_adSMszz_g9)）
   - 外部記憶槽＋memory replay back-propagation，記憶體用量跟序列長度無關。
2. Not All Memories are Created Equal: Learning to Forget by Expiring
   - PDF：https://openreview.net/pdf?id=ZVBtN6B_6i7
   - Expire-Span：每個記憶自己預測「保存期限」，過期就丟。

:::spoiler 補充：Feedback Transformer（上週有人問）
Addressing Some Limitations of Transformers with Feedback Memory —— 讓每一層都能讀到上一步**所有層**的表示，代價是不能平行訓練。跟 Memformer 的 recurrence 可以一起比較。
:::

## 4. 長上下文外插

- Extending Context Window of Large Language Models via Positional Interpolation
  https://arxiv.org/abs/2306.15595v2
  - 直接把位置索引縮小（interpolate）而不是外插，1000 步微調就能把 LLaMA 拉到 32K。
- 對照組：「Longformer: The Long-Document Transformer」的 sliding window＋global attention，老但穩。
- W8 要讀的 YaRN 跟 NTK-aware scaling（原始是 Reddit 貼文，不是論文）。

{%youtube 9dSkvxS2EB0 %}

↑ RetNet 作者的演講（英文，約 40 分鐘）

:::success
:bulb: **實作參考**：lucidrains/x-transformers（https://github.com/lucidrains/x-transformers）有 Memformer-style memory 跟多種位置編碼可以直接開關；S4 的推導推薦「The Annotated S4」那篇部落格。
:::

## 下週分工

- [ ] 主講 YaRN：？？？
- [ ] 整理 W7 投影片到共用雲端：陳冠宇
- [x] 訂 R104：林怡君

[^hippo]: HiPPO: Recurrent Memory with Optimal Polynomial Projections, NeurIPS 2020（W6 主讀）.
"""

if __name__ == "__main__":
    check_no_distractor(TEXT, "228")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
