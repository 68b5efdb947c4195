#!/usr/bin/env python3
"""824: the HTML part of a newsletter sent with SendGrid Marketing Campaigns (Design Editor, data-editor-version 2),
as received: XHTML 1.0 Strict doctype, `class="sg-campaigns"`, MSO conditional comments, the `center.wrapper` /
`table.wrapper` / `role="content-container"` frame, modules `table.module[role=module][data-type][data-muid]` with
`td[role=module-content]`, the `module-unsubscribe` div with `Unsubscribe--*` classes, click tracking (links
rewritten to `https://uNNNNNNN.ct.sendgrid.net/ls/click?upn=…`) except links written with `clicktracking=off`, and
the open-tracking pixel `…/wf/open?upn=…`. A Spanish research newsletter on decoding, retrieval, tools and a classic."""
import base64, hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, ALEX

F = by_num(824)
CT = "https://u4187265.ct.sendgrid.net"


def muid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def upn(u):
    h = hashlib.sha512(u.encode()).digest() + hashlib.sha256(u.encode()).digest()
    return base64.urlsafe_b64encode(h).decode().rstrip("=").replace("_", "-2B").replace("-", "-2F", 3)


def tr(u, text, style="color:#1188E6;"):
    return f'<a href="{CT}/ls/click?upn={upn(u)}" style="{style}">{text}</a>'


def raw(u, text):
    return f'<a clicktracking=off href="{u}" style="color:#1188E6;">{text}</a>'


def module_text(seed, html, pad="18px 0px 18px 0px"):
    return f'''<table class="module" role="module" data-type="text" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;" data-muid="{muid(seed)}" data-mc-module-version="2019-10-22">
    <tbody>
      <tr>
        <td style="padding:{pad}; line-height:22px; text-align:inherit;" height="100%" valign="top" bgcolor="" role="module-content"><div>{html}<div></div></div></td>
      </tr>
    </tbody>
  </table>'''


def div(s):
    return f'<div style="font-family: inherit; text-align: inherit">{s}</div>'


def divider(seed):
    return f'''<table class="module" role="module" data-type="divider" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;" data-muid="{muid(seed)}">
    <tbody>
      <tr>
        <td style="padding:0px 0px 0px 0px;" role="module-content" height="100%" valign="top" bgcolor="">
          <table border="0" cellpadding="0" cellspacing="0" align="center" width="100%" height="1px" style="line-height:1px; font-size:1px;">
            <tbody>
              <tr>
                <td style="padding:0px 0px 1px 0px;" bgcolor="#DDDDDD"></td>
              </tr>
            </tbody>
          </table>
        </td>
      </tr>
    </tbody>
  </table>'''


image = f'''<table class="wrapper" role="module" data-type="image" border="0" cellpadding="0" cellspacing="0" width="100%" style="table-layout: fixed;" data-muid="{muid('logo')}">
    <tbody>
      <tr>
        <td style="font-size:6px; line-height:10px; padding:0px 0px 0px 0px;" valign="top" align="center">
          <img class="max-width" border="0" style="display:block; color:#000000; text-decoration:none; font-family:Helvetica, arial, sans-serif; font-size:16px; max-width:100% !important; width:100%; height:auto !important;" width="600" alt="Señal y Ruido" data-proportionally-constrained="true" data-responsive="true" src="http://cdn.mcauto-images-production.sendgrid.net/5f1e7a2c3b9d4e61/8c0d2a1b-4f3e-4a77-9e21-6b5d8f0c3a19/1200x300.png">
        </td>
      </tr>
    </tbody>
  </table>'''

