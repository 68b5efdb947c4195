#!/usr/bin/env python3
"""505: a PukiWiki page's raw source (the lab wiki's "編集" view, PukiWiki 1.5): the #author() line, #contents,
*/**/*** headings with [#anchors], [[表示名>URL]] links, |~header|h tables, ''bold'', &br;, // comments, #comment
and RIGHT: lines. Japanese. A lab's reading log on evaluation and generalisation, 8 papers among tools and talks."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F505, keys, LENET

DARTS, GRAPH, DBED, MTB, TFEW, MEGA, LOST = "2108.04392", "2106.05234", "2007.01434", "2306.05685", "2205.05638", "1909.08053", "2307.03172"
text = f"""#author("2024-07-08T18:42:10+09:00","default:sakamoto","坂本 遥")
*輪講「評価と汎化」2024年度前期 [#p6c1a2f0]
#contents
RIGHT:担当：[[坂本]]・[[ムハンマド]]　最終更新：&lastmod;

// 注意：論文PDFは wiki に添付しないこと（容量制限）。共有ドライブの /rinko/2024A/ に置く。
// 表の「状態」列は 済 / 予定 / 未定 のどれかで。

**方針 [#h0b2e1c9]
-前期のテーマは「モデルをどう評価するか」「評価したモデルは本当に汎化しているか」。
-LLM だけでなく、グラフ・NAS・ドメイン汎化・古典も混ぜる。''評価の落とし穴は分野をまたいで同じ形をしている''、という仮説の確認。
-発表は 1 人 40 分＋議論 20 分。スライドは前日 18 時までに共有ドライブへ。

**スケジュール [#t4d9a7b3]
|~回|~日付|~論文|~発表者|~状態|h
|1|4/15|『{T(DBED)}』 {au(DBED)}, ICLR 2021 (arXiv:{DBED})|[[坂本]]|済|
|2|4/22|[[{T(GRAPH)}>https://arxiv.org/abs/{GRAPH}]]&br;（Graphormer, NeurIPS 2021）|[[李]]|済|
|3|5/13|{T(DARTS)}&br;{au(DARTS, 2)}, ICLR 2021 Outstanding Paper|[[ムハンマド]]|済|
|4|5/20|[[{T(MTB)}>https://arxiv.org/abs/{MTB}]]|[[坂本]]|済|
|5|5/27|[[{T(LOST)}>https://arxiv.org/pdf/{LOST}.pdf]]|[[高橋]]|済|
|6|6/10|T-Few：「{T(TFEW)}」 NeurIPS 2022|[[李]]|済|
|7|6/17|Megatron-LM 「{T(MEGA)}」|[[ムハンマド]]|予定|
|8|7/01|古典回：LeCun ほか「{LENET}」Proceedings of the IEEE 86(11), 1998|[[高橋]]|予定|

**各回のメモ [#m8e3f5a1]
***第1回 DomainBed [#k2a0c4d7]
-ハイパーパラメータ選択の手順を揃えると ERM がほとんどの手法と並ぶ。
-議論：LLM のベンチマーク比較で「手法ごとにプロンプトを調整」しているのと同じ問題では？
-コード：[[facebookresearch/DomainBed>https://github.com/facebookresearch/DomainBed]]

***第2回 Graphormer [#q7b1d3e5]
-中心性エンコーディングと空間エンコーディング。OGB-LSC の順位表は参考程度に（リーダーボードは論文ではない）。

***第3回 DARTS のアーキテクチャ選択 [#w5c8e2b0]
-α の大きさで演算を選ぶ前提を疑い、摂動ベースの選択を提案。
-OpenReview の査読コメントも読み比べると面白い（リンクは共有ドライブのメモに）。

***第4回・第5回 LLM 評価 [#n3f6a9c2]
-MT-Bench：位置バイアス対策として「順番を入れ替えて 2 回聞く」を研究室の評価スクリプトに採用。
-Lost in the Middle：検索結果の top-k を 20 → 8 にしたら精度が上がった件の説明になりそう。
-ツール：[[lm-evaluation-harness>https://github.com/EleutherAI/lm-evaluation-harness]]、[[FastChat>https://github.com/lm-sys/FastChat]]

***第6回 T-Few [#v1d4b7e8]
-(IA)^3 アダプタ。コードは [[r-three/t-few>https://github.com/r-three/t-few]]。

***第7回 Megatron-LM（予定） [#r9a2c5f1]
-テンソル並列の図を全員で手書きする。NVIDIA/Megatron-LM の README も併読。

***第8回 古典回（予定） [#y6e0b3d4]
-46 ページあるので II 章と III 章だけ。MNIST の評価プロトコルがどう決まったか。

**論文以外の資料 [#s0c7f2a6]
-書籍：『ゼロから作る Deep Learning』（B4 向け）
-動画：学内セミナー「LLM 評価の実務」録画（学内限定、[[セミナー録画一覧]]）
-計算機：評価用 GPU サーバの予約は [[計算機予約]] から

**コメント [#c4b8e1f9]
-第3回のスライド、図 2 の軸ラベルが逆でした。修正版をドライブに上げました。 -- [[ムハンマド]] &new{{2024-05-14 (火) 10:21:37}};
-第8回、PDF が重いので印刷版を研究室に置いておきます。 -- [[高橋]] &new{{2024-06-28 (金) 17:05:02}};

#comment
"""
write_only(F505, text, keys(F505))
