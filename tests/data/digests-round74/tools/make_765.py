#!/usr/bin/env python3
"""765: a saved Douban 日记 (note) page, https://www.douban.com/note/<id>/: global nav (db-global-nav), site nav,
`note-container` with `note-header` (h1, note-author, pub-date, IP 属地), the note body in `#link-report` with
`<p data-align="">` paragraphs, external links rewritten through `https://www.douban.com/link2/?url=<percent-encoded>`
with the pasted URL as link text, copyright line, sns-bar, 回应 (comment-item) list, the aside and the footer. A Chinese
note on LLM inference, quantisation and fine-tuning."""
import os, sys, html
from urllib.parse import quote, unquote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, write_only
from make_expected import by_num, keys

F = by_num(765)
E = html.escape
NID = "861247305"


def L(u):
    return f'<a href="https://www.douban.com/link2/?url={quote(u, safe="")}" target="_blank" rel="nofollow noopener noreferrer">{E(u)}</a>'


def p(s):
    return f'<p data-align="">{s}</p>'


A = lambda k: f"https://arxiv.org/abs/{k}"
body = "\n".join([
    p("年初组里开始做端侧部署，被迫把推理加速这块的论文系统过了一遍。记在这里，一是给自己备忘，二是有朋友问起时可以直接甩链接。按“解码—量化—微调”的顺序写，顺带补了两篇老文章。"),
    '<h2>一、解码：一次多吐几个 token</h2>',
    p(f"<strong>{E(T('2211.17192'))}</strong><br>{E(au('2211.17192', 3))}<br>{L(A('2211.17192'))}"),
    p("小模型先猜若干个 token，大模型一次前向并行验证，输出分布与原模型完全一致。我们在 7B/68M 的组合上实测大概 2.1 倍，瓶颈在草稿模型的接受率。"),
    p(f"<strong>{E(T('2008.07905'))}</strong><br>{E(au('2008.07905', 3))}<br>"
      f"{L('https://openreview.net/forum?id=' + CAT['2008.07905']['openreview_id'])}"),
    p("非自回归翻译的老文章，思路是训练时按当前预测质量决定“看”多少目标词。跟上面那篇放在一起读，能更好理解“并行生成”这条线。OpenReview 上有审稿意见，挺有意思。"),
    p(f"采样策略我还是推荐重读 <strong>{E(T('1904.09751'))}</strong>（{E(au('1904.09751', 2))}），top-p 就是从这里来的；链接懒得找了，搜标题就有。"),
    '<h2>二、量化：省显存也省带宽</h2>',
    p(f"<strong>{E(T('2208.07339'))}</strong><br>{E(au('2208.07339', 3))}<br>{L(A('2208.07339'))}"),
    p("核心观察是激活里的离群维度，把它们单独用 fp16 算，其余 int8。bitsandbytes 这个库（软件，不是论文）就是它的实现，<code>load_in_8bit=True</code> 一行搞定。"),
    p(f"另一篇必读是 <strong>{E(T('2210.17323'))}</strong>（{E(au('2210.17323', 2))}），逐层用二阶信息做 3/4 bit 权重量化。我们实际用的是 AutoGPTQ 的实现（GitHub 仓库，不算论文）。"),
    p(f"混合精度训练的老文章顺便也看了：{E(T('1710.03740'))}，arXiv:1710.03740。loss scaling 那一节到今天还有用。"),
    '<h2>三、微调：参数高效</h2>',
    p(f"<strong>{E(T('2402.09353'))}</strong><br>{E(au('2402.09353', 3))}<br>{L(A('2402.09353'))}"),
    p("把权重拆成幅度和方向，方向部分用低秩更新。实验上比普通低秩适配稳定一些，但我们的小数据集上差别不大。"),
    p(f"想搞清楚各种 PEFT 方法之间的关系，推荐 <strong>{E(T('2110.04366'))}</strong>（{E(au('2110.04366', 2))}），把 adapter、prefix tuning 等统一到一个框架里。"),
    '<h2>四、其他资料（都不是论文）</h2>',
    '<ul><li>Hugging Face 的 PEFT 文档和 TRL 库</li><li>vLLM 的 PagedAttention 博客文章（博客）</li>'
    '<li>B 站上某位 UP 主的“大模型推理优化”系列视频（视频）</li><li>Open LLM Leaderboard（排行榜）只看个大概</li></ul>',
    p("以上，欢迎指正。下一篇写 KV cache 压缩，先挖个坑。"),
])

