#!/usr/bin/env python3
"""1224: a melma! mail-magazine back-number page (Japanese), saved from the browser: melma!'s chrome (logo, category
path, magazine box with publisher, frequency and subscriber count, back-number navigation) around the issue's plain
text as melma! shows it — each line ended by <br />, URLs auto-linked, `&` escaped — written in mail-magazine style:
━ rules, ■ section heads listed in a 目次, ▼ item heads, full-width indentation, body lines kept within 35 full-width
columns (70) but for titles and URLs. Papers: an OpenReview forum link, arXiv abs links, `arXiv:` ids, titles with a
venue only; a repository, a benchmark suite, a dataset and a study-group event are not papers."""
import html, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1224, keys

NO, DATE, MID, IID = 86, "2024/05/15", 198734, 6552107
MAG = "週刊・機械学習論文ナナメ読み"
RULE = "━" * 35
secs = ["分布シフトとロバスト性", "大きくする技術", "データ拡張と正則化", "編集後記"]
body = [RULE, f"　{MAG}　第{NO}号　2024年5月15日", RULE, "",
 "こんにちは、編集人の三浦です。", "連休明けで積読が増えていませんか。今週は", "ロバスト性と大規模学習を中心に８本です。", "",
 "■目次"] + [f"　{i}. {s}" for i, s in enumerate(secs, 1)] + ["",
 RULE, f"■1. {secs[0]}", RULE, "",
 f"▼{T('2007.01434')}",
 "　Gulrajani, Lopez-Paz（ICLR 2021）arXiv:2007.01434",
 "　ドメイン汎化の手法をきちんと同じ条件で比べると、", "　ERM がほぼ最強だった、という耳の痛い結果。", "　実験基盤 DomainBed（論文ではなくコード）：",
 "　https://github.com/facebookresearch/DomainBed", "",
 f"▼{T('2004.07780')}",
 "　Geirhos ほか（Nature Machine Intelligence, 2020）", "　モデルが「近道」の特徴に頼る現象の総まとめ。", "　テクスチャ偏重の話とあわせて読むと面白いです。", "",
 f"▼{T('2103.14586')}",
 "　Bhojanapalli ほか（ICCV 2021）", "　ViT の摂動・敵対的ロバスト性を ResNet と比較。", "　評価には ImageNet-C（データセット）を使用。", "",
 RULE, f"■2. {secs[1]}", RULE, "",
 f"▼{T('1701.06538')}",
 f"　https://openreview.net/forum?id={OR('1701.06538')}", "　Shazeer ほか（ICLR 2017）。いわゆる MoE の原点。", "　ゲートで一部の専門家だけを動かす発想は今も現役。", "",
 f"▼{T('2106.04560')}",
 "　https://arxiv.org/abs/2106.04560", "　ViT をパラメータ・データ・計算量で伸ばしたときの", "　スケーリング則。", "",
 f"▼{T('1909.08053')}",
 "　https://arxiv.org/abs/1909.08053", "　テンソル並列の定番。実装は NVIDIA/Megatron-LM", "　（コード）：https://github.com/NVIDIA/Megatron-LM", "",
 RULE, f"■3. {secs[2]}", RULE, "",
 f"▼{T('2012.07177')}",
 "　Ghiasi ほか（CVPR 2021）arXiv:2012.07177", "　物体をコピーして貼るだけ、なのに強い。", "",
 f"▼{T('2101.01761')}",
 "　Pham & Le（AAAI 2021）", "　ドロップアウトのパターン自体を強化学習で探索。", "",
 RULE, f"■4. {secs[3]}", RULE, "",
 "５月２９日（水）19:30 から、オンライン勉強会を", "開きます（connpass で募集中、論文ではありません）：", "https://mlyomu.connpass.com/event/318420/",
 "ご意見・ご感想は返信でどうぞ。", "",
 RULE, f"発行：ML読書会事務局（{MAG}）", f"登録・解除：https://melma.com/backnumber_{MID}/", "※このメールは melma! から配信しています。", RULE]


def link(s):
    return re.sub(r"https?://[^\s　（）]+", lambda m: f'<a href="{m.group(0)}" target="_blank">{m.group(0)}</a>', s)


shown = "<br />\n".join(link(html.escape(l, quote=False)) for l in body) + "<br />"
page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>{MAG} 第{NO}号 - melma!</title>
<link rel="canonical" href="https://melma.com/backnumber_{MID}_{IID}/">
</head>
<body>
<div id="header"><a href="https://melma.com/"><img src="https://melma.com/img/logo.png" alt="melma!"></a></div>
<div id="breadcrumb"><a href="https://melma.com/">melma!トップ</a> &gt; <a href="https://melma.com/category/study/">学問・研究</a> &gt; <a href="https://melma.com/backnumber_{MID}/">{MAG}</a> &gt; バックナンバー</div>
<div id="mag-info">
<h2><a href="https://melma.com/backnumber_{MID}/">{MAG}</a></h2>
<p>発行者：ML読書会事務局　発行周期：週刊　部数：1,204部</p>
<p>機械学習の論文を毎週８本、日本語で短く紹介します。</p>
</div>
<div id="backnumber">
<h1>第{NO}号</h1>
<p class="date">{DATE}</p>
<div class="backnumber-body">
{shown}
</div>
<div class="pager"><a href="https://melma.com/backnumber_{MID}_{IID - 1}/">&lt; 前の号</a> | <a href="https://melma.com/backnumber_{MID}/">バックナンバー一覧</a></div>
</div>
<div id="footer">© melma!</div>
</body>
</html>
"""
write_only(F1224, page, keys(F1224), forms=[html.unescape(page)])
