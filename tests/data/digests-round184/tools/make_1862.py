#!/usr/bin/env python3
"""1862: a CSV export of project works (projects and tasks, the model project.work) from Tryton, the open-source ERP,
Flemish Dutch: the client's «Exporteren naar CSV» with «Veldnamen toevoegen» on, so the header holds the fields' Dutch
labels and «Bovenliggend/Naam»-style paths for related records; written by Python's csv module as the client writes
it (comma, double quotes only where needed, CR LF after every row while line breaks inside a comment stay LF), the
create dates as Python prints datetimes (with microseconds). An Antwerp AI consultancy (not named in the file) plans
tuning a small open model for a Flemish insurer; the insurer, the projects, the tasks and the dates are invented; the
PEFT library, RobBERT and the Hugging Face course appear as what they are; the Dutch labels of the fields and states
are guesses. Computed: the quoting (Python's csv writer), rows in create order (asserted), every task's parent an
earlier project of the export (asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1862)
HEAD = ["Naam", "Type", "Bovenliggend/Naam", "Relatie/Naam", "Status", "Aanmaakdatum", "Opmerking"]
P1 = "Schadeassistent Scheldeland \u2013 fase 1"
P2 = "Interne kennisdeling 2026"
D = dt.datetime
R = [
    (P1, "Project", "", "Verzekeringen Scheldeland NV", "Open", D(2026, 1, 12, 8, 31, 7, 412305),
     "Doel: een klein open taalmodel afstemmen op schadedossiers in het Nederlands, volledig on-premise.\n"
     "Budget: 40 mandagen. Contact klant: Els Vermeulen (IT), Bart Claes (schadebeheer)."),
    ("Literatuurstudie LoRA en varianten", "Taak", P1, "", "Gedaan", D(2026, 1, 12, 8, 44, 52, 96110),
     f"1. {T('2106.09685')} \u2013 https://arxiv.org/abs/2106.09685\n"
     f"2. {T('2303.10512')} \u2013 https://arxiv.org/pdf/2303.10512v2\n"
     f"3. {T('2305.14314')} (http://arxiv.org/abs/2305.14314) \u2013 4-bit, past op \u00e9\u00e9n A100 van de klant\n"
     "Samenvatting staat op de teamschijf, map PEFT."),
    ("Vergelijking adapters en prefix", "Taak", P1, "", "Gedaan", D(2026, 1, 13, 9, 2, 18, 730544),
     f"De twee klassiekers: {T('1902.00751')} (adapters) en {T('2101.00190')}. Beide zitten in de "
     "PEFT-bibliotheek, dus vergelijken kost weinig."),
    ("Baseline: enkel bias-termen trainen", "Taak", P1, "", "Open", D(2026, 1, 14, 14, 20, 3, 58712),
     f"{T('2106.10199')}, https://arxiv.org/abs/2106.10199\nSnel te proberen op RobBERT voor de classificatie van "
     "schadetypes."),
    ("Few-shot of fine-tunen? Antwoord aan klant", "Taak", P1, "", "Open", D(2026, 1, 19, 10, 5, 41, 603927),
     "Bart vraagt of een paar voorbeelden in de prompt niet volstaan.\nOnderbouwen met "
     f"{T('2205.05638')} (arXiv:2205.05638); (IA)\u00b3 zit ook in PEFT."),
    ("P-tuning als reserve", "Taak", P1, "", "Open", D(2026, 1, 19, 10, 9, 12, 11843),
     f"{T('2103.10385')} \u2013 enkel uitproberen als LoRA tegenvalt op de lange dossiers."),
    ("Evaluatieset opbouwen", "Taak", P1, "", "Open", D(2026, 1, 20, 16, 47, 30, 925400),
     "200 dossiers, geanonimiseerd door de klant. Annotatie door twee schadebeheerders, overlap 50 dossiers."),
    (P2, "Project", "", "", "Open", D(2026, 1, 21, 9, 0, 0, 150276), ""),
    ("Lunchsessie PEFT in de praktijk", "Taak", P2, "", "Open", D(2026, 1, 21, 9, 3, 27, 844019),
     "Slides en notebook op de gedeelde schijf; als voorbereiding de video's van de Hugging Face-cursus."),
]
assert [r[5] for r in R] == sorted(r[5] for r in R)
projects = set()
for r in R:
    if r[1] == "Project": projects.add(r[0]); assert r[2] == ""
    else: assert r[2] in projects
buf = io.StringIO(newline="")
w = csv.writer(buf)
w.writerow(HEAD)
for r in R:
    w.writerow([r[0], r[1], r[2], r[3], r[4], str(r[5]), r[6]])
text = buf.getvalue()
write_raw(F, text.encode("utf-8"), [text], keys(F))
