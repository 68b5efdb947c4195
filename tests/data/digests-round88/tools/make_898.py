#!/usr/bin/env python3
"""898: a Japanese graduate seminar's page in a university's CampusSquare web syllabus (シラバス参照), selected in the
browser and pasted into a text file by a student: the page chrome (system name, `シラバス参照`, the 閉じる / 印刷用画面
buttons), then the two tables as the browser copies them — one row a line, label and value separated by a tab, a
value's `<br>` breaks as bare lines under it (a second teacher, the fifteen 授業計画 sessions, the URL list) — the
`更新日時` row and the footer. Sessions are Wednesdays (第N回（M/D）), one student presenting one paper each; the
teacher writes paper titles in English inside Japanese sentences, breaks one long title with a `<br>`, and lists the
URLs of some of them under 参考URL. A textbook, an online book, the lab's wiki and a course page are not papers."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(898)
K = dict(clip="2103.00020", gpm="2103.09762", mview="2006.05576", hardneg="2010.04592", cpc="1807.03748",
         medsel="2103.14339", motion="2103.14338", evorl="2101.03958")

START = datetime.date(2024, 4, 10)


def day(n):
    d = START + datetime.timedelta(weeks=n - 1)
    return f"{d.month}/{d.day}"


med = T(K["medsel"])
cut = med.index(" Combining")
PLAN = [
    "ガイダンス：演習の進め方，論文の探し方・読み方，発表担当の決定",
    "論文紹介の準備：スライドの作り方と質疑のルール（担当教員による模擬発表）",
    "対照学習（1）：表現学習の出発点として van den Oord らの “" + T(K["cpc"]) + "” を輪読する。"
    "InfoNCE 損失の導出を各自で追うこと。",
    "対照学習（2）：負例の選び方 — “" + T(K["hardneg"]) + "”（arXiv:2010.04592）。"
    "負例サンプリングの重み付けと理論解析を中心に。",
    "対照学習（3）：情報理論から見た自己教師あり学習 — “" + T(K["mview"]) + "”（ICLR 2021，"
    "査読コメントも OpenReview で読むこと）",
    # the teacher typed a full-width space (U+3000) inside the CLIP title with the Japanese IME on
    "視覚と言語：CLIP（“" + T(K["clip"]).replace(" From", "\u3000From") + "”）。ゼロショット分類の実験を Colab で再現する。",
    "中間討論：ここまでの論文と各自の研究テーマとの関係を 5 分で発表",
    "継続学習：“" + T(K["gpm"]) + "”。勾配の部分空間への射影による忘却の抑制。",
    "医用画像とメタ学習：“" + med[:cut] + "<br>" + med[cut + 1:] + "”",
    "人物動画の生成：“" + T(K["motion"]) + "”（CVPR 2021）",
    "AutoML と強化学習：“" + T(K["evorl"]) + "”。損失関数を計算グラフとして探索する発想を議論する。",
    "受講者の研究紹介（1）",
    "受講者の研究紹介（2）",
    "総合討論：表現学習の今後（ゲスト：企業研究者を予定）",
    "期末レポートの講評とまとめ",
]
plan = "<br>".join(f"第{i}回（{day(i)}）{p}" for i, p in enumerate(PLAN, 1))

BASIC = [
    ("開講年度", "2024"),
    ("開講学期", "前期"),
    ("科目分類", "専門科目（演習）"),
    ("授業科目名", "知能情報学特別演習Ｂ"),
    ("授業科目名（英語）", "Advanced Seminar on Intelligent Informatics B"),
    ("時間割コード", "5G20412"),
    ("曜日時限", "水曜５限"),
    ("単位数", "2"),
    ("担当教員", "山本　彩<br>小林　直樹"),
    ("開講所属", "大学院情報学研究科　知能情報学専攻"),
    ("授業形態", "演習"),
    ("使用言語", "日本語（論文・スライドは英語）"),
]
DETAIL = [
    ("授業の目的・概要", "深層学習における表現学習の代表的な論文を輪読し，手法の背景・理論・実験設計を批判的に読む力を"
                         "養う。受講者は毎回1名が担当論文を紹介し，全員で議論する。"),
    ("到達目標", "1．英語の原著論文を読み，主張と根拠を正確に要約できる。<br>2．実験設定の妥当性を議論できる。"
                 "<br>3．自分の研究との関係を説明できる。"),
    ("授業計画", plan),
    ("授業時間外の学修", "担当者は発表スライドを前週の金曜までに共有すること。担当以外の受講者も事前に論文を読み，"
                         "質問を2つ以上 Moodle に投稿すること（1回あたり2時間程度）。"),
    ("成績評価の方法・基準", "論文紹介 50%，討論への参加 20%，期末レポート 30%"),
    ("教科書", "使用しない（各回の論文は研究室Wikiで配布する）"),
    ("参考書", "岡谷貴之『深層学習 改訂第2版』（講談社，2022）<br>"
               "A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press, 2023"),
    ("参考URL", "https://arxiv.org/abs/2103.00020 （第6回）<br>"
                f"https://openreview.net/forum?id={CAT[K['mview']]['openreview_id']} （第5回）<br>"
                "https://arxiv.org/pdf/2103.09762.pdf （第8回）<br>"
                "https://d2l.ai/ （参考書のオンライン版）<br>"
                "https://wiki.iml.example-u.ac.jp/seminar/2024B/ （研究室Wiki・学内のみ）"),
    ("履修上の注意", "学部の「パターン認識」または同等の科目を履修済みであることが望ましい。"
                     "発表担当の交換は担当教員に事前に連絡すること。"),
    ("オフィスアワー", "山本：火曜 12:15–13:00（総合研究棟 507）／小林：メールで予約"),
    ("連絡先", "aya.yamamoto@iml.example-u.ac.jp"),
]


def table(rows):
    return "\n".join(f"{k}\t{v.replace('<br>', chr(10))}" for k, v in rows)


text = "\n".join([
    "ＣａｍｐｕｓＳｑｕａｒｅ",
    "シラバス参照",
    "閉じる\t印刷用画面",
    "",
    "講義基本情報",
    table(BASIC),
    "",
    "講義詳細情報",
    table(DETAIL),
    "",
    "更新日時\t2024/03/22 14:05",
    "",
    "ページの先頭へ",
    "Copyright (C) 2024 Example University. All rights reserved.",
]) + "\n"
write_only(F, text, keys(F))
