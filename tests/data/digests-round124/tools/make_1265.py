#!/usr/bin/env python3
"""1265: a post with comments on an emlog blog (default template, Simplified Chinese), saved from the browser as HTML:
emlog's head (generator meta, RSD and RSS links), #header / #nav / #contentleft, the post's date line as the template
prints it (`发布于：2024-1-6 21:30 Saturday`, PHP's `Y-n-j G:i l`), tag links with percent-encoded Chinese, the
previous / next links, #comments with nested replies (`comment comment-children`), the comment form, and the footer
with the ICP filing number. Papers: arXiv abs / pdf links (one in the owner's reply), an `arXiv:` id, titles alone
(one with its Nature DOI link); a textbook, a repository, a dataset, a course and an online tool are not papers."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1265, keys, ALPHAFOLD

E = lambda s: html.escape(s, quote=False)
HOST = "https://blog.lixiaoyu.example.cn"
BLOG, SUB = "小宇的炼丹笔记", "记录读过的论文和踩过的坑"
TITLE = "2023 年读过的几篇“跨界”论文：图、物理、语音和检索"
POST = dt.datetime(2024, 1, 6, 21, 30)
GID = 214
tags = ["论文", "图神经网络", "科学计算", "年终总结"]
body = f"""<p>这一年主业还是做 NLP，但读了不少“隔壁领域”的论文。挑几篇印象最深的记一下，按领域分。</p>
<h3>一、图</h3>
<p><a href="https://arxiv.org/abs/2106.05234" target="_blank">{E(T('2106.05234'))}</a>（Graphormer）。把图结构编码成注意力的偏置，在 OGB-LSC 上拿了第一。读完最大的感受是：位置编码设计得好，Transformer 在图上也能打。</p>
<h3>二、科学计算</h3>
<p><a href="https://arxiv.org/abs/2010.08895" target="_blank">{E(T('2010.08895'))}</a>。在傅里叶空间里学算子，分辨率无关。配套的代码和数据在 neuraloperator 仓库里。</p>
<p>{E(ALPHAFOLD)}，Nature 2021，<a href="https://doi.org/10.1038/s41586-021-03819-2" target="_blank">DOI 链接</a>。不用多说，补充材料比正文长得多，建议先看图 1。</p>
<h3>三、语音</h3>
<p><a href="https://arxiv.org/pdf/2106.07447.pdf" target="_blank">{E(T('2106.07447'))}</a>。离线聚类得到伪标签再做掩码预测，思路和 BERT 很像。中文语音可以试试 WenetSpeech 数据集。</p>
<h3>四、检索与其他</h3>
<p>{E(T('2010.00904'))}（GENRE）：实体检索直接生成实体名，用前缀树约束解码。</p>
<p>{E(T('2010.00554'))}，arXiv:2010.00554。把 PCA 写成博弈，数学很漂亮，工程上意义一般。</p>
<p>{E(T('2103.14625'))}：一个可视化 Transformer 注意力头的交互式工具的论文，适合教学。</p>
<p>另外推荐一本教材：《动手学深度学习》（<a href="https://zh.d2l.ai/" target="_blank">zh.d2l.ai</a>），图神经网络那章可以配合 CS224W 一起看。</p>"""
comments = [  # id, parent, name, time, text html
 (1187, None, "阿凯", "2024-01-07 09:12", "FNO 那篇我们组也在用，分辨率无关这点在气象数据上确实好用。"),
 (1188, None, "nlp小白", "2024-01-07 13:45", "博主有没有读过联邦学习方面的？最近导师让我看 FedDyn。"),
 (1190, 1188, "小宇", "2024-01-07 22:03", f'读过：<a href="https://arxiv.org/abs/2111.04263" target="_blank">{E(T("2111.04263"))}</a>，ICLR 2021。核心是每个客户端加一个动态正则项，让局部最优和全局最优对齐。'),
 (1193, None, "Hao", "2024-01-09 10:27", "GENRE 那个前缀树约束解码，现在做 RAG 的生成式检索还在用类似思路。"),
 (1201, 1193, "小宇", "2024-01-09 21:14", "是的，后来的 DSI 系列也是这个思路。"),
]


def cblock(cid, name, when, text, children, child=False):
    cls = "comment comment-children" if child else "comment"
    inner = "\n".join(children)
    return (f'<div class="{cls}" id="comment-{cid}">\n<a name="{cid}"></a>\n'
            f'<div class="avatar"><img src="https://cravatar.example.cn/avatar/{(cid * 7919) % 65536:04x}?s=40&amp;d=mm&amp;r=g" /></div>\n'
            f'<div class="comment-info">\n<b>{E(name)} </b><br /><span class="comment-time">{when}</span>\n'
            f'<div class="comment-content">{text}</div>\n'
            f'<div class="comment-reply"><a href="#comment-{cid}" onclick="commentReply({cid},this)">回复</a></div>\n'
            + (inner + "\n" if inner else "") + "</div>\n</div>")


def render(parent, child):
    out = []
    for cid, par, name, when, text in comments:
        if par == parent:
            out.append(cblock(cid, name, when, text, render(cid, True), child))
    return out


tag_html = " ".join(f'<a href="{HOST}/tag/{quote(t)}">{t}</a>' for t in tags)
page = f"""<!doctype html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>{E(TITLE)} - {BLOG}</title>
<meta name="keywords" content="{','.join(tags)}" />
<meta name="description" content="这一年主业还是做 NLP，但读了不少“隔壁领域”的论文。" />
<meta name="generator" content="emlog" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/rss.php" />
<link href="{HOST}/content/templates/default/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrap">
<div id="header">
<h1><a href="{HOST}/">{BLOG}</a></h1>
<h3>{SUB}</h3>
</div>
<div id="nav"><ul class="bar">
<li class="item common"><a href="{HOST}/">首页</a></li>
<li class="item common"><a href="{HOST}/sort/ml">机器学习</a></li>
<li class="item common"><a href="{HOST}/?post=3">关于</a></li>
</ul></div>
<div id="content">
<div id="contentleft">
<h2>{E(TITLE)}</h2>
<p class="date">作者：<a href="{HOST}/author/1" title="小宇">小宇</a> 发布于：{POST.year}-{POST.month}-{POST.day} {POST.hour}:{POST.minute:02d} {['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][POST.weekday()]} 分类：<a href="{HOST}/sort/ml">机器学习</a></p>
{body}
<p class="tag">标签: {tag_html}</p>
<div class="nextlog">&laquo; <a href="{HOST}/?post={GID - 3}">NeurIPS 2023 划水记</a> | <a href="{HOST}/?post={GID + 2}">在 4090 上跑 13B 模型的几种姿势</a>&raquo;</div>
<div id="comments">
<a name="comments"></a>
<p class="comment-header"><b>评论:</b></p>
{chr(10).join(render(None, False))}
<div id="pagenavi">
</div>
</div>
<div id="comment-place">
<div class="comment-post" id="comment-post">
<div class="cancel-reply" id="cancel-reply" style="display:none"><a href="javascript:void(0);" onclick="cancelReply()">取消回复</a></div>
<p class="comment-header"><b>发表评论：</b><a name="respond"></a></p>
<form method="post" name="commentform" action="{HOST}/index.php?action=addcom" id="commentform">
<input type="hidden" name="gid" value="{GID}" />
<p><input type="text" name="comname" maxlength="49" value="" size="22" tabindex="1" /> <label for="author"><small>昵称</small></label></p>
<p><input type="text" name="commail" maxlength="128" value="" size="22" tabindex="2" /> <label for="email"><small>邮件地址 (选填)</small></label></p>
<p><textarea name="comment" id="comment" rows="10" tabindex="4"></textarea></p>
<p><input type="submit" id="comment_submit" value="发表评论" tabindex="6" /></p>
<input type="hidden" name="pid" id="comment-pid" value="0" size="22" tabindex="1"/>
</form>
</div>
</div>
</div>
</div>
<div id="footerbar">
Powered by <a href="https://www.emlog.net" title="采用emlog系统">emlog</a> <a href="https://beian.miit.gov.cn" target="_blank">京ICP备2021038417号-1</a>
</div>
</div>
</body>
</html>
"""
write_only(F1265, page, keys(F1265), forms=[html.unescape(page)])
