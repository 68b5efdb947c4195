#!/usr/bin/env python3
"""723: one chapter page of a bookdown book rendered with bookdown::gitbook (bookdown 0.37, GitBook 2.6.7 assets):
the head (meta generator / og / twitter tags, libs/ scripts and stylesheets), the `book-summary` table of contents,
`book-header`, the chapter inside `page-inner > section.normal`, pandoc citeproc citations
`<span class="citation">(<a href="#ref-…" role="doc-biblioref">…</a>)</span>` and the chapter's bibliography (split_bib)
in `div#refs.references.csl-bib-body.hanging-indent` with `csl-entry` divs in Chicago author-date, the prev / next
navigation arrows and the `gitbook.start({...})` config script. A Chinese reading-notes book on ML for science."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F723, keys, ALPHAFOLD

E = lambda s: html.escape(s, quote=False)


def chicago(k):
    a = authors(k)
    inv = lambda n: n.split()[-1] + ", " + " ".join(n.split()[:-1])
    if len(a) > 10:
        a = a[:7]; tail = ", et al"
    else:
        tail = ""
    if len(a) == 1:
        s = inv(a[0])
    else:
        s = inv(a[0]) + ", " + "".join(x + ", " for x in a[1:-1]) + ("and " + a[-1] if not tail else a[-1] + tail)
    return s


REFS = [  # key, id, year, container html, url
 ("acar2021feddyn", "2111.04263", 2021, "In <em>International Conference on Learning Representations</em>.", None),
 ("gemp2021eigengame", "2010.00554", 2020, "<em>arXiv Preprint arXiv:2010.00554</em>.", None),
 ("gulrajani2021domainbed", "2007.01434", 2021, "In <em>International Conference on Learning Representations</em>.", None),
 ("jumper2021alphafold", ALPHAFOLD, 2021, "<em>Nature</em> 596 (7873): 583–89.", None),
 ("li2021fno", "2010.08895", 2021, "In <em>International Conference on Learning Representations</em>.", "https://arxiv.org/abs/2010.08895"),
 ("li2021convnets", "2010.08515", 2021, "In <em>International Conference on Learning Representations</em>.", None),
 ("pfaff2021meshgraphnets", "2010.03409", 2021, "In <em>International Conference on Learning Representations</em>.", "https://arxiv.org/abs/2010.03409"),
 ("ying2021graphormer", "2106.05234", 2021, "In <em>Advances in Neural Information Processing Systems</em>, 34:28877–88.", "https://arxiv.org/abs/2106.05234"),
]


STOP = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "than", "the",
        "to", "via", "with"}


def title_case(t):
    """CSL's English title case: capitalise each word's first letter except stop words (not at the start / after a
    colon); words that already hold capitals are left alone"""
    out = []
    for i, w in enumerate(t.split(" ")):
        low = w.lower()
        if i and low in STOP and not out[-1].endswith(":"):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def entry(key, k, y, cont, url):
    u = f' <a href="{url}" class="uri">{url}</a>.' if url else ""
    t = title_case(T(k))
    t = t if t.endswith("?") else t + "."
    return f'<div id="ref-{key}" class="csl-entry">\n{E(chicago(k))}. {y}. <span>“{E(t)}”</span> {cont}{u}\n</div>'


def cite(key, label):
    return f'<span class="citation">(<a href="#ref-{key}" role="doc-biblioref">{label}</a>)</span>'


TOC = [("", "index.html", "前言"), ("1", "intro.html", "引言：为什么要用机器学习做科学计算"),
       ("2", "pde-basics.html", "偏微分方程与数值方法回顾"), ("3", "operators.html", "神经算子"),
       ("4", "graphs.html", "图神经网络与网格模拟"), ("4.1", "graphs.html#mesh", "网格上的消息传递"),
       ("4.2", "graphs.html#graph-transformer", "图上的 Transformer"), ("4.3", "graphs.html#generalization", "泛化与分布偏移"),
       ("4.4", "graphs.html#notes", "阅读笔记与练习"), ("5", "protein.html", "蛋白质结构预测"),
       ("6", "federated.html", "联邦学习与数据孤岛"), ("", "references.html", "参考文献")]


def toc_li(lvl, path, name):
    cls = "chapter" if "." not in lvl else "chapter"
    active = ' active' if path == "graphs.html" else ""
    num = f"<b>{lvl}</b> " if lvl else ""
    return f'<li class="{cls}{active}" data-level="{lvl}" data-path="{path.split("#")[0]}"><a href="{path}"><i class="fa fa-check"></i>{num}{name}</a></li>'


toc = "\n".join(toc_li(*t) for t in TOC)
chapter = f"""<div id="graphs" class="section level1 hasAnchor" number="4">
<h1><span class="header-section-number">第 4 章</span> 图神经网络与网格模拟<a href="graphs.html#graphs" class="anchor-section" aria-label="Anchor link to header"></a></h1>
<p>上一章的神经算子 {cite('li2021fno', 'Li et al. 2021')} 在规则网格上表现很好：它在傅里叶空间里学习积分核，分辨率变化时不需要重新训练。但工程里常见的是非结构网格——机翼、血管、布料——这时把物理系统直接表示成图更自然。本章的阅读顺序是：先看网格上的消息传递，再看图上的 Transformer，最后讨论模型离开训练分布之后会发生什么。</p>
<div id="mesh" class="section level2 hasAnchor" number="4.1">
<h2><span class="header-section-number">4.1</span> 网格上的消息传递<a href="graphs.html#mesh" class="anchor-section" aria-label="Anchor link to header"></a></h2>
<p>DeepMind 的网格模拟工作 {cite('pfaff2021meshgraphnets', 'Pfaff et al. 2021')} 把网格顶点当作节点、网格边和“世界空间”中的近邻当作两类边，用编码—处理—解码结构做一步预测，再自回归地滚动。值得注意的几点：</p>
<ul>
<li>训练时给输入加噪声，缓解长时间滚动的误差累积；</li>
<li>网格可以在模拟过程中自适应加密（sizing field 也由网络预测）；</li>
<li>和卷积网络相比，图结构天然适合不规则几何——至于卷积网络为什么在规则数据上样本效率更高，可以参考 {cite('li2021convnets', 'Li, Zhang, and Arora 2021')} 的理论分析。</li>
</ul>
<div class="rmdnote">
<p>代码：官方实现是 TensorFlow 1 的 <code>meshgraphnets</code> 目录；社区有 PyTorch Geometric 的复现。数据集（cylinder_flow、airfoil、flag_simple）需要单独下载，约 50 GB。</p>
</div>
</div>
<div id="graph-transformer" class="section level2 hasAnchor" number="4.2">
<h2><span class="header-section-number">4.2</span> 图上的 Transformer<a href="graphs.html#graph-transformer" class="anchor-section" aria-label="Anchor link to header"></a></h2>
<p>{cite('ying2021graphormer', 'Ying et al. 2021')} 用中心性编码、空间编码（最短路径距离）和边编码把结构信息注入自注意力，在 OGB-LSC 的分子性质预测上拿到了第一。对我们来说更重要的是它说明了：注意力本身并不“理解”图，结构偏置必须显式加进去。</p>
<p>另一条有意思的线索是把经典的线性代数问题写成博弈，例如把主成分分析看成多个玩家之间的纳什均衡 {cite('gemp2021eigengame', 'Gemp et al. 2020')}，这种视角在大规模分布式计算里很有用。</p>
</div>
<div id="generalization" class="section level2 hasAnchor" number="4.3">
<h2><span class="header-section-number">4.3</span> 泛化与分布偏移<a href="graphs.html#generalization" class="anchor-section" aria-label="Anchor link to header"></a></h2>
<p>科学数据几乎总是“换个工况就变分布”。{cite('gulrajani2021domainbed', 'Gulrajani and Lopez-Paz 2021')} 的结论很冷静：在公平的模型选择下，经验风险最小化加上仔细调参，往往不输专门的领域泛化算法。数据分散在不同机构、不能集中时，还要考虑联邦学习，比如动态正则化的方法 {cite('acar2021feddyn', 'Acar et al. 2021')}。第 5 章的蛋白质结构预测 {cite('jumper2021alphafold', 'Jumper et al. 2021')} 则是另一个极端：数据集中、模型极大、评测由 CASP 统一组织。</p>
</div>
<div id="notes" class="section level2 hasAnchor" number="4.4">
<h2><span class="header-section-number">4.4</span> 阅读笔记与练习<a href="graphs.html#notes" class="anchor-section" aria-label="Anchor link to header"></a></h2>
<ol style="list-style-type: decimal">
<li>用 PyTorch Geometric 复现 cylinder_flow 上的一步预测，比较加噪与不加噪的滚动误差。</li>
<li>读 PDEBench 的说明文档（基准，不是论文列表的一部分），挑两个方程，把上一章的算子模型和本章的图模型放在同一张表里。</li>
<li>思考题：如果网格在测试时更细，图模型需要改什么？算子模型呢？</li>
</ol>
<p>本章参考文献见下；全书文献见<a href="references.html">参考文献</a>页。</p>
</div>
<h3>参考文献</h3>
<div id="refs" class="references csl-bib-body hanging-indent" entry-spacing="0">
{chr(10).join(entry(*r) for r in REFS)}
</div>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN" xml:lang="zh-CN">
<head>

  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <title>第 4 章 图神经网络与网格模拟 | 科学机器学习读书笔记</title>
  <meta name="description" content="第 4 章 图神经网络与网格模拟 | 科学机器学习读书笔记" />
  <meta name="generator" content="bookdown 0.37 and GitBook 2.6.7" />

  <meta property="og:title" content="第 4 章 图神经网络与网格模拟 | 科学机器学习读书笔记" />
  <meta property="og:type" content="book" />
  <meta property="og:url" content="https://sciml-notes.example.cn/" />

  <meta name="twitter:card" content="summary" />
  <meta name="twitter:title" content="第 4 章 图神经网络与网格模拟 | 科学机器学习读书笔记" />

