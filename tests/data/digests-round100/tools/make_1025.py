#!/usr/bin/env python3
"""1025: an article of the Tencent Cloud developer community (cloud.tencent.com/developer/article/…, 腾讯云开发者社区)
— a Chinese engineer's annotated reading list from CLIP to SD3, first published on his own blog and synced to the
community — saved from the browser as "网页，仅 HTML": doctype, `lang="zh-CN"`, UTF-8, `<title>` = the article title +
`-腾讯云开发者社区-腾讯云`, keywords / description, canonical `/developer/article/<7 digits>`; the community header
(文档 / 建议反馈 / 控制台 / 登录/注册, 首页 / 学习 / 活动 / 专区 / 工具 / TVP), the breadcrumb (社区首页 > 专栏 > column >
正文), the h1, the author line (关注, 发布于 YYYY-MM-DD hh:mm:ss, 阅读, likes), 本文被收录于专栏, the Markdown-rendered body
(h2 sections 一、二、三…, paragraphs with 《》 around titles, lists, a blockquote, a code block, images on
ask.qcloudimg.com/http-save/yehe-<user id>/), the source box (原始发表, 本文分享自 作者个人站点/博客, 前往查看), the
自媒体同步曝光计划 statement, tags, the empty comment box, related articles and the footer. The author, his ids and the
related articles are invented.

Papers: two arXiv abs URLs and two pdf URLs as links (one written as its own link text), one `arXiv:ID` in prose
(arxiv-text), three titles only in 《》 inside sentences. Not papers: the CompVis, Stability and Zero123 repositories,
the diffusers documentation, a Bilibili video, the Hugging Face model page; nicknames (SD, SD3, MMDiT, LDM, CLIP,
Frozen, SimCLR, LSGM, Zero123, IP2P) are not labelled alone."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1025)
K = dict(ldm="2112.10752", sd3="2403.03206", clip="2103.00020", zero123="2303.11328", ip2p="2211.09800",
         lsgm="2106.05931", frozen="2106.13884", simclr="2002.05709")
e = html.escape
ART = "2401386"
YEHE = "yehe-8210437"
TITLE = "从 CLIP 到 SD3：多模态与扩散生成论文精读清单（附代码）"
COLUMN = "AI 绘画与多模态笔记"
AUTHOR = "林清一"
PUB, ORIG = "2024-07-02 19:42:15", "2024-07-01"


def a(url, text=None):
    return f'<a href="{e(url)}" target="_blank" rel="nofollow noopener noreferrer">{e(text or url)}</a>'


def img(h, alt):
    return f'<figure class=""><div class="rno-markdown-img-url" style="text-align:center"><div class="rno-markdown-img-url-inner" style="width:100%"><div style="width:100%"><img src="https://ask.qcloudimg.com/http-save/{YEHE}/{h}.png" alt="{e(alt)}" /></div></div></div></figure>'


body = [
    f"<p>最近组里在做一个文生图加图像编辑的小项目，我顺手把这半年读过的论文按“先打地基、再看生成、最后做编辑和 3D”的顺序整理了一遍。"
    f"每篇都写了一两句我自己的理解和代码链接，代码都是官方或者社区常用的实现。原文发在我的个人博客，这里同步一份。</p>",
    "<h2 id=\"1\">一、表征学习打底</h2>",
    f"<p>对比学习的入门我还是推荐 SimCLR，也就是《{e(T(K['simclr']))}》：两次数据增强、一个投影头、大 batch，思路非常干净，"
    "后面 CLIP 的 InfoNCE 损失和它一脉相承。</p>",
    f"<p><strong>CLIP</strong>：{a('https://arxiv.org/abs/' + K['clip'], T(K['clip']))}。4 亿图文对的对比学习，"
    "零样本分类只是副产品，真正影响大的是它的文本编码器后来成了几乎所有文生图模型的条件输入。</p>",
    f"<p>再往后可以看 DeepMind 的 Frozen，《{e(T(K['frozen']))}》。语言模型完全冻结，只训练视觉编码器把图像变成“前缀”，"
    "少样本能力直接继承自语言模型——这个思路后来在很多多模态大模型里都能看到。</p>",
    img("3f0a9c6d2b41e8f7a5c0d9b1e2f3a4b5", "CLIP 对比学习示意图"),
    "<h2 id=\"2\">二、扩散生成</h2>",
    f"<p>在读 Stable Diffusion 之前，建议先看一眼 NVIDIA 的 LSGM（《{e(T(K['lsgm'])).replace('Modeling in', 'Modeling  in')}》），"
    "它最早系统地讨论了在 VAE 的潜空间里做扩散/分数模型，理论比较重，第 3 节看懂即可。</p>",
    "<ol>",
    f"<li><strong>LDM / Stable Diffusion</strong>：《{e(T(K['ldm']))}》<br/>论文：{a('https://arxiv.org/abs/' + K['ldm'])}"
    f"<br/>代码：{a('https://github.com/CompVis/stable-diffusion', 'CompVis/stable-diffusion')}<br/>"
    "核心就两点：先用自编码器把图像压到 8 倍下采样的潜空间，再在潜空间里用交叉注意力接入文本条件。</li>",
    f"<li><strong>SD3</strong>：《{e(T(K['sd3']))}》<br/>论文 PDF：{a('https://arxiv.org/pdf/' + K['sd3'] + '.pdf', 'arxiv.org/pdf/' + K['sd3'])}"
    "<br/>Rectified Flow + MMDiT，文本和图像两路 token 各自一套权重、一起做注意力。报告里的缩放实验很有参考价值。</li>",
    "</ol>",
    "<blockquote><p>小提示：diffusers 文档里 StableDiffusion3Pipeline 那一页把调度器和三个文本编码器的关系讲得很清楚，"
    "比直接看论文附录省时间。</p></blockquote>",
    "<pre><code class=\"language-python\">from diffusers import StableDiffusion3Pipeline\n"
    "pipe = StableDiffusion3Pipeline.from_pretrained(\n"
    "    \"stabilityai/stable-diffusion-3-medium-diffusers\", torch_dtype=torch.float16)\n"
    "image = pipe(\"a cat reading a paper\", num_inference_steps=28).images[0]</code></pre>",
    "<h2 id=\"3\">三、编辑与 3D</h2>",
    f"<p>图像编辑推荐 InstructPix2Pix（arXiv:{K['ip2p']}），完整标题是《{e(T(K['ip2p']))}》。"
    "用 GPT-3 + Prompt-to-Prompt 合成了几十万条“编辑指令—前后图像”数据，然后直接训练一个条件扩散模型，推理时一句话就能改图。</p>",
    f"<p>3D 方向看 {a('https://arxiv.org/pdf/' + K['zero123'], T(K['zero123']))}：在 SD 上微调相机视角条件，"
    "单张图就能生成新视角，后面很多图生 3D 的工作都以它为基础。代码："
    f"{a('https://github.com/cvlab-columbia/zero123', 'cvlab-columbia/zero123')}。</p>",
    img("9b2c4e6f8a0d1c3e5f7a9b1d3c5e7f90", "Zero123 新视角生成效果"),
    "<h2 id=\"4\">四、其他资料</h2>",
    "<ul>",
    f"<li>B 站上有一个把 LDM 代码逐行讲解的系列视频，搜“Stable Diffusion 源码解读”即可，适合配合代码看。</li>",
    f"<li>Hugging Face 上的 {a('https://huggingface.co/stabilityai/stable-diffusion-3-medium', 'stable-diffusion-3-medium')} "
    "模型页（需要同意协议才能下载权重）。</li>",
    "</ul>",
    "<p>如果大家有觉得必读但我漏掉的，欢迎在评论区补充，我会陆续更新。</p>",
]
related = ["Stable Diffusion 3 本地部署踩坑记录", "多模态大模型入门：从图文检索到视觉问答", "扩散模型采样加速方法小结",
           "用 LoRA 微调文生图模型的一些经验", "3D 生成综述阅读笔记（上）"]
nav = ["首页", "学习", "活动", "专区", "工具", "TVP", "最新优惠活动"]
page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)}-腾讯云开发者社区-腾讯云</title>
<meta name="keywords" content="扩散模型,多模态,Stable Diffusion,CLIP,论文笔记">
<meta name="description" content="最近组里在做一个文生图加图像编辑的小项目，我顺手把这半年读过的论文按先打地基、再看生成、最后做编辑和 3D 的顺序整理了一遍。">
<link rel="canonical" href="https://cloud.tencent.com/developer/article/{ART}">
<link rel="stylesheet" href="https://cloudcache.tencent-cloud.com/qcloud/developer/community/css/article.3c9f1e.css">
</head>
<body>
<div class="cdc-header">
<div class="cdc-header__inner">
<a class="cdc-header__logo" href="https://cloud.tencent.com/developer">腾讯云开发者社区</a>
<ul class="cdc-header__nav">
{chr(10).join(f'<li><a href="https://cloud.tencent.com/developer">{x}</a></li>' for x in nav)}
</ul>
<div class="cdc-header__right"><a href="https://cloud.tencent.com/document/product">文档</a><a href="https://cloud.tencent.com/developer/support-plan">建议反馈</a><a href="https://console.cloud.tencent.com/">控制台</a><a class="cdc-btn-login" href="https://cloud.tencent.com/login">登录/注册</a></div>
</div>
</div>
<div class="cdc-layout">
<div class="cdc-crumb"><a href="https://cloud.tencent.com/developer">社区首页</a> &gt; <a href="https://cloud.tencent.com/developer/column">专栏</a> &gt; <a href="https://cloud.tencent.com/developer/column/104127">{e(COLUMN)}</a> &gt; 正文</div>
<div class="cdc-article">
<h1 class="cdc-article__title">{e(TITLE)}</h1>
<div class="cdc-article__info"><span class="cdc-avatar">作者头像</span><a class="cdc-article__author" href="https://cloud.tencent.com/developer/user/8210437">{AUTHOR}</a><button class="cdc-btn-follow">关注</button><span class="cdc-article__time">发布于 {PUB}</span><span class="cdc-article__views">阅读 1.3K</span><span class="cdc-article__likes">12</span></div>
<div class="cdc-article__column">本文被收录于专栏：<a href="https://cloud.tencent.com/developer/column/104127">{e(COLUMN)}</a></div>
<div class="cdc-article__body">
<div class="rno-markdown">
{chr(10).join(body)}
</div>
</div>
<div class="cdc-article__source">原始发表：{ORIG}<br>本文分享自 作者个人站点/博客 <a href="https://linqingyi.example.cn/posts/clip-to-sd3/" target="_blank">前往查看</a></div>
<div class="cdc-article__statement">本文参与 <a href="https://cloud.tencent.com/developer/support-plan">腾讯云自媒体同步曝光计划</a>，欢迎热爱写作的你一起参与！</div>
<div class="cdc-tag"><span>图像处理</span><span>机器学习</span><span>深度学习</span><span>AIGC</span></div>
</div>
<div class="cdc-comment"><div class="cdc-comment__title">评论</div><div class="cdc-comment__login">登录后参与评论</div><div class="cdc-comment__count">0 条评论</div><div class="cdc-comment__sort">热度 最新</div></div>
<div class="cdc-recommend"><div class="cdc-recommend__title">相关文章</div>
<ul>
{chr(10).join(f'<li><a href="https://cloud.tencent.com/developer/article/{2398765 + 37 * i}">{e(t)}</a></li>' for i, t in enumerate(related))}
</ul>
</div>
</div>
<div class="cdc-footer">
<div class="cdc-footer__links"><a href="https://cloud.tencent.com/developer">社区</a><a href="https://cloud.tencent.com/developer/column">专栏文章</a><a href="https://cloud.tencent.com/developer/ask">问答</a><a href="https://cloud.tencent.com/developer/salon">沙龙</a></div>
<div class="cdc-footer__copyright">Copyright © 2013 - 2024 Tencent Cloud. All Rights Reserved. 腾讯云 版权所有</div>
</div>
</body>
</html>
"""
write_only(F, page, keys(F), forms=(html.unescape(page),))
