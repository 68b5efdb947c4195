#!/usr/bin/env python3
"""1941: a task list exported from Labguru (as imagined) as CSV with semicolons (the Dutch Excel separator) by an
invented imaging lab in Leiden that tracks its generative-model readings as tasks: Dutch descriptions. The lab, project,
people and dates are invented; Cellpose, napari, the BioImage Model Zoo and an EMBL course appear as what they are.
Computed: the quoting by Python's csv writer (delimiter «;»), the statuses from a fixed list and due dates not before
start dates (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1941)
HEAD = ["Task ID", "Name", "Project", "Milestone", "Assigned to", "Status", "Start date", "Due date", "Priority", "Description"]
ST = ["Not started", "In progress", "On hold", "Completed"]
PR = ["Low", "Normal", "High"]
P, M1, M2 = "Generatieve modellen microscopie", "Leesclub", "Tooling"
ROWS = [
 ("4101", "Leesclub week 1", M1, "Sanne de Vries", "Completed", "12-01-2026", "16-01-2026", "Normal",
  f"{T('1406.2661')} - de basis; iedereen leest dit."),
 ("4102", "Leesclub week 2", M1, "Thijs Bakker", "Completed", "19-01-2026", "23-01-2026", "Normal",
  f"{T('1503.03585')}\nWiskunde in appendix, niet verplicht."),
 ("4103", "Leesclub week 3", M1, "Sanne de Vries", "Completed", "26-01-2026", "30-01-2026", "High",
  f"Score-based: {T('1907.05600')} (arXiv:1907.05600)"),
 ("4104", "Leesclub week 4", M1, "Femke Jansen", "In progress", "02-02-2026", "06-02-2026", "High",
  f"{T('2010.02502')} https://openreview.net/forum?id={OR('2010.02502')} - sneller samplen voor onze 3D-stacks"),
 ("4105", "Leesclub week 5", M1, "Thijs Bakker", "In progress", "09-02-2026", "13-02-2026", "Normal",
  f"{T('2207.12598')}, https://arxiv.org/abs/2207.12598"),
 ("4106", "Leesclub week 6", M1, "Femke Jansen", "Not started", "16-02-2026", "20-02-2026", "Normal",
  f"{T('2105.05233')} (PDF: https://arxiv.org/pdf/2105.05233.pdf)"),
 ("4107", "Leesclub week 7", M1, "Sanne de Vries", "Not started", "23-02-2026", "27-02-2026", "Low",
  f"<p>{T('2204.06125')} <a href=\"http://arxiv.org/abs/2204.06125v1\">arxiv</a></p>"),
 ("4108", "Leesclub week 8", M1, "Thijs Bakker", "On hold", "02-03-2026", "06-03-2026", "Low",
  f"{T('2303.11328')} - alleen als we tijd hebben; 3D uit één beeld"),
 ("4120", "Cellpose + napari installeren", M2, "Femke Jansen", "Completed", "12-01-2026", "14-01-2026", "High",
  "Software, geen artikel. Modellen uit de BioImage Model Zoo testen."),
 ("4121", "EMBL-cursus deep learning bekijken", M2, "Sanne de Vries", "Not started", "02-03-2026", "20-03-2026", "Low",
  "Opnames van de cursus staan op YouTube."),
]
for r in ROWS:
    assert r[4] in ST and r[7] in PR
    d = lambda s: s[6:] + s[3:5] + s[:2]
    assert d(r[5]) <= d(r[6])
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
for r in ROWS:
    w.writerow([r[0], r[1], P, *r[2:]])
text = buf.getvalue()
write_only(F, text, keys(F))
