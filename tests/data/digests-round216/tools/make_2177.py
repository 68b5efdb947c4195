#!/usr/bin/env python3
"""2177: the «Lecciones» page of a Sakai course site of the Universidad Autónoma de Chiriquí (UNACHI, David, Panamá),
copied from the browser as text (as remembered: the skip link, the site bar with the course tab, «Menú de la
herramienta» with the site's tools, the Lessons page title, the «Índice» of subpages, weekly subpages «Semana n ·
lunes d de mes» with text blocks and their resource links, the instructor's contact, the Sakai footer). Spanish.
Computed: the week dates (Mondays a week apart, asserted), the subpage count in «Índice» (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN
F = by_num(2177)
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
START = dt.date(2026, 3, 16)
assert START.weekday() == 0
WEEKS = [
 ("Convoluciones: de LeNet a EfficientNet", [
  f"Lectura histórica (obligatoria): {T(LECUN)} — LeCun, Bottou, Bengio y Haffner, Proc. IEEE, 1998. Solo secciones I, II y V.",
  f"Lectura principal: {T('2104.00298')}",
  "    https://arxiv.org/abs/2104.00298",
  "Práctica: notebook «01_cnn_basica.ipynb» (carpeta Recursos > Laboratorios).",
 ]),
 ("Transformers para visión", [
  f"Lectura principal: {T('2103.14030')} [PDF] http://arxiv.org/pdf/2103.14030v2",
  f"Complementaria: {T('2106.04560')} (Zhai, Kolesnikov, Houlsby y Beyer, CVPR 2022) — leer la figura 1 y la sección 3.",
  "Repositorio de referencia (no es un artículo): github.com/microsoft/Swin-Transformer",
 ]),
 ("Aprendizaje contrastivo", [
  f"Lectura principal: {T('1911.05722')}, arXiv:1911.05722 (He, Fan, Wu, Xie y Girshick).",
  f"Discusión en clase: {T('2011.10566')} — ¿por qué no colapsa sin negativos? Traigan una respuesta de media página.",
 ]),
 ("Autoaprendizaje sin etiquetas: DINO y MAE", [
  f"Lectura principal: «{T('2104.14294')}» → https://arxiv.org/pdf/2104.14294.pdf",
  f"Lectura principal: {T('2111.06377')} (https://arxiv.org/abs/2111.06377v3)",
  "Video de apoyo (no se evalúa): charla grabada «Visión sin etiquetas», Semana de la Ingeniería 2025.",
 ]),
 ("Proyecto: clasificación de hojas de café de Boquete", [
  "Entrega del informe parcial en Tareas. Conjunto de datos: fotografías propias del curso (no publicar).",
  "Libro de consulta: «Dive into Deep Learning», capítulos 7, 8 y 11.",
 ]),
]


def fecha(d):
    return f"lunes {d.day} de {MES[d.month - 1]}"


out = ["Saltar al contenido principal", "", "Sakai UNACHI", "Inicio  |  INF-612 Visión por Computadora 2026-I  |  Más sitios", "",
       "Sesión iniciada como: Yarelis Caballero Pitti (8-912-1407)  ·  Salir", "", "Menú de la herramienta:",
       "Página principal", "Programa", "Lecciones", "Recursos", "Tareas", "Foros", "Calificaciones", "Estadísticas", "", "Lecciones", "",
       "INF-612 Visión por Computadora — Facultad de Ciencias Naturales y Exactas, Escuela de Informática", "",
       "Bienvenidos. Cada semana tiene su subpágina con las lecturas y la práctica. Las lecturas marcadas como obligatorias "
       "entran en la prueba corta del viernes.", "", f"Índice ({len(WEEKS)} subpáginas)"]
dates = [START + dt.timedelta(days=7 * i) for i in range(len(WEEKS))]
assert all(d.weekday() == 0 for d in dates) and all((b - a).days == 7 for a, b in zip(dates, dates[1:]))
for i, (t, _) in enumerate(WEEKS, 1):
    out.append(f"  {i}. Semana {i} · {fecha(dates[i - 1])} — {t}")
out.append("")
for i, (t, items) in enumerate(WEEKS, 1):
    out += [f"Semana {i} · {fecha(dates[i - 1])} — {t}", ""] + ["  " + x if not x.startswith("    ") else x for x in items] + [""]
out += ["Docente: Prof. Rodrigo Samudio Araúz — rodrigo.samudio@unachi.example.pa — Consultas: miércoles 3:00–5:00 p. m., "
        "Edificio de Informática, aula 14.", "", "Página anterior  |  Página siguiente", "",
        "Sakai UNACHI — Accesibilidad — Mapa del sitio",
        "Powered by Sakai · Copyright 2003-2026 The Apereo Foundation. Todos los derechos reservados."]
write_only(F, "\n".join(out) + "\n", keys(F))
