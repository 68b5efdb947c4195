#!/usr/bin/env python3
"""825: a blog article page of OSCHINA (my.oschina.net/u/<uid>/blog/<id>) as saved from the browser: page title
"… - <name>的个人空间 - OSCHINA - 中文开源技术交流社区", the site header and nav, `article-box__title`, meta line
(原创 / author / 2024/03/12 21:14 / 阅读数), the `#articleContent` body rendered from Markdown with every external link
rewritten to `https://www.oschina.net/action/GoToLink?url=<percent-encoded URL>`, tags, copyright notice, comments,
"相关文章" / "推荐阅读" sidebars and the footer. A Chinese post on vision-language models and diffusion."""
import os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(825)
UID, BID = "5123987", "11045362"
AUTHOR = "图灵小站长"


def go(u, text=None):
    return f'<a href="https://www.oschina.net/action/GoToLink?url={quote(u, safe="")}" target="_blank" rel="nofollow">{text or u}</a>'


ART = f"""<p>最近组里在做图文生成相关的项目，顺手把这两个月读过的论文整理成一篇速读笔记。每篇只写我认为最关键的一两点，细节请看原文。文中提到的代码库、数据集和视频都不是论文，单独列在最后。</p>
<h2>一、视觉-语言模型</h2>
<h3>1. {T('2204.14198')}</h3>
<p>作者：{au('2204.14198', 3)}</p>
<p>论文地址：{go('https://arxiv.org/abs/2204.14198')}</p>
<p>核心是把冻结的视觉编码器和冻结的语言模型用 Perceiver Resampler + gated cross-attention 连起来，交错的图文序列直接做少样本提示。</p>
<h3>2. {T('2106.13884')}</h3>
<p>作者：{au('2106.13884', 3)}（NeurIPS 2021）　{go('https://arxiv.org/abs/2106.13884', 'arXiv 链接')}</p>
<p>比上一篇早一年：语言模型完全冻结，只训练视觉编码器，把图像编码成“前缀”。可以看作上一篇的前身。</p>
<h3>3. {T('2103.00020')}</h3>
<p>作者：{au('2103.00020', 3)}（ICML 2021）</p>
<p>对比学习的图文预训练，4 亿图文对。零样本分类能力是后面几乎所有文生图工作的基础（文本编码器被大量复用）。这篇太经典了，就不放链接了。</p>
<blockquote><p>小提示：复现零样本分类时，prompt 模板（“a photo of a {{}}”）对结果影响很大，ImageNet 上能差好几个点。</p></blockquote>
<h2>二、扩散模型与图像生成</h2>
<h3>4. {T('2112.10752')}</h3>
<p>作者：{au('2112.10752', 3)}（CVPR 2022）　{go('https://arxiv.org/abs/2112.10752v2', 'https://arxiv.org/abs/2112.10752v2')}</p>
<p>在自编码器的潜空间里做扩散，显存和算力需求大幅下降；交叉注意力做条件控制。现在开源社区用的文生图模型基本都是这个框架。</p>
<h3>5. {T('2106.05931')}</h3>
<p>作者：{au('2106.05931', 3)}（NeurIPS 2021）</p>
<p>同样是“潜空间 + 扩散”的思路，但走的是基于分数的 SDE 路线，VAE 和扩散先验端到端联合训练。和上一篇对比着读很有意思。</p>
<h3>6. {T('2403.03206')}</h3>
<p>作者：{au('2403.03206', 3)}，arXiv:2403.03206（3 月 5 日刚放出）</p>
<p>整流流（rectified flow）+ 双流 Transformer 架构，文中做了很系统的缩放实验。时间步采样用 logit-normal 分布这一点值得注意。</p>
<pre><code class="language-python"># 论文里的 logit-normal 时间步采样，大致是这样
import torch
def sample_t(batch, m=0.0, s=1.0):
    u = torch.randn(batch) * s + m
    return torch.sigmoid(u)
</code></pre>
<h3>7. {T('2211.09800')}</h3>
<p>作者：{au('2211.09800', 3)}（CVPR 2023）</p>
<p>用大语言模型 + 文生图模型自动合成“编辑指令 - 编辑前后图像”三元组，再训练一个条件扩散模型直接按指令改图。数据构造方法比模型本身更有启发。</p>
<h3>8. {T('2303.11328')}</h3>
<p>作者：{au('2303.11328', 3)}（ICCV 2023）</p>
<p>在大规模 3D 数据上微调图像扩散模型，学会相机视角变换，单张图就能生成新视角，进而做 3D 重建。</p>
<h2>三、不是论文但很有用的资料</h2>
<ul>
<li>diffusers 库（软件）：{go('https://github.com/huggingface/diffusers', 'GitHub 仓库')}，几乎所有上面的模型都有现成的 pipeline。</li>
<li>ComfyUI（软件）：节点式的工作流界面，调参很方便。</li>
<li>LAION-5B（数据集）：图文对数据，注意数据清洗和版权问题。</li>
<li>某 UP 主的“论文精读”系列视频（B 站），讲扩散模型那几期很适合入门。</li>
<li>某高校公开课《深度生成模型》（课程），第 8–10 讲是扩散模型。</li>
</ul>
<p>如有错误欢迎在评论区指出，后续会继续更新视频生成方向的论文。</p>"""

