#!/usr/bin/env python3
"""1098: the raw README.md of a Chinese "awesome" list on JiHu GitLab (jihulab.com, GitLab's Chinese edition), as
`/-/raw/main/README.md` serves it: shields badges, a centred HTML block, a GitLab `[[_TOC_]]`, tables per section
(pipes padded unevenly, as people edit them by hand; cells with `<br>`), a plain list of "还没整理" items, a contributing
note, the licence. Its writer mixes links, bare arXiv ids and titles without links (the papers not on arXiv, and ones
not yet looked up). The Megatron-LM and llama repositories, the Hugging Face blog post, the bilibili video and the
course are not papers; "GPT-3", "GPT-1", "LLaMA", "OPT", "Megatron", "phi-1", "PI", "Chinchilla" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, au
from make_expected import by_num, keys, GPT1

F = by_num(1098)
K = dict(gpt3="2005.14165", llama="2302.13971", pi="2306.15595", scaling="2001.08361", opt="2205.01068", gpt1=GPT1,
         megatron="1909.08053", phi="2306.11644")
R = "https://jihulab.com/llm-reading/awesome-llm-pretrain-zh"
doc = f"""<div align="center">

# Awesome LLM Pretrain 中文版 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({R}/badges/main/pipeline.svg)]({R}/-/commits/main)
[![license](https://img.shields.io/badge/license-CC--BY--4.0-blue)](LICENSE)
![last commit](https://img.shields.io/badge/last%20commit-2024--03--02-green)

大模型**预训练**相关论文、代码、博客整理 ｜ 欢迎 MR 🙌

</div>

> 说明：本仓库在 GitHub 有镜像，但以极狐 GitLab 为准（国内访问快）。表格里 ⭐ 是我们读书会的推荐程度，纯主观。
> 有些论文还没来得及补链接，直接写了标题，欢迎补。

[[_TOC_]]

## 1. 奠基 / 早期工作

| 论文 | 作者 | 年份 | 链接 | 推荐 |
|------|-----|-----|------|-----|
| {T(K['gpt1'])} | {au(K['gpt1'], 2)} | 2018 | OpenAI 技术报告（没有 arXiv 版） | ⭐⭐⭐ |
| {T(K['gpt3'])} | {au(K['gpt3'], 2)} | 2020 | [arXiv](https://arxiv.org/abs/{K['gpt3']}) | ⭐⭐⭐⭐⭐ |
|{T(K['megatron'])}|Shoeybi et al.|2019| 代码见 [NVIDIA/Megatron-LM](https://github.com/NVIDIA/Megatron-LM) | ⭐⭐⭐⭐ |

## 2. Scaling Law

| 论文 | 机构 | 年份 | 链接 | 一句话 |
|------|-----|-----|------|-----|
| {T(K['scaling'])} | OpenAI | 2020 | arXiv:{K['scaling']} | loss 与参数量、数据量、算力呈幂律<br>（后来被 Chinchilla 修正） |

还想加：Chinchilla、数据受限下的 scaling……（谁来补一下）

## 3. 开源基座模型

| 论文 | 机构 | 年份 | 链接 | 备注 |
|------|-----|-----|------|-----|
| {T(K['opt'])} | Meta | 2022 | {K['opt']} | 附了训练日志 logbook，非常值得看 |
| {T(K['llama'])} | Meta | 2023 | [abs](https://arxiv.org/abs/{K['llama']}) · [code](https://github.com/facebookresearch/llama) | ⭐⭐⭐⭐⭐ 必读 |
| {T(K['phi'])} | Microsoft | 2023 | 待补 | 数据质量 > 数据量，phi-1 |

## 4. 长上下文

| 论文 | 年份 | 链接 | 备注 |
|------|-----|------|-----|
| {T(K['pi'])} | 2023 | [arXiv](https://arxiv.org/abs/{K['pi']}) | 位置插值 PI，几百步微调就能把 2k 扩到 32k |

## 5. 博客 / 课程

- HF 博客：[Large Language Models: A New Moore's Law?](https://huggingface.co/blog/large-language-models)
- 课程：[Stanford CS324 - Large Language Models](https://stanford-cs324.github.io/winter2022/)
- 李沐的论文精读视频（B 站）：[GPT, GPT-2, GPT-3 精读](https://www.bilibili.com/video/BV1AF411b7xQ)

## 贡献

1. Fork 本仓库，改 `README.md`，提 MR；
2. 表格请按年份排序，链接优先写 arXiv abs 页；
3. 不确定的先写到 Issue 里讨论。

## License

[CC BY 4.0](LICENSE)
"""
write_only(F, doc, keys(F))
