#!/usr/bin/env python3
"""2001: the reading-group spreadsheet of an invented seminar at the University of Gibraltar, exported as CSV (comma,
CR LF as spreadsheet programs write it, quoting by Python's csv writer): English with Llanito (Gibraltarian
English-Spanish) notes. Computed: the quoting, week numbers increasing (asserted), statuses from a fixed list (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2001)
STAT = ["To read", "Reading", "Done", "Presented"]
HEAD = ["Week", "Item", "Kind", "Presenter", "Status", "Link", "Notes"]
ROWS = [
 [1, T('2106.09685'), "Paper", "Daniel Olivero", "Presented", "https://arxiv.org/abs/2106.09685", "the baseline for everything, ya tu sabes"],
 [2, T('2303.10512'), "Paper", "Carmen Sacramento", "Done", "https://arxiv.org/pdf/2303.10512v2", "budget per layer"],
 [3, T('2106.10199'), "Paper", "Luis Bossano", "Done", "", "bias terms only (arXiv:2106.10199)"],
 [4, T('2205.05638'), "Paper", "Daniel Olivero", "Reading", "http://arxiv.org/abs/2205.05638", "T-Few / (IA)3"],
 [5, T('2103.10385'), "Paper", "Carmen Sacramento", "To read", "", "P-tuning, la versión original"],
 [6, "Hugging Face PEFT library walkthrough", "Software", "Luis Bossano", "To read", "https://github.com/huggingface/peft", ""],
 [7, T('1711.05101'), "Paper", "Rebecca Feetham", "To read", "<https://arxiv.org/abs/1711.05101>", "AdamW, we all use it anyway"],
 [8, T('2101.01761'), "Paper", "Rebecca Feetham", "To read", "", "AAAI 2021; \"learned\" dropout"],
 [9, T('2111.04263'), "Paper", "Luis Bossano", "To read", "", "ICLR 2021, for the federated session"],
 [10, "Sebastian Raschka, Build a Large Language Model (From Scratch)", "Book", "all", "Reading", "", "chapter 7 on finetuning"],
]
assert [r[0] for r in ROWS] == list(range(1, len(ROWS) + 1)) and all(r[4] in STAT for r in ROWS)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD); w.writerows(ROWS)
write_only(F, buf.getvalue(), keys(F))
