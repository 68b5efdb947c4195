#!/usr/bin/env python3
"""1545: the web version of an Italian lab newsletter sent with Emailchef, saved from the browser as HTML: an e-mail
page (table layout, inline styles, a hidden preheader, `Visualizzala nel browser`), the masthead (name, issue number,
month and year), an intro, five paper cards (title, an LTR author line from the catalogue, a text, a `Leggi
l’articolo` button on four), a «Dall’archivio» box of three earlier readings with venues, the next seminar (date
with its Italian weekday, computed), a PhD call, and Emailchef's footer (address, the why-you-get-this line,
unsubscribe / profile links on one host with one campaign / subscriber pair, the «Inviata con Emailchef» badge).
Not papers: NVIDIA Modulus and DGL (software), ERA5 (a data set), CINECA's Leonardo (a machine), a podcast episode,
a seminar. Nicknames: FNO, Graphormer, FedDyn, COTR, EigenGame, AutoDropout — labelled only where the full titles
are written."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F1545, keys

IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre"]
def itd(d): return f"{IT_WD[d.weekday()]} {d.day} {IT_M[d.month - 1]} {d.year}"

ISSUE, ISSUE_DATE, SEMINAR = 7, dt.date(2024, 5, 13), dt.date(2024, 5, 23)
C, S = "48213", "9f2a61c7e0"
BASE = "https://app.emailchef.com"
def esc(s): return html.escape(s, quote=True)
def authors(k, n=4):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")

CARDS = [
    ("2010.08895", "https://arxiv.org/abs/2010.08895",
     "Operatori neurali che imparano direttamente nello spazio di Fourier: un solo modello per tutta una famiglia di "
     "equazioni alle derivate parziali. Lo stiamo provando sui campi di vento di ERA5 con NVIDIA Modulus."),
    ("2106.05234", "https://arxiv.org/pdf/2106.05234.pdf",
     "Il Transformer per grafi che ha vinto OGB-LSC 2021: codifiche di centralità e di distanza al posto della "
     "convoluzione. Utile per le molecole del progetto con Chimica; la nostra implementazione è in DGL."),
    ("2010.00554", "https://arxiv.org/abs/2010.00554",
     "La PCA riletta come un gioco tra giocatori che cercano ciascuno un autovettore: un punto di vista insolito e "
     "parallelizzabile, discusso a lungo nel gruppo di lettura di aprile."),
    ("2111.04263", None,
     "Apprendimento federato con regolarizzazione dinamica lato client (arXiv:2111.04263). Lo presenterà Giulia "
     "Ferraro al seminario: lo useremo per i dati clinici che non possono lasciare gli ospedali."),
    ("2103.14167", "https://arxiv.org/abs/2103.14167",
     "Corrispondenze dense tra immagini con un Transformer: la base del lavoro di tesi di Marco sulle immagini "
     "satellitari multi-temporali."),
]
ARCHIVE = [("2101.01761", "AAAI 2021"), ("2010.08515", "ICLR 2021"), ("2103.14146", "ICCV 2021")]

title = f"AIScienza – n. {ISSUE}, {IT_M[ISSUE_DATE.month - 1]} {ISSUE_DATE.year}"
h = [
    "<!DOCTYPE html>",
    '<html lang="it">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    f"<title>{esc(title)}</title>",
    "<style>",
    "body{margin:0;padding:0;background-color:#eef1f5;font-family:Helvetica,Arial,sans-serif;color:#1f2933}",
    ".wrap{max-width:600px;margin:0 auto;background-color:#ffffff}",
    ".card{padding:16px 24px;border-bottom:1px solid #e4e7eb}",
    ".btn{display:inline-block;padding:8px 16px;background-color:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px}",
    ".autori{font-size:13px;color:#52606d}",
    "</style>",
    "</head>",
    "<body>",
    '<div style="display:none;max-height:0;overflow:hidden;">Operatori di Fourier, Transformer per grafi, PCA come gioco e il seminario del 23 maggio</div>',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">',
    "<tr>",
    '<td align="center" style="padding:8px;font-size:12px;color:#7b8794;">Non visualizzi correttamente questa email? '
    f'<a href="{BASE}/w/?c={C}&amp;s={S}">Visualizzala nel browser</a></td>',
    "</tr>",
    "<tr>",
    "<td>",
    '<div class="wrap">',
    '<div style="padding:24px;background-color:#0b5cad;color:#ffffff;">',
    '<h1 style="margin:0;font-size:28px;">AIScienza</h1>',
    f'<p style="margin:4px 0 0 0;">Newsletter del Laboratorio di IA per le Scienze – n. {ISSUE} · '
    f"{IT_M[ISSUE_DATE.month - 1]} {ISSUE_DATE.year}</p>",
    "</div>",
    '<div class="card">',
    f"<p>Care colleghe e cari colleghi,<br>ecco le letture del mese scelte dal gruppo del {itd(ISSUE_DATE)}. "
    "Come sempre, i PDF sono anche nella cartella condivisa del laboratorio.</p>",
    "</div>",
]
for k, url, text in CARDS:
    h += ['<div class="card">',
          f'<h2 style="font-size:18px;margin:0 0 6px 0;">{esc(T(k))}</h2>',
          f'<p class="autori" dir="ltr">{esc(authors(k))}</p>',
          f"<p>{esc(text)}</p>"]
    if url:
        h.append(f'<p><a class="btn" href="{url}" target="_blank">Leggi l’articolo</a></p>')
    h.append("</div>")
h += ['<div class="card" style="background-color:#f5f7fa;">',
      '<h3 style="margin:0 0 6px 0;">Dall’archivio</h3>',
      "<ul>"]
for k, venue in ARCHIVE:
    h.append(f"<li>{esc(T(k))} ({venue})</li>")
h += ["</ul>",
      "</div>",
      '<div class="card">',
      f"<p><strong>Seminario:</strong> {itd(SEMINAR)}, ore 15:00, aula 2.14 e su Teams. "
      "Giulia Ferraro, «Apprendimento federato per dati clinici».</p>",
      "<p><strong>Bando:</strong> una borsa di dottorato su modelli neurali per il clima, con ore di calcolo su "
      "Leonardo (CINECA). Scadenza 14 giugno.</p>",
      "<p><strong>Da ascoltare:</strong> l’episodio 12 del podcast «Bit di Scienza» sugli operatori neurali.</p>",
      "</div>",
      '<div style="padding:16px 24px;font-size:12px;color:#7b8794;">',
      "<p>Laboratorio di IA per le Scienze – Dipartimento di Matematica e Informatica<br>"
      "Via dei Mille 42, 56100 Pisa (PI)</p>",
      "<p>Ricevi questa email perché ti sei iscritto alla newsletter AIScienza.<br>"
      f'<a href="{BASE}/unsubscribe/?c={C}&amp;s={S}">Cancella l’iscrizione</a> · '
      f'<a href="{BASE}/profile/?c={C}&amp;s={S}">Aggiorna il tuo profilo</a></p>',
      '<p><a href="https://emailchef.com/?utm_source=badge&amp;utm_medium=email">'
      '<img src="https://app.emailchef.com/img/badge-inviata-con-emailchef.png" alt="Inviata con Emailchef" width="140" height="32"></a></p>',
      "</div>",
      "</div>",
      "</td>",
      "</tr>",
      "</table>",
      "</body>",
      "</html>"]
write_only(F1545, "\n".join(h) + "\n", keys(F1545), forms=[html.unescape("\n".join(h))])
