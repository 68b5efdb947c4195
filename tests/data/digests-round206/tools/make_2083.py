#!/usr/bin/env python3
"""2083: a question-and-answer topic of an invented Discourse forum of students at the Universidad Nacional de San
Agustín (UNSA, Arequipa), copied as text from the browser (Discourse chrome in Spanish: category and tags, post heads
«usuario   d mmm», «Solución» on the accepted answer and «Resuelto por … en la publicación #n» under the question,
likes, the topic map «creado / última respuesta / respuestas / vistas / usuarios / enlaces»): Spanish with Quechua.
The forum, people, dates and counts are invented. Computed: the dates in order (asserted), the reply count, the
accepted post number, the topic map's dates."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2083)
ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def fd(d):
    return f"{d.day} {ES[d.month - 1]}"


TITLE = "¿Por dónde empiezo a leer sobre modelos de difusión?"
SOL = 3
POSTS = [
 ("rquispe", dt.date(2026, 2, 9), 2, [
  "Allillanchu, compañeros. Para el curso de Visión necesito entender difusión desde cero.",
  f"Ya leí {T('2105.05233')} (Dhariwal y Nichol) pero me perdí en la guía con clasificador.",
  "¿Qué orden me recomiendan? Tengo dos semanas."]),
 ("mhuaman", dt.date(2026, 2, 9), 5, [
  f"Yo empezaría por el origen: {T('1503.03585')} (Sohl-Dickstein et al., ICML 2015).",
  f"Luego el enfoque por scores: {T('1907.05600')} — arXiv:1907.05600 (Song y Ermon, NeurIPS 2019).",
  "El post de Lilian Weng en su blog ayuda mucho, pero es un blog, no un artículo."]),
 ("apaz.condori", dt.date(2026, 2, 10), 11, [
  "Orden que me funcionó:",
  f"1. {T('2010.02502')} → https://openreview.net/forum?id={OR('2010.02502')}",
  f"2. {T('2207.12598')} (Ho y Salimans), para entender la guía sin clasificador",
  f"3. {T('2106.05931')}: https://arxiv.org/pdf/2106.05931v3.pdf",
  "Y la documentación de Diffusers (huggingface.co/docs/diffusers) para practicar."]),
 ("lvaldivia", dt.date(2026, 2, 12), 3, [
  "Para ver hacia dónde va todo:",
  f"{T('2403.03206')}",
  "https://arxiv.org/abs/2403.03206",
  f"y si te interesa 3D: {T('2303.11328')} (http://arxiv.org/abs/2303.11328v1)."]),
 ("rquispe", dt.date(2026, 2, 13), 1, [
  "Sulpayki a todos. Marco la respuesta de apaz.condori como solución.",
  "Subí mis apuntes al Drive del curso y el dataset de textiles de Chivay está en data.example.pe/textiles."]),
]
assert POSTS[SOL - 1][0] == "apaz.condori"
out = ["Foro IA UNSA", "Ir al contenido principal", "Registrarse   Iniciar sesión", "",
       TITLE, "Preguntas y respuestas   difusión   lecturas", ""]
prev = None
for n, (who, d, likes, lines) in enumerate(POSTS, 1):
    assert prev is None or d >= prev
    prev = d
    out += [f"{who}   {fd(d)}", ""]
    if n == SOL: out += ["Solución", ""]
    out += lines + [""]
    if n == 1: out += [f"Resuelto por {POSTS[SOL - 1][0]} en la publicación #{SOL}", ""]
    out += [f"{likes} Me gusta   Responder", ""]
out += [f"creado {fd(POSTS[0][1])}   última respuesta {fd(POSTS[-1][1])}   {len(POSTS) - 1} respuestas   318 vistas   "
        f"{len({p[0] for p in POSTS})} usuarios   7 enlaces", "",
        "Temas sugeridos",
        "  Dudas sobre el laboratorio de PyTorch   Cursos   3 respuestas",
        "  Charla: IA para el quechua (video)   Eventos   5 respuestas", "",
        "Foro IA UNSA · Arequipa · Funciona con Discourse"]
write_only(F, "\n".join(out) + "\n", keys(F))
