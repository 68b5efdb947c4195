#!/usr/bin/env python3
"""685: a Typecho 1.2 post page with the default theme: <!DOCTYPE HTML>, <html>, head with header() output (description,
keywords, generator "Typecho 1.2.1", template "default", pingback, xmlrpc, wlwmanifest, feed links), #header /
#nav-menu, <article class="post" itemscope itemtype="http://schema.org/BlogPosting">, post-meta (作者 / 时间 <time
datetime=… itemprop="datePublished"> / 分类), post-content (Markdown-rendered HTML), tags, post-near, #comments with
<ol class="comment-list"> of li#li-comment-N comment-body comment-parent/child comment-odd/even (gravatar avatar, cite.fn,
comment-meta time, comment-content, comment-reply with TypechoComment.reply), the respond form, the secondary sidebar
and the footer "由 Typecho 强力驱动". A Chinese blog post on vision backbones and multimodal models."""
import hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F685, keys

K = keys(F685)
SITE = "https://blog.qingshan-cv.example.cn"
SLUG = f"{SITE}/archives/128/"


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" 等" if len(a) > n else "")


def e(s):
    return html.escape(s, quote=False)


CONTENT = f"""<p>组会轮到我整理“视觉骨干网络 + 多模态”这一块，顺手写成博客。以下按我们讨论的顺序排列，每篇给出作者、一句话总结和链接（有的暂时没找到合适的链接，就只写了标题）。</p>
<h2>一、骨干网络与迁移</h2>
<ol>
<li><strong>{e(T('1912.11370'))}</strong><br>{e(au('1912.11370'))}<br>大规模预训练 + 简单的迁移配方（BiT-HyperRule）。链接：<a href="https://arxiv.org/abs/1912.11370">https://arxiv.org/abs/1912.11370</a></li>
<li><strong>{e(T('2004.08955'))}</strong><br>{e(au('2004.08955'))}<br>在 ResNet 的基础上加入分组的 split-attention，检测和分割的下游结果提升明显。</li>
<li><strong>{e(T('2006.06882'))}</strong><br>{e(au('2006.06882'))}<br>结论很反直觉：数据增强强的时候 ImageNet 预训练反而可能有害，自训练一直有效。</li>
<li><strong>{e(T('2011.06182'))}</strong><br>{e(au('2011.06182'))}<br>微调时同时用对比损失利用标签和实例信息。OpenReview 页面：<a href="https://openreview.net/forum?id={OR('2011.06182')}">https://openreview.net/forum?id={OR('2011.06182')}</a></li>
</ol>
<h2>二、图文对齐与多模态</h2>
<ol start="5">
<li><strong>{e(T('2102.05918'))}</strong><br>{e(au('2102.05918'))}<br>十亿级别的噪声图文对，双塔对比学习。和 CLIP 同期的工作，可以对照阅读。</li>
<li><strong>{e(T('2303.15343'))}</strong><br>{e(au('2303.15343'))}<br>用 sigmoid 替代 softmax 对比损失，小 batch 也能训练得不错。编号 arXiv:2303.15343。</li>
<li><strong>{e(T('2304.08485'))}</strong><br>{e(au('2304.08485'))}<br>用 GPT-4 生成指令数据，把视觉编码器接到语言模型上。<a href="https://arxiv.org/abs/2304.08485v2">arXiv 链接</a></li>
<li><strong>{e(T('2304.02643'))}</strong><br>{e(au('2304.02643'))}<br>可提示的分割模型 + SA-1B 数据集（数据集本身不算论文）。<a href="https://arxiv.org/pdf/2304.02643.pdf">PDF</a></li>
</ol>
<h2>三、不是论文但很有用的资源</h2>
<ul>
<li><a href="https://github.com/huggingface/pytorch-image-models">timm</a>：几乎所有骨干网络的实现和预训练权重。</li>
<li><a href="https://github.com/mlfoundations/open_clip">open_clip</a>：开源的图文对比训练代码。</li>
<li>动手学深度学习（d2l.ai）第 7、8 章：卷积网络的入门教材。</li>
<li><a href="https://paperswithcode.com/sota/image-classification-on-imagenet">Papers with Code 上的 ImageNet 排行榜</a>：看数字用，别当结论。</li>
<li>李沐的“论文精读”系列视频（B 站）：视频，不是论文。</li>
</ul>
<blockquote><p>备注：本文所有总结都是组会讨论的个人理解，如有错误欢迎在评论区指出。转载请注明出处。</p></blockquote>"""

