#!/usr/bin/env python3
"""1298: an awesome-list README in Traditional Chinese (a Taiwan-like reading group's list on efficient attention and
long context) kept tidy with AutoCorrect (`autocorrect --fix`; huacnlee/autocorrect-action in CI): a space between
Han characters and half-width letters / digits / links / inline code, full-width punctuation in Chinese text and no
space beside it, 「」 quotes; the awesome badge, a table of contents with GitHub anchors of the Chinese headings,
`- [title](url) - note` entries and bold titles without links. Papers: arXiv abs / pdf links, OpenReview forum and pdf
links, an `arXiv:` id, titles alone (one next to an ACL Anthology link, one next to a code link); repositories,
benchmarks, a video playlist and a blog notebook are not papers."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1298, keys


def slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


SECTIONS = [
 ("## 論文", None),
 ("### 核方法與線性注意力", [
  f"- [{T('2009.14794')}](https://arxiv.org/abs/2009.14794) - ICLR 2021。以 FAVOR+ 隨機特徵近似 softmax 核，注意力的時間與記憶體都降為線性。[程式碼](https://github.com/google-research/google-research/tree/master/performer)",
  f"- [{T('2103.02143')}](https://openreview.net/pdf?id={OR('2103.02143')}) - ICLR 2021。同樣用隨機特徵，再加上可學習的門控（gated RFA），可以看成一種循環網路。",
 ]),
 ("### 稀疏與合成注意力", [
  f"- **{T('2005.00743')}** - ICML 2021。不靠 token 之間的點積也能學到注意力權重（Dense 與 Random 兩種 Synthesizer），是讀書會第 7 次的主題。",
  f"- **{T('2004.11886')}** - ICLR 2020。卷積分支處理局部、注意力分支處理長距離，適合行動裝置上的翻譯與摘要。[程式碼](https://github.com/mit-han-lab/lite-transformer)",
 ]),
 ("### 記憶與循環", [
  f"- **{T('1901.02860')}** - ACL 2019。段落層級的循環加上相對位置編碼，後面很多記憶型模型都從這裡出發。[ACL Anthology](https://aclanthology.org/P19-1285/)",
  f"- [{T('2010.06891')}](https://openreview.net/forum?id={OR('2010.06891')}) - 外部記憶槽加上 memory replay back-propagation（MRBP），訓練長序列時更省記憶體；OpenReview 上的審稿意見值得一讀。",
  f"- [{T('2307.08621')}](https://arxiv.org/pdf/2307.08621.pdf) - 2023。平行訓練、循環推論，作者稱為 RetNet；讀書會對它的實驗設定有些疑問，討論紀錄見 [#41](https://github.com/effattn-tw/awesome-efficient-attention-zh-tw/issues/41)。",
 ]),
 ("### 長卷積與其他架構", [
  f"- **{T('2302.10866')}** - ICML 2023, arXiv:2302.10866。以隱式參數化的長卷積加上門控取代注意力，在 2K 到 64K 的序列上比較速度。",
  "- 另見 Mamba 與 S4 等狀態空間模型，整理在 [awesome-ssm-tw](https://github.com/effattn-tw/awesome-ssm-tw)，這裡不重複收錄。",
 ]),
 ("## 程式庫", [
  "- [facebookresearch/xformers](https://github.com/facebookresearch/xformers) - 可組合的注意力實作，含 memory-efficient attention。",
  "- [Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention) - IO-aware 的精確注意力 CUDA kernel。",
  "- [lucidrains/performer-pytorch](https://github.com/lucidrains/performer-pytorch) - FAVOR+ 的 PyTorch 版本，安裝：`pip install performer-pytorch`。",
  "- [fla-org/flash-linear-attention](https://github.com/fla-org/flash-linear-attention) - 線性注意力與 RetNet 類模型的 Triton kernel。",
  "- [HazyResearch/safari](https://github.com/HazyResearch/safari) - Hyena 與 H3 的官方程式碼。",
 ]),
 ("## 基準與資料集", [
  "- [Long Range Arena](https://github.com/google-research/long-range-arena) - 1K 到 16K 長度的六個任務，常用來比較各種高效注意力。",
  "- [PG-19](https://github.com/google-deepmind/pg19) - 1919 年以前出版的英文書籍，用於長文件語言模型。",
 ]),
 ("## 教學與影片", [
  "- [The Annotated Transformer](https://nlp.seas.harvard.edu/annotated-transformer/) - 逐行註解的 PyTorch 筆記本，入門必讀。",
  "- [讀書會錄影](https://www.youtube.com/playlist?list=PLq3sT7vXk0EffAttnTw2023) - 每次約 90 分鐘，第 1 到第 12 次。",
 ]),
 ("## 貢獻指南", [
  "歡迎發 PR！新增項目前請先確認：",
  "",
  "1. 每一項都要有一句中文說明，論文請寫出完整標題。",
  "2. 提交前請執行 `autocorrect --fix README.md`，CI 會用 [autocorrect-action](https://github.com/huacnlee/autocorrect-action) 檢查中英文之間的空格與全形標點。",
  "3. 連結請優先使用 arXiv 或 OpenReview 的頁面。",
 ]),
 ("## 授權", [
  "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)",
  "",
  "在法律允許的範圍內，本清單的維護者已放棄本作品的所有著作權及相關權利。",
 ]),
]

out = ["# Awesome 高效注意力與長上下文 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "[![AutoCorrect](https://img.shields.io/badge/AutoCorrect-checked-brightgreen)](https://github.com/huacnlee/autocorrect) [![GitHub stars](https://img.shields.io/github/stars/effattn-tw/awesome-efficient-attention-zh-tw)](https://github.com/effattn-tw/awesome-efficient-attention-zh-tw)", "",
       "> 收錄讓 Transformer 處理長序列的各種方法：核方法與線性注意力、稀疏與合成注意力、循環記憶、長卷積。清單由新竹幾位研究生在每週讀書會中整理，論文都至少有一個人讀完並寫過筆記。", "",
       "## 目錄", ""]
heads = [h for h, _ in SECTIONS]
for h in heads:
    lvl, name = h.split(" ", 1)
    out.append(("  " if lvl == "###" else "") + f"- [{name}](#{slug(name)})")
out.append("")
for h, body in SECTIONS:
    out += [h, ""]
    if body:
        out += body + [""]
text = "\n".join(out).rstrip("\n") + "\n"
write_only(F1298, text, keys(F1298))
