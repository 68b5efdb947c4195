#!/usr/bin/env python3
"""1525: the web version of a Finnish research newsletter sent with LianaMailer, saved from the browser as HTML: an
HTML5 e-mail page (lang="fi", UTF-8), a hidden preheader, the «Avaa selaimessa» line, the masthead with the issue
name, number and date (Finnish weekday computed), an intro, five cards (a title, an LTR author line from the catalogue,
Finnish text, at most one button), a box of older papers without links, the seminar line (its weekday computed), the
footer with the sender's address, unsubscribe and profile links on one LianaMailer host with one message id, and the
«Lähetetty LianaMailerilla» badge. Not papers: LUMI, CSC, DeepXDE, PyTorch Geometric, the OGB leaderboard, Open
Catalyst data, a seminar. Nicknames: FNO, MeshGraphNets, Graphormer, Gato, FedDyn, AlphaFold 2 — labelled where the
full titles are written."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1525, keys, ALPHAFOLD

WD = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"]
MO = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
      "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
ISSUE, NO = dt.date(2024, 6, 12), 6
SEM = dt.datetime(2024, 6, 18, 14, 15)
HOST = "https://ptyl.lianamailer.com"
MID, SID = "58213", "c41f9a07e2d3b6a8"
q = lambda s: html.escape(s, quote=True)


def au(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (" ym." if len(a) > n else "")


CARDS = [
    ("2010.08895", "Neuraalioperaattori oppii kokonaisen ratkaisuoperaattorin Fourier-avaruudessa: yksi koulutus, monta resoluutiota. Navier–Stokes-kokeet toistimme LUMIlla.", "https://arxiv.org/abs/2010.08895"),
    ("2010.03409", "Graafiverkot oppivat simuloimaan kankaita, virtauksia ja rakenteita adaptiivisella verkolla – nopeammin kuin perinteinen ratkaisija.", "https://arxiv.org/abs/2010.03409"),
    ("2106.05234", "Graphormer voitti OGB-LSC-kilpailun molekyyliosuuden. Kannattaa lukea, jos teet materiaalimallinnusta.", "https://arxiv.org/pdf/2106.05234.pdf"),
    ("2205.06175", "Yksi malli, 604 tehtävää: Atari, robottikäsi ja kuvatekstit. Ei tiedettä suoraan, mutta hyvä keskustelunavaus yleismalleista.", "https://arxiv.org/abs/2205.06175"),
    ("2111.04263", "Hajautettu oppiminen sairaaloiden välillä ilman datan siirtoa: dynaaminen regularisointi pitää paikalliset mallit lähellä toisiaan (arXiv:2111.04263).", None),
]
cards = []
for k, txt, url in CARDS:
    btn = f'<p style="margin:12px 0 0;"><a href="{url}" style="background:#0b5394;color:#ffffff;padding:8px 16px;text-decoration:none;border-radius:4px;">Lue artikkeli →</a></p>' if url else ""
    cards.append(f'<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6;">\n'
                 f'<h2 style="font-size:18px;margin:0 0 4px;">{q(T(k))}</h2>\n'
                 f'<p dir="ltr" style="font-size:13px;color:#666666;margin:0 0 8px;">{q(au(k))}</p>\n'
                 f'<p style="margin:0;">{q(txt)}</p>\n{btn}\n</td></tr>')
older = [(T(ALPHAFOLD), "Nature 2021 – ei arXiv-versiota"), (T("2010.00554"), "ICLR 2021"), (T("2007.01434"), "ICLR 2021")]
date_s = f"{WD[ISSUE.weekday()]} {ISSUE.day}. {MO[ISSUE.month - 1]} {ISSUE.year}"
sem_s = f"{WD[SEM.weekday()]}na {SEM.day}.{SEM.month}.{SEM.year} klo {SEM:%H.%M}"
page = f"""<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tekoäly ja tiede #{NO}/2024</title>
</head>
<body style="margin:0;background:#f2f2f2;font-family:Arial, Helvetica, sans-serif;color:#222222;">
<div style="display:none;max-height:0;overflow:hidden;">Neuraalioperaattorit, graafiverkot ja kesäkuun seminaari</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr><td align="center" style="font-size:12px;color:#888888;padding:8px;">Eikö viesti näy oikein? <a href="{HOST}/w/?m={MID}&amp;s={SID}" style="color:#888888;">Avaa selaimessa</a></td></tr>
<tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;">
<tr><td style="padding:24px;background:#0b5394;color:#ffffff;"><h1 style="margin:0;font-size:24px;">Tekoäly ja tiede #{NO}/2024</h1><p style="margin:4px 0 0;">{date_s}</p></td></tr>
<tr><td style="padding:16px 24px;"><p style="margin:0;">Hei lukija! Kesäkuun numerossa luetaan, miten neuroverkot ratkaisevat osittaisdifferentiaaliyhtälöitä ja simuloivat fysiikkaa. Kokeita ajettiin CSC:n LUMI-supertietokoneella; koodit löytyvät ryhmän GitLabista. Mukana myös yksi yleismalli ja yksi hajautetun oppimisen artikkeli.</p></td></tr>
{chr(10).join(cards)}
<tr><td style="padding:16px 24px;background:#f7f9fc;">
<h3 style="margin:0 0 8px;font-size:16px;">Lukupiirin arkistosta</h3>
<ul style="margin:0;padding-left:20px;">
{chr(10).join(f'<li>{q(t)} <span style="color:#666666;">({q(v)})</span></li>' for t, v in older)}
</ul>
</td></tr>
<tr><td style="padding:16px 24px;"><p style="margin:0;"><b>Seminaari:</b> {sem_s}, sali TB109 ja Zoom. Aiheena DeepXDE ja PyTorch Geometric käytännössä; OGB-tulostaulukon tuloksia ja Open Catalyst -dataa verrataan omiin ajoihin. <a href="https://forms.office.com/e/Kx7Rq2LmPt">Ilmoittaudu</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#888888;border-top:1px solid #e6e6e6;">
<p style="margin:0 0 4px;">Laskennallisen tieteen tekoälyryhmä · Pohjolan teknillinen yliopisto · PL 1200, 90571 Oulu</p>
<p style="margin:0;">Sait tämän viestin, koska olet tilannut uutiskirjeen. <a href="{HOST}/unsubscribe/?m={MID}&amp;s={SID}" style="color:#888888;">Peruuta tilaus</a> · <a href="{HOST}/profile/?m={MID}&amp;s={SID}" style="color:#888888;">Päivitä tietosi</a></p>
<p style="margin:8px 0 0;"><img src="https://static.lianamailer.com/badge/sent-with-lianamailer.png" alt="Lähetetty LianaMailerilla" width="120" height="24"></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
write_only(F1525, page, keys(F1525), forms=[html.unescape(page)])
