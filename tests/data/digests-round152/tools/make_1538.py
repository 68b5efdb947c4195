#!/usr/bin/env python3
"""1538: README.md of a Chinese awesome list kept on 腾讯工蜂 (Tencent's GitLab-based code host, git.code.tencent.com):
the awesome badge, a two-line intro quote naming the group and project, a table of contents whose anchors are the
GitLab-style slugs of the Chinese headings (full-width colons dropped, the Han characters kept), five paper sections
(items as `- [Title](url) — …`, `- **Title** — …` or `- Title (arXiv:id) — …`), a framework table, the contributing
steps with two code blocks (the HTTPS clone URL, the item template), the licence. Not papers: LangChain, AutoGPT,
MetaGPT, Qwen-Agent, SWE-agent, AgentScope (software), WebArena and AgentBench by name (benchmarks, listed as project
pages), Lilian Weng's blog post. Nicknames: InstructGPT, RLHF, Minerva, Gato, ReAct — labelled only where the full
titles are written (ReAct is not labelled)."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1538, keys

GROUP, PROJECT = "agent-reading", "awesome-llm-agents-zh"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECTIONS = [
    ("基础：指令微调与对齐", [
        f"- {T('2203.02155')} (arXiv:2203.02155) — 即 InstructGPT：监督微调、奖励模型、PPO 三步走，后来几乎所有“对齐”工作都从这里出发。",
        "- 延伸阅读：Lilian Weng 的博客文章《LLM Powered Autonomous Agents》（2023 年 6 月），适合作为入门综述。",
    ]),
    ("推理与自我反思", [
        f"- [{T('2303.11366')}](https://arxiv.org/abs/2303.11366) — 用语言形式的“反思”代替梯度更新，在 HumanEval 上效果明显。",
        f"- **{T('2206.14858')}** — Minerva，NeurIPS 2022；在数学与理工科题目上的推理，附带大量样例输出。",
        "- ReAct（推理与行动交替）：见各框架的实现，本列表暂不单列。",
    ]),
    ("工具使用与检索", [
        f"- [{T('2302.04761')}](https://arxiv.org/pdf/2302.04761.pdf) — 模型自己标注 API 调用位置，再用自监督方式学会调用计算器、搜索等工具。",
        f"- **{T('2310.11511')}** — ICLR 2024 口头报告；用反思标记（reflection tokens）决定何时检索、如何评价检索结果。",
    ]),
    ("具身与通用智能体", [
        f"- [{T('2305.16291')}](https://arxiv.org/abs/2305.16291) — 在 Minecraft 里持续探索、积累技能库的智能体，代码已开源。",
        f"- **{T('2205.06175')}** — Gato，TMLR 2022；同一套权重玩 Atari、看图说话、控制机械臂。",
    ]),
    ("评测", [
        f"- [{T('2310.06770')}](https://openreview.net/forum?id=VTF8yNQM66) — ICLR 2024；用真实 GitHub issue 评测模型改代码的能力，配套工具见下表的 SWE-agent。",
        "- 其他基准（只列项目主页）：WebArena https://webarena.dev/ ，AgentBench https://github.com/THUDM/AgentBench",
    ]),
]
TABLE = [
    "| 名称 | 类型 | 说明 | 链接 |",
    "| --- | --- | --- | --- |",
    "| LangChain | 框架 | 链式调用与工具封装，生态最大 | https://github.com/langchain-ai/langchain |",
    "| AutoGPT | 应用 | 早期的自主智能体演示项目 | https://github.com/Significant-Gravitas/AutoGPT |",
    "| MetaGPT | 框架 | 多智能体协作，模拟软件公司分工 | https://github.com/geekan/MetaGPT |",
    "| Qwen-Agent | 框架 | 基于通义千问的智能体框架 | https://github.com/QwenLM/Qwen-Agent |",
    "| AgentScope | 框架 | 多智能体编排，支持分布式 | https://github.com/modelscope/agentscope |",
    "| SWE-agent | 工具 | 与 SWE-bench 配套的代码智能体 | https://github.com/princeton-nlp/SWE-agent |",
]
heads = [h for h, _ in SECTIONS] + ["开源框架", "贡献指南", "许可证"]
out = [
    f"# Awesome LLM Agents 中文 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
    "",
    f"> 大语言模型智能体（LLM Agents）相关论文、开源项目与评测的中文整理，由 `{GROUP}` 小组维护。",
    f"> 仓库托管在腾讯工蜂：`{GROUP}/{PROJECT}`，欢迎提交合并请求（Merge Request）。",
    "",
    "## 目录",
    "",
    *[f"- [{h}](#{slug(h)})" for h in heads],
    "",
]
for h, items in SECTIONS:
    out += [f"## {h}", "", *items, ""]
out += ["## 开源框架", "", *TABLE, ""]
out += [
    "## 贡献指南", "",
    "1. Fork 本项目，或直接克隆后新建分支：", "",
    "```bash",
    f"git clone https://git.code.tencent.com/{GROUP}/{PROJECT}.git",
    f"cd {PROJECT}",
    "git checkout -b add/paper-name",
    "```", "",
    "2. 在对应分类下按格式添加条目（有 arXiv 链接的写链接，只有会议版本的写粗体标题并注明会议）：", "",
    "```markdown",
    "- [论文标题](https://arxiv.org/abs/编号) — 一句话说明。",
    "```", "",
    "3. 提交合并请求，标题写“新增：论文简称”，维护者会在一周内审核。", "",
    "## 许可证", "",
    "[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)",
]
write_only(F1538, "\n".join(out) + "\n", keys(F1538))
