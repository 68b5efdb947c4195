#!/usr/bin/env python3
"""340: the research plan (研究計画書) an applicant submits with a master's entrance application, written in Word on
the school's A4 form (40 characters × 36 lines, two pages at most), exported to PDF and run through `pdftotext`
(default mode, UTF-8): the PDF's lines as text lines, a form feed after each page, the footer page number "- n -"
as the page's last line. Japanese (the university, the applicant and the professor are invented). What such a plan
has: the form's heading (年度, 研究科, 専攻, 志望指導教員, 氏名), sections 1.–5. (研究題目, 背景, 目的, 方法, 期待される成果),
citations [n] in order of first use, 参考文献 in IEEE style with titles in “…” as typed. Lines break at 40
full-width columns (half-width characters count one half), never inside an English word, so English titles wrap
over lines. Papers: the references — arXiv abs/pdf URLs (link), "arXiv:ID" (arxiv-text), the rest by title and
venue (title-only); COCO, Visual Genome and the school's form are not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, initials, write_only
from make_expected import F340, keys

W, LINES = 40, 36


def width(s):
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s)


def wrap(par, indent=""):
    """break a paragraph at W columns: CJK characters anywhere, Latin text only at spaces"""
    toks = []
    for c in par:
        if toks and not unicodedata.east_asian_width(c) in "WF" and c != " " and not unicodedata.east_asian_width(toks[-1][-1]) in "WF" and toks[-1][-1] != " ":
            toks[-1] += c
        else:
            toks.append(c)
    out, cur = [], ""
    for t in toks:
        if width(cur + t) > W and cur.strip() and t not in "。、）」":  # kinsoku: no line starts with these
            out.append(cur.rstrip()); cur = indent + ("" if t == " " else t)
        else:
            cur += t
    return out + [cur.rstrip()]


def auth(k):
    a = CAT[k]["authors"]
    return (", ".join(initials(x) for x in a[:3]) + " et al.") if len(a) > 3 else " and ".join(initials(x) for x in a)


REFS = [("2103.00020", "ICML, 2021"), ("2102.05918", "ICML, 2021"), ("2303.15343", "ICCV, 2023, arXiv:2303.15343"),
        ("2106.13884", "NeurIPS, 2021, arXiv:2106.13884"), ("2204.14198", "NeurIPS, 2022"),
        ("2301.12597", "ICML, 2023, https://arxiv.org/abs/2301.12597"), ("2304.08485", "NeurIPS, 2023, https://arxiv.org/pdf/2304.08485"),
        ("2106.04560", "CVPR, 2022"), ("2106.10270", "TMLR, 2022, https://arxiv.org/abs/2106.10270"),
        ("2103.14030", "ICCV, 2021"), ("2201.03545", "CVPR, 2022"), ("2304.02643", "ICCV, 2023")]
N = {k: i for i, (k, _) in enumerate(REFS, 1)}
c = lambda *ks: "[" + ",".join(str(N[k]) for k in ks) + "]"
HEAD = ["令和7年度 東都大学大学院 情報理工学研究科 修士課程 入学試験", "研究計画書", "",
        "志望専攻：知能情報学専攻　　志望指導教員：森田 恵 教授", "氏名：佐藤 陽菜", ""]
PARS = [
    ("1. 研究題目", ["工場内の作業記録画像を対象とした視覚言語モデルの少量データ適応"]),
    ("2. 研究の背景", [
        f"画像とテキストを対になったデータから同時に学習する手法は、{c('2103.00020')}の“{T('2103.00020')}”以降急速に発展した。"
        f"ノイズを含む大規模データでも学習できることが{c('2102.05918')}で示され、損失関数をシグモイドに置き換えた{c('2303.15343')}では"
        "小さなバッチでも効率よく学習できる。",
        f"さらに、凍結した言語モデルに画像を入力する試み{c('2106.13884')}から、Flamingo {c('2204.14198')}、BLIP-2 {c('2301.12597')}、"
        f"LLaVA {c('2304.08485')}へと、画像について対話できるモデルが登場している。画像エンコーダについても、"
        f"ViT の規模と学習法{c('2106.04560', '2106.10270')}、階層型の Swin {c('2103.14030')}、近代化した CNN {c('2201.03545')}の比較が進み、"
        f"領域分割では{c('2304.02643')}が汎用的なモデルを示した。"]),
    ("3. 研究目的", [
        "一方、これらのモデルは COCO や Visual Genome のような一般画像で評価されることが多く、工場の作業記録のように"
        "専門用語が多く画像の見た目も特殊な領域では、少量のデータでどこまで適応できるかが明らかでない。本研究では、"
        "数百枚規模の作業記録画像と説明文から、視覚言語モデルを効率よく適応させる方法を明らかにすることを目的とする。"]),
    ("4. 研究方法", [
        f"(1) {T('2301.12597')} {c('2301.12597')} と {T('2304.08485')} {c('2304.08485')} を基準とし、"
        "画像エンコーダのみ・接続部のみ・全体を適応させる場合を比較する。",
        "(2) 協力企業の作業記録（約800枚）に専門家が説明文を付けたデータセットを構築する。",
        "(3) 説明文生成と画像検索の両方で評価し、必要なデータ量の目安を示す。"]),
    ("5. 期待される成果", ["専門領域への視覚言語モデル導入の指針となり、現場での記録作業の負担軽減につながると考える。"]),
]
body = list(HEAD)
for h, ps in PARS:
    body.append(h)
    for p in ps:
        body += wrap("　" + p)
body.append("参考文献")
for i, (k, tail) in enumerate(REFS, 1):
    body += wrap(f"[{i}] {auth(k)}, “{T(k)},” {tail}.", indent="    ")
pages, cur = [], []
for l in body:
    if len(cur) == LINES - 1:
        pages.append(cur); cur = []
    cur.append(l)
pages.append(cur)
assert len(pages) <= 2
text = "".join("\n".join(p) + f"\n- {n} -\n\f" for n, p in enumerate(pages, 1))
write_only(F340, text, keys(F340))
