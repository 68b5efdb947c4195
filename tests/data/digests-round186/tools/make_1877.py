#!/usr/bin/env python3
"""1877: the «programa analítico» of a course of the Carrera de Informática, Facultad de Ciencias Puras y Naturales,
Universidad Mayor de San Andrés (UMSA, La Paz, Bolivia), copied from the PDF (Bolivian Spanish): head, «PROGRAMA
ANALÍTICO», sections I–VIII (identificación, justificación, objetivos, contenido analítico by units, metodología,
evaluación, bibliografía básica / complementaria, cronograma), «Página n de N» footers. The course, its code, teacher,
dates and the cronograma are invented; the books of Jurafsky & Martin and Goldberg and the Hugging Face course appear as
what they are. Computed: the hours (teoría + práctica = total, asserted), the evaluation adding up to 100 % (asserted),
the units numbered, the bibliography numbered across both lists, the cronograma weeks 1..18 contiguous (asserted), each
week range naming a unit that exists (asserted), the footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys
F = by_num(1877)
UNITS = [("Representaciones del texto y modelos de lenguaje", ["Tokenización en subpalabras.", "Modelos n-grama y perplejidad.", "Redes recurrentes y limitaciones."]),
         ("Preentrenamiento de codificadores", ["Modelado de lenguaje enmascarado.", "Ajuste fino para clasificación.", "Variantes robustas y eficientes."]),
         ("Modelos autorregresivos y permutados", ["Preentrenamiento autorregresivo.", "Permutación del orden de factorización."]),
         ("Modelos multilingües", ["Vocabularios compartidos.", "Transferencia entre idiomas: español, aymara y quechua."]),
         ("Generación de texto", ["Búsqueda voraz y por haz.", "Muestreo top-k y de núcleo.", "Evaluación de la generación."])]
HRS = (4, 2)
EVAL = [("Primer examen parcial", 20), ("Segundo examen parcial", 20), ("Prácticas de laboratorio", 25), ("Proyecto final", 25), ("Examen final", 10)]
assert sum(p for _, p in EVAL) == 100
BAS = [
    "Jurafsky, D. y Martin, J. H. Speech and Language Processing. 3.ª ed. (borrador en línea), 2024.",
    f"{au('1810.04805', 3)}. “{T('1810.04805')}”. NAACL, 2019.",
    f"{au('1907.11692', 3)}. “{T('1907.11692')}”. Disponible en: https://arxiv.org/abs/1907.11692",
    f"{au('1801.06146', 2)}. “{T('1801.06146')}”. ACL, 2018.",
]
COMP = [
    "Goldberg, Y. Neural Network Methods for Natural Language Processing. Morgan & Claypool, 2017.",
    f"{au('1906.08237', 3)}. “{T('1906.08237')}”. NeurIPS, 2019. https://arxiv.org/pdf/1906.08237v2",
    f"{au('2003.10555', 3)}. “{T('2003.10555')}”. ICLR, 2020. arXiv:2003.10555.",
    f"{au('2006.03654', 3)}. “{T('2006.03654')}”. ICLR, 2021. http://arxiv.org/abs/2006.03654v6",
    f"{au('1911.02116', 3)}. “{T('1911.02116')}”. ACL, 2020.",
    f"{au('1904.09751', 3)}. “{T('1904.09751')}”. ICLR, 2020.",
    "Curso de PLN de Hugging Face (en línea), capítulos 1 a 4.",
]
CRONO = [(1, 3, 1), (4, 7, 2), (8, 8, 0), (9, 11, 3), (12, 14, 4), (15, 16, 0), (17, 18, 5)]
wk = 1
for a, b, u in CRONO:
    assert a == wk and b >= a and u <= len(UNITS); wk = b + 1
assert wk == 19
body = ["UNIVERSIDAD MAYOR DE SAN ANDRÉS", "FACULTAD DE CIENCIAS PURAS Y NATURALES", "CARRERA DE INFORMÁTICA", "",
        "PROGRAMA ANALÍTICO", "",
        "I. IDENTIFICACIÓN", "Asignatura: Procesamiento del Lenguaje Natural", "Sigla: INF-397", "Nivel: Noveno semestre",
        f"Carga horaria: {sum(HRS)} horas semanales (teoría {HRS[0]}, práctica {HRS[1]})", "Gestión académica: I/2026",
        "Docente: Lic. M.Sc. Rosario Quispe Mamani", "",
        "II. JUSTIFICACIÓN",
        "Los modelos de lenguaje preentrenados son hoy la base de los sistemas de traducción, búsqueda y asistentes.",
        "La asignatura prepara al estudiante para usarlos y adaptarlos, también a las lenguas originarias del país.", "",
        "III. OBJETIVOS", "Objetivo general: comprender y aplicar modelos de lenguaje preentrenados.",
        "Objetivos específicos: implementar un clasificador con ajuste fino; comparar estrategias de decodificación.", "",
        "IV. CONTENIDO ANALÍTICO"]
for i, (name, topics) in enumerate(UNITS, 1):
    body.append(f"UNIDAD {i}: {name}")
    body += [f"{i}.{j} {t}" for j, t in enumerate(topics, 1)]
body += ["", "V. METODOLOGÍA", "Clases magistrales, laboratorios semanales en Python y un proyecto final en grupos de dos.",
         "Lecturas obligatorias: " + f"{T('1810.04805')} y {T('1801.06146')} (unidad 2).", "",
         "VI. EVALUACIÓN"]
body += [f"{n}: {p} %" for n, p in EVAL]
body += [f"Total: {sum(p for _, p in EVAL)} %", "", "VII. BIBLIOGRAFÍA", "Básica"]
body += [f"{i}. {b}" for i, b in enumerate(BAS, 1)]
body += ["Complementaria"] + [f"{i}. {b}" for i, b in enumerate(COMP, len(BAS) + 1)]
body += ["", "VIII. CRONOGRAMA"]
for a, b, u in CRONO:
    w = f"Semana {a}" if a == b else f"Semanas {a}-{b}"
    body.append(f"{w}: " + (f"Unidad {u}" if u else ("Primer examen parcial" if a == 8 else "Segundo examen parcial y proyecto")))
body += ["", "La Paz, 2 de febrero de 2026", "Vo.Bo. Dirección de Carrera"]
# pages of 34 lines with footers
pages = [body[i:i + 34] for i in range(0, len(body), 34)]
out = []
for n, p in enumerate(pages, 1):
    out += p + ["", f"Página {n} de {len(pages)}"] + ([""] if n < len(pages) else [])
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
