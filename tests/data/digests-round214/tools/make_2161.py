#!/usr/bin/env python3
"""2161: an Asana project exported to CSV («Export/Print → CSV», as remembered: Task ID, Created At, Completed At,
Last Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent
task; dates yyyy-mm-dd, subtasks naming their parent) of an invented reading project of a lab at the Universidad
Católica de Temuco. Spanish. Computed: the csv writer's output (CR LF), task ids (16 digits, increasing), dates
(created ≤ start ≤ due, completed iff section «Hecho», asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2161)
HEAD = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email",
        "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task"]
PEOPLE = {"Catalina Painemal": "catalina.painemal@uct.example.cl", "Ignacio Huenchullán": "ignacio.huenchullan@uct.example.cl",
          "Fernanda Millapán": "fernanda.millapan@uct.example.cl", "": ""}
P = "Lecturas PEFT 2026 – Laboratorio de Lenguaje (UCT)"
D = dt.date
ROWS = [  # name, section, assignee, created, start, due, completed, tags, notes, parent
 ("Leer: LoRA y sucesores", "Por hacer", "Catalina Painemal", D(2026, 3, 2), D(2026, 3, 9), D(2026, 4, 27), None, "lectura",
  "Tarea contenedora: las subtareas son los papers.", ""),
 (T("1902.00751"), "Hecho", "Ignacio Huenchullán", D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 16), D(2026, 3, 15), "lectura,adapters",
  "Houlsby et al. — https://arxiv.org/abs/1902.00751", "Leer: LoRA y sucesores"),
 (T("2101.00190"), "Hecho", "Fernanda Millapán", D(2026, 3, 2), D(2026, 3, 16), D(2026, 3, 23), D(2026, 3, 24), "lectura",
  "Li & Liang (ACL 2021), arXiv:2101.00190. Comparar con prompt tuning en mapudungun.", "Leer: LoRA y sucesores"),
 (f"Presentar «{T('2110.04366')}»", "En curso", "Catalina Painemal", D(2026, 3, 3), D(2026, 3, 23), D(2026, 3, 30), None, "presentación",
  "PDF: http://arxiv.org/pdf/2110.04366v3\nDiapositivas en la carpeta compartida.", "Leer: LoRA y sucesores"),
 (T("2303.10512"), "En curso", "Ignacio Huenchullán", D(2026, 3, 3), D(2026, 3, 30), D(2026, 4, 6), None, "lectura",
  "https://arxiv.org/abs/2303.10512v2", "Leer: LoRA y sucesores"),
 (T("2305.14314"), "Por hacer", "Fernanda Millapán", D(2026, 3, 3), D(2026, 4, 6), D(2026, 4, 13), None, "lectura,cuantización",
  "[arXiv] https://arxiv.org/abs/2305.14314 — probar con 4 bits en la RTX 4090 del laboratorio", "Leer: LoRA y sucesores"),
 ("Línea base con BitFit", "Por hacer", "Ignacio Huenchullán", D(2026, 3, 4), D(2026, 4, 13), D(2026, 4, 20), None, "experimento",
  f"Paper: {T('2106.10199')}.\nModelo base: {T('2006.03654')} (DeBERTa-v3-base).", ""),
 ("Revisar el optimizador", "Por hacer", "Fernanda Millapán", D(2026, 3, 4), D(2026, 4, 20), D(2026, 4, 24), None, "experimento",
  f"Usamos AdamW: {T('1711.05101')} (Loshchilov & Hutter). Revisar el weight decay por capa.", ""),
 ("Instalar peft y bitsandbytes en el servidor", "Hecho", "Catalina Painemal", D(2026, 3, 2), D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 5),
  "infraestructura", "Librerías: https://github.com/huggingface/peft y bitsandbytes (software).", ""),
 ("Libro de apoyo: Speech and Language Processing (Jurafsky & Martin), cap. 10–11", "Por hacer", "", D(2026, 3, 4), None, None, None,
  "", "Libro, no paper.", ""),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
tid = 1209876543210001
for i, (name, sec, who, cr, st, due, done, tags, notes, parent) in enumerate(ROWS):
    assert (done is not None) == (sec == "Hecho")
    assert st is None or (cr <= st and (due is None or st <= due))
    f = lambda d: d.isoformat() if d else ""
    last = max(x for x in (cr, done, st) if x)
    w.writerow([str(tid + 37 * i), f(cr), f(done), f(last), name, sec, who, PEOPLE[who], f(st), f(due), tags, notes, P, parent])
text = buf.getvalue()
fields = "\n".join(c for r in csv.reader(io.StringIO(text)) for c in r)
write_only(F, text, keys(F), forms=[fields])
