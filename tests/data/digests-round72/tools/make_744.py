#!/usr/bin/env python3
"""744: the HTML part of a ConvertKit (Kit) broadcast e-mail as a mail client saves it: XHTML transitional doctype,
table layout with inline styles, a hidden preheader, every link rewritten to ConvertKit's click tracker
(`https://click.convertkit-mail4.com/<subscriber>/<broadcast>/<base64 of the target URL>`), an open-tracking pixel,
and the footer ConvertKit requires (postal address, unsubscribe / preferences links). French newsletter on diffusion
and generative models; the newsletter prints some target URLs as visible text."""
import base64, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from common import A, ORL
from make_expected import by_num, keys
from html import escape

F = by_num(744)
k = keys(F)
SUB, BC = "qdu8k3w9xzh7", "m2hv0p4o6c3q"


def track(url):
    return f"https://click.convertkit-mail4.com/{SUB}/{BC}/" + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def a(url, txt, style="color:#7c3aed;text-decoration:underline"):
    return f'<a href="{escape(track(url))}" style="{style}" target="_blank">{txt}</a>'


P = lambda s: f'<p style="margin:0 0 16px 0;font-size:16px;line-height:1.6;color:#1f2937">{s}</p>'
H = lambda s: f'<h2 style="margin:24px 0 12px 0;font-size:20px;line-height:1.3;color:#111827">{s}</h2>'
body = [
 P("Bonjour à toutes et à tous,"),
 P("Cette semaine, un numéro entièrement consacré aux <strong>modèles de diffusion</strong> et à leurs cousins génératifs. "
   "Comme toujours : trois lectures approfondies, quelques brèves, et les liens en clair en bas du message pour celles et ceux "
   "dont le client mail casse les liens suivis."),
 H("1. La lecture de fond"),
 P(f"<strong>{escape(T('2011.13456'))}</strong><br/>{escape(au('2011.13456', 3, ' et al.'))} — ICLR 2021. "
   f"Le papier qui unifie les modèles à score et les DDPM dans le cadre des équations différentielles stochastiques. "
   f"{a(ORL('2011.13456'), 'Lire les reviews sur OpenReview')}"),
 H("2. Génération d’images à haute résolution"),
 P(f"<strong>{escape(T('2307.01952'))}</strong><br/>{escape(au('2307.01952', 3, ' et al.'))} (2023). "
   f"UNet trois fois plus gros, double encodeur de texte et étage de raffinement. {a(A('2307.01952'), 'Le papier sur arXiv')}"),
 P(f"À lire en parallèle : <strong>{escape(T('2302.05543'))}</strong> ({escape(au('2302.05543', 3, ''))}) — "
   f"le contrôle par cartes de contours ou de poses. Le dépôt GitHub officiel {a('https://github.com/lllyasviel/ControlNet', 'est ici')} "
   f"(c’est du code, pas un article)."),
 H("3. Personnalisation"),
 P(f"<strong>{escape(T('2208.01618'))}</strong><br/>{escape(au('2208.01618', 3, ' et al.'))}. "
   f"Un seul nouveau « mot » appris dans l’espace d’embedding suffit. {a(A('2208.01618'), 'arXiv')}"),
 H("Brèves"),
 f'<ul style="margin:0 0 16px 20px;padding:0;font-size:16px;line-height:1.6;color:#1f2937">'
 f'<li style="margin-bottom:8px">Échantillonnage en une étape : <em>{escape(T("2303.01469"))}</em> ({escape(au("2303.01469", 3, " et al."))}), arXiv:2303.01469.</li>'
 f'<li style="margin-bottom:8px">Le classique à relire : <em>{escape(T("2006.11239"))}</em> — {escape(au("2006.11239", 3, ""))}, NeurIPS 2020.</li>'
 f'<li style="margin-bottom:8px">Côté audio : <em>{escape(T("2009.09761"))}</em> — {a(A("2009.09761"), "arXiv")}.</li>'
 f'<li style="margin-bottom:8px">Hors diffusion mais dans le thème : <em>{escape(T("2010.02014"))}</em> ({escape(au("2010.02014", 2, ""))}).</li>'
 f'<li style="margin-bottom:8px">Cours gratuit de Hugging Face sur les modèles de diffusion (cours en ligne, pas un papier) : {a("https://huggingface.co/learn/diffusion-course", "par ici")}.</li>'
 f'</ul>',
 H("Liens en clair"),
 f'<p style="margin:0 0 16px 0;font-size:13px;line-height:1.6;color:#4b5563;font-family:Menlo,Consolas,monospace">'
 f'{ORL("2011.13456")}<br/>{A("2307.01952")}<br/>{A("2208.01618")}<br/>{A("2009.09761")}</p>',
 P("Bonne lecture, et à dans deux semaines !<br/>— Camille, pour <em>Le Bruit Gaussien</em>"),
 P(f'Vous aimez cette lettre ? {a("https://lebruitgaussien.example.org/parrainage", "Transférez-la à un·e collègue")} '
   f'ou {a("https://lebruitgaussien.example.org/archives", "parcourez les archives")}.'),
]
text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>Le Bruit Gaussien #38 — Spécial diffusion</title>
<style type="text/css">
  body {{ margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }}
  table, td {{ border-collapse: collapse; mso-table-lspace: 0pt; mso-table-rspace: 0pt; }}
  img {{ border: 0; height: auto; line-height: 100%; outline: none; text-decoration: none; }}
  @media only screen and (max-width: 600px) {{
    .ck-container {{ width: 100% !important; }}
    .ck-padding {{ padding: 16px !important; }}
  }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6">
<div class="preheader" style="display:none;font-size:1px;color:#f3f4f6;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden">Trois lectures sur la diffusion, des brèves et un cours gratuit.&#847; &#847; &#847; &#847; &#847; &#847; &#847; &#847;</div>
<table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color:#f3f4f6">
<tr>
<td align="center" style="padding:24px 0">
<table role="presentation" class="ck-container" width="600" border="0" cellpadding="0" cellspacing="0" style="background-color:#ffffff;border-radius:6px">
<tr>
<td class="ck-padding" style="padding:32px 40px 8px 40px;font-family:Georgia,'Times New Roman',serif">
<p style="margin:0 0 4px 0;font-size:12px;letter-spacing:1px;text-transform:uppercase;color:#7c3aed">Le Bruit Gaussien · n° 38 · 14 mars 2024</p>
<h1 style="margin:0 0 24px 0;font-size:28px;line-height:1.2;color:#111827">Spécial diffusion</h1>
</td>
</tr>
<tr>
<td class="ck-padding" style="padding:0 40px 24px 40px;font-family:Georgia,'Times New Roman',serif">
{chr(10).join(body)}
</td>
</tr>
</table>
<table role="presentation" class="ck-container" width="600" border="0" cellpadding="0" cellspacing="0">
<tr>
<td align="center" style="padding:24px 40px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:1.5;color:#6b7280">
<p style="margin:0 0 8px 0">Le Bruit Gaussien · 12 rue des Exemples · 69007 Lyon · France</p>
<p style="margin:0 0 8px 0">{a("https://lebruitgaussien.example.org/unsubscribe?s=" + SUB, "Se désinscrire", "color:#6b7280;text-decoration:underline")} · {a("https://lebruitgaussien.example.org/preferences?s=" + SUB, "Mettre à jour votre profil", "color:#6b7280;text-decoration:underline")}</p>
<p style="margin:0"><a href="https://convertkit.com?utm_campaign=poweredby&amp;utm_content=email&amp;utm_medium=referral&amp;utm_source=dynamic" target="_blank"><img src="https://static.convertkit.com/app/assets/images/email/built-with-kit.png" alt="Built with Kit" width="120" height="24" style="display:inline-block" /></a></p>
</td>
</tr>
</table>
</td>
</tr>
</table>
<img src="https://open.convertkit-mail4.com/{SUB}/{BC}" alt="" width="1" height="1" style="display:block;height:1px;width:1px" />
</body>
</html>
"""
import re
forms = [base64.urlsafe_b64decode(m + "=" * (-len(m) % 4)).decode() for m in re.findall(r"convertkit-mail4\.com/\w+/\w+/([\w-]+)", text)]
write_only(F, text, k, forms=forms)
