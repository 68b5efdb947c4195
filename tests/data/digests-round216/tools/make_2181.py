#!/usr/bin/env python3
"""2181: a Linear issues CSV export of the team «LEN» (Laboratorio de Lenguaje Natural) of the Universidad de Cuenca
(as remembered: ID, Team, Title, Description, Status, Estimate, Priority, Project ID, Project, Creator, Assignee,
Labels, Cycle Number, Cycle Name, Cycle Start, Cycle End, Created, Updated, Started, Completed, Canceled, Archived,
Due Date, Parent issue; ISO timestamps with milliseconds and «Z»; Markdown descriptions with line breaks; sub-issues
naming their parent's ID). Spanish.
Computed: the csv writer's output (CR LF rows), the issue ids, the cycle windows (two weeks, asserted), created ≤
started ≤ completed and «Completed» iff status «Done», «Canceled» iff «Canceled» (asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2181)
HEAD = ["ID", "Team", "Title", "Description", "Status", "Estimate", "Priority", "Project ID", "Project", "Creator",
        "Assignee", "Labels", "Cycle Number", "Cycle Name", "Cycle Start", "Cycle End", "Created", "Updated", "Started",
        "Completed", "Canceled", "Archived", "Due Date", "Parent issue"]
PID = "5c1e7a42-9d0b-4f3e-b8a1-2f6d0c9e7b13"
PROJ = "Lecturas PEFT kichwa–español"
C0 = dt.datetime(2026, 3, 9, 5, 0)
CYC = {n: (C0 + dt.timedelta(days=14 * (n - 1)), C0 + dt.timedelta(days=14 * n)) for n in (1, 2, 3)}
assert all((b - a).days == 14 for a, b in CYC.values())
PEOPLE = {"mg": "María Guamán", "jp": "Jorge Pulla", "dl": "Diana Lojano"}


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z") if d else ""


ROWS = [
 # id, title, description, status, est, prio, creator, assignee, labels, cycle, created, updated, started, done, due, parent
 (21, "Leer y resumir los artículos base de PEFT", "Épica de lecturas. Cada sub-issue = un artículo, resumen de 1 página en Notion.",
  "In Progress", 5, "High", "mg", "mg", "lectura", 1, "2026-03-09 14:02", "2026-04-02 16:40", "2026-03-10 09:00", None, "2026-04-17", None),
 (22, "Resumen: LoRA", f"**{T('2106.09685')}**\nhttps://arxiv.org/abs/2106.09685\n\nFoco: rango r y qué matrices adaptar.",
  "Done", 2, "Medium", "mg", "jp", "lectura, resumen", 1, "2026-03-09 14:05", "2026-03-18 20:11", "2026-03-11 10:30", "2026-03-18 20:10", "2026-03-20", 21),
 (23, "Resumen: QLoRA", f"{T('2305.14314')} — [PDF](https://arxiv.org/pdf/2305.14314v1)\nProbar NF4 en la GPU del laboratorio (RTX 3090).",
  "Done", 2, "Medium", "mg", "dl", "lectura, resumen", 1, "2026-03-09 14:06", "2026-03-19 11:02", "2026-03-12 08:15", "2026-03-19 11:00", "2026-03-20", 21),
 (24, "Resumen: adaptadores y vista unificada",
  f"Dos lecturas:\n- {T('1902.00751')} (Houlsby et al., ICML 2019)\n- {T('2110.04366')}: https://openreview.net/forum?id={OR('2110.04366')}\n\nComparar con LoRA en una tabla.",
  "In Progress", 3, "Medium", "mg", "jp", "lectura, resumen", 2, "2026-03-09 14:08", "2026-03-30 09:41", "2026-03-24 09:00", None, "2026-04-03", 21),
 (25, "Resumen: prompts continuos",
  f"{T('2101.00190')} (Li & Liang, ACL 2021), arXiv:2101.00190.\nY para NLU: {T('2103.10385')} (P-tuning).",
  "Todo", 3, "Low", "mg", "dl", "lectura", 2, "2026-03-09 14:10", "2026-03-23 07:55", None, None, "2026-04-03", 21),
 (26, "Resumen: (IA)³ y pocos ejemplos",
  f"{T('2205.05638')}\nhttp://arxiv.org/abs/2205.05638\nRelevante porque tenemos ~300 pares kichwa–español anotados.",
  "Backlog", 2, "No priority", "jp", "", "lectura", "", "2026-03-16 18:20", "2026-03-16 18:20", None, None, "", 21),
 (27, "Línea base: ajuste fino completo de mBERT",
  f"Antes de PEFT, repetir la receta clásica de {T('1801.06146')} (descongelamiento gradual, tasas discriminativas).\nLibrería: peft + transformers (no son artículos).",
  "Done", 3, "High", "jp", "jp", "experimento", 1, "2026-03-10 09:12", "2026-03-21 13:30", "2026-03-12 14:00", "2026-03-21 13:28", "2026-03-22", None),
 (28, "Experimento: LoRA r=8 vs r=16 en traducción kichwa→español", "Registrar BLEU y chrF en la hoja compartida. Datos: corpus paralelo del laboratorio (no público).",
  "In Review", 5, "Urgent", "dl", "dl", "experimento", 2, "2026-03-20 10:00", "2026-04-01 18:22", "2026-03-24 08:30", None, "2026-04-05", None),
 (29, "Comprar el libro de Jurafsky & Martin para la biblioteca", "«Speech and Language Processing», 3.ª ed. Pedido a la biblioteca de la Facultad de Ingeniería.",
  "Canceled", 1, "Low", "mg", "mg", "admin", "", "2026-03-11 11:00", "2026-03-15 09:00", None, None, "", None),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
for (n, title, desc, st, est, pr, cr, asg, lab, cyc, created, upd, started, done, due, par) in ROWS:
    c, u, s_, d_ = ts(created), ts(upd), ts(started) if started else None, ts(done) if done else None
    assert (d_ is not None) == (st == "Done") and c <= u and (not s_ or c <= s_) and (not d_ or (s_ and s_ <= d_ <= u))
    cs, ce = CYC[cyc] if cyc else (None, None)
    cancel = u if st == "Canceled" else None
    w.writerow([f"LEN-{n}", "Lenguaje Natural", title, desc, st, est, pr, PID, PROJ, PEOPLE[cr], PEOPLE.get(asg, ""), lab,
                cyc, f"Ciclo {cyc}" if cyc else "", iso(cs), iso(ce), iso(c), iso(u), iso(s_), iso(d_), iso(cancel), "",
                due, f"LEN-{par}" if par else ""])
text = buf.getvalue()
fields = [x for r in csv.reader(io.StringIO(text, newline="")) for x in r]
write_only(F, text, keys(F), forms=["\n".join(fields)])
