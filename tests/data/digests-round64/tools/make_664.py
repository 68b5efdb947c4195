#!/usr/bin/env python3
"""664: the mirror ("Visualizza nel browser") page of a Brevo (ex-Sendinblue) campaign built with the classic
drag-and-drop editor: XHTML 1.0 Transitional doctype with VML namespaces, the rnb-* style block, main-template /
templateContainer tables, one table per block with name / id "Layout_N", MSO conditional comments, a hidden
preheader, contact attributes already merged, link tracking off (links kept as written), a footer with the
unsubscribe / profile links on the r.sp1-brevo.net host and the Brevo logo. An Italian newsletter on diffusion."""
import html as H, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F664, keys

E = lambda s: H.escape(s, quote=False)
blocks = []


def layout(inner, bg="#ffffff"):
    n = len(blocks)
    blocks.append(f"""<div style="background-color: {bg};">
<table class="rnb-del-min-width rnb-tmpl-width" width="100%" cellpadding="0" border="0" cellspacing="0" style="min-width:590px;" name="Layout_{n}" id="Layout_{n}">
<tbody><tr>
<td class="rnb-del-min-width" align="center" valign="top" style="min-width:590px;">
<table width="100%" cellpadding="0" border="0" bgcolor="{bg}" align="center" cellspacing="0" style="background-color: {bg};">
<tbody><tr>
<td height="20" style="font-size:1px; line-height:20px; mso-hide: all;">&nbsp;</td>
</tr>
<tr>
<td valign="top" class="rnb-container-padding" align="left" style="padding-left: 20px; padding-right: 20px;">
<div style="font-size:14px; color:#3c4858; line-height: 21px; font-family:Arial,Helvetica,sans-serif;">{inner}</div>
</td>
</tr>
<tr>
<td height="20" style="font-size:1px; line-height:20px; mso-hide: all;">&nbsp;</td>
</tr>
</tbody></table>
</td>
</tr>
</tbody></table>
</div>""")


def a(url, label):
    return f'<a href="{E(url)}" style="text-decoration: underline; color: rgb(52, 9, 121);">{label}</a>'


layout('<div style="text-align: center;"><span style="font-size:11px; color:#888888;">Problemi di visualizzazione? '
       + a("https://x7kq2.r.sp1-brevo.net/mk/mr/sh/1t6AVsd2XFnIGKAdc2cGX7e2kH3ZF/zqXnR8Eb0Wkl", "Visualizza nel browser") + "</span></div>", "#f9fafc")
layout('<div style="text-align: center;"><img border="0" hspace="0" vspace="0" width="180" class="rnb-logo-img" '
       'src="https://img.mailinblue.com/4812736/images/rnb/original/65d3a1f2b7c9e.png" alt="Rumore Gaussiano" '
       'style="float: left;max-width:180px;display:block;" /></div>')
