#!/usr/bin/env python3
"""1138: an awesome list's README.md as GitLink's raw view serves it
(www.gitlink.org.cn/api/<owner>/<repo>/raw/README.md?ref=master): a Chinese lab's "awesome-llm-agents-zh" written
with HTML tables inside the Markdown (so a cell can hold line breaks), a centred header block, a TOC whose anchors are
the `##` headings' slugs (computed), a star-history note, a citation block of the list itself, contributing rules.
LF, final newline. Chinese."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1138, GO, keys


def slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def table(rows):
    out = ["<table>", "<tr>", "  <th>论文</th>", "  <th>发表</th>", "  <th>链接</th>", "  <th>一句话点评</th>", "</tr>"]
    for t, venue, link, note in rows:
        out += ["<tr>", f"  <td>{t}</td>", f"  <td>{venue}</td>", f"  <td>{link}</td>", f"  <td>{note}</td>", "</tr>"]
    out.append("</table>")
    return "\n".join(out)


SECTIONS = [
    ("工具使用 Tool Use", [
        (f"<b>{T('2302.04761')}</b>", "NeurIPS 2023", "—", "自监督地决定什么时候调 API；<br>和后面 ReAct 类方法的思路不同，值得对比"),
    ]),
    ("记忆与反思 Memory & Reflection", [
        (f"<b>{T('2310.08560')}</b>", "arXiv 2023", '<a href="https://arxiv.org/abs/2310.08560">arXiv</a> · <a href="https://github.com/cpacker/MemGPT">code</a>',
         "把上下文窗口当内存、外部存储当磁盘，<br>分页调度的比喻很好懂"),
        (f"<b>{T('2303.11366')}</b>", "NeurIPS 2023", '<a href="https://arxiv.org/pdf/2303.11366">PDF</a>',
         "失败后写“反思”存进记忆再重试，<br>HumanEval 上提升明显"),
    ]),
    ("具身与开放世界 Embodied / Open-ended", [
        (f"<b>{T('2305.16291')}</b>", "TMLR 2024", "arXiv:2305.16291<br>（项目页 voyager.minedojo.org）",
         "Minecraft 里自动课程 + 技能库，<br>技能是可复用的 JavaScript 代码"),
        (f"<b>{T('2205.06175')}</b>", "TMLR 2022", "—", "DeepMind 的 Gato，一个权重集合跑 604 个任务"),
    ]),
    ("决策与序列建模 Decision Making", [
        (f"<b>{GO}</b>", "Nature 2017", "（Nature 付费墙，组里共享盘有 PDF）", "AlphaGo Zero，纯自我对弈；<br>读智能体规划之前建议先补这篇"),
        (f"<b>{T('2106.02039')}</b>", "NeurIPS 2021", "—",
         "Trajectory Transformer，<br>和 Decision Transformer 同期，用 beam search 做规划"),
    ]),
    ("评测 Benchmarks", [
        (f"<b>{T('2310.06770')}</b>", "ICLR 2024", '<a href="https://openreview.net/forum?id=VTF8yNQM66">OpenReview</a> · <a href="https://www.swebench.com/">排行榜</a>',
         "真实 GitHub issue + 单测验证，<br>排行榜更新很快，论文里的数字已经过时"),
    ]),
]

out = ['<div align="center">', "", "# awesome-llm-agents-zh", "",
       "大模型智能体论文清单（中文点评） · 实验室读书会维护", "",
       '<img src="https://img.shields.io/badge/papers-8-blue"> <img src="https://img.shields.io/badge/更新-2024--04--08-green">', "",
       "</div>", "",
       "> 只收我们读过、讨论过的论文，不求全。每篇附一句话点评，链接优先 arXiv / OpenReview。",
       "> 英文版列表请看 GitHub 上的各种 awesome-llm-agents，本仓库主要给组里新同学入门用。", "",
       "## 目录", ""]
for h, _ in SECTIONS:
    out.append(f"- [{h}](#{slug(h)})")
for h in ("其他资源", "贡献指南"):
    out.append(f"- [{h}](#{slug(h)})")
out.append("")
for h, rows in SECTIONS:
    out += [f"## {h}", "", table(rows), ""]
out += ["## 其他资源", "",
        "- [Lilian Weng: LLM Powered Autonomous Agents](https://lilianweng.github.io/posts/2023-06-23-agent/)（博客，综述性质，入门必读）",
        "- [LangChain Agents 文档](https://python.langchain.com/docs/modules/agents/)（文档，不是论文）",
        "- [Significant-Gravitas/AutoGPT](https://github.com/Significant-Gravitas/AutoGPT)（代码仓库）",
        "- [SWE-bench 排行榜](https://www.swebench.com/)", "",
        "## 贡献指南", "",
        "1. 新论文请放进对应小节的表格，保持四列：论文 / 发表 / 链接 / 一句话点评；",
        "2. 标题写全称（不要只写简称），链接优先 arXiv abs 页；没有 arXiv 的写“—”；",
        "3. 点评不超过两行，用 `<br>` 换行；",
        "4. 提交前在本地预览一下 HTML 表格有没有错位。", "",
        "如果这个列表对你有帮助，欢迎引用：", "",
        "```bibtex",
        "@misc{awesome-llm-agents-zh,",
        "  title  = {awesome-llm-agents-zh: 大模型智能体论文清单},",
        "  author = {LLM Agents 读书会},",
        "  year   = {2024},",
        "  url    = {https://www.gitlink.org.cn/agent-reading/awesome-llm-agents-zh}",
        "}",
        "```", ""]
write_only(F1138, "\n".join(out), keys(F1138))
