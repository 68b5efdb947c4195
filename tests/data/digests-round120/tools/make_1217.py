#!/usr/bin/env python3
"""1217: a U-Cursos course page (Spanish, Chile): the "Programa" tab of an NLP course, saved from the browser. U-Cursos'
chrome (top bar, course header with the institution path, the module menu) is reduced to a skeleton; the content is
the instructor's programme: a description, the weekly reading plan (week, Monday date written `lun 11/03`, topic,
readings; a receso week unnumbered), evaluation and bibliography. Readings are written as a teacher writes them: an
arXiv abs or pdf link, an `arXiv:` id without a link, or a reference with its venue and no link at all; a book, blog
posts, a course, docs and a video are not papers. Dates are computed (Mondays, seven days apart)."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1217, keys, LSTM, GLOVE, GPT1

DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
e = html.escape


def a(url, text=None):
    return f'<a href="{e(url)}" target="_blank">{e(text or url)}</a>'


weeks = [
 ("Introducción: qué es PLN, tareas, evaluación. Tokenización y normalización.",
  f"Jurafsky &amp; Martin, <em>Speech and Language Processing</em> (3.ª ed., borrador), cap. 2 — {a('https://web.stanford.edu/~jurafsky/slp3/')}"),
 ("Modelos de lenguaje con n-gramas, suavizado, perplejidad.", "Jurafsky &amp; Martin, cap. 3."),
 ("Representaciones distribuidas: word2vec y vectores globales.",
  f"{e(GLOVE)}. Pennington, Socher y Manning, EMNLP 2014 (el PDF está en Material Docente; página del proyecto: {a('https://nlp.stanford.edu/projects/glove/')})."),
 ("Redes recurrentes: RNN, desvanecimiento del gradiente, celdas con compuertas.",
  f"Hochreiter y Schmidhuber, «{e(LSTM)}», <em>Neural Computation</em> 9(8), 1997. Lectura obligatoria, secciones 1–4."),
 ("Secuencia a secuencia y traducción automática.",
  f"{e(T('1409.3215'))} — Sutskever, Vinyals y Le, NIPS 2014, arXiv:1409.3215.<br>Tutorial (no es paper): PyTorch, «NLP From Scratch: Translation with a Seq2Seq Network»."),
 ("Atención: alineamiento suave, atención aditiva y multiplicativa.",
  f"{e(T('1409.0473'))} — {a('https://arxiv.org/abs/1409.0473')}"),
 ("Transformers I: auto-atención, atención multi-cabeza, codificación posicional.",
  f"{e(T('1706.03762'))} — {a('https://arxiv.org/abs/1706.03762')}<br>Complemento (blog, no paper): The Annotated Transformer, {a('https://nlp.seas.harvard.edu/annotated-transformer/')}"),
 ("Control 1 (jueves). Clase de repaso el lunes.", "—"),
 None,
 ("Preentrenamiento I: modelos generativos y discriminativos.",
  f"Radford et al., «{e(GPT1)}», informe técnico de OpenAI, 2018 (sin versión en arXiv).<br>{e(T('1810.04805'))} — {a('https://arxiv.org/pdf/1810.04805.pdf')}"),
 ("Preentrenamiento II: ajuste fino, Hugging Face en la práctica.",
  f"Curso de Hugging Face (no es paper), capítulos 1–3: {a('https://huggingface.co/learn/nlp-course/es/chapter1/1')}"),
 ("Contexto largo y recurrencia a nivel de segmento.",
  f"{e(T('1901.02860'))} (Dai et al., ACL 2019; arXiv:1901.02860)."),
 ("Presentaciones de proyectos (grupos 1–6).", "—"),
 ("Presentaciones de proyectos (grupos 7–12). Cierre del curso.",
  f"Charla recomendada (video, no paper): {a('https://www.youtube.com/watch?v=pQ4mN1xZr8E')}"),
]
start = dt.date(2024, 3, 11)
rows, n = [], 0
for i, w in enumerate(weeks):
    d = start + dt.timedelta(days=7 * i)
    fecha = f"{DIAS[d.weekday()]} {d.day:02d}/{d.month:02d}"
    if w is None:
        rows.append(f'<tr class="receso"><td class="sem">—</td><td class="fecha">{fecha}</td><td colspan="2">Semana de receso universitario (sin clases)</td></tr>')
        continue
    n += 1
    rows.append(f'<tr><td class="sem">{n}</td><td class="fecha">{fecha}</td><td>{e(w[0])}</td><td class="lect">{w[1]}</td></tr>')

CODE, NAME = "CC6291", "Procesamiento de Lenguaje Natural"
page = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{CODE}-1 {NAME} 2024 Otoño - Programa - U-Cursos</title>
<link rel="stylesheet" href="https://www.u-cursos.cl/d/css/u-cursos.css?v=2024031101">
</head>
<body>
<div id="barra">
<a class="logo" href="https://www.u-cursos.cl/">U-Cursos</a>
<span class="usuario">Javiera Contreras Paredes</span> · <a href="https://www.u-cursos.cl/usuario/8f3a1c2e/mis_cursos/">Mis Cursos</a> · <a href="https://www.u-cursos.cl/upasaporte/logout">Salir</a>
</div>
<div id="curso">
<div class="ruta">Facultad de Ciencias Físicas y Matemáticas › Departamento de Ciencias de la Computación › 2024 Otoño</div>
<h1>{CODE}-1 {NAME}</h1>
<div class="prof">Profesora: Valentina Muñoz Sepúlveda · Auxiliares: Tomás Riquelme Soto, Javiera Contreras Paredes</div>
</div>
<ul id="modulos">
<li><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/novedades/">Novedades</a></li>
<li><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/material_docente/">Material Docente</a></li>
<li><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/tareas/">Tareas</a></li>
<li><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/foro/">Foro</a></li>
<li><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/notas/">Notas</a></li>
<li class="activo"><a href="https://www.u-cursos.cl/ingenieria/2024/1/{CODE}/1/datos_curso/">Datos del Curso</a></li>
</ul>
<div id="contenido">
<h2>Programa</h2>
<p><strong>Créditos:</strong> 6 U.D. · <strong>Requisitos:</strong> CC3001, MA3403 · <strong>Horario:</strong> lunes y jueves 14:30–16:00, sala B-212 · auxiliar miércoles 16:15–17:45</p>
<h3>Descripción</h3>
<p>El curso recorre el procesamiento de lenguaje natural moderno, desde los modelos de n-gramas y las redes recurrentes hasta los Transformers preentrenados. Cada semana hay una lectura principal; los controles de lectura (5–10 min, al inicio de la clase del jueves) son sobre ella.</p>
<h3>Calendario de lecturas</h3>
<table class="calendario">
<thead><tr><th>Semana</th><th>Fecha</th><th>Tema</th><th>Lectura</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h3>Evaluación</h3>
<ul>
<li>Controles de lectura (40 %): se elimina la peor nota.</li>
<li>Tareas (30 %): tres tareas en Python; entrega por el módulo Tareas hasta las 23:59.</li>
<li>Proyecto (30 %): grupos de 3; informe de 4 páginas y presentación.</li>
</ul>
<h3>Bibliografía complementaria</h3>
<ul>
<li>Jurafsky, D. y Martin, J. H. <em>Speech and Language Processing</em>, 3.ª ed. (borrador, 2024).</li>
<li>Eisenstein, J. <em>Introduction to Natural Language Processing</em>. MIT Press, 2019.</li>
<li>Documentación de spaCy: {a('https://spacy.io/usage')}</li>
</ul>
<p class="pie">Última modificación: 04/03/2024 18:42 por Valentina Muñoz Sepúlveda</p>
</div>
<div id="pie">U-Cursos · Universidad de Chile · <a href="https://www.u-cursos.cl/ayuda/">Ayuda</a></div>
</body>
</html>
"""
write_only(F1217, page, keys(F1217), forms=[html.unescape(page)])
