#!/usr/bin/env python3
"""2222: the sign-up sheet of an agents reading group at the University of Sulaimani, downloaded from Google Sheets with
«File › Download › Tab-separated values (.tsv)» (as remembered: the displayed values only — a «=HYPERLINK(…;"PDF")»
cell keeps just its label —, cells separated by tabs, no quoting, rows ending in CR LF, no BOM, no final line break
after the last row; dates as the sheet displays them, «M/D/YYYY»). Sorani Kurdish (Arabic script) and English.
Computed: the row numbers, the Wednesday dates a week apart (asserted), Done rows before the pending ones (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2222)
HEAD = ["#", "ڕێکەوت / Date", "Paper / بابەت", "Link", "پێشکەشکار / Presenter", "دۆخ / Status", "تێبینی / Notes"]
DONE, WAIT = "✅ تەواو", "⏳ چاوەڕوان"
start = dt.date(2026, 3, 4)
ROWS = [
 (T("2302.04761"), "https://arxiv.org/abs/2302.04761", "Shilan Ahmed", DONE, "پوختەکە لە درایڤی گرووپدایە. Good intro to tool calls."),
 (T("2303.11366"), "https://arxiv.org/pdf/2303.11366v4.pdf", "Karwan Omer", DONE, "کۆدەکەمان تاقی کردەوە لەسەر HumanEval"),
 (T("2310.11511"), "", "Rezhna Faraj", DONE, "arXiv 2310.11511 — retrieval + self-critique tokens"),
 (T("2305.16291"), "https://arxiv.org/abs/2305.16291", "Aram Salih", DONE, "Minecraft agent; ڤیدیۆکەی پڕۆژەکە سەیر بکەن"),
 (T("2310.06770"), f"https://openreview.net/forum?id={OR('2310.06770')}", "Hawre Kamal", DONE, "ICLR 2024 version"),
 (T("2206.14858"), "PDF", "Dilan Rashid", WAIT, "بەستەرەکە لە شیتەکەدا HYPERLINK ـە (Minerva)"),
 (T("2203.02155"), "", "Shilan Ahmed", WAIT, "InstructGPT — پێویستە بۆ تێگەیشتن لە RLHF"),
 (T("2206.04615"), "", "Karwan Omer", WAIT, "BIG-bench؛ تەنها بەشی 3 و 4"),
 ("Workshop: LangGraph tutorial (docs, not a paper)", "https://langchain-ai.github.io/langgraph/", "Rezhna Faraj", WAIT,
  "لاپتۆپ بهێنن"),
 ("Talk: «AI agents for Kurdish» — Dr. Sozan Mahmood (recorded)", "", "—", WAIT, "هۆڵی 12، کۆلێژی زانست"),
]
out = ["\t".join(HEAD)]
seen_wait = False
for i, (title, link, who, st, note) in enumerate(ROWS, 1):
    d = start + dt.timedelta(days=7 * (i - 1))
    assert d.weekday() == 2
    if st == WAIT: seen_wait = True
    assert not (seen_wait and st == DONE)
    cells = [str(i), f"{d.month}/{d.day}/{d.year}", title, link, who, st, note]
    assert all("\t" not in c and "\n" not in c and '"' not in c for c in cells)
    out.append("\t".join(cells))
raw = "\r\n".join(out)
write_raw(F, raw.encode("utf-8"), [raw], keys(F))
