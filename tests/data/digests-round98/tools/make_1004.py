#!/usr/bin/env python3
"""1004: the web version of a newsletter sent with CleverReach (the German e-mail marketing service), as a reader
saved it from the browser ("HTML only"): an XHTML 1.0 Transitional e-mail template — nested presentation tables with
inline styles, a hidden preheader, the header with the logo, sections of items (title as a link, authors and venue,
a short Dutch blurb), an event block, a job block, the footer with the sender's address, the CleverReach unsubscribe
link (`/rmftlp.php?cid=…&mid=…&h=…`) and the "verstuurd met CleverReach" badge. Every content link is a CleverReach
click-tracking redirect (`https://<account>.eu-2.cleverreach.com/c/<8 digits>/<10 hex>-<6 chars>`), so the target
URL is visible only where the editor typed it as the link text. The institute, its people and all ids are invented.

Papers: three arXiv URLs written as link text (one with its scheme, two without), one `arXiv:ID` in a blurb, four
titles only (their links are tracking redirects). Not papers: the Hugging Face PEFT library, a webinar recording, a
lunch talk, a vacancy; nicknames (LoRA, adapters, T5, BiT) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1004)
K = dict(qlora="2305.14314", dora="2402.09353", prefix="2101.00190", prompt="2104.08691", adapters="1902.00751",
         t5="1910.10683", bit="1912.11370", rethink="2006.06882")
ACC = "ils-nieuws.eu-2.cleverreach.com"
_n = [0]


def track():
    _n[0] += 1
    i = _n[0]
    return f"https://{ACC}/c/{47120380 + i}/{(0x3f9a2c17b0 + i * 0x1d3b5) % (16 ** 10):010x}-{'s8k2q' + 'abcdefghjkmnpqrstuvwxyz'[i]}"


def a(text, style="color:#1a5e8a;text-decoration:underline;"):
    return f'<a href="{track()}" target="_blank" style="{style}">{text}</a>'


def item(title_html, meta, blurb):
    return f"""<tr>
<td style="padding:0 30px 22px 30px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;">
<p style="margin:0 0 4px 0;font-size:17px;line-height:23px;font-weight:bold;">{title_html}</p>
<p style="margin:0 0 8px 0;font-size:13px;color:#6b6b6b;">{meta}</p>
<p style="margin:0;">{blurb}</p>
</td>
</tr>"""


def section(name):
    return f"""<tr>
