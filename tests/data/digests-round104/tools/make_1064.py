#!/usr/bin/env python3
"""1064: an article page of an Argentine lab's Joomla 4 site (template Cassiopeia), saved by Chrome as "Webpage,
Complete": the mark-of-the-web comment `<!-- saved from url=(NNNN)… -->` (N = the URL's length), the serialised DOM
(Chrome's Content-Type meta first in <head>, boolean attributes as `itemscope=""`, void elements without a slash,
stylesheets and scripts pointing into the `…_files/` folder, links absolute), Joomla's head (generator meta, the
`joomla-script-options` JSON with `\\/`), the header and main menu (the active item's id in the body class), the
breadcrumbs with schema.org positions, the article (headline, author, category, `<time>` with the Spanish date, hits
in a meta and in text), its body — a sessions table (Thursdays, one holiday), complementary readings, how to take
part —, tags, the previous-article link, a sidebar module and the footer. Evidence: <a href> to arXiv, two
"arXiv:<id>" written out, three papers by title only. Not papers: Sutton & Barto's book, the Gymnasium docs, OpenAI's
Spinning Up, a recording. Nicknames not labelled on their own: DT, PPO, SayCan, AutoHAS, CQD."""
import datetime as dt, html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys

F = by_num(1064)
K = dict(dt="2106.01345", saycan="2204.01691", genag="2304.03442", ppo="2006.05990", evo="2101.03958",
         autohas="2006.03656", cqd="2011.03459", local="2103.13462")
SITE = "https://laaa.ing.unta.example.edu.ar"
SLUG = "24-ciclo-de-lectura-2024-agentes-rl-y-automl"
URL = f"{SITE}/index.php/grupo-de-lectura/{SLUG}"
FILES = "./Ciclo de lectura 2024_ agentes, RL y AutoML – LAAA_files"
HEADLINE = "Ciclo de lectura 2024 (1.er cuatrimestre): agentes, aprendizaje por refuerzo y AutoML"
MESES = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"]
PUB = dt.datetime(2024, 3, 8, 18, 20, 41)
HITS = 143
e = lambda s: html.escape(s, quote=False)


def who(k, n=1):
    a = authors(k)
    return a[0].split()[-1] + (" et al." if len(a) > n else "")


def arx(k, pdf=False):
    u = f"https://arxiv.org/{'pdf' if pdf else 'abs'}/{k}"
    return f'<a href="{u}" target="_blank" rel="noopener noreferrer">{"PDF" if pdf else "arXiv"}</a>'


d0 = dt.date(2024, 3, 14)
SESS = [
 (f"<strong>{e(T(K['dt']))}</strong><br>{who(K['dt'])}, NeurIPS 2021", "Valentina Ríos", arx(K["dt"])),
 (f"<strong>{e(T(K['ppo']))}</strong><br>{who(K['ppo'])}, ICLR 2021 — arXiv:{K['ppo']}", "Joaquín Ferreyra", "Código de ejemplo en el repositorio del grupo"),
 (None, None, None),
 (f"<strong>{e(T(K['evo']))}</strong><br>{who(K['evo'])}, ICLR 2021 — arXiv:{K['evo']}<br>Complementario: {e(T(K['autohas']))} (búsqueda conjunta de hiperparámetros y arquitectura)", "Sofía Luna", ""),
 (f"<strong>{e(T(K['saycan']))}</strong><br>{who(K['saycan'])}, CoRL 2022", "Martín Ibarra", arx(K["saycan"], pdf=True)),
 (f"<strong>{e(T(K['genag']))}</strong><br>{who(K['genag'])}, UIST 2023", "Camila Ortiz", arx(K["genag"])),
 (f"<strong>{e(T(K['cqd']))}</strong><br>{who(K['cqd'])}, ICLR 2021 (razonamiento sobre grafos de conocimiento)", "Tomás Aguirre", "Diapositivas (se suben después de la sesión)"),
 (f"<strong>{e(T(K['local']))}</strong><br>{who(K['local'])}, capítulo del libro <em>Beyond the Worst-Case Analysis of Algorithms</em>", "Martín Ibarra", ""),
]
rows = []
for i, (paper, pres, mat) in enumerate(SESS):
    d = d0 + dt.timedelta(days=7 * i)
    if paper is None:
        rows.append(f'<tr>\n<td>{d:%d/%m}</td>\n<td colspan="3"><em>Jueves Santo — no hay sesión</em></td>\n</tr>')
    else:
        rows.append(f"<tr>\n<td>{d:%d/%m}</td>\n<td>{paper}</td>\n<td>{pres}</td>\n<td>{mat}</td>\n</tr>")