comments = [
    ("阿橙", "orange_dev", "2024-03-06 09:12:33", "上海", "收藏了！投机解码那个 2.1 倍是 batch=1 吗？"),
    ("Kiwi_Lin", "kiwilin", "2024-03-06 10:47:02", "北京", "回复 阿橙：是的，batch 大了收益会明显下降，作者后面还有一篇讲这个。"),
    ("不想加班的周五", "friday_nope", "2024-03-06 21:30:18", "广东", "int8 那个在 V100 上是不是不太行……我们试的时候反而变慢了"),
    ("Kiwi_Lin", "kiwilin", "2024-03-06 22:05:51", "北京", "回复 不想加班的周五：对，要 Turing 以后的卡才有 int8 tensor core，V100 上慢是正常的。"),
    ("momo", "momo_reads", "2024-03-07 08:02:44", "浙江", "求 KV cache 那篇快点更 🙏"),
]
cm = "\n".join(f"""<div class="comment-item" id="{2914430000 + i * 37}" data-cid="{2914430000 + i * 37}" data-target_type="note">
  <div class="pic"><a href="https://www.douban.com/people/{uid}/"><img src="https://img1.doubanio.com/icon/u{uid}-{i + 3}.jpg" width="48" height="48" alt="{E(n)}"></a></div>
  <div class="content report-comment">
    <div class="author"><a href="https://www.douban.com/people/{uid}/" class="">{E(n)}</a> <span class="pubtime">{t}</span> <span class="ip-location">{loc}</span></div>
    <p class="comment-content">{E(c)}</p>
    <div class="op-lnks"><a href="javascript:void(0);" class="comment-vote">赞</a> <a href="javascript:void(0);" class="comment-reply">回应</a></div>
  </div>
</div>""" for i, (n, uid, t, loc, c) in enumerate(comments))

