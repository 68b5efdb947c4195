#!/usr/bin/env python3
"""544: a Yuque (语雀) document exported as Markdown (文档 → 导出 → Markdown): Yuque's <a name="…"></a> anchors
before every heading, its :::tips / :::warning / :::info blocks, <font style="color:…"> runs, pasted images on
cdn.nlark.com with the long #averageHue=…&clientId=…&from=paste… fragment, tables with <br /> inside cells, a
Yuque-card-less link list. A Chinese PhD student's notes for the group's 序列建模与记忆 reading sessions. Papers: arXiv
abs / pdf URLs (link, one behind a Markdown link), an OpenReview forum URL (link), "arXiv: 2106.02039" (arxiv-text),
titles with an ACL Anthology URL, a DOI, Nature's volume or nothing (title-only). Not papers: 科学空间 blog posts,
state-spaces/mamba and the RetNet code in torchscale, 李宏毅's course video, a Bilibili talk, the group's Yuque space."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F544, keys, CTC, GO


def anchor(s):
    h = hashlib.md5(s.encode()).hexdigest()
    return "".join(c for c in h if c.isalpha())[:2].upper() + h[2:5]


def img(seed, w, h, size):
    d = hashlib.sha1(seed.encode()).hexdigest()
    return (f"![image.png](https://cdn.nlark.com/yuque/0/2024/png/28451937/17{int(d[:8], 16) % 10**11:011d}-"
            f"{d[8:16]}-{d[16:20]}-{d[20:24]}-{d[24:28]}-{d[28:40]}.png#averageHue=%23f{d[:5]}&clientId=u{d[5:13]}"
            f"&from=paste&height={h}&id=u{d[13:21]}&originHeight={h*2}&originWidth={w*2}&originalType=binary&ratio=2"
            f"&rotation=0&showTitle=false&size={size}&status=done&style=none&taskId=u{d[21:29]}&title=&width={w})")


def H(level, s):
    return f'<a name="{anchor(s)}"></a>\n{"#" * level} {s}\n'


text = f""":::info
本文档是「序列建模与记忆」读书会（2024 春）的笔记，每周四 19:30，腾讯会议。<br />维护：@陈一帆　　最后更新：2024-04-11
:::

{H(1, "序列建模与记忆：读书会笔记")}
{H(2, "0. 阅读顺序")}
| 周次 | 主题 | 论文 | 主讲 |
| --- | --- | --- | --- |
| 第 1 周 | 分段循环 | {T('1901.02860')} | 陈一帆 |
| 第 2 周 | 反馈记忆 | {T('2002.09402')} | 赵思远 |
| 第 3 周 | 可遗忘的记忆 | Expire-Span（链接见下文） | 林可欣 |
| 第 4 周 | 状态空间模型 | Mamba<br />RetNet | 陈一帆<br />王卓 |
| 第 5 周 | 序列建模 × 强化学习 | Trajectory Transformer | 赵思远 |
| 第 6 周 | 附加：对齐与搜索 | CTC、AlphaGo Zero | 待定 |

:::tips
建议先看苏剑林在「科学空间」上关于线性 Attention 和 RetNet 的几篇博客，再看原文，会快很多。
:::

{H(2, "1. 分段循环：Transformer-XL")}
**{T('1901.02860')}**<br />Dai et al., ACL 2019，<https://aclanthology.org/P19-1285/>

- 段级循环（segment-level recurrence）：上一段的隐状态缓存下来、停止梯度，作为当前段的扩展上下文。
- 相对位置编码：把绝对位置换成 query 与 key 的相对距离，否则缓存的状态位置会「打架」。
- <font style="color:#DF2A3F;">注意：</font>评测时的加速主要来自缓存复用，而不是模型本身变快。

{img("xl-fig2", 684, 312, 88213)}

{H(2, "2. 反馈记忆")}
《{T('2002.09402')}》（Fan et al.）

把所有层的表示汇总成一个记忆向量，供所有层在之后的时间步读取，于是高层的抽象表示也能被低层用上。缺点很明显：不能并行训练，速度慢。读书会上讨论的问题：这和 RNN 的差别到底在哪里？

{H(2, "3. 可遗忘的记忆：Expire-Span")}
{T('2105.06548')}<br />ICML 2021，OpenReview：https://openreview.net/forum?id={OR('2105.06548')}

- 每个记忆单元预测自己的「过期时间」（span），过期就丢掉，用一个软掩码让它可导。
- 和上面两篇对比：Transformer-XL 固定长度缓存，Feedback 全部压缩，这篇是「按需保留」。

:::warning
作者代码依赖比较老的 fairseq 版本，直接跑会报错，林可欣整理了一个能跑的分支（在组里的 GitLab 上）。
:::

{H(2, "4. 状态空间模型")}
{H(3, "4.1 Mamba")}
{T('2312.00752')}

论文：https://arxiv.org/abs/2312.00752<br />代码：state-spaces/mamba（官方仓库，CUDA 核需要自己编译）

- 选择性 SSM：B、C、Δ 依赖输入，失去了卷积形式，所以用硬件感知的并行扫描。
- 与注意力对比：推理时状态大小固定，不随长度增长。

{img("mamba-scan", 720, 405, 131022)}

{H(3, "4.2 RetNet")}
{T('2307.08621')}（[arXiv PDF](https://arxiv.org/pdf/2307.08621.pdf)）

三种计算形式：并行（训练）、循环（推理）、分块循环（长序列）。代码在 microsoft/torchscale 里。王卓复现了一个 350M 的小模型，困惑度比同规模 Transformer 略差。

{H(2, "5. 序列建模 × 强化学习")}
{T('2106.02039')}，arXiv: 2106.02039

把轨迹（状态、动作、回报）离散化后当作序列，用 beam search 做规划。和 Decision Transformer 同期，思路相近。<br />讨论时有人提到：用搜索做规划这件事，最经典的还是 AlphaGo Zero：

> {T(GO)}. Silver et al., Nature 550, 354–359 (2017). doi:10.1038/nature24270

{H(2, "6. 附加：对齐")}
语音方向的同学建议加一篇老论文，作为「序列对齐」的背景：

- {T(CTC)}（Graves et al., ICML 2006），DOI: 10.1145/1143844.1143891

CTC 的前向-后向算法推导可以看李宏毅老师课程里的那一讲（B 站有搬运），比原文好懂。

{H(2, "7. 其他资源")}
- 李宏毅《机器学习》2023 春，Transformer 与状态空间模型相关几讲（视频）
- B 站：某次 SSM 专题分享的录屏（组内链接，不外传）
- 组内语雀知识库：「读书会 / 2023 秋：高效注意力」

---

<font style="color:#8A8F8D;">如需编辑本文档，请在组内语雀空间申请权限。</font>
"""
write_only(F544, text, keys(F544))
