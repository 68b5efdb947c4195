#!/usr/bin/env python3
"""925: a post on a Spanish researcher's Bear Blog (bearblog.dev), saved from the browser as HTML: Bear's page
template as served — `<html lang="es">`, the content-type and viewport metas, the emoji favicon as an SVG data URI,
`<title>` = post title | blog title, the slug meta, canonical link and og: metas, the default theme's `<style>` (the
`:root` variables), `<body>` with the header (blog title link, nav), `<main>` with the `<h1>`, the `<time>` in an
`<i>` (`datetime` and `DD Mon, YYYY`), the Markdown-rendered body (paragraphs, a list, a blockquote, links), the tag
line `<p class="tags">`, the upvote form, and the footer `Powered by Bear ʕ•ᴥ•ʔ`. LF, final newline. Papers are named
in prose: three with arXiv links, one with an OpenReview forum link, one with `arXiv:ID`, three by title only. The
dinov2 repository, Lightly and solo-learn, a Meta AI blog post and a YouTube talk are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, write_only
from make_expected import by_num, keys

F = by_num(925)
K = dict(c2d="2103.13646", dinov2="2304.07193", blip2="2301.12597", simsiam="2011.10566", cotr="2103.14167",
         simclr="2002.05709", dino="2104.14294", changes="2103.14146")
e = html.escape
BLOG = "cuaderno de lucía"
HOST = "https://luciavegaml.bearblog.dev"
SLUG = "un-ano-de-autosupervisado-en-vision"
TITLE = "Un año leyendo aprendizaje autosupervisado en visión"
DESC = "Lo que me quedó de un año de grupo de lectura: SimCLR, SimSiam, DINO, DINOv2 y un par de rarezas."


def a(url, txt):
    return f'<a href="{url}">{txt}</a>'


body = [
    "<p>Este año el grupo de lectura del laboratorio (los jueves, con café malo y buena voluntad) se dedicó casi "
    "entero al aprendizaje autosupervisado en visión. Dejo aquí mis apuntes, más que nada para no tener que "
    "buscarlos en Slack dentro de seis meses.</p>",
    "<h2>Contrastivo y luego… no tan contrastivo</h2>",
    "<p>Empezamos, como todo el mundo, por SimCLR: <em>" + e(T(K["simclr"])) + "</em>. Lo importante no es la "
    "pérdida sino las aumentaciones: quitad el recorte aleatorio y el color jitter y el método se cae. El lote "
    "enorme (4096) fue lo que más discutimos, porque nadie tenía las TPU de Google.</p>",
    "<p>Por eso " + a("https://arxiv.org/abs/2011.10566", e(T(K["simsiam"]))) + " (SimSiam) fue un alivio: sin "
    "negativos, sin lote gigante, sin momentum encoder. El <em>stop-gradient</em> es todo el truco y la sección "
    "de hipótesis sobre por qué no colapsa es de lo mejor que leímos en el año.</p>",
    "<h2>Transformers y atención que segmenta sola</h2>",
    "<p>Con DINO — «" + e(T(K["dino"])) + "» — llegaron los mapas de atención que todo el mundo ha visto en "
    "Twitter. Recomiendo la charla de Mathilde Caron en YouTube antes de leerlo.</p>",
    "<p>DINOv2 (" + a("https://arxiv.org/abs/2304.07193", e(T(K["dinov2"]))) + ") es más un paper de "
    "ingeniería de datos que de método, y eso no es una crítica: la parte de curación automática del dataset "
    "LVD-142M es lo que más nos sirvió. Los pesos están en " + a("https://github.com/facebookresearch/dinov2",
                                                                    "el repositorio de dinov2") + ".</p>",
    "<h2>Las rarezas que propuso cada uno</h2>",
    "<ul>",
    "<li>Pablo trajo " + a("https://openreview.net/forum?id=" + OR(K["c2d"]), e(T(K["c2d"]))) + ": "
    "preentrenar con autosupervisión antes de aprender con etiquetas ruidosas. Muy práctico para nuestro "
    "dataset de radiografías mal etiquetado.</li>",
    "<li>Marta eligió COTR, «" + e(T(K["cotr"])) + "» (arXiv:2103.14167), que no es autosupervisado pero usa "
    "transformers para correspondencias densas entre imágenes; lo discutimos medio en broma medio en serio.</li>",
    "<li>Yo presenté " + e(T(K["changes"])) + ", porque mi tesis va de detección de cambios y necesitaba "
    "excusas.</li>",
    "<li>Y para cerrar con visión y lenguaje, " + a("https://arxiv.org/pdf/2301.12597", "BLIP-2") + ": "
    "<em>" + e(T(K["blip2"])) + "</em>. El Q-Former es una idea sencilla que funciona demasiado bien.</li>",
    "</ul>",
    "<h2>Herramientas</h2>",
    "<p>Para reproducir cosas usamos " + a("https://github.com/lightly-ai/lightly", "Lightly") + " y "
    + a("https://github.com/vturrisi/solo-learn", "solo-learn") + " (bibliotecas, no papers). Y si alguien "
    "quiere la visión general, el post de Meta AI sobre la «materia oscura de la inteligencia» sigue siendo "
    "buena lectura divulgativa:</p>",
    "<blockquote>\n<p>Self-supervised learning is one of the most promising ways to build background knowledge "
    "and approximate a form of common sense in AI systems.</p>\n</blockquote>",
    "<p>El año que viene: vídeo. Se aceptan sugerencias por correo.</p>",
]

TAGS = ["autosupervisado", "vision", "grupo-de-lectura"]
page = f"""<!DOCTYPE html>
<html lang="es">

