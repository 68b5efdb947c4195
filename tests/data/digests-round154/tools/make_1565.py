#!/usr/bin/env python3
"""1565: the web version of a Mailingwork newsletter, saved as HTML (a German lab's newsletter «KI & Wissenschaft»)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only, key_of
from make_expected import by_num, keys, ALPHAFOLD, BACKPROP, GPT1
F = by_num(1565)
E = html.escape


def card(title, authors, body, link=None, label="Zum Paper"):
    btn = f'\n        <a class="button" href="{E(link)}" target="_blank">{label}</a>' if link else ""
    return f"""      <tr><td class="card">
        <h3>{E(title)}</h3>
        <p class="authors" dir="ltr">{E(authors)}</p>
        <p>{body}</p>{btn}
      </td></tr>"""


cards = [
    card(T("2010.03409"), au("2010.03409"), "MeshGraphNets: Simulation auf Netzen mit Graph-Netzwerken – für unsere CFD-Gruppe Pflicht.", "https://arxiv.org/abs/2010.03409"),
    card(T(key_of(ALPHAFOLD)), "Jumper et al., Nature 596 (2021)", "Der Klassiker. Nicht auf arXiv; die Datenbank (AlphaFold DB) ist kein Paper, der Code auf GitHub auch nicht."),
    card(T("2206.14858"), au("2206.14858"), "Minerva löst Mathe-Aufgaben; arXiv:2206.14858 – Link bewusst weggelassen, das PDF hat 60 MB."),
    card(T("2103.02143"), au("2103.02143"), "Schnelle Aufmerksamkeit mit Zufallsmerkmalen, ICLR 2021.", "https://openreview.net/forum?id=QtTKTdVrFBB", "Auf OpenReview"),
    card(T("2010.00904"), au("2010.00904"), "GENRE: Entitäten als Text erzeugen statt klassifizieren.", "https://arxiv.org/abs/2010.00904"),
]
classics = [
    f'<li><a href="https://arxiv.org/abs/1410.5401">{E(T("1410.5401"))}</a> (2014)</li>',
    f"<li>{E(T(key_of(BACKPROP)))} – Rumelhart, Hinton &amp; Williams, Nature 1986</li>",
    f"<li>{E(T(key_of(GPT1)))} – OpenAI-Bericht, 2018 (kein arXiv)</li>",
]
text = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KI &amp; Wissenschaft – Ausgabe 14 / Juni 2025</title>
<style>
body {{ margin: 0; background: #eef1f4; font-family: Arial, Helvetica, sans-serif; }}
.card {{ background: #ffffff; padding: 18px 24px; border-bottom: 1px solid #dde3e8; }}
.button {{ display: inline-block; background: #0b5394; color: #ffffff; padding: 8px 14px; text-decoration: none; }}
.authors {{ color: #666666; font-size: 13px; }}
</style>
</head>
<body>
<div style="display:none;max-height:0;overflow:hidden;">Simulation, Proteine, Mathe-LLMs und drei Klassiker – plus unser Kolloquium am 3. Juli.</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation">
  <tr><td align="center">
    <p style="font-size:12px;">Wird diese E-Mail nicht richtig angezeigt? <a href="https://web.mailingwork.de/-link2/4187/14/v/0/7f3c9a1d">Im Browser ansehen</a></p>
    <table width="600" cellpadding="0" cellspacing="0" role="presentation">
      <tr><td class="card">
        <h1>KI &amp; Wissenschaft</h1>
        <p>Ausgabe 14 / Juni 2025 · Arbeitsgruppe Wissenschaftliches Maschinelles Lernen, Hochschule Neckarau</p>
        <p>Liebe Leserinnen und Leser, am Montag, 2. Juni 2025, haben wir die Leseliste für das Sommersemester festgelegt. Hier die fünf Papers des Monats und drei Klassiker.</p>
      </td></tr>
{chr(10).join(cards)}
      <tr><td class="card">
        <h2>Klassiker-Ecke</h2>
        <ul>
        {chr(10).join('        ' + c for c in classics).lstrip()}
        </ul>
      </td></tr>
      <tr><td class="card">
        <h2>Termine</h2>
        <p>Kolloquium «Neuronale Operatoren in der Praxis» mit Dr. Jana Köhler: Donnerstag, 3. Juli 2025, 16:15 Uhr, Raum H 204. Folien und Aufzeichnung danach im Moodle-Kurs.</p>
        <p>Software-Tipp (kein Paper): NVIDIA PhysicsNeMo und die DeepXDE-Dokumentation.</p>
      </td></tr>
      <tr><td class="card" style="font-size:12px;color:#666666;">
        <p>Arbeitsgruppe Wissenschaftliches ML · Hochschule Neckarau · Am Wasserturm 12 · 68159 Mannheim</p>
        <p><a href="https://web.mailingwork.de/-link2/4187/14/u/0/7f3c9a1d">Newsletter abbestellen</a> | <a href="https://web.mailingwork.de/-link2/4187/14/p/0/7f3c9a1d">Profil bearbeiten</a> | <a href="https://www.hs-neckarau.example.de/impressum">Impressum</a></p>
        <p>Versendet mit Mailingwork</p>
      </td></tr>
    </table>
  </td></tr>
</table>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
