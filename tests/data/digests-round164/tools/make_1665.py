#!/usr/bin/env python3
"""1665: the web version («Vizualizați în browser», Interspire Email Marketer's display.php) of an invented
Romanian research centre's monthly newsletter, saved from the browser as HTML: table layout with inline styles, a
preheader, masthead with issue number and date, editorial, three article blocks with buttons, «Pe scurt» (3 items),
«Evenimente» (2, Romanian weekdays computed), footer with the Interspire unsubscribe link (same M / N as the web
version), a GDPR note. Link tracking is off for this campaign, so links are written plain. The centre CIAA, its
people, address, host newsletter.example.ro and the campaign ids are invented."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1665)
E = html.escape
WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
MO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
      "noiembrie", "decembrie"]
ro = lambda d: f"{WD[d.weekday()]}, {d.day} {MO[d.month - 1]} {d.year}"
ISSUE, SENT = 14, dt.date(2025, 3, 18)
HOST = "https://newsletter.example.ro"
M, C, S, Lst, N = 2317, "6b1f0e", 88, 4, 41902
disp = f"{HOST}/display.php?M={M}&amp;C={C}&amp;S={S}&amp;L={Lst}&amp;N={N}"
unsub = f"{HOST}/unsubscribe.php?M={M}&amp;C={C}&amp;L={Lst}&amp;N={N}"
BTN = ('<a href="{u}" style="display:inline-block;background:#1f4e79;color:#ffffff;padding:10px 18px;'
       'text-decoration:none;border-radius:3px;font-weight:bold;">{t}</a>')


def block(tag, title, text, url, btn="Citește articolul"):
    return f"""<tr>
