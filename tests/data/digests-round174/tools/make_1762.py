#!/usr/bin/env python3
"""1762: a CSV export of an Easy Project task list (Easy Software's project tool built on Redmine), with the Spanish
interface and Redmine's Spanish CSV defaults: ISO-8859-15 (no BOM), «;» as separator, «,» as decimal separator, LF at
the end of records and CR LF inside the descriptions typed in the browser, fields quoted only when they must be (as
Ruby's CSV writes them), the Spanish column names (#, Proyecto, Tipo, Tarea padre, Estado, Prioridad, Asunto, Autor,
Asignado a, Actualizado, Fecha de inicio, Fecha fin, Tiempo estimado, % Realizado, Creado, Descripción), the rows in the
default order (newest first), a parent task whose estimated time, dates and % done are derived from its subtasks as
Redmine derives them, and descriptions in the rich-text editor's HTML. The company, the project, its people and the
task numbers are invented; Hugging Face PEFT, bitsandbytes, vLLM, an A100 and the support tickets appear as what they
are. Nicknames LoRA, QLoRA, AdaLoRA, BitFit, ULMFiT appear where the papers are written in full."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import by_num, keys
F = by_num(1762)
HEAD = ["#", "Proyecto", "Tipo", "Tarea padre", "Estado", "Prioridad", "Asunto", "Autor", "Asignado a", "Actualizado",
        "Fecha de inicio", "Fecha fin", "Tiempo estimado", "% Realizado", "Creado", "Descripción"]
PRJ = "Asistente de soporte: ajuste eficiente de LLM"
PARENT = 1188
# id, tipo, padre, estado, prioridad, asunto, autor, asignado, actualizado, inicio, fin, estimado, %, creado, descripcion
rows = [
    (1189, "Tareas", PARENT, "Cerrada", "Alta", "Leer y resumir LoRA", "Marta Ibáñez", "Diego Salas", "20/01/2025 17:42",
     "13/01/2025", "17/01/2025", 6, 100, "09/01/2025 10:05",
     f'<p>Resumen de 1 página para el equipo:</p>\r\n<p><a href="https://arxiv.org/abs/2106.09685">{T("2106.09685")}</a></p>\r\n'
     "<p>Anotar los rangos r=4/8/16 y qué matrices adaptan.</p>"),
    (1190, "Tareas", PARENT, "Cerrada", "Alta", "Leer QLoRA y probar 4 bits", "Marta Ibáñez", "Lucía Ferrer", "24/01/2025 12:10",
     "13/01/2025", "24/01/2025", 10, 100, "09/01/2025 10:07",
     f"<p>{T('2305.14314')}<br />\r\nhttps://arxiv.org/pdf/2305.14314</p>\r\n"
     "<p>Probar con bitsandbytes (NF4) en una A100 de 40 GB con el modelo de 13B.</p>"),
    (1191, "Tareas", PARENT, "Resuelta", "Normal", "Adapters clásicos como línea base", "Marta Ibáñez", "Diego Salas", "31/01/2025 09:55",
     "20/01/2025", "31/01/2025", 8, 100, "09/01/2025 10:09",
     f"<p>{T('1902.00751')} (Houlsby et al., ICML 2019)<br />\r\n"
     '<a href="https://arxiv.org/abs/1902.00751v2">https://arxiv.org/abs/1902.00751v2</a></p>\r\n'
     "<p>Cuello de botella 64, dos adapters por bloque.</p>"),
    (1192, "Tareas", PARENT, "En curso", "Normal", "Prefix-tuning y BitFit", "Marta Ibáñez", "Pablo Ortega", "05/02/2025 18:21",
     "27/01/2025", "07/02/2025", 8, 50, "09/01/2025 10:11",
     f"<ul>\r\n<li>{T('2101.00190')} (Li y Liang, ACL 2021)</li>\r\n"
     f"<li>{T('2106.10199')} (Ben Zaken et al., ACL 2022)</li>\r\n</ul>\r\n"
     "<p>BitFit solo para el clasificador de intención, no para el generador.</p>"),
    (1193, "Tareas", PARENT, "En curso", "Normal", "Vista unificada de métodos PEFT", "Marta Ibáñez", "Lucía Ferrer", "06/02/2025 11:03",
     "03/02/2025", "14/02/2025", 6, 30, "09/01/2025 10:13",
     f'<p><a href="https://openreview.net/forum?id=0RDcd5Axok">{T("2110.04366")}</a> (ICLR 2022)</p>\r\n'
     "<p>Preparar tabla comparativa: parámetros entrenables, memoria y exactitud en nuestros tickets.</p>"),
    (1194, "Tareas", PARENT, "Nueva", "Baja", "AdaLoRA: presupuesto adaptativo de rango", "Marta Ibáñez", "Diego Salas", "09/01/2025 10:15",
     "10/02/2025", "21/02/2025", 6, 0, "09/01/2025 10:15",
     f"<p>{T('2303.10512')} (arXiv:2303.10512)</p>\r\n<p>¿Compensa frente a LoRA con r fijo? Solo si sobra tiempo.</p>"),
    (1195, "Tareas", PARENT, "Nueva", "Baja", "Contexto histórico: ULMFiT", "Marta Ibáñez", "Pablo Ortega", "09/01/2025 10:17",
     "17/02/2025", "21/02/2025", 2, 0, "09/01/2025 10:17",
     f"<p>Para la introducción del informe: {T('1801.06146')} (Howard y Ruder, ACL 2018).</p>"),
    (1196, "Soporte", None, "En curso", "Alta", "Preparar conjunto de tickets anonimizados", "Marta Ibáñez", "Lucía Ferrer", "07/02/2025 16:40",
     "20/01/2025", "28/02/2025", 24, 60, "14/01/2025 09:30",
     "<p>Exportar 40.000 tickets de 2024, quitar datos personales y dividir 80/10/10.</p>\r\n"
     "<p>Formato de instrucciones (pregunta del cliente / respuesta del agente).</p>"),
    (1197, "Soporte", None, "Nueva", "Normal", "Pruebas de despliegue con vLLM", "Marta Ibáñez", "Diego Salas", "14/01/2025 09:34",
     "03/03/2025", "14/03/2025", 16, 0, "14/01/2025 09:34",
     "<p>Servir varios adaptadores sobre el mismo modelo base y medir latencia p95.</p>"),
]
kids = [r for r in rows if r[2] == PARENT]
est = sum(r[11] for r in kids)
done = round(sum(r[11] * r[12] for r in kids) / est)
start = min(kids, key=lambda r: r[9][6:] + r[9][3:5] + r[9][:2])[9]
due = max(kids, key=lambda r: r[10][6:] + r[10][3:5] + r[10][:2])[10]
upd = max(kids, key=lambda r: r[8][6:10] + r[8][3:5] + r[8][:2] + r[8][11:])[8]
rows.append((PARENT, "Tareas", None, "En curso", "Alta", "Revisión bibliográfica de métodos PEFT", "Marta Ibáñez", "Marta Ibáñez", upd,
             start, due, est, done, "09/01/2025 10:02",
             "<p>Tarea paraguas: cada subtarea es una lectura con resumen y, si aplica, un experimento con Hugging Face PEFT.</p>"))
rows.sort(key=lambda r: -r[0])
o = io.StringIO()
w = csv.writer(o, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(HEAD)
for (i, tipo, padre, st, pr, asunto, autor, asig, act, ini, fin, estim, pc, cre, desc) in rows:
    w.writerow([i, PRJ, tipo, f"#{padre}" if padre else "", st, pr, asunto, autor, asig, act, ini, fin,
                f"{estim:.2f}".replace(".", ","), pc, cre, desc])
text = o.getvalue()
write_encoded(F, text, "iso-8859-15", keys(F))
