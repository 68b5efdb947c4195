#!/usr/bin/env python3
"""612: a Slidev deck (slides.md): a YAML headmatter (theme, title, info, class, drawings, transition, mdc), slides
separated by --- lines with per-slide frontmatter (layout: two-cols / section / end, class), ::right:: slots,
<v-clicks>, <div> with UnoCSS classes, Markdown links, a mermaid block, and presenter notes as the last HTML comment
of a slide. Japanese lab talk on LLM agents and reinforcement learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F612, keys

slides = [
f"""---
theme: seriph
background: https://cover.sli.dev
title: エージェントと強化学習 — 研究室輪講 第7回
info: |
  ## 研究室輪講 2024年度 前期
  LLMエージェント・ロボット・強化学習の論文を一気に眺める回。
  発表者: 山科 陽菜（M2） / 資料: slides.md（Slidev）
class: text-center
highlighter: shiki
drawings:
  persist: false
transition: slide-left
mdc: true
---

# エージェントと強化学習

研究室輪講 第7回 · 2024/04/18

<div class="pt-12">
  <span @click="$slidev.nav.next" class="px-2 py-1 rounded cursor-pointer" hover="bg-white bg-opacity-10">
    スペースキーで次へ <carbon:arrow-right class="inline"/>
  </span>
</div>

<!--
ここは挨拶だけ。前回の復習は1分以内。
-->""",
"""---
layout: default
---

# 今日の流れ

<v-clicks>

1. 推論と行動: プロンプトだけでエージェントを作る
2. ロボットへの接地（grounding）
3. エージェントの評価
4. 系列モデルとしての強化学習
5. 強化学習そのものの設計

</v-clicks>

<!--
各パート10分。質問は最後にまとめて。
-->""",
"""---
layout: section
class: text-left
---

# 前回の復習

- 前回（第6回）は「指示チューニングと RLHF」: 議事録は研究室 Wiki
- 出てきた疑問:
  - 報酬モデルの過最適化はどこで起きる？
  - オンライン RL とオフライン RL、エージェントにはどちら？
- 今日はこの2つ目の疑問に少しだけ答える

<div class="text-sm opacity-60 pt-4">
輪講の録画は学内 Box にのみ保存（外部共有禁止）
</div>

<!--
1分で流す。録画の場所だけ強調。
-->""",
f"""---
layout: two-cols
---

# 推論の引き出し方

**{T('2201.11903')}**

{au('2201.11903')}（NeurIPS 2022）

arXiv: 2201.11903

- 少数の例に「考え方」を書くだけ
- 大きいモデルでのみ効く（~100B）

::right::

# 推論 + 行動

**{T('2210.03629')}**

{au('2210.03629')}（ICLR 2023）

[OpenReview](https://openreview.net/forum?id={OR('2210.03629')})

- Thought → Action → Observation のループ
- HotpotQA / ALFWorld で評価

<!--
CoT の図を見せてから ReAct のトレース例へ。Wikipedia API の話は軽く。
-->""",
f"""---
layout: default
---

# ロボットへの接地

- **{T('2204.01691')}**
  <br>{au('2204.01691')}（CoRL 2022）
  <br>言語モデルのスコア × 価値関数（affordance）で行動を選ぶ
- **{T('2307.15818')}**
  <br>{au('2307.15818')}（2023）
  <br>[arxiv.org/abs/2307.15818](https://arxiv.org/abs/2307.15818)
  <br>行動をテキストトークンとして出力する VLA モデル

> 実機デモ動画は各プロジェクトページ（論文ではない）にあります。研究室の Slack #robot に貼りました。

<!--
SayCan は PDF を共有フォルダに置いてあるのでリンクなし。RT-2 は arXiv 版で。
-->""",
f"""---
layout: default
---

# エージェントをどう評価するか

**[{T('2308.03688')}](https://arxiv.org/abs/2308.03688)**

{au('2308.03688')}（ICLR 2024）

| 環境 | 種類 |
| --- | --- |
| OS / DB / 知識グラフ | コード・ツール |
| カードゲーム / パズル | ゲーム |
| ウェブショッピング / ブラウジング | ウェブ |

- 商用 API モデルと OSS モデルの差が大きい
- リーダーボード（公式サイト）は随時更新 — これは論文ではないので引用しない

<!--
表はサイトのスクショではなく自作。数値は出さない。
-->""",
f"""---
layout: two-cols
---

# 系列モデルとしての RL

**{T('2106.01345')}**

{au('2106.01345')}（NeurIPS 2021）

https://arxiv.org/abs/2106.01345

```mermaid
graph LR
  R[return-to-go] --> G[GPT]
  S[state] --> G
  A[action] --> G
  G --> A2[next action]
```

::right::

# RL の設計そのもの

- **{T('2006.05990')}**
  <br>{au('2006.05990')}（ICLR 2021）
  <br>PPO 周りの「細かい選択」を大規模に検証
- **{T('2101.03958')}**
  <br>{au('2101.03958')}（ICLR 2021）
  <br>損失関数を計算グラフとして進化的に探索

<!--
右の2本は論文名だけ。詳しくは来週の輪講で鈴木さんが。
-->""",
"""---
layout: default
---

# 参考（論文以外）

- Gymnasium / MuJoCo のドキュメント（ソフトウェア）
- LangChain のエージェント実装（ライブラリ）
- Sutton & Barto『Reinforcement Learning: An Introduction』（教科書）
- CS285（UC Berkeley, 講義）

## 宿題

- [ ] 好きな1本を選んで 5 分の紹介スライドを作る
- [ ] 研究室 Wiki の「輪講ログ」に感想を書く

<!--
宿題の締切は次回の前日 23:59。
-->""",
"""---
layout: end
class: text-center
---

# ありがとうございました

質問・コメントは研究室 Slack #rinko まで

<!--
時間が余ったら mermaid 図のスライドに戻る。
-->""",
]
text = "\n\n".join(slides) + "\n"
write_only(F612, text, keys(F612))
