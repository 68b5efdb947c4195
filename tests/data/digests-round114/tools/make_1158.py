#!/usr/bin/env python3
"""1158: the raw README.md of an awesome list hosted on Alibaba Cloud Codeup (云效 Codeup), as served by the raw
view: badges, a blockquote, a TOC whose anchors are the headings' slugs (computed), pipe tables 论文 / 机构 / 时间 /
链接 / 一句话点评 with uneven padding, a 工具与榜单 section (not papers), a contributing note with the Codeup clone URL
and a changelog. Simplified Chinese. Titles after 《》-less pipes, nicknames (GPT-3, phi-1, GCG, LLaMA) in the notes."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1158, keys, GPT1

REPO = "https://codeup.aliyun.com/6510a3f2c1e4b7d9a8f01234/llm-eval/awesome-llm-eval-zh"
HEADS = ["基础模型", "评测基准与评测方法", "长上下文", "安全与对抗", "工具与榜单（非论文）", "贡献指南", "更新记录"]


def slug(h):
    s = h.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


toc = "\n".join(f"- [{h}](#{slug(h)})" for h in HEADS)
text = f"""<div align="center">

# Awesome LLM Eval（中文）

[![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![license](https://img.shields.io/badge/license-CC0--1.0-green) ![更新](https://img.shields.io/badge/更新-2024--05--12-blue)

</div>

> 大模型**评测**相关论文的中文整理。只收我们组（评测小组）真正读过的，宁缺毋滥。
> 链接一栏优先放 arXiv；没有 arXiv 的写出处。欢迎 MR！

## 目录

{toc}

## {HEADS[0]}

| 论文 | 机构 | 时间 | 链接 | 一句话点评 |
|---|---|---|---|---|
| {GPT1} | OpenAI | 2018.06 | 技术报告（无 arXiv） | GPT-1，“预训练+微调”范式的起点之一 |
| {T("2005.14165")} | OpenAI |2020.05| NeurIPS 2020 | GPT-3；in-context learning，few-shot 评测的写法基本从这里来 |
| {T("2302.13971")}  | Meta AI | 2023.02 | [arXiv](https://arxiv.org/abs/2302.13971) | LLaMA 一代，开源基座；表 2–6 是常用的评测集合 |
| {T("2306.11644")} | Microsoft Research | 2023.06 | — | phi-1，数据质量 > 数据量；注意它的 HumanEval 污染讨论 |

## {HEADS[1]}

| 论文 | 机构 | 时间 | 链接 | 一句话点评 |
| --- | --- | --- | --- | --- |
| {T("2009.03300")} | UC Berkeley 等 | 2020.09 | [arXiv](https://arxiv.org/abs/2009.03300) | MMLU，57 个学科，几乎所有报告都要跑 |
|{T("2306.05685")}|LMSYS|2023.06|[arXiv](https://arxiv.org/abs/2306.05685)| MT-Bench + Chatbot Arena；用 GPT-4 当裁判的一致性分析 ⭐ |

## {HEADS[2]}

| 论文 | 机构 | 时间 | 链接 | 一句话点评 |
| --- | --- | --- | --- | --- |
| {T("2307.03172")} | Stanford 等 | 2023.07 | arXiv:2307.03172 | U 型曲线：信息放在中间最容易被“忽略” |

## {HEADS[3]}

| 论文 | 机构 | 时间 | 链接 | 一句话点评 |
| --- | --- | --- | --- | --- |
| {T("2307.15043")} | CMU 等 | 2023.07 | [PDF](https://arxiv.org/pdf/2307.15043.pdf) | GCG 攻击，可迁移的对抗后缀；评测安全性时必读 |

## {HEADS[4]}

- [lm-evaluation-harness](https://github.com/EleutherAI/lm-evaluation-harness) — EleutherAI 的评测框架（代码库）
- [OpenCompass](https://github.com/open-compass/opencompass) — 上海 AI Lab 的评测平台（代码库）
- [Chatbot Arena 排行榜](https://lmarena.ai/) — 榜单，不是论文
- [C-Eval 官网](https://cevalbenchmark.com/) — 中文评测集的网站

## {HEADS[5]}

1. 先 fork，再 clone：`git clone {REPO}.git`
2. 在对应表格里加一行，**链接一栏写 arXiv 或出处**，点评不超过 40 字
3. 提交合并请求（MR），@zhaoyi 或 @liu.mengqi review

## {HEADS[6]}

- 2024-05-12：加入“安全与对抗”一节
- 2024-03-30：表格统一成五列；删掉两个已失效的链接
- 2023-11-02：初版
"""
write_only(F1158, text, keys(F1158))