<td style="padding:10px 30px 14px 30px;font-family:Arial,Helvetica,sans-serif;font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#1a5e8a;border-top:1px solid #e3e8ec;">{name}</td>
</tr>"""


items_peft = [
    item(a(T(K["qlora"])), "Dettmers, Pagnoni, Holtzman, Zettlemoyer &middot; NeurIPS 2023",
         "4-bit kwantisatie van het basismodel plus LoRA-adapters: een 65B-model finetunen op &eacute;&eacute;n GPU van 48 GB. "
         "Voor wie het zelf wil proberen: de methode zit in de PEFT-bibliotheek van Hugging Face. Paper: "
         + a(f"https://arxiv.org/abs/{K['qlora']}")),
    item(a(T(K["dora"])), "Liu, Wang, Yin e.a. &middot; ICML 2024",
         "Splitst het gewicht in grootte en richting en past LoRA alleen op de richting toe. Volgens de auteurs dichter "
         "bij volledige finetuning, zonder extra kosten bij inferentie. " + a(f"arxiv.org/abs/{K['dora']}")),
    item(a(T(K["prefix"])), "Li &amp; Liang &middot; ACL 2021",
         "Een klassieker uit ons leesclubarchief: alleen een reeks continue &lsquo;prefix&rsquo;-vectoren wordt getraind. "
         "Lees hem samen met " + T(K["prompt"]) + " (arXiv:" + K["prompt"] + "), dat laat zien dat het verschil met "
         "volledige finetuning verdwijnt naarmate het model groter wordt. " + a(f"arxiv.org/pdf/{K['prefix']}")),
    item(a(T(K["adapters"])), "Houlsby e.a. &middot; ICML 2019",
         "Waar het allemaal begon: kleine bottleneck-lagen (adapters) tussen de lagen van een bevroren BERT. "
         "Onze promovendus Sanne van Dijk vergeleek ze vorige maand met LoRA op Nederlandse teksten; de opname van die "
         "sessie staat hieronder."),
]
items_transfer = [
    item(a(T(K["t5"])), "Raffel e.a. &middot; JMLR 2020",
         "Het T5-paper is eigenlijk een groot vergelijkend onderzoek naar pre-training en transfer. Hoofdstuk 3 is "
         "verplichte kost voor iedereen die een eigen taakmix wil samenstellen."),
    item(a(T(K["bit"])), "Kolesnikov, Beyer, Zhai e.a. &middot; ECCV 2020",
         "Het visuele tegenhanger: grote voorgetrainde ResNets, een eenvoudig recept voor finetuning (BiT-HyperRule) "
         "en sterke resultaten met weinig voorbeelden."),
    item(a(T(K["rethink"])), "Zoph, Ghiasi, Lin e.a. &middot; NeurIPS 2020",
         "Wanneer helpt pre-training niet meer, en wanneer wint self-training? Een nuchter paper dat we in de "
         "leesclub van 21 maart bespreken (zaal 2.14 en online)."),
]
body_rows = "\n".join([section("Parameter-effici&euml;nt finetunen")] + items_peft +
                      [section("Transfer learning: drie om (opnieuw) te lezen")] + items_transfer)

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>ILS Nieuwsbrief #14 &ndash; maart 2024: finetunen met weinig parameters</title>
<style type="text/css">
body {{ margin:0; padding:0; background-color:#f2f4f6; }}
table {{ border-collapse:collapse; }}
img {{ border:0; display:block; }}
@media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f4f6;">
<div style="display:none;max-height:0;overflow:hidden;">QLoRA, DoRA en drie klassiekers over transfer learning &ndash; plus een lunchlezing en een vacature.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f4f6" role="presentation">
<tr>
<td align="center" style="padding:20px 10px;">
<table class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" role="presentation">
<tr>
<td style="padding:24px 30px 10px 30px;">
<img src="https://{ACC}/cr/images/ils-logo-2x.png" width="180" height="44" alt="Instituut voor Lerende Systemen" />
</td>
</tr>
<tr>
<td style="padding:10px 30px 20px 30px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;">
<h1 style="margin:0 0 12px 0;font-size:24px;line-height:30px;color:#0f3550;">Nieuwsbrief #14 &ndash; maart 2024</h1>
<p style="margin:0 0 10px 0;">Beste lezer,</p>
<p style="margin:0 0 10px 0;">Deze maand staat in het teken van <strong>finetunen met weinig parameters</strong>: hoe pas je een taalmodel van tientallen miljarden parameters aan als je maar &eacute;&eacute;n of twee GPU&rsquo;s hebt? Daarnaast drie oudere papers over transfer learning die volgens ons nog steeds de moeite waard zijn.</p>
<p style="margin:0;">Veel leesplezier,<br />Marieke de Vries, redactie</p>
</td>
</tr>
{body_rows}
<tr>
<td style="padding:10px 30px 20px 30px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;border-top:1px solid #e3e8ec;">
<p style="margin:0 0 6px 0;font-weight:bold;">Terugkijken: webinar &lsquo;LoRA in de praktijk&rsquo;</p>
<p style="margin:0 0 14px 0;">De opname van de sessie van 29 februari (Sanne van Dijk, 52 min.) staat op ons videokanaal. {a("Bekijk de opname")}</p>
<p style="margin:0 0 6px 0;font-weight:bold;">Lunchlezing 4 april, 12:15 uur</p>
<p style="margin:0 0 14px 0;">Dr. Joost Bakker (gastonderzoeker) over het evalueren van gefinetunede modellen in de zorg. Broodjes aanwezig, aanmelden verplicht. {a("Aanmelden")}</p>
<p style="margin:0 0 6px 0;font-weight:bold;">Vacature: promovendus efficient NLP (1,0 fte)</p>
<p style="margin:0;">Solliciteren kan tot 15 april. {a("Naar de vacature")}</p>
</td>
</tr>
<tr>
<td style="padding:20px 30px;background-color:#0f3550;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#c9d6e0;">
<p style="margin:0 0 8px 0;">Instituut voor Lerende Systemen &middot; Universiteit van Voorbeeld &middot; Kanaalweg 12 &middot; 9999 ZZ Voorbeeld</p>
<p style="margin:0 0 8px 0;">Je ontvangt deze e-mail omdat je je hebt aangemeld voor de ILS-nieuwsbrief. <a href="https://{ACC}/rmftlp.php?cid=2318407&amp;mid=9046152&amp;h=4a7c9e1d2b" target="_blank" style="color:#ffffff;text-decoration:underline;">Afmelden</a></p>
<p style="margin:0;">Vragen? Mail naar <a href="mailto:nieuwsbrief@ils.uvv.example" style="color:#ffffff;">nieuwsbrief@ils.uvv.example</a></p>
</td>
</tr>
<tr>
<td align="center" style="padding:12px 30px;">
<a href="https://www.cleverreach.com/nl-nl/?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=poweredby" target="_blank"><img src="https://{ACC}/cr/images/poweredby.png" width="120" height="24" alt="verstuurd met CleverReach" /></a>
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""
import html as _h
write_only(F, page, keys(F), forms=[_h.unescape(page)])
