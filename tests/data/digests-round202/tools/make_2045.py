#!/usr/bin/env python3
"""2045: the HTML page of an invented research newsletter («Boletim de Investigação n.º 7») of the Universidade de São
Tomé e Príncipe (USTP): Portuguese with Forro (Santome) lines. The newsletter, its editors, the Forro corpus and all
addresses are invented. Computed: html.escape of titles, the index = the section ids (asserted unique), one «artigo»
class per paper item."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE
F = by_num(2045)
E = html.escape
SEC = [
 ("representacoes", "Representações de palavras e pré-treino", [
   f'<li class="artigo"><em>{E(T(GLOVE))}</em> (Pennington, Socher &amp; Manning, EMNLP 2014) – o ponto de partida do nosso léxico forro.</li>',
   f'<li class="artigo">{E(T("1801.06146"))} – Howard &amp; Ruder, ACL 2018.</li>',
   f'<li class="artigo"><a href="https://arxiv.org/abs/1907.11692">{E(T("1907.11692"))}</a></li>',
   f'<li class="artigo">{E(T("1906.08237"))} (NeurIPS 2019), discutido na sessão de março.</li>']),
 ("multilingue", "Modelos multilingues e fala", [
   f'<li class="artigo">{E(T("1911.02116"))} – arXiv:1911.02116, base do nosso classificador português–forro.</li>',
   f'<li class="artigo">{E(T("2106.07447"))} (<a href="https://arxiv.org/pdf/2106.07447v1">PDF</a>) – para as gravações da rádio.</li>']),
 ("geracao", "Geração e alinhamento", [
   f'<li class="artigo"><a href="http://arxiv.org/abs/2203.02155">{E(T("2203.02155"))}</a></li>',
   f'<li class="artigo">{E(T("1904.09751"))} – porque é que o nosso gerador repete frases.</li>']),
 ("recursos", "Outros recursos", [
   '<li><a href="https://huggingface.co/docs/transformers">Documentação da biblioteca Transformers</a> (software).</li>',
   '<li>Corpus «Sun Santome» – 12 000 frases em forro, <a href="https://dados.example.st/sun-santome">dados.example.st</a> (conjunto de dados).</li>',
   '<li>Livro: <em>Natural Language Processing with Python</em> (Bird, Klein &amp; Loper, O’Reilly).</li>',
   '<li>Palestra «Língua forro e máquinas», Dra. Celeste Neto, 20 de fevereiro de 2026.</li>']),
]
ids = [s for s, _, _ in SEC]
assert len(set(ids)) == len(ids)
out = ['<!DOCTYPE html>', '<html lang="pt">', '<head>', '<meta charset="utf-8">',
       '<title>Boletim de Investigação n.º 7 – Universidade de São Tomé e Príncipe</title>',
       '<link rel="stylesheet" href="/css/boletim.css">', '</head>', '<body>',
       '<header><p><a href="/">USTP</a> › <a href="/investigacao">Investigação</a> › Boletim</p></header>',
       '<main>', '<h1>Boletim de Investigação n.º 7</h1>', '<p class="data">fevereiro de 2026</p>',
       '<p>Bô tádji! Neste número, o grupo de Processamento de Linguagem reúne as leituras do semestre.</p>',
       '<nav><ol>']
out += [f'<li><a href="#{s}">{E(h)}</a></li>' for s, h, _ in SEC] + ['</ol></nav>']
for s, h, items in SEC:
    out += [f'<section id="{s}">', f'<h2>{E(h)}</h2>', '<ul>'] + items + ['</ul>', '</section>']
out += ['</main>', '<footer><p>Gabinete de Investigação, USTP, São Tomé · '
        '<a href="mailto:boletim@ustp.example.st">boletim@ustp.example.st</a></p></footer>', '</body>', '</html>']
write_only(F, "\n".join(out) + "\n", keys(F), forms=[html.unescape("\n".join(out))])
