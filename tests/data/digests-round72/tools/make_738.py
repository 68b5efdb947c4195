#!/usr/bin/env python3
"""738: a VuePress 2 documentation page (docs/guide/efficient-attention.md of a lab's handbook site): YAML front
matter, `[[toc]]`, headings with custom anchors `{#id}`, `::: tip` / `::: warning` / `::: details` custom containers,
`<Badge type="..." text="..." />` components, Markdown tables (pipes in cells escaped as `\\|`), emoji shortcodes, a
`<CodeGroup>` block, and relative links to other pages. Chinese (simplified); an awesome-style table of efficient
attention and memory papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A, ORL
from make_expected import by_num, keys

F = by_num(738)
k = keys(F)
LSTM = "Long Short-Term Memory"

text = f"""---
title: 高效注意力与记忆机制 · 论文清单
lang: zh-CN
description: 实验室新人必读：长序列建模、线性注意力与记忆增强网络
editLink: true
lastUpdated: true
sidebarDepth: 2
tags:
  - 阅读清单
  - 高效注意力
---

# 高效注意力与记忆机制 <Badge type="tip" text="2024 春季更新" vertical="middle" />

[[toc]]

::: tip 使用说明
本页是 [组内手册](../README.md) 的一部分，面向刚进组的同学。表格里「链接」一栏统一指向 arXiv 摘要页或 OpenReview 讨论页；
暂时没找到稳定链接的条目只写标题，欢迎直接在 GitHub 上点击页面底部的「在 GitHub 上编辑此页」补充。:tada:
:::

::: warning 注意
博客、知乎专栏、B 站视频、GitHub 仓库都**不算**论文，请不要加进下面的表格，放到 [相关资源](#resources) 一节即可。
:::

## 背景：从循环网络到记忆 {{#background}}

在读 Transformer 的各种加速方法之前，建议先补两篇「老」论文，理解为什么要有门控和外部记忆：

| 论文 | 作者 | 年份 | 链接 | 备注 |
| --- | --- | :---: | --- | --- |
| {LSTM} | {au(LSTM, 2, "")} | 1997 | — | 门控循环单元的源头，期刊论文，无 arXiv 版本 |
| {T("1410.5401")} | {au("1410.5401", 3, "")} | 2014 | 待补 | 可微分的读写头 <Badge type="warning" text="经典" /> |

## 高效注意力 {{#efficient-attention}}

### 综述先行 {{#survey}}

- **{T("2103.14636")}**
  {au("2103.14636", 3, "")}（arXiv 2103.14636）。把稀疏、低秩、核方法、记忆压缩等路线放在一张图里，适合当目录用。

### 方法一览 {{#methods}}

| 论文 | 核心思路 | 复杂度 | 链接 | 状态 |
| --- | --- | :---: | --- | :---: |
| {T("2001.04451")} | LSH 分桶注意力 + 可逆残差层 | $O(L\\log L)$ | [arXiv]({A("2001.04451")}) | <Badge type="tip" text="已讲" /> |
| {T("2006.16236")} | 核函数特征映射，自回归时等价于 RNN | $O(L)$ | [arXiv]({A("2006.16236")}) | <Badge type="tip" text="已讲" /> |
| {T("2004.11886")} | 卷积分支管局部、注意力分支管全局（LSR） | $O(L^2)$ | [arXiv]({A("2004.11886")}) | <Badge type="warning" text="待讲" /> |
| {T("2202.10447")} | GAU（门控注意力单元）\\| 分块混合注意力 | $O(L)$ | 待补 | <Badge type="warning" text="待讲" /> |
| {T("2010.06891")} | 固定大小的外部记忆槽 + 记忆回放反向传播 | $O(L)$ | [OpenReview]({ORL("2010.06891")}) | <Badge type="danger" text="有争议" /> |

::: details 为什么表格最后一行标成「有争议」？
OpenReview 上的审稿意见对实验设置有不少质疑（见讨论页），组会上可以一起看看作者的回复。
注意：这里说的「争议」只针对评审过程，不代表方法本身不可用。
:::

## 组会安排 {{#schedule}}

| 周次 | 日期 | 主讲 | 内容 | 地点 |
| :---: | --- | --- | --- | --- |
| 3 | 03-12（周二） | 王琳 | 综述第 2–3 节 | 信息楼 B305 |
| 4 | 03-19（周二） | 陈笑然 | 线性注意力推导 | 信息楼 B305 |
| 5 | 03-26（周二） | 周嘉怡 | LSH 注意力 + 可逆层 | 腾讯会议（线上） |
| 6 | 04-02（周二） | — | 清明节调休，停一次 | — |
| 7 | 04-09（周二） | 李沐阳 | 卷积 + 注意力混合结构 | 信息楼 B305 |

::: warning 提醒
讲完请把幻灯片 PDF 放到 `slides/2024-spring/`，文件名用 `周次-姓名拼音.pdf`，例如 `05-zhoujiayi.pdf`。
:::

## 复现与代码 {{#code}}

<CodeGroup>
  <CodeGroupItem title="pip" active>

```bash
pip install reformer-pytorch linear-attention-transformer
```

  </CodeGroupItem>
  <CodeGroupItem title="conda">

```bash
conda install -c conda-forge einops
pip install reformer-pytorch linear-attention-transformer
```

  </CodeGroupItem>
</CodeGroup>

::: tip 小提示
`reformer-pytorch` 和 `linear-attention-transformer` 都是社区实现（软件包），不是论文作者的官方代码，跑出来的数字和论文对不上很正常。
:::

## 相关资源 {{#resources}}

- Long Range Arena 基准（数据集与排行榜，不是本页的论文条目）
- 《动手学深度学习》注意力机制章节（书）
- The Annotated Transformer（博客文章）
- Lil'Log 上关于 Transformer 家族的长文（博客）
- 组内 Slurm 使用说明：[集群指南](./cluster.md)

## 阅读顺序建议 {{#order}}

1. 先读综述的第 2、3 节，建立分类框架；
2. 再读 {T("2006.16236")}，推一遍「注意力 = RNN」的等价形式；
3. 然后是 {T("2001.04451")}，注意 LSH 的分桶和排序细节；
4. 有余力再看 {T("2202.10447")} 和 {T("2004.11886")}；
5. 最后回到 {T("2010.06891")} 与 {T("1410.5401")}，对比「外部记忆」两种做法。

::: details 更新记录
- 2024-03-02：新增记忆增强模型条目与 OpenReview 链接（@wanglin）
- 2024-02-20：表格改为统一的五列格式（@zhoujy）
- 2023-10-11：初版（@chenxr）
:::

<!-- 维护者：周嘉怡 zhoujy@lab.example.edu.cn；请勿在此处粘贴未发表稿件 -->
"""
write_only(F, text, k)
