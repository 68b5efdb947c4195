#!/usr/bin/env python3
"""591: an XLIFF 1.2 file as Crowdin exports it for translation (Download → XLIFF): <xliff version="1.2"> with
<file original source-language target-language datatype="plaintext" project-id tool-id>, <header><tool/></header>,
<trans-unit id resname> with <source>, <target state="translated|needs-translation|final">, <note> context. A
Markdown blog post on LLM serving and long context, English → Japanese."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F591, keys

units = [
 ("# Notes from our LLM serving reading group (spring 2024)", "# LLM サービング読書会ノート（2024 年春）", "final"),
 ("We spent eight weeks on how to serve long-context models cheaply. These are the papers we read, with one-line takeaways. Slides live on the group site, not here.",
  "8 週間かけて、長いコンテキストのモデルを安く提供する方法を読みました。読んだ論文と一行まとめを以下に記します。スライドはここではなくグループのサイトにあります。", "translated"),
 ("## Memory and attention kernels", "## メモリとアテンションのカーネル", "final"),
 (f"- [{T('2309.06180')}](https://arxiv.org/abs/2309.06180) — the vLLM paper; paging the KV cache removes most fragmentation.",
  f"- [{T('2309.06180')}](https://arxiv.org/abs/2309.06180) — vLLM の論文。KV キャッシュをページングすることで断片化の大半がなくなる。", "translated"),
 (f"- [{T('2307.08691')}](https://arxiv.org/pdf/2307.08691) — better work partitioning across warps; roughly 2x over the first version.",
  f"- [{T('2307.08691')}](https://arxiv.org/pdf/2307.08691) — ワープ間の作業分割を改善し、初版より約 2 倍高速。", "translated"),
 ("## Longer contexts", "## より長いコンテキスト", "final"),
 (f"- {T('2306.15595')} (arXiv:2306.15595) — interpolate RoPE positions instead of extrapolating; 1000 fine-tuning steps are enough.",
  f"- {T('2306.15595')}（arXiv:2306.15595）— RoPE の位置を外挿せず内挿する。1000 ステップの微調整で十分。", "translated"),
 (f"- *{T('2007.14062')}* (NeurIPS 2020) — sparse attention with global tokens; still a good baseline.",
  f"- *{T('2007.14062')}*（NeurIPS 2020）— グローバルトークン付きの疎なアテンション。今でも良いベースライン。", "translated"),
 (f"- *{T('2302.10866')}* (ICML 2023) — long convolutions instead of attention.",
  f"- *{T('2302.10866')}*（ICML 2023）— アテンションの代わりに長い畳み込みを使う。", "translated"),
 (f"- [{T('2002.09402')}](https://openreview.net/forum?id=OCm0rwa1lx1) — feeding higher-layer states back to lower layers; the reviews are worth reading too.",
  f"- [{T('2002.09402')}](https://openreview.net/forum?id=OCm0rwa1lx1) — 上位層の状態を下位層に戻す。査読コメントも読む価値あり。", "translated"),
 ("## Beyond text", "## テキスト以外", "final"),
 (f"- *{T('2301.12597')}* (ICML 2023) — a small Q-Former bridges a frozen image encoder and a frozen LLM; serving cost is dominated by the LLM.",
  f"- *{T('2301.12597')}*（ICML 2023）— 小さな Q-Former が凍結した画像エンコーダと凍結した LLM をつなぐ。提供コストは LLM が支配的。", "needs-translation"),
 (f"- [{T('2103.14625')}](https://arxiv.org/abs/2103.14625) — an interactive tool for looking at attention heads; we used it in the first session.",
  f"- [{T('2103.14625')}](https://arxiv.org/abs/2103.14625) — アテンションヘッドを見るための対話型ツール。初回に使用。", "translated"),
 ("## Not papers, but useful", "## 論文ではないが役立つもの", "final"),
 ("- The vLLM documentation and its benchmark scripts.", "- vLLM のドキュメントとベンチマークスクリプト。", "translated"),
 ("- The FlashAttention repository (Dao-AILab/flash-attention) and its CUDA kernels.", "- FlashAttention のリポジトリ（Dao-AILab/flash-attention）と CUDA カーネル。", "translated"),
 ("- A talk recording on KV-cache quantization from a community meetup.", "- コミュニティ勉強会での KV キャッシュ量子化の講演録画。", "translated"),
 ("*Thanks to everyone who presented. Next term: speculative decoding and mixture-of-experts serving.*",
  "*発表してくれた皆さんに感謝します。次の学期は投機的デコーディングと MoE のサービングです。*", "translated"),
]
out = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
       '  <file original="/content/blog/2024-05-llm-serving-reading-group.md" source-language="en" target-language="ja" '
       'datatype="plaintext" project-id="612904" tool-id="crowdin">',
       '    <header>', '      <tool tool-id="crowdin" tool-name="Crowdin" tool-version="1.0"/>', '    </header>', '    <body>']
for i, (s, t_, st) in enumerate(units):
    uid = 48213077 + i * 3
    out.append(f'      <trans-unit id="{uid}" resname="{uid}">')
    out.append(f'        <source>{escape(s)}</source>')
    out.append(f'        <target state="{st}">{escape(t_)}</target>')
    if i == 11:
        out.append('        <note>Reviewer: keep model and paper names in English. — kaede.m</note>')
    out.append('      </trans-unit>')
out += ['    </body>', '  </file>', '</xliff>']
text = "\n".join(out) + "\n"
write_only(F591, text, keys(F591))
