#!/usr/bin/env python3
"""1385: the web-archive copy of a students' ML circle newsletter sent with YMLP (Your Mailing List Provider), as the
archive serves it at `https://ymlp.com/z…` and as Edge saved it ("Webpage, HTML only"): the mark of the web after the
doctype (`<!-- saved from url=(NNNN)URL -->`, NNNN the URL's length), the e-mail's XHTML table layout with inline
styles, the `Zobacz w przeglądarce` bar pointing at the same archive address, the Polish header (issue number and
the date with its weekday), numbered items, and YMLP's footer (the generic unsubscribe / change-profile links of the
archive copy, the sender's postal address, the `Powered by YMLP` badge). Papers: arXiv abs / pdf links, an OpenReview
forum link, an `arXiv:` id, three titles alone (beside a database, a demo site and a code link); the AlphaFold
database, the Dodrio demo, PyG, Flower, a meetup and a job post are not papers."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1385, keys, ALPHAFOLD

URL = "https://ymlp.com/zQ7mXkRwTj"
ISSUE, DATE = 14, dt.date(2024, 3, 14)
TITLE = f"Przegląd Seminarium ML nr {ISSUE}: agenci, grafy i pamięć"
FOLDER = "./" + TITLE.replace("/", "_").replace(":", "_") + "_files/"  # Chromium's "Webpage, Complete" resource folder
DNI = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
MIES = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
E = lambda s: html.escape(s, quote=False)
A = lambda href, text: f'<a href="{html.escape(href)}" style="color:#1a5fb4;" target="_blank">{E(text)}</a>'
ITEMS = [  # (title html, body html)
    (E(T("2303.11366")), f"Agent językowy, który po porażce pisze sobie „refleksję” i próbuje jeszcze raz. Na seminarium 21.03 przedstawi Kuba. {A('https://arxiv.org/abs/2303.11366', 'arxiv.org/abs/2303.11366')}"),
    (E(T("2106.05234")), f"Graphormer, czyli jak wstawić strukturę grafu do zwykłego Transformera (centralność, odległości najkrótszych ścieżek). PDF: {A('https://arxiv.org/pdf/2106.05234.pdf', 'arxiv.org/pdf/2106.05234.pdf')}. Implementacje warto porównać z PyG (biblioteka, nie artykuł)."),
    (E(T("2307.08621")), f"RetNet — retencja zamiast uwagi, trening równoległy i wnioskowanie rekurencyjne. {A('https://arxiv.org/abs/2307.08621', 'Czytaj na arXiv')}"),
    (E(T("2010.06891")), f"Transformer z zewnętrzną pamięcią o stałym rozmiarze; recenzje z ICLR są pouczające. {A('https://openreview.net/forum?id=' + OR('2010.06891'), 'OpenReview')}"),
    (E(T("2111.04263")), "FedDyn (ICLR 2021), arXiv:2111.04263 — dynamiczna regularyzacja w uczeniu federacyjnym. Do eksperymentów używamy frameworka Flower (oprogramowanie)."),
    (E(ALPHAFOLD), f"Nature 596 (2021). Artykułu nie ma na arXiv — PDF w naszym folderze na Dysku. Struktury można przeglądać w bazie {A('https://alphafold.ebi.ac.uk/', 'AlphaFold DB')} (to baza danych, nie artykuł)."),
    (E(T("2103.14625")), f"Interaktywna wizualizacja uwagi w Transformerach; demo: {A('https://poloclub.github.io/dodrio/', 'poloclub.github.io/dodrio')} (strona z demem)."),
    (E(T("2004.11886")), f"ICLR 2020, lekki Transformer na urządzenia mobilne. Kod: {A('https://github.com/mit-han-lab/lite-transformer', 'mit-han-lab/lite-transformer')}"),
]
date_s = f"{DNI[DATE.weekday()]}, {DATE.day} {MIES[DATE.month - 1]} {DATE.year}"
rows = "".join(f"""<tr><td style="padding:12px 24px;border-bottom:1px solid #e5e5e5;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222222;">
<strong>{i}. {t}</strong><br>
{b}
</td></tr>
""" for i, (t, b) in enumerate(ITEMS, 1))
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{E(TITLE)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tbody><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px;"><tbody>
<tr><td style="padding:6px 24px;font-family:Arial,sans-serif;font-size:11px;color:#888888;text-align:right;">Problem z wyświetlaniem? {A(URL, 'Zobacz w przeglądarce')}</td></tr>
<tr><td style="padding:20px 24px;background-color:#1a5fb4;font-family:Arial,sans-serif;color:#ffffff;">
<h1 style="margin:0;font-size:22px;">Przegląd Seminarium ML</h1>
<p style="margin:4px 0 0 0;font-size:13px;">Numer {ISSUE} · {date_s} · Koło Naukowe Uczenia Maszynowego (przykład)</p>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222222;">
Cześć!<br>
W tym numerze mieszanka tematów z ostatnich spotkań: agenci, sieci grafowe, pamięć w Transformerach, uczenie federacyjne i coś z biologii. Spotkania jak zwykle w czwartki o 18:15, sala 2.27 (budynek A).
</td></tr>
{rows}<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#222222;">
<strong>Wydarzenia</strong><br>
• 21.03, 18:15 — seminarium: Reflexion (Kuba) i RetNet (Ola).<br>
• 6.04 — wspólny wyjazd na meetup „Poznań ML” ({A('https://meetup.example.pl/poznan-ml/events/2024-04', 'zapisy')}).<br>
<strong>Oferta</strong><br>
• Laboratorium bioinformatyki szuka studenta do projektu o przewidywaniu struktur białek (staż płatny, 20 h/tydz.) — szczegóły u dr Marty Wiśniewskiej.
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;">
Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na listę Koła Naukowego Uczenia Maszynowego.<br>
Koło Naukowe Uczenia Maszynowego (przykład), ul. Przykładowa 5, 61-001 Poznań<br>
{A('https://ymlp.com/u.php?id=gesyqjmgjgh', 'Wypisz się')} | {A('https://ymlp.com/m/', 'Zmień profil')}<br>
<a href="https://ymlp.com/?utm_source=newsletter&amp;utm_medium=badge" target="_blank"><img src="{FOLDER}poweredbyymlp.gif" width="88" height="31" alt="Powered by YMLP" border="0"></a>
</td></tr>
</tbody></table>
</td></tr></tbody></table>
</body></html>"""
write_only(F1385, page, keys(F1385), forms=[html.unescape(page)])
