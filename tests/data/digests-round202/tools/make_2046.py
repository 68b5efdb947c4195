#!/usr/bin/env python3
"""2046 (negative): a post with comments on an invented tech blog from Malabo (Equatorial Guinea), copied from the
browser: Spanish with Fang. Only software, books, data sets, talks and blog posts; the builder refuses any catalogue
title and anything arXiv-shaped (catalogue.write(…, negative=True)). Computed: the comment count, the dates in order
after the post (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2046)
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fdate(d):
    return f"{d.day} de {ES_M[d.month - 1]} de {d.year} a las {d:%H:%M}"


TITLE = "Lo que usamos este trimestre para enseñar IA en Malabo"
POST = dt.datetime(2026, 2, 10, 18, 30)
COMMENTS = [
 ("Teodoro Nsue", dt.datetime(2026, 2, 10, 21, 4), "Mbolo! Muy útil. ¿El libro de Géron está en la biblioteca de la UNGE o hay que pedirlo?"),
 ("Remedios Mangue", dt.datetime(2026, 2, 11, 8, 17), "Está en la biblioteca, dos ejemplares. Y la charla de Crispín está colgada en el canal del grupo."),
 ("Crispín Obiang", dt.datetime(2026, 2, 12, 19, 45), "Gracias por citarme. Akiba! El conjunto de audios en fang ya tiene 9 horas."),
]
out = ["Bisó Tecnología", "Blog de tecnología desde Malabo", "",
       "Inicio   Programación   Inteligencia artificial   Eventos   Contacto", "",
       TITLE, f"Publicado el {fdate(POST)} por Pilar Ebang", "",
       "Este trimestre no hubo lista de artículos: nos concentramos en herramientas y datos. Esto es lo que usamos:", "",
       "Software",
       "  – scikit-learn (https://scikit-learn.org) para las primeras prácticas.",
       "  – Ollama (https://github.com/ollama/ollama) para correr modelos pequeños en los portátiles del aula.",
       "  – Whisper (el repositorio de OpenAI en GitHub) para transcribir entrevistas en fang.", "",
       "Libros",
       "  – Aurélien Géron, «Aprende Machine Learning con Scikit-Learn, Keras y TensorFlow», 3.ª ed.",
       "  – Jay Alammar y Maarten Grootendorst, «Hands-On Large Language Models».", "",
       "Datos",
       "  – Audios en fang del grupo (data.example.gq/fang-audios), 9 horas.",
       "  – FLORES-200, solo la parte en español y francés.", "",
       "Charlas y blogs",
       "  – Charla «¿Puede una máquina hablar fang?» – Crispín Obiang, Centro Cultural de España en Malabo, 5 de febrero.",
       "  – Entrada «Por qué nuestros datos importan» en el blog de Remedios Mangue (blog.example.gq).", "",
       "Categorías: Inteligencia artificial, Educación", "",
       f"{len(COMMENTS)} comentarios en «{TITLE}»", ""]
prev = POST
for who, d, txt in COMMENTS:
    assert d > prev
    prev = d
    out += [who, fdate(d), txt, "Responder", ""]
out += ["Deja un comentario", "Nombre *   Correo electrónico *   Web", "Publicar comentario", "",
        "© 2026 Bisó Tecnología · Malabo, Guinea Ecuatorial · Funciona con WordPress"]
write(F, "\n".join(out) + "\n", negative=True)
