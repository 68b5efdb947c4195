#!/usr/bin/env python3
"""624: a MailPoet 3 newsletter (WordPress plugin) as its "view in browser" page serves it: XHTML 1.0 Transitional
doctype, the mailpoet_template / mailpoet-wrapper / mailpoet_content-wrapper table nest with <!--[if mso]> ghost
tables, a hidden mailpoet_preheader cell, mailpoet_header link, blocks as mailpoet_text (h1 / h2 + a
table.td.mailpoet_paragraph per paragraph), mailpoet_divider, mailpoet_button-container buttons, mailpoet_spacer, a
two-column mailpoet_cols-two row, the mailpoet_footer with unsubscribe / manage links built from
?mailpoet_router&endpoint=subscription URLs, inline styles everywhere, French "&nbsp;:" typography. A French
newsletter of a generative-models seminar."""
import os, sys
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F624, keys, DBN

SITE = "https://seminaire-generatif.example"
FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif"
DATA = "WyIxNDIiLCI3YTNmYzEiLCIxNCIsImMyNGJkNWE5ZTAiLGZhbHNlXQ"


def para(html, last=False):
    return f"""    <table style="border-collapse:collapse;border-spacing:0;mso-table-lspace:0;mso-table-rspace:0" width="100%" cellpadding="0">
      <tr>
        <td class="mailpoet_paragraph" style="word-break:break-word;word-wrap:break-word;text-align:left">
          {html}{'' if last else '<br /><br />'}
        </td>
      </tr>
    </table>
"""


def text_block(inner):
    return f"""      <tr>
  <td class="mailpoet_text mailpoet_padded_vertical mailpoet_padded_side" valign="top" style="padding-top:10px;padding-bottom:10px;padding-left:20px;padding-right:20px;word-break:break-word;word-wrap:break-word">
{inner}  </td>
</tr>
"""


def h1(t):
    return f"""    <h1 style="margin:0 0 9px;mso-ansi-font-size:30px;color:#111111;{FONT};font-size:30px;line-height:48px;mso-line-height-alt:48px;margin-bottom:0;text-align:left;padding:0;font-style:normal;font-weight:normal"><strong>{t}</strong></h1>
"""


def h2(t):
    return f"""    <h2 style="margin:0 0 6px;mso-ansi-font-size:24px;color:#8e2c48;{FONT};font-size:24px;line-height:38.4px;mso-line-height-alt:38px;margin-bottom:0;text-align:left;padding:0;font-style:normal;font-weight:normal">{t}</h2>
"""


def divider():
    return """      <tr>
        <td class="mailpoet_divider" valign="top" style="padding:13px 20px 13px 20px">
          <table width="100%" border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0">
            <tr>
              <td class="mailpoet_divider-cell" style="border-top-width:1px;border-top-style:solid;border-top-color:#d5d5d5">
             </td>
            </tr>
          </table>
        </td>
      </tr>
"""


def spacer(h=20):
    return f"""      <tr>
  <td class="mailpoet_spacer" height="{h}" valign="top"></td>
</tr>
"""


def button(url, label):
    return f"""      <tr>
  <td class="mailpoet_padded_vertical mailpoet_padded_side" valign="top">
    <div>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0">
        <tr>
          <td class="mailpoet_button-container" style="text-align:left"><!--[if mso]>
            <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word"
              href="{escape(url)}"
              style="height:40px;width:228px;v-text-anchor:middle;"
              arcsize="13%"
              strokeweight="1px"
              strokecolor="#8e2c48"
              fillcolor="#8e2c48">
            <w:anchorlock/>
            <center style="color:#ffffff;{FONT};font-size:15px;font-weight:bold;">{label}</center>
            </v:roundrect>
            <![endif]-->
            <!--[if !mso]><!-- -->
            <a class="mailpoet_button" href="{escape(url)}" style="display:inline-block;-webkit-text-size-adjust:none;mso-hide:all;text-decoration:none;text-align:center;background-color:#8e2c48;border-color:#8e2c48;border-width:1px;border-radius:5px;border-style:solid;width:226px;line-height:40px;color:#ffffff;{FONT};font-size:15px;font-weight:bold"> {label}</a>
            <!--<![endif]-->
          </td>
        </tr>
      </table>
    </div>
  </td>
</tr>
"""


def a(url, label):
    return f'<a href="{escape(url)}" style="color:#8e2c48;text-decoration:underline">{label}</a>'


