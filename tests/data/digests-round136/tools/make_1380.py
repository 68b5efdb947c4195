#!/usr/bin/env python3
"""1380: the reference section of a paper in the proceedings of the Association for Natural Language Processing's
annual meeting (言語処理学会 第30回年次大会, NLP2024), copied out of the PDF by a reader: `参考文献`, then entries [1]..[N]
as jplain (the Japanese plain BibTeX style) writes them — authors in full with `, and` before the last, titles in
sentence case except braced words (plain's change.case$ "t" keeps the first letter and the one after `: `), venues,
`pp. N–M` with an en dash, URLs only where the authors put them in `note`, Japanese entries with Japanese
punctuation, sorted by author; the two-column layout's line breaks as the copy keeps them (no hanging indent, lines
broken at the column width, CJK counted double), and the page break in the middle of the list with the page number
line `― N ―` and the next page's running head. After the list, the appendix heading and its first line (with the
PDF's `ﬁ` ligature). Papers: arXiv links in notes, an `arXiv preprint arXiv:` id, four titles alone (two not on
arXiv); MeCab, the Wikimedia dumps, the BCCWJ corpus and a master's thesis are not papers."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1380, keys, GPT1, GLOVE

PROTECT = {"BERT", "RoBERTa", "DeBERTa", "ELECTRA", "GloVe"}


def sentence(title):
    """plain.bst's change.case$ "t": lower-case all but the first letter, the first after ': ' and braced words"""
    out, first = [], True
    for w in title.split(" "):
        core = w.rstrip(":,")
        if core in PROTECT or first: out.append(w)
        else: out.append(w.lower())
        first = w.endswith(":")
    return " ".join(out)


REFS = [  # jplain order: by (reading of the) first author's surname
    f"Tom B. Brown, Benjamin Mann, Nick Ryder, Melanie Subbiah, et al. {sentence(T('2005.14165'))}. In Advances in Neural Information Processing Systems, Vol. 33, pp. 1877–1901, 2020. https://arxiv.org/abs/2005.14165.",
    f"Kevin Clark, Minh-Thang Luong, Quoc V. Le, and Christopher D. Manning. {sentence(T('2003.10555'))}. In International Conference on Learning Representations, 2020.",
    f"Nicola De Cao, Gautier Izacard, Sebastian Riedel, and Fabio Petroni. {sentence(T('2010.00904'))}. In International Conference on Learning Representations, 2021. https://arxiv.org/abs/2010.00904.",
    f"Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. {sentence(T('1810.04805'))}. In Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers), pp. 4171–4186, 2019.",
    f"Pengcheng He, Xiaodong Liu, Jianfeng Gao, and Weizhu Chen. {sentence(T('2006.03654'))}. In International Conference on Learning Representations, 2021. https://arxiv.org/pdf/2006.03654.pdf.",
    "国立国語研究所. 現代日本語書き言葉均衡コーパス（BCCWJ）. https://clrd.ninjal.ac.jp/bccwj/, 2011.",
    "Taku Kudo. MeCab: Yet another part-of-speech and morphological analyzer. https://taku910.github.io/mecab/, 2006.",
    f"Yinhan Liu, Myle Ott, Naman Goyal, Jingfei Du, Mandar Joshi, Danqi Chen, Omer Levy, Mike Lewis, Luke Zettlemoyer, and Veselin Stoyanov. {sentence(T('1907.11692'))}. arXiv preprint arXiv:1907.11692, 2019.",
    f"Jeffrey Pennington, Richard Socher, and Christopher Manning. {sentence(GLOVE)}. In Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), pp. 1532–1543, 2014.",
    f"Alec Radford, Karthik Narasimhan, Tim Salimans, and Ilya Sutskever. {sentence(GPT1)}. Technical report, OpenAI, 2018.",
    "高橋 湊. 日本語事前学習モデルにおける語彙サイズと下流タスク性能の関係. 修士論文, 東都情報大学（仮称）大学院 情報学研究科, 2023.",
    "Wikimedia Foundation. Wikimedia downloads. https://dumps.wikimedia.org/, 2023.",
]
WIDTH = 56
HEAD = "言語処理学会 第30回年次大会 発表論文集 (2024年3月)"


def w(c):
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def wrap(s):
    """break at the column width: at a space for Latin text, anywhere between CJK characters"""
    lines, cur = [], ""
    for tok in re.findall(r"（?[^\sぁ-んァ-ヶー一-龯（）、。・]+[）、。]*\s*|（?[ぁ-んァ-ヶ一-龯・][ー）、。]*\s*", s):
        t = tok.rstrip()
        if sum(map(w, cur + t)) > WIDTH and cur.strip():
            lines.append(cur.rstrip()); cur = ""
        cur += tok
    if cur.strip(): lines.append(cur.rstrip())
    return lines


out = ["参考文献"]
BREAK_AFTER = 7  # the page ends after entry [7]
for i, r in enumerate(REFS, 1):
    out += wrap(f"[{i}] {r}")
    if i == BREAK_AFTER:
        out += ["― 2849 ―", HEAD]
out += ["A 付録", "A.1 ハイパーパラメータ"] + wrap("表 4 に事前学習と下流タスクでのﬁne-tuning に用いたハイパーパラメータを示す。"
        "特に記載がない限り、学習率は 5 段階から探索した。") + ["― 2850 ―", ""]
text = "\n".join(out)
write_only(F1380, text, keys(F1380))
