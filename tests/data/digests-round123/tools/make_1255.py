#!/usr/bin/env python3
"""1255: a TOON file (Spanish): a Granada-like seminar keeps its reading list as TOON (Token-Oriented Object Notation,
`lecturas.toon`) to paste it into LLM prompts, and shared the file. TOON: `key: value` lines, nesting by two-space
indentation, tabular arrays `name[N]{f1,f2,…}:` with one comma-separated row per element, primitive arrays `name[N]:
a,b,c`; a string is quoted when it is empty, has leading or trailing spaces, looks like true / false / null or a number,
contains a colon, a quote, a backslash, brackets or braces, the delimiter (a comma) or a control character, or starts
with `-`; inside quotes only `\\\\ \\" \\n \\r \\t` escapes; `null` for no value. Kept by hand in an editor (final newline).
OpenReview and arXiv urls are links; an arXiv id in the arxiv column with a null url is arxiv-text; four papers have
neither; a library, a dataset, a course and a leaderboard (the `recursos` table) are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1255, keys

NUM = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|-?0\d+(?:\.\d+)?")


def v(x):
    if x is None: return "null"
    if isinstance(x, bool): return "true" if x else "false"
    if isinstance(x, int): return str(x)
    need = (x == "" or x != x.strip() or x in ("true", "false", "null") or NUM.fullmatch(x) or x.startswith("-")
            or any(c in x for c in ':"\\[]{},') or any(ord(c) < 32 for c in x))
    if not need: return x
    return '"' + x.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def tab(name, fields, rows, ind=""):
    out = [f"{ind}{name}[{len(rows)}]{{{','.join(fields)}}}:"]
    out += [ind + "  " + ",".join(v(x) for x in r) for r in rows]
    return out


A = [  # id, titulo, enlace, arxiv, estado, responsable, nota
 (1, T("2001.04451"), "https://openreview.net/forum?id=rkgNKkHtvB", None, "leído", "Lucía", "versión ICLR 2020, LSH attention"),
 (2, T("2108.04392"), "https://arxiv.org/abs/2108.04392", None, "leído", "Javier", "DARTS y selección de operaciones"),
 (3, T("2006.05929"), "https://arxiv.org/pdf/2006.05929v3", None, "leyendo", "Marta", "condensación de datos, ICLR 2021"),
 (4, T("2011.03459"), None, "2011.03459", "pendiente", "Álvaro", "sin enlace, solo el identificador"),
 (5, T("1910.03771"), None, None, "pendiente", "Lucía", "el artículo de la biblioteca, no la documentación"),
 (6, T("2103.14339"), None, None, "pendiente", "Marta", "solo título; imagen médica"),
 (7, T("2103.14338"), None, None, "pendiente", "Javier", "solo título"),
 (8, T("2010.02014"), None, None, "pendiente", "Álvaro", ""),
]
RECS = [("biblioteca", "huggingface/transformers", "https://github.com/huggingface/transformers"),
        ("datos", "MedMNIST v2", "https://medmnist.com/"),
        ("curso", "Aprendizaje Profundo (máster, tema 7: búsqueda de arquitecturas)", "https://campus.example.es/course/view.php?id=41872"),
        ("clasificación", "NAS-Bench-201 leaderboard", "https://paperswithcode.com/sota/neural-architecture-search-on-nas-bench-201")]
SES = [("2024-05-09", "Reformer y atención eficiente", "Lucía"), ("2024-05-16", "NAS diferenciable", "Javier"),
       ("2024-05-23", "Condensación de datos: sesión doble, con práctica", "Marta")]
L = [f"grupo: {v('Seminario de Aprendizaje Automático — grupo ADIM-ejemplo')}",
     f"actualizado: {v('2024-05-14')}", "version: 7",
     "seminario:", f"  sala: {v('Aula 1.3, edificio B')}", "  dia: jueves", f"  hora: {v('16:00')}",
     "  online: true",
     f"etiquetas[4]: " + ",".join(v(x) for x in ["eficiencia", "NAS", "datos", "médica"])]
L += tab("articulos", ["id", "titulo", "enlace", "arxiv", "estado", "responsable", "nota"], A)
L += tab("recursos", ["tipo", "nombre", "enlace"], RECS)
L += tab("sesiones", ["fecha", "tema", "ponente"], SES)
text = "\n".join(L) + "\n"
write_only(F1255, text, keys(F1255))