COMMENTS = [
    ("码农阿杰", "2024/03/13 09:02", "整理得很清楚！请问潜空间扩散那篇的自编码器是单独预训练的吗？"),
    (AUTHOR, "2024/03/13 10:15", "@码农阿杰 是的，先单独训练 KL 正则或 VQ 正则的自编码器，再固定住训练扩散模型。"),
    ("Lynn_2019", "2024/03/14 22:47", "第 6 篇刚出来就写进来了，速度好快 👍 求更新视频生成部分。"),
]

comments_html = "\n".join(
    f'''        <div class="comment-item" data-id="{2810450 + i * 37}">
          <div class="comment-item__author"><a href="https://my.oschina.net/u/{6000000 + i * 1311}" class="author-name">{n}</a><span class="comment-item__time">{t}</span></div>
          <div class="comment-item__content">{c}</div>
          <div class="comment-item__ops"><a href="javascript:;" class="reply-btn">回复</a> <a href="javascript:;" class="like-btn"><i class="icon thumbs up"></i> {2 - i if i < 2 else 5}</a></div>
        </div>''' for i, (n, t, c) in enumerate(COMMENTS))

text = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>多模态与扩散模型论文速读（2024 年 3 月） - {AUTHOR}的个人空间 - OSCHINA - 中文开源技术交流社区</title>
  <meta name="keywords" content="多模态,扩散模型,论文,文生图,视觉语言模型">
  <meta name="description" content="最近组里在做图文生成相关的项目，顺手把这两个月读过的论文整理成一篇速读笔记。">
  <link rel="canonical" href="https://my.oschina.net/u/{UID}/blog/{BID}">
  <link rel="stylesheet" href="https://static.oschina.net/new-osc/css/blog-detail.css?t=1709882211000">
  <script src="https://static.oschina.net/new-osc/js/utils/jquery-3.5.1.min.js"></script>
</head>
<body class="blog-page">
<header class="osc-header">
  <div class="container">
    <a class="logo" href="https://www.oschina.net/"><img src="https://static.oschina.net/new-osc/img/logo_osc.svg" alt="OSCHINA"></a>
    <nav class="header-nav">
      <a href="https://www.oschina.net/">首页</a>
      <a href="https://www.oschina.net/news">资讯</a>
      <a href="https://www.oschina.net/project">开源项目</a>
      <a href="https://www.oschina.net/blog" class="active">博客</a>
      <a href="https://www.oschina.net/question">问答</a>
      <a href="https://www.oschina.net/tweets">动弹</a>
      <a href="https://gitee.com/">Gitee</a>
      <a href="https://www.oschina.net/event">活动</a>
    </nav>
    <div class="header-search"><input type="text" placeholder="搜索开源项目、博客、问答" aria-label="搜索"></div>
    <div class="header-user"><a href="https://www.oschina.net/home/login">登录</a> <a href="https://www.oschina.net/home/reg">注册</a></div>
  </div>
