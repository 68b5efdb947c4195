#!/usr/bin/env python3
"""1085: a copy (Ctrl+A, Ctrl+C, pasted into Notepad, saved as UTF-8) of a blog post on ScienceNet (科学网博客,
blog.sciencenet.cn), where Chinese researchers keep blogs: the site bar, the blogger's header ("<name>的个人博客分享
<space URL> <tagline>") and menu, the post — title, 精选 mark, "已有 N 次阅读 <date> |个人分类:…|系统分类:…|" line, the
body (a professor's reading list for new students on ten years of pretrained language models, papers named in
“quotes” or 《》 inside sentences, one title broken by an Enter in the editor, links pasted as bare URLs), the
reposting notice, the 链接地址 line, 上一篇 (no 下一篇 yet: part two is not out), the 收藏 / IP line, recommenders,
"评论 (N 个评论)", the comments newest first numbered N…1 with the blogger's replies ("博主回复(<time>)："), and the
Discuz-style footer (Archiver|手机版|科学网 ( 京ICP备… ), GMT+8 time of the copy). Not papers: 邱锡鹏's book
《神经网络与深度学习》, Jay Alammar's blog, the Hugging Face course, the Chinese-BERT-wwm repository. Nicknames not
labelled on their own: Transformer, BPE, ULMFiT, BERT, XLNet, RoBERTa, ELECTRA, Electric, GPT, MLM."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1085)
K = dict(bert="1810.04805", rob="1907.11692", fe="2010.06040", el="2012.08561", att="1706.03762", xl="1906.08237",
         bpe="1508.07909", ulm="1801.06146")
NAME, UID, POST = "张立新", "3358901", "1425678"
bpe = T(K["bpe"]).split(" with ")
body = f"""这学期组里来了四位新同学，都问我同一个问题：预训练语言模型到底该从哪里读起？干脆写成博文，省得每个人单独讲一遍。这是上篇，只讲 2017—2021 年“编码器 + 掩码语言模型”这条线；GPT 那条线和大模型放到下篇。

一、打地基

1. 2017 年的“{T(K['att'])}”不用多说了，Transformer 的原始论文。建议第一遍只看第 3 节，把多头注意力和位置编码弄明白，实验部分可以先跳过。
2. 分词常被忽略，但很重要。Sennrich 等人的“{bpe[0]}
with {bpe[1]}”（ACL 2016）就是 BPE 的来源，后来几乎所有模型的词表都受它影响。
3. 预训练—微调这个范式，早于 BERT 就有人做了：Howard 和 Ruder 的《{T(K['ulm'])}》，用的还是 LSTM，但判别式学习率、逐层解冻这些技巧现在还在用。

二、BERT 及其后

4. BERT 本身：{T(K['bert'])}
https://arxiv.org/abs/{K['bert']}
MLM + NSP，读的时候注意它为什么要把 15% 的掩码再拆成 80/10/10。
5. “{T(K['xl'])}”——XLNet 想用排列语言模型同时拿到双向上下文和自回归的好处，思路很漂亮，但工程上太复杂，组会上可以重点讨论“为什么后来没人用”。
6. RoBERTa：{T(K['rob'])}，https://arxiv.org/abs/{K['rob']} 。这篇几乎没有新方法，只是把 BERT 训练得更久、数据更多、去掉 NSP，结果全面超过。这篇最值得新同学学的是“先把基线做扎实”。

三、对掩码的反思

7. 同一批作者（ELECTRA 那一组）后来又做了 Electric：“{T(K['el'])}”，arXiv:{K['el']}，不做掩码、也不输出完整分布，而是给每个位置的 token 打能量分数。
8. 还有一篇比较少人提的：{T(K['fe'])}，讨论随机掩码带来的梯度方差，提出“充分探索”的掩码方式。OpenReview 上有审稿意见，值得看看审稿人是怎么挑毛病的：https://openreview.net/forum?id={OR(K['fe'])}

四、辅助材料（不是论文）

- 中文教材：邱锡鹏《神经网络与深度学习》第 15 章；
- Jay Alammar 的博客 The Illustrated BERT，图画得很清楚；
- Hugging Face 的 NLP 课程，动手部分；
- 哈工大讯飞联合实验室的 Chinese-BERT-wwm 仓库，做中文任务时直接用。

读的时候每篇写一页笔记：问题是什么、方法一句话、最关键的实验、我不同意的地方。下周组会（3 月 19 日）先讲 1—3。"""
comments = [
 ("刘晓燕", "2024-3-14 10:02", "谢谢张老师！请问下篇大概什么时候出？想把 GPT 系列也一起排进读书会。", ("2024-3-14 11:30", "这个周末写完。")),
 ("陈志强", "2024-3-13 16:45", "第 8 篇确实很少人提，OpenReview 上的讨论比论文本身还有意思。", None),
 ("王某某", "2024-3-13 08:21", "建议加上 ALBERT 和 DeBERTa，哈哈。", ("2024-3-13 09:05", "篇幅有限，放到延伸阅读里。")),
 ("ljw2019", "2024-3-12 22:30", "收藏了，转给实验室的师弟师妹。", None),
]
recommenders = ["刘晓燕", "陈志强", "王某某", "黄安", "周敏", "李东"]
out_lines = ["科学网首页", "新闻", "博客", "院士", "人才", "会议", "基金", "小组", "论坛", "手机版", "登录", "注册",
             f"{NAME}的个人博客分享 http://blog.sciencenet.cn/u/zhanglixin 自然语言处理，信息检索，教书匠",
             "首页", "动态", "博文", "相册", "主题", "分享", "好友", "留言板", "博文",
             "预训练语言模型这几年：一份给新生的阅读清单（上）", "精选",
             "已有 3126 次阅读 2024-3-12 21:47 |个人分类:读书笔记|系统分类:科研笔记| 预训练, 语言模型, 阅读清单",
             body,
             f"转载本文请联系原作者获取授权，同时请注明本文来自{NAME}科学网博客。",
             f"链接地址：https://blog.sciencenet.cn/blog-{UID}-{POST}.html",
             "上一篇：组会上学生问得最多的五个问题",
             "收藏 IP: 210.45.*.*| 热度|",
             f"当前推荐数：{len(recommenders)} 推荐人：" + " ".join(recommenders),
             "推荐到博客首页",
             f"该博文允许注册用户评论 请点击登录 评论 ({len(comments)} 个评论)",
             "数据加载中..."]
for i, (who, when, text, reply) in enumerate(comments):
    out_lines.append(f"[{len(comments) - i}]{who}   {when}")
    out_lines.append(text)
    if reply: out_lines.append(f"博主回复({reply[0]})：{reply[1]}")
out_lines += ["扫一扫，分享此博文", "Archiver|手机版|科学网 ( 京ICP备07017587号-12 )", "GMT+8, 2024-3-15 09:12"]
out = "\n".join(out_lines) + "\n"
write_only(F, out, keys(F))
