#!/usr/bin/env python3
"""1401: a BibTeX export of a ReadPaper (readpaper.com, a Chinese paper-reading and reference-management site) library
folder: the export's header comment, Google-Scholar-like entries (keys `surnameYEARword`, `title={...}` with inner
braces protecting names, `and`-joined authors, `--` page ranges), and the owner's Chinese reading notes that ReadPaper
puts in `note` / `annote`. Two entries are not papers (a repository and a video)."""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1401)


def entry(kind, key, fields):
    w = max(len(k) for k, _ in fields)
    body = ",\n".join(f"  {k}={{{v}}}" for k, v in fields)
    return f"@{kind}{{{key},\n{body}\n}}"


E = [
 entry("inproceedings", "chen2020simple", [
   ("title", T("2002.05709")),
   ("author", "Chen, Ting and Kornblith, Simon and Norouzi, Mohammad and Hinton, Geoffrey"),
   ("booktitle", "International Conference on Machine Learning"), ("pages", "1597--1607"), ("year", "2020"),
   ("organization", "PMLR"), ("url", "https://arxiv.org/abs/2002.05709"),
   ("note", "【精读】组会第3周。大 batch + 强数据增强 + projection head，三件事缺一不可；和 MoCo 对比看。"),
 ]),
 entry("inproceedings", "caron2021emerging", [
   ("title", T("2104.14294").replace("Vision Transformers", "Vision {T}ransformers")),
   ("author", "Caron, Mathilde and Touvron, Hugo and Misra, Ishan and J{\\'e}gou, Herv{\\'e} and Mairal, Julien and Bojanowski, Piotr and Joulin, Armand"),
   ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision"), ("pages", "9650--9660"),
   ("year", "2021"), ("url", "https://arxiv.org/pdf/2104.14294.pdf"),
   ("annote", "DINO：自蒸馏，无标签。注意力图可视化那张图组会要放。centering + sharpening 防坍塌。"),
 ]),
 entry("article", "oquab2023dinov2", [
   ("title", "{DINOv2}: " + T("2304.07193").split(": ", 1)[1]),
   ("author", "Oquab, Maxime and Darcet, Timoth{\\'e}e and Moutakanni, Th{\\'e}o and Vo, Huy and Szafraniec, Marc and others"),
   ("journal", "arXiv preprint arXiv:2304.07193"), ("year", "2023"),
   ("note", "代码和权重见 facebookresearch/dinov2（下面单独一条）。LVD-142M 数据集没开源。"),
 ]),
 entry("inproceedings", "chen2021exploring", [
   ("title", T("2011.10566")),
   ("author", "Chen, Xinlei and He, Kaiming"),
   ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"),
   ("pages", "15750--15758"), ("year", "2021"),
   ("note", "SimSiam：没有负样本、没有动量编码器，只靠 stop-gradient。和 BYOL 一起讲。"),
 ]),
 entry("inproceedings", "tsai2021selfsupervised", [
   ("title", T("2006.05576")),
   ("author", "Tsai, Yao-Hung Hubert and Wu, Yue and Salakhutdinov, Ruslan and Morency, Louis-Philippe"),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
   ("url", f"https://openreview.net/forum?id={OR('2006.05576')}"),
   ("annote", "理论向：多视角 + 信息论解释对比学习和预测式学习。评审意见值得看。"),
 ]),
 entry("inproceedings", "zheltonozhskii2022contrast", [
   ("title", T("2103.13646")),
   ("author", "Zheltonozhskii, Evgenii and Baskin, Chaim and Mendelson, Avi and Bronstein, Alex M. and Litany, Or"),
   ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision"),
   ("pages", "1657--1667"), ("year", "2022"),
   ("url", f"https://openreview.net/pdf?id={OR('2103.13646')}"),
   ("note", "C2D：先自监督预训练再做噪声标签学习（DivideMix）。我们的遥感数据标签很脏，可以试。"),
 ]),
 entry("article", "hsu2021hubert", [
   ("title", "{HuBERT}: " + T("2106.07447").split(": ", 1)[1]),
   ("author", "Hsu, Wei-Ning and Bolte, Benjamin and Tsai, Yao-Hung Hubert and Lakhotia, Kushal and Salakhutdinov, Ruslan and Mohamed, Abdelrahman"),
   ("journal", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"), ("volume", "29"),
   ("pages", "3451--3460"), ("year", "2021"), ("publisher", "IEEE"),
   ("note", "语音组的王同学推荐。离线聚类得到伪标签再做 masked prediction；和 wav2vec 2.0 对照。"),
 ]),
 entry("inproceedings", "gemp2021eigengame", [
   ("title", "{EigenGame}: " + T("2010.00554").split(": ", 1)[1]),
   ("author", "Gemp, Ian and McWilliams, Brian and Vernade, Claire and Graepel, Thore"),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
   ("note", "不是自监督，放这里是因为李老师说 PCA 那节可以引用。ICLR 2021 杰出论文奖。"),
 ]),
 entry("misc", "facebookresearch2023dinov2", [
   ("title", "facebookresearch/dinov2: PyTorch code and models for the DINOv2 self-supervised learning method"),
   ("howpublished", "\\url{https://github.com/facebookresearch/dinov2}"), ("year", "2023"),
   ("note", "代码仓库，不是论文。"),
 ]),
 entry("misc", "bilibili2023ssl", [
   ("title", "自监督学习串讲：从对比学习到掩码建模（组会录像）"),
   ("howpublished", "\\url{https://www.bilibili.com/video/BV1Xa4y1z7Qk}"), ("year", "2023"),
   ("note", "视频，不是论文。第 40 分钟开始讲 MAE 和 iBOT。"),
 ]),
]
TXT = ("% Exported from ReadPaper (https://readpaper.com)\n% 文献库：自监督学习 & 语音表征\n% 导出时间：2024-03-18 21:40:12\n"
       "% 条目数：10\n\n" + "\n\n".join(E) + "\n")
strip = re.sub(r"[{}]", "", re.sub(r"\\'(\w)", r"\1", TXT))
write_only(F, TXT, keys(F), forms=[strip])
