#!/usr/bin/env python3
"""645: a 简书 (Jianshu) article page as the server renders it (Next.js SSR, saved with the browser's "save page
source"): one long HTML line with hashed class names (_2rhmJa, _1RuRku, ...), the article body with external links
rewritten to https://links.jianshu.com/go?to=<percent-encoded URL>, author / time / word-count meta, recommended
posts, then <script id="__NEXT_DATA__"> whose JSON (JSON.stringify, raw Chinese, "<" ">" "&" escaped as \\u003c
\\u003e \\u0026 as Next.js's htmlEscapeJsonString does) repeats the note with its free_content HTML. A Chinese post on
state-space models and efficient attention for long sequences."""
import html, json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F645, keys

E = lambda s: html.escape(s, quote=False)
def go(url, text=None):
    return f'<a href="https://links.jianshu.com/go?to={quote(url, safe="")}" target="_blank">{E(text or url)}</a>'

TITLE = "长序列建模笔记：从稀疏注意力到状态空间模型（S4 / Mamba）"
SLUG = "7e3a91c0d2b4"
parts = [
 "<p>最近组里在做基因组长序列建模，序列动辄几万个 token，标准 Transformer 的 O(n²) 注意力完全吃不消。这篇笔记把我这两个月读过的论文按脉络整理一下，方便后来的同学。论文标题都写全了，方便大家去搜。</p>",
 "<h2>一、先把注意力变“便宜”</h2>",
 "<p><b>1. " + E(T("1904.10509")) + "</b><br>" + E(au("1904.10509")) + "，2019。<br>"
 "最早的系统性尝试之一：固定的稀疏模式（strided / fixed），复杂度降到 O(n√n)。原文：" + go("https://arxiv.org/abs/1904.10509") + "</p>",
 "<p><b>2. " + E(T("2006.04768")) + "</b><br>" + E(au("2006.04768")) + "，2020。<br>"
 "把 key/value 沿序列维度投影到固定长度 k，得到线性复杂度。论文链接：" + go("https://arxiv.org/abs/2006.04768", "arXiv 页面") + "</p>",
 "<p><b>3. " + E(T("2004.05150")) + "</b><br>" + E(au("2004.05150")) + "（arXiv:2004.05150）<br>"
 "滑动窗口 + 少量全局 token，工程上最好用，Hugging Face 里直接有现成模型。</p>",
 "<p><b>4. " + E(T("2103.02143")) + "</b><br>" + E(au("2103.02143")) + "，ICLR 2021。<br>"
 "用随机傅里叶特征近似 softmax 核，还加了门控机制。论文 PDF 我放在组里的坚果云了，这里就不贴链接。</p>",
 "<blockquote><p>小结：这一派的问题是，在真正需要长程依赖的任务上，效果往往不如全注意力。怎么公平比较？见下一节的基准。</p></blockquote>",
 "<h2>二、怎么评测“长”</h2>",
 "<p><b>5. " + E(T("2011.04006")) + "</b><br>" + E(au("2011.04006")) + "，ICLR 2021。<br>"
 "六个任务（ListOps、文本分类、检索、图像、Pathfinder、Path-X），序列长度 1K–16K。当时几乎所有“高效 Transformer”在 Path-X 上都是随机水平。</p>",
 "<h2>三、状态空间模型（SSM）</h2>",
 "<p><b>6. " + E(T("2008.07669")) + "</b><br>" + E(au("2008.07669")) + "，NeurIPS 2020。<br>"
 "用正交多项式在线逼近历史信号，这是后面 S4 初始化矩阵 A 的来源。数学推导比较硬核，建议配合作者的博客一起看。</p>",
 "<p><b>7. " + E(T("2111.00396")) + "</b><br>" + E(au("2111.00396")) + "，ICLR 2022。<br>"
 "S4：把 SSM 变成可以卷积并行训练的形式，第一次在 Path-X 上明显超过随机水平。会议版本和审稿意见：" + go(f"https://openreview.net/forum?id={OR('2111.00396')}", "OpenReview") + "</p>",
 "<p><b>8. " + E(T("2312.00752")) + "</b><br>" + E(au("2312.00752")) + "，2023。<br>"
 "Mamba：让 SSM 的参数依赖输入（选择性），再配上硬件感知的并行扫描。原文：" + go("https://arxiv.org/abs/2312.00752") + "</p>",
 "<h2>四、实践资源（不是论文）</h2>",
 "<ul><li>代码：GitHub 上的 state-spaces/mamba 仓库，安装需要 CUDA 11.6 以上；</li>"
 "<li>教程：The Annotated S4（一篇带代码的博客）；</li>"
 "<li>课程：斯坦福 CS25 中关于 SSM 的那一讲（B 站有搬运）；</li>"
 "<li>数据：我们用的是 GRCh38 人类参考基因组切片，以及 PG-19 长文本数据集做对照。</li></ul>",
 "<h2>五、我们的小实验</h2>",
 "<p>在 16K 长度的 DNA 序列分类上（二分类，验证集准确率）：Longformer 81.2%，S4 86.9%，Mamba 88.4%。显存占用 Mamba 最低。具体配置见下面：</p>",
 "<pre><code>python train.py --model mamba --d_model 256 --n_layer 8 --seq_len 16384 \\\n    --batch_size 16 --lr 1e-3 --epochs 20 --data ./grch38_16k</code></pre>",
 "<p>有问题欢迎评论区交流，转载请注明出处。</p>",
]
content = "".join(parts)

