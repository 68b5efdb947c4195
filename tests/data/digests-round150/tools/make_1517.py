#!/usr/bin/env python3
"""1517: a course page of ITC-LMS (the University of Tokyo's LMS) copied from the browser: the header and menu, the
breadcrumb, the course header (timetable code, term, period, teacher), the course tabs, the 教材 (materials) list with
one material opened — 輪読文献リスト, the reading plan of a deep-learning course, its weekly table copied as
tab-separated cells (dates computed: Mondays, 4/29 and 5/6 holidays without class) — then the other materials and
the footer. Not papers: 『ゼロから作るDeep Learning』 and d2l.ai (books), the PyTorch tutorial, a lecture video, the
Wisteria cluster. Nicknames: LeNet-5, seq2seq, Transformer, NTM, GAN — labelled where the full titles are written."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1517, keys, BACKPROP, LENET, LSTM, CTC

WD = "月火水木金土日"
def jd(d): return f"{d:%Y/%m/%d}（{WD[d.weekday()]}）"

start = dt.date(2024, 4, 8)
HOLIDAYS = {dt.date(2024, 4, 29): "昭和の日", dt.date(2024, 5, 6): "振替休日"}
topics = [
    ("ガイダンス・誤差逆伝播法", T(BACKPROP) + "（Nature 323, 1986）", "『ゼロから作るDeep Learning』5章"),
    ("畳み込みニューラルネットワーク", T(LENET) + "（Proc. IEEE 86(11), 1998）", "LeNet-5 の構成を図にして持参"),
    ("再帰型ネットワークと LSTM", T(LSTM) + "（Neural Computation 9(8), 1997）", "d2l.ai 10章"),
    ("系列ラベリングと CTC", T(CTC) + "（ICML 2006）", "音声認識の演習あり"),
    ("注意機構と系列変換", T("1409.0473") + " https://arxiv.org/abs/1409.0473", "seq2seq との違いをまとめる"),
    ("外部メモリ", T("1410.5401") + " https://arxiv.org/pdf/1410.5401", "NTM のコピー課題を再現（任意）"),
    ("Transformer", T("1706.03762") + " https://arxiv.org/abs/1706.03762", "PyTorch 公式チュートリアル"),
    ("生成モデル入門", T("1406.2661") + "（arXiv:1406.2661）", "GAN の学習曲線を観察"),
]
rows, d = [], start
for i, (topic, req, note) in enumerate(topics, 1):
    while d in HOLIDAYS:
        rows.append(f"－\t{jd(d)}\t休講（{HOLIDAYS[d]}）\t－\t－")
        d += dt.timedelta(days=7)
    rows.append(f"第{i}回\t{jd(d)}\t{topic}\t{req}\t{note}")
    d += dt.timedelta(days=7)
last = d - dt.timedelta(days=7)

lines = [
    "メインコンテンツへスキップ",
    "ITC-LMS",
    "ホーム", "時間割", "お知らせ", "マイページ", "ヘルプ",
    "佐藤 翔太 さん", "ログアウト",
    "ホーム > 2024年度 > 深層学習基礎論 > 教材",
    "深層学習基礎論",
    "時間割コード：4810-1058　開講：2024 S1S2　曜限：月曜5限　担当教員：山田 健一",
    "コース情報", "お知らせ", "教材", "課題", "テスト", "アンケート", "掲示板", "出欠",
    "教材",
    "並び順：公開日時（新しい順）",
    "",
    "輪読文献リスト（第1回〜第8回）",
    "公開期間：2024/04/01 09:00 〜 2024/09/30 23:59",
    "更新日時：2024/04/03 18:42　更新者：山田 健一",
    "",
    "各回の担当者は必読文献を 10 分で紹介し、参考欄の課題に答えてください。論文は学内ネットワークから、または下の URL から入手できます。",
    "",
    "回\t日付\tテーマ\t必読文献\t参考・課題",
    *rows,
    "",
    f"※ 最終回（{last.month}/{last.day}）の翌週にレポート課題を出します。",
    "※ 演習では Wisteria/BDEC-01 のアカウントを使います（申請は TA の中村さんまで）。",
    "",
    "第1回 講義スライド",
    "lecture01_backprop.pdf（2.3 MB）",
    "公開期間：2024/04/08 16:00 〜 2024/09/30 23:59",
    "",
    "演習環境の構築手順（Python 3.11 / PyTorch 2.2）",
    "setup_guide_2024.pdf（780 KB）",
    "公開期間：2024/04/01 09:00 〜 2024/09/30 23:59",
    "",
    "講義録画（第1回）",
    "https://www.youtube.com/watch?v=Qm3kT9xZpLw",
    "公開期間：2024/04/09 10:00 〜 2024/07/31 23:59",
    "",
    "プライバシーポリシー", "利用規約",
    "Copyright © The University of Tokyo. All Rights Reserved.",
]
write_only(F1517, "\n".join(lines) + "\n", keys(F1517))
