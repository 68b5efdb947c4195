#!/usr/bin/env python3
"""363: a Qiita article as the Qiita CLI keeps it (public/*.md: YAML front matter with title, tags, private,
updated_at, id, organization_url_name, slide, ignorePublish), Qiita Markdown: :::note info / :::note warn blocks,
headings with 「」-quoted titles in prose, a table of benchmarks, footnotes [^1] with their definitions at the end,
code blocks (a pip line, a LangGraph snippet), the "## 参考文献" list. Papers: arXiv abs/pdf links (link),
OpenReview forum links (link), "arXiv:ID" (arxiv-text), titles in 「」, in the table and in the reference list
without links (title-only). LangGraph, AutoGen, the SWE-bench leaderboard, the MemGPT (Letta) repository and
other Qiita articles are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F363, keys

text = f"""---
title: 【2024年版】LLMエージェントの主要論文を実装者目線で読む（ReAct〜SWE-bench）
tags:
  - 論文読み
  - LLM
  - AIエージェント
  - LangGraph
private: false
updated_at: '2024-05-20T09:12:33+09:00'
id: 7c3e91a0d4b25f6e8a17
organization_url_name: null
slide: false
ignorePublish: false
---
## はじめに

社内で「エージェントっぽいもの」を作ることになり、LangGraph で PoC を書きながら主要な論文を読み直しました。
実装で効いてきたポイントを中心にまとめます。各論文の詳細はリンク先の原文を参照してください。

:::note info
この記事は 2024年5月時点の情報です。ライブラリのAPI（LangGraph 0.0.5x / AutoGen 0.2）は頻繁に変わるので注意してください。
:::

## 1. 推論と行動を交互に：ReAct

まずは定番、「{T('2210.03629')}」（Yao et al., ICLR 2023）。
https://openreview.net/forum?id=WE_vluYUL-X

Thought → Action → Observation のループは、ほぼすべてのエージェントフレームワークの土台になっています。[^1]

## 2. ツール利用を自分で学ぶ：Toolformer

[{T('2302.04761')}](https://arxiv.org/abs/2302.04761)

API呼び出しを自己教師ありで挿入して学習する、という発想。プロンプトでツールを使わせる ReAct との対比で読むと面白いです。

## 3. 失敗から学ぶ：Reflexion

[{T('2303.11366')}](https://arxiv.org/pdf/2303.11366.pdf) では、失敗した試行を言語で振り返って次の試行のプロンプトに入れます。
重みを更新しない「言語による強化学習」。HumanEval での改善幅が大きいのが印象的でした。

## 4. 記憶と長期的な振る舞い

- 「{T('2304.03442')}」：25人のエージェントが住む町のシミュレーション。記憶ストリーム＋リフレクション＋計画の3点セット。
- MemGPT：[{T('2310.08560')}](https://arxiv.org/abs/2310.08560)。OSの仮想メモリになぞらえてコンテキストを管理します。現在のリポジトリ名は Letta ですが、こちらは論文ではなくソフトウェアです。
- {T('2310.11511')}（arXiv:2310.11511）：検索するかどうか自体を反省トークンで決める RAG。

:::note warn
Self-RAG の反省トークンは専用に学習したモデルが前提です。既存のチャットモデルにプロンプトだけで真似させても同じ効果は出ませんでした（社内検証）。
:::

## 5. 身体性と長期タスク

Minecraft でスキルライブラリを育てていく「{T('2305.16291')}」は、コードをスキルとして保存する設計が業務エージェントにもそのまま使えます。[^2]

## 6. 評価

| ベンチマーク | 論文 | 何を測るか |
| --- | --- | --- |
| AgentBench | {T('2308.03688')} | OS・DB・Webなど8環境での総合力 |
| SWE-bench | [{T('2310.06770')}](https://openreview.net/forum?id=VTF8yNQM66) | 実際の GitHub issue を解けるか |
| MT-Bench | {T('2306.05685')} | LLM-as-a-judge の妥当性 |

SWE-bench のリーダーボード（swebench.com）は論文ではないので、最新の数字はそちらで確認してください。

```bash
pip install -U langgraph==0.0.55 langchain-openai
```

```python
from langgraph.graph import StateGraph, END

graph = StateGraph(AgentState)
graph.add_node("agent", call_model)
graph.add_node("tools", tool_node)
graph.add_conditional_edges("agent", should_continue, {{"continue": "tools", "end": END}})
```

## おわりに

全体像を掴むなら、サーベイ「{T('2303.18223')}」のエージェントの章から入るのもおすすめです。
次回は LangGraph で ReAct + Reflexion を組んだ PoC のコードを解説します。

## 参考文献

- Yao et al. ReAct（上記 OpenReview）
- Schick et al. Toolformer（上記 arXiv）
- Qiita「LangGraph 入門：StateGraph を 30 分で理解する」

[^1]: ReAct の few-shot プロンプトは論文の付録にそのまま載っています。
[^2]: Voyager の自動カリキュラム部分は GPT-4 前提なので、社内の小さいモデルでは再現できませんでした。
"""
write_only(F363, text, keys(F363))
