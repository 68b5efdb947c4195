#!/usr/bin/env python3
"""920: the last pages of a Japanese bachelor's thesis (卒業論文) as `pdftotext` (default mode, UTF-8) writes them:
reading-order lines as the PDF breaks them (Japanese lines of up to 40 characters, English reference lines of up to
about 90 columns, the hanging indent lost), a centred page number `– 31 –` as its own line at the foot of each page, a
form feed after every page (the last too). Pages: the end of 第6章 and 謝辞; 参考文献 in IPSJ (情報処理学会) style —
`[n] Surname, I., … and Surname, I.: Title, Proc./Journal, Vol.x, No.y, pp.a–b (year).`, Japanese entries
`著者，著者：書名，出版社 (年).`, web resources `入手先〈URL〉（参照 YYYY-MM-DD）．`, DBLP-derived arXiv entries `CoRR,
Vol.abs/ID (year).` and `arXiv preprint arXiv:ID (year).` — numbered in citation order; the first page of 付録A. Lines break between CJK characters, at blanks and after `/`
in long URLs (kinsoku: no line starts with closing punctuation); the two arXiv URLs are kept whole.
Two papers carry an arXiv URL in 入手先〈〉, two an arXiv id as text, four are cited by title only. The two textbooks,
Hugging Face Transformers (software), the cl-tohoku model, MeCab and the livedoor news corpus are not papers."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, GLOVE

F = by_num(920)
K = dict(deberta="2006.03654", electra="2003.10555", xlnet="1906.08237", xlmr="1911.02116", attn="1706.03762",
         bert="1810.04805", ulmfit="1801.06146", glove=GLOVE)


def ipsj_name(n):
    """'Christopher D. Manning' -> 'Manning, C. D.'; 'Ming-Wei Chang' -> 'Chang, M.-W.'"""
    parts = n.split()
    ini = " ".join("-".join(x[0] + "." for x in p.split("-")) if not p.endswith(".") else p for p in parts[:-1])
    return f"{parts[-1]}, {ini}"


def ipsj_authors(key, n=None):
    a = [ipsj_name(x) for x in CAT[key]["authors"]]
    if n and len(a) > n:
        return ", ".join(a[:n]) + " et al."
    return ", ".join(a[:-1]) + " and " + a[-1] if len(a) > 1 else a[0]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


CLOSE, OPEN = "，．、。）〉」』)", "（〈「『"


def tokens(s):
    """break opportunities as pdftotext shows TeX's line breaks: between CJK characters, at spaces, after '/' in URLs;
    closing punctuation stays with what precedes it and opening punctuation with what follows (kinsoku)"""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == " ":
            out.append(" "); i += 1
        elif dw(c) == 2 or c in CLOSE + OPEN:
            out.append(c); i += 1
        else:
            j = i
            while j < len(s) and s[j] != " " and dw(s[j]) == 1 and s[j] not in CLOSE + OPEN:
                j += 1
            word = s[i:j]
            if word.startswith("http") and "arxiv.org" not in word:
                out += [p for p in re.split(r"(?<=/)", word) if p]
            else:
                out.append(word)
            i = j
    glued = []
    for t in out:
        if glued and (t[0] in CLOSE or glued[-1][-1] in OPEN):
            glued[-1] += t
        else:
            glued.append(t)
    return glued


def wrap(s, width=84):
    lines, cur = [], ""
    for t in tokens(s):
        if cur and dw(cur + t) > width:
            lines.append(cur.rstrip()); cur = "" if t == " " else t
        else:
            cur += t
    lines.append(cur.rstrip())
    return lines


wrap_en = wrap


def wrap_ja(s, width=84):
    return wrap(s, width)


REFS = [
    ipsj_authors(K["attn"]) + ": " + T(K["attn"]) + ", Advances in Neural Information Processing Systems 30, "
    "pp.5998–6008 (2017).",
    ipsj_authors(K["bert"]) + ": " + T(K["bert"]) + ", Proc. 2019 Conference of the North American Chapter of the "
    "Association for Computational Linguistics: Human Language Technologies, Vol.1, pp.4171–4186 (2019).",
    ipsj_authors(K["ulmfit"]) + ": " + T(K["ulmfit"]) + ", Proc. 56th Annual Meeting of the Association for "
    "Computational Linguistics (Volume 1: Long Papers), pp.328–339 (2018).",
    ipsj_authors(K["glove"]) + ": " + T(K["glove"]) + ", Proc. 2014 Conference on Empirical Methods in Natural "
    "Language Processing (EMNLP), pp.1532–1543 (2014).",
    ipsj_authors(K["xlnet"]) + ": " + T(K["xlnet"]) + ", arXiv preprint arXiv:1906.08237 (2019).",
    ipsj_authors(K["electra"]) + ": " + T(K["electra"]) + ", International Conference on Learning "
    "Representations (ICLR 2020) (2020). 入手先〈https://arxiv.org/abs/2003.10555〉（参照 2023-11-02）．",
    ipsj_authors(K["deberta"]) + ": " + T(K["deberta"]) + ", International Conference on Learning "
    "Representations (ICLR 2021) (2021). 入手先〈https://arxiv.org/abs/2006.03654〉（参照 2023-11-02）．",
    ipsj_authors(K["xlmr"], 6) + ": " + T(K["xlmr"]) + ", CoRR, Vol.abs/1911.02116 (2019).",
    "坪井祐太，海野裕也，鈴木 潤：深層学習による自然言語処理，講談社 (2017).",
    "ストックマーク株式会社（編），近江崇宏，金田健太郎，森長 誠，江間見亜利：BERTによる自然言語処理入門："
    "Transformersを使った実践プログラミング，オーム社 (2021).",
    "Hugging Face: Transformers: State-of-the-art Machine Learning for JAX, PyTorch and TensorFlow，"
    "入手先〈https://github.com/huggingface/transformers〉（参照 2023-11-20）．",
    "東北大学 自然言語処理研究グループ：cl-tohoku/bert-base-japanese-v3，"
    "入手先〈https://huggingface.co/cl-tohoku/bert-base-japanese-v3〉（参照 2023-11-20）．",
    "Kudo, T.: MeCab: Yet Another Part-of-Speech and Morphological Analyzer，"
    "入手先〈https://taku910.github.io/mecab/〉（参照 2023-10-05）．",
    "株式会社ロンウイット：livedoor ニュースコーパス，入手先〈https://www.rondhuit.com/download.html〉（参照 2023-10-05）．",
]


def ref_lines(i, s):
    latin = s[0] < "\u0250"
    s = f"[{i}] " + s
    if latin:
        # English entry (a Japanese 入手先 tail may follow): wrap at spaces
        return wrap_en(s)
    return wrap_ja(s)


p31 = wrap_ja(
    "本研究では，livedoor ニュースコーパスを用いた 9 クラスの記事分類において，単語ベクトルに基づく手法と事前学習済み"
    "言語モデルの微調整を比較した．その結果，多言語モデルよりも日本語単言語で事前学習されたモデルの方が高い精度を示し，"
    "特に学習データが少ない条件でその差が大きくなることを確認した．") + wrap_ja(
    "今後の課題として，ドメイン適応のための追加事前学習の効果の検証，および推論コストを考慮したモデル選択の検討が挙げられる．") + [
    "",
    "謝辞",
] + wrap_ja(
    "本研究を進めるにあたり，終始丁寧なご指導をいただきました田中浩准教授に深く感謝いたします．また，研究室のゼミにおいて"
    "多くの有益なご助言をくださった山口 翔 助教，計算機環境の整備にご協力いただいた技術職員の大野 剛 氏に感謝いたします．"
    "最後に，日々の議論に付き合ってくれた研究室の皆様に感謝します．")

page = ["第 6 章 おわりに", ""] + p31 + ["", "– 31 –"]
refs = []
for i, r in enumerate(REFS, 1):
    refs.append(ref_lines(i, r))
p32 = ["参考文献", ""] + [l for r in refs[:7] for l in r] + ["", "– 32 –"]
p33 = [l for r in refs[7:] for l in r] + ["", "– 33 –"]
p34 = ["付録 A 実験設定の詳細", ""] + wrap_ja(
    "表 A.1 に各モデルの微調整に用いたハイパーパラメータを示す．学習率は {1e-5, 2e-5, 3e-5, 5e-5} から検証データでの"
    "正解率が最大となるものを選択し，バッチサイズは 32，最大系列長は 512 とした．") + [
    "",
    "表 A.1 微調整のハイパーパラメータ",
    "モデル",
    "学習率",
    "エポック数",
    "cl-tohoku/bert-base-japanese-v3",
    "2e-5",
    "4",
    "xlm-roberta-base",
    "3e-5",
    "5",
    "",
    "– 34 –",
]
text = "\f".join("\n".join(p) + "\n" for p in (page, p32, p33, p34)) + "\f"
write_only(F, text, keys(F))
