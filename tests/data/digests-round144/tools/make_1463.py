#!/usr/bin/env python3
"""1463: a Taiwanese lab's reading group on Team+ (團隊+), its chat history exported as text in the LINE-like layout
(assumed): a title line, the save time, a blank line, day lines `YYYY/MM/DD（週）`, messages `HH:MM<TAB>name<TAB>text`,
multi-line messages wrapped in double quotes (inner quotes doubled), system lines `HH:MM<TAB>text` (join, recall),
`[檔案]`, `[圖片]`, `[貼圖]` placeholders. Not papers: the solo-learn and s3prl repositories, fairseq's HuBERT
example, LibriSpeech, the slides, the Google Meet room; SimCLR, MoCo, BYOL, SimSiam, DINO, DINOv2, MAE, wav2vec 2.0,
HuBERT, CTC, BLIP-2, CLIP, C2D are names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1463, keys, CTC

WK = "一二三四五六日"
A, B, C, Dd, E = "林冠宇", "陳怡君", "黃柏翰", "張雅婷", "吳振宏老師"
DAYS = [
 (dt.date(2024, 5, 13), [
  ("09:12", A, "早安～這週輪到我整理自監督學習（SSL）的論文清單，先丟幾篇經典的"),
  ("09:14", A, f"1. {T('2002.05709')}\nhttps://arxiv.org/abs/2002.05709\n2. {T('2011.10566')} (arXiv:2011.10566)\n3. \"{T('2104.14294')}\"（就是 DINO，Meta 的）"),
  ("09:15", A, "[貼圖]"),
  ("09:31", B, "SimCLR 跟 SimSiam 可以放同一週講，剛好對比有沒有負樣本"),
  ("09:33", C, "那 MoCo 跟 BYOL 呢？還是大家都讀過了"),
  ("09:35", A, "MoCo 上學期讀過了，BYOL 可以當補充"),
  ("10:02", None, "張雅婷 已加入群組"),
  ("10:05", Dd, "大家好，我是語音組的雅婷，老師叫我來旁聽 🙏"),
  ("10:07", Dd, f"語音這邊推薦 HuBERT：{T('2106.07447')}\nhttps://arxiv.org/abs/2106.07447\n另外 CTC 的原始論文也很值得補：\"{T(CTC)}\" ICML 2006"),
  ("10:09", Dd, "[檔案] hubert_筆記_v2.pdf"),
  ("10:10", C, "感謝！s3prl 裡面有 HuBERT 的 upstream 可以直接抽特徵 https://github.com/s3prl/s3prl"),
 ]),
 (dt.date(2024, 5, 14), [
  ("13:20", B, "[圖片]"),
  ("13:21", B, f"DINOv2 這張圖很漂亮，{T('2304.07193')}\nhttps://arxiv.org/abs/2304.07193"),
  ("13:40", E, "清單不錯。也加一篇跟我們 noisy label 專案有關的："),
  ("13:41", E, f"{T('2103.13646')}\nhttps://openreview.net/pdf?id={OR('2103.13646')}\nC2D 的做法可以直接套在我們的資料上，柏翰可以負責報告"),
  ("13:44", C, "好的老師 👍"),
  ("13:52", B, "陳怡君 收回了訊息"),
  ("13:53", B, "那多模態的要不要也放一篇？像 BLIP-2"),
  ("13:58", A, f"可以，完整標題是 \"{T('2301.12597')}\"，我先放在備選"),
 ]),
 (dt.date(2024, 5, 16), [
  ("18:30", A, "最後排程：\n5/23 SimCLR + SimSiam（冠宇）\n5/30 DINO、DINOv2（怡君）\n6/6 HuBERT + CTC（雅婷）\n6/13 C2D（柏翰）\n地點：資工館 R412，線上 Google Meet 連結同之前"),
  ("18:31", A, "程式碼可以參考 solo-learn：https://github.com/vturrisi/solo-learn"),
  ("18:45", E, "[貼圖]"),
  ("21:10", Dd, "LibriSpeech 960h 的特徵我已經先抽好放在 NAS 的 /speech/librispeech_feats 了"),
 ]),
]
saved = dt.datetime(2024, 5, 17, 9, 3)


def fmt(s):
    return '"' + s.replace('"', '""') + '"' if "\n" in s else s


L = ["[Team+] 與「自監督學習讀書會」的聊天記錄", f"儲存日期：{saved:%Y/%m/%d %H:%M}", ""]
for d, ms in DAYS:
    L.append(f"{d:%Y/%m/%d}（{WK[d.weekday()]}）")
    for t, who, text in ms:
        L.append(f"{t}\t{text}" if who is None or text.endswith("收回了訊息") else f"{t}\t{who}\t{fmt(text)}")
    L.append("")
txt = "\n".join(L)
write_only(F1463, txt, keys(F1463))
