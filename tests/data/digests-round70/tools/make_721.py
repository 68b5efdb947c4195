#!/usr/bin/env python3
"""721: the HTML of a Sendy campaign as it is pasted into Sendy's campaign editor and saved (the template before
sending): a table-based e-mail layout with inline styles and Sendy's personalisation tags — `[Name,fallback=…]`,
`[Email]`, `<webversion>…</webversion>`, `<unsubscribe>…</unsubscribe>`, `[currentdaynumber]`, `[currentmonth]`,
`[currentyear]`. An Italian newsletter on diffusion models."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F721, keys

E = lambda s: html.escape(s, quote=False)


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


P = 'style="margin:0 0 14px 0;font-family:Georgia,serif;font-size:16px;line-height:24px;color:#2b2b2b;"'
H2 = 'style="margin:28px 0 10px 0;font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:24px;color:#7a1f3d;"'
A = 'style="color:#7a1f3d;text-decoration:underline;"'
SMALL = 'style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;color:#8a8a8a;"'


def card(k, url, label, comment):
    link = f'<br><a href="{url}" target="_blank" {A}>{label}</a>' if url else ""
    return f"""<tr>
<td style="padding:14px 18px;border-left:4px solid #e8c5d1;background-color:#fbf6f8;">
<p style="margin:0 0 6px 0;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:22px;font-weight:bold;color:#2b2b2b;">{E(T(k))}</p>
<p style="margin:0 0 8px 0;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:19px;color:#666666;">{E(au(k))}{link}</p>
<p style="margin:0;font-family:Georgia,serif;font-size:15px;line-height:22px;color:#2b2b2b;">{comment}</p>
</td>
</tr>
<tr><td height="14" style="font-size:14px;line-height:14px;">&nbsp;</td></tr>"""


cards1 = "\n".join([
 card("2105.05233", "https://arxiv.org/abs/2105.05233", "arxiv.org/abs/2105.05233",
      "Architettura U-Net rivista e guida con un classificatore: il punto in cui le diffusioni superano i modelli avversari su ImageNet. "
      "Da leggere con attenzione la sezione sugli ablation."),
 card("2010.02502", "https://openreview.net/forum?id=St1giarCHLP", "Pagina OpenReview (con le recensioni)",
      "Campionamento deterministico non markoviano: 10–50 passi invece di 1000. È la base di quasi tutti gli scheduler "
      "&laquo;veloci&raquo; che usate in pratica."),
 card("2207.12598", "", "",
      "Niente classificatore separato: si addestra lo stesso modello con e senza condizionamento e si combinano le due stime. "
      "Lo trovate su arXiv con l'identificativo arXiv:2207.12598 (versione del workshop NeurIPS 2021)."),
])
cards2 = "\n".join([
 card("2204.06125", "https://arxiv.org/pdf/2204.06125", "PDF su arXiv",
      "Un prior che genera embedding di immagine a partire dal testo, poi un decoder a diffusione. Figure bellissime, "
      "appendice lunga."),
 card("2303.11328", "https://arxiv.org/abs/2303.11328v1", "arxiv.org/abs/2303.11328",
      "Cambiare il punto di vista della camera partendo da una sola immagine, con un modello a diffusione condizionato "
      "sulla posa relativa. Ottimo ponte verso il 3D."),
])
classics = "".join(f'<li style="margin:0 0 8px 0;"><strong>{E(T(k))}</strong> — {E(au(k, 2))}, {y}</li>\n' for k, y in
                   [("1503.03585", 2015), ("1907.05600", 2019), ("1406.2661", 2014)])

body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Rumore Bianco n. 14 — Diffusione, guida e nuove viste</title>
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
table, td {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
img {{ border:0; outline:none; text-decoration:none; -ms-interpolation-mode:bicubic; }}
@media only screen and (max-width:620px) {{
  .wrapper {{ width:100% !important; }}
  .px {{ padding-left:16px !important; padding-right:16px !important; }}
}}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f1eeee;">
<div style="display:none;max-height:0;overflow:hidden;">Guida senza classificatore, campionamento veloce e una rubrica sui classici.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f1eeee">
<tr>
<td align="center" style="padding:18px 0;">
<table class="wrapper" width="600" cellpadding="0" cellspacing="0" border="0">
<tr>
<td align="right" {SMALL}><webversion style="color:#8a8a8a;">Non leggi bene questa e-mail? Aprila nel browser</webversion></td>
</tr>
<tr>
<td class="px" bgcolor="#7a1f3d" style="padding:26px 32px;">
<h1 style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:28px;line-height:32px;color:#ffffff;">Rumore Bianco</h1>
<p style="margin:6px 0 0 0;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#f3d9e2;">Newsletter sui modelli generativi · n. 14 · [currentdaynumber] [currentmonth] [currentyear]</p>
</td>
</tr>
<tr>
<td class="px" bgcolor="#ffffff" style="padding:28px 32px 8px 32px;">
<p {P}>Ciao [Name,fallback=lettrice o lettore],</p>
<p {P}>questo numero è dedicato a una domanda che ci avete fatto in tanti dopo l'incontro di marzo: <em>perché</em> la guida rende le immagini
così aderenti al prompt, e quanto costa in termini di diversità? Abbiamo scelto tre articoli per rispondere e due per guardare avanti.
In fondo trovate, come sempre, la rubrica sui classici.</p>
<h2 {H2}>1. Campionare meglio, campionare meno</h2>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
{cards1}
</table>
<h2 {H2}>2. Dal testo all'immagine, e oltre</h2>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
{cards2}
</table>
<h2 {H2}>3. La rubrica dei classici</h2>
<p {P}>Per chi vuole ripartire dalle origini: tre lavori senza link (li trovate facilmente cercando il titolo esatto).</p>
<ul style="margin:0 0 14px 0;padding:0 0 0 20px;font-family:Georgia,serif;font-size:15px;line-height:22px;color:#2b2b2b;">
{classics}</ul>
<h2 {H2}>4. Da vedere (non sono articoli)</h2>
<p {P}>Il corso gratuito sulla diffusione di Hugging Face, la documentazione di <code>diffusers</code> (in particolare la pagina sugli
scheduler), il repository di ComfyUI e il post di Lilian Weng sui modelli a diffusione. Per i dati: LAION-Aesthetics e COCO Captions.</p>
<p {P}>Il prossimo incontro del gruppo di lettura è giovedì 18 aprile alle 18:30 nella sala conferenze di Coworking Navigli
(via dei Mille 12, Milano — indirizzo di esempio) e in diretta su Jitsi. Posti limitati: rispondete a questa e-mail per prenotare.</p>
<p {P}>Alla prossima,<br>Giulia e Matteo<br><span style="color:#8a8a8a;">redazione@rumorebianco.example.it</span></p>
</td>
</tr>
<tr>
<td class="px" style="padding:18px 32px;">
<p {SMALL}>Ricevi questa e-mail all'indirizzo [Email] perché ti sei iscritto/a a Rumore Bianco dal sito rumorebianco.example.it.<br>
Associazione culturale Rumore Bianco APS · Milano (esempio)<br>
<unsubscribe style="color:#8a8a8a;">Cancella l'iscrizione</unsubscribe> · <a href="https://rumorebianco.example.it/archivio" style="color:#8a8a8a;">Archivio dei numeri</a></p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
import re
plain = html.unescape(re.sub(r"<[^>]+>", " ", body))
write_only(F721, body, keys(F721), forms=[plain])
