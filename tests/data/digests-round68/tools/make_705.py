#!/usr/bin/env python3
"""705: a SegmentFault 思否 article page (segmentfault.com/a/<id>) as saved from the browser: the site's header and
nav, the article head (title, author card, 发布于 date, 阅读 count, tags as /t/<tag> links), the article body in
`article fmt article-content` (h2 / h3 with ids, p, blockquote, ul, pre><code, table), external links rewritten
through the https://link.segmentfault.com/?enc=… redirect with the original URL as the anchor text, then 赞 / 收藏,
相关推荐 (other posts), 评论 and the footer with the ICP line. Chinese notes on RL as sequence modelling, AutoML and
contrastive learning."""
import base64, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import F705, keys, AGZ


def e(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def ext(u, text=None):
    enc = base64.urlsafe_b64encode(hashlib.sha256(u.encode()).digest()).decode().rstrip("=")[:32] + "%3D%3D." + hashlib.md5(u.encode()).hexdigest()[:40]
    return f'<a href="https://link.segmentfault.com/?enc={enc}" rel="nofollow" target="_blank">{e(text or u)}</a>'


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" 等" if len(a) > n else "")


AID = "1190000044718532"
title = "强化学习遇上序列建模与自监督：一份组会论文笔记（附复现踩坑）"
body = f"""<p>这是我们组 3 月组会的读书笔记整理，主题有三块：<strong>把强化学习当作序列建模</strong>、<strong>自动化机器学习 / 算法搜索</strong>、<strong>对比式自监督学习</strong>。每篇给出完整标题、作者和我们讨论的要点，方便大家按图索骥。</p>
<blockquote><p>说明：文中“论文”只指下面列出的几篇；GitHub 仓库、博客和课程放在文末“其他资料”里，它们不是论文。</p></blockquote>
<h2 id="item-1">一、强化学习即序列建模</h2>
<h3 id="item-1-1">1. {e(T('2106.01345'))}</h3>
<p>作者：{e(au('2106.01345'))}（NeurIPS 2021）。<br>论文地址：{ext('https://arxiv.org/abs/2106.01345')}</p>
<p>核心是把 (return-to-go, state, action) 三元组串成序列，用 GPT 式的因果 Transformer 直接预测动作，不做价值函数的 bootstrapping。我们在 D4RL 的 hopper-medium 上复现，分数和论文差 2 分左右，主要差在 context length。</p>
<pre><code class="lang-python">rtg = returns[::-1].cumsum()[::-1]  # return-to-go
tokens = interleave(rtg, states, actions)
logits = model(tokens)[:, 1::3]   # 只在 state token 之后预测动作
</code></pre>
<h3 id="item-1-2">2. {e(T('2106.02039'))}</h3>
<p>作者：{e(au('2106.02039'))}。PDF：{ext('https://arxiv.org/pdf/2106.02039.pdf')}</p>
<p>和上一篇同期，思路更“模型化”：离散化后用 beam search 规划。组会上大家争论最多的是它和基于模型的 RL 的关系。</p>
<h3 id="item-1-3">3. {e(T(AGZ))}</h3>
<p>作者：{e(au(AGZ))}（Nature 2017）。没有 arXiv 版本，PDF 在组里的网盘里。作为“经典对照”读：纯自我对弈 + MCTS，没有任何人类棋谱。</p>
<h2 id="item-2">二、AutoML 与算法搜索</h2>
<h3 id="item-2-1">4. {e(T('2101.08809'))}</h3>
<p>作者：{e(au('2101.08809'))}。编号 arXiv:2101.08809（NeurIPS 2020）。把搜索空间写成可变的符号化 Python 对象，搜索算法和模型代码解耦。</p>
<h3 id="item-2-2">5. {e(T('2101.03958'))}</h3>
<p>作者：{e(au('2101.03958'))}（ICLR 2021）。用进化搜索在计算图空间里找新的 RL 损失函数，找到的 DQN 变体在 Atari 上泛化不错。这篇我们没放链接，组里同学说正式版和预印本的实验表不一样，以会议版为准。</p>
<table>
<thead><tr><th>论文</th><th>搜索对象</th><th>组会评分</th></tr></thead>
<tbody>
<tr><td>第 4 篇</td><td>任意 ML 程序的超参数 / 结构</td><td>★★★★</td></tr>
<tr><td>第 5 篇</td><td>RL 损失函数（计算图）</td><td>★★★☆</td></tr>
</tbody>
</table>
<h2 id="item-3">三、对比式自监督学习</h2>
<h3 id="item-3-1">6. {e(T('1807.03748'))}</h3>
<p>作者：{e(au('1807.03748'))}。链接：{ext('https://arxiv.org/abs/1807.03748')}。InfoNCE 损失的出处，必读。</p>
<h3 id="item-3-2">7. {e(T('2010.04592'))}</h3>
<p>作者：{e(au('2010.04592'))}（ICLR 2021）。在负样本分布上做重要性加权，把“难负样本”挑出来；实现只要改几行损失函数。</p>
<h3 id="item-3-3">8. {e(T('2006.05576'))}</h3>
<p>作者：{e(au('2006.05576'))}（ICLR 2021）。从多视角信息论的角度解释对比学习与预测式学习。OpenReview 讨论很值得看：{ext('https://openreview.net/forum?id=' + OR('2006.05576'))}</p>
<h2 id="item-4">其他资料（不是论文）</h2>
<ul>
<li>{ext('https://github.com/kzl/decision-transformer', 'kzl/decision-transformer')} —— 官方代码仓库</li>
<li>{ext('https://github.com/google/pyglove', 'google/pyglove')} —— 开源库</li>
<li>David Silver 的 UCL 强化学习课程（B 站有搬运）</li>
<li>Lilian Weng 的博客文章 “Contrastive Representation Learning”</li>
<li>D4RL 数据集与 Atari 57 基准</li>
</ul>
<p>复现代码整理好之后会放到组里的 Gitee 上，欢迎在评论区交流踩坑经验。</p>
"""
page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(title)} - SegmentFault 思否</title><meta name="description" content="这是我们组 3 月组会的读书笔记整理，主题有三块：把强化学习当作序列建模、自动化机器学习 / 算法搜索、对比式自监督学习。"/><meta name="keywords" content="强化学习,机器学习,深度学习,论文"/><link rel="canonical" href="https://segmentfault.com/a/{AID}"/><link rel="icon" href="https://static.segmentfault.com/main_site_next/favicon.ico"/></head>
<body class="bg-white"><div id="__next">
<header class="header"><nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="https://static.segmentfault.com/main_site_next/logo.svg" alt="SegmentFault 思否" width="120" height="26"/></a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/questions">问答</a></li><li class="nav-item"><a class="nav-link" href="/blogs">专栏</a></li><li class="nav-item"><a class="nav-link" href="/events">活动</a></li><li class="nav-item"><a class="nav-link" href="/learn">课程</a></li></ul>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="搜索"/></form><a class="btn btn-primary" href="/user/login">注册登录</a></div></nav></header>
<main class="container my-4"><div class="row"><div class="col-md-9">
<div class="card"><div class="card-body">
<h1 class="h2 mb-3"><a class="link-dark" href="/a/{AID}">{e(title)}</a></h1>
<div class="d-flex align-items-center mb-3"><a href="/u/lanshan_rl"><img class="rounded-circle" src="https://avatar-static.segmentfault.com/410/893/410893321-5f7e_big64" alt="蓝山RL" width="32" height="32"/></a>
<div class="ms-2"><a class="fw-bold" href="/u/lanshan_rl">蓝山RL</a><div class="text-secondary small">发布于 2024-03-09 21:14 · 阅读 1.6k</div></div><a class="btn btn-outline-primary btn-sm ms-auto" href="/u/lanshan_rl">关注作者</a></div>
<div class="mb-3"><a class="badge-tag" href="/t/强化学习">强化学习</a> <a class="badge-tag" href="/t/机器学习">机器学习</a> <a class="badge-tag" href="/t/深度学习">深度学习</a> <a class="badge-tag" href="/t/论文">论文</a></div>
<article class="article fmt article-content" data-id="{AID}">
{body}</article>
<div class="d-flex justify-content-center my-4"><button type="button" class="btn btn-outline-primary">赞 27</button> <button type="button" class="btn btn-outline-secondary ms-2">收藏 41</button> <button type="button" class="btn btn-outline-secondary ms-2">分享</button></div>
<p class="text-secondary small">本作品系原创，采用《署名-非商业性使用-禁止演绎 4.0 国际》许可协议</p>
</div></div>
<div class="card mt-4"><div class="card-body"><h2 class="h5">评论 3</h2>
<div class="comment"><a href="/u/xiaoyu_2021">小雨同学</a><p>请问 hopper 上差 2 分是用的官方超参吗？我们 context 设成 20 反而更差。</p><span class="text-secondary small">2024-03-10 09:31</span></div>
<div class="comment"><a href="/u/lanshan_rl">蓝山RL</a><p>@小雨同学 官方超参，context 20。换成 30 后差距缩小到 0.5 左右，但显存占用翻倍。</p><span class="text-secondary small">2024-03-10 12:02</span></div>
<div class="comment"><a href="/u/wuming_ml">无名ML</a><p>第 5 篇的会议版和预印本确实不一样，附录里的损失函数编号对不上，踩过坑 +1。</p><span class="text-secondary small">2024-03-11 23:47</span></div>
</div></div>
</div>
<aside class="col-md-3"><div class="card"><div class="card-body"><h2 class="h6">相关推荐</h2><ul class="list-unstyled small">
<li><a href="/a/1190000044690211">从零实现 PPO：一步步写出可以跑通 CartPole 的代码</a></li>
<li><a href="/a/1190000044655830">PyTorch 分布式训练踩坑合集（DDP / FSDP）</a></li>
<li><a href="/a/1190000044610477">对比学习入门：数据增强流水线的工程实现</a></li>
<li><a href="/a/1190000044588123">用 Ray Tune 做超参搜索的五个技巧</a></li>
</ul></div></div>
<div class="card mt-3"><div class="card-body small text-secondary"><span class="badge bg-light text-dark">广告</span> 思否技术大会 2024 · 开发者报名通道已开启</div></div></aside>
</div></main>
<footer class="footer bg-dark text-light py-4"><div class="container small"><p>© 2024 SegmentFault 思否 · <a href="/about">关于我们</a> · <a href="/contact">联系我们</a> · <a href="/feedback">意见反馈</a></p><p>浙ICP备00000000号-1 · 浙公网安备 00000000000000 号</p></div></footer>
</div></body></html>
"""
import html
write_only(F705, page, keys(F705), forms=[html.unescape(page)])
