#!/usr/bin/env python3
"""2106 (negative): the «Programa del curso» (Syllabus) page of a Canvas LMS course of the Universidad de Magallanes
(Punta Arenas), copied as text from the browser: global navigation, course navigation, breadcrumb, syllabus body
(description, evaluation table, weekly readings — books, software, data sets, talks, blog posts, no paper), and the
«Resumen del curso» table Canvas appends (Fecha / Detalles / Vence). Spanish. The course, people, sets and texts are
invented. Computed: the weeks (Mondays, consecutive; asserted), the evaluation total = 100 % (asserted), the
summary rows in date order (asserted). The builder refuses any catalogue title and anything arXiv-shaped."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2106)
DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
W0 = dt.date(2026, 3, 9)
assert W0.weekday() == 0
WEEKS = [
 "Introducción. Lectura: Géron, «Aprende Machine Learning con Scikit-Learn, Keras y TensorFlow», cap. 1 (libro).",
 "Redes neuronales. Lectura: Goodfellow, Bengio y Courville, «Deep Learning», cap. 6 (libro, disponible en línea).",
 "Práctica con PyTorch: tutoriales oficiales (documentación) y el repositorio del curso en GitHub.",
 "Visión: el conjunto de datos «Fauna de Magallanes» (data.example.cl/fauna-magallanes) y la biblioteca timm (software).",
 "Texto: Hugging Face Transformers (software) y el curso gratuito de NLP de Hugging Face.",
 "Charla invitada: Dra. Carolina Oyarzún, «IA en la Patagonia austral» (video en YouTube, 52 min).",
 "Lectura de blog: «The Illustrated Transformer» de Jay Alammar (entrada de blog, no es un artículo).",
 "Proyecto: uso de Weights & Biases y del clúster del laboratorio; lectura: documentación de Slurm.",
]
EVAL = [("Tareas semanales (6)", 30), ("Control de lectura", 15), ("Proyecto final", 40), ("Presentación", 15)]
assert sum(p for _, p in EVAL) == 100
out = ["Saltar al contenido", "Cuenta", "Panel de control", "Cursos", "Calendario", "Bandeja de entrada", "Historial", "Ayuda", "",
       "INF-342 › Programa del curso", "", "Página de inicio", "Anuncios", "Módulos", "Tareas", "Calificaciones", "Programa del curso", "Personas", "",
       "Programa del curso", "", "INF-342 Aprendizaje Profundo — Primer semestre 2026",
       "Profesor: Mg. Ignacio Barrientos (ignacio.barrientos@umag.example.cl) · Ayudante: Javiera Soto", "",
       "Descripción", "El curso introduce las redes neuronales profundas con ejercicios prácticos sobre datos de la región de Magallanes.",
       "No hay artículos científicos obligatorios este semestre: trabajamos con libros, documentación y datos.", "",
       "Evaluación"] + [f"{n}\t{p} %" for n, p in EVAL] + ["Total\t100 %", "", "Calendario de lecturas"]
prev = None
for i, w in enumerate(WEEKS):
    d = W0 + dt.timedelta(weeks=i)
    assert prev is None or (d - prev).days == 7; prev = d
    out.append(f"Semana {i + 1} ({d.day} {MES[d.month - 1]}): {w}")
out += ["", "Bibliografía complementaria: Bishop, «Pattern Recognition and Machine Learning» (libro); "
        "Raschka, «Machine Learning with PyTorch and Scikit-Learn» (libro).", "",
        "Resumen del curso:", "Fecha\tDetalles\tVence"]
rows = [(W0 + dt.timedelta(days=4 + 7 * i), f"Tarea {i + 1}") for i in range(0, 6)] + [(dt.date(2026, 4, 30), "Control de lectura")]
rows.sort()
for d, n in rows:
    out.append(f"{DIAS[d.weekday()]} {d.day} {MES[d.month - 1]} {d.year}\t{n}\tvence a las 23:59")
out += ["", "Anterior", "Siguiente"]
write(F, "\n".join(out) + "\n", negative=True)
