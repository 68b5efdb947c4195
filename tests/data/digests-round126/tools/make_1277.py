#!/usr/bin/env python3
"""1277: a KULASIS-style syllabus page (a Kyoto-like university's course-information system), copied from the browser
as text (Japanese): the page chrome, the course table copied with tabs between cells (授業科目名 / <英訳>, 担当者所属・
職名・氏名, 群, 分野(分類), 使用言語, 単位数, 週コマ数, 授業形態, 開講年度・開講期, 曜時限, 教室), then the bracketed
sections in KULASIS order ([授業の概要・目的], [到達目標], [授業計画と内容], [履修要件], [成績評価の方法・観点],
[教科書], [参考書等] with （参考書） and （関連ＵＲＬ）, [授業外学修（予習・復習）等], [その他（オフィスアワー等）]),
full-width brackets, 15 numbered sessions. Papers: arXiv abs / pdf links in 参考書 and 関連ＵＲＬ, an `arXiv:` id in
the session plan, titles alone (three not on arXiv: Rumelhart et al. 1986, Hochreiter & Schmidhuber 1997, Graves et
al. 2006; Neural Turing Machines with no id); a textbook, PyTorch's tutorials, Google Colaboratory, the LMS PandA and
a lecture video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1277, keys, BACKPROP, LSTM, CTC

HOST = "www.k.kyoto-u.example.jp"
L = [
 "KULASIS 教務情報システム",
 "ログイン\tEnglish",
 "トップ > シラバス検索 > シラバス参照",
 "",
 "シラバス参照",
 "2024年度",
 "授業科目名",
 "<英訳>\t深層学習の古典精読",
 "Close Reading of Classic Papers in Deep Learning\t担当者所属・",
 "職名・氏名\t情報学研究科\t准教授\t森川　直樹",
 "\t情報学研究科\t助教\t北村　遥",
 "",
 "群\t大学院\t分野(分類)\t知能情報学（専門科目）\t使用言語\t日本語及び英語",
 "旧群\t\t単位数\t2単位\t週コマ数\t1コマ",
 "授業形態\t講義（対面授業科目）",
 "開講年度・開講期\t2024・前期\t受講定員（1回生定員）\t45（0）\t配当学年\t大学院生\t対象学生\t大学院生",
 "曜時限\t木3",
 "教室\t総合研究7号館 講義室2",
 " [授業の概要・目的]",
 "深層学習の基礎となった古典的な論文を毎回1〜2本取り上げ、受講者が分担して精読・発表する。誤差逆伝播法、再帰型ネットワークとゲート機構、系列変換モデルと注意機構、外部メモリ、最適化手法までを歴史的な順序でたどり、現在のTransformerに至る設計上の判断がどこから来たのかを原典に即して理解することを目的とする。",
 " [到達目標]",
 "・古典論文の主張・仮定・実験設定を自分の言葉で説明できる。",
 "・論文中の数式を追い、PyTorchで最小限の再現実装を書ける。",
 "・後続研究との関係（何が引き継がれ、何が捨てられたか）を議論できる。",
 " [授業計画と内容]",
 "第1回　ガイダンス（分担決め、発表の仕方、PandAの使い方）",
 f"第2回　誤差逆伝播法：Rumelhart, Hinton & Williams (1986) \"{BACKPROP}\", Nature 323",
 "第3回　誤差逆伝播法の演習（自動微分を使わずに2層ネットワークを書く）",
 f"第4回　再帰型ネットワークと勾配消失：Hochreiter & Schmidhuber (1997) \"{LSTM}\", Neural Computation 9(8)",
 "第5回　LSTMの演習（BPTTの実装、忘却ゲートの有無による比較）",
 f"第6回　系列ラベリング：Graves et al. (2006) \"{CTC}\", ICML 2006",
 f"第7回　系列変換：Sutskever, Vinyals & Le (2014) \"{T('1409.3215')}\"",
 f"第8回　注意機構の誕生：Bahdanau, Cho & Bengio \"{T('1409.0473')}\"（ICLR 2015）",
 f"第9回　外部メモリ：Graves, Wayne & Danihelka (2014) \"{T('1410.5401')}\"（発表者は図1〜2の再現を必須とする）",
 "第10回　中間発表（各自の再現実装の進捗報告）",
 f"第11回　Transformer：Vaswani et al. (2017) \"{T('1706.03762')}\"",
 "第12回　Transformerの演習（位置符号化と多頭注意の実装）",
 f"第13回　最適化：Loshchilov & Hutter \"{T('1711.05101')}\"（arXiv:1711.05101、ICLR 2019版を読むこと）とAdamとの比較",
 "第14回　総合討論：古典から現在の大規模言語モデルへ",
 "第15回　フィードバック",
 "※各回の発表者は前週の金曜日までに資料をPandAに提出すること。受講者数により回の内容を入れ替えることがある。",
 " [履修要件]",
 "線形代数・微分積分・確率統計の基礎、およびPythonでのプログラミング経験を前提とする。「パターン認識特論」を履修済みであることが望ましい。",
 " [成績評価の方法・観点]",
 "論文発表（40点）、再現実装のレポート（40点）、授業での討論への参加（20点）により評価する。",
 "レポートは第15回終了後2週間以内にPandAで提出。剽窃・生成AIの無断使用が判明した場合は0点とする。",
 " [教科書]",
 "使用しない",
 "各回の論文は担当教員が指定する（下記参考書等を参照）。",
 " [参考書等]",
 "  （参考書）",
 "岡谷貴之 『深層学習 改訂第2版』（講談社） ISBN:9784065133323",
 f"Ilya Sutskever, Oriol Vinyals, Quoc V. Le 『{T('1409.3215')}』（NIPS 2014） https://arxiv.org/abs/1409.3215",
 f"Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio 『{T('1409.0473')}』（ICLR 2015） https://arxiv.org/abs/1409.0473",
 f"Ashish Vaswani et al. 『{T('1706.03762')}』（NeurIPS 2017） https://arxiv.org/pdf/1706.03762",
 "  （関連ＵＲＬ）",
 "https://pytorch.org/tutorials/ PyTorch公式チュートリアル（演習回で使用）",
 "https://colab.research.google.com/ Google Colaboratory（GPUを持たない受講者向け）",
 f"https://{HOST}/lecture/dl-classics/2024/ 授業資料ページ（学内限定）",
 "https://www.youtube.com/watch?v=Hn3Vw8Zq2Lk 2023年度の第11回講義の録画（参考）",
 " [授業外学修（予習・復習）等]",
 "発表者以外も毎回の論文を事前に通読し、疑問点を1つ以上PandAの掲示板に書き込むこと（予習2時間程度）。演習回の課題は次回までに完成させること。",
 " [その他（オフィスアワー等）]",
 "質問は授業後またはメール（morikawa.naoki.7x@kyoto-u.example.jp）で受け付ける。",
 "オフィスアワーの詳細については、KULASISで確認してください。",
 "",
 "科目ナンバリング\tG-INF02 63418 LJ10",
 "",
 "このページのトップへ",
 "Copyright © 2024 KULASIS All Rights Reserved.",
]
write_only(F1277, "\n".join(L) + "\n", keys(F1277))