COMMENTS = [
    (231, None, "小周同学", "zhou@students.qingshan.example.cn", "2024-05-12T21:08:00+08:00", "2024-05-12 21:08",
     "<p>请问第 5 篇（十亿级噪声图文对那篇）有没有官方代码？我只找到了别人复现的版本。</p>", "comment-odd"),
    (232, 231, "青山", "admin@qingshan-cv.example.cn", "2024-05-12T21:40:00+08:00", "2024-05-12 21:40",
     "<p>@小周同学 官方没有放训练代码，只有论文。可以先用 open_clip 跑小规模实验。</p>", "comment-by-author comment-even"),
    (233, None, "Kevin_L", "kevin@mail.example.com", "2024-05-13T09:15:00+08:00", "2024-05-13 09:15",
     "<p>第 3 篇的结论我们在遥感数据上也复现过，确实自训练更稳。建议再加一篇讲知识蒸馏的。</p>", "comment-even"),
    (234, 233, "青山", "admin@qingshan-cv.example.cn", "2024-05-13T10:02:00+08:00", "2024-05-13 10:02",
     "<p>@Kevin_L 好的，下次组会的主题就是蒸馏，到时候另写一篇。</p>", "comment-by-author comment-odd"),
]


def gravatar(mail):
    return f"https://cravatar.cn/avatar/{hashlib.md5(mail.encode()).hexdigest()}?s=32&amp;r=G&amp;d="


def comment_li(c, children=""):
    cid, parent, name, mail, iso, shown, body, cls = c
    kind = "comment-child" if parent else "comment-parent"
    return f'''<li id="li-comment-{cid}" class="comment-body {kind} {cls}">
    <div id="comment-{cid}">
        <div class="comment-author">
            <img class="avatar" loading="lazy" src="{gravatar(mail)}" alt="{name}" width="32" height="32" />
            <cite class="fn">{name}</cite>
        </div>
        <div class="comment-meta">
            <a href="{SLUG}#comment-{cid}"><time datetime="{iso}">{shown}</time></a>
        </div>
        <div class="comment-content">
            {body}
        </div>
        <div class="comment-reply">
            <a href="{SLUG}?replyTo={cid}#respond-post-128" rel="nofollow" onclick="return TypechoComment.reply('comment-{cid}', {cid}, this);">回复</a>
        </div>
    </div>{children}
</li>'''


items = []
for c in COMMENTS:
    if c[1] is None:
        kids = [k for k in COMMENTS if k[1] == c[0]]
        ch = ""
        if kids:
            ch = '\n    <div class="comment-children">\n<ol class="comment-list">' + "".join(comment_li(k) for k in kids) + "</ol>\n    </div>"
        items.append(comment_li(c, ch))

