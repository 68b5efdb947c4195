## -*- coding: utf-8 -*-
<%inherit file="base.mako"/>
<%!
    # Seznam článků semináře, LS 2024. Upravuje Petra; změny přes merge request do seminar-web.
    # odkaz=None znamená, že PDF je jen v Zoteru skupiny.
    CLANKY = [
        dict(nazev="Bootstrap your own latent: A new approach to self-supervised Learning",
             odkaz="https://arxiv.org/abs/2006.07733",
             datum="2024-02-21", referuje="Tomáš",
             pozn="BYOL, NeurIPS 2020; úvodní setkání"),
        dict(nazev="Barlow Twins: Self-Supervised Learning via Redundancy Reduction",
             odkaz="https://arxiv.org/pdf/2103.03230v3",
             datum="2024-02-28", referuje="Petra",
             pozn="ICML 2021"),
        dict(nazev="Supervised Contrastive Learning",
             odkaz=None,
             datum="2024-03-06", referuje="Jakub",
             pozn="arXiv 2004.11362, NeurIPS 2020; se štítky"),
        dict(nazev="Contrastive Learning with Hard Negative Samples",
             odkaz=None,
             datum="2024-03-13", referuje="Lucie",
             pozn="ICLR 2021; PDF je v Zoteru skupiny"),
        dict(nazev="Towards Domain-Agnostic Contrastive Learning",
             odkaz=None,
             datum="2024-03-20", referuje="Tomáš",
             pozn="ICML 2021; mixup místo augmentací"),
        dict(nazev="BEiT: BERT Pre-Training of Image Transformers",
             odkaz="https://arxiv.org/abs/2106.08254",
             datum="2024-03-27", referuje="Petra",
             pozn="ICLR 2022; maskované modelování obrazu"),
        dict(nazev="Self-Supervised Variational Auto-Encoders",
             odkaz="https://openreview.net/forum?id=zOGdf9K8aC",
             datum="2024-04-03", referuje="Jakub",
             pozn="recenze jsou na OpenReview"),
        dict(nazev="Bi-tuning of Pre-trained Representations",
             odkaz=None,
             datum="2024-04-10", referuje="Lucie",
             pozn="doladění předtrénovaných modelů; poslední setkání"),
    ]
%>
<%block name="title">Seminář: učení reprezentací bez učitele (LS 2024)</%block>

<%def name="radek(c)">
    <tr>
      <td>${c['datum']}</td>
      <td>
      % if c['odkaz']:
        <a href="${c['odkaz']}">${c['nazev']}</a>
      % else:
        ${c['nazev']}
      % endif
      </td>
      <td>${c['referuje']}</td>
      <td>${c['pozn']}</td>
    </tr>
</%def>

<h1>Seminář: učení reprezentací bez učitele</h1>
<p>Scházíme se ve středu ve 14:00 v zasedačce S7. Kdo referuje, pošle den předem dvě otázky do diskuse.
   Starší semestry jsou v <a href="${request.route_url('archiv')}">archivu</a>.</p>

## tabulka se generuje z CLANKY nahoře
<table class="table table-sm">
  <thead>
    <tr><th>Datum</th><th>Článek</th><th>Referuje</th><th>Poznámka</th></tr>
  </thead>
  <tbody>
  % for c in CLANKY:
    ${radek(c)}
  % endfor
  </tbody>
</table>

<h2>Další materiály (nejsou to články)</h2>
<ul>
  <li><a href="https://github.com/vturrisi/solo-learn">solo-learn</a> — knihovna s implementacemi metod, používáme ji na cvičení</li>
  <li><a href="https://lilianweng.github.io/posts/2021-05-31-contrastive/">Lilian Weng: Contrastive Representation Learning</a> — blogový přehled</li>
  <li>Dataset STL-10 na sdíleném disku: <code>/data/stl10</code></li>
</ul>