recommend = [("Transformer 面试八股文（附答案）", "a1b2c3d4e5f6", 2311), ("用 PyTorch 从零实现 Mamba", "0f9e8d7c6b5a", 874),
             ("基因组语言模型入门：从 k-mer 到 DNABERT", "5c4b3a2f1e0d", 539), ("论文写作中的 LaTeX 小技巧", "9a8b7c6d5e4f", 1208)]
rec_html = "".join(f'<div class="_11TSfs"><a class="_2voXH8" href="/p/{s}" target="_blank">{E(t)}</a><div class="_2XHq9g">阅读 {n}</div></div>' for t, s, n in recommend)

note = {"id": 117254093, "slug": SLUG, "title": TITLE, "user": {"id": 20871145, "slug": "c0ffee42a7b1", "nickname": "长序列小白鼠",
        "avatar": "https://upload.jianshu.io/users/upload_avatars/20871145/placeholder.jpg", "badges": []},
        "first_shared_at": 1710080551, "last_updated_at": 1710147902, "wordage": 3412, "views_count": 1208,
        "likes_count": 57, "comments_count": 9, "total_fp_amount": 300, "public_abbr": "最近组里在做基因组长序列建模，序列动辄几万个 token，标准 Transformer 的 O(n²) 注意力完全吃不消……",
        "free_content": content, "paid": False, "is_public": True, "commentable": True, "collections": [{"id": 3092, "title": "机器学习", "slug": "b2a7c3e9f1d0"}],
        "notebook": {"name": "论文笔记"}}
nd = {"props": {"initialState": {"note": {"data": note}, "user": {"isLogin": False}, "global": {"isMobile": False}},
                "initialProps": {"pageProps": {}}}, "page": "/p/[slug]", "query": {"slug": SLUG},
      "buildId": "fp8dL4Kx9-2aBvYq1cMnR", "assetPrefix": "//cdn2.jianshu.io/shakespeare", "runtimeConfig": {},
      "isFallback": False, "gip": True, "appGip": True, "scriptLoader": []}
ndj = json.dumps(nd, ensure_ascii=False, separators=(",", ":"))
ndj = ndj.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")

head = ('<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no"/>'
        f'<title>{E(TITLE)} - 简书</title><meta name="description" content="{html.escape(note["public_abbr"])}"/>'
        '<meta name="keywords" content="简书,简书官网,图文编辑软件,简书下载,图文创作,创作软件,原创社区,小说,散文,写作,阅读"/>'
        f'<link rel="canonical" href="https://www.jianshu.com/p/{SLUG}"/><meta property="og:type" content="article"/>'
        f'<meta property="og:title" content="{E(TITLE)}"/><link rel="preload" href="//cdn2.jianshu.io/shakespeare/_next/static/css/1a7c5e03d.css" as="style"/>'
        '<link rel="stylesheet" href="//cdn2.jianshu.io/shakespeare/_next/static/css/1a7c5e03d.css" data-n-g=""/></head>')
