#!/usr/bin/env python3
"""1645: the web version of a newsletter sent with Rule (rule.io), saved from the browser as HTML, Swedish: an invented
research school's monthly «AI·NV-nytt» — head with a <style> block and an Outlook conditional comment, hidden
preheader, «Visa i webbläsaren», masthead with issue and date, three article blocks with buttons, «Kort om», a
calendar, footer with the unsubscribe / preferences links (one token), the GDPR note and the Rule credit. Table layout
with inline styles."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1645)
WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MO = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
sv = lambda d: f"{WD[d.weekday()]} {d.day} {MO[d.month - 1]} {d.year}"
NR, SENT = 6, dt.date(2025, 3, 27)
TOK = "b7Qx2mK9pL4c"
R = lambda kind: f"https://app.rule.io/{kind}/{TOK}"
e = lambda s: html.escape(s, quote=False)
P = lambda s: f'<p style="margin:0 0 14px 0;font-family:Georgia,serif;font-size:16px;line-height:24px;color:#2b2b2b;">{s}</p>'
B = lambda k: f"<em>{e(T(k))}</em>"


def block(h, body, href, label):
    return f"""<tr>
<td class="pad" style="padding:28px 40px 6px 40px;">
<h2 style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:21px;color:#0b3d2e;">{e(h)}</h2>
{body}
<table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td style="border-radius:20px;background:#0b3d2e;"><a href="{href}" target="_blank" style="display:inline-block;padding:10px 22px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;">{e(label)} &rarr;</a></td></tr></table>
</td>
</tr>"""


b1 = block("Neurala operatorer ersätter (ibland) lösaren",
           P(f"På februariträffen visade Elin Sundberg hur {B('2010.08895')} lär sig hela lösningsoperatorn till en PDE "
             "och därför kan utvärderas på nya upplösningar utan omträning. I hennes flödessimuleringar blev FNO runt "
             "tusen gånger snabbare än den klassiska lösaren &ndash; till priset av några procents fel.") +
           P(f"För oregelbundna geometrier passar grafnät bättre; DeepMind-gruppens {B('2010.03409')} är standardreferensen. "
             '<a href="https://arxiv.org/pdf/2010.03409" style="color:#0b3d2e;">Läs artikeln (PDF)</a>.'),
           "https://arxiv.org/abs/2010.08895", "Läs om FNO på arXiv")
b2 = block("Kan språkmodeller räkna?",
           P(f"{B('2206.14858')} beskriver Minerva, en språkmodell som tränats vidare på matematisk text och löser "
             f"uppgifter på universitetsnivå. Som jämförelse används bland annat {B('2009.03300')} (arXiv:2009.03300), "
             "det test med 57 ämnen som de flesta modellkort fortfarande rapporterar.") +
           P("Läsecirkeln diskuterade om det är förståelse eller mönstermatchning &ndash; vi blev inte överens."),
           "https://arxiv.org/abs/2206.14858", "Minerva på arXiv")
b3 = block("Vem bedömer modellerna?",
           P(f"Allt fler utvärderingar låter en stor språkmodell vara domare. {B('2306.05685')} visar att GPT-4 som "
             "domare stämmer överens med människor i över 80 % av fallen, men också att domaren föredrar långa svar "
             "och sina egna formuleringar.") +
           P(f"För kod finns ett mer objektivt mått: {B('2310.06770')} låter modellerna lösa riktiga ärenden från "
             "GitHub och kör projektens egna tester. Doktoranderna i kluster 3 bygger nu en svensk variant för "
             "myndighetskod."),
           "https://arxiv.org/abs/2306.05685v4", "Läs artikeln om LLM-domare")
kort = [
    f"Nobelpriset i kemi 2024 gick delvis till arbetet bakom {e(T(ALPHAFOLD))} (Nature, 2021). "
    "Föreläsningen finns att se på Nobelprisets webbplats.",
    f"{e(T('2106.05234'))} &ndash; Graphormer, transformers för molekylgrafer; på programmet för aprilträffen.",
    "Beräkningstid: ansökningsomgången för NAISS små projekt stänger den 15 april.",
]
cal = [(dt.date(2025, 4, 10), "Läsecirkel: grafnät för molekyler, kl. 15&ndash;17, Ångströmlaboratoriet och Zoom"),
       (dt.date(2025, 5, 8), "Doktorandmöte och postersession, kl. 10&ndash;16, Stockholm")]
pre = "Neurala operatorer, språkmodeller som räknar och LLM som domare"
out = f"""<!DOCTYPE html>
<html lang="sv" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>AI&middot;NV-nytt nr {NR} &ndash; {MO[SENT.month - 1]} {SENT.year}</title>
<!--[if mso]><style type="text/css">body, table, td {{font-family: Arial, sans-serif !important;}}</style><![endif]-->
<style type="text/css">
body {{margin:0;padding:0;-webkit-text-size-adjust:100%;}}
@media only screen and (max-width:620px) {{ .wrap {{width:100% !important;}} .pad {{padding-left:20px !important;padding-right:20px !important;}} }}
</style>
</head>
<body style="margin:0;padding:0;background:#f2f4f1;">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">{e(pre)}</div>
<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="background:#f2f4f1;">
<tr>
<td align="center" style="padding:14px 10px;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#6b6b6b;"><a href="{R('browser')}" style="color:#6b6b6b;">Visa i webbläsaren</a></td>
</tr>
<tr>
<td align="center">
<table role="presentation" class="wrap" width="600" border="0" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr>
<td class="pad" style="padding:30px 40px;background:#0b3d2e;">
<img src="https://ainv.example.se/img/ainv-logo-vit.png" width="140" alt="AI&middot;NV" style="display:block;border:0;">
<h1 style="margin:14px 0 4px 0;font-family:Helvetica,Arial,sans-serif;font-size:28px;color:#ffffff;">AI&middot;NV-nytt</h1>
<p style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#cfe3d8;">Nr {NR} &middot; {sv(SENT)} &middot; Forskarskolan i AI för naturvetenskap</p>
</td>
</tr>
<tr>
<td class="pad" style="padding:28px 40px 0 40px;">
{P("Hej! Våren är här och forskarskolan har fått tolv nya doktorander. Välkomna! I det här numret: neurala operatorer, matematik med språkmodeller och frågan om vem som ska bedöma modellerna.")}
</td>
</tr>
{b1}
{b2}
{b3}
<tr>
<td class="pad" style="padding:28px 40px 6px 40px;">
<h2 style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:21px;color:#0b3d2e;">Kort om</h2>
<ul style="margin:0 0 14px 0;padding-left:20px;font-family:Georgia,serif;font-size:16px;line-height:24px;color:#2b2b2b;">
""" + "\n".join(f"<li>{s}</li>" for s in kort) + """
</ul>
</td>
</tr>
<tr>
<td class="pad" style="padding:20px 40px 28px 40px;">
<h2 style="margin:0 0 12px 0;font-family:Helvetica,Arial,sans-serif;font-size:21px;color:#0b3d2e;">Kalender</h2>
""" + "\n".join(P(f"<strong>{sv(d).capitalize()}</strong><br>{t}") for d, t in cal) + f"""
</td>
</tr>
<tr>
<td class="pad" style="padding:22px 40px;background:#e8ede9;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;color:#5a5a5a;">
<p style="margin:0 0 8px 0;">Du får det här nyhetsbrevet eftersom du är doktorand, handledare eller anknuten till Forskarskolan i AI för naturvetenskap. Vi behandlar dina personuppgifter enligt dataskyddsförordningen (GDPR), se vår <a href="https://ainv.example.se/integritet" style="color:#5a5a5a;">integritetspolicy</a>.</p>
<p style="margin:0 0 8px 0;"><a href="{R('unsubscribe')}" style="color:#5a5a5a;">Avsluta prenumerationen</a> &middot; <a href="{R('preferences')}" style="color:#5a5a5a;">Ändra dina inställningar</a></p>
<p style="margin:0;">AI&middot;NV &middot; Box 4127 &middot; 751 04 Uppsala &middot; Skickat med Rule</p>
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
