#!/usr/bin/env python3
"""1378: an awesome list kept in a self-hosted git repository and published with stagit (the suckless static git page
generator): the page stagit writes for the file README.md (`file/README.md.html`) — stagit's header table (logo, the
repository name as <h1>, the `description` file printed raw with its final newline, also inside <title>, the
`git clone` url, the Log / Files / Refs / README / LICENSE menu), then `<p> README.md (NNNNB)</p>` with the blob's
size in bytes and the blob in <pre id="blob">, one `<a href="#lN" class="line" id="lN">%7d</a> ` anchor per line,
every line escaped by stagit's xmlencode (& < > " ' as &amp; &lt; &gt; &quot; &#39;). The README is a Simplified
Chinese awesome list on long context and LLM serving. Papers: arXiv abs / pdf links, OpenReview forum / pdf links, an
`arXiv:` id beside a repository, three titles alone (only a code link or none); flash-attention, vLLM, xformers,
LongBench, a Zhihu column and a Bilibili video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1378, keys

REPO = "awesome-long-context-zh"
DESC = "长上下文与大模型推理加速：论文、代码与资料清单（中文）\n"
readme = f"""# Awesome 长上下文与推理加速 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> 组里读书会顺手整理的清单：长上下文建模、高效注意力、推理服务。只收我们读过或准备读的，欢迎提 patch（邮件发到 list@lab.example.cn，不收 PR）。

## 目录

- [高效注意力](#高效注意力)
- [长上下文](#长上下文)
- [推理与服务](#推理与服务)
- [代码与工具](#代码与工具)
- [中文资料](#中文资料)

## 高效注意力

- **{T('2007.14062')}** [[论文]](https://arxiv.org/abs/2007.14062) [[代码]](https://github.com/google-research/bigbird) - NeurIPS 2020。随机 + 窗口 + 全局三种稀疏模式，证明了稀疏注意力仍是图灵完备的。
- **{T('2103.02143')}** [[OpenReview]](https://openreview.net/forum?id={OR('2103.02143')}) - ICLR 2021。用随机特征近似 softmax 核，还带一个可学习的门控（"RFA-Gate"）。
- **{T('2009.14794')}** [[PDF]](https://openreview.net/pdf?id={OR('2009.14794')}) - ICLR 2021。FAVOR+，正交随机特征；第三方实现见下面的 performer-pytorch。
- **{T('2307.08691')}** [[PDF]](https://arxiv.org/pdf/2307.08691.pdf) - Tri Dao。在第一版基础上重新划分 warp 之间的工作，A100 上接近 GEMM 的效率。
- **{T('2302.10866')}** [[代码]](https://github.com/HazyResearch/safari) - 用长卷积 + 门控替代注意力，论文链接见仓库 README。

## 长上下文

- **{T('2306.15595')}** - Meta，2023。把 RoPE 的位置索引线性压缩到训练长度以内，只需微调约 1000 步就能把 LLaMA 扩到 32k。（组会 2023-11-09 讲过，slides 在内网）
- **{T('2307.03172')}** - TACL 2024。答案放在上下文中间时效果最差，U 形曲线；做 RAG 的同学必读。
- 评测集：[LongBench](https://github.com/THUDM/LongBench)（数据集，不是论文清单）

## 推理与服务

- **{T('2309.06180')}** (arXiv:2309.06180) - SOSP 2023，即 vLLM 背后的论文。代码：[vllm-project/vllm](https://github.com/vllm-project/vllm)
- 其他值得看的系统：TensorRT-LLM、Text Generation Inference、LMDeploy（都是软件，不单列论文）

## 代码与工具

- [Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention) - 官方 CUDA 实现，`pip install flash-attn --no-build-isolation`
- [facebookresearch/xformers](https://github.com/facebookresearch/xformers) - memory-efficient attention 的 kernel 集合
- [lucidrains/performer-pytorch](https://github.com/lucidrains/performer-pytorch) - Performer 的 PyTorch 实现

## 中文资料

- 知乎专栏《从 FlashAttention 到 PagedAttention》：https://zhuanlan.zhihu.com/p/638468472 （博客文章）
- B 站组会录像「长上下文 & RoPE 插值」：https://www.bilibili.com/video/BV1xK4y1Q7Zm/ （视频）

## 许可

[CC0 1.0](LICENSE)，随便用。
"""


def xmlencode(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&quot;")


lines = readme.split("\n")[:-1]
blob = "".join(f'<a href="#l{i}" class="line" id="l{i}">{i:7d}</a> {xmlencode(l)}\n' for i, l in enumerate(lines, 1))
page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>README.md - {REPO} - {xmlencode(DESC)}</title>
<link rel="icon" type="image/png" href="../favicon.png" />
<link rel="alternate" type="application/atom+xml" title="{REPO} Atom Feed" href="../atom.xml" />
<link rel="alternate" type="application/atom+xml" title="{REPO} Atom Feed (tags)" href="../tags.xml" />
<link rel="stylesheet" type="text/css" href="../style.css" />
</head>
<body>
<table><tr><td><a href="../../"><img src="../logo.png" alt="" width="32" height="32" /></a></td><td><h1>{REPO}</h1><span class="desc">{xmlencode(DESC)}</span></td></tr><tr class="url"><td></td><td>git clone <a href="git://git.lab.example.cn/{REPO}">git://git.lab.example.cn/{REPO}</a></td></tr><tr><td></td><td>
<a href="../log.html">Log</a> | <a href="../files.html">Files</a> | <a href="../refs.html">Refs</a> | <a href="../file/README.md.html">README</a> | <a href="../file/LICENSE.html">LICENSE</a></td></tr></table>
<hr/>
<div id="content">
<p> README.md ({len(readme.encode('utf-8'))}B)</p><hr/><pre id="blob">
{blob}</pre>
</div>
</body>
</html>
"""
write_only(F1378, page, keys(F1378), forms=[readme])
