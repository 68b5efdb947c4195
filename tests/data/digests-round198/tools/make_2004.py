#!/usr/bin/env python3
"""2004: the HTML page of an issue of an invented «Lettre d'information de la recherche» of the Université de la
Polynésie française (Tahiti): French with Tahitian. The issue, the laboratory seminar, people and addresses are
invented; the page chrome is imagined. Computed: html.escape on every text, the table of contents = the section ids
(asserted unique)."""
import os, sys
from html import escape as e
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2004)
S = [
 ("seminaire", "Séminaire du laboratoire", [
  f'<a href="https://arxiv.org/abs/1503.03585">{e(T("1503.03585"))}</a> — le texte fondateur, présenté par Teva Tetuanui.',
  f'{e(T("2010.02502"))} (<a href="https://openreview.net/forum?id={OR("2010.02502")}">OpenReview</a>), pour l\'échantillonnage rapide.',
  f'{e(T("2207.12598"))} (arXiv:2207.12598), Ho &amp; Salimans.']),
 ("lectures", "Lectures conseillées", [
  f'{e(T("2105.05233"))} — <a href="http://arxiv.org/pdf/2105.05233v4">PDF</a>',
  f'<a href="https://arxiv.org/abs/2204.06125v1">{e(T("2204.06125"))}</a>',
  f'{e(T("1406.2661"))}, Goodfellow et al., NeurIPS 2014 : pour comparer.',
  f'{e(T("1907.05600"))} (Song &amp; Ermon, NeurIPS 2019).']),
 ("projets", "Projets des doctorants", [
  f'Hinatea Flosse reconstruit des pirogues en 3D avec {e(T("2303.11328"))} (ICCV 2023).',
  'Code : la bibliothèque Diffusers de Hugging Face ; données : photothèque du Musée de Tahiti et des Îles.']),
]
ids = [s[0] for s in S]
assert len(set(ids)) == len(ids)
h = ['<!DOCTYPE html>', '<html lang="fr">', '<head>', '<meta charset="utf-8">',
     "<title>Lettre d'information de la recherche n° 7 — UPF</title>",
     '<link rel="stylesheet" href="/themes/upf/lettre.css">', '</head>', '<body>',
     '<header><a href="https://www.upf.pf/">Université de la Polynésie française</a> › Recherche › Lettre d\'information</header>',
     "<h1>Lettre d'information de la recherche n° 7</h1>", '<p class="date">Février 2026</p>',
     '<p>Ia ora na e maeva ! Bienvenue dans ce numéro consacré aux modèles de diffusion.</p>', '<nav><ul>']
h += [f'<li><a href="#{i}">{e(t)}</a></li>' for i, t, _ in S] + ['</ul></nav>']
for i, t, items in S:
    h += [f'<section id="{i}">', f'<h2>{e(t)}</h2>', '<ul>'] + [f'<li>{x}</li>' for x in items] + ['</ul>', '</section>']
h += ['<footer><p>Māuruuru ! — <a href="mailto:lettre.recherche@upf.example.pf">lettre.recherche@upf.example.pf</a>'
      ' — Se désabonner</p></footer>', '</body>', '</html>']
write_only(F, "\n".join(h) + "\n", keys(F))
