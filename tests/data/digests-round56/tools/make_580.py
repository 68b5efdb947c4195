#!/usr/bin/env python3
"""580: the end of a Japanese master's thesis (修士論文) as `pdftotext -layout` gives it: the last pages of chapter 6
(結論), 謝辞 and 参考文献 in SIST 02 style (著者名. 論文名. 誌名. 出版年, 巻, 号, ページ. 入手先<URL>, (参照 日付).),
page footers and form feeds, reference entries wrapped with a hanging indent."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F580, keys, GPT2

def page(n, body):
    return body.rstrip("\n") + "\n\n\n" + " " * 38 + f"- {n} -\n\f"

p1 = """第 6 章    結論

6.1   本研究のまとめ

  本研究では，日本語の事前学習済み言語モデルにおけるマスク戦略と生成型事前学習の関係
を調べた．第 2 章では単語分散表現 [1] から文脈化表現 [2]，さらに大規模な生成型言語モデル
[3] に至る流れを整理し，第 3 章ではノイズ除去型の系列変換事前学習 [4] とテキスト対テキス
ト形式の統一的な枠組み [5] を比較対象として導入した．

  第 4 章の実験では，マスク位置をランダムに選ぶ従来の方法と，勾配の分散を小さくするよう
にマスクを選ぶ方法 [8] を，JGLUE の 4 タスクで比較した．その結果，学習ステップ数が少な
い設定ほど後者の効果が大きく，MARC-ja では平均 0.8 ポイントの改善が見られた．一方で，
JSQuAD ではほぼ差が見られなかった（表 4.3）．

  第 5 章では，注意重みだけでなく変換後ベクトルのノルムも考慮した分析 [6] を用いて，マス
ク戦略の違いが各層の注意の振る舞いに与える影響を可視化した．また，非自己回帰翻訳で提案
された glancing 学習 [7] の考え方を事前学習のマスク率スケジュールに応用する予備実験も
行った．

6.2   今後の課題

  今後の課題として，以下の 3 点が挙げられる．
    • より大きなモデル（1B パラメータ以上）での検証．本研究の計算資源（A100 × 4，約 3
      週間）では 350M パラメータが上限であった．
    • 日本語以外の言語，特に形態素境界が曖昧な言語への適用．
    • 分析手法 [6] を生成型モデルのデコーダ側にも適用すること．
"""
p2 = """謝辞

  本研究を進めるにあたり，終始丁寧なご指導をいただいた架空大学大学院情報学研究科の
石動 恭平 教授に深く感謝いたします．また，副査を引き受けてくださった 早乙女 玲子 准
教授，日頃の議論に付き合ってくれた言語メディア研究室の皆様，特に計算機環境の整備を
担当してくれた 浜野 隆之 さん（博士後期課程）に感謝いたします．本研究の一部は架空大学
学内研究助成（課題番号 K-2023-117）の支援を受けたものです．


参考文献

 [1] Mikolov, Tomas; Chen, Kai; Corrado, Greg; Dean, Jeffrey. {t1}. arXiv
     preprint, arXiv:1301.3781, 2013.
 [2] Peters, Matthew E.; Neumann, Mark; Iyyer, Mohit; et al. {t2}.
     Proceedings of the 2018 Conference of the North American Chapter of the Association for
     Computational Linguistics: Human Language Technologies. 2018, vol. 1, p. 2227-2237.
 [3] Radford, Alec; Wu, Jeffrey; Child, Rewon; Luan, David; Amodei, Dario; Sutskever, Ilya.
     {t3}. OpenAI, 2019, 24p. (Technical report).
 [4] Lewis, Mike; Liu, Yinhan; Goyal, Naman; et al. {t4a}
     {t4b}. Proceedings of the 58th Annual Meeting of the Association for Computational
     Linguistics. 2020, p. 7871-7880. 入手先<https://arxiv.org/abs/1910.13461>, (参照 2024-11-02).
 [5] Raffel, Colin; Shazeer, Noam; Roberts, Adam; et al. {t5a}
     {t5b}. Journal of Machine Learning Research. 2020, vol. 21, no. 140, p. 1-67.
 [6] Kobayashi, Goro; Kuribayashi, Tatsuki; Yokoi, Sho; Inui, Kentaro. {t6}.
     Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing.
     2020, p. 7057-7075.
 [7] Qian, Lihua; Zhou, Hao; Bao, Yu; et al. {t7}.
     OpenReview. 2020. 入手先<https://openreview.net/forum?id=ZaYZfu8pT_N>, (参照 2024-11-10).
 [8] Zheng, Ming; Shen, Dinghan; Shen, Yelong; Chen, Weizhu; Xiao, Lin. {t8a}
     {t8b}. OpenReview. 2020. 入手先<https://openreview.net/pdf?id=cYr2OPNyTz7>, (参照
     2024-11-10).
 [9] 村瀬 健太郎. 日本語テキストコーパス構築の実際. 架空書房, 2021, 312p.
[10] 山岸 遥. 日本語事前学習モデルにおけるマスク戦略の比較. 架空大学大学院情報学研究科,
     2022, 修士論文.
[11] Hugging Face. "Transformers documentation". 入手先<https://huggingface.co/docs/
     transformers>, (参照 2024-12-01).
[12] 言語メディア研究室. "JGLUE 評価スクリプト（研究室内フォーク）". 入手先<https://git.
     gengo.example.ac.jp/lab/jglue-eval>, (参照 2024-12-01).
"""
def split(t, at):
    w = t.split(" "); return " ".join(w[:at]), " ".join(w[at:])
t4a, t4b = split(T("1910.13461"), 7)
t5a, t5b = split(T("1910.10683"), 6)
t8a, t8b = split(T("2010.06040"), 4)
p2 = p2.format(t1=T("1301.3781"), t2=T("1802.05365"), t3=GPT2, t4a=t4a, t4b=t4b, t5a=t5a, t5b=t5b, t6=T("2004.10102"),
               t7=T("2008.07905"), t8a=t8a, t8b=t8b)
p0 = """      表 5.4: 層ごとの ||f(x)|| の平均（350M モデル，JSQuAD 検証データ 500 文）
           層        ランダム     提案（分散最小化）     差
            1           2.31            2.28            -0.03
            4           3.07            2.95            -0.12
            8           3.88            3.52            -0.36
           12           4.12            3.71            -0.41
           16           4.40            4.02            -0.38
           20           4.61            4.35            -0.26
           24           4.79            4.70            -0.09

  表 5.4 から，中間層（8–16 層）で提案手法のノルムが小さくなる傾向が見られた．これは，
マスクされたトークンの周辺で特定の語（句読点や助詞「の」「は」）に注意が集中しにくく
なっていることを示唆している．ただし，この差が下流タスクの性能にどの程度寄与してい
るかは明らかではなく，今後の検証が必要である．

5.5   本章のまとめ

  本章では，第 4 章で学習した 2 種類のモデルについて，注意の振る舞いを層ごとに比較し
た．提案手法では中間層で注意の分散が小さくなる一方，最終層ではほぼ差がなかった．
"""
text = page(51, p0) + page(52, p1) + page(53, p2)
write_only(F580, text, keys(F580))
