#!/usr/bin/env python3
"""1242: a Ragic sheet (a Taipei-like NLP lab's reading tracker, Traditional Chinese) downloaded as CSV: UTF-8 without
a BOM, every field quoted, CRLF records, LF line breaks kept inside quoted notes, multiple-selection values joined by
`|`, dates `yyyy/MM/dd` and date-times `yyyy/MM/dd HH:mm:ss`, the auto-number field `RD-00001`… in sheet order.
Papers: arXiv abs / pdf links in the 連結 field, a bare id in the arXiv 編號 field and an `arXiv:` id in a note, titles
alone (one with its ACL Anthology page, one with OpenAI's PDF, one with nothing); a course, a library upgrade, a
dataset, a toolkit and a talk are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1242, keys, GLOVE, GPT1

HEAD = ["編號", "標題", "作者", "出處", "連結", "arXiv 編號", "分類", "狀態", "報告人", "報告日期", "備註", "建立者", "建立日期", "最後修改日期"]
LIN, CHEN, HUANG, CHANG = "林怡君", "陳冠宇", "黃詩涵", "張家豪"
rows = [
 [T("2006.03654"), au("2006.03654"), "ICLR 2021", "https://arxiv.org/abs/2006.03654", "", "預訓練|編碼器", "已報告", LIN, "2024/02/21",
  "disentangled attention 那段請大家先看 3.1 節。\n投影片放在實驗室 NAS：/論文報告/2024春/", LIN, "2024/02/05 10:12:44", "2024/02/21 18:40:03"],
 [T("2003.10555"), au("2003.10555"), "ICLR 2020", "https://arxiv.org/pdf/2003.10555.pdf", "", "預訓練|編碼器", "已報告", CHEN, "2024/02/28",
  "RTD 目標；和 DeBERTa V3 一起看", CHEN, "2024/02/05 10:20:09", "2024/02/28 17:55:31"],
 [T("1907.11692"), au("1907.11692"), "", "", "1907.11692", "預訓練", "已讀", "", "",
  "BERT 的訓練細節，動態遮罩、去掉 NSP", HUANG, "2024/02/06 09:03:27", "2024/02/19 22:14:50"],
 [GLOVE, au(GLOVE), "EMNLP 2014", "https://aclanthology.org/D14-1162/", "", "詞向量|經典", "已讀", "", "",
  "大學部專題生先讀這篇", CHANG, "2024/02/06 09:15:42", "2024/02/06 09:15:42"],
 [GPT1, au(GPT1), "OpenAI technical report, 2018",
  "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf", "", "預訓練|生成式|經典", "閱讀中", HUANG, "2024/03/06",
  "", HUANG, "2024/02/07 14:31:08", "2024/02/26 11:02:45"],
 [T("2005.14165"), au("2005.14165"), "NeurIPS 2020", "https://arxiv.org/abs/2005.14165", "", "生成式|in-context learning", "未讀", CHEN, "2024/03/13",
  "附錄很長，只報告 2、3 節", CHEN, "2024/02/07 14:40:55", "2024/02/07 14:40:55"],
 [T("2205.01068"), au("2205.01068"), "", "", "", "生成式|開源模型", "未讀", LIN, "2024/03/20",
  "arXiv:2205.01068，logbook 在 metaseq repo 裡，可以一起看訓練崩潰的紀錄", LIN, "2024/02/15 16:22:19", "2024/02/15 16:22:19"],
 [T("2009.03300"), au("2009.03300"), "ICLR 2021", "", "", "評測", "未讀", CHANG, "2024/03/27",
  "跟 TMMLU+ 比較：繁中版本的題目分布不同", CHANG, "2024/02/15 16:30:02", "2024/02/20 10:07:36"],
 ["Hugging Face NLP Course 第 7 章", "Hugging Face", "線上課程", "https://huggingface.co/learn/nlp-course/chapter7/1", "", "課程", "閱讀中", "", "",
  "新生 onboarding 用，不算論文報告", LIN, "2024/02/05 10:31:50", "2024/02/05 10:31:50"],
 ["升級 transformers 到 4.38.2", "", "", "https://github.com/huggingface/transformers/releases/tag/v4.38.2", "", "工具", "已讀", "", "",
  "伺服器 gpu3 上的 conda 環境 nlp-2024 已升級", CHEN, "2024/02/23 20:48:13", "2024/02/24 09:12:00"],
 ["TMMLU+ 資料集", "iKala", "Hugging Face Datasets", "https://huggingface.co/datasets/ikala/tmmluplus", "", "評測|資料集", "未讀", "", "",
  "66 個科目，評測腳本用 lm-evaluation-harness", HUANG, "2024/02/20 10:05:11", "2024/02/20 10:05:11"],
 ["CKIP Transformers", "中研院詞庫小組", "GitHub", "https://github.com/ckiplab/ckip-transformers", "", "工具|繁體中文", "已讀", "", "",
  "斷詞與詞性標記，作為前處理", CHANG, "2024/02/21 13:40:26", "2024/02/21 13:40:26"],
 ["COSCUP 2023 演講：在地化大型語言模型", "", "演講影片", "https://www.youtube.com/watch?v=Yp3vKx8TqLs", "", "演講", "未讀", "", "",
  "", LIN, "2024/02/26 08:55:40", "2024/02/26 08:55:40"],
]
buf = io.StringIO(newline="")
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(rows, 1):
    w.writerow([f"RD-{i:05d}"] + r)
txt = buf.getvalue()
write_only(F1242, txt, keys(F1242))
