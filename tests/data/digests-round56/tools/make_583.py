#!/usr/bin/env python3
"""583: a Gitee (码云) issue page selected and copied as text from the browser: the site header and repository bar
(Watch / Star / Fork counts, 代码 / Issues / Pull Requests / Wiki / 统计 / 流水线 tabs), the issue head (#I9QK4T,
状态 待办的 → 进行中, 任务 type), the description in rendered Markdown, the sidebar (负责人, 协作者, 标签, 关联的
Pull Requests, 里程碑, 优先级, 计划截止日期), the activity list with comments, relative times, 回复 / 编辑 links, and
the footer — in Chinese, about the reference list of an LLM-agent docs site."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F583, keys

text = f"""跳到主要内容
Gitee - 基于 Git 的代码托管和研发协作平台
开源
企业版
高校版
私有云
模力方舟
搜索
登录
注册

灵枢智能体实验室 / lingshu-agent-docs
Watch 23 Star 186 Fork 41

代码
Issues 37
Pull Requests 5
Wiki
统计
流水线
服务

【文档】「相关工作」页面的参考文献需要补全和统一格式
#I9QK4T
任务
进行中
沈雨桐 创建于 2024-05-14 10:32

问题描述

目前 docs/zh/related-work.md 里的参考文献格式很乱：有的只写了模型名（比如“ReAct”“Reflexion”），有的只有一个 GitHub 链接，还有几篇连标题都写错了。评审的老师说发布 v0.4 之前要整理好。

需要补全的论文（先列出我确定要引用的）：

1. {T('2308.03688')} — https://arxiv.org/abs/2308.03688 （第 4 章的评测基准）
2. {T('2304.03442')} — arXiv:2304.03442 （“多智能体社会模拟”一节）
3. {T('2201.11903')} — OpenReview：https://openreview.net/forum?id=_VjQlMeSB_J （NeurIPS 2022 版本）
4. {T('2204.01691')} （SayCan）https://arxiv.org/abs/2204.01691

格式统一为：作者（前三位 + 等）. 标题. 会议/期刊, 年份. 链接（如有）。

验收标准
 所有条目标题完整、大小写与原文一致
 能用 arXiv 链接的尽量用 abs 页而不是 pdf
 Wiki 的“术语表”同步更新

负责人
韩志远
协作者
沈雨桐
罗佳怡
标签
文档
good first issue
v0.4
关联的 Pull Requests
!58 docs: 统一 related-work 参考文献格式
里程碑
v0.4 文档冻结
优先级
主要
计划截止日期
2024-05-31
关联的分支
未关联

评论 (6)
操作日志

韩志远 3 个月前
我来认领。另外第 2 章“记忆与长期上下文”那部分也引了几篇，补充一下：

{T('2310.08560')}（Packer 等，2023）
{T('2303.18223')}（赵鑫等的综述，我们在背景部分引用了它的分类）

这两篇我先只写标题和作者，等 PR 里统一加链接。
回复 编辑

罗佳怡 3 个月前
第 1 章开头那段“为什么现在的大模型可以当智能体用”，我建议引：

- 《{T('2206.07682')}》（TMLR 2022）
- 《{T('2307.09288')}》，因为我们所有实验的基座都是它的 7B/13B chat 版本

另外 LangChain 和 AutoGen 是软件，不要放进参考文献，放到“相关工具”表格里就行。
回复

沈雨桐 3 个月前
@罗佳怡 同意。工具表里再加上 vLLM 的文档链接和我们自己的 lingshu-eval 仓库。
@韩志远 Reflexion 那条先删掉吧，正文里其实没用到。
回复

韩志远 3 个月前
PR !58 已提交：https://gitee.com/lingshu-lab/lingshu-agent-docs/pulls/58
Wei 等那篇思维链的论文我用的是 OpenReview 的链接，因为 NeurIPS 的 proceedings 页面我们学校网络打不开。
回复 编辑

Gitee Go 机器人 3 个月前
流水线 #1284 文档构建 成功 ✔ 用时 2 分 17 秒，预览：https://lingshu-lab.gitee.io/lingshu-agent-docs/pr-58/
回复

罗佳怡 2 个月前
已 review，格式没问题。还剩 B 站那个讲座视频和知乎专栏文章要不要引用？我觉得放到“延伸阅读”里就行，不算参考文献。
回复

沈雨桐 将任务状态从 待办的 修改为 进行中 3 个月前
韩志远 关联了 Pull Request !58 3 个月前
罗佳怡 添加了标签 v0.4 3 个月前

评论
Markdown 支持
添加评论 (Ctrl+Enter)
请先登录后再评论

© OSCHINA.NET (深圳奥思网络科技有限公司版权所有)
Gitee 介绍
Gitee 企业版
Gitee 高校版
Gitee 私有云
Gitee 博客
OpenAPI
帮助文档
在线自助服务
更新日志
关于我们
加入我们
使用条款
意见建议
合作伙伴
粤ICP备12009483号
简 体 / 繁 體 / English
"""
write_only(F583, text, keys(F583))
