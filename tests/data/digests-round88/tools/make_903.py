#!/usr/bin/env python3
"""903: a thread from the AI board of 水木社区 (newsmth), the Tsinghua-born BBS, as its 同主题阅读 (same-topic reading)
view shows it, pasted into a text file: the board path line, then each post in the BBS's own form — `发信人: id (nick),
信区: AI`, `标  题: …` (`Re: …` for replies), `发信站: 水木社区 (Sun Mar 10 21:14:03 2024), 站内`, a blank line, the
text (hard-wrapped by the author's editor in one post), the quote block `【 在 id (nick) 的大作中提到: 】` with `: `
lines and `: (以下引言省略 ... ...)`, `--`, an optional signature or the app's `发自「今日水木 on iPhone」`, an optional
`※ 修改:·id 于 … 修改本文·[FROM: …]` line, and `※ 来源:·水木社区 http://www.newsmth.net·[FROM: 123.113.*]` with the
masked address. The posters name papers by Chinese nickname, in 《》, after a colon, with arXiv or OpenReview links or
an arXiv id; one title is split by the hard wrap (and appears whole elsewhere). A Chinese textbook, a course, a blog
and a repository are not papers; ELECTRA, BERT and GPT appear only as nicknames."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(903)
K = dict(roberta="1907.11692", t5="1910.10683", femlm="2010.06040", glat="2008.07905", electric="2012.08561",
         elmo="1802.05365", w2v="1301.3781", bpe="1508.07909")
TITLE = "求推荐：预训练语言模型入门必读论文（最好按时间顺序）"
USERS = {"qiuyu2019": "秋雨", "lambdaK": "老K", "xiaoyu_nlp": "小鱼", "dudu0717": "嘟嘟"}
posts = []


def post(uid, when, body, quote=None, sig="", modified=None, ip="123.113.*"):
    t = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    head = [f"发信人: {uid} ({USERS[uid]}), 信区: AI",
            f"标  题: {'Re: ' if posts else ''}{TITLE}",
            f"发信站: 水木社区 ({t.strftime('%a %b')} {t.day:2d} {t.strftime('%H:%M:%S %Y')}), 站内", ""]
    s = head + body.split("\n") + [""]
    if quote:
        qid, qlines = quote
        s += [f"【 在 {qid} ({USERS[qid]}) 的大作中提到: 】"] + [": " + l if l else ":" for l in qlines] + [""]
    s += ["--"] + ([sig] if sig else []) + [""]
    if modified:
        s.append(f"※ 修改:·{uid} 于 {modified} 修改本文·[FROM: {ip}]")
    s.append(f"※ 来源:·水木社区 http://www.newsmth.net·[FROM: {ip}]")
    posts.append("\n".join(s))


post("qiuyu2019", "2024-03-10 21:14:03",
     "研一，导师让我这学期把预训练语言模型的脉络理清楚，下学期开始做相关的课题。\n"
     "BERT 和 GPT 系列大概看过，但前面的词向量、后面的各种改进都不太熟。\n"
     "大家有没有推荐的必读论文清单？按时间顺序最好，每篇说一两句为什么要读就更好了。\n"
     "先谢过各位！", sig="发自「今日水木 on iPhone 13」", ip="101.6.*")

L2 = ["按时间顺序给你列一下，都是组里新生必读的：",
      "",
      "一、词向量",
      f"1. 《{T(K['w2v'])}》，就是 word2vec，Mikolov 2013。",
      "   skip-gram 和 CBOW 两个模型，负采样在后一篇里，这篇先看思路。",
      f"2. ELMo：{T(K['elmo'])}（NAACL 2018），",
      "   上下文相关词向量，双向 LSTM 语言模型，承上启下。",
      "",
      "二、子词",
      f"3. Sennrich 的 BPE：{T(K['bpe']).replace(' Subword', '  Subword')}",  # a doubled space as typed
      "   现在的分词器基本都从这里来，很短，一晚上就能看完。",
      "",
      "三、预训练（BERT、GPT 不用我说了）",
      f"4. {T(K['roberta'])}",
      "   https://arxiv.org/abs/1907.11692",
      "   BERT 的“调参版”，去掉 NSP、动态 mask、更多数据，结论很实在。",
      "5. T5：Exploring the Limits of Transfer Learning with a Unified",
      "   Text-to-Text Transformer https://arxiv.org/pdf/1910.10683.pdf",
      "   正文太长了，先读第 3 节的实验部分，附录可以跳过。",
      "",
      "中文书可以配合车万翔老师那本《自然语言处理：基于预训练模型的方法》看，",
      "课程的话 CS224N 的视频 B 站上有。"]
post("lambdaK", "2024-03-10 21:40:27", "\n".join(L2),
     quote=("qiuyu2019", ["研一，导师让我这学期把预训练语言模型的脉络理清楚，下学期开始做相关的课题。",
                          "BERT 和 GPT 系列大概看过，但前面的词向量、后面的各种改进都不太熟。",
                          "(以下引言省略 ... ...)"]),
     modified="Mar 11 09:02:17 2024")

post("xiaoyu_nlp", "2024-03-10 22:05:51",
     "老K 的单子很全了。补一篇冷门但很有意思的：ELECTRA 的作者 Clark 他们后来还有一篇\n"
     f"Electric —— “{T(K['electric'])}”，arXiv:2012.08561，EMNLP 2020。\n"
     "把 ELECTRA 的判别式目标解释成能量模型，顺便还能给文本打分（用来 rerank 挺好用）。\n"
     "看完 ELECTRA 再看这篇，理解会深一层。",
     quote=("lambdaK", ["按时间顺序给你列一下，都是组里新生必读的：", "", "一、词向量",
                        "1. 《Efficient Estimation of Word Representations in Vector Space》，就是 word2vec，Mikolov 2013。",
                        "(以下引言省略 ... ...)"]),
     sig="发自「今日水木 on Android」", ip="114.247.*")

post("qiuyu2019", "2024-03-10 22:31:09",
     "太感谢了！！都加到 Zotero 里了。\n"
     "再追问一下：MLM 本身有没有值得看的改进？感觉 BERT 那种随机 mask 有点粗糙。",
     sig="发自「今日水木 on iPhone 13」", ip="101.6.*")

post("dudu0717", "2024-03-11 08:47:36",
     f"MLM 的改进可以看 {T(K['femlm'])}\n"
     f"https://openreview.net/forum?id={CAT[K['femlm']]['openreview_id']}\n"
     "从梯度方差的角度分析随机 mask，提出把句子切成不重叠的片段分别 mask。OpenReview 上评审的讨论也值得一看。\n\n"
     "另外如果以后要做生成，非自回归这条线可以看字节的 GLAT：\n"
     f"{T(K['glat'])}\n"
     f"https://openreview.net/forum?id={CAT[K['glat']]['openreview_id']}（这是 ICLR 2021 的投稿版，正式发在 ACL 2021）",
     quote=("qiuyu2019", ["再追问一下：MLM 本身有没有值得看的改进？感觉 BERT 那种随机 mask 有点粗糙。"]),
     ip="59.66.*")

post("lambdaK", "2024-03-11 09:15:44",
     "+1，GLAT 那篇的 glancing sampling 思路很巧。\n"
     "另外推荐 Jay Alammar 的博客（The Illustrated 系列），入门看图很快；\n"
     "代码可以直接看 huggingface/transformers 仓库里对应模型的实现。",
     quote=("dudu0717", ["另外如果以后要做生成，非自回归这条线可以看字节的 GLAT：", "(以下引言省略 ... ...)"]))

text = "水木社区 → 人工智能(AI) → 同主题阅读\n[返回版面] [首篇] [上一篇] [下一篇] [末篇]\n\n" + "\n\n".join(posts) + "\n"
write_only(F, text, keys(F))