body = ('<body><div id="__next"><div class="_21bLU4 _3kbg6I"><header class="_1WbRcJ"><div class="_3yPTTQ"><a href="/" class="_3qRgWm" aria-label="简书首页">'
        '<img src="//cdn2.jianshu.io/shakespeare/_next/static/media/logo.png" alt="简书"/></a><nav class="_3fOVMb"><a href="/">首页</a><a href="/apps">下载App</a>'
        '<a href="/techareas">IT技术</a></nav><div class="_3sKvLn"><a href="/sign_in">登录</a><a class="_1OyPqC" href="/sign_up">注册</a></div></div></header>'
        '<div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz">'
        f'<h1 class="_1RuRku">{E(TITLE)}</h1><div class="rEsl9f"><div class="_2mYfmT"><a class="_1qp91i _1OhGeD" href="/u/c0ffee42a7b1" target="_blank" rel="noopener noreferrer">'
        '<img class="_13D2Eh" src="https://upload.jianshu.io/users/upload_avatars/20871145/placeholder.jpg" alt="长序列小白鼠"/></a>'
        '<div style="margin-left:8px"><div class="_3U4Smb"><span class="FxYr8x"><a class="_1OhGeD" href="/u/c0ffee42a7b1" target="_blank" rel="noopener noreferrer">长序列小白鼠</a></span>'
        '<button data-locale="zh-CN" type="button" class="_3kba3h _1OyPqC _3Mi9q9 _34692-"><span>关注</span></button></div>'
        '<div class="s-dsoj"><span class="_3tCVn5"><i aria-label="ic-diamond" class="anticon"></i><span>3</span></span>'
        '<time datetime="2024-03-10T14:22:31.000Z">2024.03.10 22:22:31</time><span>字数 3,412</span><span>阅读 1,208</span></div></div></div></div>'
        f'<article class="_2rhmJa">{content}</article>'
        '<div class="_1kCBjS"><div class="_18vaTa"><div class="_3BUZPB"><div class="_2Bo4Th" role="button" tabindex="-1" aria-label="给文章点赞"><i aria-label="ic-like" class="anticon"></i></div>'
        '<span class="_1LOh_5" role="button" tabindex="-1">57人点赞</span></div></div></div>'
        '<div class="_19DgIp" style="margin-top:24px;margin-bottom:24px"></div><div class="_13lIbp"><div class="_191KSt">“小礼物走一走，来简书关注我”</div>'
        '<button type="button" class="_1OyPqC _3Mi9q9 _1YbC5u"><span>赞赏支持</span></button><span class="_3zdmIj">还没有人赞赏，支持一下</span></div>'
        '</section><section class="ouvJEz"><h3 class="QxT4hD"><span>推荐阅读</span><a class="_2Iy0ko" href="/">更多精彩内容</a></h3>'
        f'<div class="_1bHzmn">{rec_html}</div></section></div>'
        '<aside class="_2OwGUo"><section class="_3Z3nHf"><h3 class="QxT4hD"><span>长序列小白鼠</span></h3><div class="_3HJ8MA">总资产3 共写了4.1W字 获得212个赞 共38个粉丝</div></section></aside>'
        '</div><footer class="_2nZm7V"><div class="_1rl-6z"><a href="/c/jppzD2" target="_blank">关于简书</a><a href="/faqs" target="_blank">帮助中心</a>'
        '<a href="/p/fc1c113e5b6b" target="_blank">用户协议</a></div><div class="_3PGXH6">©2012-2024 简书</div></footer></div></div>'
        f'<script id="__NEXT_DATA__" type="application/json" crossorigin="anonymous">{ndj}</script>'
        '<script src="//cdn2.jianshu.io/shakespeare/_next/static/chunks/webpack-4c2a1d09.js" async=""></script>'
        '<script src="//cdn2.jianshu.io/shakespeare/_next/static/chunks/framework-7f3b2c10.js" async=""></script>'
        '<script src="//cdn2.jianshu.io/shakespeare/_next/static/chunks/pages/p/%5Bslug%5D-9e81d44a.js" async=""></script></body></html>')
page = head + body
write_only(F645, page, keys(F645), forms=[content])