def cols_one(rows):
    return f"""    <tr>
  <td class="mailpoet_content" align="center" style="border-collapse:collapse;background-color:#ffffff!important" bgcolor="#ffffff">
    <table width="100%" border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0">
      <tbody>
        <tr>
          <td style="padding-left:0;padding-right:0">
            <table width="100%" border="0" cellpadding="0" cellspacing="0" class="mailpoet_cols-one" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0;table-layout:fixed;margin-left:auto;margin-right:auto;padding-left:0;padding-right:0">
              <tbody>
{rows}              </tbody>
            </table>
          </td>
        </tr>
      </tbody>
    </table>
  </td>
</tr>
"""


def cols_two(left, right):
    def col(x):
        return f"""          <div style="display:inline-block; max-width:330px; vertical-align:top; width:100%;">
            <table width="330" class="mailpoet_cols-two" border="0" cellpadding="0" cellspacing="0" align="left" style="border-collapse:collapse;width:100%;max-width:330px;border-spacing:0;mso-table-lspace:0;mso-table-rspace:0;table-layout:fixed;margin-left:auto;margin-right:auto;padding-left:0;padding-right:0">
              <tbody>
{x}              </tbody>
            </table>
          </div>
"""
    return f"""    <tr>
  <td class="mailpoet_content-cols-two" align="left" style="border-collapse:collapse;background-color:#f7f1f3!important" bgcolor="#f7f1f3">
    <table width="100%" border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0">
      <tbody>
        <tr>
          <td align="center" style="font-size:0;border-collapse:collapse"><!--[if mso]>
            <table border="0" width="100%" cellpadding="0" cellspacing="0">
              <tbody>
                <tr>
      <td width="330" valign="top">
      <![endif]-->
{col(left)}<!--[if mso]>
      </td>
      <td width="330" valign="top">
      <![endif]-->
{col(right)}<!--[if mso]>
      </td>
                </tr>
              </tbody>
            </table>
          <![endif]--></td>
        </tr>
      </tbody>
    </table>
  </td>
</tr>
"""


SUBJECT = "La Lettre du séminaire génératif — n° 14 : équations différentielles et grands modèles d’images"
intro = text_block(h1("La Lettre du séminaire génératif") + para(
    "Bonjour à toutes et à tous,") + para(
    "Voici le numéro 14 de notre lettre. Au programme de la quinzaine&nbsp;: la modélisation par score en temps continu, "
    "un retour sur les auto-encodeurs variationnels, et deux grands modèles texte-image. Comme toujours, les séances ont "
    "lieu le jeudi à 16&nbsp;h en salle Lovelace (bâtiment C) et en visio pour les équipes de Lyon et de Rennes.", last=True))

main = text_block(h2("📄 Le papier de la quinzaine") + para(
    f"<strong>{T('2011.13456')}</strong><br />{au('2011.13456')} — ICLR 2021 (oral)") + para(
    "Le cadre qui unifie les modèles de diffusion et les modèles à score&nbsp;: une EDS directe qui bruite les données, "
    "une EDS inverse qui dépend du score, et un solveur « prédicteur-correcteur ». Lisez au minimum les sections 3 et 4 ; "
    "la section sur l’ODE de flux de probabilité sera au cœur de la discussion.", last=True)) + button(
    "https://openreview.net/forum?id=PxTIG12RRHS", "Lire sur OpenReview")

aussi = text_block(h2("Aussi au programme") + para(
    f"<strong>{T('2010.02014')}</strong><br />{au('2010.02014')}<br />"
    f"{a('https://openreview.net/forum?id=zOGdf9K8aC', 'Forum OpenReview')} — présenté par Inès, séance du 21 mars.") + para(
    f"<strong>{T('1907.05600')}</strong><br />{au('1907.05600')} — NeurIPS 2019<br />"
    f"{a('https://arxiv.org/abs/1907.05600', 'arxiv.org/abs/1907.05600')} — le prédécesseur direct du papier de la quinzaine (Langevin recuit).") + para(
    f"<strong>{T('2307.01952')}</strong><br />{au('2307.01952')}<br />"
    f"{a('https://arxiv.org/abs/2307.01952', 'Lire le papier')} — pour la séance « diffusion latente en pratique ».") + para(
    f"<strong>{T('2204.06125')}</strong><br />{au('2204.06125')} — arXiv:2204.06125<br />"
    "(Pas de lien cette fois&nbsp;: notre proxy bloque arxiv.org depuis mardi, cherchez l’identifiant.)", last=True))

left = text_block(h2("Les classiques") + para(
    f"<em>{T('1406.2661')}</em> ({au('1406.2661', 2)}, 2014) — à relire avant la comparaison GAN / diffusion.") + para(
    f"<em>{T(DBN)}</em> ({au(DBN)}, Neural Computation, 2006) — pour l’histoire des modèles génératifs profonds.") + para(
    f"<em>{T('2111.06377')}</em> ({au('2111.06377', 2)}, CVPR 2022) — l’auto-encodeur masqué, en contrepoint.", last=True))
