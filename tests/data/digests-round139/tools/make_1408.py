#!/usr/bin/env python3
"""1408: a terminal session (Traditional Chinese, a Taiwan-like lab): Hyper Estraier's `estcmd` over a desktop index
(`~/casket`, built by `estcmd gather` from the 論文 (papers), 筆記 (notes) and 下載 folders): `estcmd inform`, `estcmd
search -vs -max 3` (snippet view), `estcmd search -vu` (URI view) and `estcmd get` of two notes. Every answer is computed
from the modelled documents: the `--------[hex]--------` borders, the meta block (VERSION, NODE, HIT, HINT#1, TIME,
DOCNUM, WORDNUM, VIEW), attributes sorted (`@` system attributes, then `_l…` gather attributes), `@uri` percent-encoded
UTF-8 next to the raw `_lreal` path, snippets as estraier writes them (a head of the text, then the parts around each
hit, a hit on its own line as `word<TAB>normalised`, parts split by empty lines). Not papers: timm, the CS231n slides,
the PyTorch docs; ResNet, PReLU, BiT, SAM, Xavier / He initialisation are nicknames."""
import hashlib, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1408, keys, GLOROT

H = "/home/jiahao"
BORDER = "--------[0A3F91C2]--------"
DOCS = [  # id, path, @title, @type, @mdate, @size, text lines
 (3, "論文/1512.03385v1.pdf", T("1512.03385"), "application/pdf", "2024-02-27T03:14:52Z", 822361,
  ["arXiv:1512.03385v1 [cs.CV] 10 Dec 2015", T("1512.03385"),
   "Kaiming He Xiangyu Zhang Shaoqing Ren Jian Sun Microsoft Research",
   "Abstract Deeper neural networks are more difficult to train. We present a residual learning framework to ease",
   "the training of networks that are substantially deeper than those used previously.",
   "Table 3. Error rates (%, 10-crop testing) on ImageNet validation. ResNet-34 A/B/C are the options on shortcuts."]),
 (4, "論文/He_Delving_Deep_into_ICCV_2015_paper.pdf", T("1502.01852"), "application/pdf", "2024-02-27T03:16:05Z", 1398104,
  [T("1502.01852"), "Kaiming He Xiangyu Zhang Shaoqing Ren Jian Sun Microsoft Research",
   "Abstract Rectified activation units (rectifiers) are essential for state-of-the-art neural networks."]),
 (5, "論文/glorot10a.pdf", GLOROT, "application/pdf", "2024-02-27T03:17:40Z", 1641833,
  [GLOROT, "Xavier Glorot Yoshua Bengio DIRO, Université de Montréal, Montréal, Québec, Canada",
   "Appearing in Proceedings of the 13th International Conference on Artificial Intelligence and Statistics (AISTATS) 2010"]),
 (6, "論文/bit_eccv2020_camera_ready.pdf", T("1912.11370"), "application/pdf", "2024-03-01T09:02:11Z", 2951870,
  [T("1912.11370"), "Alexander Kolesnikov, Lucas Beyer, Xiaohua Zhai, Joan Puigcerver, Jessica Yung, Sylvain Gelly, Neil Houlsby",
   "Google Research, Brain Team Zürich, Switzerland",
   "We train BiT-L on the JFT-300M dataset; all models use the ResNet-v2 architecture with Group Normalization."]),
 (9, "筆記/骨幹網路閱讀清單.txt", "骨幹網路閱讀清單.txt", "text/plain", "2024-03-02T14:40:26Z", 1733,
  ["骨幹網路（backbone）閱讀清單 — 給 113 學年度新生",
   "整理：嘉豪 2024/03/02，有問題找我或宜庭學姊",
   "",
   "一、必讀",
   f"1. {T('1512.03385')}（ResNet，PDF 在 論文/1512.03385v1.pdf）",
   f"2. {T('1502.01852')}（PReLU 與 He 初始化，ICCV 2015，PDF 在論文資料夾）",
   f"3. {GLOROT}（Xavier 初始化，AISTATS 2010）",
   "",
   "二、進階",
   f"4. {T('1905.11946')} https://arxiv.org/abs/1905.11946",
   f"5. {T('1912.11370')}（ECCV 2020，PDF 在論文資料夾）",
   f"6. {T('2106.10270')} https://arxiv.org/abs/2106.10270",
   f"7. {T('2106.08254')} https://arxiv.org/abs/2106.08254",
   "",
   "三、工具（不是論文）",
   "- timm：https://github.com/huggingface/pytorch-image-models",
   "- CS231n 投影片：下載/cs231n_2024_lecture06.pdf",
   "- PyTorch 初始化文件：https://pytorch.org/docs/stable/nn.init.html"]),
 (11, "筆記/讀書會_0412.html", "實驗室讀書會 4/12 紀錄", "text/html", "2024-04-12T10:21:09Z", 2210,
  ["實驗室讀書會 4/12 紀錄",
   "出席：嘉豪、宜庭、柏翰、Prof. 林",
   f"下次讀書會：{T('2304.02643')}（https://arxiv.org/pdf/2304.02643.pdf），主講：宜庭。",
   "ResNet 與 ViT 的比較已經講完，柏翰補充了 He 初始化和 Xavier 初始化的差別。",
   "作業：用 timm 跑 ImageNet 子集的 fine-tune，下週交。"]),
 (12, "筆記/實驗筆記_0325.txt", "實驗筆記_0325.txt", "text/plain", "2024-03-25T12:05:47Z", 604,
  ["3/25 訓練 ResNet-50 發散，lr 0.4 太大", "改用 kaiming_normal_ 初始化之後 loss 正常", "TODO：試 warmup 5 epoch"]),
 (14, "下載/cs231n_2024_lecture06.pdf", "Lecture 6: Training Neural Networks, Part I", "application/pdf",
  "2024-03-03T08:44:30Z", 5920117,
  ["Lecture 6: Training Neural Networks, Part I", "Activation functions, data preprocessing, weight initialization"]),
]
DOCNUM, WORDNUM = 214, 58213
BYID = {d[0]: d for d in DOCS}


