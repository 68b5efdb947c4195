#!/usr/bin/env python3
"""764: a Campaign Monitor email template with its content, as exported from the template editor (HTML tables, inline
styles, MSO conditionals) with Campaign Monitor's template language: <webversion>, <forwardtoafriend>, <preferences>,
<unsubscribe>, <repeater> of <layout label>, <singleline label> / <multiline label> editable regions, <img editable>,
[firstname,fallback=…] / [currentmonthname] / [currentyear] merge tags, cm_dontconvertlink on links that must not be
click-tracked. A Dutch newsletter on diffusion and multimodal models."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, write_only
from make_expected import by_num, keys

F = by_num(764)
E = html.escape
A = lambda k: f"https://arxiv.org/abs/{k}"
TD = 'style="padding: 0 32px 24px 32px; font-family: Georgia, serif; font-size: 16px; line-height: 24px; color: #2b2b2b;"'


def item(label, kop, tekst, k=None, link=None):
    return f"""          <layout label="{label}">
            <table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation">
              <tr>
                <td style="padding: 24px 32px 8px 32px; font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 26px; font-weight: bold; color: #0f3d3e;">
                  <singleline label="Kop">{kop}</singleline>
                </td>
              </tr>
              <tr>
                <td {TD}>
                  <multiline label="Tekst">{tekst}</multiline>
                </td>
              </tr>
            </table>
          </layout>
