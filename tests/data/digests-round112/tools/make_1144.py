#!/usr/bin/env python3
"""1144: the web version ("Zobrazit v prohlížeči") of a SmartEmailing campaign saved by the browser: the mark of the
web (`saved from url=(NNNN)`, length computed), an XHTML-transitional e-mail page built of nested tables with inline
styles, a preheader, the issue header (number and a Czech date with its weekday, computed), six sections of short
paper notes, an events box, the footer with the sender's address and the unsubscribe / preferences links (tracked
redirects). Czech. Three papers linked to arXiv, one arXiv id in text, four titles alone (in prose, in a list, in
„…“)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1144, keys

ISSUE = 37
D = dt.date(2024, 3, 13)
MES = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
DEN = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
URL = f"https://app.smartemailing.example/public/web-version/xkr2m9/{ISSUE}-ctvrtnik-ml-c{ISSUE}"
SUBJ = f"Čtvrtník ML #{ISSUE}: obrázky + jazyk, grafy a AutoML"
TD = 'style="padding:0 32px 18px 32px;font-family:Georgia,serif;font-size:16px;line-height:1.55;color:#222"'


def a(href, text):
    return f'<a href="{href}" style="color:#0b6e4f" target="_blank">{text}</a>'


def sec(title, body):
    return (f'<tr><td style="padding:22px 32px 6px 32px;font-family:Arial,sans-serif;font-size:13px;letter-spacing:1px;'
            f'text-transform:uppercase;color:#0b6e4f">{title}</td></tr>\n<tr><td {TD}>{body}</td></tr>')


secs = [
    ("Obrázky + jazyk", f"<p><strong>{a('https://arxiv.org/abs/2106.13884', T('2106.13884'))}</strong> (Tsimpoukelli a kol., "
     "NeurIPS 2021) – tedy Frozen: zmrazený jazykový model, trénuje se jen vizuální enkodér, který mu posílá "
     "„obrázkové prefixy“. Pro nás hlavně jako historický kontext.</p>\n"
     f"<p>Přímý potomek téhle myšlenky je <strong>{T('2301.12597')}</strong> – "
     f"{a('https://arxiv.org/abs/2301.12597', 'arxiv.org/abs/2301.12597')}. Q-Former mezi zmrazeným ViT a LLM, "
     "trénuje se zlomek parametrů. Kód je v repozitáři salesforce/LAVIS.</p>"),
    ("Popisy změn", f"<p>Tip od čtenářky Petry: „{T('2103.14146')}“ – tým z AIST, jak popsat "
     "a lokalizovat více změn mezi dvěma snímky scény. Nenašli jsme verzi zdarma, takže bez odkazu; kdo má přístup, "
     "napište.</p>"),
    ("Grafy", f"<p><strong>{T('2106.05234')}</strong> (arXiv:2106.05234) – Graphormer, vítěz OGB-LSC 2021. "
     "Tři triky: centralita, prostorové kódování přes nejkratší cesty, kódování hran. Podle nás nejčtivější "
     "článek čísla.</p>"),
    ("AutoML a regularizace", "<p>Dvě starší věci z Google Brain, které jsme v minulých číslech slíbili:</p>\n<ul>\n"
     f"<li>{T('2101.08809')} – AutoML jako symbolické programování; knihovna PyGlove je open source.</li>\n"
     f"<li>{T('2101.01761')} – dropout vzory hledané pomocí RL, pro ConvNety i Transformery.</li>\n</ul>"),
    ("Matematika", f"<p>{a('https://arxiv.org/pdf/2206.14858.pdf', T('2206.14858'))} – Minerva, "
     "tj. PaLM dotrénovaný na arXivu a matematických webech. Pozor na metodiku vyhodnocení (majority voting).</p>"),
    ("Interpretabilita", f"<p>Na prohlížení attention hlav doporučujeme interaktivní nástroj z Georgia Tech: {T('2103.14625')}. "
     "Demo běží v prohlížeči, k tomu ještě BertViz (knihovna, ne článek).</p>"),
]
body = "\n".join(sec(t, b) for t, b in secs)
date_cz = f"{DEN[D.weekday()]} {D.day}. {MES[D.month - 1]} {D.year}"
html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(URL):04d}){URL} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="cs"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{SUBJ}</title>
<style type="text/css">
body {{ margin:0; padding:0; background:#f2f0eb; }}
@media only screen and (max-width:620px) {{ .wrap {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background:#f2f0eb">
<div style="display:none;max-height:0;overflow:hidden">Frozen a BLIP-2, Graphormer, Minerva a pozvánka na březnový meetup.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f0eb"><tr><td align="center">
<table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:28px 32px 8px 32px;font-family:Arial,sans-serif;font-size:12px;color:#888">Čtvrtník ML · číslo {ISSUE} · {date_cz}</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-family:Georgia,serif;font-size:28px;color:#111"><h1 style="margin:0;font-size:28px">{SUBJ}</h1></td></tr>
<tr><td {TD}><p>Ahoj,</p><p>tentokrát trochu mix: multimodální modely, grafy, AutoML a jeden nástroj na vizualizaci.
Jako vždy – krátké poznámky, žádné přepisování abstraktů. Odpovězte na tenhle e-mail, pokud chcete něco doplnit.</p></td></tr>
{body}
<tr><td style="padding:18px 32px"><table width="100%" cellpadding="14" cellspacing="0" border="0" bgcolor="#eef6f2"><tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<strong>Akce:</strong> Machine Learning Meetup Praha, 27. 3. v 18:30, Impact Hub Karlín – téma „Multimodální modely v produkci“.
Záznam minulého meetupu je na YouTube (video, ne článek).</td></tr></table></td></tr>
<tr><td style="padding:18px 32px 30px 32px;font-family:Arial,sans-serif;font-size:11px;line-height:1.5;color:#888;border-top:1px solid #e5e5e5">
Tento e-mail dostáváte, protože jste se přihlásili k odběru Čtvrtníku ML.<br>
Čtvrtník ML, Jana Dvořáková, Technická 1902/2, 166 27 Praha 6<br>
{a('https://app.smartemailing.example/public/unsubscribe?c=9f31c2&amp;e=b7d04a1e', 'Odhlásit odběr')} ·
{a('https://app.smartemailing.example/public/preferences?c=9f31c2&amp;e=b7d04a1e', 'Změnit nastavení')} ·
{a(URL, 'Zobrazit v prohlížeči')}<br>
Rozesíláno přes SmartEmailing
</td></tr>
</table>
</td></tr></table>
</body></html>
"""
write_only(F1144, html, keys(F1144))
