#!/usr/bin/env python3
"""1350: a Google Apps Script execution log (Spanish): a Madrid-like NLP group keeps its weekly readings in a Google
Sheet («Lecturas 2024-S1»); Lucía's bound script `enviarResumenSemanal` posts the week's papers to the group's Google
Chat space. She copied two runs from the editor's «Registro de ejecución» panel (Spanish UI) into the group's notes:
the first fails on an empty row, the second works. The layout as remembered: one line per entry, `HH:MM:SS<TAB>level
<TAB>message`, levels Aviso / Información / Advertencia / Error; each run opens with «Se ha iniciado la ejecución» and
ends with «Se ha completado la ejecución» or with an Error and its stack (`function<TAB>@ Código.gs:line`); Logger.log
of an object prints Java-style `{key=value, …}` maps and arrays `[a, b]` with numbers as doubles (`20.0`) and dates as
`Tue Apr 30 00:00:00 GMT+02:00 2024`; console.log of JSON.stringify is compact JSON (Chat's `<url|text>` links, `\\n`).
The Performer / LSH / S4 names are nicknames; the course page and the repository are not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1350, keys

START, END = "Se ha iniciado la ejecución", "Se ha completado la ejecución"
ORL = lambda k: f"https://openreview.net/forum?id={OR(k)}"
HEAD = ["Semana", "Fecha", "Título", "Enlace", "arXiv", "Ponente", "Estado"]
ROWS = [
 (18, "Tue Apr 30 00:00:00 GMT+02:00 2024", T("2105.06548"), ORL("2105.06548"), "", "Lucía", "hecho"),
 (19, "Tue May 07 00:00:00 GMT+02:00 2024", T("2001.04451"), ORL("2001.04451"), "", "Álvaro", "hecho"),
 (20, "Tue May 14 00:00:00 GMT+02:00 2024", T("2202.10447"), "https://arxiv.org/abs/2202.10447", "", "Nerea", "pendiente"),
 (20, "Tue May 14 00:00:00 GMT+02:00 2024", T("2006.16236"), "https://arxiv.org/pdf/2006.16236.pdf", "", "Íñigo", "pendiente"),
 (20, "Tue May 14 00:00:00 GMT+02:00 2024", T("2111.00396"), "", "2111.00396", "Lucía", "pendiente"),
 (20, "Tue May 14 00:00:00 GMT+02:00 2024", T("2103.14636"), "", "", "Álvaro", "pendiente"),
 (21, "Tue May 21 00:00:00 GMT+02:00 2024", T("2106.02039"), "", "", "Nerea", "pendiente"),
 (21, "Tue May 21 00:00:00 GMT+02:00 2024", T("2106.01345"), "", "", "Íñigo", "pendiente"),
 (21, "Tue May 21 00:00:00 GMT+02:00 2024", "Curso: Modelos de secuencia (máster, tema 6)", "https://aulavirtual.pln-grupo.example.es/course/view.php?id=412", "", "", "pendiente"),
 (21, "Tue May 21 00:00:00 GMT+02:00 2024", "lucidrains/performer-pytorch (código)", "https://github.com/lucidrains/performer-pytorch", "", "", "pendiente"),
]


def jv(v):
    return f"{float(v)!r}" if isinstance(v, int) else str(v)


def lmap(r):
    return "{" + ", ".join(f"{k}={jv(v)}" for k, v in zip(["semana", "fecha", "titulo", "enlace", "arxiv", "ponente", "estado"], r)) + "}"


def larr(rows):
    return "[" + ", ".join("[" + ", ".join(jv(v) for v in r) + "]" for r in rows) + "]"


log = []
def L(t, lvl, msg): log.append(f"{t}\t{lvl}\t{msg}")

# run 1: fails on the blank row 12
L("10:05:51", "Aviso", START)
L("10:05:52", "Información", "Hoja «Lecturas 2024-S1»: 13 filas (incluida la cabecera)")
L("10:05:52", "Información", larr([HEAD, *ROWS[:2]]))
L("10:05:53", "Error", "TypeError: Cannot read properties of undefined (reading 'trim')")
log += ["filaAObjeto\t@ Código.gs:31", "(anónimo)\t@ Código.gs:14", "enviarResumenSemanal\t@ Código.gs:14"]
# run 2: after skipping blank rows
L("10:09:27", "Aviso", START)
L("10:09:28", "Información", "Hoja «Lecturas 2024-S1»: 13 filas (incluida la cabecera), 2 vacías omitidas")
pend = [r for r in ROWS if r[6] == "pendiente" and r[0] == 20]
L("10:09:28", "Información", f"Semana 20: {len(pend)} lecturas pendientes")
for r in pend:
    L("10:09:28", "Información", lmap(r))
    if not r[3] and not r[4]:
        L("10:09:28", "Advertencia", f"Fila sin enlace ni arXiv: «{r[2]}» — se envía solo el título")
chat = "*Lecturas de la semana 20* (martes 14/05, 16:00, sala 2.05)\n" + "\n".join(
    f"• <{r[3]}|{r[2]}> — {r[5]}" if r[3] else (f"• {r[2]} (arXiv:{r[4]}) — {r[5]}" if r[4] else f"• {r[2]} — {r[5]} (enlace pendiente)")
    for r in pend) + "\nLa semana que viene: Trajectory Transformer y DT (ver hoja)."
L("10:09:29", "Información", json.dumps({"text": chat}, ensure_ascii=False, separators=(",", ":")))
L("10:09:30", "Información", "Respuesta de Chat: 200")
nxt = [r for r in ROWS if r[0] == 21 and r[2] != "" and r[5]]
L("10:09:30", "Información", "Próxima semana: " + larr(nxt))
L("10:09:30", "Aviso", END)
write_only(F1350, "\n".join(log) + "\n", keys(F1350))
