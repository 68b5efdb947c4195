#!/usr/bin/env python3
"""1118: an awesome list's README.md as AtomGit's raw view serves it (atomgit.com/<org>/<repo>/raw/main/README.md):
a Chinese student group's "Awesome-LLM-Papers-CN" — badges, a TOC whose anchors are the headings' slugs (computed),
one Markdown table per section (论文 | 机构 | 时间 | 链接 | 备注), a contributing note. LF, final newline."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1118, GPT2, keys


def slug(h):
    s = re.sub(r"[^\w\- ]", "", h.strip().lower())
    return s.replace(" ", "-")


SECTIONS = [
    ("综述与基座模型", [
        (f"**{GPT2}**", "OpenAI", "2019.02", "—", "GPT-2 技术报告（没有 arXiv 版本，PDF 在 OpenAI 官网）"),
        (f"**{T('2303.18223')}**", "人大 RUC", "2023.03", "[arXiv](https://arxiv.org/abs/2303.18223)", "持续更新的综述，中文版见作者主页；入门首选"),
        (f"**{T('2307.09288')}**", "Meta", "2023.07", "[arXiv](https://arxiv.org/abs/2307.09288) / [博客](https://ai.meta.com/llama/)", "RLHF 细节（拒绝采样 + PPO、Ghost Attention）写得很全"),
    ]),
    ("涌现、推理与自我认知", [
        (f"**{T('2201.11903')}**", "Google", "2022.01", "[OpenReview](https://openreview.net/forum?id=_VjQlMeSB_J)", "CoT 开山之作，NeurIPS 2022"),
        (f"**{T('2206.07682')}**", "Google / Stanford", "2022.06", "TMLR", "“涌现”到底是不是评测指标造成的？配合后来的反驳文章一起读"),
        (f"**{T('2207.05221')}**", "Anthropic", "2022.07", "—", "P(True) / P(IK)，模型对自己答案的校准"),
    ]),
    ("安全与智能体 Safety & Agents", [
        (f"**{T('2307.15043')}**", "CMU", "2023.07", "[PDF](https://arxiv.org/pdf/2307.15043)", "GCG 攻击，后缀可迁移到闭源模型"),
        (f"**{T('2308.03688')}**", "清华 THU", "2023.08", "arXiv:2308.03688 · [Code](https://github.com/THUDM/AgentBench)", "8 个环境；代码仓库比论文更新得勤"),
    ]),
]

out = []
out.append("# Awesome-LLM-Papers-CN [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n")
out.append("![License](https://img.shields.io/badge/license-CC0--1.0-blue) ![Last Commit](https://img.shields.io/badge/last%20commit-2024--03--02-green)\n")
out.append("> 读书会整理的大模型论文清单，按主题分类。欢迎提 PR 补充（格式见文末）。\n> 镜像：本仓库在 AtomGit 维护，GitHub 上的同名仓库只做同步。\n")
out.append("## 目录\n")
for h, _ in SECTIONS:
    out.append(f"- [{h}](#{slug(h)})")
out.append(f"- [其他资源](#{slug('其他资源')})")
out.append(f"- [贡献指南](#{slug('贡献指南')})\n")
for h, rows in SECTIONS:
    out.append(f"## {h}\n")
    out.append("| 论文 | 机构 | 时间 | 链接 | 备注 |")
    out.append("| --- | --- | --- | --- | --- |")
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    out.append("")
out.append("## 其他资源\n")
out.append("- [LLMSurvey](https://github.com/RUCAIBox/LLMSurvey) —— 综述的配套仓库，有中文翻译")
out.append("- 李沐《论文精读》系列视频（B 站），InstructGPT、Llama 2 两期值得看")
out.append("- [Open LLM Leaderboard](https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard) —— 榜单，不是论文\n")
out.append("## 贡献指南\n")
out.append("1. 每篇论文一行，标题写**完整英文标题**（不要只写简称，比如只写 “CoT” 会被打回）；")
out.append("2. 链接优先 arXiv abs 页，会议版优先 OpenReview；")
out.append("3. 时间写 arXiv 首次提交的年月。\n")
out.append("---\n")
out.append("维护：@llm-reading-cn（小组邮箱 reading-group@ai-club.example.cn）")
text = "\n".join(out) + "\n"
write_only(F1118, text, keys(F1118))