right = text_block(h2("Hors papiers") + para(
    f"{a('https://huggingface.co/docs/diffusers', 'Documentation de diffusers')} (logiciel) — les tutoriels sur les planificateurs (schedulers) sont très bien faits.") + para(
    f"{a('https://lilianweng.github.io/posts/2021-07-11-diffusion-models/', 'What are Diffusion Models?')} — billet de blog de Lilian Weng, pas un article.") + para(
    "Le jeu de données <strong>LAION-Aesthetics</strong> est de nouveau disponible sur le serveur de l’équipe (données, pas un papier).", last=True))

agenda = text_block(h2("Agenda") + para(
    "<strong>14 mars</strong>&nbsp;: papier de la quinzaine (Mathilde)<br />"
    "<strong>21 mars</strong>&nbsp;: auto-encodeurs variationnels auto-supervisés (Inès)<br />"
    "<strong>28 mars</strong>&nbsp;: diffusion latente en pratique, atelier sur GPU (Karim)<br />"
    "<strong>4 avril</strong>&nbsp;: pas de séance (vacances de printemps)<br />"
    f"Calendrier complet&nbsp;: {a(SITE + '/agenda/', 'seminaire-generatif.example/agenda')}", last=True))

footer = f"""      <tr>
        <td class="mailpoet_header_footer_padded mailpoet_footer" style="line-height:19.2px;text-align:center;color:#222222;{FONT};font-size:12px;background-color:#f0f0f0">
          Vous recevez ce courriel parce que vous êtes inscrit·e à la liste « Séminaire génératif ».<br />{a(f"{SITE}/?mailpoet_page=subscriptions&mailpoet_router&endpoint=subscription&action=unsubscribe&data={DATA}", "Se désabonner")} | {a(f"{SITE}/?mailpoet_page=subscriptions&mailpoet_router&endpoint=subscription&action=manage&data={DATA}", "Gérer votre abonnement")}<br />Séminaire génératif — Laboratoire d’informatique des Deux-Rives (fictif), 12 rue des Tanneurs, 69000 Lyon
        </td>
      </tr>
"""
header = f"""      <tr>
        <td class="mailpoet_header_footer_padded mailpoet_header" style="line-height:19.2px;text-align:center;color:#222222;{FONT};font-size:12px;background-color:#f0f0f0">
          {a(f"{SITE}/?mailpoet_router&endpoint=view_in_browser&action=view&data={DATA}", "Voir ce courriel dans votre navigateur")}
        </td>
      </tr>
"""

content = (cols_one(header + spacer(20) + intro + divider()) + cols_one(main + divider()) + cols_one(aussi + divider())
           + cols_two(left, right) + cols_one(spacer(20) + agenda + divider() + footer))

html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="fr" style="margin:0;padding:0">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="format-detection" content="telephone=no" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{escape(SUBJECT)}</title>
    <style type="text/css"> @media screen and (max-width: 480px) {{
      .mailpoet_button {{width:100% !important;}}
    }}
 @media screen and (max-width: 599px) {{
      .mailpoet_header {{
        padding: 10px 20px;
      }}
      .mailpoet_button {{
        width: 100% !important;
        padding: 5px 0 !important;
        box-sizing:border-box !important;
      }}
      div, .mailpoet_cols-two, .mailpoet_cols-three {{
          max-width: 100% !important;
      }}
    }}
</style>
    
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" style="margin:0;padding:0;background-color:#f0f0f0">
    <table class="mailpoet_template" border="0" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;mso-table-lspace:0;mso-table-rspace:0">
        <tbody>
        <tr>
            <td class="mailpoet_preheader" style="border-collapse:collapse;display:none;visibility:hidden;mso-hide:all;font-size:1px;color:#333333;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;-webkit-text-size-adjust:none" height="1">
                Score, EDS et diffusion latente : le programme des deux prochaines semaines.
            </td>
        </tr>
        <tr>
            <td align="center" class="mailpoet-wrapper" valign="top" style="border-collapse:collapse;background-color:#f0f0f0"><!--[if mso]>
                <table align="center" border="0" cellspacing="0" cellpadding="0"
                       width="660">
                    <tr>
                        <td class="mailpoet_content-wrapper" align="center" valign="top" width="660">
                <![endif]--><table class="mailpoet_content-wrapper" border="0" width="660" cellpadding="0" cellspacing="0" style="border-collapse:collapse;background-color:#ffffff;max-width:660px;width:100%">
                    <tbody>
                    {content}
                    </tbody>
                </table><!--[if mso]>
                </td>
                </tr>
                </table>
                <![endif]--></td>
        </tr>
        </tbody>
    </table>
</body>
</html>
"""
write_only(F624, html, keys(F624))