</header>
<div class="container blog-detail-container">
  <div class="main">
    <div class="article-box">
      <h1 class="article-box__title">多模态与扩散模型论文速读（2024 年 3 月）</h1>
      <div class="article-box__meta">
        <span class="label original">原创</span>
        <a href="https://my.oschina.net/u/{UID}" class="author">{AUTHOR}</a>
        <span class="time">2024/03/12 21:14</span>
        <span class="read">阅读数 1.2K</span>
      </div>
      <div class="article-detail">
        <div class="content" id="articleContent">
{ART}
        </div>
      </div>
      <div class="tags"><a href="https://www.oschina.net/blog/tag/AI">AI</a> <a href="https://www.oschina.net/blog/tag/深度学习">深度学习</a> <a href="https://www.oschina.net/blog/tag/论文">论文</a></div>
      <div class="copyright-box">本文为原创文章，转载请注明出处。本文被以下专区收录：<a href="https://www.oschina.net/group/ai">人工智能</a></div>
      <div class="article-ops"><a href="javascript:;" class="like">赞 (18)</a> <a href="javascript:;" class="collect">收藏 (41)</a> <a href="javascript:;" class="share">分享</a> <a href="javascript:;" class="report">举报</a></div>
    </div>
    <div class="comment-box">
      <h3 class="comment-box__title">评论 ({len(COMMENTS)})</h3>
      <div class="comment-list">
{comments_html}
      </div>
    </div>
  </div>
  <aside class="sidebar">
    <div class="sidebar-box author-card">
      <a href="https://my.oschina.net/u/{UID}"><img src="https://oscimg.oschina.net/oscnet/up-avatar-{UID}.png" alt="{AUTHOR}"></a>
      <div class="name">{AUTHOR}</div>
      <div class="stats">博客 46 · 粉丝 312 · 获赞 905</div>
    </div>
    <div class="sidebar-box">
      <h4>作者的其它热门文章</h4>
      <ul>
        <li><a href="https://my.oschina.net/u/{UID}/blog/10882214">用 Docker 在单机上部署推理服务的踩坑记录</a></li>
        <li><a href="https://my.oschina.net/u/{UID}/blog/10531077">PyTorch 显存占用分析工具小结</a></li>
        <li><a href="https://my.oschina.net/u/{UID}/blog/10204619">论文阅读笔记模板（Obsidian 版）</a></li>
      </ul>
    </div>
    <div class="sidebar-box">
      <h4>推荐阅读</h4>
      <ul>
        <li><a href="https://my.oschina.net/u/4401234/blog/11022871">一文看懂文生图模型的推理加速方案</a></li>
        <li><a href="https://my.oschina.net/u/3859945/blog/10996542">开源大模型周报 第 21 期</a></li>
        <li><a href="https://www.oschina.net/news/281733">某开源社区发布新版图像生成工具箱</a></li>
      </ul>
    </div>
  </aside>
</div>
<footer class="osc-footer">
  <div class="container">
    <p><a href="https://www.oschina.net/home/aboutosc">关于我们</a> · <a href="https://www.oschina.net/home/contact">联系我们</a> · <a href="https://www.oschina.net/question/ask">反馈建议</a></p>
    <p>© OSCHINA(OSChina.NET) 中文开源技术交流社区</p>
  </div>
</footer>
<script src="https://static.oschina.net/new-osc/js/blog-detail.js?t=1709882211000"></script>
</body>
</html>
"""
write_only(F, text, keys(F))