<meta name="author" content="周明远" />

<meta name="date" content="2024-03-18" />

  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="apple-mobile-web-app-capable" content="yes" />
  <meta name="apple-mobile-web-app-status-bar-style" content="black" />
  

<link rel="prev" href="operators.html"/>
<link rel="next" href="protein.html"/>
<script src="libs/jquery-3.6.0/jquery-3.6.0.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/fuse.js@6.4.6/dist/fuse.min.js"></script>
<link href="libs/gitbook-2.6.7/css/style.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-table.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-bookdown.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-highlight.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-search.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-fontsettings.css" rel="stylesheet" />
<link href="libs/gitbook-2.6.7/css/plugin-clipboard.css" rel="stylesheet" />

<link href="libs/anchor-sections-1.1.0/anchor-sections.css" rel="stylesheet" />
<link href="libs/anchor-sections-1.1.0/anchor-sections-hash.css" rel="stylesheet" />
<script src="libs/anchor-sections-1.1.0/anchor-sections.js"></script>

<link rel="stylesheet" href="css/style.css" type="text/css" />
</head>

<body>



  <div class="book without-animation with-summary font-size-2 font-family-1" data-basepath=".">

    <div class="book-summary">
      <nav role="navigation">

<ul class="summary">
<li><a href="./">科学机器学习读书笔记</a></li>

