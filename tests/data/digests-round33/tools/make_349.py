#!/usr/bin/env python3
"""349: the end of a journal manuscript in the IEEEtran template (the author kept the template's running head
"JOURNAL OF LATEX CLASS FILES, VOL. 14, NO. 8, AUGUST 2021"), run through `pdftotext -layout`-less default mode: one
column of text per page side (about 58 characters a line), page number in the running head, form feeds between
pages. Not the dev set's ACL reference list: IEEE style ("[n]" labels, initials before surnames, titles in curly
double quotes with a comma inside, abbreviated venues "in Proc. …", "et al." after the first author for long lists,
"[Online]. Available:" URLs, "arXiv:ID" for preprints), numbered by first citation, followed by the authors'
biographies. Papers: OpenReview URLs and an arXiv URL (link), "arXiv:ID" (arxiv-text), the others by title
(title-only). ImageNet, PyTorch, the template and the biographies' theses are not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, initials, write_only
from make_expected import F349, keys

W = 58


def ini(name):
    """IEEE initials, hyphenated given names kept: 'Ching-Yao Chuang' -> 'C.-Y. Chuang'"""
    parts = name.split()
    return " ".join("-".join(q[0] + "." for q in p.split("-")) if not p.endswith(".") else p for p in parts[:-1]) + " " + parts[-1]


def names(k, n=6):
    a = CAT[k]["authors"]
    if len(a) > n: return ini(a[0]) + " et al."
    a = [ini(x) for x in a]
    return a[0] if len(a) == 1 else (" and ".join(a) if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])


def sent(t):
    """IEEE sentence case as the authors typed it into their .bib (first word, after a colon, acronyms kept)"""
    out, cap = [], True
    for w in t.split():
        ps = w.split("-")
        out.append("-".join(p if (cap and j == 0) or any(c.isupper() for c in p[1:]) or p[:1].isdigit() else p.lower()
                            for j, p in enumerate(ps)))
        cap = w.endswith(":")
    return " ".join(out)


REFS = [
    ("1512.03385", "in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), Jun. 2016, pp. 770–778."),
    ("1502.01852", "in Proc. IEEE Int. Conf. Comput. Vis. (ICCV), Dec. 2015, pp. 1026–1034."),
    ("1905.11946", "in Proc. 36th Int. Conf. Mach. Learn. (ICML), 2019, pp. 6105–6114."),
    ("2004.08955", "2020, arXiv:2004.08955."),
    ("2010.11929", "in Proc. Int. Conf. Learn. Represent. (ICLR), 2021. [Online]. Available: https://openreview.net/forum?id=YicbFdNTTy"),
    ("2002.05709", "in Proc. 37th Int. Conf. Mach. Learn. (ICML), 2020, pp. 1597–1607."),
    ("2010.04592", "in Proc. Int. Conf. Learn. Represent. (ICLR), 2021. [Online]. Available: https://arxiv.org/abs/2010.04592"),
    ("2011.04419", "in Proc. 38th Int. Conf. Mach. Learn. (ICML), 2021, pp. 10530–10541."),
    ("2006.06882", "in Proc. Adv. Neural Inf. Process. Syst. (NeurIPS), vol. 33, 2020, pp. 3833–3845."),
    ("2011.06182", "2020. [Online]. Available: https://openreview.net/forum?id=3rRgu7OGgBI"),
    ("2010.08515", "in Proc. Int. Conf. Learn. Represent. (ICLR), 2021, arXiv:2010.08515."),
]


def ref(i, k, tail):
    t = sent(T(k))
    q = f"“{t},”" if not t.endswith("?") else f"“{t}”"
    s = f"[{i}] {names(k)}, {q} {tail}"
    ind = " " * (len(str(i)) + 3)
    return "\n".join(textwrap.wrap(s, width=W, subsequent_indent=ind, break_on_hyphens=False, break_long_words=False))


def para(s):
    return "\n".join(textwrap.wrap(s, width=W, break_on_hyphens=False))


HEAD = "JOURNAL OF LATEX CLASS FILES, VOL. 14, NO. 8, AUGUST 2021"
refs = [ref(i, k, tail) for i, (k, tail) in enumerate(REFS, 1)]
p11 = f"""{HEAD}                                   11

{para("rates drop below 2% (Table VIII). With only 10% of the labels, the residual backbone [1] initialized from our pre-training closes most of the gap to full supervision, and the gain persists for the transformer backbone [5], which is known to need more data than convolutional networks [11].")}

{para("Limitations. All pre-training in this work uses the 1.28M unlabeled ImageNet images; we have not tested web-scale uncurated data, where the augmentation pipeline of [6] and the negative sampling of [7] may behave differently. We also fixed the fine-tuning recipe across backbones instead of tuning it per model as in [3].")}

                      VI. CONCLUSION
{para("We revisited when self-supervised pre-training pays off for small labeled datasets. Pre-training helps most when labels are scarce and the backbone is large, and it is complementary to self-training [9]; contrastive objectives without domain-specific augmentations [8] transfer surprisingly well to our medical and satellite sets. A simple two-head fine-tuning scheme [10] adds a further 0.6 points on average. Code and checkpoints will be released upon publication.")}

                    ACKNOWLEDGMENT
{para("The authors thank the anonymous reviewers, and the HPC center of the university for compute time on the A100 partition (project p-2291).")}

                      REFERENCES
""" + "\n".join(refs[:7]) + "\n\f"
p12 = f"""{HEAD}                                   12

""" + "\n".join(refs[7:]) + f"""


{para("Mei-Ling Chou received the B.S. degree in electrical engineering from National Hsinmei University and the M.S. degree in computer science from the same university. She is currently pursuing the Ph.D. degree with the Institute of Data Science, Northfield Institute of Technology. Her research interests include self-supervised learning and label-efficient recognition.")}

{para("Rafael Sørensen (Member, IEEE) received the Ph.D. degree from Øresund Technical University in 2014. He is an Associate Professor with Northfield Institute of Technology. He serves as an Associate Editor of a transactions journal and has co-organized workshops on learning with limited labels.")}
\f"""
text = p11 + p12
write_only(F349, text, keys(F349))