layout(f"""<h1 style="font-size: 26px; line-height: 32px; color: #340979;">Rumore Gaussiano &mdash; n. 14, marzo 2024</h1>
<div>La newsletter del gruppo di lettura sui modelli generativi del Laboratorio di Visione di Torre Alta (esempio).</div>
<div>&nbsp;</div>
<div>Ciao Chiara,</div>
<div>questo mese parliamo di <strong>trasformatori a flusso rettificato</strong>, di generazione 3D da una sola immagine e di un ripasso dei classici. Come sempre, trovi le slide degli incontri nella cartella condivisa.</div>""")
layout(f"""<h2 style="font-size: 20px; color: #340979;">&#128293; La novit&agrave; del mese</h2>
<div><strong>{E(T('2403.03206'))}</strong><br />
{E(au('2403.03206'))}<br />
{a('https://arxiv.org/abs/2403.03206', 'Leggi su arXiv')}</div>
<div>&nbsp;</div>
<div>Il lavoro dietro Stable Diffusion 3: flussi rettificati, un nuovo campionamento dei timestep e un'architettura a due flussi di token. Ne discutiamo gioved&igrave; 21 marzo alle 17:30 (aula B2).</div>""")
layout(f"""<h2 style="font-size: 20px; color: #340979;">&#129513; Dal 2D al 3D</h2>
<div><strong>{E(T('2303.11328'))}</strong> &ndash; {E(au('2303.11328'))} (ICCV 2023) &ndash; {a('https://arxiv.org/pdf/2303.11328', 'PDF')}</div>
<div>&nbsp;</div>
<div>Un modello di diffusione condizionato sul punto di vista della camera. Per chi vuole provare: il checkpoint &egrave; su Hugging Face (modello, non articolo).</div>""")
layout(f"""<h2 style="font-size: 20px; color: #340979;">&#128218; Ripasso dei classici</h2>
<ul>
<li>{E(T('1406.2661'))} &ndash; {E(au('1406.2661'))}, NIPS 2014.</li>
<li>{E(T('1503.03585'))} &ndash; {E(au('1503.03585'))}, ICML 2015.</li>
<li>{E(T('2010.02502'))} &ndash; {E(au('2010.02502'))} &ndash; {a('https://openreview.net/forum?id=St1giarCHLP', 'OpenReview')}</li>
<li>{E(T('2105.05233'))} &ndash; {E(au('2105.05233'))} &ndash; {a('https://arxiv.org/abs/2105.05233', 'arxiv.org/abs/2105.05233')}</li>
<li>{E(T('2207.12598'))} &ndash; {E(au('2207.12598'))} (arXiv:2207.12598)</li>
</ul>""")
layout(f"""<h2 style="font-size: 20px; color: #340979;">&#128172; Dalla mailing list</h2>
<div>Marco ci chiede se valga la pena leggere anche {E(T('2106.05931'))} ({E(au('2106.05931'))}, NeurIPS 2021). La risposta breve &egrave; s&igrave;: spiega bene perch&eacute; lavorare nello spazio latente. Lo mettiamo in calendario ad aprile.</div>
<div>&nbsp;</div>
<div><em>Non sono articoli, ma li consigliamo:</em> il corso &laquo;Diffusion Models from Scratch&raquo; su YouTube, la documentazione della libreria diffusers e il blog &laquo;What are Diffusion Models?&raquo; di Lilian Weng.</div>""")
layout(f"""<h2 style="font-size: 20px; color: #340979;">&#128197; Prossimi incontri</h2>
<table width="100%" cellpadding="4" cellspacing="0" border="0" style="font-size:13px;">
<tbody><tr><td><strong>21/03</strong></td><td>Flussi rettificati per la sintesi di immagini (relatrice: Chiara)</td></tr>
<tr><td><strong>04/04</strong></td><td>Diffusione latente e VAE gerarchici (relatore: Marco)</td></tr>
<tr><td><strong>18/04</strong></td><td>Hackathon: fine-tuning con LoRA su GPU del laboratorio</td></tr>
</tbody></table>""", "#f3f0fa")
layout(f"""<div style="text-align: center; font-size: 11px; color: #888888;">Hai ricevuto questa email perch&eacute; sei iscritta alla newsletter Rumore Gaussiano con l'indirizzo chiara.fontana@torrealta.example.it.<br />
Laboratorio di Visione di Torre Alta (esempio) &middot; Via dei Mulini 12, 10100 Torino (esempio)<br />
{a('https://x7kq2.r.sp1-brevo.net/mk/un/v2/sh/1t6AVsd2XFnIGKAdc2cGX7e2kH3ZF/zqXnR8Eb0Wkl?lang=it&source=footer', 'Cancella iscrizione')} &middot; {a('https://x7kq2.r.sp1-brevo.net/mk/pr/sh/1t6AVsd2XFnIGKAdc2cGX7e2kH3ZF/zqXnR8Eb0Wkl', 'Aggiorna il profilo')}</div>
<div>&nbsp;</div>
<div style="text-align: center;"><a href="https://www.brevo.com?utm_source=logo_client&amp;utm_medium=email"><img width="130" height="48" alt="Brevo" style="display:block !important;max-width:130px !important;" src="https://creative-assets.mailinblue.com/rnb-assets/it.png" /></a></div>""", "#f9fafc")

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<!--[if !mso]><!-->
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<!--<![endif]-->
<title>Rumore Gaussiano n. 14 &ndash; flussi rettificati e generazione 3D</title>
<style type="text/css">
#outlook a{{ padding:0; }}
.ReadMsgBody{{ width:100%; }} .ExternalClass{{ width:100%; }}
.ExternalClass *{{ line-height: 100%; }}
body{{ margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
table, td{{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
img{{ border:0; height:auto; line-height:100%; outline:none; text-decoration:none; -ms-interpolation-mode:bicubic; }}
.rnb-del-min-width{{ min-width: 0 !important; }}
.rnb-container-padding a{{ color: rgb(52, 9, 121); }}
@media only screen and (max-width: 590px) {{
    .templateContainer{{ display:table !important; width:100% !important; }}
    .rnb-del-min-width{{ min-width: 0 !important; }}
    .rnb-tmpl-width{{ width:100% !important; }}
    .rnb-logo-img{{ max-width: 140px !important; }}
}}
</style>
<!--[if gte mso 11]><style type="text/css">table{{ border-spacing: 0; }} table td {{ border-collapse: separate; }}</style><![endif]-->
</head>
<body>
<span class="preheader" style="display:none !important; mso-hide:all; visibility:hidden; opacity:0; color:transparent; height:0; width:0; font-size:0; max-height:0; overflow:hidden;">Flussi rettificati, Zero-1-to-3 e un ripasso dei classici della diffusione</span>
<table class="main-template" border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#f9fafc" style="background-color: rgb(249, 250, 252);">
<tbody><tr>
<td align="center" valign="top">
<!--[if gte mso 9]>
<table align="center" border="0" cellspacing="0" cellpadding="0" width="590" style="width:590px;">
<tr>
<td align="center" valign="top" width="590" style="width:590px;">
<![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="590" class="templateContainer" style="max-width:590px!important; width: 590px;">
<tbody><tr>
<td align="center" valign="top">
{chr(10).join(blocks)}
</td>
</tr>
</tbody></table>
<!--[if gte mso 9]>
</td>
</tr>
</table>
<![endif]-->
</td>
</tr>
</tbody></table>
</body>
</html>
"""
write_only(F664, page, keys(F664), [H.unescape(page)])
