#!/usr/bin/env python3
"""1300: the reference list of a Vietnamese master's thesis (NLP pre-training for Vietnamese), typeset with Springer's
spbasic BibTeX style and copied from a PDF viewer (select all on the last pages, paste as plain text): no indentation
survives, lines break where the PDF's justified lines break, a word hyphenated by TeX at a line end stays split
(`In-` / `ternational`), and the page numbers at the foot of each page land between the lines. spbasic's form: names
`Surname Initials` (no dots), more than three authors cut to three and `et al`, the year in parentheses, article and
proceedings titles in sentence case (braced words kept: ELECTRA, HuBERT, BERT; RoBERTa and GloVe were not braced in the
thesis's .bib and come out as `Roberta` and `Glove`), `In: <booktitle>`, `pp 1877–1901` with an en dash,
`URL <url>`, no full stop at the end of an entry; entries sorted by surname; the Vietnamese section (a book and a
thesis) before the English one, as the thesis template asks. Papers: URL lines with arXiv abs / pdf links, `arXiv:`
ids, titles alone (an OpenAI report and an EMNLP paper not on arXiv, an ICLR paper); a book, a documentation page and
the Vietnamese book and thesis are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1300, keys, GPT1, GLOVE

W = 94
SHY = "\u00ad"


def sc(t, keep=()):
    """BibTeX change.case$ "t": lower case but the first letter and the letter after `: `; braced words kept"""
    out, cap = [], True
    for w in t.split(" "):
        if w.rstrip(":,") in keep: out.append(w)
        elif cap: out.append(w[0] + w[1:].lower())
        else: out.append(w.lower())
        cap = w.endswith(":")
    return " ".join(out)


def wrap(s):
    """greedy fill to W columns; a word with a soft hyphen may break there (`In-` / `ternational`)"""
    lines, cur = [], ""
    for w in s.split(" "):
        plain = w.replace(SHY, "")
        if not cur: cur = plain; continue
        if len(cur) + 1 + len(plain) <= W: cur += " " + plain; continue
        if SHY in w:
            a, b = w.split(SHY)
            if len(cur) + 1 + len(a) + 1 <= W:
                lines.append(cur + " " + a + "-"); cur = b; continue
        lines.append(cur); cur = plain
    lines.append(cur)
    return lines


VI = [
 "Lê Minh Khoa (2022) Xây dựng bộ ngữ liệu hỏi đáp tiếng Việt cho miền y tế và thử nghiệm với các mô hình ngôn ngữ tiền huấn luyện. Luận văn thạc sĩ, Trường Đại học Công nghệ, Đại học Quốc gia Sông Hồng, Hà Nội",
 "Nguyễn Thị Thu Hà, Trần Quốc Bảo (2021) Học sâu cho xử lý ngôn ngữ tự nhiên tiếng Việt. Nhà xuất bản Khoa học và Kỹ thuật, Hà Nội",
]
EN = [
 f"Brown TB, Mann B, Ryder N, et al (2020) {sc(T('2005.14165'))}. In: Advances in Neural Information Processing Systems, vol 33. Curran Associates, Inc., pp 1877–1901, arXiv:2005.14165",
 f"Clark K, Luong MT, Le QV, et al (2020) {sc(T('2003.10555'), keep=('ELECTRA',))}. In: International Conference on Learning Representations, URL https://arxiv.org/abs/2003.10555",
 "Goldberg Y (2017) Neural Network Methods for Natural Language Processing. Synthesis Lectures on Human Language Technologies, Morgan & Claypool, San Rafael, CA",
 f"Holtzman A, Buys J, Du L, et al (2020) {sc(T('1904.09751'))}. In: In{SHY}ternational Conference on Learning Representations",
 f"Hsu WN, Bolte B, Tsai YHH, et al (2021) {sc(T('2106.07447'), keep=('HuBERT',))}. IEEE/ACM Transactions on Audio, Speech, and Language Processing 29:3451–3460. URL https://arxiv.org/pdf/2106.07447",
 "Hugging Face (2024) Transformers documentation. URL https://huggingface.co/docs/transformers/index, accessed 12 March 2024",
 f"Liu Y, Ott M, Goyal N, et al (2019) {sc(T('1907.11692'), keep=('BERT',))}. arXiv preprint arXiv:1907.11692",
 f"Pennington J, Socher R, Manning CD (2014) {sc(GLOVE, keep=())}. In: Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP). Association for Computational Linguistics, Doha, Qatar, pp 1532–1543",
 f"Radford A, Narasimhan K, Salimans T, et al (2018) {sc(GPT1)}. Tech. rep., OpenAI",
 f"Wang ZJ, Turko R, Chau DH (2021) {sc(T('2103.14625'))}. In: Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing: System Demonstrations. Association for Computational Linguistics, Online, pp 132–141, URL https://arxiv.org/abs/2103.14625",
]
lines = ["TÀI LIỆU THAM KHẢO", "Tiếng Việt"]
for e in VI: lines += wrap(e)
lines.append("Tiếng Anh")
body = []
for e in EN: body += wrap(e)
# the first page of the list holds 14 lines in all; its number (86) follows them, the rest is on page 87
cut = 14 - len(lines)
lines += body[:cut] + ["86"] + body[cut:] + ["87"]
text = "\n".join(lines) + "\n"
assert all(len(l) <= W for l in lines), [l for l in lines if len(l) > W]
write_only(F1300, text, keys(F1300), forms=[re.sub(r"\s+", " ", text)])
