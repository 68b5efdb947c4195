#!/usr/bin/env python3
"""1845: the web version («Ver en el navegador») of a newsletter sent with Emblue (the Argentine e-mail marketing
platform), saved as HTML, Argentine Spanish (voseo): preheader, the tracked web-version link, masthead with issue and
month, intro, three features, «En pocas palabras» (a list), events with Spanish dates and weekdays, footer with the
tracked «Desuscribirme», ©, the open pixel. Click tracking: «https://clic.<domain>/c/<campaign>/<n>?u=<percent-encoded
URL>&amp;s=<subscriber>» (invented; n = 1, 2, … in page order); some arXiv pages are linked directly. The group
«Grupo de Aprendizaje Automático del Litoral» (GAAL), its newsletter «Atención», the domains, the campaign and
subscriber ids, the people, the meetup and the dates are invented; the flash-attention repository, vLLM's docs and the
Khipu school appear as what they are. Computed: the link numbers in page order, the percent-encoding of the targets,
the Spanish dates with weekdays, HTML escaping."""
import datetime as dt, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1845)
DOM, CAMP, SUB = "gaal.example.com.ar", "a7f3c91e20", "58d2b04c7e19"
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
n = [0]


def trk(url):
    n[0] += 1
    return f"https://clic.{DOM}/c/{CAMP}/{n[0]}?u={quote(url, safe='')}&amp;s={SUB}"


def a(url, text, tracked=True):
    return f'<a href="{trk(url) if tracked else url}">{html.escape(text, quote=False)}</a>'


def esd(d): return f"{ES_D[d.weekday()]} {d.day} de {ES_M[d.month - 1]} de {d.year}"


E1, E2 = dt.date(2025, 4, 10), dt.date(2025, 4, 24)
web = a(f"https://{DOM}/atencion/9", "Ver en el navegador")
body = f"""<!DOCTYPE html>
<html lang="es-AR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atención N° 9 · marzo de 2025</title>
</head>
<body style="margin:0;background:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">Contexto largo sin morir en el intento: FlashAttention-2, Hyena y RetNet.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="font:12px Arial,sans-serif;color:#777">¿No lo ves bien? {web}</td></tr>
<tr><td style="background:#0b3d5c;color:#fff;padding:24px;font:bold 26px Georgia,serif">Atención <span style="font-size:14px">N° 9 · marzo de 2025</span></td></tr>
<tr><td style="padding:24px;font:15px/1.5 Arial,sans-serif">
<p>¡Hola! Este mes el boletín del GAAL es casi monotemático: cómo hacer que un transformer lea documentos largos sin que la GPU se prenda fuego. Si te lo reenviaron, suscribite desde la web.</p>
<h2>1. La atención exacta, pero rápida</h2>
<p>{a("https://arxiv.org/abs/2307.08691", T("2307.08691"), tracked=False)} sigue siendo lo primero que hay que leer: no aproxima nada, reorganiza el cálculo para la memoria de la GPU. El código está en {a("https://github.com/Dao-AILab/flash-attention", "Dao-AILab/flash-attention")}.</p>
<h2>2. ¿Y si no usamos atención?</h2>
<p>Dos propuestas que reemplazan la atención por otra cosa: {a("https://arxiv.org/pdf/2302.10866", T("2302.10866"))}, con convoluciones largas implícitas, y {a("https://arxiv.org/pdf/2307.08621v1", T("2307.08621"), tracked=False)}, que se entrena en paralelo y genera como una RNN.</p>
<h2>3. Aproximar la atención</h2>
<p>La línea de las aproximaciones con características aleatorias: {a(f"https://openreview.net/forum?id={OR('2103.02143')}", T("2103.02143"))} y su prima {T("2009.14794")}. Leelas juntas, son casi el mismo truco.</p>
<h3>En pocas palabras</h3>
<ul>
<li>{T("2306.15595")} (arXiv:2306.15595): la forma barata de estirar el contexto de un modelo ya entrenado.</li>
<li>{T("2005.00743")}: ¿hace falta que la atención dependa de los tokens? Respuesta incómoda.</li>
<li>{T("2010.06891")}: memoria externa para secuencias largas, para quienes extrañan las RNN.</li>
<li>La documentación de vLLM explica bien por qué el caché KV es el cuello de botella: {a("https://docs.vllm.ai/en/latest/", "docs.vllm.ai")}.</li>
</ul>
<h3>Agenda</h3>
<p><strong>{esd(E1).capitalize()}, 18 h</strong> — Meetup GAAL en Santa Fe: «Contexto largo en producción», con Lucía Giménez. {a(f"https://{DOM}/agenda/meetup-abril", "Inscribite acá")}.</p>
<p><strong>{esd(E2).capitalize()}</strong> — Cierre de la convocatoria de becas para la escuela Khipu. {a("https://khipu.ai/", "khipu.ai")}</p>
<p>¡Buena lectura!<br>Martín Sosa y el equipo del GAAL</p>
</td></tr>
<tr><td style="padding:16px;font:11px Arial,sans-serif;color:#777;text-align:center">Recibís este correo porque te suscribiste en {DOM}. {a(f"https://{DOM}/baja?s={SUB}", "Desuscribirme")}<br>© 2025 GAAL · Bv. Gálvez 1150, Santa Fe, Argentina</td></tr>
</table>
<img src="https://clic.{DOM}/o/{CAMP}.gif?s={SUB}" width="1" height="1" alt="">
</body>
</html>
"""
import re
from urllib.parse import unquote
dec = html.unescape(body)
write_only(F, body, keys(F), forms=[dec, unquote(dec)])
