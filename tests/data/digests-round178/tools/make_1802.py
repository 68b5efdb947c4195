#!/usr/bin/env python3
"""1802: a CSV export of the activities list of Pipedrive (the CRM) with the Lithuanian interface: comma-separated,
quoted where needed, LF line ends, «Objektas - Laukas» column names, dates yyyy-mm-dd, times HH:MM, durations HH:MM,
«Atlikta» / «Neatlikta», notes exported as the editor's HTML (<p>, <br>, <a href>, &nbsp;). A Vilnius AI consultancy
plans a fine-tuning project for a bank; the company, the client, the people, the deals and their values are invented;
Hugging Face PEFT, an A100 and LitLlama appear as what they are. Computed: rows ordered by due date and time (asserted),
a deal always with the same organisation and value."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_encoded
from make_expected import by_num, keys
F = by_num(1802)
HEAD = ["Veikla - Tema", "Veikla - Tipas", "Veikla - Terminas", "Veikla - Laikas", "Veikla - Trukmė", "Veikla - Atlikta",
        "Veikla - Priskirta naudotojui", "Veikla - Pastaba", "Sandoris - Pavadinimas", "Sandoris - Vertė",
        "Organizacija - Pavadinimas", "Asmuo - Vardas"]
D1 = ("LLM pritaikymas klientų aptarnavimui", "48 000 EUR", "UAB „Gintarinis bankas“")
D2 = ("Dokumentų klasifikavimo PoC", "12 500 EUR", "UADB „Nemuno draudimas“")
rows = [
    ("Įvadinis susitikimas", "Susitikimas", "2025-02-03", "10:00", "01:00", "Atlikta", "Rūta Kazlauskienė",
     "<p>Klientas nori modelio, kuris atsakytų į klausimus lietuviškai. Pasiūlėme LoRA.</p>", D1, "Tomas Petrauskas"),
    ("Išsiųsti literatūros apžvalgą", "Užduotis", "2025-02-05", "14:00", "00:30", "Atlikta", "Mantas Jonaitis",
     f"<p>Apžvalgoje:</p><p>1. <a href=\"https://arxiv.org/abs/2106.09685\">{T('2106.09685')}</a><br>2. "
     f"{T('2303.10512')} – https://arxiv.org/pdf/2303.10512<br>3. {T('2106.10199')}&nbsp;(https://arxiv.org/abs/2106.10199)</p>",
     D1, "Tomas Petrauskas"),
    ("Techninis skambutis: PEFT metodai", "Skambutis", "2025-02-10", "11:30", "00:45", "Atlikta", "Mantas Jonaitis",
     f"<p>Aptarėme {T('2110.04366')} (https://openreview.net/forum?id={OR('2110.04366')}) – adapteriai, prefiksai ir "
     f"LoRA vienoje schemoje.</p><p>Klientas klausė apie IA3: {T('2205.05638')}, arXiv:2205.05638.</p>", D1, "Tomas Petrauskas"),
    ("Pasiūlymo juodraštis", "Užduotis", "2025-02-12", "09:00", "02:00", "Atlikta", "Rūta Kazlauskienė",
     "<p>Biudžetas: 2 savaitės GPU nuomos (A100), Hugging Face PEFT, vertinimas su banko klausimais.</p>", D1, "Tomas Petrauskas"),
    ("Enkoderio pasirinkimas", "Užduotis", "2025-02-14", "13:00", "01:30", "Neatlikta", "Mantas Jonaitis",
     f"<p>Klasifikavimui palyginti {T('2006.03654')} ir {T('2003.10555')}.<br>Lietuviškiems tekstams – daugiakalbis variantas.</p>",
     D2, "Eglė Vasiliauskaitė"),
    ("P-tuning bandymas", "Užduotis", "2025-02-17", "10:00", "03:00", "Neatlikta", "Mantas Jonaitis",
     f"<p>Išbandyti {T('2103.10385')} metodą su LitLlama pavyzdžiu.</p>", D1, "Tomas Petrauskas"),
    ("Sutarties derinimas", "Terminas", "2025-02-28", "", "", "Neatlikta", "Rūta Kazlauskienė", "", D1, "Tomas Petrauskas"),
]
assert rows == sorted(rows, key=lambda r: (r[2], r[3]))
o = io.StringIO()
w = csv.writer(o, lineterminator="\n")
w.writerow(HEAD)
for r in rows:
    w.writerow(list(r[:8]) + [r[8][0], r[8][1], r[8][2], r[9]])
write_encoded(F, o.getvalue(), "utf-8", keys(F))
