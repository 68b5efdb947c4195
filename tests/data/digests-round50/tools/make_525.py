#!/usr/bin/env python3
"""525: a cnblogs (博客园) post copied from the browser as text: the blog's nav line and counters, the title, the body
(引言, numbered papers with 论文 / 链接 / 会议 / 一句话 lines, a small table pasted as text, 写在最后), 标签 / 分类,
好文要顶 / 关注我 / 收藏该文, the author box, 上一篇 / 下一篇, "posted @ … 阅读(…) 评论(…) 编辑 收藏 举报", the
comment list (#1楼 …, 支持(0) 反对(0)), the site's 编辑推荐 / 阅读排行 promos, the sidebar (公告, calendar, 常用链接,
随笔分类 counts, 随笔档案) and the footer. Papers: arXiv abs URLs (link), an OpenReview forum URL (link), "arXiv:ID"
(arxiv-text), titles with a venue only (title-only). Not papers: 李沐's videos on Bilibili, the Hugging Face course,
LLaMA-Factory, a Zhihu column, the site's promoted posts."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F525, keys

text = f"""博客园
首页
新随笔
联系
订阅
管理
随笔 - 86  文章 - 0  评论 - 143  阅读 - 21万
从 Seq2Seq 到大模型：我的 LLM 论文阅读清单（2024 春季版）
引言
去年组里新来的同学总问我"大模型该从哪篇论文看起"，每次都在微信里发一长串链接，干脆整理成一篇随笔。这份清单不求全，只放我自己认真读过、组会上讲过的 8 篇，按"先打基础、再看能力、最后看对齐和工具"的顺序排。每篇给出论文题目、链接（能找到 arXiv 就放 arXiv）、会议和一句话总结。
Transformer 原论文、BERT、GPT 系列这些大家都知道的就不放了，默认你已经看过。
一、打基础
1. {T('1409.3215')}
会议：NIPS 2014
一句话：两个 LSTM 一个编码一个解码，把"序列到序列"这件事做成了通用框架。今天回头看，倒序输入源句子这个小技巧依然很有意思。
2. {T('2303.18223')}
链接：https://arxiv.org/abs/2303.18223
一句话：人大高瓴团队的综述，一直在更新，当字典用。中文版也有，但建议看英文最新版。
二、大模型的"能力"
3. {T('2206.07682')}
arXiv:2206.07682（后发表于 TMLR）
一句话："涌现"这个词就是从这里火起来的。注意后来也有论文质疑这是评价指标造成的错觉，组会上我们吵了一个小时。
4. {T('2201.11903')}
链接：https://openreview.net/forum?id={OR('2201.11903')}（NeurIPS 2022）
一句话：在 few-shot 示例里写出推理步骤，大模型的数学题准确率就上去了。简单到让人怀疑人生。
5. {T('2206.14858')}
会议：NeurIPS 2022（Google 的 Minerva）
一句话：在大量数学和科学文本上继续训练，再配合多数投票。读的时候重点看数据怎么清洗的，LaTeX 公式保留下来很关键。
6. {T('2207.05221')}
Anthropic，2022
一句话：模型能不能知道自己答得对不对？结论是大模型在合适的格式下校准得还不错。做幻觉检测的同学必读。
三、对齐与工具
7. {T('2203.02155')}
链接：https://arxiv.org/abs/2203.02155
一句话：InstructGPT。SFT → 奖励模型 → PPO 三步走，后面所有 RLHF 的工作基本都在这个框架里。
8. {T('2302.04761')}
链接：https://arxiv.org/abs/2302.04761
一句话：让模型自己决定什么时候调用计算器、搜索引擎、翻译 API，并用自监督的方式生成训练数据。
四、配套资源（不是论文）
李沐老师的"论文精读"系列（B站），其中 InstructGPT 那一期强烈推荐
Hugging Face 的 NLP Course，中文翻译版质量不错
LLaMA-Factory：https://github.com/hiyouga/LLaMA-Factory ，想动手微调的话从这里开始
我之前写的《大模型微调踩坑记录》（见下一篇）
阅读顺序建议
阶段	论文	预计用时
第 1 周	1、2	4 小时
第 2 周	3、4、5	6 小时
第 3 周	6、7、8	6 小时
写在最后
清单会不定期更新，欢迎在评论区推荐你觉得必读的论文。转载请注明出处。
标签: 大模型, 论文阅读, NLP
好文要顶 关注我 收藏该文 微信分享
青衫不湿
粉丝 - 58 关注 - 12
+加关注
12
0
« 上一篇： Linux 下 CUDA 多版本共存的正确姿势
» 下一篇： 大模型微调踩坑记录：显存、精度与学习率
posted @ 2024-03-17 21:46  青衫不湿  阅读(2318)  评论(4)  编辑  收藏  举报
评论列表
  #1楼 2024-03-18 09:12 码农小周
感谢整理！请问第 5 篇有没有开源的复现？
支持(0) 反对(0)
  #2楼 [楼主] 2024-03-18 10:05 青衫不湿
@码农小周
官方没开源模型，数据集的构建方法论文附录里写得比较细。
支持(1) 反对(0)
  #3楼 2024-03-19 22:31 AlgoLin
建议加上 RAG 相关的，最近组里都在做这个。
支持(0) 反对(0)
  #4楼 [楼主] 2024-03-19 23:02 青衫不湿
@AlgoLin
好主意，下一版加一个"检索增强"小节。
支持(0) 反对(0)
刷新评论刷新页面返回顶部
登录后才能查看或发表评论，立即 登录 或者 逛逛 博客园首页
【推荐】园子的第一款简易开发板，已开放预购
【推荐】云服务器限时特惠，新用户首年低至 99 元
编辑推荐：
· 一次线上内存泄漏的排查过程
· 聊聊分布式事务的几种实现方式
阅读排行：
· 用 Python 写一个简易的向量数据库
· 我是如何在三个月内转行做算法的
公告
昵称： 青衫不湿
园龄： 4年2个月
粉丝： 58
关注： 12
+加关注
<	2024年3月	>
日	一	二	三	四	五	六
25	26	27	28	29	1	2
3	4	5	6	7	8	9
10	11	12	13	14	15	16
17	18	19	20	21	22	23
24	25	26	27	28	29	30
31	1	2	3	4	5	6
搜索
常用链接
我的随笔
我的评论
我的参与
最新评论
我的标签
随笔分类
CUDA(5)
大模型(14)
深度学习(23)
Linux(9)
随笔档案
2024年3月(3)
2024年2月(2)
2024年1月(4)
更多
阅读排行榜
1. Linux 下 CUDA 多版本共存的正确姿势(31245)
2. PyTorch 分布式训练入门(18770)
Copyright © 2024 青衫不湿
Powered by .NET 8.0 on Kubernetes
"""
write_only(F525, text, keys(F525))
