#!/usr/bin/env python3
"""998: the page of a GitHub mirror on GitCode (gitcode.com, the code host run by CSDN; mirrors live under the
`gh_mirrors` group) for a Chinese awesome list of diffusion papers, selected in the browser and pasted into a text
file: the site header, the mirror notice, the repository path and counters, the file list as a pasted table (name,
last commit, age; TAB-separated), then the rendered README.md: headings and paragraphs one a line, list items
without their markers, and the awesome tables as Chrome copies rendered tables — one row a line, cells separated by
TABs, links reduced to their visible text (so a `[PDF](…)` cell keeps only "PDF", while a bare URL written in the
Markdown survives as text), images and star badges gone. Then the page footer.

Papers: four link cells whose visible text is the URL (three arXiv, one OpenReview forum), one cell `arXiv:ID`
written as text, three titles whose link cells read only "PDF" / "项目主页" after copying. Not papers: the diffusers
documentation, Lilian Weng's blog post, a Bilibili video, the Stable Diffusion model; nicknames (LDM, DDIM, LCM,
IP-Adapter) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(998)
K = dict(ddpm="2006.11239", sde="2011.13456", sdxl="2307.01952", controlnet="2302.05543", cm="2303.01469",
         ti="2208.01618", db="2208.12242", diffwave="2009.09761")


def row(*cells):
    return "\t".join(cells)


HEAD = row("论文", "会议 / 年份", "论文链接", "代码")
lines = [
    "GitCode",
    "首页",
    "开源项目",
    "AI 社区",
    "搜索",
    "登录",
    "注册",
    "gh_mirrors",
    "/",
    "aw",
    "/",
    "awesome-diffusion-zh",
    "公开",
    "项目镜像自 GitHub：https://github.com/lin-xiaoyu/awesome-diffusion-zh ，每日同步一次",
    "Star",
    "37",
    "Fork",
    "5",
    "代码",
    "Issues",
    "0",
    "Pull Requests",
    "0",
    "Wiki",
    "分析",
    "main",
    "分支 1",
    "标签 0",
    "下载",
    row("名称", "最后提交", "最后更新"),
    row(".github", "add PR template", "2 年前"),
    row("assets", "更新示意图", "1 年前"),
    row("LICENSE", "Initial commit", "2 年前"),
    row("README.md", "新增 SDXL、一致性模型；修正 DiffWave 链接", "1 年前"),
    "README.md",
    "Awesome Diffusion 中文论文清单",
    "扩散模型（Diffusion Models）入门到应用的论文整理，按主题分组。每篇论文尽量给出原文链接和官方代码，"
    "欢迎提 PR 补充（格式见 .github/PULL_REQUEST_TEMPLATE.md）。",
    "⚠️ 只收录论文本身；教程、博客、视频放在最后的「学习资料」里。",
    "目录",
    "基础理论",
    "文生图与大模型",
    "可控生成与个性化",
    "音频",
    "学习资料",
    "基础理论",
    HEAD,
    row("DDPM: " + T(K["ddpm"]), "NeurIPS 2020", f"https://arxiv.org/abs/{K['ddpm']}", "https://github.com/hojonathanho/diffusion"),
    row(T(K["sde"]), "ICLR 2021 (Oral)", "https://openreview.net/forum?id=PxTIG12RRHS", "https://github.com/yang-song/score_sde"),
    row(T(K["cm"]), "ICML 2023", f"arXiv:{K['cm']}", "https://github.com/openai/consistency_models"),
    "注：DDIM 和 score matching 的早期工作后续补上；LCM 属于蒸馏加速，放在下一版。",
    "文生图与大模型",
    HEAD,
    row(T(K["sdxl"]), "ICLR 2024", f"https://arxiv.org/abs/{K['sdxl']}", "https://github.com/Stability-AI/generative-models"),
    row("LDM / Stable Diffusion", "CVPR 2022", "PDF", "GitHub"),
    "（Stable Diffusion 是模型不是论文，这一行只是方便查代码。）",
    "可控生成与个性化",
    HEAD,
    row("ControlNet  " + T(K["controlnet"]), "ICCV 2023", f"https://arxiv.org/pdf/{K['controlnet']}.pdf",
        "https://github.com/lllyasviel/ControlNet"),
    row(T(K["ti"]), "ICLR 2023", "PDF", "GitHub"),
    row(T(K["db"]), "CVPR 2023", "项目主页", "—"),
    row("IP-Adapter", "arXiv 2023", "PDF", "GitHub"),
    "音频",
    HEAD,
    row(T(K["diffwave"]), "ICLR 2021", "PDF", "GitHub"),
    "学习资料",
    "Lilian Weng：What are Diffusion Models?（博客，写得最清楚的一篇）",
    "Hugging Face diffusers 官方文档（有中文版）",
    "B 站：扩散模型从零推导（一共 6 集，适合周末看）",
    "贡献",
    "按表格格式新增一行：论文全名、会议 / 年份、论文链接（arXiv 或 OpenReview 原始地址，不要用短链）、代码。",
    "License",
    "MIT",
    "Star History",
    "关于 GitCode",
    "帮助文档",
    "用户协议",
    "隐私政策",
    "联系我们",
    "©2024 GitCode",
]
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
