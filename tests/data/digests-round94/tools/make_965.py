#!/usr/bin/env python3
"""965: an article page of 机器之心 (jiqizhixin.com) saved by a reader with the browser's "Webpage, HTML only": the
site's head (title `… | 机器之心`, keywords, description, Open Graph, canonical `https://www.jiqizhixin.com/articles/
YYYY-MM-DD-N`, the asset stylesheet), the header navigation, the article (`h1.article__title`, author and
`time.article__time`, tag links, `div.article__content` with the media's conventions: 机器之心报道 / 编辑：…, a lead
quote, numbered sections, for each paper the `论文标题：` / `论文链接：` list, images on image.jiqizhixin.com,
`© THE END` and the reprint / contribution lines), the related-articles list and the footer (ICP licence line).
Chinese. Papers: three arXiv URLs and one OpenReview URL after 论文链接, one arXiv id as text, three titles only in the
prose about the prehistory. The fairseq and t5x repositories, the GLUE leaderboard and a Bilibili talk are not
papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(965)
K = dict(roberta="1907.11692", xlmr="1911.02116", t5="1910.10683", fullyexp="2010.06040", cloze="2012.08561",
         w2v="1301.3781", bpe="1508.07909", ulmfit="1801.06146")
TITLE = "从词向量到 T5：预训练语言模型这十年，八篇论文串起关键转折"
URL = "https://www.jiqizhixin.com/articles/2024-03-12-6"
DESC = "预训练语言模型为何能成为 NLP 的默认起点？本文从 word2vec、子词切分讲起，串联 RoBERTa、XLM-R、T5 等关键工作。"


def e(s):
    return html.escape(s, quote=False)


def ea(s):
    return html.escape(s, quote=True)


def paper_box(title, link_html, extra=""):
    return ('<ul class="paper-info"><li>论文标题：' + e(title) + "</li><li>论文链接：" + link_html + "</li>" + extra + "</ul>")


def alink(url):
    return f'<a href="{ea(url)}" target="_blank" rel="noopener">{e(url)}</a>'


def img(n):
    return (f'<p style="text-align: center;"><img src="https://image.jiqizhixin.com/uploads/editor/'
            f'7c2e{n:02d}b4-5d1a-4f8e-9a63-0b{n:02d}c9e1d47{n}/640.png" alt="" data-type="png"></p>')


content = [
    "<p>机器之心报道</p>",
    "<p><strong>编辑：陈思远、林小雨</strong></p>",
    "<blockquote><p>从静态词向量到「预训练 + 微调」，再到统一的文本到文本框架，预训练语言模型用了十年时间成为 NLP 的默认起点。"
    "本文挑选八篇论文，串起其中的关键转折。</p></blockquote>",
    "<p>2013 年，Tomas Mikolov 等人在「" + e(T(K["w2v"])) + "」一文中提出 CBOW 与 Skip-gram，"
    "让「词可以用向量表示」成为整个领域的共识。两年后，Rico Sennrich 等人的「" + e(T(K["bpe"])) +
    "」把字节对编码（BPE）引入神经机器翻译，解决了未登录词问题，也成为今天几乎所有大模型分词器的祖先。</p>",
    "<p>真正把「预训练 + 微调」范式带到文本分类的，是 fast.ai 的 Jeremy Howard 与 Sebastian Ruder 在 2018 年发表的「"
    + e(T(K["ulmfit"])) + "」（ULMFiT）。其中的判别式微调、斜三角学习率等技巧，后来被 BERT 时代的大量工作沿用。</p>",
    img(1),
    "<h2>一、把 BERT 训练「到位」</h2>",
    "<p>BERT 发布一年后，Facebook AI 的研究者发现它其实「训练不足」：更大的批量、更多的数据、去掉下一句预测（NSP）、"
    "动态掩码，就能在 GLUE、SQuAD 和 RACE 上全面超越原版。</p>",
    paper_box(T(K["roberta"]), alink("https://arxiv.org/abs/" + K["roberta"]),
              '<li>代码：<a href="https://github.com/facebookresearch/fairseq" target="_blank" rel="noopener">fairseq</a>（代码库，非论文）</li>'),
    "<p>同一思路也被用于掩码策略本身。微软的研究者指出，随机掩码会让梯度方差偏大，于是提出「完全探索」的掩码方式，"
    "让同一序列的不同掩码位置互不重叠：</p>",
    paper_box(T(K["fullyexp"]), alink("https://openreview.net/forum?id=" + OR(K["fullyexp"]))),
    img(2),
    "<h2>二、走向多语言</h2>",
    "<p>XLM-R 在 100 种语言、2.5TB 的 CommonCrawl 数据上训练，首次证明多语言模型在低资源语言上也能不输单语模型，"
    "同时系统讨论了「多语言的诅咒」。</p>",
    paper_box(T(K["xlmr"]), alink("https://arxiv.org/abs/" + K["xlmr"])),
    "<h2>三、一切皆是「文本到文本」</h2>",
    "<p>谷歌的 T5 把翻译、分类、问答统统写成「输入文本 → 输出文本」，并在 C4 数据集上系统比较了架构、目标函数和数据规模，"
    "这篇 60 多页的论文至今仍是做预训练消融实验的参考手册。</p>",
    paper_box(T(K["t5"]), alink("https://arxiv.org/abs/" + K["t5"]),
              '<li>代码：<a href="https://github.com/google-research/t5x" target="_blank" rel="noopener">t5x</a></li>'),
    img(3),
    "<h2>四、判别式预训练的另一种解释</h2>",
    "<p>ELECTRA 作者团队在 EMNLP 2020 上给出了另一种视角：把完形填空看作能量模型，用噪声对比估计训练，"
    "得到的 Electric 模型还能直接给句子打分，用于重排序（" + e(T(K["cloze"])) + "，arXiv:2012.08561）。</p>",
    "<h2>结语</h2>",
    "<p>回头看这十年，数据、目标函数与规模三条线索始终交织。B 站上有一期讲 T5 消融实验的分享（视频，非论文），"
    "GLUE 排行榜的历史版本也值得翻一翻，对理解这些论文的「时代背景」很有帮助。</p>",
    "<p>© THE END&nbsp;</p>",
    "<p>转载请联系本公众号获得授权</p>",
    "<p>投稿或寻求报道：content@jiqizhixin.example</p>",
]

related = [("2024-03-11-4", "大模型分词器还能怎么改？一文看懂 BPE 的各种变体"),
           ("2024-03-10-2", "多语言大模型评测：低资源语言仍是短板"),
           ("2024-03-08-7", "ACL 2024 投稿季：审稿人最常提的五个问题")]
page = [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    f"<title>{e(TITLE)} | 机器之心</title>",
    '<meta name="keywords" content="预训练语言模型,RoBERTa,XLM-R,T5,机器之心">',
    f'<meta name="description" content="{ea(DESC)}">',
    f'<meta property="og:title" content="{ea(TITLE)}">',
    f'<meta property="og:description" content="{ea(DESC)}">',
    '<meta property="og:site_name" content="机器之心">',
    f'<meta property="og:url" content="{URL}">',
    '<meta property="og:image" content="https://image.jiqizhixin.com/uploads/article/cover_image/8f4c2a71-9e3b-4d05-b6a8-1c7d03e5f2b9/640.png">',
    f'<link rel="canonical" href="{URL}">',
    '<link rel="stylesheet" media="all" href="https://cdn.jiqizhixin.com/assets/application-4b1e6c09d2a7f83e5c1d9b0a6e2f7c84.css">',
    "</head>",
    '<body class="articles show">',
    '<header class="header"><div class="header__inner"><a class="header__logo" href="/">机器之心</a>'
    '<nav class="header__nav"><a href="/">首页</a><a href="/articles">资讯</a><a href="/sota">SOTA!模型</a>'
    '<a href="/reports">报告</a><a href="/topics">专题</a><a href="/events">活动</a></nav>'
    '<a class="header__login" href="/users/sign_in">登录</a></div></header>',
    '<main class="main"><article class="article">',
    '<div class="article__header">',
    f'<h1 class="article__title">{e(TITLE)}</h1>',
    '<div class="article__info"><span class="article__author">机器之心编辑部</span>'
    '<time class="article__time" datetime="2024-03-12T12:18:00+08:00">2024-03-12 12:18</time></div>',
    '<div class="article__tags"><a class="tag" href="/tags/预训练模型">预训练模型</a><a class="tag" href="/tags/自然语言处理">自然语言处理</a>'
    '<a class="tag" href="/tags/论文解读">论文解读</a></div>',
    "</div>",
    '<div class="article__content">',
] + content + [
    "</div>",
    "</article>",
    '<section class="related"><h3 class="related__title">相关文章</h3><ul>'
    + "".join(f'<li><a href="/articles/{slug}">{e(t)}</a></li>' for slug, t in related) + "</ul></section>",
    "</main>",
    '<footer class="footer"><div class="footer__inner"><p>© 2024 机器之心（北京）科技有限公司</p>'
    '<p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备00000000号-1</a></p></div></footer>',
    "</body>",
    "</html>",
]
doc = "\n".join(page) + "\n"
write_only(F, doc, keys(F), forms=[html.unescape(doc)])
