#!/usr/bin/env python3
"""1082: a NocoDB grid view downloaded as CSV ("Download → CSV") by a Hindi-speaking self-supervised-learning reading
group: no BOM, CRLF row ends, a cell quoted only when it holds a comma, a double quote, a line break or a leading /
trailing space (papaparse's unparse, which NocoDB uses), LF line breaks kept inside quoted note cells. Columns (Hindi
field titles): शीर्षक (title), लेखक, वर्ष, लिंक (a single-line text field — URLs, an `arXiv:` id, or empty), प्रस्तुतकर्ता
(a link to the members table, shown by display value), बैठक की तारीख (YYYY-MM-DD), स्थिति (single select), टैग
(multi select, values joined by commas), टिप्पणी (long text). Ten rows in the view's sort (meeting date, empty last):
eight papers — one title typed with a doubled space, one with a trailing space — and two resources without a date.
Not papers: Lilian Weng's "Contrastive Representation Learning" blog post, the lightly library. Nicknames not labelled
on their own: CPC, InfoNCE, SimCLR, MoCo, DINOv2, C2D, MedSelect, Copy-Paste, AutoDropout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1082)
K = dict(cpc="1807.03748", simclr="2002.05709", mv="2006.05576", dino="2304.07193", c2d="2103.13646",
         med="2103.14339", cp="2012.07177", ad="2101.01761")
HEAD = ["शीर्षक", "लेखक", "वर्ष", "लिंक", "प्रस्तुतकर्ता", "बैठक की तारीख", "स्थिति", "टैग", "टिप्पणी"]
READ, NOW_, LATER = "पढ़ लिया", "इस हफ़्ते", "बाकी"
ROWS = [
 [T(K["cpc"]), "Aaron van den Oord, Yazhe Li, Oriol Vinyals", "2018", "", "कविता शर्मा", "2024-01-10", READ,
  "contrastive,SSL", "InfoNCE loss यहीं से आया। ऑडियो वाले प्रयोग ज़रूर देखें। PDF ग्रुप ड्राइव में है।"],
 [T(K["simclr"]).replace("for Contrastive", "for  Contrastive"), "Ting Chen, Simon Kornblith, Mohammad Norouzi, Geoffrey Hinton", "2020",
  f"https://arxiv.org/abs/{K['simclr']}", "अर्जुन मेहता", "2024-01-17", READ, "contrastive,SSL,vision",
  "बैच साइज़ 4096 ! हमारे पास इतने GPU नहीं हैं, इसलिए MoCo से तुलना पर भी बात करेंगे।"],
 [T(K["mv"]), "Yao-Hung Hubert Tsai, Yue Wu, Ruslan Salakhutdinov, Louis-Philippe Morency", "2021",
  f"https://openreview.net/forum?id={OR(K['mv'])}", "फ़ातिमा शेख़", "2024-01-24", READ, "SSL,theory",
  "सैद्धांतिक पेपर — सूचना सिद्धांत वाला नज़रिया।\nफ़ातिमा: Appendix B ज़रूर पढ़ें, वहीं असली प्रमाण है।"],
 [T(K["dino"]), "Maxime Oquab, Timothée Darcet, Théo Moutakanni, et al.", "2023", f"https://arxiv.org/abs/{K['dino']}",
  "स्नेहा अय्यर", "2024-01-31", READ, "SSL,vision", "frozen features + linear probe; डेटा क्यूरेशन वाला हिस्सा सबसे दिलचस्प।"],
 [T(K["c2d"]), "Evgenii Zheltonozhskii, Chaim Baskin, Avi Mendelson, Alex M. Bronstein, Or Litany", "2022",
  f"https://openreview.net/forum?id={OR(K['c2d'])}", "विक्रम राव", "2024-02-07", READ, "noisy labels,SSL",
  "noisy labels के लिए self-supervised warm-up। हमारे मेडिकल डेटा के लिए काम का लगता है।"],
 [T(K["med"]) + " ", "Akshay Smit, Damir Vrabac, Yujie He, Andrew Y. Ng, Andrew L. Beam, Pranav Rajpurkar", "2021",
  f"arXiv:{K['med']}", "कविता शर्मा, विक्रम राव", "2024-02-14", NOW_, "medical,RL,label-efficient",
  "selective labeling: कौन-सी इमेज पहले लेबल करवाएँ। कविता और विक्रम मिलकर प्रस्तुत करेंगे।"],
 [T(K["cp"]), "Golnaz Ghiasi, Yin Cui, Aravind Srinivas, Rui Qian, Tsung-Yi Lin, Ekin D. Cubuk, Quoc V. Le, Barret Zoph",
  "2021", "", "अर्जुन मेहता", "2024-02-21", LATER, "augmentation,segmentation",
  "CVPR 2021; लिंक बाद में डालूँगा। Detectron2 में लागू करना आसान है।"],
 [T(K["ad"]), "Hieu Pham, Quoc V. Le", "2021", "", "", "2024-02-28", LATER, "regularization",
  "AAAI 2021. प्रस्तुतकर्ता अभी तय नहीं — कोई लेना चाहे तो नाम जोड़ दें।"],
 ["Contrastive Representation Learning (Lilian Weng का ब्लॉग)", "Lilian Weng", "2021",
  "https://lilianweng.github.io/posts/2021-05-31-contrastive/", "", "", "", "blog", "पेपर नहीं, ब्लॉग पोस्ट — शुरुआत के लिए अच्छा सारांश।"],
 ["lightly (लाइब्रेरी)", "", "", "https://github.com/lightly-ai/lightly", "", "", "", "code", "SimCLR/DINO के तैयार implementation, अभ्यास के लिए।"],
]


def cell(v):
    if any(c in v for c in ',"\r\n') or v[:1] == " " or v[-1:] == " ":
        return '"' + v.replace('"', '""') + '"'
    return v


out = "\r\n".join(",".join(cell(v) for v in row) for row in [HEAD] + ROWS)
write_only(F, out, keys(F))
