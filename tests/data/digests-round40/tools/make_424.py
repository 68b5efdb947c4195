#!/usr/bin/env python3
"""424: a WeChat official-account article (mp.weixin.qq.com) copied as text from the desktop client: title, 原创
badge, author, account name, date and 发表于 place, the 以下文章来源于 card, a lead, sections headed 【一、…】, papers
numbered ① … ⑫ across sections ("论文：" English title, 作者 / 机构, 链接 or arXiv：ID or 项目主页, 一句话总结, 【划重点】
notes), image placeholders, a 编辑 / 排版 line, the end matter (往期推荐, 阅读原文, 喜欢此内容的人还喜欢, 微信扫一扫, 继续滑动看下一个,
轻触阅读原文, 在看 / 分享 / 点赞 counts). LLM agents, embodied control and RL."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import F424, keys, AGZ

K = keys(F424)
t = T
N = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"


def au(k, n=3):
    a = CAT[key_of(k)]["authors"]
    return ", ".join(a[:n]) + (" 等" if len(a) > n else "")


P = {
 AGZ: ("DeepMind", "Nature 550, 354–359（2017），DOI：10.1038/nature24270",
       "不用人类棋谱，纯自我对弈从零学会围棋，“Zero”系列的起点。"),
 "2006.05990": ("Google Brain", "ICLR 2021", "把 PPO 的 50 多个实现细节挨个做消融，实操价值极高。"),
 "2101.03958": ("Google Research", "arXiv：2101.03958（ICLR 2021 Oral）", "把 RL 的损失函数表示成计算图，用进化搜索“搜”出新算法。"),
 "2205.06175": ("DeepMind", "项目介绍见 DeepMind 官方博客（Gato），论文发表于 TMLR 2022",
                "一个 Transformer、一套权重，同时玩 Atari、聊天、控制真实机械臂。"),
 "2204.01691": ("Robotics at Google / Everyday Robots", "链接：https://arxiv.org/abs/2204.01691", "SayCan：LLM 打分“该做什么”，价值函数打分“能不能做”。"),
 "2307.15818": ("Google DeepMind", "项目主页：robotics-transformer2.github.io", "把动作当成文本 token，VLM 直接输出机器人动作。"),
 "2210.03629": ("Princeton / Google", f"OpenReview：https://openreview.net/forum?id={OR('2210.03629')}（ICLR 2023）", "推理（Thought）和行动（Action）交替进行，智能体范式的起点。"),
 "2302.04761": ("Meta AI", "链接：https://arxiv.org/pdf/2302.04761.pdf", "模型自己决定什么时候调用计算器、搜索、翻译 API。"),
 "2310.11511": ("UW / AI2 / IBM", "ICLR 2024 Oral，项目主页 selfrag.github.io", "模型输出反思 token，自己决定要不要检索、检索结果靠不靠谱。"),
 "2310.08560": ("UC Berkeley", "链接：https://arxiv.org/abs/2310.08560", "像操作系统管理内存一样管理上下文窗口，分层记忆 + 函数调用换页。"),
 "2308.03688": ("清华大学 等", "arXiv：2308.03688", "8 个环境系统评测 LLM 作为智能体的能力，开源模型差距明显。"),
}
SECS = [("一、强化学习与通用智能体", [AGZ, "2006.05990", "2101.03958", "2205.06175"]),
        ("二、具身智能：语言模型接管机器人", ["2204.01691", "2307.15818"]),
        ("三、会推理、会用工具、会管理记忆的 LLM 智能体", ["2210.03629", "2302.04761", "2310.11511", "2310.08560"]),
        ("四、智能体怎么评测", ["2308.03688"])]
body, i = [], 0
for head, ks in SECS:
    body.append(f"【{head}】\n")
    for k in ks:
        org, link, one = P[k]
        title = t(k).lower() if k == "2006.05990" else t(k)
        body.append(f"{N[i]} 论文：{title}\n作者：{au(k)}（{org}）\n{link}\n一句话总结：{one}\n")
        i += 1
        if k == "2101.03958":
            body.append("【划重点】同一组作者还有 AutoML 方向的一系列工作，上期已经讲过，这里不再重复。\n")
        if k == "2307.15818":
            body.append("图片\n▲ 图：RT-2 的动作 token 化示意（来源：论文项目主页）\n")
    body.append("")
text = f"""读完这11篇论文，你就能看懂 AI 智能体的来龙去脉（建议收藏）

原创 林知秋 算法小筑 2024-03-18 08:30 发表于北京

以下文章来源于算法小筑 ，作者林知秋
算法小筑.
一个写给算法工程师的论文笔记号，每周二、周五更新。

前几天后台有读者留言：“智能体（Agent）的论文太多了，到底从哪几篇开始读？”今天这篇就按时间线和主题，把我们组内读书会
这半年读过的 11 篇整理出来，每篇附链接和一句话总结。建议先收藏，周末慢慢看。

图片

{chr(10).join(body)}【写在最后】

这 11 篇只是入门路线，不是排行榜。Gato、RT-2 这类“大一统”工作更适合了解方向；ReAct、Self-RAG、MemGPT 这类方法可以直接拿来改
自己的业务 prompt。读论文之外，强烈推荐动手跑一下 LangChain 和 AutoGen 的官方示例，以及 B 站上 CS 285（伯克利深度强化学习课程）的录播。

下期预告：多智能体协作（Multi-Agent）专题，欢迎在评论区点菜。

编辑：林知秋 | 排版：小筑君 | 审核：周一鸣

往期推荐

大模型推理加速，一文看懂 KV Cache
从 RLHF 到 DPO：对齐技术梳理（上）
读书会招募 | 2024 春季，线上+线下

阅读原文

喜欢此内容的人还喜欢

一文读懂具身智能的 Scaling Law
算法小筑

微信扫一扫
关注该公众号

继续滑动看下一个
算法小筑
向上滑动看下一个

轻触阅读原文

知道了

阅读 1.2万
分享 收藏 赞 在看 326
写留言
"""
write_only(F424, text, K)