mods = [
    module_text("preheader", div('<span style="font-size: 12px; color: #777777">Boletín quincenal · nº 37 · 6 de marzo de 2024 · ¿No se ve bien? ' + tr("https://senalyruido.example.es/boletin/37", "Ver en el navegador", "color:#777777;") + '</span>'), "6px 0px 6px 0px"),
    image,
    module_text("editorial", div('<strong><span style="font-size: 22px">Decodificar, recuperar, usar herramientas</span></strong>') + div("<br>") +
        div("¡Hola de nuevo! Este número gira en torno a cómo generan texto los modelos de lenguaje: de qué manera se muestrea, "
            "cuándo conviene buscar en una base documental antes de responder y cómo aprenden a llamar a herramientas externas. "
            "Como siempre, al final va un clásico y una sección de cosas que <em>no</em> son artículos.")),
    divider("d1"),
    module_text("lecturas", div('<strong><span style="font-size: 18px">📚 Lecturas de la quincena</span></strong>') + div("<br>") +
        div(f"<strong>1. {raw('https://arxiv.org/abs/1904.09751', T('1904.09751'))}</strong><br>{au('1904.09751', 3)}. "
            "El artículo que popularizó el muestreo por núcleo (<em>top-p</em>). Sigue siendo la mejor explicación de por qué la búsqueda en haz produce texto repetitivo.") + div("<br>") +
        div(f"<strong>2. «{T('2002.08909')}»</strong><br>{au('2002.08909', 3)} (ICML 2020). "
            "Recuperación aprendida de extremo a extremo durante el preentrenamiento. El enlace lo encontraréis en nuestro archivo de lecturas.") + div("<br>") +
        div(f"<strong>3. {raw('https://arxiv.org/abs/2310.11511', T('2310.11511'))}</strong><br>{au('2310.11511', 3)}. "
            "El modelo decide cuándo recuperar y critica sus propias respuestas con tokens de reflexión.") + div("<br>") +
        div(f"<strong>4. «{T('2302.04761')}»</strong> (arXiv:2302.04761)<br>{au('2302.04761', 3)}. "
            "Autoanotación de llamadas a API (calculadora, buscador, traductor, calendario) para aprender cuándo usarlas.") + div("<br>") +
        div(f"<strong>5. {raw('https://openreview.net/forum?id=ZaYZfu8pT_N', T('2008.07905'))}</strong><br>{au('2008.07905', 3)}. "
            "Para quien quiera salir de la generación token a token: traducción no autorregresiva con muestreo «de vistazo».")),
    divider("d2"),
    module_text("herramientas", div('<strong><span style="font-size: 18px">🛠️ Para el taller</span></strong>') + div("<br>") +
        div(f"{raw('https://arxiv.org/abs/1910.03771', T('1910.03771'))} — {au('1910.03771', 3)}. "
            "El artículo de sistema detrás de la biblioteca que usa media comunidad; útil para entender el diseño de configuraciones, tokenizadores y modelos.") + div("<br>") +
        div(f"Y fuera del lenguaje, un caso de aprendizaje activo en imagen médica: <em>{T('2103.14339')}</em> ({au('2103.14339', 3)}). "
            "Lo comentamos en el encuentro de febrero con el grupo de radiología.")),
    divider("d3"),
    module_text("clasico", div('<strong><span style="font-size: 18px">🏛️ El clásico</span></strong>') + div("<br>") +
        div(f"<em>{ALEX}</em>, de {au(ALEX, 3)} (NIPS 2012). Doce años después, releerlo es un ejercicio de humildad: "
            "ReLU, dropout, dos GPU y aumentación de datos en nueve páginas.")),
    divider("d4"),
    module_text("no-articulos", div('<strong><span style="font-size: 18px">🎧 No son artículos (pero valen la pena)</span></strong>') + div("<br>") +
        div("<ul><li>" + tr("https://podcast.example.es/ep/58", "Podcast «Gradiente Descendente», ep. 58") + ": una hora sobre evaluación de sistemas RAG.</li>"
            "<li>" + tr("https://cursos.example.edu/pln-2024", "Curso abierto de Procesamiento del Lenguaje Natural 2024") + " (vídeos y cuadernos, en castellano).</li>"
            "<li>" + tr("https://datos.example.es/corpus-noticias-es", "Corpus de noticias en español, versión 3") + " — conjunto de datos con licencia CC BY 4.0.</li>"
            "<li>Tabla de clasificación de modelos en español: " + tr("https://leaderboard.example.es/", "ver ranking") + ".</li></ul>")),
    divider("d5"),
    module_text("agenda", div('<strong><span style="font-size: 18px">📅 Agenda</span></strong>') + div("<br>") +
        div("Jueves 14 de marzo, 18:30 — Encuentro presencial en Valencia (Sala Turia, Ciutat Politècnica). Aforo limitado: " +
            tr("https://senalyruido.example.es/encuentros/marzo", "reserva tu plaza") + ".") +
        div("¿Buscas trabajo? La lista de ofertas de esta quincena está en " + tr("https://senalyruido.example.es/empleo", "nuestra bolsa de empleo") + ".")),
]

