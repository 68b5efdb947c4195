#!/usr/bin/env python3
"""1625: the web version of an Agillic newsletter saved from the browser as HTML, Danish: an invented network's monthly
newsletter «NAIF Nyt» — preheader, «Se nyhedsbrevet i din browser», masthead with issue and date, three article blocks
with buttons, a «Kort nyt» list, events, footer with unsubscribe / preferences links (one campaign and recipient
token), the GDPR note and the Agillic credit. Table layout with inline styles, as mail templates are written."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1625)
WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
da = lambda d: f"{WD[d.weekday()]} den {d.day}. {MO[d.month - 1]} {d.year}"
NR, SENT = 14, dt.date(2025, 3, 27)
HOST, CAMP, TOK = "nyhedsbrev.naif.example.dk", "3907", "a41f0c9d2e6b"
L = lambda kind: f"https://{HOST}/a/{kind}?c={CAMP}&amp;r={TOK}"
e = lambda s: html.escape(s, quote=False)


def article(title, body, href, button):
    return f"""<tr>
<td style="padding:24px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;">
<h2 style="margin:0 0 12px 0;font-size:20px;color:#12355b;">{e(title)}</h2>
{body}
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#12355b;border-radius:4px;padding:10px 18px;"><a href="{href}" style="color:#ffffff;text-decoration:none;font-weight:bold;">{e(button)}</a></td></tr></table>
</td>
</tr>"""


p = lambda s: f'<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;color:#333333;">{s}</p>'
b = lambda k: f"<strong>{e(T(k))}</strong>"
a1 = article("Fysiksimulering med grafnetværk",
             p(f"Kan et neuralt netværk erstatte en FEM-løser? DeepMind-gruppens {b('2010.03409')} lærer dynamikken direkte "
               "på simuleringsnettet og generaliserer til nye geometrier. I et af netværkets projekter bruger vi metoden til at "
               "forudsige strømning omkring vindmøllevinger &#8211; koden ligger på GitHub."),
             "https://arxiv.org/abs/2010.03409", "Læs artiklen på arXiv")
a2 = article("Sprogmodeller der regner",
             p(f"{b('2206.14858')} (Minerva) viser, at en sprogmodel, der er videretrænet på matematiske tekster, kan løse "
               "opgaver på universitetsniveau. Vores medlem Jonas Holm fortæller, hvordan han bruger idéen i undervisningen "
               "i fysik på første år."),
             "https://arxiv.org/pdf/2206.14858v2", "Hent PDF")
a3 = article("Hvad måler vores benchmarks egentlig?",
             p(f"Månedens læsekreds tog fat på evaluering. {b('2009.03300')} (MMLU) er stadig det mest citerede mål for "
               f"&#8220;viden&#8221;, mens {b('2206.04615')} samler over 200 opgaver fra hundredvis af forfattere.") +
             p(f"Men høje tal er ikke det samme som forståelse: {b('2004.07780')} giver mange eksempler på modeller, der "
               f"finder genveje i data, og {b('2010.08515')} forklarer teoretisk, hvorfor arkitekturens antagelser betyder "
               "noget. Slides fra mødet ligger på medlemssiden."),
             "https://arxiv.org/abs/2009.03300", "MMLU på arXiv")
short = [
    f"{e(T('2307.08621'))} &#8211; et bud på en afløser for Transformer-arkitekturen. "
    '<a href="https://arxiv.org/abs/2307.08621" style="color:#12355b;">arXiv</a>',
    f"{e(T('2010.00904'))} (arXiv:2010.00904) &#8211; entitetsopslag som generering; relevant for vores "
    "projekt om danske registre.",
    "AlphaFold DB har nu over 200 mio. strukturer &#8211; gratis og åbent.",
    "Nyt på Hugging Face: flere danske sætningsembedding-modeller med åben licens.",
]
events = [(dt.date(2025, 4, 8), "Seminar: AI i materialeforskning, DTU Lyngby, kl. 13&#8211;16"),
          (dt.date(2025, 4, 24), "Webinar: Reproducerbarhed i maskinlæring (online, kl. 15)")]
pre = "Simulering med grafnetværk, sprogmodeller der regner og en kritisk læsning af benchmarks"
out = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NAIF Nyt &#8211; nr. {NR}, {MO[SENT.month - 1]} {SENT.year}</title>
</head>
<body style="margin:0;padding:0;background:#eef1f5;">
<div style="display:none;max-height:0;overflow:hidden;">{e(pre)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f5;">
<tr>
<td align="center" style="padding:12px;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#666666;">Kan du ikke se nyhedsbrevet ordentligt? <a href="{L('online')}" style="color:#666666;">Se nyhedsbrevet i din browser</a></td>
</tr>
<tr>
<td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr>
<td style="background:#12355b;padding:24px 32px;font-family:Arial,Helvetica,sans-serif;color:#ffffff;">
<img src="https://{HOST}/img/naif-logo-hvid.png" width="120" alt="NAIF">
<h1 style="margin:12px 0 4px 0;font-size:26px;">NAIF Nyt</h1>
<p style="margin:0;font-size:14px;">Nr. {NR} &#183; {da(SENT)} &#183; Netværk for AI i Forskning</p>
</td>
</tr>
{a1}
{a2}
{a3}
<tr>
<td style="padding:24px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;">
<h2 style="margin:0 0 12px 0;font-size:20px;color:#12355b;">Kort nyt</h2>
<ul style="margin:0;padding-left:20px;font-size:15px;line-height:22px;color:#333333;">
""" + "\n".join(f"<li>{s}</li>" for s in short) + """
</ul>
</td>
</tr>
<tr>
<td style="padding:24px 32px;font-family:Arial,Helvetica,sans-serif;">
<h2 style="margin:0 0 12px 0;font-size:20px;color:#12355b;">Kalender</h2>
""" + "\n".join(p(f"<strong>{da(d).capitalize()}</strong><br>{t}") for d, t in events) + f"""
<p style="margin:0;font-size:15px;"><a href="https://naif.example.dk/arrangementer" style="color:#12355b;">Se alle arrangementer</a></p>
</td>
</tr>
<tr>
<td style="background:#f5f7fa;padding:20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#666666;">
<p style="margin:0 0 8px 0;">Du modtager NAIF Nyt, fordi du er medlem af Netværk for AI i Forskning. Vi behandler dine oplysninger efter databeskyttelsesforordningen (GDPR); læs vores <a href="https://naif.example.dk/privatliv" style="color:#666666;">privatlivspolitik</a>.</p>
<p style="margin:0 0 8px 0;"><a href="{L('afmeld')}" style="color:#666666;">Afmeld nyhedsbrevet</a> | <a href="{L('praeferencer')}" style="color:#666666;">Opdater dine præferencer</a></p>
<p style="margin:0;">NAIF &#183; Forskerparken 12 &#183; 2100 København Ø &#183; Sendt med Agillic</p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
write_only(F, out, keys(F), forms=[html.unescape(out)])
