#!/usr/bin/env python3
"""1460: the end of an (invented) Chinese survey in the style of 中国科学: 信息科学 (Scientia Sinica Informationis),
copied from its PDF: the last paragraph of the conclusion with bracketed citations, 致谢, the 参考文献 list in the
journal's style (surnames with initials, three authors then `et al.`, sentence-case titles, `In: Proceedings of …,
year. pages`, `Journal, year, volume: pages`, preprints as `year. ArXiv:id`), a page break with the running head and
page number, and the English title / authors / abstract / keywords block that follows the references. Lines are
broken where the PDF broke them. Not papers: FasterTransformer, TensorRT-LLM, the A100 white paper, 邱锡鹏's
textbook; the three Chinese entries are invented. Transformer, MoE, KV cache, Performer are names."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1460, keys

KEEP = {"GShard:", "FlashAttention-2:", "PagedAttention", "Hyena"}


def sc(t):
    """sentence case as the journal prints it (first word kept, words with inner capitals or digits kept)"""
    out = []
    for i, w in enumerate(t.split(" ")):
        if i == 0 or w in KEEP or re.search(r"[A-Z].*[A-Z0-9]|\d", w[1:] if w else ""):
            out.append(w)
        else:
            out.append(w.lower())
    return " ".join(out)


REFS = [
 f"Vaswani A, Shazeer N, Parmar N, et al. {sc(T('1706.03762'))}. In: Proceedings of Advances in Neural Information Processing Systems, 2017. 5998–6008",
 "邱锡鹏. 神经网络与深度学习. 北京: 机械工业出版社, 2020",
 f"Zaheer M, Guruganesh G, Dubey K A, et al. {sc(T('2007.14062'))}. In: Proceedings of Advances in Neural Information Processing Systems, 2020. 17283–17297",
 "王磊, 刘洋, 张敏. 面向长序列建模的稀疏注意力机制研究综述. 软件学报, 2023, 34: 2101–2125",
 f"Fan A, Lavril T, Grave E, et al. {sc(T('2002.09402'))}. 2020. https://openreview.net/forum?id={OR('2002.09402')}",
 f"Poli M, Massaroli S, Nguyen E, et al. {sc(T('2302.10866'))}. In: Proceedings of the 40th International Conference on Machine Learning, 2023. https://arxiv.org/abs/2302.10866",
 f"Wu Z, Liu Z, Lin J, et al. {sc(T('2004.11886'))}. In: Proceedings of International Conference on Learning Representations, 2020",
 "陈静, 李强, 周航. 边缘设备上的 Transformer 模型压缩与加速. 计算机研究与发展, 2022, 59: 1871–1890",
 f"Lepikhin D, Lee H, Xu Y, et al. {sc(T('2006.16668'))}. 2020. ArXiv:2006.16668",
 "NVIDIA. NVIDIA A100 Tensor Core GPU architecture. White Paper, 2020",
 f"Dao T. {sc(T('2307.08691'))}. 2023. ArXiv:2307.08691",
 f"Kwon W, Li Z, Zhuang S, et al. {sc(T('2309.06180'))}. In: Proceedings of the 29th Symposium on Operating Systems Principles, 2023. 611–626",
 "NVIDIA. FasterTransformer. 2021. https://github.com/NVIDIA/FasterTransformer",
 "NVIDIA. TensorRT-LLM. 2023. https://github.com/NVIDIA/TensorRT-LLM",
 "张敏, 王磊. 大模型推理服务中的显存管理与调度. 中国科学: 信息科学, 2024, 54: 455–472",
]
W = 96


def wrap(s, width=W):
    """break a line where the PDF would: at spaces for Latin text, anywhere for Chinese"""
    out, cur = [], ""
    for tok in re.findall(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+", s):
        w = sum(2 if ord(c) > 0x2e80 else 1 for c in cur + tok.rstrip())
        if w > width and cur.strip():
            out.append(cur.rstrip()); cur = tok.lstrip()
        else:
            cur += tok
    if cur.strip(): out.append(cur.rstrip())
    return out


HEAD_EVEN = "王磊等: 大语言模型高效推理技术: 方法与系统"
HEAD = "中国科学 : 信息科学 2024 年 第 54 卷 第 8 期"
body = ("5 结论与展望 (续)",
        "综上, 注意力机制的改进 [1, 3, 5–7] 与系统层面的优化 [9, 11–14] 是相互补充的: 前者降低计算与显存的渐近复杂度, 后者"
        "在给定硬件 [10] 上逼近理论性能. 我们认为今后值得关注的方向包括: 次二次复杂度的序列模型与注意力的混合结构; 面向 MoE "
        "的通信与调度 [9]; 以及在国产加速器上的算子适配 [8, 15].",
        "致谢 本工作得到国家自然科学基金 (批准号: 62376000, 62006000) 资助. 感谢审稿专家提出的宝贵意见.")
L = []
L += [body[0]]
L += wrap(body[1]) + wrap(body[2])
L += ["参考文献"]
entries = [wrap(f"{i} {r}") for i, r in enumerate(REFS, 1)]
page_break_after = 8
for i, e in enumerate(entries, 1):
    L += e
    if i == page_break_after:
        L += ["1873", "", HEAD_EVEN, ""]
L += ["", "Efficient inference for large language models: techniques and systems",
      "Lei WANG1, Yang LIU1* & Min ZHANG2",
      ] + wrap("1. School of Computer Science and Technology, Qingchuan University of Technology, Wuhan 430000, China;") + [
      "2. Institute of Intelligent Computing, Hubei Academy of Sciences, Wuhan 430000, China",
      "* Corresponding author. E-mail: liuyang@qcut.example.edu.cn"]
L += wrap("Abstract Large language models have become the foundation of many applications, but their inference cost "
          "grows quickly with model size and context length. This paper reviews recent work on efficient inference from "
          "two complementary angles. On the model side, we summarize sparse, recurrent and convolutional alternatives to "
          "full attention and discuss their accuracy-efficiency trade-offs. On the system side, we review kernel fusion, "
          "KV cache management, batching and parallelism for serving. Finally, we discuss open problems, including "
          "hybrid architectures and deployment on domestic accelerators.")
L += wrap("Keywords large language model, efficient attention, KV cache, mixture of experts, inference system, survey")
L += ["", "1874"]
write_only(F1460, "\n".join(L) + "\n", keys(F1460), forms=(" ".join(L),))
