#!/usr/bin/env python3
"""1657: a Waseda University syllabus page («シラバス情報», the Syllabus Search detail page on www.wsl.waseda.jp) copied
from the browser as text: the site head and breadcrumb, the course table (科目名 … 科目キー), 授業概要, 到達目標,
事前・事後学習, 授業計画 with 15 回 (numbered by the builder), 教科書, 参考文献, 成績評価方法 (weights asserted to 100 %),
備考・関連URL, the footer. The course «ニューラルネットワークと深層学習», its teacher, key and room are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, LENET, CTC
F = by_num(1657)
KEY = "26GF0220013"
PKEY = f"{KEY}01202526GF022001301"
plan = [
    ("ガイダンス", "授業の進め方、成績評価、計算環境（Google Colaboratory、PyTorch）の準備について説明する。"),
    ("機械学習の基礎", "教師あり学習、損失関数、汎化と過学習。線形回帰とロジスティック回帰を復習する。"),
    ("多層パーセプトロン", "活性化関数と表現力。万能近似定理の直観的な説明。"),
    ("勾配法と計算グラフ", "計算グラフと自動微分。PyTorch の autograd を使った演習。"),
    ("誤差逆伝播法", f"誤差逆伝播法の導出。原典として Rumelhart, Hinton, Williams の論文「{BACKPROP}」（Nature 323, 1986）を読む。"),
    ("畳み込みニューラルネットワーク", f"畳み込み層とプーリング。LeCun らの「{LENET}」（Proc. IEEE, 1998）の LeNet-5 を実装する。"),
    ("最適化と正則化", f"SGD、モメンタム、Adam。重み減衰について Loshchilov & Hutter「{T('1711.05101')}」\nhttps://arxiv.org/abs/1711.05101 を紹介する。ドロップアウト、バッチ正規化。"),
    ("再帰型ニューラルネットワーク", f"RNN と勾配消失問題。Hochreiter & Schmidhuber「{LSTM}」（Neural Computation, 1997）を読む。"),
    ("系列ラベリングと音声認識", f"アライメントのない系列の学習。Graves らの「{CTC}」（ICML 2006）の考え方を説明する。"),
    ("注意機構", f"エンコーダ・デコーダと注意機構。Bahdanau ら「{T('1409.0473')}」（arXiv:1409.0473）。"),
    ("Transformer", f"自己注意と位置符号化。Vaswani ら「{T('1706.03762')}」\nhttps://arxiv.org/pdf/1706.03762v7 の図1を各自で再現する。"),
    ("生成モデル（1）", f"自己符号化器と変分自己符号化器（VAE）の概要。"),
    ("生成モデル（2）", f"敵対的生成ネットワーク。Goodfellow ら「{T('1406.2661')}」https://arxiv.org/abs/1406.2661"),
    ("最終課題発表", "各グループ 10 分の発表と質疑応答。"),
    ("まとめ", "全体のまとめと最近の研究動向（大規模言語モデル等）の紹介。"),
]
grading = [("試験", 40, "第15回の授業内で実施する筆記試験。"), ("レポート", 30, "演習レポート（4回）。"),
           ("平常点評価", 10, "授業への参加状況、リアクションペーパー。"), ("その他", 20, "最終課題（グループ発表）。")]
assert sum(w for _, w, _ in grading) == 100 and len(plan) == 15
out = []
A = out.append
A("早稲田大学")
A("シラバス情報")
A("Syllabus Search")
A("")
A("ホーム  >  シラバス検索  >  シラバス詳細")
A("")
A("English　|　印刷する　|　閉じる")
A("")
A("科目名\tニューラルネットワークと深層学習")
A("担当教員\t佐々木 悠真")
A("学期曜日時限\t秋学期  火3時限")
A("科目区分\t専門選択科目")
A("配当年次\t3年以上\t単位数\t2")
A("使用教室\t63-201\tキャンパス\t西早稲田（旧大久保）")
A(f"科目キー\t{KEY}\t科目クラスコード\t01")
A("授業で使用する言語\t日本語")
A("授業方法区分\t対面")
A("コース・コード\tCSCX31ZL")
A("大分野名称\t情報学")
A("中分野名称\t計算機科学")
A("小分野名称\t人工知能")
A("レベル\t上級レベル\t授業形態\t講義")
A("")
A("シラバス情報")
A("最終更新日時:2025/03/14 11:26:07")
A("")
A("授業概要")
A("本講義では、ニューラルネットワークの基礎から深層学習の代表的なモデルまでを扱う。各回で原典となる論文を一つ取り上げ、"
  "その要点を講義した上で、PyTorch による小規模な実装演習を行う。論文は英語で読むことになるが、要点は日本語で解説する。")
A("")
A("授業の到達目標")
A("1. 誤差逆伝播法と勾配に基づく最適化を自分の言葉で説明できる。")
A("2. CNN、RNN、Transformer の構造の違いを理解し、簡単なモデルを実装できる。")
A("3. 深層学習の原典論文を読み、その貢献と限界を議論できる。")
A("")
A("事前・事後学習の内容")
A("事前に指定された論文（英語）を読み、Waseda Moodle に要約（A4 一枚程度）を提出すること。事後学習として演習ノートブックを完成させる。"
  "事前・事後学習の時間は各回 180 分程度を想定している。")
A("")
A("授業計画")
for i, (t, d) in enumerate(plan, 1):
    A(f"第{i}回:")
    A(t)
    A(d)
    A("")
A("教科書")
A("教科書は指定しない。講義資料は Waseda Moodle で配布する。")
A("")
A("参考文献")
A("・Ian Goodfellow, Yoshua Bengio, Aaron Courville, Deep Learning, MIT Press, 2016.")
A("・田村 明子『ニューラルネットワーク入門 ― 数式と実装で学ぶ』青葉書房, 2022.")
A("・各回で紹介する論文（授業計画を参照）。")
A("")
A("成績評価方法")
A("割合\t評価基準")
for n, w, c in grading:
    A(f"{n}:\t{w}%\t{c}")
A("")
A("備考・関連URL")
A("線形代数、確率統計、Python プログラミングの基礎を履修済みであることが望ましい。")
A("演習用リポジトリ・資料は初回に Waseda Moodle で案内する。")
A(f"https://www.wsl.waseda.jp/syllabus/JAA104.php?pKey={PKEY}&pLng=jp")
A("")
A("このページの先頭へ")
A("")
A("Copyright © Waseda University. All rights reserved.")
write_only(F, "\n".join(out) + "\n", keys(F))
