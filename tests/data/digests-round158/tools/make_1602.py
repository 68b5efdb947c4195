#!/usr/bin/env python3
"""1602: the tasks of an Instagantt project (a Czech company's study group on fine-tuning) exported to CSV: the tool's
English column names, Czech task names and notes, every field quoted, comma-separated, CR LF records (LF inside
quoted notes), ISO dates, progress in per cent, dependencies by task id, milestones with start = due."""
import csv, io, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1602)
HEAD = ["ID", "Name", "Section", "Assigned To", "Start Date", "Due Date", "Progress", "Dependencies", "Milestone", "Notes"]
D = dt.date.fromisoformat
# (name, section, who, start, due, progress, deps, milestone, notes)
tasks = [
    ("Úvodní schůzka a rozdělení článků", "Schůzky", "Petra Novotná", "2025-03-03", "2025-03-03", 100, "", "Yes", "Zápis je na firemní wiki."),
    (T("1801.06146"), "Základy", "Tomáš Dvořák", "2025-03-04", "2025-03-10", 100, "1", "No", "ULMFiT – odkud se vzalo doladění jazykových modelů. PDF ve sdílené složce."),
    (T("1911.02116"), "Základy", "Jana Procházková", "2025-03-04", "2025-03-10", 100, "1", "No", "XLM-R jako vícejazyčný základ; porovnat s RobeCzech (model na Hugging Face, ne článek)."),
    (T("1711.05101"), "Základy", "Martin Kučera", "2025-03-11", "2025-03-17", 100, "2", "No", "AdamW, arXiv:1711.05101. Stačí kapitoly 2 a 3."),
    (T("2106.10199"), "Efektivní doladění", "Jana Procházková", "2025-03-11", "2025-03-17", 80, "2", "No", "Trénují se jen biasy.\nhttps://arxiv.org/pdf/2106.10199v5"),
    (T("2110.04366"), "Efektivní doladění", "Tomáš Dvořák", "2025-03-18", "2025-03-24", 50, "5", "No", f"Sjednocující pohled na adaptéry, prefix tuning a LoRA.\nhttps://openreview.net/forum?id={OR('2110.04366')} (ICLR 2022)"),
    (T("2303.10512"), "Efektivní doladění", "Martin Kučera", "2025-03-25", "2025-03-31", 0, "6", "No", "Adaptivní rozdělení ranku mezi vrstvy. https://arxiv.org/abs/2303.10512"),
    (T("2205.05638"), "Efektivní doladění", "Petra Novotná", "2025-03-25", "2025-03-31", 0, "6", "No", "(IA)³ / T-Few; relevantní pro zákazníka s 200 příklady.\nhttps://arxiv.org/abs/2205.05638"),
    (T("2103.10385"), "Prompty", "Jana Procházková", "2025-04-01", "2025-04-07", 0, "6", "No", "P-tuning. Odkaz zatím chybí, doplní Jana."),
    ("Knihovna PEFT – instalace na Metacentru", "Zdroje", "Martin Kučera", "2025-03-11", "2025-03-14", 100, "", "No", "Kód, ne článek: https://github.com/huggingface/peft (verze 0.14). Úlohy přes PBS, fronta gpu."),
    ("Česká testovací data (sentiment, NER)", "Zdroje", "Tomáš Dvořák", "2025-03-18", "2025-03-28", 40, "10", "No", "Datasety z Hugging Face Hub + interní e-maily zákazníků (anonymizované)."),
    ("Experiment: LoRA vs. BitFit na RobeCzech", "Efektivní doladění", "Petra Novotná", "2025-04-01", "2025-04-11", 0, "5,10", "No", "Výsledky do tabulky v Confluence."),
    ("Prezentace výsledků", "Schůzky", "Petra Novotná", "2025-04-14", "2025-04-14", 0, "12", "Yes", "Zasedačka Brno, 14:00, online přes Teams."),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for i, (name, sec, who, s, d, p, deps, ms, notes) in enumerate(tasks, 1):
    w.writerow([str(i), name, sec, who, s, d, f"{p}%", deps, ms, notes])
text = buf.getvalue()
write_only(F, text, keys(F))