def attrs(d):
    i, p, title, typ, mdate, size, lines = d
    real = f"{H}/{p}"
    a = {"@digest": hashlib.md5("\n".join(lines).encode()).hexdigest(), "@id": str(i), "@mdate": mdate,
         "@size": str(size), "@title": title, "@type": typ, "@uri": "file://" + quote(real),
         "_lfile": os.path.basename(p), "_lreal": real}
    return [f"{k}={a[k]}" for k in sorted(a)]


def hits(word):
    return [d for d in DOCS if word.lower() in "\n".join(d[6]).lower()]


def snippet(d, word):
    text = " ".join(l for l in d[6] if l)
    out = [text[:64].rstrip(), ""]
    low, w, pos, n = text.lower(), word.lower(), 64, 0
    while n < 2:
        k = low.find(w, pos)
        if k < 0: break
        a = max(pos, k - 72)
        out += [text[a:k], text[k:k + len(w)] + "\t" + w, text[k + len(w):k + len(w) + 40], ""]
        pos, n = k + len(w), n + 1
    return out[:-1]


def meta(word, n, t, view):
    return [BORDER, "VERSION\t1.0", "NODE\tlocal", f"HIT\t{n}", f"HINT#1\t{word.lower()}\t{n}", f"TIME\t{t}",
            f"DOCNUM\t{DOCNUM}", f"WORDNUM\t{WORDNUM}", f"VIEW\t{view}", ""]


P = "jiahao@vision-ws:~$ "
S = [P + "estcmd inform ~/casket", f"number of documents: {DOCNUM}", f"number of words: {WORDNUM}",
     "number of keywords: 0", "file size: 31830016", "inode number: 2883614", "attribute indexes:", "known options:"]
ORDER = {"ResNet": [9, 11, 3, 12, 6], "初始化": [9, 11, 12]}
S.append(P + "estcmd search -vs -max 3 ~/casket ResNet")
hs = hits("ResNet"); assert sorted(d[0] for d in hs) == sorted(ORDER["ResNet"])
S += meta("ResNet", len(hs), "0.002841", "SNIPPET")
for i in ORDER["ResNet"][:3]:
    S += [BORDER] + attrs(BYID[i]) + [""] + snippet(BYID[i], "ResNet")
S.append(BORDER + ":END")
S.append(P + "estcmd search -vu ~/casket 初始化")
hs = hits("初始化"); assert sorted(d[0] for d in hs) == sorted(ORDER["初始化"])
S += meta("初始化", len(hs), "0.000433", "URI") + [BORDER]
S += [f"{i}\t" + "file://" + quote(f"{H}/{BYID[i][1]}") for i in ORDER["初始化"]]
S.append(BORDER + ":END")
for i in (9, 11):
    S.append(P + f"estcmd get ~/casket {i}")
    S += attrs(BYID[i]) + [""] + BYID[i][6]
S.append(P)
write_only(F1408, "\n".join(S) + "\n", keys(F1408))
