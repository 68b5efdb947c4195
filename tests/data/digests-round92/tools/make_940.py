#!/usr/bin/env python3
"""940: a Hindi-speaking MTech student's notes file: references he copied one by one from the "References" section of
an Elsevier article's ScienceDirect page (the journal line and the section heading too), with his Hindi notes between
them. ScienceDirect's layout as it pastes: `[n]` alone on a line, the authors as Elsevier writes them (`K. He, X.
Zhang`, `G.E. Hinton`, `Y.-W. Teh`), the title, the source line (`Journal, vol (issue) (year), pp. a-b`,
`Proceedings … (year), pp. a-b`, `arXiv preprint arXiv:ID (year)`, a URL line), then the link texts glued together as
the page's buttons paste (`CrossRefView in ScopusGoogle Scholar`, `View in ScopusGoogle Scholar`, `Google Scholar`).
His notes start with `→` (a paper note) or `#` (a heading). The papers: two with arXiv URLs, two with arXiv ids as
text, four by title only (two of them not on arXiv). The Goodfellow textbook, the PyTorch documentation, a Kaggle
competition page and an NPTEL course are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, GLOROT, DBN

F = by_num(940)
K = dict(resnest="2004.08955", dc="2006.05929", sam="2010.01412", smooth="2006.14536", resnet="1512.03385",
         prelu="1502.01852")


def els(name):
    """Elsevier's author form: 'Kaiming He' -> 'K. He', 'Quoc V. Le' -> 'Q.V. Le', 'Yee-Whye Teh' -> 'Y.-W. Teh'"""
    parts = name.split()
    ini = ""
    for p in parts[:-1]:
        if "-" in p:
            ini += "-".join(q[0] + "." for q in p.split("-"))
        else:
            ini += p[0] + "."
    return ini + " " + parts[-1]


def auth(key):
    return ", ".join(els(a) for a in CAT[key]["authors"])


def ref(n, authors, title, source, links):
    return [f"[{n}]", authors, title] + source + [links]


blocks = [
    ["# Pattern Recognition Letters वाला लेख (सर ने 5 मार्च को ग्रुप में भेजा था) — उसके references में से",
     "# सिर्फ़ वही उठाए जो मुझे पढ़ने हैं या जिनकी ज़रूरत थीसिस के chapter 2 में पड़ेगी। बाकी बाद में।",
     "# (ScienceDirect से सीधा कॉपी-पेस्ट है, इसलिए \"View in ScopusGoogle Scholar\" वाली लाइनें भी आ गईं — छोड़ दो)",
     "",
     "Pattern Recognition Letters",
     "Volume 179, March 2024, Pages 45-52",
     "",
     "References"],
    ref(3, auth(K["resnet"]), T(K["resnet"]),
        ["Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR) (2016), pp. 770-778"],
        "View in ScopusGoogle Scholar"),
    ["→ ResNet। skip connection — सबको पता है पर मैंने पूरा पेपर कभी नहीं पढ़ा 😅 सेक्शन 3.3 (bottleneck) ज़रूर पढ़ना।"],
    ref(4, auth(K["prelu"]), T(K["prelu"]),
        ["Proceedings of the IEEE International Conference on Computer Vision (ICCV) (2015), pp. 1026-1034"],
        "View in ScopusGoogle Scholar"),
    ["→ PReLU + \"He initialization\"। Glorot वाले पेपर के बाद पढ़ना, तभी variance वाली बात समझ आएगी।"],
    ref(5, "X. Glorot, Y. Bengio", GLOROT,
        ["Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics, "
         "JMLR Workshop and Conference Proceedings, vol. 9 (2010), pp. 249-256"],
        "Google Scholar"),
    ["→ Xavier init। AISTATS 2010, arXiv पर नहीं है — PDF proceedings.mlr.press से मिल जाएगी।"],
    ref(9, "I. Goodfellow, Y. Bengio, A. Courville", "Deep Learning", ["MIT Press, Cambridge, MA (2016)"],
        "Google Scholar"),
    ["→ किताब है (पेपर नहीं) — लाइब्रेरी में 2 कॉपी हैं, chapter 8 optimization के लिए।"],
    ref(12, "G.E. Hinton, S. Osindero, Y.-W. Teh", DBN, ["Neural Computation, 18 (7) (2006), pp. 1527-1554"],
        "CrossRefView in ScopusGoogle Scholar"),
    ["→ पुराना क्लासिक — greedy layer-wise pretraining। सिर्फ़ intro + सेक्शन 4, बाकी historical है।"],
    ref(17, auth(K["resnest"]), T(K["resnest"]),
        ["(2020)", "https://arxiv.org/abs/2004.08955"],
        "Google Scholar"),
    ["→ split-attention। लेख में इसी को backbone लिया है, Table 2 में ResNet-50 से तुलना। कोड: zhanghang1989/ResNeSt (GitHub)"],
    ref(18, auth(K["sam"]), T(K["sam"]),
        ["arXiv preprint arXiv:2010.01412 (2020)"],
        "Google Scholar"),
    ["→ SAM optimizer (segmentation वाला SAM नहीं!!)। ICLR 2021। हमारे छोटे dataset पर overfitting के लिए काम का।"],
    ref(19, auth(K["smooth"]), T(K["smooth"]),
        ["arXiv preprint arXiv:2006.14536 (2020)"],
        "Google Scholar"),
    ["→ ReLU की जगह smooth activation (SiLU/GELU) से adversarial training बेहतर — robustness वाले हिस्से के लिए।"],
    ref(23, auth(K["dc"]), T(K["dc"]),
        ["International Conference on Learning Representations (ICLR) (2021)", "https://arxiv.org/abs/2006.05929"],
        "Google Scholar"),
    ["→ dataset condensation — पूरा dataset नहीं, कुछ synthetic images। 2nd semester प्रोजेक्ट का आइडिया? प्रिया से पूछना।"],
    ref(31, "", "PyTorch documentation", ["https://pytorch.org/docs/stable/index.html (accessed 12 January 2024)"],
        "Google Scholar"),
    ref(34, "", "Kaggle, Plant Pathology 2021 - FGVC8", ["https://www.kaggle.com/c/plant-pathology-2021-fgvc8 (2021)"],
        "Google Scholar"),
    ["→ यही dataset हम इस्तेमाल कर रहे हैं (Kaggle competition page, पेपर नहीं)।"],
    ["",
     "# TODO",
     "# - NPTEL का \"Deep Learning\" कोर्स (IIT Ropar) के week 5–6 वीडियो फिर से देखने हैं — initialization और batch norm",
     "# - ResNet, PReLU, Glorot: शुक्रवार की लैब मीटिंग से पहले",
     "# - SAM और smooth adversarial training: अगले हफ़्ते, रोहन के साथ"],
]
out = []
for b in blocks:
    out += [l for l in b if l != ""] if b[0].startswith("[") else b  # a web reference has no author line
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
