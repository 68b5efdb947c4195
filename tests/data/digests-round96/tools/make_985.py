#!/usr/bin/env python3
"""985: a 今日头条 (toutiao.com) article by a 头条号 account on LLM training and serving systems, saved from the
desktop browser as "Webpage, HTML only": doctype, `<title>` = the headline + ` - 今日头条`, keywords / description,
the canonical `https://www.toutiao.com/article/<19-digit id>/`, the site CSS on lf-cdn; the page's React markup as
rendered: `div.article-content` with the `h1`, `div.article-meta` (原创 tag, the account link, the time
`YYYY-MM-DD HH:MM`, `·`, the IP location), `article.syl-article-base.tt-article-content.syl-page-article
.syl-device-pc` holding `<p>` paragraphs, bold section heads, `div.pgc-img` figures (signed toutiaoimg.com URLs,
`img_width` / `img_height`, an empty or filled `p.pgc-img-caption`), and — as on Toutiao, which turns no external
address into a link — every paper and code address written as plain text after 论文地址： / 代码：; the 免责声明 line;
the side column's 相关推荐 list. Papers: three arXiv URLs and one OpenReview forum URL as text, one `arXiv:` id, three
titles only. Not papers: the vLLM, Megatron-LM and DeepSpeed repositories, the nicknames GPT-4 / Switch Transformer /
LongChat."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(985)
K = dict(fa2="2307.08691", paged="2309.06180", lost="2307.03172", moe="1701.06538", gshard="2006.16668",
         megatron="1909.08053", bigbird="2007.14062", hyena="2302.10866")
AID = "7287412356891234817"
TITLE = "从MoE到PagedAttention：大模型训练与推理系统必读的八篇论文"
DESC = "把大模型做大、做长、做快，背后是一连串系统层面的工作。本文按训练、长上下文和推理三部分，梳理八篇值得精读的论文。"
e = lambda s: html.escape(s, quote=False)


def img(token, w, h, cap=""):
    src = (f"https://p3-sign.toutiaoimg.com/tos-cn-i-6w9my0ksvp/{token}~noop.image?_iz=58558&amp;from=article.pc_detail"
           f"&amp;lk3s=953192f4&amp;x-expires=1697353931&amp;x-signature=Qm3xT8kVb2Lr9WnY4dZc1Fh7EsA%3D")
    return (f'<div class="pgc-img"><img src="{src}" img_width="{w}" img_height="{h}" alt="" inline="0">'
            f'<p class="pgc-img-caption">{e(cap)}</p></div>')


P = lambda s: f"<p>{s}</p>"
B = lambda s: f"<p><strong>{e(s)}</strong></p>"
body = [
    P(e("过去几年，大模型的参数量从几亿涨到几千亿，上下文从512个token拉到几十万，推理服务也从“能跑起来”变成了“要便宜地跑起来”。"
        "这些进步里，模型结构的改动其实不多，更多是系统层面的工作。")),
    P(e("这篇按训练、长上下文、推理三个部分，整理了我们组内读书会这半年精读过的八篇论文，每篇附上地址和一句话点评，方便收藏。")),
    B("一、训练：怎么把模型做大"),
    P(e("1. " + T(K["moe"]) + "（ICLR 2017）")),
    P(e("Noam Shazeer 等人的稀疏门控混合专家层，可以说是今天所有MoE大模型的起点。每个token只激活少数几个专家，参数量和计算量从此脱钩。")),
    P(e("论文地址：https://openreview.net/forum?id=" + "B1ckMDqlg")),
    P(e("2. " + T(K["gshard"]) + f"（arXiv:{K['gshard']}）")),
    P(e("谷歌把MoE扩展到6000亿参数，并提出了一套用注解自动切分计算图的方法。后来的Switch Transformer基本沿用了这条路线。")),
    P(e("3. " + T(K["megatron"]))),
    P(e("英伟达的张量并行方案，把Transformer层内的矩阵乘法按列、按行切到多张卡上，至今仍是大模型训练框架的标配。代码：https://github.com/NVIDIA/Megatron-LM")),
    img("7c1e9a2b4f6d4e0a8b3c5d7e9f1a2b3c", 1080, 608, "张量并行示意（图源：论文）"),
    B("二、长上下文：怎么让模型看得更长"),
    P(e("4. " + T(K["bigbird"]))),
    P(e("稀疏注意力的代表作：局部窗口 + 全局token + 随机连接，复杂度降到线性，还证明了这种稀疏模式仍然是图灵完备的。")),
    P(e("5. " + T(K["hyena"]))),
    P(e("干脆不用注意力，用长卷积加门控来做序列建模。效果上还没完全追上Transformer，但思路很值得一看。")),
    P(e("6. " + T(K["lost"]))),
    P(e("这篇不提新方法，而是做了一个很扎心的实验：关键信息放在长上下文中间时，模型的准确率明显下降，呈现U形曲线。"
        "读完会对各种“支持十万token”的宣传多一分冷静。")),
    P(e(f"论文地址：https://arxiv.org/abs/{K['lost']}")),
    img("2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a0c", 1080, 720),
    B("三、推理与训练加速：怎么跑得更快、更省"),
    P(e("7. " + T(K["fa2"]))),
    P(e("FlashAttention的第二版，重新划分了线程块之间的工作，在A100上能跑到理论峰值的七成左右。现在主流训练框架基本都默认开启。")),
    P(e(f"论文地址：https://arxiv.org/abs/{K['fa2']}")),
    P(e("8. " + T(K["paged"]))),
    P(e("也就是vLLM背后的论文。借鉴操作系统的分页思想管理KV缓存，显存浪费从六七成降到4%以下，吞吐提升2到4倍。")),
    P(e(f"论文地址：https://arxiv.org/abs/{K['paged']}；代码：https://github.com/vllm-project/vllm")),
    img("9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9b", 1080, 540, "vLLM与其他推理框架的吞吐对比（图源：论文）"),
    B("写在最后"),
    P(e("如果只有时间读两篇，推荐第1篇和第8篇：一篇讲怎么把模型做大，一篇讲怎么把大模型便宜地用起来。"
        "想动手的同学可以直接看DeepSpeed和vLLM的文档，比论文更新得快。")),
    P(e("（本文为读书会笔记整理，如有错误欢迎在评论区指出。）")),
]
related = [("7286991034518234625", "一文看懂大模型推理中的KV Cache", 128),
           ("7285563390127489547", "手把手教你用8张卡训练一个百亿参数模型", 86),
           ("7284201957363844620", "长上下文大模型测评：谁才是真正的“长文本”？", 341)]
page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(TITLE)} - 今日头条</title>
<meta name="keywords" content="大模型,MoE,PagedAttention,vLLM,长上下文,论文">
<meta name="description" content="{e(DESC)}">
<link rel="canonical" href="https://www.toutiao.com/article/{AID}/">
<link rel="shortcut icon" href="//lf3-search.searchpstatp.com/obj/card-system/favicon_5995b44.ico" type="image/x-icon">
<link rel="stylesheet" href="https://lf-cdn-tos.bytescm.com/obj/static/toutiao/article/static/css/index.6b3c2e1f.css">
</head>
<body><div id="root"><div class="article-detail-container"><div class="main"><div class="article-content">
<h1>{e(TITLE)}</h1>
<div class="article-meta"><span class="original-mark">原创</span><span class="dot-source"><a class="user-name" href="/c/user/token/MS4wLjABAAAAq7Vd2mXk9Rz1YbT3eLp0cHs8NfGw6JuOi4Aa5KxE/" target="_blank" rel="noopener">AI系统笔记</a></span><span>2023-10-08 09:12</span><span class="dot">·</span><span>浙江</span></div>
<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{"".join(body)}</article>
<p class="footer-info">免责声明：本文内容由作者原创，不代表今日头条立场。</p>
</div></div>
<div class="right-sidebar"><div class="related-list"><div class="title">相关推荐</div><ul>{"".join(f'<li><a href="/article/{i}/" target="_blank">{e(t)}</a><span class="comment-count">{n}评论</span></li>' for i, t, n in related)}</ul></div></div>
</div></div></body></html>
"""
write_only(F, page, keys(F), forms=[html.unescape(page)])