<td style="padding:18px 28px;border-top:1px solid #e3e8ee;">
<p style="margin:0;color:#c0392b;font-size:12px;text-transform:uppercase;">{E(tag)}</p>
<h2 style="margin:6px 0 8px 0;font-size:19px;color:#1f4e79;">{E(title)}</h2>
<p style="margin:0 0 12px 0;font-size:15px;line-height:22px;">{text}</p>
{BTN.format(u=url, t=btn)}
</td>
</tr>"""


arts = [
    block("Modele pentru fizică", T("2010.08895"),
          "Operatorul neural Fourier învață direct soluții ale ecuațiilor cu derivate parțiale și este de sute de ori "
          "mai rapid decât solverele clasice. Echipa de hidrologie îl testează deja pentru modelarea inundațiilor pe "
          f"Someș. Pentru context, recomandăm și „{E(T('2010.03409'))}” (Pfaff et al., ICLR 2021).",
          "https://arxiv.org/abs/2010.08895"),
    block("Agenți", T("2305.16291"),
          "Voyager explorează Minecraft fără intervenție umană și își construiește o bibliotecă de abilități scrise ca "
          f"cod. Un exemplu mai vechi, dar la fel de discutat, este „{E(T('2205.06175'))}” "
          '(<a href="https://arxiv.org/abs/2205.06175v3" style="color:#1f4e79;">arxiv.org/abs/2205.06175v3</a>), '
          "un singur model pentru sute de sarcini.",
          "https://arxiv.org/abs/2305.16291"),
    block("Evaluare", T("2306.05685"),
          "Cât de bine poate un model mare să evalueze răspunsurile altui model? Articolul compară verdictele GPT-4 cu "
          "preferințele oamenilor pe MT-Bench și Chatbot Arena. Îl discutăm la seminarul din aprilie, împreună cu "
          f"benchmarkul MMLU („{E(T('2009.03300'))}”, arXiv:2009.03300).",
          "https://arxiv.org/pdf/2306.05685.pdf"),
]
ev = [(dt.date(2025, 3, 27), "Seminar CIAA: „Modele mari de limbaj ca evaluatori”, sala C2, ora 14:00"),
      (dt.date(2025, 4, 10), "Atelier: rețele neuronale pe grafuri pentru simulări, online (Zoom)")]
doc = f"""<!DOCTYPE html>
<html lang="ro" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Buletin CIAA nr. {ISSUE} &ndash; {MO[SENT.month - 1]} {SENT.year}</title>
</head>
<body style="margin:0;padding:0;background:#eef2f6;font-family:Arial, Helvetica, sans-serif;color:#2b2b2b;">
<div style="display:none;max-height:0;overflow:hidden;">Operatori neurali, agenți în Minecraft și modele care notează alte modele &ndash; plus evenimentele lunii.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2f6;">
<tr>
<td align="center" style="padding:12px 0;font-size:12px;color:#6b7785;">Nu se afișează corect? <a href="{disp}" style="color:#6b7785;">Vizualizați în browser</a></td>
</tr>
<tr>
<td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr>
<td style="background:#1f4e79;padding:22px 28px;color:#ffffff;">
<p style="margin:0;font-size:24px;font-weight:bold;">Buletin CIAA</p>
<p style="margin:4px 0 0 0;font-size:13px;">Nr. {ISSUE} &middot; {ro(SENT)} &middot; Centrul de Inteligență Artificială Aplicată</p>
</td>
</tr>
<tr>
<td style="padding:22px 28px;font-size:15px;line-height:22px;">
<p style="margin:0 0 10px 0;">Dragi colegi,</p>
<p style="margin:0;">în acest număr ne uităm la modele care învață fizică, la agenți care își scriu singuri abilitățile și la întrebarea incomodă a evaluării. Primul articol din „Pe scurt” este, desigur, AlphaFold &ndash; la patru ani de la publicare, încă cel mai citat rezultat din domeniu. Lectură plăcută!<br>Ioana Dumitrescu, coordonatoare</p>
</td>
</tr>
{chr(10).join(arts)}
<tr>
<td style="padding:18px 28px;border-top:1px solid #e3e8ee;">
<h3 style="margin:0 0 8px 0;font-size:17px;color:#1f4e79;">Pe scurt</h3>
<ul style="margin:0;padding-left:18px;font-size:14px;line-height:21px;">
<li>„{E(ALPHAFOLD)}” (Jumper et al., Nature, 2021) &ndash; grupul de bioinformatică a pornit un club de lectură pe această temă.</li>
<li>„{E(T('2010.00554'))}” &ndash; o privire neobișnuită asupra PCA prin teoria jocurilor; slide-urile de la seminarul din februarie sunt pe intranet.</li>
<li>Clusterul GPU al centrului are acum 16 plăci noi; cererile de timp de calcul se trimit până pe 31 martie.</li>
</ul>
</td>
</tr>
<tr>
<td style="padding:18px 28px;border-top:1px solid #e3e8ee;">
<h3 style="margin:0 0 8px 0;font-size:17px;color:#1f4e79;">Evenimente</h3>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="font-size:14px;line-height:21px;">
{chr(10).join(f'<tr><td style="padding:4px 12px 4px 0;white-space:nowrap;font-weight:bold;">{ro(d)}</td><td style="padding:4px 0;">{E(t)}</td></tr>' for d, t in ev)}
</table>
</td>
</tr>
<tr>
<td style="background:#f4f6f8;padding:18px 28px;font-size:12px;line-height:18px;color:#6b7785;">
<p style="margin:0 0 6px 0;">Centrul de Inteligență Artificială Aplicată (CIAA) &middot; Str. Exemplului nr. 7, 400000 Cluj-Napoca</p>
<p style="margin:0 0 6px 0;">Ați primit acest e-mail deoarece sunteți abonat la Buletinul CIAA. Datele dumneavoastră sunt prelucrate conform Regulamentului (UE) 2016/679 (GDPR); detalii în <a href="https://ciaa.example.ro/confidentialitate" style="color:#6b7785;">politica de confidențialitate</a>.</p>
<p style="margin:0;"><a href="{unsub}" style="color:#6b7785;">Dezabonare</a> &middot; <a href="{disp}" style="color:#6b7785;">Versiunea web</a></p>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
write_only(F, doc, keys(F), forms=[html.unescape(doc)])
