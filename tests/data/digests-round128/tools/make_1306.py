#!/usr/bin/env python3
"""1306 (negative control): the web version of a newsletter sent with Perfit, the Argentine e-mail marketing service
(a Córdoba-like machine-learning community's monthly bulletin, in Rioplatense Spanish): an XHTML 1.0 Transitional
e-mail page, lang es-AR, table layout with inline styles, a preheader, the browser-version line, the issue number in
<title> and the heading, the date line (weekday right), and every link but the Perfit badge through the tracker
`https://clk.perfit.example.com.ar/c/<account>/<campaign>/<n>/web?u=<target in base64url, no padding>`, n = 1, 2, … in
document order; an open pixel; unsubscribe and preferences links; the "Enviado con Perfit" badge. It names no paper:
meetups and talks, a hackathon, a course, a book, repositories and releases, a leaderboard, datasets and a DOI of a
data deposit, a video, job ads with reference codes, versions, dates, addresses and a tax id are all near-misses."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1306

ACC, CAMP = "aprendizaje-cba", 4182
N = [0]


def trk(url):
    N[0] += 1
    u = base64.urlsafe_b64encode(url.encode("utf-8")).decode("ascii").rstrip("=")
    return f"https://clk.perfit.example.com.ar/c/{ACC}/{CAMP}/{N[0]}/web?u={u}"


def a(url, text, style="color:#0b6e4f;text-decoration:underline"):
    return f'<a href="{trk(url)}" target="_blank" style="{style}">{text}</a>'


def sec(title, body):
    return (f'<tr><td style="padding:18px 28px 4px 28px;font-family:Arial,Helvetica,sans-serif;font-size:19px;font-weight:bold;color:#12372a">{title}</td></tr>\n'
            f'<tr><td style="padding:4px 28px 12px 28px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333">{body}</td></tr>')


SITE = "https://aprendizaje-cba.example.org.ar"
LOGO = '<img src="https://img.perfit.example.com.ar/aprendizaje-cba/logo-aac.png" width="180" alt="Aprendizaje Automático Córdoba" border="0" />'
o = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
     '<html xmlns="http://www.w3.org/1999/xhtml" lang="es-AR">', "<head>",
     '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
     '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
     "<title>Boletín N.º 23 · Aprendizaje Automático Córdoba</title>", "</head>",
     '<body style="margin:0;padding:0;background-color:#eef3f0">',
     '<div style="display:none;max-height:0;overflow:hidden">Meetup #31 con charla de MLOps, hackatón de datos abiertos y curso gratuito de aprendizaje profundo.</div>',
     '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef3f0"><tr><td align="center">',
     '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">',
     f'<tr><td style="padding:10px 28px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#777777" align="center">¿No ves bien este correo? {a(SITE + "/boletin/23", "Abrilo en tu navegador", "color:#777777")}</td></tr>',
     '<tr><td align="center" style="padding:20px 28px 0 28px">' + a(SITE + "/", LOGO, "text-decoration:none") + '</td></tr>',
     '<tr><td style="padding:16px 28px 0 28px;font-family:Arial,Helvetica,sans-serif;font-size:26px;font-weight:bold;color:#12372a">Boletín N.º 23: marzo llega con meetup, hackatón y curso</td></tr>',
     '<tr><td style="padding:4px 28px 0 28px;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#777777">Viernes 15 de marzo de 2024 · Aprendizaje Automático Córdoba</td></tr>',
     sec("¡Hola, comunidad!", "Volvimos de las vacaciones con muchas ganas. Este mes tenemos el primer meetup presencial del año, una hackatón con datos abiertos de la provincia y la inscripción al curso introductorio, que este año dura 8 clases. Abajo van también los recursos que más circularon en el grupo de Telegram."),
     sec("Meetup #31 · jueves 21 de marzo, 19 h",
         "En Espacio Nodo Güemes (Belgrano 870, Córdoba). Entrada libre con inscripción previa, cupo de 80 personas.<br />"
         "<strong>«MLOps sin morir en el intento: de la notebook a producción con MLflow y DVC»</strong>, Lucía Ferreyra (Tambo Analytics).<br />"
         "<strong>«Modelos de lenguaje en español con datos propios: lo que aprendimos en un año»</strong>, Martín Quiroga y Sofía Bustos (Cooperativa Dato Sur).<br />"
         f"Después hay pizza y cerveza artesanal. {a('https://www.meetup.com/aprendizaje-automatico-cba/events/299871243/', 'Anotate acá')}."),
     sec("Hackatón Datos Abiertos Córdoba 2024",
         "13 y 14 de abril, en la Facultad de Ciencias Exactas (pabellón 2). Equipos de 3 a 5 personas; vale usar cualquier modelo, incluido Llama 2 o Mistral, siempre que el código quede público. "
         f"Los datasets son los del {a('https://datos.cordoba.example.gob.ar/dataset', 'portal de datos abiertos de la provincia')} "
         "(transporte urbano, calidad del aire, reclamos vecinales 2019–2023); el de calidad del aire también está depositado en Zenodo con DOI 10.5281/zenodo.10712345. "
         f"Premios: 300.000 pesos al primer puesto y créditos de nube. {a('https://forms.example.com.ar/hackaton-aac-2024', 'Formulario de inscripción')} (cierra el 5 de abril)."),
     sec("Curso introductorio de aprendizaje profundo",
         "Ocho clases los sábados de 10 a 12 h, desde el 6 de abril, gratuito y con certificado de asistencia. Seguimos el libro «Dive into Deep Learning» (d2l.ai) y algunas lecciones del curso «Practical Deep Learning for Coders» de fast.ai; "
         f"las prácticas se hacen en Google Colab, así que no hace falta GPU. Requisitos: Python 3.11 y algo de álgebra lineal. {a(SITE + '/curso-2024', 'Programa completo e inscripción')}."),
     sec("Recursos del mes",
         "<ul style=\"margin:0;padding-left:20px\">"
         f"<li>{a('https://github.com/huggingface/transformers/releases/tag/v4.38.2', 'transformers v4.38.2')}: corrige el problema de memoria con Gemma que varios reportaron en el grupo.</li>"
         f"<li>{a('https://ollama.com/', 'Ollama')} para correr modelos en la notebook; en una Mac con 16 GB anda bien con modelos de 7B cuantizados.</li>"
         f"<li>{a('https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard', 'Open LLM Leaderboard')}: ojo, mide sobre todo en inglés.</li>"
         f"<li>{a('https://www.youtube.com/watch?v=q7Xr2aKcbT4', 'Grabación del meetup #30')} (1 h 12 min): «Detección de plagas en el maíz con visión por computadora».</li>"
         f"<li>{a('https://t.me/aprendizaje_cba', 'Grupo de Telegram')}: el bot ahora avisa las novedades de arXiv de cs.CL y cs.LG una vez por día, sin spam.</li>"
         "</ul>"),
     sec("Búsquedas laborales",
         "<strong>Data Scientist Sr.</strong> en Tambo Analytics, remoto para Argentina, referencia DS-2024-117.<br />"
         "<strong>Ingeniera/o de datos</strong> en Cooperativa Dato Sur, híbrido en Córdoba, referencia DE-0331.<br />"
         f"Si tu empresa quiere publicar una búsqueda, escribinos desde {a(SITE + '/empleos', 'este formulario')}."),
     sec("Para agendar",
         "28 de marzo: cierre del llamado a charlas para el meetup #32.<br />"
         f"6 de abril: empieza el curso.<br />13 y 14 de abril: hackatón.<br />¿Te perdiste el boletín anterior? {a(SITE + '/boletin/22', 'Leé el N.º 22')}."),
     '<tr><td style="padding:20px 28px;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#777777" align="center">'
     "Recibís este correo porque te suscribiste en aprendizaje-cba.example.org.ar.<br />"
     "Asociación Civil Aprendizaje Automático Córdoba · CUIT 30-71234567-8 · Belgrano 870, X5000 Córdoba, Argentina<br />"
     f"{a(SITE + '/preferencias?c=4182', 'Actualizar mis preferencias', 'color:#777777')} · {a(SITE + '/baja?c=4182', 'Darme de baja', 'color:#777777')}</td></tr>",
     '<tr><td align="center" style="padding:0 0 20px 0"><a href="https://www.perfit.example.com.ar/?utm_source=badge&amp;utm_medium=email&amp;utm_campaign=4182" target="_blank"><img src="https://img.perfit.example.com.ar/badges/enviado-con-perfit.png" width="120" alt="Enviado con Perfit" border="0" /></a></td></tr>',
     "</table>", "</td></tr></table>",
     f'<img src="https://clk.perfit.example.com.ar/o/{ACC}/{CAMP}/web.gif" width="1" height="1" alt="" />',
     "</body>", "</html>"]
text = "\n".join(o) + "\n"
import re as _re
dec = "\n".join(base64.urlsafe_b64decode(m + "=" * (-len(m) % 4)).decode("utf-8") for m in _re.findall(r"\?u=([A-Za-z0-9_-]+)", text))
write(F1306, text + "\n<!--decoded\n" + dec + "\n-->", negative=True)  # check the decoded targets too
write(F1306, text, negative=True)
