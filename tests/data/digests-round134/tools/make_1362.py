#!/usr/bin/env python3
"""1362: a CSV export of Forest (the focus timer that grows a tree per session) by a Taipei graduate student who logs
what she read in each session's note, in Traditional Chinese. The six columns of Forest's export (Start Time, End
Time, Tag, Note, Tree Type, Is Success), times written the way JavaScript's Date.toString() writes them
(`Mon Mar 04 2024 09:12:33 GMT+0800 (台北標準時間)`), sessions in start order, failed sessions (`False`) cut short, the
successful ones the planned 25 / 30 / 45 / 60 / 90 minutes long; minimal quoting, LF records, no byte-order mark.
Papers: arXiv abs / pdf links, an OpenReview forum link and an `arXiv:` id in notes, three titles alone; the Chatbot
Arena leaderboard, the vLLM docs, a model card and the Megatron-LM repository are not papers."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1362, keys

TZ = "GMT+0800 (台北標準時間)"
ROWS = [  # (start, minutes, tag, note, tree, success)
    ("2024-03-04 09:12:33", 45, "讀論文", f"OPT 技術報告 {T('2205.01068')} https://arxiv.org/abs/2205.01068 讀到 Section 3（訓練不穩定的紀錄很有趣）", "Cedar", True),
    ("2024-03-04 10:05:10", 25, "寫程式", "用 vLLM 跑 opt-1.3b 的 baseline，文件 https://docs.vllm.ai/en/latest/", "Bush", True),
    ("2024-03-04 14:31:02", 60, "讀論文", f"{T('2302.13971')}\nhttps://arxiv.org/pdf/2302.13971.pdf\n重點：只用公開資料、RMSNorm、SwiGLU、RoPE", "Sakura", True),
    ("2024-03-04 16:02:47", 12, "讀論文", "被 meeting 打斷 QQ", "Lemon Tree", False),
    ("2024-03-05 09:40:00", 90, "讀論文", f"{T('1909.08053')} https://arxiv.org/abs/1909.08053\ntensor parallel 的切法畫了一張圖，repo: https://github.com/NVIDIA/Megatron-LM", "Cedar", True),
    ("2024-03-05 13:20:18", 45, "讀論文", f"MoE 經典：\"{T('1701.06538')}\" https://openreview.net/forum?id={OR('1701.06538')} (ICLR 2017)", "Pine", True),
    ("2024-03-05 15:01:55", 30, "讀論文", f"{T('2006.16668')}, arXiv:2006.16668 — 只看了 expert capacity 和 auxiliary loss", "Bush", True),
    ("2024-03-06 10:15:42", 60, "讀論文", f"評測週：{T('2009.03300')}（MMLU，57 個科目）", "Cedar", True),
    ("2024-03-06 11:30:09", 7, "休息", "", "Bush", False),
    ("2024-03-06 14:00:00", 45, "讀論文", f"{T('2306.05685')}；排行榜 https://chat.lmsys.org/?leaderboard 順便看了 MT-Bench 的題目", "Sakura", True),
    ("2024-03-07 09:05:31", 90, "讀論文", f"「{T('2203.02155')}」（InstructGPT）SFT → RM → PPO，老師說下週報告", "Cedar", True),
    ("2024-03-07 13:45:00", 25, "英文", "口說練習", "Lemon Tree", True),
    ("2024-03-07 15:10:26", 30, "寫程式", "meta-llama/Llama-2-7b-hf 的 model card 看授權條款 https://huggingface.co/meta-llama/Llama-2-7b-hf", "Bush", True),
]


def js(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").strftime("%a %b %d %Y %H:%M:%S ") + TZ


rows = [["Start Time", "End Time", "Tag", "Note", "Tree Type", "Is Success"]]
for start, mins, tag, note, tree, ok in ROWS:
    d0 = dt.datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    d1 = d0 + dt.timedelta(minutes=mins, seconds=0 if ok else 37)
    rows.append([js(start), js(d1.strftime("%Y-%m-%d %H:%M:%S")), tag, note, tree, "True" if ok else "False"])
buf = io.StringIO(newline="")
csv.writer(buf, lineterminator="\n").writerows(rows)
text = buf.getvalue()
write_only(F1362, text, keys(F1362))