"""


def paper(k, extra, link=True, text_id=False):
    t = E(T(k))
    s = f'<p style="margin: 0 0 12px 0;"><em>{E(au(k, 3))}</em></p><p style="margin: 0 0 12px 0;">{extra}</p>'
    if link: s += f'<p style="margin: 0;"><a href="{A(k)}" style="color: #1a7f64; text-decoration: underline;">Lees het paper op arXiv &rarr;</a></p>'
    if text_id: s += f'<p style="margin: 0; font-size: 13px; color: #777777;">arXiv:{k} &middot; preprint, maart 2024</p>'
    return t, s


items = []
t, s = paper("2403.03206", "Het nieuwe technische rapport achter de derde generatie van een bekend open beeldmodel: rectified flow met een transformer die tekst- en beeldtokens in aparte gewichten verwerkt. Wie het rapport zoekt: de link werkte bij het versturen nog niet overal, dus hieronder alleen het nummer.", link=False, text_id=True)
items.append(item("Paper uitgelicht", t, s))
t, s = paper("2208.12242", "Personaliseren met drie tot vijf foto's van één onderwerp en een zeldzaam token als identificatie. Nog steeds de basis voor bijna elke &lsquo;zet mijn hond op de maan&rsquo;-app.")
items.append(item("Paper", t, s))
t, s = paper("2211.09800", "Beeldbewerking met een geschreven instructie (&ldquo;maak het herfst&rdquo;), getraind op paren die met een taalmodel en een beeldmodel zijn gegenereerd.")
items.append(item("Paper", t, s))
t, s = paper("2106.05931", "Diffusie in een latente ruimte van een VAE, met een score-model dat samen met de encoder wordt getraind. Wiskundig pittig, maar hoofdstuk 3 is goed te volgen.")
items.append(item("Paper", t, s))
items.append(item("Terugblik", "Terugblik: drie klassiekers die we in februari bespraken",
    f'<p style="margin: 0 0 12px 0;">Voor wie de leesclub miste: we bespraken <strong>{E(T("2112.10752"))}</strong> ({E(au("2112.10752", 2))}), '
    f'daarna <strong>{E(T("2103.14338"))}</strong> ({E(au("2103.14338", 2))}) en als afsluiter het oudere '
    f'<strong>{E(T("2106.13884"))}</strong> ({E(au("2106.13884", 2))}). Links staan in het archief van de leesclub; de dia&rsquo;s '
    'volgen nog.</p>'))
t, s = paper("2204.14198", "Een visueel-taalmodel dat met een paar voorbeelden in de prompt nieuwe taken leert, dankzij cross-attention-lagen tussen een bevroren taalmodel en een beeldencoder.")
items.append(item("Paper", t, s))
items.append(item("Tools", "Gereedschapskist (geen papers)",
    '<ul style="margin: 0; padding-left: 20px;"><li>Hugging Face <strong>diffusers</strong> 0.26 &ndash; nieuwe pipelines, werkt nu ook op Apple Silicon.</li>'
    '<li>De gratis cursus &lsquo;Practical Deep Learning, deel 2&rsquo; van fast.ai behandelt diffusie vanaf nul (cursus).</li>'
    '<li>Dataset-nieuws: LAION heeft de grote beeld-tekstdataset teruggetrokken voor een opschoonronde; controleer je kopie&euml;n.</li>'
    '<li>Blog: &lsquo;What are Diffusion Models?&rsquo; van Lilian Weng blijft de beste introductie (blogpost).</li></ul>'))
items.append(item("Agenda", "Agenda",
    '<p style="margin: 0 0 8px 0;"><strong>21 maart</strong> &ndash; Leesclub Generatieve Modellen, Utrecht (Zaal 1.08, 17:00). Aanmelden via de website.</p>'
    '<p style="margin: 0;"><strong>11 april</strong> &ndash; Online meetup &lsquo;Multimodaal in de praktijk&rsquo; met sprekers van twee Nederlandse start-ups.</p>'))

text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="nl">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Ruis &amp; Beeld &ndash; nieuwsbrief over generatieve modellen</title>
  <!--[if mso]>
  <style type="text/css">
    table, td {{ border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }}
  </style>
  <![endif]-->
  <style type="text/css">
    body {{ margin: 0; padding: 0; background-color: #f1efe9; }}
    a {{ color: #1a7f64; }}
    @media only screen and (max-width: 620px) {{
      .container {{ width: 100% !important; }}
      .pad {{ padding-left: 16px !important; padding-right: 16px !important; }}
    }}
  </style>
</head>
<body style="margin: 0; padding: 0; background-color: #f1efe9;">
  <table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background-color: #f1efe9;">
    <tr>
      <td align="center" style="padding: 12px 0; font-family: Helvetica, Arial, sans-serif; font-size: 12px; color: #8a8a8a;">
        Werkt de opmaak niet? <webversion style="color: #8a8a8a;">Bekijk deze e-mail in je browser</webversion> &middot; <forwardtoafriend style="color: #8a8a8a;">Doorsturen</forwardtoafriend>
      </td>
    </tr>
    <tr>
      <td align="center">
        <!--[if mso]><table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
        <table class="container" width="600" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background-color: #ffffff; max-width: 600px;">
          <tr>
            <td style="padding: 28px 32px 4px 32px;">
              <img editable="true" label="Logo" src="https://img.example.nl/ruis-en-beeld/logo-2x.png" width="180" height="40" alt="Ruis &amp; Beeld" style="display: block; border: 0;" />
            </td>
          </tr>
          <tr>
            <td class="pad" style="padding: 8px 32px 0 32px; font-family: Helvetica, Arial, sans-serif; font-size: 13px; color: #8a8a8a;">
              Nummer 37 &middot; [currentday] [currentmonthname] [currentyear]
            </td>
          </tr>
          <tr>
            <td class="pad" style="padding: 16px 32px 8px 32px; font-family: Georgia, serif; font-size: 17px; line-height: 26px; color: #2b2b2b;">
              <multiline label="Intro"><p style="margin: 0 0 12px 0;">Hoi [firstname,fallback=lezer],</p><p style="margin: 0;">Deze maand een nieuw technisch rapport over rectified flow, drie papers over bewerken en personaliseren, en een terugblik op de leesclub van februari. Zoals altijd: reacties zijn welkom, gewoon beantwoorden.</p></multiline>
            </td>
          </tr>
          <repeater>
{"".join(items)}          </repeater>
          <tr>
            <td style="padding: 24px 32px; background-color: #0f3d3e; font-family: Helvetica, Arial, sans-serif; font-size: 12px; line-height: 18px; color: #cfe3dc;">
              Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op ruisenbeeld.example.nl.<br />
              Ruis &amp; Beeld &middot; Stichting Open Beeldonderzoek &middot; Oudegracht 201 &middot; 3511 NH Utrecht<br />
              <preferences style="color: #ffffff;">Voorkeuren wijzigen</preferences> &middot; <unsubscribe style="color: #ffffff;">Afmelden</unsubscribe> &middot;
              <a cm_dontconvertlink href="https://ruisenbeeld.example.nl/archief" style="color: #ffffff;">Archief</a>
            </td>
          </tr>
        </table>
        <!--[if mso]></td></tr></table><![endif]-->
      </td>
    </tr>
  </table>
</body>
</html>
"""
write_only(F, text, keys(F), [html.unescape(text)])
