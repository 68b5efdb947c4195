#!/usr/bin/env python3
"""1165: a personal blog post on Squarespace (7.1), saved by the browser as "Webpage, HTML only": the
`saved from url=(NNNN)` comment (length computed), the site header and navigation, the blog item with its h-entry
markup, the date line in Spanish (computed from the ISO datetime), text blocks as Squarespace writes them
(`sqs-block html-block` > `sqs-html-content` > `<p class="" style="white-space:pre-wrap;">`), a list block, tags,
pagination to the neighbouring posts and the footer. Spanish (Mexico). Titles in quotes, in bold, in a list and
inside sentences; nicknames (DALL·E 2 / unCLIP, SDXL, NCSN, SigLIP, ALIGN, LLaVA). Non-papers: docs, a blog, a course."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1165, keys

URL = "https://www.valeria-rios-ml.com/blog/de-las-gans-a-llava-mi-lista-de-lectura"
D = dt.date(2024, 5, 20)
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
       "diciembre"]
P = '<p class="" style="white-space:pre-wrap;">'


def block(inner, bid):
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_{bid}">'
            f'<div class="sqs-block-content">\n<div class="sqs-html-content">\n{inner}\n</div>\n</div></div>')


blocks = [
    block(f"""{P}Me han preguntado varias veces por dónde empezar con modelos generativos. Esta es la lista que le paso a mis estudiantes del seminario de los jueves, en el orden en que la leemos. No es exhaustiva (faltan mil cosas), pero es honesta: todo lo que está aquí lo hemos discutido en clase.</p>
<h3>1. Antes de la difusión</h3>
{P}Hay que empezar por <strong>“{T("1406.2661")}”</strong> de Goodfellow et al. (2014). Si no lo tienen a mano: arXiv:1406.2661. Sí, ya nadie entrena GANs para imágenes, pero el juego minimax sigue apareciendo por todos lados.</p>""", "1716212341201_5120"),
    block(f"""<h3>2. Puntajes y ecuaciones diferenciales</h3>
{P}Luego viene Yang Song. Primero {T("1907.05600")} (el famoso NCSN, NeurIPS 2019), que pueden leer en la versión de las memorias del congreso; después, el que lo une todo: <a href="https://openreview.net/forum?id=PxTIG12RRHS">{T("2011.13456")}</a>. Lean también las reseñas en OpenReview, valen la pena.</p>
{P}Para la intuición, el post de Lilian Weng <a href="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/">“What are Diffusion Models?”</a> (es un blog, no un artículo) y la <a href="https://huggingface.co/docs/diffusers/index">documentación de diffusers</a> para jugar con código.</p>""", "1716212341201_7734"),
    block(f"""<h3>3. Texto a imagen</h3>
