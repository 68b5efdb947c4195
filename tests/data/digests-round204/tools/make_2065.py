#!/usr/bin/env python3
"""2065: the HTML page of an invented research newsletter («Nieuwsbrief Onderzoek nr. 4») of the Anton de Kom
Universiteit van Suriname (Paramaribo): Dutch with Sranantongo lines. The newsletter, its editors, the corpus and all
addresses are invented. Computed: html.escape of titles, the index = the section ids (asserted unique), one «artikel»
class per paper item."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(2065)
E = html.escape
SEC = [
 ("voortraining", "Voortraining van taalmodellen", [
   f'<li class="artikel"><em>{E(T(GPT1))}</em> (Radford et al., OpenAI 2018) – het begin van de GPT-lijn.</li>',
   f'<li class="artikel"><a href="https://arxiv.org/abs/1810.04805">{E(T("1810.04805"))}</a></li>',
   f'<li class="artikel">{E(T("1907.11692"))} (<a href="https://arxiv.org/pdf/1907.11692v1">PDF</a>)</li>',
   f'<li class="artikel"><a href="http://arxiv.org/abs/2003.10555">{E(T("2003.10555"))}</a> – Clark et al., ICLR 2020.</li>',
   f'<li class="artikel">{E(T("2006.03654"))} – arXiv:2006.03654, ons model voor Sranantongo-zinnen.</li>']),
 ("toepassingen", "Toepassingen en analyse", [
   f'<li class="artikel">{E(T("2010.00904"))} (De Cao et al., ICLR 2021) – voor het koppelen van plaatsnamen.</li>',
   f'<li class="artikel">{E(T("2106.05234"))} – transformers op grafen (NeurIPS 2021).</li>',
   f'<li class="artikel"><a href="https://arxiv.org/abs/2103.14625v2">{E(T("2103.14625"))}</a> – visualisatie van aandacht.</li>']),
 ("bronnen", "Overige bronnen", [
   '<li><a href="https://huggingface.co/docs/transformers">Documentatie van de Transformers-bibliotheek</a> (software).</li>',
   '<li>Corpus «Sranan Tori» – 9 000 zinnen, <a href="https://data.example.sr/sranan-tori">data.example.sr</a> (dataset).</li>',
   '<li>Boek: <em>Speech and Language Processing</em> (Jurafsky &amp; Martin, 3e druk, concept).</li>',
   '<li>Lezing «Taal, technologie en Suriname», dr. Rubia Pinas, 20 februari 2026.</li>']),
]
ids = [s for s, _, _ in SEC]
assert len(set(ids)) == len(ids)
out = ['<!DOCTYPE html>', '<html lang="nl">', '<head>', '<meta charset="utf-8">',
       '<title>Nieuwsbrief Onderzoek nr. 4 – Anton de Kom Universiteit van Suriname</title>',
       '<link rel="stylesheet" href="/css/nieuwsbrief.css">', '</head>', '<body>',
       '<header><p><a href="/">AdeKUS</a> › <a href="/onderzoek">Onderzoek</a> › Nieuwsbrief</p></header>',
       '<main>', '<h1>Nieuwsbrief Onderzoek nr. 4</h1>', '<p class="datum">februari 2026</p>',
       '<p>Odi odi! In dit nummer zet de werkgroep Taaltechnologie de leesstof van het semester op een rij.</p>',
       '<nav><ol>']
out += [f'<li><a href="#{s}">{E(h)}</a></li>' for s, h, _ in SEC] + ['</ol></nav>']
for s, h, items in SEC:
    out += [f'<section id="{s}">', f'<h2>{E(h)}</h2>', '<ul>'] + items + ['</ul>', '</section>']
out += ['</main>', '<footer><p>Bureau Onderzoek, AdeKUS, Paramaribo · '
        '<a href="mailto:nieuwsbrief@adekus.example.sr">nieuwsbrief@adekus.example.sr</a></p></footer>', '</body>', '</html>']
write_only(F, "\n".join(out) + "\n", keys(F), forms=[html.unescape("\n".join(out))])
