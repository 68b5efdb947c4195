#!/usr/bin/env python3
"""1441: a Chinese master's student's saved papers in Bing Academic's Chinese site (必应学术, cn.bing.com/academic)
exported as RefMan (RIS): `TAG  - value` lines, CR LF, a blank line between records, `TY` first and `ER  - ` last.
Latin author names `Surname, Given` (from the catalogue), Chinese names as written; `UR` is the record's Bing Academic
profile page (`profile?id=<32 hex>&encoded=0&v=paper_preview&mkt=zh-cn`, the id from a hash), `L1` the PDF link where
the record lists one (arXiv PDFs), `JO  - arXiv preprint arXiv:<id>` for an arXiv-only record; Chinese records carry
Chinese keywords and abstracts; nothing later than 2021 (the site's index then). Not papers: nothing else — three invented
Chinese records (two journal articles and a thesis) sit between the English ones; ELECTRA is also a name in one of them."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_raw
from make_expected import F1441, keys, GLOVE, GPT1, LSTM

def pid(k): return hashlib.md5(("bing-academic:" + k).encode()).hexdigest()
def url(k): return f"https://cn.bing.com/academic/profile?id={pid(k)}&encoded=0&v=paper_preview&mkt=zh-cn"
def aus(k): return [f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in CAT[key_of(k)]["authors"]]

R = []
def rec(ty, title, authors, **kw):
    r = [("TY", ty), ("TI", title)] + [("AU", a) for a in authors]
    for tag in ("T2", "JO", "VL", "IS", "SP", "EP", "PY", "PB", "CY", "KW", "AB", "DO", "UR", "L1"):
        v = kw.get(tag)
        if v is None: continue
        for x in (v if isinstance(v, list) else [v]):
            r.append((tag, x))
    R.append(r)

rec("JOUR", LSTM, aus(LSTM), JO="Neural Computation", VL="9", IS="8", SP="1735", EP="1780", PY="1997",
    PB="MIT Press", DO="10.1162/neco.1997.9.8.1735", UR=url(LSTM))
rec("CONF", T("1409.3215"), aus("1409.3215"), T2="Advances in Neural Information Processing Systems", SP="3104",
    EP="3112", PY="2014", UR=url("1409.3215"))
rec("JOUR", T("1409.0473"), aus("1409.0473"), JO="arXiv preprint arXiv:1409.0473", PY="2014", UR=url("1409.0473"))
rec("JOUR", "神经机器翻译中注意力机制的对齐能力分析", ["刘洋", "周婷婷"], JO="中文信息技术学报", VL="34", IS="4",
    SP="58", EP="67", PY="2020", KW=["神经机器翻译", "注意力机制", "词对齐"],
    AB="注意力机制是神经机器翻译模型的核心组件。本文以汉英翻译为例，比较了加性注意力与点积注意力在词对齐任务上的表现，"
       "并分析了多头注意力中不同注意力头的分工……", UR=url("cn-nmt-attn"))
rec("CONF", GLOVE, aus(GLOVE), T2="Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
    SP="1532", EP="1543", PY="2014", PB="Association for Computational Linguistics", CY="Doha, Qatar",
    DO="10.3115/v1/D14-1162", UR=url(GLOVE))
rec("RPRT", GPT1, aus(GPT1), PY="2018", PB="OpenAI", UR=url(GPT1))
rec("JOUR", T("1907.11692"), aus("1907.11692"), JO="arXiv e-prints", PY="2019", UR=url("1907.11692"),
    L1="https://arxiv.org/pdf/1907.11692")
rec("CONF", T("2003.10555"), aus("2003.10555"), T2="International Conference on Learning Representations (ICLR)",
    PY="2020", UR=url("2003.10555"), L1="https://arxiv.org/pdf/2003.10555")
rec("JOUR", "基于ELECTRA的中文文本分类模型轻量化方法", ["王晓明", "陈静", "李文博"], JO="计算机工程与智能系统",
    VL="16", IS="2", SP="112", EP="120", PY="2021", KW=["预训练语言模型", "ELECTRA", "知识蒸馏", "文本分类"],
    AB="针对预训练语言模型参数量大、推理慢的问题，提出一种基于ELECTRA判别器的中文文本分类轻量化方法……",
    UR=url("cn-electra-lite"))
rec("CONF", T("2006.03654"), aus("2006.03654"), T2="International Conference on Learning Representations (ICLR)",
    PY="2021", UR=url("2006.03654"), L1="https://arxiv.org/pdf/2006.03654")
rec("THES", "面向低资源场景的中文预训练语言模型研究", ["赵磊"], PY="2021", PB="江南理工大学", CY="无锡",
    KW=["预训练语言模型", "低资源", "数据增强"], UR=url("cn-thesis-zhao"))

text = "".join("\r\n".join(f"{t}  - {v}" for t, v in r) + "\r\nER  - \r\n\r\n" for r in R)
write_raw(F1441, text.encode("utf-8"), [text], keys(F1441))
