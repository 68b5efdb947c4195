#!/usr/bin/env python3
"""1097: the course-description page of a French master's course on generative models, on a university's Chamilo
1.11 campus, saved from Chrome ("Page Web, HTML uniquement"): Chrome's `<!-- saved from url=(NNNN)… -->` mark, the
Chamilo header (logo, "Mes cours" menu, breadcrumb, course tool bar), the description blocks (Description, Objectifs,
Contenus / thèmes, Méthodologie, Supports, Évaluation) as Chamilo prints them in Bootstrap panels, each block's body the
HTML CKEditor stored (French accents as named entities, `&nbsp;` before `:` and inside « »), the footer. The
reading plan is in "Contenus / thèmes" and "Supports". Lilian Weng's post, the diffusers library, the CVPR tutorial
video and Murphy's book are not papers; "DDPM", "DDIM", "NCSN", "DALL·E 2", "GAN", "ADM" are nicknames."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, au
from make_expected import by_num, keys

F = by_num(1097)
K = dict(gan="1406.2661", neq="1503.03585", ncsn="1907.05600", ddim="2010.02502", sde="2011.13456", adm="2105.05233",
         dalle2="2204.06125", sdxl="2307.01952")
HOST = "campus.univ-exemple.fr"
CID = "M2IAGEN"
URL = f"https://{HOST}/main/course_description/index.php?cidReq={CID}&id_session=0&gidReq=0&gradebook=0&origin="


def ent(s):
    """CKEditor's entities: accents and non-breaking spaces as named entities"""
    out = []
    for ch in s:
        if ch == "\u00a0": out.append("&nbsp;")
        elif ord(ch) > 127: out.append(html.entities.codepoint2name.get(ord(ch)) and "&" + html.entities.codepoint2name[ord(ch)] + ";" or ch)
        else: out.append(ch)
    return "".join(out)


import html.entities
NB = "\u00a0"
blocks = [
 ("Description", 1, f"""<p>Ce cours pr\u00e9sente les mod\u00e8les g\u00e9n\u00e9ratifs profonds, des r\u00e9seaux antagonistes aux mod\u00e8les de diffusion et aux mod\u00e8les latents utilis\u00e9s aujourd'hui pour la g\u00e9n\u00e9ration d'images. 10 s\u00e9ances de 3h, le mardi 13h30-16h30, salle B-204.</p>
<p>Pr\u00e9requis{NB}: probabilit\u00e9s (M1), optimisation, PyTorch.</p>"""),
 ("Objectifs", 2, f"""<ul>
<li>comprendre les trois familles (GAN / score / diffusion) et leurs liens{NB};</li>
<li>savoir lire un article du domaine et en reproduire une exp\u00e9rience simple{NB};</li>
<li>pr\u00e9senter un article en 20 minutes devant le groupe.</li>
</ul>"""),
 ("Contenus / th\u00e8mes", 3, f"""<p><strong>Plan de lecture</strong> (lire AVANT la s\u00e9ance, l'article principal est en gras)</p>
<ol>
<li>S1 (16/01) &ndash; Introduction, rappels sur les mod\u00e8les \u00e0 variables latentes.</li>
<li>S2 (23/01) &ndash; GAN{NB}: <strong>{au(K['gan'], 1)}, \u00ab{NB}{T(K['gan'])}{NB}\u00bb</strong>, NeurIPS 2014. Lire surtout la section 4 (optimalit\u00e9 globale).</li>
<li>S3 (30/01) &ndash; Aux origines de la diffusion{NB}: <strong>{au(K['neq'], 1)}, \u00ab{NB}{T(K['neq'])}{NB}\u00bb</strong>, ICML 2015.<br />
Article ancien mais tr\u00e8s clair, ne pas se laisser effrayer par la thermo.</li>
<li>S4 (06/02) &ndash; Mod\u00e8les par score{NB}: <a href="https://arxiv.org/abs/{K['ncsn']}" target="_blank">{T(K['ncsn'])}</a> (Song &amp; Ermon, 2019) &ndash; le &laquo;{NB}NCSN{NB}&raquo;.</li>
<li>S5 (13/02) &ndash; DDPM et \u00e9chantillonnage rapide{NB}: <a href="https://openreview.net/forum?id={'St1giarCHLP'}" target="_blank">{T(K['ddim'])}</a>, ICLR 2021 (lire aussi les reviews sur OpenReview, elles sont instructives).</li>
<li>S6 (20/02) &ndash; Unification{NB}: {T(K['sde'])} (Song et al., arXiv:2011.13456), sections 1 \u00e0 4.</li>
<li>S7 (05/03) &ndash; Guidance{NB}: <a href="https://arxiv.org/pdf/{K['adm']}.pdf" target="_blank">{T(K['adm'])}</a>{NB}; classifier-free guidance vue en TD.</li>
<li>S8 (12/03) &ndash; Texte &rarr; image{NB}: <strong>{T(K['dalle2'])}</strong> ({au(K['dalle2'], 1)}, 2022), alias DALL&middot;E{NB}2.</li>
<li>S9 (19/03) &ndash; Diffusion latente \u00e0 grande \u00e9chelle{NB}: <a href="https://arxiv.org/abs/{K['sdxl']}" target="_blank">SDXL</a>{NB}&ndash; {T(K['sdxl'])}.</li>
<li>S10 (26/03) &ndash; Pr\u00e9sentations des projets.</li>
</ol>"""),
 ("M\u00e9thodologie", 4, f"""<p>Chaque s\u00e9ance{NB}: 45 min de cours, puis pr\u00e9sentation d'un article par un bin\u00f4me (20 min + 10 min de questions), puis TD sur machine (notebooks sur le Jupyter de l'universit\u00e9).</p>"""),
 ("Supports", 5, f"""<ul>
<li>Billet de blog{NB}: <a href="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/" target="_blank">Lilian Weng, &laquo;{NB}What are Diffusion Models?{NB}&raquo;</a> &ndash; tr\u00e8s bon r\u00e9sum\u00e9 avant S5.</li>
<li>Biblioth\u00e8que{NB}: <a href="https://github.com/huggingface/diffusers" target="_blank">huggingface/diffusers</a> (TD 5 \u00e0 9).</li>
<li>Vid\u00e9o{NB}: tutoriel CVPR 2022 &laquo;{NB}Denoising Diffusion-based Generative Modeling: Foundations and Applications{NB}&raquo; (<a href="https://www.youtube.com/watch?v=cS6JQpEY9cs" target="_blank">YouTube</a>).</li>
<li>Livre{NB}: K. Murphy, <em>Probabilistic Machine Learning: Advanced Topics</em>, ch. 25.</li>
</ul>
<p>Les PDF annot\u00e9s sont dans l'outil Documents &gt; Lectures.</p>"""),
 ("\u00c9valuation", 6, f"""<p>Pr\u00e9sentation (40{NB}%) + mini-projet de reproduction (60{NB}%), rendu le 02/04 avant 23h59 dans l'outil Travaux.</p>"""),
]

