#!/usr/bin/env python3
"""1228: recollq output (Simplified Chinese): a Beijing-like student (home /home/zhangyu) indexes her paper folder,
notes and the pages her browser saved through Recoll's web-history extension, and kept one search from the terminal
(`recollq -A -n 0-20 'contrastive OR image' | tee recoll-contrastive.txt`). recollq prints the command's query
description (`Recoll query: ((word:(wqf=11) OR stem…) OR …)`), `N results`, then for each document one line
`mime<TAB>[url]<TAB>[title]<TAB>size<TAB>bytes<TAB>` and, with -A, the abstract between `ABSTRACT` and `/ABSTRACT`.
File urls are written raw (UTF-8 path, not percent-escaped); web-history pages keep their http(s) url. arXiv abs pages
saved from the browser are links; a PDF saved as `2103.03230v3.pdf` and a note quoting `arXiv:2004.11362` are
arxiv-text; a NIPS PDF (title from its metadata, not on arXiv) and two notes naming a paper by its title are
title-only; the timm docs, open_clip's README, the d2l.ai book chapter and group-meeting slides are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1228, keys, ALEXNET

H = "file:///home/zhangyu"
D = [  # mime, url, title, size, abstract
 ("text/html", "https://arxiv.org/abs/2103.00020", "[2103.00020] " + T("2103.00020"), 48213,
  T("2103.00020") + " Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh, Gabriel Goh, Sandhini Agarwal, Girish Sastry, Amanda Askell, Pamela Mishkin, Jack Clark, Gretchen Krueger, Ilya Sutskever State-of-the-art computer vision systems are trained to predict a fixed set of predetermined object categories. This restricted form of supervision limits their generality and usability since additional labeled data is needed to specify any other visual concept. Learning directly from raw text about images is a promising alternative ..."),
 ("application/pdf", f"{H}/论文/自监督/2103.03230v3.pdf", T("2103.03230"), 1432576,
  T("2103.03230") + " Jure Zbontar * 1 Li Jing * 1 Ishan Misra 1 Yann LeCun 1 2 Stéphane Deny 1 Abstract Self-supervised learning (SSL) is rapidly closing the gap with supervised methods on large computer vision benchmarks. A successful approach to SSL is to learn embeddings which are invariant to distortions of the input sample ..."),
 ("text/markdown", f"{H}/笔记/对比学习/SupCon.md", "SupCon.md", 6317,
  "# Supervised Contrastive Learning 读书笔记 arXiv:2004.11362（NeurIPS 2020） ## 一句话 把标签信息放进对比损失：同一类的样本都当正样本，比交叉熵更稳，对超参数不敏感。 ## 疑问 - batch 要多大？他们用 6144，我们实验室 4 张 3090 跑不动，试试 memory bank - 和 SimCLR 的温度系数取法一样吗 ..."),
 ("text/html", "https://arxiv.org/abs/2303.15343", "[2303.15343] " + T("2303.15343"), 41877,
  T("2303.15343") + " Xiaohua Zhai, Basil Mustafa, Alexander Kolesnikov, Lucas Beyer We propose a simple pairwise Sigmoid loss for Language-Image Pre-training (SigLIP). Unlike standard contrastive learning with softmax normalization, the sigmoid loss operates solely on image-text pairs ..."),
 ("text/markdown", f"{H}/笔记/多模态/ALIGN.md", "ALIGN.md", 4102,
  "# ALIGN 笔记 论文：" + T("2102.05918") + "（Google，ICML 2021） 18 亿对 alt-text 图文对，几乎不清洗，双塔 EfficientNet + BERT，对比损失。 和 CLIP 比：数据更脏但更多；零样本 ImageNet 76.4%。 TODO: 找一下他们的数据统计表 ..."),
 ("text/html", "https://arxiv.org/abs/2106.08254", "[2106.08254] " + T("2106.08254"), 39560,
  T("2106.08254") + " Hangbo Bao, Li Dong, Songhao Piao, Furu Wei We introduce a self-supervised vision representation model BEiT, which stands for Bidirectional Encoder representation from Image Transformers. Following BERT developed in the natural language processing area, we propose a masked image modeling task to pretrain vision Transformers ..."),
 ("application/pdf", f"{H}/论文/经典/NIPS-2012-imagenet-classification-with-deep-convolutional-neural-networks-Paper.pdf", ALEXNET, 1405112,
  ALEXNET + " Alex Krizhevsky University of Toronto Ilya Sutskever University of Toronto Geoffrey E. Hinton University of Toronto Abstract We trained a large, deep convolutional neural network to classify the 1.2 million high-resolution images in the ImageNet LSVRC-2010 contest into the 1000 different classes ..."),
 ("text/markdown", f"{H}/笔记/ViT/训练技巧.md", "训练技巧.md", 5236,
  "# ViT 训练技巧汇总 主要参考 " + T("2106.10270") + "（AugReg），结论：数据少时 augmentation + regularization 约等于 10 倍数据；优先用 ImageNet-21k 预训练的 checkpoint 再微调。 timm 里模型名带 augreg 的就是他们放出的权重 ..."),
 ("text/html", "https://huggingface.co/docs/timm/index", "timm", 21934,
  "timm 🤗 Documentation Search documentation Get started timm Quickstart Installation Tutorials Model Pages Reference timm is a library containing SOTA computer vision models, layers, utilities, optimizers, schedulers, data-loaders, augmentations, and training/evaluation scripts ..."),
 ("text/html", "https://github.com/mlfoundations/open_clip", "GitHub - mlfoundations/open_clip: An open source implementation of CLIP.", 356218,
  "open_clip Welcome to an open source implementation of OpenAI's CLIP (Contrastive Language-Image Pre-training). Using this codebase, we have trained several models on a variety of data sources and compute budgets, ranging from small-scale experiments to larger runs ..."),
 ("text/html", "https://zh.d2l.ai/chapter_computer-vision/index.html", "13. 计算机视觉 — 动手学深度学习 2.0.0 documentation", 27640,
  "13. 计算机视觉 近年来，深度学习一直是提高计算机视觉系统性能的变革力量。 无论是医疗诊断、自动驾驶，还是智能滤波器、摄像头监控，许多计算机视觉领域的应用都与我们当前和未来的生活密切相关 ..."),
 ("application/vnd.openxmlformats-officedocument.presentationml.presentation", f"{H}/组会/2024-04-26-对比学习综述.pptx", "2024-04-26-对比学习综述.pptx", 8216304,
  "对比学习综述 组会汇报 张雨 2024 年 4 月 26 日 目录 1. 实例判别：SimCLR、MoCo v1–v3 2. 不用负样本：BYOL、SimSiam、Barlow Twins 3. 图文对比：CLIP、ALIGN、SigLIP 4. 我们的方向：医学影像 + 报告文本 ..."),
]
L = ["$ recollq -A -n 0-20 'contrastive OR image'",
     "Recoll query: ((contrastive:(wqf=11) OR contrast OR contrasting) OR (image:(wqf=11) OR images OR imaging))",
     f"{len(D)} results"]
for mime, url, title, size, ab in D:
    L.append(f"{mime}\t[{url}]\t[{title}]\t{size}\tbytes\t")
    L += ["ABSTRACT", ab, "/ABSTRACT"]
text = "\n".join(L) + "\n"
write_only(F1228, text, keys(F1228))
