#!/usr/bin/env python3
"""1789: a Spanish lab's paper database as DB Browser for SQLite exports it (File > Export > Database to SQL file, the
defaults: `BEGIN TRANSACTION;`, every table's schema as DB4S wrote it when the table was made in its Create Table
dialog (one column a line, a tab between the quoted name and its type, `PRIMARY KEY("id" AUTOINCREMENT)`), turned
into `CREATE TABLE IF NOT EXISTS`; then one `INSERT INTO "t" ("col",…) VALUES (…);` a row, table by table; then the
index; `COMMIT;`). Computed here from the modelled tables: the rows' values as SQLite literals (strings quoted with
doubled apostrophes, NULL, integers), ids rising with gaps where rows were deleted, foreign keys pointing at existing
rows, CHECK values from their lists, weekly session dates."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(1789)
PEOPLE = [(1, "Lucía Fernández"), (2, "Javier Morales"), (3, "Marta Ruiz"), (5, "Pablo Ortega")]
# (id, titulo, enlace, arxiv, anio, tipo, estado, responsable, notas)
ART = [
 (1, T("1512.03385"), "https://arxiv.org/abs/1512.03385", None, 2015, "articulo", "leido", 1, "Base de todo el bloque; repasar la figura 2 (bloque residual)."),
 (2, ALEXNET, None, None, 2012, "articulo", "leido", 2, "NIPS 2012. Contexto histórico; PDF en la carpeta compartida, no está en arXiv."),
 (3, T("1502.01852"), None, None, 2015, "articulo", "leido", 1, "ICCV 2015. Inicialización de He y PReLU; la usamos en el código del grupo."),
 (5, T("1905.11946"), "https://arxiv.org/pdf/1905.11946v5", None, 2019, "articulo", "leyendo", 3, "Escalado compuesto; comparar con nuestras tablas de FLOPs."),
 (6, T("2004.08955"), "https://arxiv.org/abs/2004.08955", None, 2020, "articulo", "pendiente", 5, "Atención por grupos (split-attention)."),
 (7, T("2106.10270"), None, "2106.10270", 2021, "articulo", "leyendo", 2, "Receta de entrenamiento de ViT: aumentación y regularización."),
 (8, T("2006.06882"), None, None, 2020, "articulo", "pendiente", 3, "NeurIPS 2020. Preentrenamiento frente a autoentrenamiento en detección."),
 (9, T("2304.02643"), "https://arxiv.org/abs/2304.02643", None, 2023, "articulo", "pendiente", 5, "Modelo de segmentación con prompts; ver la demo antes de la sesión."),
 (11, "Dive into Deep Learning, cap. 8: redes convolucionales modernas (libro en línea)", "https://d2l.ai/chapter_convolutional-modern/index.html", None, 2023, "recurso", "leido", 1, "No es un artículo; repaso para los nuevos."),
 (12, "Papers with Code: clasificación de imágenes en ImageNet (tabla de resultados)", "https://paperswithcode.com/sota/image-classification-on-imagenet", None, None, "recurso", "pendiente", None, "No es un artículo; para la diapositiva de resultados."),
]
D0 = dt.date(2024, 2, 7)
SKIP = {5}  # 13 de marzo: sin sesión (jornadas del departamento)
SESS = [(1, 1, "Sala 2.05"), (2, 3, "Sala 2.05"), (3, 2, "Sala 2.05"), (4, 5, "Sala 2.05"), (5, 7, "Sala 2.05"), (7, 6, "Seminario B")]
COLS = {
 "personas": [("id", "INTEGER", ""), ("nombre", "TEXT", " NOT NULL UNIQUE")],
 "articulos": [("id", "INTEGER", ""), ("titulo", "TEXT", " NOT NULL"), ("enlace", "TEXT", ""), ("arxiv", "TEXT", ""),
               ("anio", "INTEGER", ""), ("tipo", "TEXT", " NOT NULL DEFAULT 'articulo' CHECK(\"tipo\" IN ('articulo', 'recurso'))"),
               ("estado", "TEXT", " NOT NULL DEFAULT 'pendiente' CHECK(\"estado\" IN ('pendiente', 'leyendo', 'leido'))"),
               ("responsable", "INTEGER", ""), ("notas", "TEXT", "")],
 "sesiones": [("id", "INTEGER", ""), ("fecha", "TEXT", " NOT NULL"), ("articulo", "INTEGER", " NOT NULL"), ("sala", "TEXT", "")],
}
FKS = {"articulos": [("responsable", "personas")], "sesiones": [("articulo", "articulos")]}


def lit(v):
    if v is None: return "NULL"
    if isinstance(v, int): return str(v)
    return "'" + v.replace("'", "''") + "'"


def dates():
    out, d, i = [], D0, 0
    while len(out) < len(SESS):
        if i not in SKIP: out.append(d)
        d += dt.timedelta(days=7); i += 1
    return out


def build():
    rows = {"personas": [list(p) for p in PEOPLE], "articulos": [list(a) for a in ART],
            "sesiones": [[i, d.isoformat(), a, s] for (i, a, s), d in zip(SESS, dates())]}
    L = ["BEGIN TRANSACTION;"]
    for t, cols in COLS.items():
        L.append(f'CREATE TABLE IF NOT EXISTS "{t}" (')
        L += [f'\t"{c}"\t{ty}{extra},' for c, ty, extra in cols]
        tail = ['\tPRIMARY KEY("id" AUTOINCREMENT)'] + [f'\tFOREIGN KEY("{c}") REFERENCES "{r}"("id")' for c, r in FKS.get(t, [])]
        L += [x + "," for x in tail[:-1]] + [tail[-1], ");"]
    for t, cols in COLS.items():
        names = ",".join(f'"{c}"' for c, _, _ in cols)
        L += [f'INSERT INTO "{t}" ({names}) VALUES ({",".join(lit(v) for v in r)});' for r in rows[t]]
    L += ['CREATE INDEX IF NOT EXISTS "idx_articulos_estado" ON "articulos" (', '\t"estado"', ");", "COMMIT;"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
