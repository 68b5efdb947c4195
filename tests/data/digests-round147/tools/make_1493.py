#!/usr/bin/env python3
"""1493: two 360搜索 (www.so.com) result pages selected and pasted as text into a Chinese student's notes file, with
her own one-line headers. Each page as a browser's copy gives it: the logo text, the query and the button, the channel
tabs one per line, `找到相关结果约N个`, per result a title, a date and snippet (`2023年8月14日 — …`), the shown URL
without scheme and ` - 快照`; the related searches, the page numbers and 下一页. Result titles are the pages' titles
(arXiv's `[id] Title`, Zhihu columns, CSDN posts, a Bilibili video, a GitHub repository). Not papers: the LLMSurvey
and PEFT repositories, the Bilibili video, the Zhihu and CSDN posts themselves, Baidu Baike. Nicknames: Chinchilla,
PaLM, DoRA, phi-1, LoRA — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1493, keys

TABS = ["网页", "资讯", "视频", "图片", "良医", "地图", "百科", "文库", "英文", "软件", "问答", "更多"]


def page(query, total, results, related, cur=1):
    out = ["360搜索", query, "搜索"] + TABS + [f"找到相关结果约{total}个"]
    for title, snippet, url in results:
        out += [title, snippet, f"{url} - 快照"]
    out += ["相关搜索"] + related
    out += [str(i) for i in range(1, 11)] + ["下一页"]
    return out


R1 = [
    (f"[2001.08361] {T('2001.08361')} - arXiv.org", "2020年1月23日 — We study empirical scaling laws for language model performance on the cross-entropy loss...", "arxiv.org/abs/2001.08361"),
    (f"[2203.15556] {T('2203.15556')} - arXiv.org", "2022年3月29日 — We investigate the optimal model size and number of tokens for training a transformer language model under a given compute budget...", "arxiv.org/abs/2203.15556"),
    ("大模型缩放定律(Scaling Law)详解：从Kaplan到Chinchilla - 知乎", "2023年8月14日 — 本文梳理两篇核心论文：OpenAI 的缩放定律论文和 DeepMind 的 Chinchilla 论文，并讨论数据量与参数量如何分配...", "zhuanlan.zhihu.com/p/647103582"),
    (f"[2204.02311] {T('2204.02311')} - arXiv.org", "2022年4月5日 — Large language models have been shown to achieve remarkable performance across a variety of natural language tasks using few-shot learning...", "arxiv.org/abs/2204.02311"),
    ("GitHub - RUCAIBox/LLMSurvey: The official GitHub page for the survey paper", f"The official GitHub page for the survey paper \"{T('2303.18223')}\". arXiv:2303.18223 ... 中文版 v10 已发布", "github.com/RUCAIBox/LLMSurvey"),
    (f"{T('2306.11644')} 论文解读(phi-1) 哔哩哔哩 bilibili", "2023年7月2日 — 1.3B 的代码模型只用 7B token 的“教科书级”数据训练... 视频时长 18:42", "www.bilibili.com/video/BV1Lh4y1c7Qp"),
    ("大模型训练中的混合精度：原理与实践 - 百度百科", "混合精度训练是指在训练中同时使用 FP16/BF16 与 FP32 两种精度...", "baike.baidu.com/item/混合精度训练/62847151"),
]
REL1 = ["scaling law 论文", "chinchilla 最优 token 数", "大模型 参数量 计算量 关系", "palm 2 技术报告", "llm survey 中文版", "缩放定律 知乎"]
R2 = [
    (f"[2402.09353] {T('2402.09353')} - arXiv.org", "2024年2月14日 — Among the widely used parameter-efficient fine-tuning (PEFT) methods, LoRA and its variants have gained considerable popularity...", "arxiv.org/abs/2402.09353"),
    (f"【论文笔记】{T('2104.08691')}_prompt tuning-CSDN博客", "2023年3月2日 — 本文提出 prompt tuning，只训练输入前面的 soft prompt，模型越大效果越接近全量微调...", "blog.csdn.net/weixin_45821743/article/details/129301728"),
    (f"论文精读 | {T('1710.03740')} - 知乎", "2022年11月20日 — loss scaling、FP32 主权重拷贝、FP16 累加三个技巧...", "zhuanlan.zhihu.com/p/584211066"),
    ("GitHub - huggingface/peft: 🤗 PEFT: State-of-the-art Parameter-Efficient Fine-Tuning.", "PEFT methods only fine-tune a small number of (extra) model parameters... 支持 LoRA、DoRA、Prompt Tuning 等", "github.com/huggingface/peft"),
    ("DoRA 和 LoRA 到底差在哪？一文看懂权重分解 - 知乎", "2024年3月8日 — 把权重拆成幅度和方向两部分，只对方向做低秩更新...", "zhuanlan.zhihu.com/p/686050377"),
]
REL2 = ["dora 微调", "prompt tuning 和 prefix tuning 区别", "peft 库 使用教程", "混合精度训练 loss scaling", "qlora 显存", "lora 原理"]
lines = ["# 组会准备：大模型缩放 + 参数高效微调 检索记录（2024-05-14，宋佳怡）", "", "## 第一次搜索", ""]
lines += page("scaling law 大模型 论文", "1,870,000", R1, REL1)
lines += ["", "## 第二次搜索（换了关键词）", ""]
lines += page("参数高效微调 dora prompt tuning 论文", "636,000", R2, REL2)
write_only(F1493, "\n".join(lines) + "\n", keys(F1493))
