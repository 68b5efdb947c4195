#!/usr/bin/env python3
"""1921: a task-list CSV export from Kitsu (CGWire's production tracker) of an invented Polish animation studio's R&D
project, where reading papers is tracked as tasks (Polish descriptions and comments): header of Kitsu's column names,
one row per task, Python's csv writer quoting, LF rows. The studio, the project, the people and the dates are invented;
ComfyUI, the diffusers library, a book and a talk appear as what they are. Computed: the quoting, due dates not before
start dates (asserted), the statuses from a fixed list (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1921)
HEAD = ["Project", "Type", "Name", "Task Type", "Assignees", "Status", "Start date", "Due date", "Estimation", "Description", "Last comment"]
ST = ["todo", "wip", "wfa", "retake", "done"]
P = "RND_Generatywne_2026"
ROWS = [
 ("Lektura", "LEK_010", "Lektura", "Agnieszka Wróbel", "done", "2026-01-12", "2026-01-16", "1",
  f"{T('1406.2661')} - klasyka, od tego zaczynamy.", "Omówione na piątkowym spotkaniu."),
 ("Lektura", "LEK_020", "Lektura", "Tomasz Zieliński", "done", "2026-01-12", "2026-01-19", "1",
  f"{T('1503.03585')}", "Trudne, ale warto. Matematyka w dodatku A."),
 ("Lektura", "LEK_030", "Lektura", "Agnieszka Wróbel", "done", "2026-01-19", "2026-01-23", "1",
  f"{T('1907.05600')} (Song i Ermon)", "Bez linku, PDF jest na dysku studia."),
 ("Lektura", "LEK_040", "Lektura", "Paweł Mazur", "wfa", "2026-01-26", "2026-01-30", "1",
  f"{T('2010.02502')}\nhttps://openreview.net/forum?id={OR('2010.02502')}", "Szybsze próbkowanie = krótszy render podglądów."),
 ("Lektura", "LEK_050", "Lektura", "Tomasz Zieliński", "wip", "2026-02-02", "2026-02-06", "0.5",
  f"{T('2207.12598')} https://arxiv.org/abs/2207.12598", "guidance scale 7.5 w naszym pipeline ComfyUI"),
 ("Lektura", "LEK_060", "Lektura", "Paweł Mazur", "wip", "2026-02-02", "2026-02-13", "1",
  f"{T('2105.05233')} (https://arxiv.org/pdf/2105.05233v4)", ""),
 ("Lektura", "LEK_070", "Lektura", "Agnieszka Wróbel", "todo", "2026-02-16", "2026-02-20", "1",
  f"{T('2106.05931')} - arXiv:2106.05931", "Dyfuzja w przestrzeni latentnej, zanim przejdziemy do SD."),
 ("Lektura", "LEK_080", "Lektura", "Tomasz Zieliński", "retake", "2026-02-16", "2026-02-27", "1",
  f"<a href=\"http://arxiv.org/abs/2403.03206\">{T('2403.03206')}</a>", "Opis wklejony z HTML, poprawić. Flow matching."),
 ("Narzędzia", "NAR_010", "Setup", "Paweł Mazur", "done", "2026-01-12", "2026-01-14", "0.5",
  "Instalacja ComfyUI i biblioteki diffusers na farmie renderującej", "To narzędzia, nie artykuły."),
 ("Narzędzia", "NAR_020", "Setup", "Agnieszka Wróbel", "todo", "2026-02-23", "2026-03-06", "2",
  "Obejrzeć wykład z konferencji FMX 2025 o AI w animacji", "Nagranie na YouTube."),
]
for r in ROWS:
    assert r[4] in ST and r[5] <= r[6]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
for r in ROWS:
    w.writerow([P, *r])
text = buf.getvalue()
write_only(F, text, keys(F))
