#!/usr/bin/env python3
"""1782: a CSV export of the timesheet report («Timeliste») of Tripletex, the Norwegian accounting and project
system, Norwegian: UTF-8 with a BOM, «;» as separator, every field quoted, CR LF line ends, Norwegian column names
(Dato, Uke, Ansatt, Prosjektnr., Prosjekt, Aktivitet, Timer, Fakturerbare timer, Kommentar), dates dd.mm.yyyy with the
ISO week, hours with a decimal comma, the rows ordered by date and employee, and the «Totalt» line the report adds at
the end. The consultancy, its customer, the projects, the people and the hours are invented; Hugging Face PEFT, the
A100, NorBERT and Confluence appear as what they are. Nicknames LoRA, QLoRA, IA3 / T-Few, P-tuning, DeBERTa and
ELECTRA appear where the papers are written in full."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import by_num, keys
F = by_num(1782)
HEAD = ["Dato", "Uke", "Ansatt", "Prosjektnr.", "Prosjekt", "Aktivitet", "Timer", "Fakturerbare timer", "Kommentar"]
PRJ = {"2031": "KI-assistent for skadebehandling (Havbris Forsikring)", "9000": "Intern tid"}
D = dt.date
# date, employee, project, activity, hours, billable, comment
rows = [
    (D(2025, 3, 3), "Ingrid Solberg", "2031", "Litteraturstudie", 3.5, 3.5,
     f"Lest {T('2106.09685')} (https://arxiv.org/abs/2106.09685) og skrevet oppsummering til teamet."),
    (D(2025, 3, 3), "Ingrid Solberg", "2031", "Utvikling", 4.0, 4.0, "Oppsett av treningsmiljø med Hugging Face PEFT."),
    (D(2025, 3, 4), "Magnus Haugen", "2031", "Litteraturstudie", 2.5, 2.5,
     f"{T('2305.14314')} – https://arxiv.org/pdf/2305.14314\nSjekket om 4-bit holder for 7B-modellen på én A100."),
    (D(2025, 3, 4), "Magnus Haugen", "9000", "Møte", 1.0, 0.0, "Fagmøte: gjennomgang av PEFT-metoder."),
    (D(2025, 3, 5), "Ingrid Solberg", "2031", "Litteraturstudie", 3.0, 3.0,
     f"{T('1902.00751')} (Houlsby mfl.), adaptere som baseline: https://arxiv.org/abs/1902.00751"),
    (D(2025, 3, 6), "Sofie Nilsen", "2031", "Litteraturstudie", 2.0, 2.0,
     f"{T('2101.00190')} (arXiv:2101.00190) – sammenlignet med prompt-tuning."),
    (D(2025, 3, 6), "Sofie Nilsen", "2031", "Litteraturstudie", 1.5, 1.5,
     f"{T('2103.10385')} (P-tuning, Liu mfl.). Kort notat i Confluence."),
    (D(2025, 3, 7), "Magnus Haugen", "2031", "Litteraturstudie", 2.0, 2.0,
     f"{T('2205.05638')} – https://arxiv.org/abs/2205.05638v2 (IA3 / T-Few), relevant hvis vi får få eksempler per skadetype."),
    (D(2025, 3, 10), "Ingrid Solberg", "2031", "Utvikling", 6.0, 6.0, "LoRA-trening på anonymiserte skademeldinger, r=16, alfa=32."),
    (D(2025, 3, 10), "Sofie Nilsen", "2031", "Litteraturstudie", 2.5, 2.0,
     f"Enkodere for klassifisering av skadetype: {T('2006.03654')} og {T('2003.10555')}. "
     "Vurderer NorBERT som alternativ. (0,5 t intern læring, ikke fakturerbart)"),
    (D(2025, 3, 11), "Magnus Haugen", "2031", "Testing", 5.0, 5.0, "Evaluering av QLoRA-adapter mot full finjustering på testsettet."),
    (D(2025, 3, 11), "Sofie Nilsen", "2031", "Møte", 1.0, 1.0, "Statusmøte med kunden."),
]
assert rows == sorted(rows, key=lambda r: (r[0], r[1]))


def no(x):
    return f"{x:.2f}".replace(".", ",")


o = io.StringIO()
w = csv.writer(o, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for d, who, p, act, h, b, c in rows:
    w.writerow([f"{d:%d.%m.%Y}", str(d.isocalendar()[1]), who, p, PRJ[p], act, no(h), no(b), c.replace("\n", "\r\n")])
w.writerow(["Totalt", "", "", "", "", "", no(sum(r[4] for r in rows)), no(sum(r[5] for r in rows)), ""])
text = "\ufeff" + o.getvalue()
write_encoded(F, text, "utf-8", keys(F))
