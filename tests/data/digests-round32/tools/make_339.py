#!/usr/bin/env python3
"""339: a master's student's thesis proposal report (硕士学位论文开题报告) on self-supervised visual representation
learning, written in Word on Chinese Windows and saved as plain text (文件 › 另存为 › 纯文本, encoding 简体中文 GB2312,
i.e. Windows code page 936/GBK): CRLF, no BOM, one line per paragraph, table rows as tab-separated cells, automatic
list numbers written out. Chinese (the university and the people are invented). What such a report has: the cover
fields (题目, 姓名, 学号, 专业, 导师, 开题日期), sections 一、… 六、 in order, the literature review citing [n] in order of
first use, the research plan as a table of periods (consecutive months, ending before the planned defence),
expected results, and the references in GB/T 7714-2015 style (SURNAME initials, title[C]//venue or [J/OL], year;
some titles in sentence case as the style wants). Papers: the references — arXiv abs/pdf URLs and an OpenReview
forum URL (link), "arXiv:ID" (arxiv-text), the rest by title and venue (title-only); ImageNet, PyTorch and the
lab's data set are not papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_encoded, year
from make_expected import F339, keys


def ascii_name(n):
    """Word's GBK text cannot hold every Latin letter; the student typed names without accents"""
    return "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c))


def gb_auth(k):
    a = [ascii_name(x) for x in CAT[k]["authors"]]
    def one(n):
        p = n.split()
        return p[-1].upper() + " " + " ".join(x[0].upper() for x in p[:-1])
    return ", ".join(one(x) for x in a[:3]) + (", et al" if len(a) > 3 else "")


def sc(t):
    """sentence case as GB/T 7714 writers often type it (first letter kept, words after a colon kept)"""
    out, cap = [], True
    for w in t.split(" "):
        out.append(w if cap or any(c.isupper() for c in w[1:]) else w.lower())
        cap = w.endswith(":")
    return " ".join(out)


REFS = [  # key, GB/T tail, sentence case?
    ("1807.03748", "[J]. arXiv preprint, 2018", False),
    ("1911.05722", "[C]//Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition. 2020: 9729-9738", False),
    ("2006.07733", "[C]//Advances in Neural Information Processing Systems. 2020, 33: 21271-21284", True),
    ("2011.10566", "[EB/OL]. (2020-11-20)[2024-03-02]. https://arxiv.org/abs/2011.10566", False),
    ("2103.03230", "[C]//International Conference on Machine Learning. PMLR, 2021: 12310-12320", False),
    ("2004.11362", "[C]//Advances in Neural Information Processing Systems. 2020, 33: 18661-18673", True),
    ("2006.05576", f"[C/OL]//International Conference on Learning Representations. 2021. https://openreview.net/forum?id={OR('2006.05576')}", False),
    ("2104.14294", "[C]//Proceedings of the IEEE/CVF International Conference on Computer Vision. 2021. arXiv:2104.14294", False),
    ("2106.08254", "[C]//International Conference on Learning Representations. 2022", False),
    ("2111.06377", "[EB/OL]. (2021-11-11)[2024-03-02]. https://arxiv.org/pdf/2111.06377", False),
    ("2304.07193", "[J]. Transactions on Machine Learning Research, 2024. arXiv:2304.07193", False),
]
N = {k: i for i, (k, _, _) in enumerate(REFS, 1)}
c = lambda *ks: "[" + ",".join(str(N[k]) for k in ks) + "]"
SCHED = [("2024.03—2024.05", "文献调研，复现 MoCo、SimSiam 等基线方法"),
         ("2024.06—2024.08", "设计面向少标注场景的自监督预训练方法，完成初步实验"),
         ("2024.09—2024.11", "在公开数据集和实验室工业图像数据集上进行对比实验与消融实验"),
         ("2024.12—2025.02", "整理实验结果，撰写学术论文"),
         ("2025.03—2025.04", "撰写学位论文，准备答辩")]
L = ["硕士研究生学位论文开题报告", "",
     "论文题目：少标注条件下的视觉自监督表示学习方法研究",
     "学生姓名：陈思远", "学　　号：2022110347", "专　　业：计算机科学与技术", "指导教师：周文博 教授",
     "开题日期：2024年3月6日", "预计答辩：2025年5月", "",
     "一、选题背景与意义",
     "深度学习在计算机视觉中的成功很大程度上依赖于大规模人工标注数据，例如 ImageNet。然而在工业质检、医学影像等场景中，"
     "标注成本高、专家时间有限，获取大量标签非常困难。自监督学习利用数据本身构造监督信号，可以在无标签数据上预训练通用的"
     "视觉表示，再用少量标签完成下游任务，因此具有重要的研究价值和应用前景。",
     "二、国内外研究现状",
     f"1.\t对比学习方法。对比预测编码 {T('1807.03748')} 较早提出用 InfoNCE 损失学习表示{c('1807.03748')}。"
     f"随后 MoCo 提出动量编码器和队列机制{c('1911.05722')}，BYOL 证明不使用负样本也能学到有效表示{c('2006.07733')}，"
     f"SimSiam 进一步简化为带停止梯度的孪生网络{c('2011.10566')}，Barlow Twins 则通过冗余消减目标避免表示坍塌{c('2103.03230')}。"
     f"在有标签时，监督对比学习（{T('2004.11362')}）可以把同类样本拉近{c('2004.11362')}。"
     f"文献{c('2006.05576')}从多视角信息论的角度解释了自监督学习为何有效。",
     f"2.\t基于视觉 Transformer 的方法。DINO 发现自蒸馏训练的 ViT 会自然涌现出物体分割信息{c('2104.14294')}；"
     f"BEiT 借鉴 BERT 的掩码预测思想{c('2106.08254')}；MAE 以很高的掩码比例重建像素，训练效率高{c('2111.06377')}；"
     f"DINOv2 在大规模精选数据上训练，得到了无需微调即可使用的通用特征{c('2304.07193')}。",
     "3.\t存在的问题。现有方法大多在 ImageNet 这类以物体为中心的数据上验证，对于纹理细微、类别极不平衡的工业图像，"
     "数据增强的选择和预训练目标是否仍然适用尚缺乏系统研究。",
     "三、研究内容与技术路线",
     "1.\t比较对比学习与掩码图像建模在少标注工业图像上的表现，分析数据增强对表示质量的影响。",
     "2.\t提出结合局部掩码重建与全局对比目标的预训练方法，在 1%、5%、10% 标签比例下评估线性探测和微调性能。",
     "3.\t基于 PyTorch 实现全部方法，并在实验室的钢材表面缺陷数据集上验证。",
     "四、研究计划与进度安排",
     "时间\t研究内容"] + [f"{a}\t{b}" for a, b in SCHED] + [
     "五、预期成果",
     "完成一篇硕士学位论文，投稿一篇中文核心期刊或国际会议论文，开源实验代码。",
     "六、参考文献"]
for i, (k, tail, s) in enumerate(REFS, 1):
    L.append(f"[{i}]\t{gb_auth(k)}. {sc(T(k)) if s else T(k)}{tail}.")
text = "\r\n".join(L) + "\r\n"
write_encoded(F339, text, "gbk", keys(F339))