<li class="divider"></li>
{toc}
<li class="divider"></li>
<li><a href="https://github.com/rstudio/bookdown" target="blank">本书由 bookdown 强力驱动</a></li>

</ul>

      </nav>
    </div>

    <div class="book-body">
      <div class="body-inner">
        <div class="book-header" role="navigation">
          <h1>
            <i class="fa fa-circle-o-notch fa-spin"></i><a href="./">科学机器学习读书笔记</a>
          </h1>
        </div>

        <div class="page-wrapper" tabindex="-1" role="main">
          <div class="page-inner">

            <section class="normal" id="section-">
{chapter}
            </section>

          </div>
        </div>
      </div>
<a href="operators.html" class="navigation navigation-prev " aria-label="Previous page"><i class="fa fa-angle-left"></i></a>
<a href="protein.html" class="navigation navigation-next " aria-label="Next page"><i class="fa fa-angle-right"></i></a>
    </div>
  </div>
<script src="libs/gitbook-2.6.7/js/app.min.js"></script>
<script src="libs/gitbook-2.6.7/js/clipboard.min.js"></script>
<script src="libs/gitbook-2.6.7/js/plugin-search.js"></script>
<script src="libs/gitbook-2.6.7/js/plugin-sharing.js"></script>
<script src="libs/gitbook-2.6.7/js/plugin-fontsettings.js"></script>
<script src="libs/gitbook-2.6.7/js/plugin-bookdown.js"></script>
<script src="libs/gitbook-2.6.7/js/jquery.highlight.js"></script>
<script src="libs/gitbook-2.6.7/js/plugin-clipboard.js"></script>
<script>
gitbook.require(["gitbook"], function(gitbook) {{
gitbook.start({{
"sharing": {{
"github": true,
"facebook": false,
"twitter": false,
"linkedin": false,
"weibo": false,
"instapaper": false,
"vk": false,
"whatsapp": false,
"all": ["facebook", "twitter", "linkedin", "weibo", "instapaper"]
}},
"fontsettings": {{
"theme": "white",
"family": "sans",
"size": 2
}},
"edit": {{
"link": "https://git.example.cn/zmy/sciml-notes/edit/main/04-graphs.Rmd",
"text": "编辑"
}},
"history": {{
"link": null,
"text": null
}},
"view": {{
"link": null,
"text": null
}},
"download": ["sciml-notes.pdf", "sciml-notes.epub"],
"search": {{
"engine": "fuse",
"options": null
}},
"toc": {{
"collapse": "subsection"
}}
}});
}});
</script>

</body>

</html>
"""
import re
plain = html.unescape(re.sub(r"<[^>]+>", " ", page))
write_only(F723, page, keys(F723), forms=[plain])
