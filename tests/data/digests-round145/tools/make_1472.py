#!/usr/bin/env python3
"""1472: MinerU (magic-pdf) `*_content_list.json` for a Chinese reading-group handout (a two-page PDF): one JSON array
in four-space layout, Chinese raw, no final newline; items of type text (with `text_level` 1 on headings), equation
(`$$…$$`, text_format latex, spaced UniMERNet-style LaTeX), table (caption, footnote, HTML body) and image (caption,
footnote), each with `page_idx`, image paths `images/<sha256>.jpg`. Links survive only where the PDF printed them
(the reference list); the table and the notes carry titles only. Not papers: the S4 repository, the LRA repository,
an xFormers docs page. Nicknames: S4, LRA, FLASH, Mamba — labelled where the full titles are written."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, initials, write_only
from make_expected import F1472, keys


def img(seed):
    return "images/" + hashlib.sha256(("shoujiang-3/" + seed).encode()).hexdigest() + ".jpg"


def names(k, n=5):
    a = CAT[k]["authors"]
    return ", ".join(initials(x) for x in a[:n]) + (" et al" if len(a) > n else "")


def tx(t, page, level=None):
    d = {"type": "text", "text": t}
    if level: d["text_level"] = level
    d["page_idx"] = page
    return d


TABLE = [("序号", "论文", "方向", "报告人"),
         ("1", T("1904.10509"), "稀疏注意力", "陈思远"), ("2", T("2006.04768"), "低秩近似", "王一鸣"),
         ("3", T("2006.16236"), "核方法 / 线性注意力", "刘畅"), ("4", T("2202.10447"), "门控注意力单元", "王一鸣"),
         ("5", T("2008.07669"), "连续记忆", "赵晓楠"), ("6", T("2111.00396"), "状态空间模型", "赵晓楠"),
         ("7", T("2011.04006"), "评测基准", "刘畅"), ("8", T("2103.14636"), "综述（选读）", "全体")]
body = "<html><body><table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABLE) + "</table></body></html>"
REFS = [
 f"[1] {names('1904.10509')}. {T('1904.10509')}. https://arxiv.org/abs/1904.10509",
 f"[2] {names('2006.04768')}. {T('2006.04768')}. https://arxiv.org/abs/2006.04768",
 f"[3] {names('2006.16236', 1)}. {T('2006.16236')}. ICML 2020.",
 f"[4] {names('2202.10447')}. {T('2202.10447')}. ICML 2022.",
 f"[5] {names('2008.07669')}. {T('2008.07669')}. NeurIPS 2020.",
 f"[6] {names('2111.00396')}. {T('2111.00396')}. ICLR 2022. https://openreview.net/forum?id={OR('2111.00396')}",
 f"[7] {names('2011.04006', 1)}. {T('2011.04006')}. ICLR 2021. https://openreview.net/pdf?id={OR('2011.04006')}",
 f"[8] {names('2103.14636')}. {T('2103.14636')}. ACM Computing Surveys, 2023.",
]
ITEMS = [
 tx("高效注意力与状态空间模型读书会", 0, 1),
 tx("第 3 期讲义 · 2024 年 5 月 · 整理：陈思远（计算机学院 NLP 组）", 0),
 tx("1 为什么要关心长序列", 0, 1),
 tx("标准自注意力的时间与显存开销都是 $O ( n ^ { 2 } )$ ，序列长度超过 16K 时训练几乎不可行。本期按“稀疏化—低秩—核方法—状态空间”的顺序阅读，最后用统一的基准比较各方法。", 0),
 {"type": "equation", "img_path": img("eq1"), "text": "$$\n\\mathrm { A t t e n t i o n } ( Q , K , V ) = \\mathrm { s o f t m a x } \\left( \\frac { Q K ^ { \\top } } { \\sqrt { d } } \\right) V\n$$", "text_format": "latex", "page_idx": 0},
 tx("2 阅读清单", 0, 1),
 {"type": "table", "img_path": img("table1"), "table_caption": ["表 1 本期阅读清单（按报告顺序）"], "table_footnote": ["注：第 8 篇为选读，不安排报告。"], "table_body": body, "page_idx": 0},
 tx("3 阅读提示", 1, 1),
 tx("Linformer 假设注意力矩阵是低秩的，把 $K , V$ 沿序列维投影到 $k$ 维，复杂度降为 $O ( n k )$ 。线性注意力一篇把 softmax 换成特征映射 $\\phi ( \\cdot )$ ，可以写成 RNN 的形式，推理时每步 $O ( 1 )$ 。", 1),
 tx("HiPPO 的推导见 arXiv:2008.07669 第 2—3 节，重点看 LegS 测度；S4 在此基础上给出对角加低秩的参数化。Mamba 本期不讲，留到下一期。", 1),
 {"type": "image", "img_path": img("fig1"), "img_caption": ["图 1 各模型在长序列基准上的准确率与速度（引自原文图 3）"], "img_footnote": [], "page_idx": 1},
 tx("4 参考文献", 1, 1),
 *[tx(r, 1) for r in REFS],
 tx("代码：https://github.com/state-spaces/s4 ；基准：https://github.com/google-research/long-range-arena ；实现参考：https://facebookresearch.github.io/xformers/components/attentions.html", 1),
]
write_only(F1472, json.dumps(ITEMS, ensure_ascii=False, indent=4), keys(F1472))
