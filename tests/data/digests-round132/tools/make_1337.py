#!/usr/bin/env python3
"""1337: a KOAN syllabus reference page (シラバス参照, the university's KOAN web system) for a graduate course on
sequence models and Transformers, saved by Chrome as "Webpage, Complete": the page as Chrome serialises its DOM — the
doctype, then Chrome's mark of the web `<!-- saved from url=(NNNN)URL -->` (NNNN the URL's length, four digits),
`<html lang="ja"><head>` with the charset meta Chrome puts first, `<tbody>` inside every table, stylesheet and script
addresses rewritten to `./シラバス参照_files/`, `&amp;` in attribute values. The syllabus is one two-column table (th
label, td value): year, course name, codes, teacher, room, goals, the 15-week plan (第N回, full-width spaces),
out-of-class study, textbook, 参考文献 (numbered [1]–[11]), grading (percentages adding up to 100), message, keywords.
Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id, three titles alone (CTC's ICML paper is not
on arXiv); a book, the Transformers docs, The Annotated Transformer blog post and the course's CLE page are not
papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1337, CTC, keys

YEAR, CODE = 2024, "243118"
URL = f"https://koan.naniwa-u.example.ac.jp/syllabus_ex/campus?func=function.syllabus.ex.refer&lct_year={YEAR}&lct_cd={CODE}&je_cd=1"
E = lambda s: html.escape(s, quote=False)
A = lambda s: html.escape(s, quote=True)


def a(u, text=None):
    return f'<a href="{A(u)}" target="_blank">{E(text or u)}</a>'


REFS = [
    f"I. Sutskever, O. Vinyals, Q. V. Le: {T('1409.3215')}, Advances in Neural Information Processing Systems 27 (NIPS 2014), pp. 3104–3112. " + a("https://arxiv.org/abs/1409.3215"),
    f"A. Graves, S. Fernández, F. Gomez, J. Schmidhuber: {CTC}, Proceedings of the 23rd International Conference on Machine Learning (ICML 2006), pp. 369–376.",
    f"A. Graves, G. Wayne, I. Danihelka: {T('1410.5401')}, 2014. " + a("https://arxiv.org/abs/1410.5401"),
    f"A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, Ł. Kaiser, I. Polosukhin: {T('1706.03762')}, NIPS 2017. " + a("https://arxiv.org/pdf/1706.03762"),
    f"N. Shazeer, A. Mirhoseini, K. Maziarz, A. Davis, Q. Le, G. Hinton, J. Dean: {T('1701.06538')}, ICLR 2017. " + a(f"https://openreview.net/forum?id={OR('1701.06538')}"),
    f"Z. Dai, Z. Yang, Y. Yang, J. Carbonell, Q. V. Le, R. Salakhutdinov: {T('1901.02860')}, ACL 2019. arXiv:1901.02860",
    f"Z. Yang, Z. Dai, Y. Yang, J. Carbonell, R. Salakhutdinov, Q. V. Le: {T('1906.08237')}, NeurIPS 2019.",
    f"A. Holtzman, J. Buys, L. Du, M. Forbes, Y. Choi: {T('1904.09751')}, ICLR 2020.",
    "坪井祐太, 海野裕也, 鈴木潤: 深層学習による自然言語処理（機械学習プロフェッショナルシリーズ）, 講談社, 2017.",
    "Hugging Face: Transformers ドキュメント. " + a("https://huggingface.co/docs/transformers/index"),
    "A. Rush: The Annotated Transformer（ブログ記事, 2018; 2022 年改訂版）. " + a("https://nlp.seas.harvard.edu/annotated-transformer/"),
]
WEEKS = [
    "ガイダンス：系列データと深層学習、講義の進め方、発表担当の決定",
    "RNN と LSTM の復習、勾配消失・爆発、BPTT",
    "系列変換モデル（seq2seq）とビームサーチ［1］",
    "ラベルなし系列の学習：CTC と音声認識への応用［2］",
    "外部メモリを持つネットワーク：NTM［3］",
    "注意機構から Transformer へ：自己注意、位置符号化［4］",
    "演習１：PyTorch による小規模 Transformer の実装（ノート PC 持参）［10］［11］",
    "条件付き計算と Mixture-of-Experts（MoE）の疎なゲーティング［5］",
    "長い文脈への拡張：セグメント再帰と相対位置符号化（Transformer-XL）［6］",
    "事前学習の目的関数：自己回帰 vs. 自己符号化、XLNet の並べ替え言語モデル［7］",
    "テキスト生成と復号法：貪欲法・ビームサーチ・top-k・nucleus sampling［8］",
    "受講者発表１（各自が選んだ論文の紹介、1 人 20 分）",
    "受講者発表２",
    "受講者発表３・演習２の講評",
    "まとめ：系列モデルの今後、期末レポートの説明",
]
GRADING = [("平常点（発表・討論への参加）", 40), ("演習課題（2 回）", 20), ("期末レポート", 40)]
plan = "<br>".join(f"第{i}回　{E(w)}" for i, w in enumerate(WEEKS, 1))
refs = "<br>".join(f"[{i}] " + (E(r) if " <a " not in r else E(r.split(" <a ", 1)[0]) + " <a " + r.split(" <a ", 1)[1])
                   for i, r in enumerate(REFS, 1))
grading = "<br>".join(f"{E(n)}：{p}%" for n, p in GRADING) + "<br>" + E("出席が 3 分の 2 に満たない場合は評価の対象としない。")
ROWS = [
    ("開講年度", str(YEAR)),
    ("開講科目名", "系列モデルと Transformer 特論"),
    ("開講所属", "情報科学研究科 情報数理学専攻"),
    ("時間割コード", CODE),
    ("開講区分", "春～夏学期"),
    ("曜日・時限", "火3"),
    ("単位数", "2"),
    ("担当教員", "中村　陽介（准教授）、TA：大西　沙耶"),
    ("講義室", "情報科学B棟 B305"),
    ("科目分類", "専門教育科目"),
    ("授業形態", "講義・演習"),
    ("対象学年", "1年、2年"),
    ("使用言語", "日本語（スライドは英語）"),
    ("授業の目的と概要", E("音声・言語・時系列などの系列データを扱う深層学習モデルについて、再帰型ネットワークから Transformer とその拡張までを、原論文を読みながら体系的に学ぶ。")),
    ("学習目標", E("（1）系列モデルの代表的な構成と学習法を説明できる。（2）原論文を読み、手法の要点と限界を他者に説明できる。（3）小規模なモデルを実装し、挙動を実験で確かめられる。")),
    ("履修条件・受講条件", E("線形代数・確率統計・Python の基礎。学部の「機械学習」相当の内容を履修済みであることが望ましい。")),
    ("授業計画", plan),
    ("授業外における学習", E("各回の参考文献を事前に読み、CLE の小テスト（各回 10 分程度）に回答すること。演習は GPU なしで動く規模に設定する。")),
    ("教科書・教材", E("教科書は指定しない。講義スライドは CLE で配布する：") + a("https://www.cle.naniwa-u.example.ac.jp/webapps/course/243118", "CLE 授業ページ")),
    ("参考文献", refs),
    ("成績評価", grading),
    ("学生へのメッセージ", E("発表の担当回は第1回に決める。英語の原論文に慣れることも目標の一つなので、分からない箇所はそのまま持ってきて構わない。質問は CLE の掲示板かメール（nakamura.yosuke@ist.naniwa-u.example.ac.jp）へ。")),
    ("キーワード", "系列モデル, RNN, 注意機構, Transformer, 事前学習, テキスト生成"),
]
body_rows = "\n".join(f'<tr>\n<th class="item">{E(k)}</th>\n<td class="content">{v}</td>\n</tr>' for k, v in ROWS)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="Content-Style-Type" content="text/css">
<meta http-equiv="Content-Script-Type" content="text/javascript">
<title>シラバス参照</title>
<link rel="stylesheet" type="text/css" href="./シラバス参照_files/common.css">
<link rel="stylesheet" type="text/css" href="./シラバス参照_files/syllabus.css">
<script type="text/javascript" src="./シラバス参照_files/common.js"></script>
</head>
<body>
<div id="header">
<table class="header" width="100%" cellspacing="0" cellpadding="0">
<tbody><tr>
<td class="logo"><img src="./シラバス参照_files/koan_logo.gif" alt="KOAN" width="120" height="36"></td>
<td class="title">浪速工科大学（例） 学務情報システム KOAN</td>
<td class="menu"><a href="https://koan.naniwa-u.example.ac.jp/syllabus_ex/campus?func=function.syllabus.ex.search&amp;lct_year={YEAR}">シラバス検索へ戻る</a> | <a href="javascript:window.print();">印刷</a></td>
</tr>
</tbody></table>
</div>
<div id="contents">
<h2 class="pagetitle">シラバス参照</h2>
<table class="syllabus_table" width="100%" cellspacing="1" cellpadding="4" border="0">
<tbody>{body_rows}
</tbody></table>
<p class="note">※ 授業計画は受講者の理解度に応じて変更することがある。変更は CLE で周知する。</p>
</div>
<div id="footer">
<p>Copyright (C) {YEAR} 浪速工科大学（例） All Rights Reserved.</p>
</div>

</body></html>"""
page = page.replace("<tbody>" + "<tr>", "<tbody>\n<tr>")
write_only(F1337, page, keys(F1337), [html.unescape(page)])
