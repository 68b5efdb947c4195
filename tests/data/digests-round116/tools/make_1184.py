#!/usr/bin/env python3
"""1184: an Overblog post saved from the browser (French): « Modèles de diffusion : ma liste de lecture (printemps
2024) » on a Lyon-like PhD student's blog hosted at *.over-blog.com. HTML5, UTF-8, LF: the blog's header and menu,
the article (`article.ob-section`, title, date, body with links, a <blockquote>, tags), a share bar, « Article
précédent / suivant », then the comments (the heading's count is the number of comment blocks) and the sidebar.
Titles in « guillemets », in a list, after authors; arXiv ids as text for two papers; nicknames (Stable Diffusion,
ControlNet, DreamBooth) and a video, docs and a course that are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1184, keys

body = f"""<p>Ça fait un moment que je promets cette liste aux copains du labo. Voici donc, dans l’ordre où je les conseille, les articles qui m’ont permis de comprendre les modèles de diffusion (sans trop souffrir).</p>
<h2>1. Les bases</h2>
<ul>
<li><strong>DDPM</strong> – Ho, Jain &amp; Abbeel, « {T('2006.11239')} » : <a href="https://arxiv.org/abs/2006.11239">arxiv.org/abs/2006.11239</a>. Le point de départ, à lire crayon en main.</li>
<li><strong>Stable Diffusion</strong>, c’est-à-dire « {T('2112.10752')} » (Rombach et al.) : <a href="https://arxiv.org/pdf/2112.10752">le PDF</a>. La diffusion dans l’espace latent d’un autoencodeur.</li>
<li>Et pour aller vite à l’échantillonnage : « {T('2303.01469')} » (arXiv:2303.01469), de Yang Song et al.</li>
</ul>
<h2>2. Contrôler et personnaliser</h2>
<p>ControlNet (« {T('2302.05543')} », <a href="https://arxiv.org/abs/2302.05543">arXiv</a>) a tout changé pour nous : une copie entraînable de l’encodeur, reliée par des convolutions initialisées à zéro. Pour la personnalisation, j’ai lu dans la foulée {au('2208.01618', 2)}, « {T('2208.01618')} », puis DreamBooth :</p>
<blockquote><p>{T('2208.12242')} – Ruiz et al., 2022, arXiv:2208.12242</p></blockquote>
<p>Enfin l’édition par instructions, « {T('2211.09800')} », que je n’ai pas encore réussi à reproduire.</p>
<h2>3. Hors image</h2>
<p>Côté audio, « {T('2009.09761')} » reste très lisible, même sans bagage en traitement du signal.</p>
<h2>À côté (pas des articles)</h2>
<p>La doc de la bibliothèque <a href="https://huggingface.co/docs/diffusers/index">diffusers</a>, le cours gratuit de Hugging Face sur la diffusion et la vidéo d’Outlier sur YouTube. Bonne lecture !</p>"""
comments = [
 ("Camille", "12/04/2024 09:14", "Merci ! Je rajouterais les Consistency Models plus haut dans la liste, c’est bluffant."),
 ("Hugo R.", "12/04/2024 18:37", "Tu as le code de ton essai InstructPix2Pix quelque part ? Chez moi ça diverge aussi."),
 ("Thomas (auteur)", "13/04/2024 08:02", "@Hugo : pas encore propre, je le mets sur GitHub ce week-end."),
]
com = "\n".join(f'<div class="ob-comment" id="comment-{88412 + i * 13}">\n<p class="ob-comment-author">{a} <span class="ob-comment-date">{d}</span></p>\n<p>{t}</p>\n</div>' for i, (a, d, t) in enumerate(comments))
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Modèles de diffusion : ma liste de lecture (printemps 2024) - Carnet de thèse d’un pixel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Modèles de diffusion : ma liste de lecture (printemps 2024)">
<meta property="og:type" content="article">
<meta property="og:url" content="https://carnet-pixel.over-blog.com/2024/04/modeles-de-diffusion-liste-de-lecture.html">
<link rel="canonical" href="https://carnet-pixel.over-blog.com/2024/04/modeles-de-diffusion-liste-de-lecture.html">
</head>
<body class="ob-body">
<header class="ob-header"><p class="ob-title"><a href="https://carnet-pixel.over-blog.com/">Carnet de thèse d’un pixel</a></p>
<p class="ob-subtitle">Vision, génération d’images et doutes de doctorant</p>
<nav class="ob-menu"><a href="https://carnet-pixel.over-blog.com/">Accueil</a> <a href="https://carnet-pixel.over-blog.com/pages/a-propos.html">À propos</a> <a href="https://carnet-pixel.over-blog.com/tag/lectures/">Lectures</a> <a href="https://carnet-pixel.over-blog.com/contact">Contact</a></nav></header>
<main class="ob-main">
<article class="ob-section ob-section-post">
<h1 class="ob-post-title">Modèles de diffusion : ma liste de lecture (printemps 2024)</h1>
<p class="ob-post-info">Publié le <time datetime="2024-04-11T21:30:00+02:00">11 avril 2024</time> par Thomas</p>
<div class="ob-text">
{body}
</div>
<p class="ob-tags">Tags : <a href="https://carnet-pixel.over-blog.com/tag/lectures/">#lectures</a>, <a href="https://carnet-pixel.over-blog.com/tag/diffusion/">#diffusion</a>, <a href="https://carnet-pixel.over-blog.com/tag/these/">#thèse</a></p>
<div class="ob-share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcarnet-pixel.over-blog.com%2F2024%2F04%2Fmodeles-de-diffusion-liste-de-lecture.html">Partager</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fcarnet-pixel.over-blog.com%2F2024%2F04%2Fmodeles-de-diffusion-liste-de-lecture.html">Tweeter</a></div>
</article>
<nav class="ob-pagination"><a href="https://carnet-pixel.over-blog.com/2024/03/soutenance-de-mi-parcours.html">Article précédent</a> <a href="https://carnet-pixel.over-blog.com/2024/05/nerf-ou-pas-nerf.html">Article suivant</a></nav>
<section class="ob-comments">
<h2>Commentaires ({len(comments)})</h2>
{com}
</section>
</main>
<aside class="ob-sidebar">
<h3>Articles récents</h3>
<ul>
<li><a href="https://carnet-pixel.over-blog.com/2024/05/nerf-ou-pas-nerf.html">NeRF ou pas NeRF ?</a></li>
<li><a href="https://carnet-pixel.over-blog.com/2024/03/soutenance-de-mi-parcours.html">Soutenance de mi-parcours</a></li>
</ul>
</aside>
<footer class="ob-footer"><p>Hébergé par <a href="https://www.over-blog.com/">Overblog</a></p></footer>
</body>
</html>
"""
write_only(F1184, html, keys(F1184))
