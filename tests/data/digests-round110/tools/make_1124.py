#!/usr/bin/env python3
"""1124: a TinyLetter archive page for one letter (tinyletter.com/<user>/letters/<slug>), saved from the browser
("Webpage, HTML only"): TinyLetter's own chrome in English (letter header, subscribe box, "Powered by TinyLetter"),
the letter itself in Spanish — a Chilean PhD student's fortnightly "Memoria Larga" on state-space models, RL as
sequence modelling and agents. The `saved from` mark carries the URL's length (computed); the previous / next letter
links and the issue number agree."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1124, keys

E = html.escape
USER, N = "memorialarga", 14
SLUG = f"memoria-larga-n-{N}-estados-decisiones-y-agentes"
URL = f"https://tinyletter.com/{USER}/letters/{SLUG}"
PREV = f"https://tinyletter.com/{USER}/letters/memoria-larga-n-{N - 1}-resumen-de-neurips"
SUBJ = f"Memoria Larga n.º {N}: estados, decisiones y agentes"

body = f"""<p>¡Hola a todas y todos!</p>
<p>Primero lo administrativo: TinyLetter cierra a fines de febrero, así que este es uno de los últimos números que reciben por aquí. Los próximos llegarán desde Buttondown; no tienen que hacer nada, migro la lista yo.</p>
<h2>1. El plato fuerte: Mamba</h2>
<p><strong>{E(T('2312.00752'))}</strong> ({E(au('2312.00752'))}) &mdash; <a href="https://arxiv.org/abs/2312.00752">arxiv.org/abs/2312.00752</a></p>
<p>La idea en una línea: hacer que los parámetros del SSM dependan de la entrada (&ldquo;selectividad&rdquo;) y compensar la pérdida de la convolución con un <em>scan</em> paralelo escrito a mano para la GPU. Los resultados en lenguaje a escala 1&ndash;3B son lo que hizo ruido. El código está en el repo <a href="https://github.com/state-spaces/mamba">state-spaces/mamba</a> (no es un paper, pero se lee bien).</p>
<h2>2. Para entender de dónde viene</h2>
<ul>
<li><strong>{E(T('2111.00396'))}</strong> (S4, ICLR 2022). Recomiendo la versión de OpenReview por la discusión con los revisores: <a href="https://openreview.net/forum?id=uYLFoz1vlAC">openreview.net/forum?id=uYLFoz1vlAC</a>. Y para el código, el post &ldquo;The Annotated S4&rdquo; de Sasha Rush.</li>
<li><strong>{E(T('2008.07669'))}</strong> &mdash; el origen de la matriz A &ldquo;HiPPO&rdquo;. Denso, pero la sección 2 basta.</li>
</ul>
<h2>3. RL como modelado de secuencias</h2>
<p>Ya que estamos con secuencias: <a href="https://arxiv.org/abs/2106.01345">{E(T('2106.01345'))}</a> sigue siendo la forma más clara de ver RL offline como predicción del siguiente token (condicionando en el <em>return-to-go</em>). ¿Alguien probó cambiar el Transformer por un SSM? Escríbanme.</p>
<p>Y un recordatorio de humildad para quienes hacemos RL on-policy: <em>{E(T('2006.05990'))}</em> (arXiv:2006.05990). 250.000 agentes entrenados para concluir qué detalles de PPO importan. Lectura obligada antes de tocar hiperparámetros.</p>
<p>Bonus raro: {E(T('2101.03958'))}, donde la función de pérdida de RL se busca con evolución sobre grafos de cómputo. Lo leímos en el grupo de los jueves y nadie quedó de acuerdo.</p>
<h2>4. Agentes</h2>
<p>Dos lecturas para la sesión del 25 de enero (sala 3, DCC, 16:00):</p>
<ol>
<li>{E(T('2204.01691'))} &mdash; SayCan: el LLM propone, la función de valor del robot decide qué es factible.</li>
<li>{E(T('2304.03442'))} &mdash; el pueblo de Smallville. Más divertido que riguroso, pero la arquitectura de memoria (observación, reflexión, planificación) es útil.</li>
</ol>
<h2>5. Fuera de los papers</h2>
<p>El episodio del podcast <em>Machine Learning Street Talk</em> con Albert Gu; y el capítulo de RL offline del curso CS285 de Berkeley (los videos están en YouTube).</p>
<p>Hasta el próximo número,<br>Catalina</p>
<p><small>Recibes esto porque te suscribiste en tinyletter.com/{USER}. ¿Ya no quieres recibirlo? Puedes darte de baja desde el enlace del correo.</small></p>"""

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(SUBJ)} | TinyLetter</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="https://tinyletter.com/site/stylesheets/letter_archive.css" type="text/css">
</head>
<body class="archive">
<div id="page">
<div id="header">
<h1 class="newsletter-name"><a href="https://tinyletter.com/{USER}/archive">Memoria Larga</a></h1>
<div class="by-line">by Catalina Rojas</div>
</div>
<div id="subscribe">
<form action="https://tinyletter.com/{USER}" method="post" target="popupwindow">
<p><label for="tlemail">Subscribe to Memoria Larga</label></p>
<p><input type="text" name="email" id="tlemail" placeholder="Email address"></p>
<input type="hidden" value="1" name="embed"><input type="submit" value="Subscribe">
</form>
</div>
<div id="letter" class="letter">
<div class="letter-meta">
<h2 class="subject">{E(SUBJ)}</h2>
<div class="date">January 16, 2024</div>
</div>
<div class="message-body">
{body}
</div>
</div>
<div id="letter-nav">
<a class="prev" href="{PREV}">&larr; Memoria Larga n.º {N - 1}: resumen de NeurIPS</a>
<a class="archive" href="https://tinyletter.com/{USER}/archive">Archive</a>
</div>
<div id="footer">
<a href="https://tinyletter.com/"><img src="https://tinyletter.com/site/images/powered-by-tinyletter.png" alt="Powered by TinyLetter" width="150" height="20"></a>
</div>
</div>
</body></html>
"""
write_only(F1124, page, keys(F1124), [html.unescape(page)])
