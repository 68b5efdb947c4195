#!/usr/bin/env python3
"""1278: an awesome-list README (Simplified Chinese, efficient attention and memory) as Prettier formats it: `-`
bullets, `_emphasis_`, a blank line around every heading, no run of blank lines, and every Markdown table padded
and aligned by display width (CJK characters count two columns, as Prettier's getStringWidth counts them), the
delimiter row filled with dashes to each column's width; one table kept as written under `<!-- prettier-ignore -->`.
The title line carries the awesome badge, the next line Prettier's code-style badge; the contributing section gives
`npx prettier --write README.md`. Papers: arXiv abs / pdf links and an OpenReview forum link in the link column, an
`arXiv:` id in the venue column (its link cell a code repository), titles alone with `—` as link; repositories,
a benchmark, a video and a blog post are not papers."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1278, keys


def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(rows):
    n = len(rows[0])
    w = [max(3, *(width(r[i]) for r in rows)) for i in range(n)]
    line = lambda r: "| " + " | ".join(c + " " * (w[i] - width(c)) for i, c in enumerate(r)) + " |"
    return [line(rows[0]), "| " + " | ".join("-" * x for x in w) + " |"] + [line(r) for r in rows[1:]]


def slug(h):
    h = h.strip().lower()
    h = re.sub(r"[^\w\- ]", "", h)
    return h.replace(" ", "-")


HEAD = ["论文", "发表", "链接", "说明"]
P = lambda k: T(k)
sec_linear = [HEAD,
    [P("2009.14794"), "ICLR 2021", "[arXiv](https://arxiv.org/abs/2009.14794)", "FAVOR+：用正交随机特征无偏近似 softmax 核"],
    [P("2103.02143"), "ICLR 2021", "—", "与 Performer 同期；带门控，可当作 RNN 运行"],
    [P("2004.11886"), "ICLR 2020 · arXiv:2004.11886", "[代码](https://github.com/mit-han-lab/lite-transformer)", "卷积分支管局部、注意力分支管全局，面向移动端"],
]
sec_memory = [HEAD,
    [P("1901.02860"), "ACL 2019", "[arXiv](https://arxiv.org/abs/1901.02860)", "片段级循环 + 相对位置编码"],
    [P("2010.06891"), "AACL 2022 Findings", f"[OpenReview](https://openreview.net/forum?id={OR('2010.06891')})", "固定大小的外部记忆，读写各一次注意力"],
    [P("2002.09402"), "—", "—", "即 Feedback Transformer：所有层共享一份记忆"],
    [P("2307.08621"), "arXiv 2023", "[PDF](https://arxiv.org/pdf/2307.08621.pdf)", "RetNet：并行训练、循环推理、分块循环三种形式"],
]
sec_alt = [HEAD,
    [P("2005.00743"), "ICML 2021", "—", "Dense / Random Synthesizer，不做 token 间点积"],
]
L = [
 "# Awesome 高效注意力与记忆机制 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
 "",
 "[![code style: prettier](https://img.shields.io/badge/code_style-prettier-ff69b4.svg?style=flat-square)](https://github.com/prettier/prettier)",
 "",
 "> 收集**降低自注意力复杂度**和**让 Transformer 记得更久**的论文、代码与资料。按主题分类，每类内部按年份排列。",
 "> 维护：浙东大学自然语言处理组读书会（[@lin-yuxuan](https://github.com/lin-yuxuan)、[@zhouhaoran-nlp](https://github.com/zhouhaoran-nlp)）。",
 "",
 "## 目录",
 "",
 "- [论文](#论文)",
 "  - [线性与核化注意力](#线性与核化注意力)",
 "  - [循环与记忆](#循环与记忆)",
 "  - [注意力的替代](#注意力的替代)",
 "- [代码库](#代码库)",
 "- [基准与评测](#基准与评测)",
 "- [教程与视频](#教程与视频)",
 "- [会议时间](#会议时间)",
 "- [贡献指南](#贡献指南)",
 "- [许可](#许可)",
 "",
 "## 论文",
 "",
 "标注 `—` 的暂无公开链接或我们还没核对过版本，欢迎补充。",
 "",
 "### 线性与核化注意力",
 "",
 *table(sec_linear),
 "",
 "### 循环与记忆",
 "",
 *table(sec_memory),
 "",
 "### 注意力的替代",
 "",
 *table(sec_alt),
 "",
 "_另见_：状态空间模型（S4、Mamba）单独整理在 [awesome-ssm-zh](https://github.com/zhouhaoran-nlp/awesome-ssm-zh)，这里不重复收录。",
 "",
 "## 代码库",
 "",
 "- [facebookresearch/xformers](https://github.com/facebookresearch/xformers) - 可组合的注意力算子，含多种稀疏与线性注意力实现。",
 "- [Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention) - IO 感知的精确注意力 CUDA 内核。",
 "- [lucidrains/performer-pytorch](https://github.com/lucidrains/performer-pytorch) - Performer 的 PyTorch 实现，带因果版本。",
 "- [microsoft/torchscale](https://github.com/microsoft/torchscale) - 官方 RetNet 代码所在的仓库。",
 "- [kimiyoung/transformer-xl](https://github.com/kimiyoung/transformer-xl) - Transformer-XL 官方实现（TensorFlow 与 PyTorch）。",
 "",
 "## 基准与评测",
 "",
 "- [google-research/long-range-arena](https://github.com/google-research/long-range-arena) - Long Range Arena，长序列高效模型的标准评测，六个任务。",
 "- [PG-19](https://github.com/google-deepmind/pg19) - 书籍级语言建模数据集，常用来测记忆类模型。",
 "",
 "## 教程与视频",
 "",
 "- [线性注意力从零推导（B 站，1:12:40）](https://www.bilibili.com/video/BV1Xq4y1m7Ke/) - 从核技巧讲到 Performer 和 RFA。",
 "- [我们读了一学期记忆增强 Transformer](https://zhuanlan.example.cn/p/689312547) - 读书会成员周昊然的总结文章。",
 "",
 "## 会议时间",
 "",
 "<!-- prettier-ignore -->",
 "| 会议 | 截稿（AoE） | 备注 |",
 "|---|---|---|",
 "| ACL 2024 | 2024-02-15 | ARR 二月轮 |",
 "| NeurIPS 2024 | 2024-05-22 | 摘要 05-15 |",
 "",
 "## 贡献指南",
 "",
 "1. Fork 本仓库并新建分支。",
 "2. 在对应小节的表格末尾加一行：论文全名、发表处、链接、一句话说明。",
 "3. 提交前格式化（表格对齐交给 Prettier，不要手动对齐）：",
 "",
 "```bash",
 "npx prettier --write README.md",
 "```",
 "",
 "4. 发起 Pull Request，CI 会运行 `npx prettier --check README.md`。",
 "",
 "## 许可",
 "",
 "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)",
 "",
 "在法律允许的范围内，维护者放弃本作品的全部版权及相关权利。",
]
text = "\n".join(L) + "\n"
for h in re.findall(r"^#{2,3} (.+)$", text, re.M):
    assert f"](#{slug(h)})" in text or h == "目录", h
write_only(F1278, text, keys(F1278))