<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>🦉</text></svg>">

    <title>{e(TITLE)} | {e(BLOG)}</title>

    <meta name="slug" content="{SLUG}">

    <link rel="canonical" href="{HOST}/{SLUG}/">
    <meta name="description" content="{e(DESC)}">
    <meta property="og:title" content="{e(TITLE)}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{HOST}/{SLUG}/">
    <meta property="og:description" content="{e(DESC)}">
    <meta property="og:site_name" content="{e(BLOG)}">
    <meta property="article:published_time" content="2024-01-07T18:42:00+00:00">

    <style>
        :root {{
            --width: 720px;
            --font-main: Verdana, sans-serif;
            --font-secondary: Verdana, sans-serif;
            --font-scale: 1em;
            --background-color: #fff;
            --heading-color: #222;
            --text-color: #444;
            --link-color: #3273dc;
            --visited-color: #8b6fcb;
            --code-background-color: #f2f2f2;
            --code-color: #222;
            --blockquote-color: #222;
        }}

        body {{
            font-family: var(--font-secondary);
            font-size: var(--font-scale);
            margin: auto;
            padding: 20px;
            max-width: var(--width);
            text-align: left;
            background-color: var(--background-color);
            word-wrap: break-word;
            overflow-wrap: break-word;
            line-height: 1.5;
            color: var(--text-color);
        }}

        blockquote {{
            border-left: 1px solid #999;
            color: var(--code-color);
            padding-left: 20px;
            font-style: italic;
        }}

        footer {{
            padding: 25px 0;
            text-align: center;
        }}
    </style>
</head>

<body class="post">
    <header>
        <a class="title" href="/">
            <h2>{e(BLOG)}</h2>
        </a>
        <nav>
            <p><a href="/">Inicio</a> <a href="/blog/">Blog</a> <a href="/sobre-mi/">Sobre mí</a></p>
        </nav>
    </header>
    <main>
        <h1>{e(TITLE)}</h1>
        <p>
            <i>
                <time datetime="2024-01-07T18:42Z">
                    07 Jan, 2024
                </time>
            </i>
        </p>
{chr(10).join(body)}
        <p class="tags">
{chr(10).join(f'            <a href="/blog/?q={t}">#{t}</a>' for t in TAGS)}
        </p>
        <form id="upvote-form" action="/upvote/" method="post" style="display: inline">
            <input hidden="true" name="uid" value="k3T9qWm2ZpLx7Rv0aBcD">
            <input hidden="true" name="title" value="{e(TITLE)}">
            <button class="upvote-button" title="Toast this post">
                <small class="upvote-count">23</small>
            </button>
        </form>
    </main>
    <footer>
        Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a>
    </footer>
</body>

</html>
"""
write_only(F, page, keys(F), forms=(html.unescape(page),))
