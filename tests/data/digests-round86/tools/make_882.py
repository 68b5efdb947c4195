#!/usr/bin/env python3
"""882: a reading sheet saved from WPS Spreadsheets (WPS 表格, Chinese Windows) with 文件 → 另存为 → "CSV (逗号分隔)":
GBK bytes (no BOM), CRLF, fields quoted only when they hold a comma or a quote (doubled), dates as the sheet shows them
(`2024/3/14`), every row padded to the header's width, the empty trailing rows WPS keeps from a formatted range. A
self-supervised learning reading group: links as bare URLs in the 链接 column, an arXiv id written in 备注, rows still
without a link, an OpenReview forum URL; a blog post and a library tutorial rows are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_encoded
from make_expected import by_num, keys

F = by_num(882)
K = dict(moco="1911.05722", byol="2006.07733", mae="2111.06377", ssvae="2010.02014", barlow="2103.03230",
         supcon="2004.11362", dacl="2011.04419", hubert="2106.07447")
HEAD = ["序号", "论文", "简称", "作者", "年份", "会议/期刊", "链接", "负责人", "状态", "讨论日期", "备注"]


def a(k, n=3):
    return au(k, n, " 等")


ROWS = [
 [1, T(K["moco"]), "MoCo", a(K["moco"]), 2019, "CVPR 2020", f"https://arxiv.org/abs/{K['moco']}", "王子涵", "已讲", "2024/3/7", "动量编码器+队列；v2 的改动看附录"],
 [2, T(K["byol"]), "BYOL", a(K["byol"]), 2020, "NeurIPS 2020", f"https://arxiv.org/pdf/{K['byol']}.pdf", "李思远", "已讲", "2024/3/7", "为什么不坍塌？重点讨论 predictor 和 EMA"],
 [3, T(K["barlow"]), "Barlow Twins", a(K["barlow"]), 2021, "ICML 2021", "", "赵一鸣", "准备中", "2024/3/14", f"arXiv:{K['barlow']}，代码 facebookresearch/barlowtwins"],
 [4, T(K["supcon"]), "SupCon", a(K["supcon"]), 2020, "NeurIPS 2020", "", "周雨桐", "准备中", "2024/3/14", "有监督版本，和 SimCLR 对比着讲；链接还没找"],
 [5, T(K["mae"]), "MAE", a(K["mae"]), 2021, "CVPR 2022", f"https://arxiv.org/abs/{K['mae']}", "王子涵", "未开始", "2024/3/21", "掩码比例 75%，和 BEiT 的区别要讲清楚"],
 [6, T(K["dacl"]), "DACL", a(K["dacl"]), 2020, "ICML 2021", "", "陈浩然", "未开始", "2024/3/21", "mixup 做正样本，适合表格/时序数据，跟我们课题相关"],
 [7, T(K["ssvae"]), "", a(K["ssvae"], 2), 2020, "ICLR 2021 投稿（被拒）", f"https://openreview.net/forum?id={OR(K['ssvae'])}", "李思远", "待定", "", "审稿意见比论文本身有意思，建议一起看"],
 [8, T(K["hubert"]), "HuBERT", a(K["hubert"]), 2021, "TASLP", "", "陈浩然", "待定", "", "语音方向，选读；和 wav2vec 2.0 放一起"],
 [9, "（非论文）Lilian Weng 博客：自监督表示学习综述", "", "", 2019, "博客", "https://lilianweng.github.io/posts/2019-11-10-self-supervised/", "", "参考", "", "入门先看这篇博客"],
 [10, "（非论文）lightly 库官方教程", "", "", "", "GitHub", "https://github.com/lightly-ai/lightly", "", "参考", "", "复现用，不用讲"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for r in ROWS: w.writerow(r)
for _ in range(3): w.writerow([""] * len(HEAD))
text = buf.getvalue()
write_encoded(F, text, "gbk", keys(F))
