#!/usr/bin/env python3
"""2120: the last text page, «参考文献» and «致谢» of an invented master's thesis (硕士学位论文) of Lanzhou University
(兰州大学), references in GB/T 7714-2015 (numeric order of first citation; «SURNAME I, SURNAME I, SURNAME I, et al.
Title[C]//Proceedings. Place: Publisher, year: pages.», «[J]. arXiv preprint arXiv:…, year.», «[EB/OL]. (date)[cited
date]. URL.»), copied from the PDF: the running header «兰州大学硕士学位论文» and centred page numbers between pages,
citations «[n]» in the text, reference lines wrapped at 78 columns (textwrap; titles wrap across lines). Chinese, the
Latin-script references in sentence case as GB/T theses write them. The thesis, people and texts are invented.
Computed: the author forms from the catalogue (upper-case surname, initials without dots, three then «, et al.»),
numbering in order of first citation (asserted), the wrapping, page numbers consecutive."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(2120)


def gb(name):
    parts = name.replace("-", " - ").split()
    sur = name.split()[-1].upper()
    ini = " ".join(p[0] for p in name.split()[:-1] if p[0].isalpha())
    return f"{sur} {ini}"


def au(key):
    a = [gb(n) for n in authors(key)]
    return ", ".join(a[:3]) + (", et al" if len(a) > 3 else "")


def sc(key):
    """sentence case as GB/T theses write Latin titles: first letter and words after a colon kept, others lowered
    unless they hold a capital after the first letter (acronyms)"""
    out = []
    for i, w in enumerate(T(key).split(" ")):
        if i == 0 or (out and out[-1].endswith(":")):
            out.append(w); continue
        out.append("-".join(p if sum(c.isupper() for c in p) >= 2 else p.lower() for p in w.split("-")))
    return " ".join(out)


REFS = {
 "1503.03585": lambda k: f"{au(k)}. {sc(k)}[C/OL]//Proceedings of the 32nd International Conference on Machine "
                         f"Learning. Lille: PMLR, 2015: 2256-2265[2026-03-02]. http://arxiv.org/abs/1503.03585.",
 "1406.2661": lambda k: f"{au(k)}. {sc(k)}[C]//Advances in Neural Information Processing Systems 27. Montreal: "
                        "Curran Associates, 2014: 2672-2680.",
 "1907.05600": lambda k: f"{au(k)}. {sc(k)}[C]//Advances in Neural Information Processing Systems 32. Vancouver: "
                         "Curran Associates, 2019: 11895-11907.",
 "2010.02502": lambda k: f"{au(k)}. {sc(k)}[C/OL]//International Conference on Learning Representations. 2021"
                         f"[2026-03-02]. https://openreview.net/forum?id={OR(k)}.",
 "2105.05233": lambda k: f"{au(k)}. {sc(k)}[EB/OL]. (2021-05-11)[2026-03-02]. https://arxiv.org/pdf/2105.05233v4.pdf.",
 "2106.05931": lambda k: f"{au(k)}. {sc(k)}[C]//Advances in Neural Information Processing Systems 34. 2021: "
                         "11287-11302.",
 "2204.06125": lambda k: f"{au(k)}. {sc(k)}[EB/OL]. (2022-04-13)[2026-03-05]. https://arxiv.org/abs/2204.06125.",
 "2403.03206": lambda k: f"{au(k)}. {sc(k)}[J]. arXiv preprint arXiv:2403.03206, 2024.",
}
TEXT = [
 "第5章 总结与展望",
 "5.1 总结",
 "本文围绕扩散模型在敦煌壁画图像修复中的应用展开研究。扩散模型的思想最早来源于非平衡热力学[1]，与生成对抗网络[2]",
 "相比，其训练过程更加稳定。基于分数匹配的方法[3]与去噪扩散隐式模型[4]进一步提高了采样效率，文献[5]表明扩散模型在",
 "图像合成质量上已超过生成对抗网络。本文的方法借鉴了潜空间扩散的思路[6]，并参考了文本条件生成[7]与整流流",
 "Transformer[8]的设计。",
 "5.2 展望",
 "后续工作将在更多壁画数据上验证本文方法，并探索视频修复。本文使用的代码基于 PyTorch 与 Diffusers 库实现（软件，",
 "不属于参考文献）。",
]
cited = [int(n) for n in re.findall(r"\[(\d+)\]", "".join(TEXT))]
first = []
for n in cited:
    if n not in first: first.append(n)
assert first == list(range(1, 9)), first
ORDER = ["1503.03585", "1406.2661", "1907.05600", "2010.02502", "2105.05233", "2106.05931", "2204.06125", "2403.03206"]
assert sorted(ORDER) == sorted(keys(F))
HEAD = "兰州大学硕士学位论文"
page = 47
out = [HEAD, ""] + TEXT + ["", str(page), "", HEAD, "", "参考文献", ""]
page += 1
for i, k in enumerate(ORDER, 1):
    out += textwrap.wrap(f"[{i}] {REFS[k](k)}", width=78, break_long_words=False, break_on_hyphens=False)
out += ["", str(page), "", HEAD, "", "致谢", "",
        "感谢导师马晓燕教授三年来的悉心指导，感谢敦煌研究院提供的壁画图像数据（数据集，不属于参考文献），",
        "感谢实验室的李文博、张静怡同学在实验中给予的帮助。最后感谢我的家人。", "", str(page + 1)]
pages = [int(l) for l in out if l.isdigit()]
assert pages == list(range(47, 47 + len(pages)))
text = "\n".join(out) + "\n"
write_only(F, text, keys(F), forms=[" ".join(text.split())])
