#!/usr/bin/env python3
"""2163: a MyBB thread of an invented student forum of the Universidad Nacional de Tierra del Fuego (Ushuaia),
copied from the browser as text (as remembered: the header links, breadcrumb «Foro › … › …», «Modos del tema», the
thread title, pagination «Páginas (1): 1», each post with its author line, user title, «Mensajes: / Temas: /
Registro en: / Reputación:», the date «dd-mm-yyyy, hh:mm AM/PM», «#n», quotes «X escribió:», «Responder · Citar»,
«Respuesta rápida», the footer «Desarrollado por MyBB»). Spanish. Computed: post numbers, dates increasing
(asserted), the post and reply counts."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2163)
U = {"lucas_yagan": ("Miembro", 48, 7, "mar 2025", 5), "ailen.k": ("Miembro Junior", 12, 2, "ago 2025", 1),
     "prof_ozuna": ("Moderador", 311, 40, "feb 2023", 27)}
POSTS = [
 ("lucas_yagan", dt.datetime(2026, 4, 2, 21, 14), [
  "Buenas. Para el TP final de Aprendizaje Profundo quiero generar imágenes de líquenes de la Isla Grande con",
  "difusión. Junté esta lista, ¿qué me falta?", "",
  f"- {T('2010.02502')} https://openreview.net/forum?id={OR('2010.02502')}",
  f"- {T('2105.05233')} ( https://arxiv.org/abs/2105.05233 )",
  f"- {T('2207.12598')} -> https://arxiv.org/pdf/2207.12598.pdf",
  "", "El dataset son unas 3.000 fotos propias del Parque Nacional. Uso la librería diffusers."]),
 ("ailen.k", dt.datetime(2026, 4, 3, 9, 2), [
  "lucas_yagan escribió:", "> ¿qué me falta?", "",
  f"El clásico de 2015, {T('1503.03585')}. Es denso pero todo sale de ahí.",
  f"Y si después querés latentes: {T('2106.05931')} (arXiv:2106.05931), de NVIDIA."]),
 ("prof_ozuna", dt.datetime(2026, 4, 3, 18, 40), [
  "Buena lista. Dos cosas:", "",
  f"1) Flujos rectificados: {T('2403.03206')}, https://arxiv.org/abs/2403.03206v1 (es el paper de SD3).",
  f"2) Con 3.000 fotos cuidado con los atajos; lean {T('2004.07780')} antes de reportar métricas.", "",
  f"Lo de 3D ({T('2303.11328')}) déjenlo para otro cuatrimestre.", "",
  "No es paper pero sirve: el curso de Hugging Face sobre difusión y el blog de Lilian Weng «What are Diffusion Models?»."]),
 ("lucas_yagan", dt.datetime(2026, 4, 4, 11, 5), [
  "prof_ozuna escribió:", "> cuidado con los atajos", "",
  "Anotado, gracias. Subo los resultados al hilo cuando termine el entrenamiento en el clúster."]),
]
out = ["Foro de Estudiantes UNTDF", "Inicio  Buscar  Lista de miembros  Calendario  Ayuda", "",
       "¡Hola, invitado! Iniciar sesión   Registrarse", "",
       "Foro de Estudiantes UNTDF › Instituto de Desarrollo Económico e Innovación › Aprendizaje Profundo › Modelos de difusión para el TP final", "",
       "Modos del tema", "Modelos de difusión para el TP final", f"Páginas (1): 1", ""]
prev = None
for n, (u, d, body) in enumerate(POSTS, 1):
    assert prev is None or d > prev
    prev = d
    ut, msgs, th, reg, rep = U[u]
    out += [f"{d:%d-%m-%Y, %I:%M %p}" + f"  #{n}", u, ut, "", f"Mensajes: {msgs}", f"Temas: {th}", f"Registro en: {reg}",
            f"Reputación: {rep}", ""] + body + ["", "Responder · Citar", "", "-" * 40, ""]
out += [f"« Tema anterior | Tema siguiente »", "", "Respuesta rápida", "Mensaje", "", "Enviar respuesta   Vista previa", "",
        f"Usuarios navegando en este tema: 1 invitado(s)", "",
        "Contacto  Foro de Estudiantes UNTDF  Volver arriba  Modo solo texto  Sindicación RSS", "",
        "Desarrollado por MyBB, © 2002-2026 MyBB Group."]
write_only(F, "\n".join(out) + "\n", keys(F))
