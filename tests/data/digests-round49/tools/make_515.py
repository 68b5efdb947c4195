#!/usr/bin/env python3
"""515: a Re:VIEW source chapter (.re, the markup of Japanese technical self-published books, built with
`rake pdf` / review-pdfmaker) on memory, recurrence and state-space models for long sequences, with #@# comments,
//lead, headings, @<b> / @<i> / @<tt> / @<href> / @<fn> / @<list> inline commands, //list, //table, //note,
//footnote blocks and an itemized reference list. Papers: @<href>{https://arxiv.org/abs/…} (link), OpenReview
forum URLs in @<href> (link), an "arXiv:…" id (arxiv-text), titles in @<i>{…} with a venue only (title-only).
Not papers: the state-spaces / mamba repositories, a Zenn article, a conference talk, the book's event schedule."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F515, keys

text = f'''#@# 第5章 長い系列のための「記憶」 — 技術書典16 新刊『系列モデル実践ノート』
#@# 担当: 三好 和真 (k.miyoshi@example.jp) / 校正: 結城 さや
#@# ビルド: rake pdf (config.yml の chapter: に ch05-memory.re を追加済み)
#@warn(参考文献の表記は「タイトル・会議名・URL」の順に統一すること)

= 長い系列のための「記憶」：リカレンス・メモリ・状態空間モデル

//lead{{
Transformer の自己注意は系列長の二乗で重くなります。本章では、過去の情報を「どこに」「どれだけ」残すかという観点から、
フィードバック型のメモリ、記憶の失効、状態空間モデル（SSM）、そして最近の Retention 系のモデルまでを一気に眺めます。
最後に、これらを大規模に学習するときに避けて通れない混合精度とモデル並列の話を少しだけします。
//}}

== フィードバックメモリ

通常の Transformer では、上位層の表現は下位層から参照できません。
@<i>{{{T("2002.09402")}}}@<fn>{{fn-feedback}} は、すべての層の表現を一つのメモリにまとめ、
次の時刻では下位層からもそれを参照できるようにしました。逐次計算になるため学習は遅くなりますが、
小さなモデルでも強い性能が出るのが面白いところです。

//footnote[fn-feedback][OpenReview の議論も参考になります: @<href>{{https://openreview.net/forum?id={OR("2002.09402")}, OpenReview}}]

== 覚えることと忘れること

メモリを増やすだけでは計算量が増え続けます。
@<i>{{{T("2105.06548")}}}（ICML 2021）は、各メモリに「有効期限」を予測させ、不要になったものを捨てることで、
長い文脈を安く保つ方法を提案しています。本書のサンプルコードでは、期限の予測を @<tt>{{ExpireSpan}} クラスとして
実装しています（@<list>{{expire}}）。

//list[expire][有効期限つきメモリの最小実装（抜粋）][python]{{
class ExpireSpan(nn.Module):
    def __init__(self, d_model, max_span):
        super().__init__()
        self.proj = nn.Linear(d_model, 1)
        self.max_span = max_span

    def forward(self, h):
        # 各メモリの残り寿命 e_i = L * sigmoid(w^T h_i + b)
        return self.max_span * torch.sigmoid(self.proj(h)).squeeze(-1)
//}}

== 状態空間モデル

=== HiPPO：連続時間の記憶

状態空間モデルの出発点として、本章では HiPPO を取り上げます。正式なタイトルは
「{T("2008.07669")}」で、arXiv:2008.07669 として公開され、NeurIPS 2020 に採択されています。
過去の入力を直交多項式への射影として保持する、という考え方がその後の S4 につながります。

=== S4

@<b>{{{T("2111.00396")}}}（ICLR 2022）は、HiPPO 行列を使った線形状態空間モデルを、
畳み込みカーネルとして効率よく計算する方法を示しました。Long Range Arena の Path-X を初めて解いたモデルとして有名です。
実装は公式リポジトリ（@<href>{{https://github.com/state-spaces/s4, state-spaces/s4}}）が読みやすく、
論文ではありませんが付録のカーネル計算を追うのに役立ちます。

=== Mamba

S4 の行列は入力に依存しません。選択的（入力依存）な状態空間を導入し、ハードウェアを意識した並列スキャンで
高速化したのが @<href>{{https://arxiv.org/abs/2312.00752, {T("2312.00752")}}} です。
コードは @<href>{{https://github.com/state-spaces/mamba}} にあります。

//note[コラム：Retention という第三の道]{{
@<i>{{{T("2307.08621")}}} は、学習時は並列、推論時は再帰、長い系列ではチャンク単位、という三つの計算形態を
同じモデルで切り替えられる点を売りにしています。Zenn に著者以外による詳しい解説記事があります
（@<href>{{https://zenn.dev/example_user/articles/retnet-kaisetsu}}）が、これは論文ではありません。
//}}

== 大規模に学習するために

//table[scale][本章で触れる学習上の工夫]{{
工夫	何を減らすか	本章での扱い
-----------------------------------------
混合精度	メモリと帯域	@<fn>{{fn-mp}} を参照
条件付き計算（MoE）	計算量	GShard を紹介
活性の再計算	メモリ	第7章で扱う
//}}

FP16 で学習するときの損失スケーリングは、@<i>{{{T("1710.03740")}}}@<fn>{{fn-mp}} がいまでも基本文献です。
また、巨大なモデルを多数のアクセラレータに分割する方法として、
@<i>{{{T("2006.16668")}}}（ICLR 2021）は専門家混合（MoE）層の自動シャーディングを示しました。

//footnote[fn-mp][ICLR 2018。@<href>{{https://openreview.net/forum?id={OR("1710.03740")}}}]

== 参考文献

 * @<i>{{{T("2002.09402")}}}, 2020. @<href>{{https://openreview.net/forum?id={OR("2002.09402")}}}
 * @<i>{{{T("2105.06548")}}}, ICML 2021.
 * 「{T("2008.07669")}」, NeurIPS 2020, arXiv:2008.07669.
 * @<i>{{{T("2111.00396")}}}, ICLR 2022.
 * @<i>{{{T("2312.00752")}}}, 2023. @<href>{{https://arxiv.org/abs/2312.00752}}
 * @<i>{{{T("2307.08621")}}}, 2023（Microsoft Research の技術報告）.
 * @<i>{{{T("1710.03740")}}}, ICLR 2018. @<href>{{https://openreview.net/forum?id={OR("1710.03740")}}}
 * @<i>{{{T("2006.16668")}}}, ICLR 2021.

#@# TODO(結城): 技術書典の頒布会場での見本誌は 5/26 まで。校了は 5/12。
#@# TODO(三好): Mamba-2 は次の版で扱う。講演「状態空間モデル入門」(機械学習勉強会 2024春) のスライドへのリンクは載せない。
'''
write_only(F515, text, keys(F515))
