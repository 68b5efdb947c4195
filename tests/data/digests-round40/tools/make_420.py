#!/usr/bin/env python3
"""420: the end of a two-column IEEE-template manuscript copied out of the PDF viewer: the last lines of the
Conclusion, Acknowledgment, and REFERENCES as they come out of one column — "[n]" numbers, initials before
surnames, "et al." after the first author when there are more than six, titles in “ ” with the comma inside,
abbreviated venues ("in Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)"), lines broken at the column
width (about 50 characters) with no indentation, so titles break mid-title and two words are hyphenated at the line
end ("convo-/lutional", "seg-/mentation"); the running head and page number of the next page land in the middle of
the list. Vision architectures for an on-device inspection paper."""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, initials, write_only
from make_expected import F420, keys, GLOROT, DBN

K = keys(F420)
t = T


def ini(name):
    """IEEE initials: 'Yee-Whye Teh' -> 'Y.-W. Teh'"""
    w = name.split()
    return " ".join("-".join(x[0] + "." for x in p.split("-")) if not p.endswith(".") else p for p in w[:-1]) + " " + w[-1]


def who(k):
    a = CAT[key_of(k)]["authors"]
    initials = ini
    if len(a) > 6: return initials(a[0]) + " et al."
    if len(a) == 1: return initials(a[0])
    if len(a) == 2: return initials(a[0]) + " and " + initials(a[1])
    return ", ".join(initials(x) for x in a[:-1]) + ", and " + initials(a[-1])


def q(k, lower=True):
    s = t(k)
    if lower:  # IEEE sentence case as this author types it: keep acronyms and the word after a colon's first letter
        words = s.split(" ")
        keep = lambda w: "-" not in w and (w.isupper() or any(c.isupper() for c in w[1:]))
        out = [words[0]] + [w if (keep(w) or prev.endswith(":")) else w.lower() for prev, w in zip(words, words[1:])]
        s = " ".join(out)
    return "“" + s + ",”"


CVPR = "in Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR)"
refs = [
 f"{who(GLOROT)}, {q(GLOROT)} in Proc. 13th Int. Conf. Artif. Intell. Statist. (AISTATS), 2010, pp. 249–256.",
 f"{who(DBN)}, {q(DBN)} Neural Comput., vol. 18, no. 7, pp. 1527–1554, Jul. 2006.",
 f"{who('1711.05101')}, {q('1711.05101')} in Proc. Int. Conf. Learn. Represent. (ICLR), 2019. [Online]. Available: https://arxiv.org/abs/1711.05101",
 f"{who('1905.11946')}, {q('1905.11946', False)} 2019, arXiv:1905.11946.",
 f"{who('2004.08955')}, {q('2004.08955', False)} in Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. Workshops (CVPRW), 2022, pp. 2736–2746.",
 f"{who('2010.08515')}, {q('2010.08515')} in Proc. Int. Conf. Learn. Represent. (ICLR), 2021, arXiv:2010.08515.",
 f"{who('2106.04560')}, {q('2106.04560', False)} {CVPR}, 2022, pp. 12104–12113.",
 f"{who('1911.05722')}, {q('1911.05722')} {CVPR}, 2020, pp. 9729–9738. [Online]. Available: https://arxiv.org/abs/1911.05722",
 "R. Wightman, “PyTorch image models,” GitHub repository, 2019. [Online]. Available: https://github.com/huggingface/pytorch-image-models",
 f"{who('2010.04159')}, {q('2010.04159')} in Proc. Int. Conf. Learn. Represent. (ICLR), 2021.",
 f"{who('2012.07177')}, {q('2012.07177')} {CVPR}, 2021, pp. 2918–2928.",
 "R. C. Gonzalez and R. E. Woods, Digital Image Processing, 4th ed. New York, NY, USA: Pearson, 2018.",
 "NVIDIA Corporation, “TensorRT developer guide,” 2023. [Online]. Available: https://docs.nvidia.com/deeplearning/tensorrt/developer-guide/",
 "P. Bergmann, M. Fauser, D. Sattlegger, and C. Steger, MVTec anomaly detection dataset (MVTec AD), dataset website, 2019. [Online]. Available: https://www.mvtec.com/company/research/datasets/mvtec-ad",
]
HYPH = {"convolutional": ("convo-", "lutional"), "segmentation,”": ("seg-", "mentation,”")}
used_h = set()


def col_wrap(s, width=50):
    lines, cur = [], ""
    for w in s.split(" "):
        if not cur: cur = w; continue
        if len(cur) + 1 + len(w) <= width: cur += " " + w; continue
        h = HYPH.get(w)
        if h and w not in used_h and len(cur) + 1 + len(h[0]) <= width:
            used_h.add(w); lines.append(cur + " " + h[0]); cur = h[1]; continue
        lines.append(cur); cur = w
    lines.append(cur)
    return lines


out = []
for i, r in enumerate(refs, 1):
    out += col_wrap(f"[{i}] {r}")
    if i == 8:
        out += ["MANUSCRIPT SUBMITTED FOR REVIEW, 2024 11"]
text = """this budget, the hybrid stage-wise design keeps
the latency under 9 ms on the Jetson Orin NX while
closing most of the gap to the server-side model.
Future work will study the transfer of the defect
prompts to unseen product lines and the behaviour
of the backbones under sensor drift.
ACKNOWLEDGMENT
The authors thank the line engineers at the
Brackwater plant for the annotation effort and
R. Okonjo for help with the TensorRT export.
REFERENCES
""" + "\n".join(out) + """
Lena Vogt received the M.Sc. degree in electrical
engineering from the University of Brackwater
(example), in 2019, where she is currently working
toward the Ph.D. degree. Her research interests
include efficient visual recognition and
industrial inspection.
"""
dehyph = re.sub(r"-\n(?=[a-z])", "", text)
assert used_h == set(HYPH), used_h
write_only(F420, text, K, forms=[dehyph])