<ul data-rte-list="default">
<li>{P}<a href="https://arxiv.org/abs/2204.06125">{T("2204.06125")}</a> — DALL·E 2, o “unCLIP”. El truco del <em>prior</em> es lo importante.</p></li>
<li>{P}<a href="https://arxiv.org/pdf/2307.01952">{T("2307.01952")}</a> — SDXL; el refinador y el condicionamiento por tamaño son detalles que nadie menciona y que importan.</p></li>
</ul>""", "1716212341201_9012"),
    block(f"""<h3>4. Visión y lenguaje</h3>
{P}Para entender de dónde vienen los codificadores de imagen que usan todos: “{T("2102.05918")}” (ALIGN, de Google, 2021), y su pariente más reciente <a href="https://arxiv.org/abs/2303.15343">{T("2303.15343")}</a> (SigLIP), que cambia la softmax por una sigmoide y escala mejor con lotes pequeños.</p>
{P}Y cerramos con <strong>{T("2304.08485")}</strong>, o sea LLaVA. Lo leímos el 16 de mayo; la discusión sobre los datos generados con GPT-4 dio para una hora entera.</p>
{P}Si quieren algo más guiado, el <a href="https://huggingface.co/learn/diffusion-course/unit0/1">curso de difusión de Hugging Face</a> (curso, gratuito) está muy bien.</p>
{P}¿Me faltó alguno imprescindible? Déjenmelo en los comentarios 👇</p>""", "1716212341201_11408"),
]
doc = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="es-MX"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>De las GANs a LLaVA: mi lista de lectura — Valeria Ríos</title>
<meta property="og:site_name" content="Valeria Ríos">
<meta property="og:title" content="De las GANs a LLaVA: mi lista de lectura — Valeria Ríos">
<meta property="og:type" content="article">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" type="text/css" href="./De las GANs a LLaVA_ mi lista de lectura — Valeria Ríos_files/site.css">
</head>
<body id="item-6650f2a1c3b4d5e6f7a8b9c0" class="header-width-full tweak-blog-item-width-narrow collection-type-blog-basic-grid view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary">
<div class="header-title-text"><a href="https://www.valeria-rios-ml.com/" id="site-title">Valeria Ríos</a></div>
<nav class="header-nav-list">
<div class="header-nav-item header-nav-item--collection"><a href="https://www.valeria-rios-ml.com/">Inicio</a></div>
<div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="https://www.valeria-rios-ml.com/blog" aria-current="page">Blog</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="https://www.valeria-rios-ml.com/seminario">Seminario</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="https://www.valeria-rios-ml.com/contacto">Contacto</a></div>
</nav>
</header>
<main id="page" class="container" role="main">
<article class="entry h-entry hentry author-valeria-rios post-type-text article-index-1 category-lecturas tag-difusion tag-multimodal" id="article-6650f2a1c3b4d5e6f7a8b9c0">
<div class="blog-item-top-wrapper">
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">De las GANs a LLaVA: mi lista de lectura</h1></div>
<div class="blog-item-meta-wrapper">
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="{D.isoformat()}">{D.day} {MES[D.month - 1]} {D.year}</time>
<span class="blog-author blog-meta-item">Escrito por <a href="https://www.valeria-rios-ml.com/blog?author=5f9a1b2c3d4e5f6a7b8c9d0e">Valeria Ríos</a></span>
</div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6650f2a1c3b4d5e6f7a8b9c0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{chr(10).join(blocks)}
</div></div></div>
</div></div>
<div class="blog-item-category-wrapper"><a href="https://www.valeria-rios-ml.com/blog?category=Lecturas">Lecturas</a> · <a href="https://www.valeria-rios-ml.com/blog?tag=difusi%C3%B3n">difusión</a>, <a href="https://www.valeria-rios-ml.com/blog?tag=multimodal">multimodal</a></div>
<section class="item-pagination item-pagination--prev-next">
<a href="https://www.valeria-rios-ml.com/blog/notas-del-seminario-abril" class="item-pagination-link item-pagination-link--prev"><span class="item-pagination-prev-next">Anterior</span> <span class="item-pagination-title">Notas del seminario: abril</span></a>
<a href="https://www.valeria-rios-ml.com/blog/como-leo-un-paper" class="item-pagination-link item-pagination-link--next"><span class="item-pagination-prev-next">Siguiente</span> <span class="item-pagination-title">Cómo leo un paper (sin morir en el intento)</span></a>
</section>
</article>
</main>
<footer class="sections" id="footer-sections">
<div class="footer-text"><p>© {D.year} Valeria Ríos · Ciudad de México</p><p><a href="https://www.valeria-rios-ml.com/contacto">Contacto</a> · <a href="https://www.valeria-rios-ml.com/blog?format=rss">RSS</a></p></div>
</footer>
</div>
<script type="text/javascript" src="./De las GANs a LLaVA_ mi lista de lectura — Valeria Ríos_files/site-bundle.js"></script>
</body></html>
"""
write_only(F1165, doc, keys(F1165))