text = f"""<!DOCTYPE html>
<html lang="zh-CN" class="ua-windows ua-webkit">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="renderer" content="webkit">
    <meta name="referrer" content="always">
    <title>
        大模型推理加速论文笔记：解码、量化、微调
</title>
    <meta name="keywords" content="大模型,推理,量化,微调,日记">
    <meta name="description" content="年初组里开始做端侧部署，被迫把推理加速这块的论文系统过了一遍。">
    <meta property="og:title" content="大模型推理加速论文笔记：解码、量化、微调">
    <meta property="og:url" content="https://www.douban.com/note/{NID}/">
    <meta property="og:site_name" content="豆瓣">
    <link href="https://img1.doubanio.com/f/vendors/e3b9a8e7b5c1c2c0e5f8a1d3c6b2e9f4a7d0c1b3/css/douban.css" rel="stylesheet" type="text/css">
    <link href="https://img1.doubanio.com/f/sns/4c2e1d0b7a9f8e6d5c3b2a1f0e9d8c7b6a5f4e3d/css/sns/note.css" rel="stylesheet" type="text/css">
    <script>var _head_start = new Date();</script>
</head>
<body>
<div id="db-global-nav" class="global-nav">
  <div class="bd">
    <div class="top-nav-info"><a href="https://accounts.douban.com/passport/login?source=main" class="nav-login" rel="nofollow">登录/注册</a></div>
    <div class="top-nav-doubanapp"><a href="https://www.douban.com/doubanapp/app?channel=top-nav" class="lnk-doubanapp">下载豆瓣客户端</a></div>
    <div class="global-nav-items">
      <ul>
        <li class="on"><a href="https://www.douban.com" data-moreurl-dict='{{"from":"top-nav-click-main","uid":"0"}}'>豆瓣</a></li>
        <li><a href="https://book.douban.com" target="_blank">读书</a></li>
        <li><a href="https://movie.douban.com" target="_blank">电影</a></li>
        <li><a href="https://music.douban.com" target="_blank">音乐</a></li>
        <li><a href="https://www.douban.com/location" target="_blank">同城</a></li>
        <li><a href="https://www.douban.com/group" target="_blank">小组</a></li>
        <li><a href="https://read.douban.com" target="_blank">阅读</a></li>
        <li><a href="https://fm.douban.com" target="_blank">FM</a></li>
        <li><a href="https://time.douban.com" target="_blank">时间</a></li>
        <li><a href="https://market.douban.com" target="_blank">豆品</a></li>
      </ul>
    </div>
  </div>
</div>
<div id="db-nav-sns" class="nav">
  <div class="nav-wrap"><div class="nav-primary">
    <div class="nav-logo"><a href="https://www.douban.com">豆瓣社区</a></div>
    <div class="nav-search"><form action="https://www.douban.com/search" method="get"><input type="text" name="q" size="22" maxlength="60" placeholder="搜索你感兴趣的内容和人..." value=""><input class="bn-srh" type="submit" value="搜索"></form></div>
    <div class="nav-items"><ul><li><a href="https://www.douban.com/">首页</a></li><li><a href="https://www.douban.com/mine/">我的豆瓣</a></li><li><a href="https://www.douban.com/explore/">浏览发现</a></li><li><a href="https://www.douban.com/gallery/">话题广场</a></li></ul></div>
  </div></div>
</div>
<div id="wrapper">
<div id="content">
<div class="grid-16-8 clearfix">
<div class="article">
<div class="note-container" id="note-{NID}" data-url="https://www.douban.com/note/{NID}/">
  <div class="note-header note-header-container">
    <h1>大模型推理加速论文笔记：解码、量化、微调</h1>
    <div>
      <a href="https://www.douban.com/people/kiwilin/" class="note-author">Kiwi_Lin</a>
      <span class="pub-date">2024-03-05 22:41:07</span>
      <span class="ip-location">北京</span>
    </div>
  </div>
  <div id="link-report" class="note">
{body}
  </div>
  <div class="copyright">© 本文版权归作者 <a href="https://www.douban.com/people/kiwilin/">Kiwi_Lin</a> 所有，任何形式转载请联系作者。</div>
  <div class="sns-bar">
    <div class="sns-bar-fav"><a href="javascript:void(0);" class="fav-add btn-fav">赞</a> <span class="fav-num">128</span></div>
    <div class="sns-bar-rec"><a href="javascript:void(0);" class="collect-btn">收藏</a> <span class="collect-num">317</span> <a href="javascript:void(0);" class="rec-sec">转发</a> <span class="rec-num">24</span></div>
  </div>
</div>
<div id="comments" class="comment-list">
<h2 class="section-title">回应 <span class="count">({len(comments)})</span></h2>
{cm}
</div>
</div>
<div class="aside">
  <div class="mod"><h2>Kiwi_Lin的最新日记 &nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;·&nbsp;· <span class="pl">&nbsp;(<a href="https://www.douban.com/people/kiwilin/notes">全部</a>)</span></h2>
    <ul class="note-list">
      <li><a href="https://www.douban.com/note/860533112/">春节回家被问“你到底做什么的”</a></li>
      <li><a href="https://www.douban.com/note/857916020/">2023 年读过的书（非技术）</a></li>
      <li><a href="https://www.douban.com/note/855004871/">在家搭了一台 4090 工作站的记录</a></li>
    </ul>
  </div>
  <div class="mod ad-mod" id="dale_note_right_top"><span class="ad-label">广告</span><a href="https://www.douban.com/link2/?url=https%3A%2F%2Fads.example.com%2Fcloud-gpu" rel="nofollow">云端 GPU 限时 5 折 · 新用户专享</a></div>
</div>
</div>
</div>
<div id="footer">
  <span id="icp" class="fleft gray-link">© 2005－2024 douban.com, all rights reserved 北京豆网科技有限公司</span>
  <span class="fright"><a href="https://www.douban.com/about">关于豆瓣</a> · <a href="https://www.douban.com/jobs">在豆瓣工作</a> · <a href="https://www.douban.com/about?topic=contactus">联系我们</a> · <a href="https://www.douban.com/about/legal">法律声明</a> · <a href="https://help.douban.com/?app=main" target="_blank">帮助中心</a> · <a href="https://www.douban.com/doubanapp/">移动应用</a></span>
</div>
</div>
</body>
</html>
"""
write_only(F, text, keys(F), [html.unescape(unquote(text))])