page = f'''<!DOCTYPE HTML>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>组会笔记：视觉骨干网络与多模态论文八篇 - 青山的视觉笔记</title>

    <!-- 使用url函数转换相关路径 -->
    <link rel="stylesheet" href="{SITE}/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="{SITE}/usr/themes/default/grid.css">
    <link rel="stylesheet" href="{SITE}/usr/themes/default/style.css">

    <!-- 通过自有函数输出HTML头部信息 -->
    <meta name="description" content="组会轮到我整理“视觉骨干网络 + 多模态”这一块，顺手写成博客。" />
<meta name="keywords" content="组会,骨干网络,多模态,论文笔记" />
<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="default" />
<link rel="pingback" href="{SITE}/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{SITE}/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{SITE}/action/xmlrpc?wlw" />
<link rel="alternate" type="application/rss+xml" title="组会笔记：视觉骨干网络与多模态论文八篇 &raquo; 青山的视觉笔记 - RSS 2.0" href="{SITE}/feed/archives/128/" />
<link rel="alternate" type="application/rdf+xml" title="组会笔记：视觉骨干网络与多模态论文八篇 &raquo; 青山的视觉笔记 - RSS 1.0" href="{SITE}/feed/rss/archives/128/" />
<link rel="alternate" type="application/atom+xml" title="组会笔记：视觉骨干网络与多模态论文八篇 &raquo; 青山的视觉笔记 - ATOM 1.0" href="{SITE}/feed/atom/archives/128/" />
<script type="text/javascript">
(function () {{
    window.TypechoComment = {{
        dom : function (id) {{
            return document.getElementById(id);
        }},
        create : function (tag, attr) {{
            var el = document.createElement(tag);
            for (var key in attr) {{
                el.setAttribute(key, attr[key]);
            }}
            return el;
        }},
        reply : function (cid, coid) {{
            var comment = this.dom(cid), parent = comment.parentNode,
                response = this.dom('respond-post-128'), input = this.dom('comment-parent');
            if (null == input) {{
                input = this.create('input', {{'type' : 'hidden', 'name' : 'parent', 'id' : 'comment-parent'}});
                response.getElementsByTagName('form')[0].appendChild(input);
            }}
            input.setAttribute('value', coid);
            comment.appendChild(response);
            return false;
        }}
    }};
}})();
</script>
</head>
<body>

<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <a id="logo" href="{SITE}/">青山的视觉笔记</a>
                <p class="description">计算机视觉 · 组会记录 · 偶尔写点代码</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="{SITE}/" role="search">
                    <label for="s" class="sr-only">搜索关键字</label>
                    <input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索"/>
                    <button type="submit" class="submit">搜索</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    <a href="{SITE}/">首页</a>
                    <a href="{SITE}/about.html" title="关于">关于</a>
                    <a href="{SITE}/links.html" title="友链">友链</a>
                </nav>
            </div>
        </div><!-- end .row -->
    </div>
</header><!-- end #header -->
<div id="body">
    <div class="container">
        <div class="row">

<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline">
            <a itemprop="url"
               href="{SLUG}">组会笔记：视觉骨干网络与多模态论文八篇</a>
        </h1>
        <ul class="post-meta">
            <li itemprop="author" itemscope itemtype="http://schema.org/Person">
                作者: <a itemprop="name"
                              href="{SITE}/author/1/"
                              rel="author">青山</a>
            </li>
            <li>时间:
                <time datetime="2024-05-12T20:31:00+08:00" itemprop="datePublished">2024-05-12</time>
            </li>
            <li>分类: <a href="{SITE}/category/paper-notes/">论文笔记</a></li>
        </ul>
        <div class="post-content" itemprop="articleBody">
            {CONTENT}
        </div>
        <p itemprop="keywords" class="tags">标签: <a href="{SITE}/tag/%E7%BB%84%E4%BC%9A/">组会</a>, <a href="{SITE}/tag/%E9%AA%A8%E5%B9%B2%E7%BD%91%E7%BB%9C/">骨干网络</a>, <a href="{SITE}/tag/%E5%A4%9A%E6%A8%A1%E6%80%81/">多模态</a></p>
    </article>

    <div id="comments">
                <h3>4 条评论</h3>

        <ol class="comment-list">{"".join(items)}</ol>
        
        <div id="respond-post-128" class="respond">
            <div class="cancel-comment-reply">
                <a id="cancel-comment-reply-link" href="{SLUG}#respond-post-128" rel="nofollow" style="display:none" onclick="return TypechoComment.cancelReply();">取消回复</a>
            </div>

            <h3 id="response">添加新评论</h3>
            <form method="post" action="{SLUG}comment" id="comment-form" role="form">
                <p>
                    <label for="author" class="required">称呼</label>
                    <input type="text" name="author" id="author" class="text" value="" required/>
                </p>
                <p>
                    <label for="mail" class="required">Email</label>
                    <input type="email" name="mail" id="mail" class="text" value="" required/>
                </p>
                <p>
                    <label for="url">网站</label>
                    <input type="url" name="url" id="url" class="text" placeholder="http://" value=""/>
                </p>
                <p>
                    <label for="textarea" class="required">内容</label>
                    <textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea>
                </p>
                <p>
                    <button type="submit" class="submit">提交评论</button>
                </p>
            </form>
        </div>
    </div>

    <ul class="post-near">
        <li>上一篇: <a href="{SITE}/archives/121/" title="组会笔记：目标检测中的标签分配">组会笔记：目标检测中的标签分配</a></li>
        <li>下一篇: 没有了</li>
    </ul>
</div><!-- end #main-->

<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
    <section class="widget">
        <h3 class="widget-title">最新文章</h3>
        <ul class="widget-list">
            <li><a href="{SLUG}">组会笔记：视觉骨干网络与多模态论文八篇</a></li>
            <li><a href="{SITE}/archives/121/">组会笔记：目标检测中的标签分配</a></li>
            <li><a href="{SITE}/archives/117/">在 4 张 3090 上训练 ViT-B 的一些坑</a></li>
        </ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">最近回复</h3>
        <ul class="widget-list">
            <li><a href="{SLUG}#comment-234">青山</a>: @Kevin_L 好的，下次组会的主题就是蒸馏，到时候...</li>
            <li><a href="{SLUG}#comment-233">Kevin_L</a>: 第 3 篇的结论我们在遥感数据上也复现过，确实自训练...</li>
            <li><a href="{SLUG}#comment-232">青山</a>: @小周同学 官方没有放训练代码，只有论文。可以先用 ...</li>
        </ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">归档</h3>
        <ul class="widget-list">
            <li><a href="{SITE}/2024/05/">2024年05月</a></li>
            <li><a href="{SITE}/2024/04/">2024年04月</a></li>
            <li><a href="{SITE}/2024/03/">2024年03月</a></li>
        </ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">其它</h3>
        <ul class="widget-list">
            <li class="last"><a href="{SITE}/admin/login.php">登录</a></li>
            <li><a href="{SITE}/feed/">文章 RSS</a></li>
            <li><a href="{SITE}/feed/comments/">评论 RSS</a></li>
        </ul>
    </section>
</div><!-- end #sidebar -->

        </div><!-- end .row -->
    </div>
</div><!-- end #body -->

<footer id="footer" role="contentinfo">
    &copy; 2024 <a href="{SITE}/">青山的视觉笔记</a>.
    由 <a href="https://typecho.org">Typecho</a> 强力驱动.
    <br><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">青ICP备00000000号-1</a>
</footer><!-- end #footer -->

</body>
</html>
'''
write_only(F685, page, K, forms=[html.unescape(page)])
