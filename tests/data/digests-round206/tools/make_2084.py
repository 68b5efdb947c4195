#!/usr/bin/env python3
"""2084: the web version of an issue of an invented research newsletter of a group at UiT The Arctic University of
Norway (Tromsø), published with Ghost (Casper-like markup: gh-head, gh-article, gh-content, Koenig cards
«kg-bookmark-card» with title / description / metadata, a «kg-callout-card», the subscribe form, «Drevet av Ghost»):
Norwegian (bokmål) with a Northern Sámi greeting. The newsletter, people and texts are invented. Computed:
html.escape on every text, the <time datetime> from the date, the bookmark cards from one function."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(2084)
E = lambda s: html.escape(s, quote=True)
NB_M = ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]
D = dt.date(2026, 2, 12)
ISSUE = 14


def bookmark(url, title, desc, site):
    return ['<figure class="kg-card kg-bookmark-card">',
            f'<a class="kg-bookmark-container" href="{E(url)}">',
            f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{E(title)}</div>',
            f'<div class="kg-bookmark-description">{E(desc)}</div>',
            f'<div class="kg-bookmark-metadata"><span class="kg-bookmark-publisher">{E(site)}</span></div></div>',
            '</a>', '</figure>']


body = [
 f'<p>Buorre beaivi! Velkommen til nummer {ISSUE} av nyhetsbrevet fra maskinlæringsgruppa. Denne gangen: generative modeller, multimodalitet og litt naturvitenskap.</p>',
 '<h2 id="ukens-artikler">Ukens artikler</h2>',
 '<p>Vi starter med bildegenerering fra tekst:</p>',
 *bookmark("https://arxiv.org/abs/2204.06125", T("2204.06125"), "Ramesh et al. – to-trinns modell med CLIP-representasjoner.", "arXiv.org"),
 f'<p>Til leseklubben 26. februar leser vi <a href="https://arxiv.org/pdf/2301.12597v3">{E(T("2301.12597"))}</a> – lett å kjøre på én GPU.</p>',
 f'<p>For dem som vil repetere grunnlaget: {E(T("1406.2661"))} (Goodfellow mfl., 2014) står fortsatt på pensum i INF-3600.</p>',
 '<h2 id="naturvitenskap-og-grafer">Naturvitenskap og grafer</h2>',
 f'<p>Ingrid viste oss <a href="http://arxiv.org/abs/2010.08895">{E(T("2010.08895"))}</a> på forrige seminar; havmodellene i Framsenteret bruker noe lignende.</p>',
 f'<p>Klassikeren om proteiner, «{E(T(AF2))}» (Nature, 2021), diskuteres med biologene 5. mars.</p>',
 f'<p>Grafer: {E(T("2106.05234"))} (Ying mfl., NeurIPS 2021), arXiv:2106.05234.</p>',
 '<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div>',
 f'<div class="kg-callout-text">Verktøytips: {E(T("2103.14625"))} (Wang mfl., NAACL 2021 demo) – interaktiv visualisering av oppmerksomhet. Nettversjonen er gratis.</div></div>',
 '<h2 id="fra-gruppa">Fra gruppa</h2>',
 f'<p>Masterstudent Aslak Sara presenterer endringsbeskrivelse i satellittbilder av Senja, med utgangspunkt i {E(T("2103.14146"))} (ICCV 2021).</p>',
 '<p>Ikke artikler, men nyttig: Hugging Face-kurset om diffusjon, <a href="https://github.com/huggingface/diffusers">diffusers</a>-biblioteket, boka «Deep Learning: Foundations and Concepts» (Bishop &amp; Bishop, 2024) og datasettet «Nordlys-bilder 2025» på <a href="https://data.example.no/nordlys">data.example.no</a>.</p>',
 '<p>Giitu! Hilsen Marit og Ingrid</p>',
]
doc = ['<!DOCTYPE html>', '<html lang="nb">', '<head>', '<meta charset="utf-8">',
       f'<title>Nyhetsbrev nr. {ISSUE}: generative modeller og naturvitenskap</title>',
       '<meta name="generator" content="Ghost 5.80">', '<link rel="stylesheet" href="/assets/built/screen.css">', '</head>',
       '<body class="post-template">', '<div class="gh-site">',
       '<header class="gh-head"><a class="gh-head-logo" href="https://ml-tromso.example.no/">ML Tromsø</a>',
       '<nav class="gh-head-menu"><a href="https://ml-tromso.example.no/">Hjem</a> <a href="https://ml-tromso.example.no/arkiv/">Arkiv</a> <a href="https://ml-tromso.example.no/om/">Om</a></nav>',
       '<a class="gh-head-button" href="#/portal/signup">Abonner</a></header>',
       '<main class="gh-main">', '<article class="gh-article post">',
       '<header class="gh-article-header gh-canvas">',
       f'<h1 class="gh-article-title">Nyhetsbrev nr. {ISSUE}: generative modeller og naturvitenskap</h1>',
       f'<div class="gh-article-meta">Marit Eira · <time datetime="{D.isoformat()}">{D.day}. {NB_M[D.month - 1]} {D.year}</time> · 4 min lesetid</div>',
       '</header>', '<section class="gh-content gh-canvas">', *body, '</section>', '</article>',
       '<section class="gh-cta"><h3>Abonner på ML Tromsø</h3><form data-members-form="signup"><input type="email" placeholder="din@epost.no"> <button type="submit">Abonner</button></form></section>',
       '</main>',
       '<footer class="gh-foot">ML Tromsø © 2026 · <a href="https://ghost.org/">Drevet av Ghost</a></footer>',
       '</div>', '</body>', '</html>']
text = "\n".join(doc) + "\n"
write_only(F, text, keys(F), forms=[html.unescape(text)])
