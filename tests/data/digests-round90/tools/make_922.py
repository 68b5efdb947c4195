#!/usr/bin/env python3
"""922: the answers of a Chinese lab's reading-group sign-up survey on 问卷星 (wjx.cn), downloaded as CSV ("按文本",
UTF-8 with BOM, CRLF rows, minimal quoting; line breaks typed inside an answer stay LF inside the quoted cell).
问卷星's columns: 序号, 提交答卷时间 (`2024/2/26 21:03:11`), 所用时间 (`125秒`), 来源 (手机提交 / 微信 / 链接), 来源详情
(直接访问 / N/A), 来自IP (`a.b.c.d(省-市)`, documentation addresses), then one column per question headed `N、…：`;
the multiple-choice answer joined with `┋`, an unanswered optional question written `(空)`. One person submitted
twice. Respondents write the papers as people do: a full title with a nickname in brackets, a doubled space, a
scheme-less or PDF link, `arXiv:ID`, a title broken over two lines. Karpathy's talk, nanoGPT, Li Mu's Bilibili
series and a Zhihu column are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, GPT1

F = by_num(922)
K = dict(gpt3="2005.14165", instruct="2203.02155", llama="2302.13971", voyager="2305.16291", toolformer="2302.04761",
         gpt1=GPT1, gato="2205.06175", degen="1904.09751")
HEAD = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的姓名：", "2、您的年级：",
        "3、您想讲的论文（请写完整题目，有链接最好）：", "4、一句话推荐理由：", "5、可以讲的时间（多选）：",
        "6、还想听别人讲哪篇？（选填）："]
SLOTS = ["3月12日（周二）", "3月19日（周二）", "3月26日（周二）", "4月2日（周二）"]
gpt3_spaced = T(K["gpt3"]).replace("Few-Shot Learners", "Few-Shot  Learners")
degen_split = T(K["degen"]).replace("Neural Text", "Neural\nText")

ROWS = [
    ("2024/2/26 21:03:11", "125秒", "微信", "N/A", "198.51.100.23(北京-北京)", "王浩然", "研二",
     gpt3_spaced + "（GPT-3）https://arxiv.org/abs/2005.14165",
     "in-context learning 的起点，后面所有人都要用到这个概念，我先讲比较合适", [0, 1], "(空)"),
    ("2024/2/26 21:17:40", "301秒", "微信", "N/A", "198.51.100.87(北京-北京)", "李雪", "研一",
     T(K["instruct"]) + "   arxiv.org/pdf/2203.02155.pdf",
     "就是 InstructGPT，RLHF 三步走讲清楚，组里做对齐的同学都该听", [1, 2],
     T(K["gpt1"]) + "（GPT-1，想从头补课）"),
    ("2024/2/26 22:40:05", "96秒", "手机提交", "直接访问", "203.0.113.41(北京-北京)", "张一鸣", "博一",
     T(K["llama"]) + " https://arxiv.org/abs/2302.13971",
     "开源基座，顺便对比一下训练数据配比；代码用 Meta 官方仓库", [2], degen_split + "（nucleus sampling 那篇，解码策略）"),
    ("2024/2/27 09:12:56", "188秒", "链接", "直接访问", "203.0.113.9(河北-保定)", "陈思雨", "研二",
     T(K["toolformer"]) + "，arXiv:2302.04761",
     "模型自己学会调 API，和我们做的检索增强可以结合", [2, 3], "(空)"),
    ("2024/2/27 13:30:21", "240秒", "手机提交", "直接访问", "198.51.100.150(北京-北京)", "刘洋", "大四",
     "Voyager（我的世界那个）" + T(K["voyager"]) + "  arxiv.org/abs/2305.16291",
     "LLM 当智能体写代码、攒技能库，demo 很好玩", [3], T(K["gato"]) + "（Gato）"),
    ("2024/2/27 20:05:48", "41秒", "微信", "N/A", "198.51.100.23(北京-北京)", "王浩然", "研二",
     "同上，GPT-3（改一下时间）", "同上", [1], "(空)"),
    ("2024/2/28 10:48:02", "77秒", "链接", "直接访问", "203.0.113.200(天津-天津)", "赵敏", "研一",
     "还没想好，先报个名，听大家安排", "—", [0, 1, 2, 3], "nanoGPT 的代码走读？（不是论文，但想看）"),
    ("2024/2/28 23:59:13", "402秒", "微信", "N/A", "198.51.100.64(北京-北京)", "孙琪", "博二",
     "不讲论文：Karpathy 的 State of GPT 演讲 https://www.youtube.com/watch?v=xO8Tq1c6Hk4 ，适合入门，也可以放在第一周",
     "很多人没系统看过训练流程，看完再读论文效率高", [0],
     "李沐「跟李沐学AI」B站读论文系列那几期，还有知乎上那篇 RLHF 专栏，不算论文就当补充材料"),
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    t, dur, src, det, ip, name, grade, paper, why, slots, other = r
    w.writerow([str(i), t, dur, src, det, ip, name, grade, paper, why, "┋".join(SLOTS[j] for j in slots), other])
text = "\ufeff" + buf.getvalue()
write_only(F, text, keys(F))
