#!/usr/bin/env python3
"""504: a Juejin (稀土掘金) article in its Markdown source: the theme / highlight front matter Juejin's editor puts
first, headings, tables, 《》 and 「」 around titles, > quotes, a code block, the 掘金 首发签约 boilerplate line, tags
and column at the end. Simplified Chinese. ML for science and AutoML, 8 papers among repos, a course and a video."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F504, keys, ALPHAFOLD

AHAS, CQD, EIG, FED, FNO, MESH, PYG = "2006.03656", "2011.03459", "2010.00554", "2111.04263", "2010.08895", "2010.03409", "2101.08809"
text = f"""---
theme: smartblue
highlight: atom-one-dark
---

本文为稀土掘金技术社区首发签约文章，14天内禁止转载，14天后未获授权禁止转载，侵权必究！

# 【论文笔记】AI for Science 与 AutoML 入门：我们组这学期读过的 8 篇论文（附代码链接）

> 写在前面：本文是我们课题组「科学计算 × 机器学习」读书会的整理，面向刚进组的研一同学。每篇只写「它解决什么问题 + 我们为什么读」，
> 细节请看原文。有错误欢迎评论区指出。

## 一、为什么要读这些

组里今年的两个方向：一是用神经网络替代/加速 PDE 求解，二是把超参数和网络结构搜索做成自动化流水线。下面的论文基本覆盖这两条线，
外加两篇「看起来不相关但思路很有用」的。

## 二、科学计算方向

### 1. 傅里叶神经算子

《{T(FNO)}》，{au(FNO, 2)}，ICLR 2021。
论文地址：https://arxiv.org/abs/{FNO}
代码：https://github.com/neuraloperator/neuraloperator

核心思想：在频域里学习积分核，网格无关（discretization-invariant）。我们复现了 Navier–Stokes 的实验，在 64×64 上训练、
256×256 上测试，误差基本不变，确实惊艳。

### 2. 基于图网络的网格仿真

{T(MESH)}（{au(MESH, 2)}，ICLR 2021），也就是大家说的 MeshGraphNets。论文在 ICLR 官网和 DeepMind 的项目页都能找到，
这里不贴了。适合做不规则网格，和 FNO 正好互补。

### 3. AlphaFold 2

「{ALPHAFOLD}」，Jumper 等，Nature 596 (2021)。不用多介绍了。读的时候建议配合补充材料（Supplementary Information）
一起看，正文只有十几页，真正的细节都在 SI 的 60 多页里。

| 论文 | 任务 | 输入 | 我们的复现 |
| --- | --- | --- | --- |
| FNO | PDE 求解 | 规则网格 | ✅ 已复现 |
| MeshGraphNets | 物理仿真 | 不规则网格 | ⏳ 进行中 |
| AlphaFold 2 | 蛋白结构预测 | 序列 + MSA | ❌ 只跑了推理（ColabFold） |

## 三、AutoML 方向

### 4. AutoHAS

《{T(AHAS)}》，{au(AHAS, 3)}。链接：https://arxiv.org/abs/{AHAS}

把超参数和结构放在同一个搜索空间里联合搜索，用共享权重的超网。

### 5. PyGlove

《{T(PYG)}》（NeurIPS 2020）。论文：https://arxiv.org/pdf/{PYG}.pdf ，
代码已开源：https://github.com/google/pyglove

```python
import pyglove as pg

@pg.symbolize
def build_model(width, depth):
    ...

search_space = build_model(width=pg.oneof([64, 128, 256]), depth=pg.oneof([2, 4, 8]))
```

个人觉得这篇是这份列表里最「工程」的一篇，但对搭搜索系统的同学最有用。

## 四、「看起来不相关」的两篇

### 6. EigenGame

EigenGame（arXiv: {EIG}）把 PCA 写成一个多人博弈，每个特征向量是一个玩家。全称是「{T(EIG)}」，ICLR 2021 杰出论文。
我们读它是因为它的并行化思路可以借鉴到大规模 PDE 数据的降维。

### 7. 联邦学习里的动态正则

{au(FED, 2)} 的 {T(FED)}（FedDyn，ICLR 2021）。组里和医院合作的项目数据不能出院，所以必须了解联邦学习。

### 8. 知识图谱复杂查询

《{T(CQD)}》（CQD，ICLR 2021 杰出论文之一）。和科学计算关系不大，是隔壁知识图谱组推荐的，思路是用预训练好的链接预测器
+ t-范数把复杂逻辑查询拆开来做，不需要额外训练。

## 五、其他资源（非论文）

- 课程：我们读书会参考了某高校公开课《科学机器学习》的课件（B 站有搬运视频，搜课程名即可）
- 代码库：neuraloperator、pyglove、deepmind-research（meshgraphnets 在里面）
- 工具：ColabFold（跑 AlphaFold 推理用，显存 16G 够了）
- 视频：读书会第 3 期录屏（组内网盘，不对外）

## 六、下期预告

下学期打算读扩散模型在分子生成上的应用，欢迎关注~ 有问题可以私信或者发邮件到 readinggroup@valmarina.example.edu。

---

分类：人工智能
标签：机器学习 · 深度学习 · AutoML · 论文笔记
专栏：科学计算读书会（共 6 篇）
"""
write_only(F504, text, keys(F504))