body = f"""<p>Como todos los cuatrimestres, nos juntamos los jueves a las 17:00 en el Aula 2.14 (y por Meet para quienes estén en Concordia). Este ciclo sigue el hilo que dejamos en diciembre: <strong>agentes</strong>, <strong>aprendizaje por refuerzo</strong> y un poco de <strong>AutoML</strong>. Cada sesión la presenta una persona en 30–40 minutos y después discutimos.</p>
<table class="table table-striped">
<thead>
<tr>
<th>Fecha</th>
<th>Paper</th>
<th>Presenta</th>
<th>Materiales</th>
</tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h3>Lecturas complementarias</h3>
<ul>
<li>Sutton y Barto, <em>Reinforcement Learning: An Introduction</em> (2.ª ed.), capítulos 3 y 13 — para quienes llegan sin base de RL.</li>
<li>La documentación de <a href="https://gymnasium.farama.org/" target="_blank" rel="noopener noreferrer">Gymnasium</a> y la guía <a href="https://spinningup.openai.com/" target="_blank" rel="noopener noreferrer">Spinning Up</a> de OpenAI (no son papers, pero ayudan con PPO).</li>
<li>La grabación del ciclo anterior está en el canal del laboratorio.</li>
</ul>
<h3>Cómo participar</h3>
<p>Si querés presentar, escribinos a <a href="mailto:lectura@laaa.example.edu.ar">lectura@laaa.example.edu.ar</a> con una semana de anticipación. Los papers sin enlace están en la carpeta compartida del grupo.&nbsp;</p>"""

opts = {"joomla.jtext": {"ERROR": "Error", "MESSAGE": "Mensaje", "NOTICE": "Aviso", "WARNING": "Advertencia",
                         "JCLOSE": "Cerrar", "JOK": "Aceptar", "JOPEN": "Abrir"},
        "system.paths": {"root": "", "rootFull": SITE + "/", "base": "", "baseFull": SITE + "/"},
        "csrf.token": "5c0f2e9b7d1a84463b2e0c9a6f13d8e2"}
