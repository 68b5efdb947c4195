#!/usr/bin/env python3
"""1662: a Hub Planner bookings report exported as CSV (the resource-scheduling web app; English column names, the
team's entries in Czech): comma-separated, csv.QUOTE_MINIMAL, CR LF, UTF-8 with BOM as spreadsheet-friendly exports
write; one row per booking, dates yyyy-mm-dd, Working Days counted by the builder (Mon–Fri), Total Hours = working days
× Hours Per Day, the «Dovolená» (leave) booking on the Unassigned Work category. The Brno lab, project, people, GPU
server and codes are invented."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1662)
D = dt.date
HEAD = ["Resource", "Resource Email", "Project", "Project Code", "Booking Category", "Start Date", "End Date",
        "Working Days", "Hours Per Day", "Total Hours", "Billable", "Note"]


def wd(a, b):
    return sum(1 for i in range((b - a).days + 1) if (a + dt.timedelta(i)).weekday() < 5)


PR, PC = "PEFT pro právní texty", "NLP-2025-03"
ppl = {"Tereza Nováková": "tereza.novakova@example.cz", "Jakub Dvořák": "jakub.dvorak@example.cz",
       "Ondřej Svoboda": "ondrej.svoboda@example.cz", "Lucie Procházková": "lucie.prochazkova@example.cz",
       "GPU server gpu-a100-02": ""}
rows = [
    ("Tereza Nováková", PR, "Rešerše", D(2025, 3, 3), D(2025, 3, 5), 6,
     f"Přečíst {T('2106.09685')} https://arxiv.org/abs/2106.09685 a sepsat shrnutí do wiki."),
    ("Jakub Dvořák", PR, "Rešerše", D(2025, 3, 3), D(2025, 3, 4), 4,
     f"AdaLoRA – {T('2303.10512')}, https://arxiv.org/pdf/2303.10512.pdf ; porovnat s pevným rankem."),
    ("Lucie Procházková", PR, "Rešerše", D(2025, 3, 5), D(2025, 3, 7), 4,
     f"BitFit ({T('2106.10199')}) https://arxiv.org/abs/2106.10199v5 – ladění jen biasů, vyzkoušet na RobeCzechu."),
    ("Ondřej Svoboda", PR, "Rešerše", D(2025, 3, 6), D(2025, 3, 7), 8,
     f"P-tuning: „{T('2103.10385')}“ (arXiv:2103.10385). Zjistit, zda jde kombinovat s LoRA."),
    ("Tereza Nováková", PR, "Experimenty", D(2025, 3, 10), D(2025, 3, 21), 8,
     f"(IA)³ podle „{T('2205.05638')}“ https://arxiv.org/abs/2205.05638 – baseline na 1 000 rozsudcích."),
    ("GPU server gpu-a100-02", PR, "Experimenty", D(2025, 3, 10), D(2025, 3, 28), 24,
     "Rezervace celého serveru (4× A100 80 GB). Fronta přes Slurm, partition legal."),
    ("Jakub Dvořák", PR, "Experimenty", D(2025, 3, 12), D(2025, 3, 18), 6,
     f"Federované doladění mezi dvěma soudy – FedDyn: „{T('2111.04263')}“ (ICLR 2021). Zatím jen simulace."),
    ("Lucie Procházková", PR, "Experimenty", D(2025, 3, 17), D(2025, 3, 20), 4,
     f"Regularizace: zkusit naučené dropout vzory, „{T('2101.01761')}“ (Pham & Le, AAAI 2021)."),
    ("Ondřej Svoboda", PR, "Evaluace", D(2025, 3, 24), D(2025, 3, 28), 6,
     f"Vybrat úlohy z BIG-bench („{T('2206.04615')}“), přeložit 5 úloh do češtiny."),
    ("Lucie Procházková", "Dovolená", "Unassigned Work", D(2025, 3, 24), D(2025, 3, 26), 8, "Jarní prázdniny s dětmi."),
    ("Tereza Nováková", PR, "Psaní", D(2025, 3, 31), D(2025, 4, 4), 8, "Průběžná zpráva pro TA ČR, kapitola 3 (metody)."),
]
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(HEAD)
for r, p, cat, s, e, h, note in rows:
    d = wd(s, e)
    w.writerow([r, ppl[r], p, PC if p == PR else "", cat, s.isoformat(), e.isoformat(), d, h, d * h,
                "Yes" if p == PR and r in ppl and ppl[r] else "No", note])
text = "\ufeff" + out.getvalue()
write_raw(F, text.encode("utf-8"), [text], keys(F))
