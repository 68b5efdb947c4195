#!/usr/bin/env python3
"""1204: an issue page of a 小报童 (xiaobot.net) paid newsletter column, saved from the browser (Chinese): the invented
column 「周三读论文」, issue 第37期 on sequence-to-sequence learning, decoding and evaluation. HTML5, UTF-8, LF. Column
header (name, author, subscriber count), the post (title with the issue number — the same in <title> —, date, 本期目录
whose entries are the post's <h2> headings in order, sections with paper notes), the subscribe box and the column's
earlier issues. Papers are written as the author writes them: 《title》 with an arXiv link (abs / pdf), with an
`arXiv:` id in full-width parentheses, or alone with a venue; docs, a repo, a leaderboard and a video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1204, keys, CTC

ISSUE = 37
sections = [
 ("一、序列到序列：从 CTC 到 Seq2Seq",
  f"<p>语音识别里最早解决“输入输出长度不对齐”的是 CTC：《{CTC}》（ICML 2006）。没有 arXiv 版本，PDF 在作者主页上能找到。</p>\n"
  f"<p>文本这边的起点当然是《{T('1409.3215')}》："
  "<a href=\"https://arxiv.org/abs/1409.3215\">https://arxiv.org/abs/1409.3215</a>。反转源句这个小技巧今天看依然很有启发。</p>"),
 ("二、解码：为什么 beam search 会“车轱辘话”",
  f"<p>《{T('1904.09751')}》提出了 nucleus sampling（top-p），"
  "<a href=\"https://arxiv.org/pdf/1904.09751.pdf\">PDF</a> 值得精读第 3、4 节。"
  "配合 Hugging Face 的 <a href=\"https://huggingface.co/docs/transformers/generation_strategies\">Text generation strategies 文档</a>（文档，不是论文）一起看，调参时心里有数。</p>\n"
  f"<p>另一个思路是把检索也变成生成：《{T('2010.00904')}》（arXiv:2010.00904），也就是 GENRE，直接逐字生成实体名。</p>"),
 ("三、多模态：冻结的编码器 + 冻结的 LLM",
  f"<p>《{T('2301.12597')}》（arXiv:2301.12597）用一个轻量的 Q-Former 把两个冻结模型接起来，训练成本很低。</p>\n"
  f"<p>再推荐一篇冷门但有意思的：《{T('2103.14146')}》，做的是两张图之间多处变化的描述和定位。</p>"),
 ("四、评测与可视化",
  f"<p>《{T('2206.04615')}》<a href=\"https://arxiv.org/abs/2206.04615\">arxiv.org/abs/2206.04615</a>，"
  "也就是 BIG-bench，两百多个任务；任务代码在 <a href=\"https://github.com/google/BIG-bench\">google/BIG-bench</a> 仓库。"
  "想看榜单的可以去 <a href=\"https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard\">Open LLM Leaderboard</a>（榜单，不是论文）。</p>\n"
  f"<p>最后是一个交互式工具的论文《{T('2103.14625')}》，可以直接在浏览器里看 attention 和 saliency。"
  "B 站上也有人录了演示视频：<a href=\"https://www.bilibili.com/video/BV1xK4y1T7qR\">BV1xK4y1T7qR</a>。</p>"),
]
toc = "\n".join(f"<li>{h}</li>" for h, _ in sections)
body = "\n".join(f"<h2>{h}</h2>\n{b}" for h, b in sections)
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>第{ISSUE}期｜从 Seq2Seq 到 BIG-bench：生成、解码与评测 - 周三读论文 - 小报童</title>
<meta name="description" content="周三读论文 第{ISSUE}期：序列到序列、解码策略、多模态与评测。">
</head>
<body>
<div id="app">
<header class="column-header">
<a class="logo" href="https://xiaobot.net/">小报童</a>
<div class="column-info"><a class="column-name" href="https://xiaobot.net/p/zhousan-lunwen">周三读论文</a>
<span class="column-author">作者：林一舟</span> <span class="column-subs">1,286 人订阅</span></div>
</header>
<main class="post">
<h1 class="post-title">第{ISSUE}期｜从 Seq2Seq 到 BIG-bench：生成、解码与评测</h1>
<div class="post-meta"><time datetime="2024-05-15">2024-05-15</time> <span class="post-views">阅读 932</span></div>
<div class="post-content">
<p>各位订阅者好，这一期换个口味，不追新，把“生成”这条线上几篇常被引用的论文串起来讲。</p>
<div class="toc">
<p><strong>本期目录</strong></p>
<ol>
{toc}
</ol>
</div>
{body}
<p>下期预告：长上下文专题。有问题欢迎在微信群里讨论，也可以直接回复邮件。</p>
</div>
</main>
<section class="subscribe-box">
<p>本专栏为付费专栏，订阅后可阅读全部 {ISSUE} 期内容。</p>
<a class="btn-subscribe" href="https://xiaobot.net/p/zhousan-lunwen?refer=post">¥99/年 订阅专栏</a>
</section>
<section class="more-posts">
<h3>往期内容</h3>
<ul>
<li><a href="https://xiaobot.net/post/5c1f7e0a-3b2d-4e8a-9f61-2d7c0b4a8e13">第36期｜Agent 评测到底在测什么</a></li>
<li><a href="https://xiaobot.net/post/a84d02c6-91e7-4f35-b0a2-6e3f1c9d7b58">第35期｜读论文的工具链：Zotero、Obsidian 与 arXiv 订阅</a></li>
</ul>
</section>
<footer class="site-footer"><p>小报童 · 专栏作者对内容负责</p></footer>
</div>
</body>
</html>
"""
write_only(F1204, html, keys(F1204))