panels = []
for title, typ, body in blocks:
    panels.append(f"""            <div class="panel panel-default" id="description_{typ}">
                <div class="panel-heading">
                    <div class="pull-right">
                        <a href="https://{HOST}/main/course_description/index.php?action=edit&amp;id={typ + 40}&amp;description_type={typ}&amp;cidReq={CID}&amp;id_session=0&amp;gidReq=0&amp;gradebook=0&amp;origin="><img src="https://{HOST}/main/img/icons/22/edit.png" alt="Modifier" title="Modifier" /></a>
                    </div>
                    <h3 class="panel-title">{ent(title)}</h3>
                </div>
                <div class="panel-body">
{ent(body)}
                </div>
            </div>""")

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="fr" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>M2 IA &ndash; Mod\u00e8les g\u00e9n\u00e9ratifs profonds - Description du cours - Campus num\u00e9rique</title>
<meta name="generator" content="Chamilo 1.11.24">
<link rel="stylesheet" href="https://{HOST}/web/assets/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="https://{HOST}/web/css/base.css">
<link rel="stylesheet" href="https://{HOST}/web/css/themes/chamilo/default.css">
<script src="https://{HOST}/web/assets/jquery/dist/jquery.min.js"></script>
</head>
<body dir="ltr" class="section-mycourses tool-course_description">
<div class="wrap">
    <header id="cm-header">
        <div class="container">
            <div id="logo"><a href="https://{HOST}/index.php"><img src="https://{HOST}/web/css/themes/chamilo/images/header-logo.png" alt="Campus num\u00e9rique" title="Campus num\u00e9rique"></a></div>
        </div>
        <nav class="navbar navbar-default">
            <ul class="nav navbar-nav">
                <li><a href="https://{HOST}/index.php" title="Accueil">Accueil</a></li>
                <li class="active"><a href="https://{HOST}/user_portal.php" title="Mes cours">Mes cours</a></li>
                <li><a href="https://{HOST}/main/calendar/agenda_js.php?type=personal" title="Agenda">Agenda</a></li>
                <li><a href="https://{HOST}/main/auth/my_progress.php" title="Ma progression">Ma progression</a></li>
                <li><a href="https://{HOST}/main/social/home.php" title="R\u00e9seau social">R\u00e9seau social</a></li>
            </ul>
            <ul class="nav navbar-nav navbar-right">
                <li class="dropdown avatar-user"><a href="https://{HOST}/main/social/home.php" class="dropdown-toggle">Camille Rousseau</a></li>
            </ul>
        </nav>
        <ul class="breadcrumb">
            <li><a href="https://{HOST}/user_portal.php">Mes cours</a></li>
            <li><a href="https://{HOST}/courses/{CID}/index.php?id_session=0">M2 IA &ndash; Mod\u00e8les g\u00e9n\u00e9ratifs profonds</a></li>
            <li class="active">Description du cours</li>
        </ul>
    </header>
    <section id="cm-content">
        <div class="container">
            <div class="actions">
                <a href="https://{HOST}/main/course_description/index.php?action=add&amp;cidReq={CID}&amp;id_session=0&amp;gidReq=0&amp;gradebook=0&amp;origin="><img src="https://{HOST}/main/img/icons/32/new_course_description.png" alt="Ajouter une rubrique" title="Ajouter une rubrique" /></a>
                <a href="https://{HOST}/main/course_description/index.php?action=listing&amp;cidReq={CID}&amp;id_session=0&amp;gidReq=0&amp;gradebook=0&amp;origin="><img src="https://{HOST}/main/img/icons/32/info.png" alt="Liste" title="Liste" /></a>
            </div>
{chr(10).join(panels)}
        </div>
    </section>
</div>
<footer class="footer">
    <div class="container">
        <div class="col-xs-12 col-md-4">Enseignant(s){NB}: <a href="mailto:camille.rousseau@univ-exemple.fr">Camille Rousseau</a>, <a href="mailto:h.benali@univ-exemple.fr">Hakim Benali</a></div>
        <div class="col-xs-12 col-md-4">Cr\u00e9\u00e9 avec <a href="https://chamilo.org" target="_blank">Chamilo</a> &copy; 2024</div>
    </div>
</footer>
</body></html>
"""
page = page.replace("\u00a0", "&nbsp;")
text = html.unescape(re.sub(r"<[^>]+>", " ", page))
write_only(F, page, keys(F), forms=[text])