unsub = f'''<div data-role="module-unsubscribe" class="module" role="module" data-type="unsubscribe" style="color:#444444; font-size:12px; line-height:20px; padding:16px 16px 16px 16px; text-align:Center;" data-muid="{muid('unsub')}"><div class="Unsubscribe--addressLine"><p class="Unsubscribe--senderName" style="font-size:12px; line-height:20px;">Señal y Ruido</p><p style="font-size:12px; line-height:20px;"><span class="Unsubscribe--senderAddress">Carrer de l'Exemple, 12</span>, <span class="Unsubscribe--senderCity">València</span>, <span class="Unsubscribe--senderState">VC</span> <span class="Unsubscribe--senderZip">46022</span></p></div><p style="font-size:12px; line-height:20px;"><a class="Unsubscribe--unsubscribeLink" href="{CT}/asm/unsubscribe/?user_id=4187265&amp;data={upn('unsub-data')}" target="_blank" style="">Darse de baja</a> - <a href="{CT}/asm/?user_id=4187265&amp;data={upn('prefs-data')}" target="_blank" class="Unsubscribe--unsubscribePreferences" style="">Preferencias de suscripción</a></p></div>'''

STYLE = """    body, p, div {
      font-family: arial,helvetica,sans-serif;
      font-size: 14px;
    }
    body {
      color: #000000;
    }
    body a {
      color: #1188E6;
      text-decoration: none;
    }
    p { margin: 0; padding: 0; }
    table.wrapper {
      width:100% !important;
      table-layout: fixed;
      -webkit-font-smoothing: antialiased;
      -webkit-text-size-adjust: 100%;
      -moz-text-size-adjust: 100%;
      -ms-text-size-adjust: 100%;
    }
    img.max-width {
      max-width: 100% !important;
    }
    .column.of-2 {
      width: 50%;
    }
    @media screen and (max-width:480px) {
      .preheader .rightColumnContent,
      .footer .rightColumnContent {
        text-align: left !important;
      }
      table.wrapper-mobile {
        width: 100% !important;
        table-layout: fixed;
      }
      img.max-width {
        height: auto !important;
        max-width: 100% !important;
      }
    }"""

text = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html data-editor-version="2" class="sg-campaigns" xmlns="http://www.w3.org/1999/xhtml">
    <head>
      <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1">
      <!--[if !mso]><!-->
      <meta http-equiv="X-UA-Compatible" content="IE=Edge">
      <!--<![endif]-->
      <!--[if (gte mso 9)|(IE)]>
      <xml>
        <o:OfficeDocumentSettings>
          <o:AllowPNG/>
          <o:PixelsPerInch>96</o:PixelsPerInch>
        </o:OfficeDocumentSettings>
      </xml>
      <![endif]-->
      <!--[if (gte mso 9)|(IE)]>
  <style type="text/css">
    body {{width: 600px;margin: 0 auto;}}
    table {{border-collapse: collapse;}}
    table, td {{mso-table-lspace: 0pt;mso-table-rspace: 0pt;}}
    img {{-ms-interpolation-mode: bicubic;}}
  </style>
<![endif]-->
      <style type="text/css">
{STYLE}
  </style>
      <!--user entered Head Start--><!--End Head user entered-->
    </head>
    <body>
      <center class="wrapper" data-link-color="#1188E6" data-body-style="font-size:14px; font-family:arial,helvetica,sans-serif; color:#000000; background-color:#FFFFFF;">
        <div class="webkit">
          <table cellpadding="0" cellspacing="0" border="0" width="100%" class="wrapper" bgcolor="#FFFFFF">
            <tr>
              <td valign="top" bgcolor="#FFFFFF" width="100%">
                <table width="100%" role="content-container" class="outer" align="center" cellpadding="0" cellspacing="0" border="0">
                  <tr>
                    <td width="100%">
                      <table width="100%" cellpadding="0" cellspacing="0" border="0">
                        <tr>
                          <td>
                            <!--[if mso]>
    <center>
    <table><tr><td width="600">
  <![endif]-->
                                    <table width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%; max-width:600px;" align="center">
                                      <tr>
                                        <td role="modules-container" style="padding:0px 0px 0px 0px; color:#000000; text-align:left;" bgcolor="#FFFFFF" width="100%" align="left">{"".join(mods)}{unsub}</td>
                                      </tr>
                                    </table>
                                    <!--[if mso]>
                                  </td>
                                </tr>
                              </table>
                            </center>
                            <![endif]-->
                          </td>
                        </tr>
                      </table>
                    </td>
                  </tr>
                </table>
              </td>
            </tr>
          </table>
        </div>
      </center>
    <img src="{CT}/wf/open?upn={upn('open-pixel')}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/></body>
  </html>
'''
write_only(F, text, keys(F))
