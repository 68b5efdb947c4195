#!/usr/bin/env python3
"""1942: a talk history exported from direct4b (L is B's business chat; the export's text layout is as imagined) of an
invented PEFT study group at a Japanese company: Japanese. The talk, its members, the times and the company are invented;
the PEFT library's documentation, a Qiita article, a YouTube talk and the book «大規模言語モデル入門» appear as what they
are. Computed: the weekday of each date, the times (not decreasing, asserted), the speakers (members, asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1942)
WDJ = "月火水木金土日"
MEM = ["佐藤 美咲", "高橋 健太", "伊藤 陽菜"]
D0 = dt.date(2026, 3, 3)
MSG = [
 ("09:58", 0, "おはようございます。今週のPEFT勉強会の文献です。"),
 ("10:01", 0, f"まず全体像：{T('2110.04366')}\nhttps://openreview.net/forum?id={OR('2110.04366')}"),
 ("10:03", 1, f"LoRAの改良なら {T('2303.10512')} https://arxiv.org/abs/2303.10512 もどうでしょう"),
 ("10:04", 2, f"(IA)^3 の論文は {T('2205.05638')}\n→ https://arxiv.org/pdf/2205.05638v2"),
 ("10:10", 1, f"{T('2106.10199')}（arXiv:2106.10199）はバイアスだけ学習するやつ。社内GPUでも回せる"),
 ("10:12", 0, f"P-tuning は「{T('2103.10385')}」ですね。リンクは後で貼ります"),
 ("10:15", 2, f"マルチモーダル枠で {T('2301.12597')} http://arxiv.org/abs/2301.12597 を入れたいです。画像エンコーダは凍結なので実質PEFT的"),
 ("10:21", 1, f"正則化の回として {T('2101.01761')} と {T('1711.05101')} もセットで。AdamWの話は必須"),
 ("10:22", 0, "了解です。実装は Hugging Face の PEFT ライブラリのドキュメント、日本語だと Qiita の解説記事が分かりやすいです"),
 ("10:30", 2, "参考書は『大規模言語モデル入門』の第5章。YouTubeの勉強会の録画も共有しておきます"),
 ("10:31", 0, "ありがとうございます！金曜 17:00〜 会議室B で。"),
]
assert [m[0] for m in MSG] == sorted(m[0] for m in MSG) and all(0 <= m[1] < len(MEM) for m in MSG)
out = ["direct4b トーク履歴", "トーク名：PEFT勉強会", "参加者：" + "、".join(MEM),
       f"保存日時：{D0:%Y/%m/%d} 12:05", ""]
for t, who, s in MSG:
    out.append(f"{D0:%Y/%m/%d}({WDJ[D0.weekday()]}) {t} {MEM[who]}")
    out += s.split("\n")
    out.append("")
text = "\n".join(out)
write_only(F, text, keys(F))
