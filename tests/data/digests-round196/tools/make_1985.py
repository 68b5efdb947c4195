#!/usr/bin/env python3
"""1985: a post with three comments on an invented course blog hosted on Reflejos (the Cuban blog platform; its theme
chrome as imagined), copied from the browser: Cuban Spanish. Computed: the comment count, the comment times after the
post and in order (asserted), the «d mes, aaaa a las h:mm pm» form."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1985)
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def when(d):
    h = d.hour % 12 or 12
    return f"{d.day} {MES[d.month - 1]}, {d.year} a las {h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


TITLE = "Semana 5: aprendizaje autosupervisado sin etiquetas"
POST = dt.datetime(2026, 2, 16, 10, 30)
COMM = [
 ("Yanelis Rodríguez", dt.datetime(2026, 2, 16, 20, 12), [
   "Profe, ¿el artículo de la vista múltiple entra en el examen? Lo encontré aquí:",
   f"{T('2006.05576')} https://openreview.net/forum?id=-bdp_8Itjwp"]),
 ("Ernesto Valdés", dt.datetime(2026, 2, 17, 8, 45), [
   f"Para los que hacemos voz: {T('2106.07447')}. Funciona igual de bien con audio en español."]),
 ("Dayana Pérez", dt.datetime(2026, 2, 18, 21, 3), [
   f"Yo añadiría {T('2004.07780')}, que explica por qué a veces los modelos aprenden atajos y no lo que uno quiere.",
   "Y el blog de Lilian Weng sobre aprendizaje contrastivo (Lil'Log) es buenísimo como resumen."]),
]
assert all(c[1] > POST for c in COMM) and [c[1] for c in COMM] == sorted(c[1] for c in COMM)
out = ["Reflejos", "Blogs de la comunidad cubana", "", "Aprendizaje Profundo — UCI",
       "Blog de la asignatura optativa de la Facultad 4", "", "Inicio   Programa   Lecturas   Contacto", "",
       TITLE, f"Publicado el {POST.day} {MES[POST.month - 1]}, {POST.year} por Prof. Lázaro Hernández", "",
       "Queridos estudiantes:", "",
       "Esta semana entramos en el aprendizaje autosupervisado. Lecturas obligatorias:", "",
       f"- {T('2111.06377')} (https://arxiv.org/abs/2111.06377)",
       f"- {T('2104.14294')} – https://arxiv.org/pdf/2104.14294v2 – el famoso DINO",
       f"- {T('2011.10566')} <http://arxiv.org/abs/2011.10566>", "",
       f"Para el contexto histórico lean {T('1807.03748')}, de donde sale la pérdida InfoNCE, y",
       f"{T('1911.05722')} (arXiv:1911.05722).", "",
       "Como la conexión en el laboratorio está lenta, dejé los PDF en el servidor FTP de la facultad. La biblioteca",
       "VISSL y los pesos de ImageNet también están allí (software y datos, no hay que leerlos).", "",
       "Categorías: Lecturas, Semana 5", "",
       f"{len(COMM)} comentarios en «{TITLE}»", ""]
for who, d, text in COMM:
    out += [f"{who} dice:", when(d)] + text + ["Responder", ""]
out += ["Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "",
        "Reflejos | Plataforma de blogs | Acceder", ""]
write_only(F, "\n".join(out), keys(F))
