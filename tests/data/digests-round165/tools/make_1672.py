#!/usr/bin/env python3
"""1672: a Japanese lab's reading-seminar deck written for presenterm (a terminal slideshow tool): a YAML front matter
(title, sub_title, author, date), slides separated by `<!-- end_slide -->`, setext (`===`) slide titles, and
presenterm's comment commands (`pause`, `column_layout`, `column`, `reset_layout`, `speaker_note`, `jump_to_middle`,
`incremental_lists`), a code block marked `+line_numbers`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1672)
FRONT = """---
title: 強化学習とLLMエージェント 輪読会 第7回
sub_title: 系列モデルとしての強化学習から「記憶を持つエージェント」まで
author: 高橋 美咲（M2）
date: 2024-03-07
---"""
SLIDES = [
    ("今日の流れ", """<!-- incremental_lists: true -->

1. 前回の復習：方策勾配法の実装上の細部
2. 系列モデルとしての強化学習
3. LLMエージェント：シミュレーション、記憶、評価
4. 議論：研究室のロボット課題に何が使えるか

<!-- speaker_note: 時間配分は各パート15分。議論を長めに取る。 -->"""),
    ("前回の復習：実装の細部が効く", f"""前回読んだ大規模な比較実験：

**{T('2006.05990')}**（arXiv:2006.05990）

* 250以上の設計選択を比較
* 観測の正規化・価値関数の損失・ネットワーク初期化が大きく効く
<!-- pause -->
* 同じ研究グループの方向性として、損失関数そのものを探索する
  _{T('2101.03958')}_ も参考に（今回は読まない）"""),
    ("系列モデルとしての強化学習", f"""<!-- column_layout: [3, 2] -->

<!-- column: 0 -->
[{T('2106.01345')}](https://arxiv.org/abs/2106.01345)

* 報酬・状態・行動を一つの系列として扱う
* 「目標リターン」を条件にして行動を生成
* オフラインRLのベンチマークでTD学習系と互角

<!-- column: 1 -->
```python +line_numbers
# 入力トークンの並び
tokens = []
for R, s, a in zip(rtg, states, actions):
    tokens += [embed_R(R), embed_s(s), embed_a(a)]
```

<!-- reset_layout -->

比較対象として、囲碁の {AGZ}（Nature 2017）は
探索＋自己対戦という正反対のアプローチ。"""),
    ("LLMエージェント（1）：シミュレーション", f"""[{T('2304.03442')}](https://arxiv.org/pdf/2304.03442)

* 25人のエージェントが住む小さな町「Smallville」
* 記憶ストリーム → 反省（reflection）→ 計画
<!-- pause -->
* 評価は人間による「信憑性」の評定が中心

<!-- speaker_note: デモ動画は研究室のNASに置いてある。時間があれば2分だけ流す。 -->"""),
    ("LLMエージェント（2）：記憶の階層", f"""[{T('2310.08560')}](https://arxiv.org/abs/2310.08560v2)

* OSの仮想メモリになぞらえて、コンテキストを主記憶、外部DBを補助記憶とみなす
* 関数呼び出しでページイン／ページアウト
* 長い対話や大きな文書に対する質問応答で効果"""),
    ("LLMエージェント（3）：どう評価するか", f"""[{T('2308.03688')}](https://arxiv.org/abs/2308.03688)

| 環境 | 種類 |
| --- | --- |
| OS / DB / 知識グラフ | コード系 |
| デジタルカードゲーム / パズル | ゲーム系 |
| 家事 / Web買い物 / Webブラウジング | 実世界寄り |

商用APIモデルとオープンモデルの差が大きい、という結論。"""),
    ("議論：研究室の課題にどう使うか", f"""* ロボットの把持タスク：Decision Transformerをオフラインデータで試す価値あり
* ハイパーパラメータ探索は、以前話題に出た
  _{T('2006.03656')}_ の考え方を参考に小規模から
* 実装は Stable-Baselines3 と、エージェント側は LangChain で試作済み（山田さん）

<!-- speaker_note: 次回担当は山田さん。Sutton & Barto 第13章を事前に読んでおくこと。 -->"""),
]


def build():
    parts = [FRONT]
    for i, (t, body) in enumerate(SLIDES):
        parts.append(f"{t}\n{'=' * 3}\n\n{body}")
    out = parts[0] + "\n\n" + "\n\n<!-- end_slide -->\n\n".join(parts[1:])
    out += "\n\n<!-- end_slide -->\n\n<!-- jump_to_middle -->\n\nご清聴ありがとうございました\n===\n"
    return out


if __name__ == "__main__":
    write_only(F, build(), keys(F))