opts_json = json.dumps(opts, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
NAV = [(101, "Inicio", f"{SITE}/index.php"), (110, "Integrantes", f"{SITE}/index.php/integrantes"),
       (111, "Proyectos", f"{SITE}/index.php/proyectos"), (112, "Grupo de lectura", f"{SITE}/index.php/grupo-de-lectura"),
       (113, "Contacto", f"{SITE}/index.php/contacto")]
ACTIVE = 112
CUR = ' aria-current="location"'
nav = "".join(f'<li class="nav-item item-{i}{" default" if i == 101 else ""}{" current active" if i == ACTIVE else ""}"><a href="{u}"'
              f'{CUR if i == ACTIVE else ""}>{t}</a></li>' for i, t, u in NAV)
crumbs = [("Inicio", f"{SITE}/index.php"), ("Grupo de lectura", f"{SITE}/index.php/grupo-de-lectura"), (HEADLINE, None)]
bc = ""
for i, (t, u) in enumerate(crumbs, 1):
    if u:
        bc += (f'\t\t\t\t\t<li itemprop="itemListElement" itemscope="" itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
               f'<a itemprop="item" href="{u}" class="pathway"><span itemprop="name">{e(t)}</span></a><meta itemprop="position" content="{i}"></li>\n')
    else:
        bc += (f'\t\t\t\t\t<li aria-current="page" itemprop="itemListElement" itemscope="" itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active">'
               f'<span itemprop="name">{e(t)}</span><meta itemprop="position" content="{i}"></li>\n')
TAGS = [(3, "aprendizaje-por-refuerzo", "aprendizaje por refuerzo"), (7, "agentes", "agentes"), (9, "automl", "AutoML")]
tags = "".join(f'\t\t<li class="list-inline-item tag-{n} tag-list{i}">\n\t\t\t<a href="{SITE}/index.php/component/tags/tag/{s}" class="btn-sm btn-info">\n\t\t\t\t{t}\t\t\t</a>\n\t\t</li>\n'
               for i, (n, s, t) in enumerate(TAGS))

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="es-es" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="author" content="Martín Ibarra">
	<meta name="description" content="Laboratorio de Aprendizaje Automático y Agentes – Facultad de Ingeniería, UNTA">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Ciclo de lectura 2024: agentes, RL y AutoML – LAAA</title>
	<link href="{FILES}/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="{FILES}/template.min.css" rel="stylesheet">
	<link href="{FILES}/global-colors-standard.min.css" rel="stylesheet">
	<link href="{FILES}/vendor.min.css" rel="stylesheet">
	<link href="{FILES}/user.css" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{opts_json}</script>
	<script src="{FILES}/core.min.js"></script>
	<script src="{FILES}/bootstrap-es5.min.js" nomodule="" defer=""></script>
	<script src="{FILES}/messages.min.js" type="module"></script>
	<script src="{FILES}/collapse.min.js" type="module"></script>
	<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"{SITE}/index.php","name":"Inicio"}}}}]}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{ACTIVE} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="{SITE}/">
					<span title="LAAA">LAAA – Laboratorio de Aprendizaje Automático y Agentes</span>				</a>
				<div class="site-description">Facultad de Ingeniería · Universidad Nacional de Tierra Alta</div>
			</div>
		</div>
		<div class="grid-child container-nav">
			<nav class="navbar navbar-expand-md" aria-label="Menú principal">
				<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Alternar navegación">
					<span class="icon-menu" aria-hidden="true"></span>
				</button>
				<div class="collapse navbar-collapse" id="navbar1">
					<ul class="mod-menu mod-list nav ">
{nav}</ul>
				</div>
			</nav>
		</div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Ruta de navegación">
				<ol itemscope="" itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
					<li class="mod-breadcrumbs__here float-start">Está aquí: &nbsp;</li>
{bc}				</ol>
			</nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
				<div class="com-content-article item-page" itemscope="" itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="es-ES">
	<div class="page-header">
		<h1 itemprop="headline">{e(HEADLINE)}</h1>
	</div>
	<dl class="article-info text-muted">
		<dt class="article-info-term">Detalles</dt>
		<dd class="createdby" itemprop="author" itemscope="" itemtype="https://schema.org/Person">
			<span class="icon-user icon-fw" aria-hidden="true"></span>
			Escrito por: <span itemprop="name">Martín Ibarra</span>
		</dd>
		<dd class="category-name">
			<span class="icon-folder-open icon-fw" aria-hidden="true"></span>
			Categoría: <a href="{SITE}/index.php/grupo-de-lectura" itemprop="genre">Grupo de lectura</a>
		</dd>
		<dd class="published">
			<span class="icon-calendar icon-fw" aria-hidden="true"></span>
			<time datetime="{PUB:%Y-%m-%dT%H:%M:%S}-03:00" itemprop="datePublished">
				Publicado: {PUB:%d} {MESES[PUB.month - 1]} {PUB:%Y}			</time>
		</dd>
		<dd class="hits">
			<span class="icon-eye icon-fw" aria-hidden="true"></span>
			<meta itemprop="interactionCount" content="UserPageVisits:{HITS}">
			Visitas: {HITS}		</dd>
	</dl>
	<div itemprop="articleBody" class="com-content-article__body">
		{body}	</div>
	<ul class="tags list-inline">
{tags}	</ul>
	<nav class="pagenavigation" aria-label="Navegación de página">
		<span class="pagination ms-0">
			<a class="btn btn-sm btn-secondary previous" href="{SITE}/index.php/grupo-de-lectura/21-ciclo-de-lectura-2023-2do-cuatrimestre" rel="prev">
			<span class="visually-hidden">
				Artículo anterior: Ciclo de lectura 2023 (2.º cuatrimestre)			</span>
			<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Anterior</span>			</a>
		</span>
	</nav>
</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
				<h3 class="card-header ">Próxima sesión</h3>
				<div class="card-body">
					<div id="mod-custom121" class="mod-custom custom">
						<p>Jueves {d0:%d/%m}, 17:00 — Aula 2.14 y Meet.<br>Presenta: Valentina Ríos.</p>
					</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="container-footer footer full-width">
		<div class="grid-child">
			<div class="mod-footer">
				<div class="footer1">Copyright © 2024 LAAA – Laboratorio de Aprendizaje Automático y Agentes. Todos los derechos reservados.</div>
				<div class="footer2"><a href="https://www.joomla.org/">Joomla!</a> es software libre publicado bajo la <a href="https://www.gnu.org/licenses/gpl-2.0.html">Licencia Pública General GNU.</a></div>
			</div>
		</div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Volver arriba">
		<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
	</a>

</body></html>"""
write_only(F, page, keys(F), [html.unescape(page)])
