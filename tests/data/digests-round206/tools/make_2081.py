#!/usr/bin/env python3
"""2081: a Jira CSV export («Export Excel CSV (all fields)», cut to the columns a reading-group project uses) of an
invented project of a reading group at UNIMAS (Kuching, Sarawak): English with Sarawak Malay. Jira's repeated «Labels»
column for multi-valued fields, its «dd/Mon/yy h:mm AM» dates and wiki markup links «[label|url]» in Description.
The project, people, keys and texts are invented. Computed: the csv writer's output (CR LF, quoting), the issue keys
and ids (consecutive), Updated not before Created (asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2081)
HEAD = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority",
        "Assignee", "Reporter", "Created", "Updated", "Labels", "Labels", "Description", "Custom field (Paper link)"]
P = ("PEFT", "PEFT reading group")


def jd(d):
    return d.strftime("%d/%b/%y ") + str(int(d.strftime("%I"))) + d.strftime(":%M %p")


ROWS = [
 (f"Read: {T('2110.04366')}", "Task", "Done", "Medium", "Aisyah Jamil", "Dayang Nurul", (2026, 1, 12, 9, 5), (2026, 1, 19, 16, 40),
  "reading", "week1", "Survey-style paper, read first. Link is the OpenReview forum (ICLR 2022).", f"https://openreview.net/forum?id={OR('2110.04366')}"),
 (f"Read: {T('2303.10512')}", "Task", "Done", "Medium", "Aisyah Jamil", "Dayang Nurul", (2026, 1, 12, 9, 7), (2026, 1, 26, 11, 2),
  "reading", "week2", "Paper: [AdaLoRA|https://arxiv.org/abs/2303.10512]\nRank budget per layer. Bah, senang dibaca.", ""),
 (f"Read: {T('2106.10199')}", "Task", "In Progress", "Low", "Wong Mei Ling", "Dayang Nurul", (2026, 1, 13, 10, 30), (2026, 2, 2, 8, 15),
  "reading", "week3", "Only bias terms are trained.", "https://arxiv.org/pdf/2106.10199v5.pdf"),
 (f"Read: {T('2205.05638')}", "Task", "To Do", "Medium", "Wong Mei Ling", "Dayang Nurul", (2026, 1, 13, 10, 34), (2026, 1, 13, 10, 34),
  "reading", "week4", "(IA)^3 / T-Few. [PDF|http://arxiv.org/abs/2205.05638v2]", ""),
 (f"Read: {T('2103.10385')}", "Task", "To Do", "Low", "Jerry Anak Nyala", "Dayang Nurul", (2026, 1, 14, 15, 2), (2026, 1, 20, 9, 48),
  "reading", "week5", "P-tuning, arXiv:2103.10385 (no link yet, Jerry will attach the PDF).", ""),
 (f"Read: {T('1711.05101')}", "Task", "Done", "High", "Jerry Anak Nyala", "Dayang Nurul", (2026, 1, 14, 15, 6), (2026, 1, 21, 17, 20),
  "reading", "optimiser", "Loshchilov & Hutter, ICLR 2019. Our training scripts all use this optimiser.", ""),
 (f"Read: {T('2101.01761')}", "Task", "To Do", "Low", "Aisyah Jamil", "Wong Mei Ling", (2026, 1, 20, 11, 11), (2026, 1, 20, 11, 11),
  "reading", "regularisation", "Learned dropout patterns (AAAI 2021). Optional.", ""),
 (f"Read: {T('2010.00554')}", "Task", "Backlog", "Lowest", "Dayang Nurul", "Jerry Anak Nyala", (2026, 1, 22, 14, 0), (2026, 1, 22, 14, 0),
  "reading", "optional", "Not PEFT, but Jerry asked for it (ICLR 2021 outstanding paper). Kelak kamek bincang.", ""),
 ("Set up the peft library on the lab GPU server", "Sub-task", "Done", "High", "Wong Mei Ling", "Dayang Nurul", (2026, 1, 12, 9, 20), (2026, 1, 15, 13, 3),
  "infra", "software", "https://github.com/huggingface/peft — software, pinned to the version in requirements.txt.", ""),
 ("Borrow «Natural Language Processing with Transformers» from CAIS library", "Task", "Done", "Low", "Aisyah Jamil", "Aisyah Jamil", (2026, 1, 15, 8, 45), (2026, 1, 16, 10, 0),
  "book", "library", "Book, revised edition. Call number QA76.9 .N38 T86 2022.", ""),
 ("Clean the Sarawak Malay instruction set (v0.4)", "Story", "In Progress", "High", "Dayang Nurul", "Dayang Nurul", (2026, 1, 19, 16, 12), (2026, 2, 3, 9, 30),
  "data", "dataset", "Dataset at https://data.example.my/sarawak-malay-instruct. Kamek nak siap sebelum Gawai.", ""),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS):
    c, u = dt.datetime(*r[6]), dt.datetime(*r[7])
    assert u >= c
    w.writerow([r[0], f"{P[0]}-{101 + i}", str(30417 + i), r[1], r[2], P[0], P[1], r[3], r[4], r[5], jd(c), jd(u), r[8], r[9], r[10], r[11]])
write_only(F, buf.getvalue(), keys(F))
