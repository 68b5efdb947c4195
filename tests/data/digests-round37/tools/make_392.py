#!/usr/bin/env python3
"""392: a reading map kept in Gephi by a Chinese PhD student and exported as GraphML (File > Export > Graph file,
.graphml): the XML declaration, <graphml> with the GraphML namespace, <key> declarations for Gephi's label / r / g / b
/ x / y / size, the student's own columns (类型, year, arXiv, url, 备注, 阅读状态) and Modularity Class, then nodes and
directed edges with "Edge Label" and weight. Papers: nodes whose label is the title, with an arxiv.org or
openreview.net URL in `url` (link), a bare id in the `arXiv` column or "arXiv:ID" inside a 备注 note (arxiv-text), or
neither (title-only; the deep belief nets paper is not on arXiv). Not papers: concept nodes "DDPM", "Stable
Diffusion", "NeRF", the diffusers repository, the 花书 (a book), Stanford's CS236 (a course), LAION-5B (a dataset
named only by its nickname), a blog post."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, year, write_only
from make_expected import F392, keys, DBN

KEYS = [  # id, for, attr.name, attr.type
 ("label", "node", "label", "string"),
 ("edgelabel", "edge", "Edge Label", "string"),
 ("weight", "edge", "weight", "double"),
 ("type", "node", "类型", "string"),
 ("year", "node", "year", "integer"),
 ("arxiv", "node", "arXiv", "string"),
 ("url", "node", "url", "string"),
 ("note", "node", "备注", "string"),
 ("status", "node", "阅读状态", "string"),
 ("modularity_class", "node", "Modularity Class", "integer"),
 ("r", "node", "r", "int"), ("g", "node", "g", "int"), ("b", "node", "b", "int"),
 ("x", "node", "x", "float"), ("y", "node", "y", "float"), ("size", "node", "size", "float"),
]
PAPER = "论文"
NODES = [  # id, label, type, year, arxiv, url, note, status, class, (r,g,b), x, y, size
 ("n0", T("1503.03585"), PAPER, 2015, "", "https://arxiv.org/abs/1503.03585", "扩散模型的起点：前向逐步加噪，学习反向过程。当年几乎没人注意。", "已读", 0, (219, 68, 55), -182.4, 40.7, 28.0),
 ("n1", T("1406.2661"), PAPER, 2014, "1406.2661", "", "生成器与判别器的极小极大博弈；组会上和扩散模型对比训练稳定性。", "已读", 1, (66, 133, 244), -310.9, -96.2, 30.0),
 ("n2", DBN, PAPER, 2006, "", "", "逐层贪心预训练（堆叠RBM），生成模型的“史前史”。Neural Computation 2006。", "已读", 1, (66, 133, 244), -402.3, 12.6, 18.0),
 ("n3", T("2010.02014"), PAPER, 2020, "", f"https://openreview.net/forum?id={OR('2010.02014')}", "用下采样、边缘检测作为自监督变换的层次化VAE。", "在读", 2, (15, 157, 88), -95.0, 188.3, 14.0),
 ("n4", T("2106.05931"), PAPER, 2021, "", "", "在VAE隐空间里训练score-based模型，和LDM的思路可以对照。", "在读", 2, (15, 157, 88), 12.7, 141.9, 20.0),
 ("n5", T("2009.09761"), PAPER, 2020, "", "", "音频合成的扩散模型，非自回归。", "未读", 0, (219, 68, 55), -60.3, -140.8, 16.0),
 ("n6", T("2211.09800"), PAPER, 2022, "", "", "按文字指令编辑图像；训练数据由GPT-3和Stable Diffusion（Prompt-to-Prompt）生成。", "已读", 3, (244, 180, 0), 171.6, -72.5, 22.0),
 ("n7", T("2303.01469"), PAPER, 2023, "", "", "一步或少步生成，可以从扩散模型蒸馏，也可以单独训练。arXiv:2303.01469", "在读", 0, (219, 68, 55), 88.1, 36.4, 24.0),
 ("n8", T("2403.03206"), PAPER, 2024, "", "https://arxiv.org/abs/2403.03206", "rectified flow + 多模态DiT（MM-DiT），SD3的技术报告。", "未读", 3, (244, 180, 0), 236.9, 61.0, 26.0),
 ("n9", T("2308.04079"), PAPER, 2023, "", "", "实时辐射场渲染，不算生成模型，但下次组会要和NeRF一起讲。", "在读", 4, (171, 71, 188), 301.2, 210.7, 20.0),
 ("n10", "DDPM", "概念", 2020, "", "", "Ho et al. 2020，还没读原文，先看了博客。", "", 0, (219, 68, 55), -20.5, -20.1, 32.0),
 ("n11", "Stable Diffusion", "模型", 2022, "", "", "开源权重；LAION-5B上训练。", "", 3, (244, 180, 0), 204.4, -160.3, 24.0),
 ("n12", "diffusers", "代码", 2022, "", "https://github.com/huggingface/diffusers", "复现实验都用它。", "", 3, (244, 180, 0), 318.8, -228.0, 12.0),
 ("n13", "花书《深度学习》第20章", "书", 2016, "", "", "深度生成模型一章，适合补基础。", "已读", 1, (66, 133, 244), -470.6, -150.9, 12.0),
 ("n14", "CS236 Deep Generative Models (Stanford)", "课程", 2023, "", "https://deepgenerativemodels.github.io/", "课程讲义比论文好懂。", "", 1, (66, 133, 244), -360.2, -260.4, 12.0),
 ("n15", "NeRF", "概念", 2020, "", "", "神经辐射场。", "", 4, (171, 71, 188), 392.5, 118.2, 16.0),
 ("n16", "Lilian Weng: What are Diffusion Models?", "博客", 2021, "", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "入门最好的中文/英文材料之一。", "已读", 0, (219, 68, 55), -150.7, -230.2, 12.0),
]
EDGES = [  # source, target, label, weight
 ("n8", "n10", "同一主题", 1.0), ("n10", "n0", "同一主题", 2.0), ("n7", "n10", "同一主题", 2.0),
 ("n4", "n3", "对照阅读", 1.0), ("n4", "n0", "同一主题", 1.0), ("n5", "n10", "同一主题", 1.0),
 ("n6", "n11", "对照阅读", 2.0), ("n1", "n2", "对照阅读", 1.0), ("n9", "n15", "对照阅读", 2.0),
 ("n12", "n11", "代码", 1.0), ("n13", "n2", "教材", 1.0), ("n16", "n10", "博客", 1.0), ("n14", "n1", "课程", 1.0),
 ("n8", "n7", "对照阅读", 1.0),
]
for nid, label, ty, y, *_ in NODES:
    if ty == PAPER:
        key = next(k for k in keys(F392) if T(k) == label) if label != DBN else DBN
        assert label == DBN or year(key) == y, (label, y)

out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
for kid, fr, name, ty in KEYS:
    out.append(f'  <key attr.name={quoteattr(name)} attr.type="{ty}" for="{fr}" id="{kid}"/>')
out.append('  <graph edgedefault="directed">')
for nid, label, ty, y, ax, url, note, st, mc, (r, g, b), x, yy, size in NODES:
    out.append(f'    <node id="{nid}">')
    vals = [("label", label), ("type", ty), ("year", str(y)), ("arxiv", ax), ("url", url), ("note", note), ("status", st),
            ("modularity_class", str(mc)), ("r", str(r)), ("g", str(g)), ("b", str(b)), ("x", f"{x:.1f}"), ("y", f"{yy:.1f}"), ("size", f"{size:.1f}")]
    for k, v in vals:
        if v != "":
            out.append(f'      <data key="{k}">{escape(v)}</data>')
    out.append('    </node>')
for i, (s, t, lab, w) in enumerate(EDGES):
    out += [f'    <edge id="{i}" source="{s}" target="{t}">', f'      <data key="weight">{w:.1f}</data>',
            f'      <data key="edgelabel">{escape(lab)}</data>', '    </edge>']
out += ['  </graph>', '</graphml>', '']
write_only(F392, "\n".join(out), keys(F392))
