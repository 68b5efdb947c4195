#!/usr/bin/env python3
"""2099: the last text page and «参考文献» of a master's thesis (修士論文) of Hirosaki University in the SIST 02 form
(«著者名. 論題名. 誌名. 出版年, 巻(号), p. 始-終.» / «… 会議名. 開催地, 年, p.», «入手先, (参照 yyyy-mm-dd).»), copied
from the PDF: Japanese, English titles as SIST 02 keeps them. The thesis, people and texts are invented. Computed: the
SIST author forms from the catalogue («Surname, I.», up to three, else «; et al.»), the entry numbers in citation order (asserted:
each [n] is cited in the text in order of first citation), page numbers consecutive, lines wrapped at 80 columns
(textwrap) so some titles wrap."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, CTC
F = by_num(2099)


def sist(k):
    """SIST 02: «Surname, I. I.; Surname, I.» (up to three authors, else «…; et al.»)"""
    a = CAT[key_of(k)]["authors"]
    f = lambda n: n.split()[-1] + ", " + " ".join(p[0] + "." for p in n.split()[:-1])
    return "; ".join(f(n) for n in a[:3]) + ("; et al." if len(a) > 3 else "")


TEXT = [
 "第5章 おわりに",
 "",
 "本研究では，津軽弁の音声書き起こしを対象に，系列変換モデルの比較を行った．序論で述べたとおり，",
 f"系列変換の出発点は Rumelhart らの {T(BACKPROP)} [1] に遡り，その後 {T(LSTM)} [2] に",
 "よって長い系列の学習が可能になった．音声認識の学習には，",
 f"{T(CTC)} [3] で提案された損失を用いた．",
 "また，外部メモリの考え方（いわゆる NTM）については Graves らの",
 f"{T('1410.5401')} [4] を参考にしたが，本研究の実装には含めていない．",
 "今後は注意機構 [5][6][7] と長い文脈 [8] の組合せを検討したい．",
]
REFS = [
 (BACKPROP, "Nature. 1986, vol. 323, no. 6088, p. 533-536."),
 (LSTM, "Neural Computation. 1997, vol. 9, no. 8, p. 1735-1780."),
 (CTC, "Proceedings of the 23rd International Conference on Machine Learning (ICML 2006). Pittsburgh, 2006, p. 369-376."),
 ("1410.5401", "2014, 26p."),
 ("1409.3215", "Advances in Neural Information Processing Systems 27. 2014, p. 3104-3112. https://arxiv.org/abs/1409.3215, (参照 2025-12-02)."),
 ("1409.0473", "ICLR 2015. 2015, 15p. http://arxiv.org/pdf/1409.0473v7, (参照 2025-12-02)."),
 ("1706.03762", "Advances in Neural Information Processing Systems 30. 2017, p. 5998-6008. 入手先 https://arxiv.org/abs/1706.03762v5, (参照 2025-12-03)."),
 ("1901.02860", "Proceedings of ACL 2019. Florence, 2019, p. 2978-2988. arXiv:1901.02860."),
]
out = list(TEXT)
# citation order: each number first cited in order
cited = [int(m) for m in re.findall(r"\[(\d+)\]", "\n".join(TEXT))]
firsts = list(dict.fromkeys(cited))
assert firsts == list(range(1, len(REFS) + 1)), firsts
out += ["", "- 41 -", "", "参考文献", ""]
for i, (k, rest) in enumerate(REFS, 1):
    entry = f"[{i}] {sist(k)} {T(k)}. {rest}".replace(".. ", ". ")
    out += textwrap.wrap(entry, 80, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
out += ["", "謝辞", "", "本論文の執筆にあたり，ご指導いただいた弘前大学大学院理工学研究科の三上准教授に感謝いたします．",
        "データ収集にご協力いただいた津軽地方の皆様，ならびに PyTorch と ESPnet（ソフトウェア）の開発者に御礼申し上げます．",
        "", "- 42 -"]
text = "\n".join(out) + "\n"
joined = " ".join(l.strip() for l in out)
write_only(F, text, keys(F), forms=[joined])
