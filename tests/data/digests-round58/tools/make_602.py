#!/usr/bin/env python3
"""602: a NoteExpress export in NoteExpress's own tagged format ("{Reference Type}: …", "{Title}: …",
"{Author}: Surname, Given;…", {Secondary Title}, {Year}, {Pages}, {Keywords}, {Abstract}, {URL}, {Notes} …), one
field per line, records separated by a blank line, written on Windows (UTF-8 with BOM, CRLF line ends). Chinese
keywords and notes, a lab library on NLP pre-training; non-paper records (a book, software, a web page, a leaderboard)
sit among the papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_raw
from make_expected import F602, keys


def au(k):
    return ";".join(f"{a.split()[-1]}, {' '.join(a.split()[:-1])}" for a in CAT[k]["authors"])


def paper(k, rtype, sec, year, kw, notes, url=None, pages=None, place=None, pub=None, abstract=True):
    f = [("Reference Type", rtype), ("Title", T(k)), ("Author", au(k)), ("Secondary Title", sec)]
    if place: f.append(("Place Published", place))
    if pub: f.append(("Publisher", pub))
    f.append(("Year", year))
    if pages: f.append(("Pages", pages))
    f.append(("Keywords", kw))
    if abstract: f.append(("Abstract", CAT[k]["abstract"]))
    if url: f.append(("URL", url))
    f.append(("Notes", notes))
    f.append(("Language", "English"))
    return f


recs = [
 paper("1801.06146", "Conference Proceedings", "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
       "2018", "迁移学习;文本分类;语言模型微调", "第1周精读。判别式微调、斜三角学习率、逐层解冻三个技巧都要会讲；PPT 由王一帆准备。",
       url="https://arxiv.org/abs/1801.06146", place="Melbourne, Australia", pub="Association for Computational Linguistics"),
 paper("1810.04805", "Conference Proceedings", "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies",
       "2019", "预训练;掩码语言模型;双向编码器", "第2周。只用会议版 PDF（组里共享盘 /papers/2019/），重点：MLM 与 NSP 的消融，注意 NSP 后来被证明作用不大。",
       pages="4171-4186", place="Minneapolis, Minnesota", pub="Association for Computational Linguistics"),
 paper("1907.11692", "Electronic Article", "arXiv preprint", "2019", "预训练;训练策略;动态掩码",
       "第3周。arXiv:1907.11692。结论：数据更多、训练更久、去掉 NSP、动态掩码。和上一篇对比着讲。"),
 paper("1906.08237", "Conference Proceedings", "Advances in Neural Information Processing Systems 32", "2019",
       "自回归预训练;排列语言模型;双流注意力", "第4周。双流注意力那部分公式比较绕，建议先看作者的讲解视频（视频不算论文）。",
       url="https://arxiv.org/pdf/1906.08237.pdf"),
 paper("2003.10555", "Conference Proceedings", "International Conference on Learning Representations (ICLR)", "2020",
       "替换词检测;判别式预训练;样本效率", "第5周。同一组作者还有一篇能量模型视角的后续工作，见下一条。",
       url="https://arxiv.org/abs/2003.10555"),
 paper("2012.08561", "Conference Proceedings", "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
       "2020", "能量模型;完形填空;噪声对比估计", "第5周选读。与上一条合并成一次报告。", abstract=False),
 paper("2006.03654", "Conference Proceedings", "International Conference on Learning Representations (ICLR)", "2021",
       "解耦注意力;相对位置;增强掩码解码器", "第6周。SuperGLUE 上首次超过人类基线的单模型之一；复现时注意 tokenizer 版本。",
       url="https://arxiv.org/abs/2006.03654"),
 paper("1911.02116", "Conference Proceedings", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
       "2020", "跨语言;多语言预训练;CommonCrawl", "第7周。和组里中英平行语料项目相关；会议版，PDF 在共享盘。",
       pages="8440-8451", pub="Association for Computational Linguistics"),
]
extra = [
 [("Reference Type", "Book"), ("Title", "自然语言处理：基于预训练模型的方法"), ("Author", "车万翔;郭江;崔一鸣"),
  ("Place Published", "北京"), ("Publisher", "电子工业出版社"), ("Year", "2021"),
  ("Keywords", "教材;预训练模型"), ("Notes", "中文入门教材（书，不是论文），第6、7章对应本学期内容。图书馆有两本。"), ("Language", "Chinese")],
 [("Reference Type", "Computer Program"), ("Title", "Transformers: State-of-the-art Machine Learning for PyTorch, TensorFlow, and JAX"),
  ("Author", "Hugging Face"), ("Year", "2024"), ("Version", "4.38.2"), ("URL", "https://github.com/huggingface/transformers"),
  ("Keywords", "软件;代码库"), ("Notes", "复现用的代码库（软件）。服务器上统一用 conda 环境 nlp-pt。"), ("Language", "English")],
 [("Reference Type", "Web Page"), ("Title", "The Illustrated Transformer"), ("Author", "Alammar, Jay"), ("Year", "2018"),
  ("URL", "https://jalammar.github.io/illustrated-transformer/"), ("Keywords", "博客;图解"),
  ("Notes", "新同学先看这篇博客再读论文。"), ("Language", "English")],
 [("Reference Type", "Web Page"), ("Title", "CLUE 中文语言理解测评基准 排行榜"), ("Author", "CLUE benchmark 团队"), ("Year", "2023"),
  ("URL", "https://www.cluebenchmarks.com/rank.html"), ("Keywords", "排行榜;中文评测"),
  ("Notes", "排行榜页面（不是论文），期末报告里引用时写访问日期。"), ("Language", "Chinese")],
]
allrecs = recs[:3] + [extra[0]] + recs[3:6] + [extra[1], extra[2]] + recs[6:] + [extra[3]]
text = "\r\n\r\n".join("\r\n".join("{" + k + "}: " + v for k, v in r) for r in allrecs) + "\r\n"
write_raw(F602, b"\xef\xbb\xbf" + text.encode("utf-8"), [text], keys(F602))
