#!/usr/bin/env python3
"""2157: a Chamilo course page («Descripción del curso» and the «Lecciones» learning path) of an invented course of
the Universidad de Valparaíso, copied from the browser as text: the Chamilo top bar, breadcrumb, course tool icons'
labels, the description's sections, a weekly reading plan (numbered lessons with dates), the footer «Creado con
Chamilo © 2026». Spanish. Computed: the session dates (Tuesdays, a week apart, asserted), the lesson count."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2157)
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"]
start = dt.date(2026, 3, 17)
assert start.weekday() == 1
LESSONS = [
    ("Redes convolucionales modernas",
     [f"Lectura obligatoria: {T('2201.03545')}",
      "  https://arxiv.org/abs/2201.03545",
      "Repaso: capítulo 8 de «Dive into Deep Learning» (libro en línea, d2l.ai) — no es un paper"]),
    ("Transformers para visión",
     [f"Lectura obligatoria: {T('2010.11929')}",
      f"  versión revisada de ICLR: https://openreview.net/forum?id={OR('2010.11929')}",
      f"Complementaria: {T('2106.04560')} (Zhai et al., CVPR 2022) — solo secciones 2 y 3"]),
    ("Jerarquías y ventanas",
     [f"Lectura obligatoria: \"{T('2103.14030')}\" — http://arxiv.org/pdf/2103.14030v2",
      "Código de referencia: repositorio microsoft/Swin-Transformer en GitHub (software, no se evalúa)"]),
    ("Aprendizaje auto-supervisado contrastivo",
     [f"Lectura obligatoria: {T('2002.05709')} (Chen, Kornblith, Norouzi y Hinton, ICML 2020)",
      f"Lectura obligatoria: {T('1911.05722')}, arXiv:1911.05722 (He et al., CVPR 2020)",
      "Taller: implementar la pérdida InfoNCE en PyTorch sobre CIFAR-10 (dataset)"]),
    ("Autoencoders enmascarados",
     [f"Lectura obligatoria: {T('2111.06377')} [PDF] https://arxiv.org/pdf/2111.06377v3.pdf",
      "Charla recomendada: «Self-supervised learning: the dark matter of intelligence» (entrada de blog de Meta AI)"]),
    ("Aumentación de datos para segmentación",
     [f"Lectura obligatoria: {T('2012.07177')} — Ghiasi et al., CVPR 2021",
      "Dataset del proyecto: COCO 2017 (instancias) y las fotos de algas del litoral de Valparaíso"]),
]
out = ["Ir al contenido principal", "Chamilo", "Mis cursos  |  Agenda  |  Mensajes  |  Red social  |  Sesiones", "Valentina Araya Soto ▾", "",
       "Mis cursos > INF-473 Visión por Computador Profunda (2026-1) > Descripción del curso", "",
       "Herramientas del curso:",
       "Descripción del curso · Documentos · Lecciones · Ejercicios · Foros · Tareas · Anuncios · Calificaciones · Asistencia", "",
       "INF-473 Visión por Computador Profunda (2026-1)",
       "Escuela de Ingeniería Informática · Facultad de Ingeniería · Universidad de Valparaíso", "",
       "Descripción", "",
       "Curso electivo de quinto año. Estudiamos las arquitecturas que hoy sirven de columna vertebral (backbone) en visión",
       "y los métodos auto-supervisados que las preentrenan. Cada semana se discute un paper; la lectura es obligatoria",
       "antes de la sesión del martes.", "",
       "Objetivos", "",
       "- Leer críticamente artículos de visión por computador.",
       "- Reproducir un resultado pequeño en el clúster del laboratorio.", "",
       "Metodología", "",
       "Sesiones presenciales los martes 10:15–11:45 en la sala IC-204 (Campus Curauma). Un estudiante presenta cada paper.", "",
       f"Lecciones ({len(LESSONS)})", ""]
for i, (name, items) in enumerate(LESSONS, 1):
    d = start + dt.timedelta(days=7 * (i - 1))
    out.append(f"Lección {i}. {name} — {DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]} de {d.year}")
    out += ["  " + x for x in items]
    out.append("")
out += ["Evaluación", "",
        "Presentación (30 %), informes semanales (30 %), proyecto final (40 %).", "",
        "Docente: Dr. Matías Fuentealba Rojas · matias.fuentealba@uv.example.cl · Oficina 3-12", "",
        "Creado con Chamilo © 2026"]
write_only(F, "\n".join(out) + "\n", keys(F))
