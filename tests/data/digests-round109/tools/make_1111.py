#!/usr/bin/env python3
"""1111: a Youdao Cloud Note (有道云笔记) new-format note file (`.note`, XML; Chinese), a graduate student's study
notes on pre-training and retrieval-augmented LMs. The XML declaration, then the whole `<note>` on one line; blocks
(`heading`, `para`, `list-item`, `horizontal-line`) each hold `coId`, `text`, `inline-styles`, `styles`; links are
`<href>` inline styles whose from / to (code points) are computed here over the linked words."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1111, GPT2, keys

T0 = 1709190000000
n = [0]


def coid():
    n[0] += 1
    return f"{(n[0] * 7919) % 9000 + 1000}-{T0 + n[0] * 37411}"


def block(tag, text, links=(), bold=(), attrs=""):
    st = []
    for word, url in links:
        i = text.index(word)
        st.append(f"<href><from>{i}</from><to>{i + len(word)}</to><value>{escape(url)}</value></href>")
    for word in bold:
        i = text.index(word)
        st.append(f"<bold><from>{i}</from><to>{i + len(word)}</to><value>true</value></bold>")
    ins = f"<inline-styles>{''.join(st)}</inline-styles>" if st else "<inline-styles/>"
    return f"<{tag}{attrs}><coId>{coid()}</coId><text>{escape(text)}</text>{ins}<styles/></{tag}>"


def li(text, links=(), bold=(), level=1, lid="a7c31e"):
    return block("list-item", text, links, bold, f' level="{level}" list-id="{lid}" type="unordered"')


B = []
B.append(block("heading", "预训练语言模型 & 检索增强 —— 读书笔记（组会准备）", attrs=' level="1"'))
B.append(block("para", "更新于 2024-03-01。老师说下周组会讲“预训练目标怎么选”，顺便把检索增强那条线也串起来。"))
B.append(block("heading", "一、预训练目标", attrs=' level="2"'))
t = f"{T('1910.10683')}（T5，JMLR 2020）"
B.append(li(t, [(T("1910.10683"), "https://arxiv.org/abs/1910.10683")], ["T5"]))
B.append(li("要点：所有任务统一成 text-to-text；C4 数据集；span corruption 比 BERT 式 MLM 略好。附录的对比表很值得看。", level=2))
t = f"{T('1907.11692')}  https://arxiv.org/abs/1907.11692"
B.append(li(t, [("https://arxiv.org/abs/1907.11692", "https://arxiv.org/abs/1907.11692")], ["RoBERTa"]))
B.append(li("去掉 NSP、动态 mask、更大 batch、更多数据。结论：BERT 是“没训够”。", level=2))
t = f"{T('2012.08561')}（Electric，arXiv:2012.08561）"
B.append(li(t, bold=["Electric"]))
B.append(li("和 ELECTRA 同一作者，把 cloze 任务变成能量模型，用 NCE 训练。还没完全看懂第 3 节。", level=2))
t = f"{T('2010.06040')}"
B.append(li(t))
B.append(li("MLM 的 mask 方式会影响梯度方差 → 提出 fully-explored masking。师兄说这篇可以略读。", level=2))
B.append(block("para", f"另外，GPT-2 那篇 {GPT2}（OpenAI 2019）不在 arXiv 上，PDF 在 OpenAI 官网，组里网盘也有一份。"))
B.append(block("heading", "二、非自回归翻译（顺带）", attrs=' level="2"'))
t = f"{T('2008.07905')} —— ACL 2021 版本看 OpenReview 讨论"
B.append(li(t, [(T("2008.07905"), f"https://openreview.net/forum?id={OR('2008.07905')}")], lid="b2d90f"))
B.append(li("GLAT：glancing sampling，按预测错误的数量决定喂多少真值词。", level=2, lid="b2d90f"))
B.append(block("horizontal-line", ""))
B.append(block("heading", "三、检索增强", attrs=' level="2"'))
B.append(li(f"{T('2002.08909')}（REALM，ICML 2020）：检索器和语言模型一起预训练，MIPS 索引异步刷新。", bold=["REALM"], lid="c5e41a"))
t = f"{T('2310.11511')}"
B.append(li(t, [(T("2310.11511"), "https://arxiv.org/abs/2310.11511")], lid="c5e41a"))
B.append(li("reflection tokens：Retrieve / IsRel / IsSup / IsUse。代码：github.com/AkariAsai/self-rag", level=2, lid="c5e41a"))
B.append(block("para", "参考资料（不是论文）：李沐的论文精读视频（B站）、Jay Alammar 的 The Illustrated Transformer 博客、HuggingFace course 第 7 章。"))
B.append(block("para", "TODO：周五前把 T5 的表 14 画成图；问一下 Q&A 环节谁来主持。"))
text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<note xmlns="http://note.youdao.com" schema-version="1.0.3" file-version="0"><head/><body>'
        + "".join(B) + "</body></note>")
write_only(F1111, text, keys(F1111))
