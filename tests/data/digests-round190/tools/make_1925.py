#!/usr/bin/env python3
"""1925: a post on a Blogalia blog with its comments, copied from the browser (Spanish of Spain): blog name and motto,
menu, the post (title, date, text, «Enlace permanente», categories), «Comentarios (n)» and the comments «text / Escrito
por name el dd/mm/yyyy a las hh:mm», the comment form and the Blogalia footer. The blog, its author, the commenters
and the dates are invented; solo-learn, the ImageNet data set, a book and a talk appear as what they are. Computed: the
comment count and the order of the dates after the post (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1925)
POST = ("2026-02-18 21:40", "Aprender a ver sin etiquetas: mi lista de lecturas", [
 "Llevo unas semanas preparando el seminario del máster sobre aprendizaje autosupervisado en visión y, como me lo",
 "habéis pedido varios, aquí va la lista comentada. Está ordenada más o menos como la contaré en clase.", "",
 f"Empiezo por el principio contrastivo: {T('1807.03748')}, de van den Oord y compañía, que es de donde sale la",
 f"pérdida InfoNCE. Después, {T('1911.05722')} (arXiv:1911.05722), que para mí es el que lo hizo práctico en imágenes.",
 f"Para entender por qué no hacen falta negativos, {T('2011.10566')}, cuatro páginas de ideas muy limpias.", "",
 f"Luego los transformers: {T('2104.14294')} (https://arxiv.org/abs/2104.14294) y su continuación,",
 f"{T('2304.07193')} — https://arxiv.org/pdf/2304.07193v2 — con los pesos disponibles para todos.",
 f"Y el enfoque reconstructivo, claro: {T('2111.06377')}, en http://arxiv.org/abs/2111.06377v3.", "",
 "Para los código-dependientes: la biblioteca solo-learn tiene casi todos los métodos implementados. Y ojo, que",
 "ImageNet es un conjunto de datos, no un artículo, aunque en clase siempre alguien lo cita como tal."])
COM = [("Ana", "19/02/2026 08:15", f"¡Gracias! Yo añadiría {T('2006.05576')}, que da la explicación teórica de por qué funciona todo esto."),
       ("jlmartin", "19/02/2026 12:47", f"Muy buena lista. Para quien trabaje con datos ruidosos: {T('2103.13646')} https://openreview.net/forum?id={OR('2103.13646')}"),
       ("Marta G.", "20/02/2026 19:03", "Ana, totalmente de acuerdo. Y recomiendo la charla de Yann LeCun en el Instituto de Ciencias Matemáticas, está en YouTube.")]
import datetime as dt
prev = dt.datetime.strptime(POST[0], "%Y-%m-%d %H:%M")
for _, d, _ in COM:
    t = dt.datetime.strptime(d, "%d/%m/%Y %H:%M"); assert t > prev; prev = t
out = ["Píxeles y neuronas", "Un blog sobre visión por computador, docencia y alguna que otra digresión", "",
       "Inicio | Archivo | Categorías | Sindicación (RSS) | Acerca de", "", POST[1], POST[0], ""] + POST[2] + [
       "", "Enlace permanente · Categorías: docencia, visión por computador", "", f"Comentarios ({len(COM)})", ""]
for n, d, t in COM:
    out += [t, f"Escrito por {n} el {d.split()[0]} a las {d.split()[1]}", ""]
out += ["Escribe un comentario", "Nombre:", "Correo-e (no se publica):", "Web:", "Comentario:", "", "Powered by Blogalia"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
