#!/usr/bin/env python3
"""364: a WeChat 公众号 long-form article (not the dev set's weekly digest) copied from the desktop browser as plain
text: the page chrome that comes along (原创 badge, author, account name, date and 发表于 place, "点击上方蓝字关注"),
sections headed "▌", papers introduced in 《》 in prose and as "论文标题：/论文链接：" pairs, an image caption,
"参考文献" in GB/T 7714 style ("Surname I, …, et al. Title[J]. venue, year."), then the account's footer (END,
往期推荐, 扫码关注, 阅读原文, 喜欢此内容的人还喜欢, 微信扫一扫可打开此内容, 在看 / 分享 / 收藏 / 点赞). Papers: arXiv abs/pdf links
(link), an OpenReview forum link (link), "arXiv preprint arXiv:ID" in the references (arxiv-text), titles in 《》
and in the references without ids (title-only). Hugging Face, the 往期推荐 articles and the account's own
courses are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only, sn_init, key_of
from make_expected import F364, keys, GLOVE, GPT1, GPT2


def gb(k, venue, n=3):
    a = CAT[key_of(k)]["authors"]
    au = ", ".join(sn_init(x) for x in a[:n]) + (", et al" if len(a) > n else "")
    return f"{au}. {T(key_of(k))}{venue}"


refs = [
 gb("1301.3781", "[J]. arXiv preprint, 2013."),
 gb(GLOVE, "[C]//Proceedings of EMNLP. 2014: 1532-1543."),
 gb("1409.3215", "[C]//Advances in Neural Information Processing Systems. 2014."),
 gb("1802.05365", "[C]//Proceedings of NAACL-HLT. 2018."),
 gb("1801.06146", "[C]//Proceedings of ACL. 2018."),
 gb(GPT1, "[R]. OpenAI, 2018."),
 gb(GPT2, "[R]. OpenAI, 2019."),
 gb("1906.08237", "[C]//Advances in Neural Information Processing Systems. 2019."),
 gb("1907.11692", "[J]. arXiv preprint arXiv:1907.11692, 2019."),
 gb("1910.13461", "[J]. arXiv preprint arXiv:1910.13461, 2019."),
 gb("2006.03654", "[C]//International Conference on Learning Representations. 2021."),
 gb("2012.08561", "[C]//Proceedings of EMNLP. 2020."),
]
REF = "\n".join(f"[{i}] {r}" for i, r in enumerate(refs, 1))

text = f"""原创 林知远 深度语言实验室 2023-11-02 08:30 发表于北京

点击上方蓝字关注我们

从 word2vec 到 DeBERTa：预训练语言模型这十年，值得反复读的 13 篇论文

导读：大模型时代，很多新同学一上来就读 LLaMA、读 RLHF，却说不清“预训练”这件事是怎么一步步走过来的。本文按时间线梳理预训练语言模型的演进，每篇给出论文标题和链接，文末附参考文献，建议收藏后慢慢读。全文约 4800 字，阅读需要 12 分钟。

▌一、静态词向量：一切的起点

2013 年，Mikolov 等人提出了 word2vec，论文是《{T('1301.3781')}》[1]，也就是大家熟悉的 CBOW 和 Skip-gram。

论文标题：{T('1301.3781')}
论文链接：https://arxiv.org/abs/1301.3781

一年后，斯坦福的《{GLOVE}》[2] 把全局共现统计和局部上下文窗口结合了起来。这两篇读完，“词向量”这件事就算入门了。

▌二、序列到序列与上下文表示

2014 年的《{T('1409.3215')}》[3] 用两个 LSTM 做编码器和解码器，奠定了 encoder-decoder 的范式。

真正让“上下文相关的词表示”流行起来的是 ELMo[4]：

论文标题：{T('1802.05365')}（ELMo）
论文链接：https://arxiv.org/abs/1802.05365

同年 fast.ai 的 ULMFiT，即《{T('1801.06146')}》[5]，第一次系统地提出了“先预训练语言模型、再微调”的三阶段流程，今天看来依然很有启发。

▌三、GPT 与 BERT 的分岔路口

OpenAI 的 GPT-1《{GPT1}》[6] 和 GPT-2《{GPT2}》[7] 都是技术报告，没有上 arXiv，需要去 OpenAI 官网下载 PDF。

（图：GPT 与 BERT 预训练目标对比，来源：作者整理）

BERT 之后，大家开始在预训练目标上做文章：

1. XLNet[8]：排列语言模型，兼顾自回归和双向上下文。
论文标题：{T('1906.08237')}
论文链接：https://arxiv.org/pdf/1906.08237.pdf

2. RoBERTa：{T('1907.11692')}[9]。不改模型，只把数据、步数、batch 调大，再去掉 NSP，效果就大幅提升。

3. BART：{T('1910.13461')}[10]，去噪自编码器式的 seq2seq 预训练，生成任务非常好用。

▌四、更好的编码器

微软的 DeBERTa[11] 用解耦注意力和增强的掩码解码器，一度在 SuperGLUE 上超过人类基线：

论文标题：{T('2006.03654')}
论文链接：https://arxiv.org/abs/2006.03654v6

另外推荐两篇没那么出名、但对理解 MLM 很有帮助的论文：一篇是《{T('2010.06040')}》，论文链接：https://openreview.net/forum?id=cYr2OPNyTz7 ；另一篇是 Clark 等人的《{T('2012.08561')}》[12]，是 ELECTRA 作者对“替换词检测”目标的进一步思考。

▌五、写在最后

十年间，预训练语言模型从几百万参数走到了千亿参数，但核心问题一直没变：用什么目标、在什么数据上、以多大规模去学习语言。把这 13 篇读透，再去看大模型的论文，会轻松很多。

代码方面，Hugging Face 的 transformers 库几乎覆盖了上面所有模型，可以边读边跑。

参考文献

{REF}

END

作者：林知远
编辑：周晓禾
审核：深度语言实验室编辑部

往期推荐

大模型微调实战：一张 24G 显卡能做什么？
RLHF 全流程拆解（附代码）
实验室 2024 届博士生招生信息

扫码关注我们

深度语言实验室
专注自然语言处理前沿研究与工程实践

阅读原文

喜欢此内容的人还喜欢

一文读懂 Transformer 位置编码
深度语言实验室

微信扫一扫可打开此内容，使用完整服务

：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏
"""
write_only(F364, text, keys(F364))
