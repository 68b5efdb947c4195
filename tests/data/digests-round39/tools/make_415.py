#!/usr/bin/env python3
"""415: `pdftk 课程读本.pdf dump_data_utf8` of a graduate course's reading pack (Chinese "深度生成模型" course; the
TA merged the readings with pdftk and set the Info fields and bookmarks with update_info_utf8): InfoBegin / InfoKey
/ InfoValue records (Title, Author, Subject, Keywords, a custom "Sources" key, Producer, CreationDate, ModDate),
PdfID0 / PdfID1, NumberOfPages, the outline as BookmarkBegin / BookmarkTitle / BookmarkLevel / BookmarkPageNumber,
the page labels (roman front matter, then arabic), and one PageMediaBegin record per page (letter-size papers, A4
Chinese pages). Papers: bookmark titles — "[ID] title" as arXiv pages name themselves, "title (arXiv:ID)"
(arxiv-text), titles whose arxiv.org / openreview.net URLs stand in the Sources value (link), bare titles, after
"论文：", in lower case, in a citation "Authors (Year). Title. Journal." with trailing period, followed by the venue in
full-width parentheses (title-only; the deep belief nets paper is not on arXiv). Not papers: the cover, contents and
lecture headings, the excerpt of the Chinese edition of Goodfellow et al.'s book, a printout of Lilian Weng's
diffusion post, the appendix bookmarks."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F415, keys, DBN

LET, A4 = ("612", "792"), ("595.276", "841.89")
# (bookmark title or None, level, pages, size)
PACK = [
 ("封面", 1, 1, A4),
 ("目录", 1, 2, A4),
 ("第2讲 变分自编码器与深度信念网络", 1, 0, None),
 (f"Hinton, G. E., Osindero, S., & Teh, Y.-W. (2006). {DBN}. Neural Computation, 18(7), 1527–1554.", 2, 28, LET),
 (f"{T('2010.02014')}（OpenReview 版本）", 2, 13, LET),
 ("补充阅读：Goodfellow 等《深度学习》中文版 第 20.3–20.4 节（节选）", 2, 6, A4),
 ("第3讲 扩散模型与得分模型", 1, 0, None),
 ("课前预习：Lilian Weng 博客“What are Diffusion Models?”打印版", 2, 8, A4),
 (f"{T('2106.05931')} (NeurIPS 2021)", 2, 12, LET),
 (T("2207.12598").lower(), 2, 14, LET),
 (f"{T('2009.09761')}（ICLR 2021）", 2, 17, LET),
 ("第4讲 文本到图像生成", 1, 0, None),
 (f"[2112.10752] {T('2112.10752')}", 2, 21, LET),
 ("附录 D（选读）", 3, 0, None),
 (f"论文：{T('2307.01952')}", 2, 13, LET),
 (T("2403.03206"), 2, 20, LET),
 (f"{T('2208.01618')} (arXiv:2208.01618)", 2, 13, LET),
 ("第5讲 三维与人体生成", 1, 0, None),
 (f"{T('2308.04079')}（SIGGRAPH 2023）", 2, 14, LET),
 (T("2103.14338"), 2, 10, LET),
 ("课程项目说明与评分标准", 1, 2, A4),
]
bms, media, page = [], [], 1
for i, (title, lvl, n, size) in enumerate(PACK):
    if title == "附录 D（选读）":
        bms.append((title, lvl, page - 5))  # the last five pages of the LDM excerpt
        continue
    bms.append((title, lvl, page))
    for _ in range(n):
        media.append(size); page += 1
N = len(media)
SOURCES = ("需注明出处的条目（CC BY）：https://arxiv.org/abs/2307.01952 ；https://arxiv.org/pdf/2403.03206 ；"
           f"https://openreview.net/forum?id={OR('2010.02014')}")
INFO = [
 ("Title", "深度生成模型 课程读本（2024 春季）"),
 ("Author", "课程助教 王思远"),
 ("Subject", "研究生课程《深度生成模型》阅读材料，仅供选课同学学习使用，请勿外传"),
 ("Keywords", "变分自编码器; 扩散模型; 得分匹配; 文本到图像; 三维生成"),
 ("Sources", SOURCES),
 ("Producer", "pdftk-java 3.3.3"),
 ("CreationDate", "D:20240226093012+08'00'"),
 ("ModDate", "D:20240301211548+08'00'"),
]
out = []
for k, v in INFO:
    out += ["InfoBegin", f"InfoKey: {k}", f"InfoValue: {v}"]
out += ["PdfID0: 3f9c2a71d0b84e6c95a1f27e4d8b6c03", "PdfID1: b7e15a2c9d4f4031a8e6c2d97f0b51e4", f"NumberOfPages: {N}"]
for t, l, p in bms:
    out += ["BookmarkBegin", f"BookmarkTitle: {t}", f"BookmarkLevel: {l}", f"BookmarkPageNumber: {p}"]
out += ["PageLabelBegin", "PageLabelNewIndex: 1", "PageLabelStart: 1", "PageLabelNumStyle: LowercaseRomanNumerals",
        "PageLabelBegin", "PageLabelNewIndex: 4", "PageLabelStart: 1", "PageLabelNumStyle: DecimalArabicNumerals"]
for i, (w, h) in enumerate(media, 1):
    out += ["PageMediaBegin", f"PageMediaNumber: {i}", "PageMediaRotation: 0", f"PageMediaRect: 0 0 {w} {h}",
            f"PageMediaDimensions: {w} {h}"]
text = "\n".join(out) + "\n"
write_only(F415, text, keys(F415))
