#!/usr/bin/env python3
"""1405: the back-number page (backnumber.cgi) of an acmailer (a Japanese Perl CGI mailing-list / mail-magazine
program) installation of a Kobe-like computational-science lab, one issue open, saved by Chrome ("Webpage, Complete": the DOM re-serialised, <tbody> added, the stylesheet in backnumber_files/,
with the `saved from url=(NNNN)` mark whose number is the URL's length). The issue is the plain-text mail magazine as
sent (full-width rules, ■ headings, ▼ links), shown with <br> line breaks and acmailer's auto-links; the unreplaced
`%name%` tag of the back-number view is kept."""
import os, sys, html, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC, AF2

F = by_num(1405)
URL = "https://mail.ccs-lab.example.ac.jp/acmailer/backnumber.cgi?id=37"
LIST = [(37, "2024/03/15", "【計算科学ラボ通信】第37号 グラフ・偏微分方程式・タンパク質"),
        (36, "2024/02/16", "【計算科学ラボ通信】第36号 春のセミナー案内と修論発表会"),
        (35, "2024/01/19", "【計算科学ラボ通信】第35号 新年号：今年読みたい論文"),
        (34, "2023/12/15", "【計算科学ラボ通信】第34号 スパコン利用講習会のお知らせ")]
BODY = f"""%name% 様

いつも計算科学ラボ通信をお読みいただきありがとうございます。
第37号をお届けします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 目次
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 1. 今月の論文紹介（4本）
 2. 読書会の振り返り（4本）
 3. お知らせ：3/27 学内セミナー

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 1. 今月の論文紹介
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【1】{T('2010.08895')}
偏微分方程式の解作用素をフーリエ空間で学習する、いわゆる FNO。
Navier-Stokes の例はうちの流体グループでも再現済みです。
▼論文
https://arxiv.org/abs/2010.08895
▼実装（neuraloperator、ライブラリ）
https://github.com/neuraloperator/neuraloperator

【2】{T('2106.05234')}
Graphormer。OGB-LSC の分子データで1位になった手法です。
▼論文
https://arxiv.org/abs/2106.05234

【3】{T(AF2)}
いわゆる AF2 の Nature 論文。立体構造予測の読書会で扱いました。
▼論文（Nature、arXiv版なし）
https://www.nature.com/articles/s41586-021-03819-2
※ AlphaFold Protein Structure Database と ColabFold は
　データベース／ツールなので論文紹介には含めていません。

【4】{T('2010.00904')}
エンティティ名を1文字ずつ生成して検索する GENRE。
文献データベースの著者名寄せに使えないか検討中。
▼論文
https://arxiv.org/pdf/2010.00904.pdf

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 2. 読書会の振り返り
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
・{T('2111.04263')}
　（arXiv:2111.04263）FedDyn。病院間の連合学習の共同研究向け。
・{T('2010.08515')}
　ICLR 2021。CNN の帰納バイアスの理論。M2 の松本さん担当。
・{T(CTC)}
　ICML 2006 の CTC。音声班の輪読で古典として読みました。
・{T('2103.14625')}
　Transformer の注意を可視化するツールの論文（デモあり）。
　▼デモ https://poloclub.github.io/dodrio/

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 3. お知らせ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
3月27日（水）15:00〜 総合研究棟3階 セミナー室A
「JAX で書く微分可能シミュレーション入門」講師：西村 拓也（D2）
参加登録：https://forms.ccs-lab.example.ac.jp/seminar-0327

――――――――――――――――――――――――――――――
計算科学ラボ通信（月1回発行）
発行：神戸計算科学ラボ（仮称） 広報担当 山口 美咲
配信停止・アドレス変更：https://mail.ccs-lab.example.ac.jp/acmailer/form.cgi
――――――――――――――――――――――――――――――"""


def autolink(line):
    e = html.escape(line, quote=False)
    return re.sub(r"(https?://[\w./?=&;:%#~+-]+)", lambda m: f'<a href="{m.group(1)}" target="_blank">{m.group(1)}</a>', e)


body_html = "<br>\n".join(autolink(l) for l in BODY.split("\n"))
rows = "\n".join(f'<tr>\n<td class="date">{d}</td>\n<td class="subject"><a href="backnumber.cgi?id={i}">{html.escape(s)}</a></td>\n</tr>' for i, d, s in LIST)
PAGE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="Content-Style-Type" content="text/css">
<title>バックナンバー | 計算科学ラボ通信</title>
<link href="./backnumber_files/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="wrapper">
<div id="header">
<h1>計算科学ラボ通信 バックナンバー</h1>
</div>
<div id="contents">
<table class="backnumber" cellspacing="0" cellpadding="0">
<tbody><tr>
<th>配信日</th>
<th>件名</th>
</tr>
{rows}
</tbody></table>
<div class="backnumber_detail">
<table class="detail" cellspacing="0" cellpadding="0">
<tbody><tr><th>配信日時</th><td>2024/03/15 12:00</td></tr>
<tr><th>件名</th><td>{html.escape(LIST[0][2])}</td></tr>
<tr><th>本文</th><td>
{body_html}
</td></tr>
</tbody></table>
</div>
<p class="back"><a href="backnumber.cgi">バックナンバー一覧へ戻る</a></p>
</div>
<div id="footer">
<p>Powered by <a href="http://www.acmailer.jp/" target="_blank">acmailer</a></p>
</div>
</div>


</body></html>"""
write_only(F, PAGE, keys(F), forms=[html.unescape(re.sub(r"<[^>]+>", "", PAGE))])
