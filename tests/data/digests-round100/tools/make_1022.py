#!/usr/bin/env python3
"""1022: a Japanese lab's 輪講 (paper-reading seminar) sheet for the 2024 spring term, kept in Excel and saved as
"CSV (コンマ区切り) (*.csv)" on Japanese Windows: Shift_JIS (Windows code page 932) bytes without a byte-order mark, CRLF
after every row, a line break typed with Alt+Enter inside a cell written as a bare LF inside the quoted cell, cells
quoted only when they hold a comma, a double quote or a line break (`""` inside), dates as Excel displays them in the
Japanese locale (`2024/4/12`, no zero padding), empty cells as nothing between commas. Columns: No, 発表日, 発表者,
分野, 論文タイトル, 著者, 会議・論文誌, 年, URL / arXiv, メモ, 状態. The lab, its members and the room are invented; the
seminar is on Fridays (none in Golden Week).

Papers: two arXiv URLs and one OpenReview forum URL in the link column (links), one `arXiv:ID` in the link column
(arxiv-text), four rows with the title only (one not on arXiv; one title with a doubled blank, one row whose memo is
a two-line cell). Not papers: the textbook chapter, a tool introduction (Weights & Biases docs), the PyGlove and
CheXpert mentions; nicknames (InfoNCE, CPC, GPM, AlphaGo Zero) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import by_num, keys, AGZ

F = by_num(1022)
K = dict(cpc="1807.03748", copypaste="2012.07177", multiview="2006.05576", autodrop="2101.01761", gpm="2103.09762",
         pyglove="2101.08809", medselect="2103.14339", agz=AGZ)
HEAD = ["No", "発表日", "発表者", "分野", "論文タイトル", "著者", "会議・論文誌", "年", "URL / arXiv", "メモ", "状態"]
rows = [
    ["2024/4/12", "山田（M2）", "表現学習", T(K["cpc"]), "van den Oord, Li, Vinyals", "arXiv", "2018",
     f"https://arxiv.org/abs/{K['cpc']}", "InfoNCEの元論文。図1（CPCの全体図）は必ず説明すること", "済"],
    ["2024/4/12", "佐藤（M1）", "表現学習", T(K["multiview"]), "Tsai, Wu, Salakhutdinov, Morency", "ICLR", "2021",
     "https://openreview.net/forum?id=-bdp_8Itjwp", "CPCの次に読むと分かりやすい。定理1の仮定に注意", "済"],
    ["2024/4/19", "鈴木（D1）", "継続学習", T(K["gpm"]).replace("for Continual", "for  Continual"), "Saha, Garg, Roy",
     "ICLR", "2021", "", "ICLR 2021 oral。\nGEM・OGDとの比較表あり（Table 2）", "済"],
    ["2024/4/19", "高橋（M2）", "データ拡張", T(K["copypaste"]), "Ghiasi, Cui, Srinivas, Qian, Lin, Cubuk, Le, Zoph",
     "CVPR", "2021", f"https://arxiv.org/pdf/{K['copypaste']}.pdf", "LVISでの結果を中心に", "済"],
    ["2024/4/26", "全員", "教科書", "（教科書輪読）ゼロから作るDeep Learning 2（自然言語処理編）第3章", "斎藤 康毅",
     "オライリー・ジャパン", "2018", "", "節ごとに担当を分ける", "済"],
    ["2024/5/10", "伊藤（M1）", "正則化", T(K["autodrop"]), "Pham, Le", "AAAI", "2021", f"arXiv:{K['autodrop']}",
     "探索コストが大きいので、再現は小さいモデルで", "発表準備中"],
    ["2024/5/10", "渡辺（M2）", "AutoML", T(K["pyglove"]), "Peng, Dong, Real, Tan, Lu, Liu, Bender, Kraft, Liang, Le",
     "NeurIPS", "2020", "", "コードは GitHub の google/pyglove（論文ではない）。デモもやる予定", "発表準備中"],
    ["2024/5/17", "中村（D2）", "医用画像", T(K["medselect"]), "Smit, Vrabac, He, Ng, Beam, Rajpurkar", "arXiv", "2021",
     "", "CheXpertを使用。ラベル付け予算をどう配分するかの話", "未定"],
    ["2024/5/24", "小林（B4）", "強化学習", T(K["agz"]), "Silver, Schrittwieser, Simonyan, Antonoglou, Huang, ほか",
     "Nature", "2017", "", "AlphaGo Zero。B4はまず古典から", "未定"],
    ["2024/5/24", "加藤（M1）", "ツール紹介", "Weights & Biases で実験管理", "", "", "", "https://docs.wandb.ai/",
     "論文ではなくツールの紹介（15分）", "未定"],
]


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v


text = ",".join(HEAD) + "\r\n" + "".join(",".join(cell(c) for c in [str(i)] + r) + "\r\n" for i, r in enumerate(rows, 1))
write_encoded(F, text, "cp932", keys(F))
