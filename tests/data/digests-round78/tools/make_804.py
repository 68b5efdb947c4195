#!/usr/bin/env python3
"""804: the "view in browser" page of a HubSpot marketing e-mail (drag-and-drop editor, 2024): the HubSpot e-mail
head (x-apple-disable-message-reformatting, MSO `<!--[if gte mso 9]>` OfficeDocumentSettings, generator HubSpot),
a hidden preview text, `hse-body-background` / `hse-section` / `hse-column-container` layout with MSO conditional
tables, `hs_cos_wrapper` divs (`data-hs-cos-general-type="widget"`, `data-hs-cos-type="module"` / `rich_text`),
`hs_padded` cells, and every link rewritten with HubSpot's tracking parameters (`utm_campaign`, `utm_medium=email`,
`_hsmi`, `_hsenc=p2ANqtz-…`, `utm_content`, `utm_source=hs_email`, `&amp;`-escaped), `data-hs-link-id`; footer with
the sender's address and the manage-preferences / unsubscribe links. German; papers on LLM agents, reasoning and
reinforcement learning."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(804)
HSMI = "297455102"
HSENC = "p2ANqtz-" + hashlib.sha256(b"round78-804").hexdigest()[:22].replace("a", "Q").replace("3", "_") + "Xk2cR8vLwB9yNq0eHm-T4uZa7sJd"
CAMPAIGN = "KI-Lesezirkel%20Nr.%2012"
lid = [0]


def track(url):
    sep = "&amp;" if "?" in url else "?"
    return (f"{url}{sep}utm_campaign={CAMPAIGN}&amp;utm_medium=email&amp;_hsmi={HSMI}&amp;_hsenc={HSENC}"
            f"&amp;utm_content={HSMI}&amp;utm_source=hs_email")


def a(url, text, color="#00a4bd"):
    lid[0] += 1
    return (f'<a href="{track(url)}" style="color:{color}; mso-line-height-rule:exactly" '
            f'data-hs-link-id="{lid[0] - 1}" target="_blank">{text}</a>')


def module(mid, html, rt=True):
    inner = (f'<div id="hs_cos_wrapper_{mid}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" '
             f'style="color: inherit; font-size: inherit; line-height: inherit;" data-hs-cos-general-type="widget" '
             f'data-hs-cos-type="rich_text">{html}</div>') if rt else html
    return (f'<div id="hs_cos_wrapper_{mid}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" '
            f'style="color: inherit; font-size: inherit; line-height: inherit;" data-hs-cos-general-type="widget" '
            f'data-hs-cos-type="module">\n<table role="presentation" class="hse-rich-text-table" width="100%" cellpadding="0" '
            f'cellspacing="0" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt">'
            f'<tbody><tr><td class="hs_padded" style="border-collapse:collapse; mso-line-height-rule:exactly; '
            f'padding:10px 20px">'
            f'{inner}</td></tr></tbody></table>\n</div>\n')


def section(sid, mods, bg="#FFFFFF", first=False):
    cls = "hse-section" + (" hse-section-first" if first else "")
    return (f'<div id="section-{sid}" class="{cls}" style="padding-left:10px; padding-right:10px">\n'
            f'<!--[if !((mso)|(IE))]><!-- -->\n<div class="hse-column-container" style="min-width:280px; max-width:600px; '
            f'width:100%; Margin-left:auto; Margin-right:auto; border-collapse:collapse; border-spacing:0; background-color:{bg}; '
            f'padding-top:10px; padding-bottom:10px" bgcolor="{bg}">\n<!--<![endif] -->\n'
            f'<!--[if (mso)|(IE)]>\n<div class="hse-column-container" style="min-width:280px;max-width:600px;width:100%;'
            f'Margin-left:auto;Margin-right:auto;border-collapse:collapse;border-spacing:0;background-color:{bg};">\n'
            f'<table align="center" style="border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;width:600px;" '
            f'cellpadding="0" cellspacing="0" role="presentation" width="600" bgcolor="{bg}">\n<tr style="background-color:{bg};">\n'
            f'<![endif]-->\n\n<!--[if (mso)|(IE)]>\n<td valign="top" style="width:600px;">\n<![endif]-->\n'
            f'<!--[if gte mso 9]>\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            f'style="border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;width:600px">\n<![endif]-->\n'
            f'<div id="column-{sid}-0" class="hse-column hse-size-12">\n' + "".join(mods) +
            '</div>\n<!--[if gte mso 9]></table><![endif]-->\n<!--[if (mso)|(IE)]></td><![endif]-->\n\n'
            '<!--[if (mso)|(IE)]></tr></table><![endif]-->\n\n</div>\n</div>\n')


P = lambda s: f'<p style="mso-line-height-rule:exactly; line-height:175%">{s}</p>'
H = lambda s: f'<h2 style="margin:0; mso-line-height-rule:exactly; font-size:22px">{s}</h2>'

S = []
S.append(section("0-0", [module("module-0-0-0",
 '<div style="text-align:center"><img alt="KI-Lesezirkel Logo" src="https://newsletter.example.de/hubfs/lesezirkel-logo.png" '
 'style="outline:none; text-decoration:none; -ms-interpolation-mode:bicubic; max-width:100%; font-size:16px" width="180" '
 'align="middle"></div>', rt=False), module("module-0-0-1",
 H("Agenten, Planung und Belohnungen") +
 P("Hallo {vorname}, ".replace("{vorname}", "Jonas") + "willkommen zur zwölften Ausgabe des KI-Lesezirkels! Diesmal dreht sich alles "
   "um Sprachmodelle, die nicht nur antworten, sondern <strong>handeln</strong> – und um die Frage, was das Reinforcement "
   "Learning dazu beiträgt. Wie immer: Die Papers sind nach Schwierigkeit sortiert, Links führen zum Volltext.") +
 P("Unser nächstes Treffen: <strong>Donnerstag, 14. März, 18:30 Uhr</strong> im Coworking-Space am Hafenkai 7 und per Stream."))], first=True))
S.append(section("1-0", [module("module-1-0-0",
 H("1. Denken und Handeln verschränken") +
 P(f'<strong>{a("https://openreview.net/forum?id=WE_vluYUL-X", T("2210.03629"))}</strong><br>{au("2210.03629")}<br>'
   "Das Modell wechselt zwischen Gedankengang und Aktion (z.&nbsp;B. einer Suchanfrage) und nutzt die Beobachtungen für den "
   "nächsten Schritt. Grundlage fast aller heutigen Agenten-Frameworks.") +
 P(f'Als Hintergrund lohnt sich <strong>{a("https://openreview.net/forum?id=_VjQlMeSB_J", T("2201.11903"))}</strong> '
   f'({au("2201.11903", 2)}) – die Arbeit, die das schrittweise Begründen per Prompt populär gemacht hat.')), module("module-1-0-1",
 H("2. Agenten messen") +
 P(f'<strong>{a("https://arxiv.org/abs/2308.03688", T("2308.03688"))}</strong><br>{au("2308.03688")}<br>'
   "Acht Umgebungen von Betriebssystem-Shell bis Web-Shopping. Spannend: der große Abstand zwischen kommerziellen und offenen "
   "Modellen. Die Bestenliste dazu ist übrigens kein Paper, sondern eine laufend aktualisierte Website."))]))
S.append(section("2-0", [module("module-2-0-0",
 H("3. Vom Text zum Roboter") +
 P(f'<strong>{a("https://arxiv.org/abs/2307.15818", T("2307.15818"))}</strong><br>{au("2307.15818")}<br>'
   "Aktionen werden einfach als Text-Token ausgegeben – ein Vision-Language-Modell wird so direkt zur Robotersteuerung.") +
 P(f'Der Vorgänger dazu: <em>{T("2204.01691")}</em> ({au("2204.01691", 2)}). Wir haben den Link diesmal weggelassen – '
   "das PDF liegt im Ordner des Lesezirkels (Zugang über das Mitgliederportal).")), module("module-2-0-1",
 H("4. Reinforcement Learning, neu gedacht") +
 P(f'<strong>{T("2106.01345")}</strong> ({au("2106.01345", 3)}), arXiv:2106.01345 – RL als Sequenzmodellierung: '
   "Statt Wertfunktionen zu lernen, sagt ein Transformer die nächste Aktion aus gewünschtem Return, Zuständen und Aktionen vorher.") +
 P("Für alle, die lieber klassisch trainieren, zwei Empfehlungen aus dem Archiv:") +
 '<ul style="mso-line-height-rule:exactly; line-height:175%">'
 f'<li><em>{T("2006.05990")}</em> – {au("2006.05990", 3)}. Über 250.000 Trainingsläufe, welche Details bei PPO &amp; Co. '
 "wirklich zählen.</li>"
 f'<li><em>{T("2101.03958")}</em> – {au("2101.03958", 3)}. Verlustfunktionen für RL werden per Evolution gesucht.</li></ul>')]))
S.append(section("3-0", [module("module-3-0-0",
 H("Außerdem") +
 '<ul style="mso-line-height-rule:exactly; line-height:175%">'
 f'<li><strong>Podcast:</strong> In Folge 31 von „{a("https://podcast.example.de/folge-31", "Maschinen lesen")}“ spricht unser '
 "Mitglied Dr. Svenja Krüger über Agenten in der Logistik.</li>"
 f'<li><strong>Code:</strong> Unser Beispiel-Agent mit Werkzeugaufrufen liegt im {a("https://git.example.de/lesezirkel/agent-demo", "Repository agent-demo")} '
 "(Python, MIT-Lizenz).</li>"
 f'<li><strong>Kurs:</strong> Die Volkshochschule bietet ab April den Abendkurs „Einführung in bestärkendes Lernen“ an – '
 "Anmeldung im Programmheft (Kursnummer H-4127).</li>"
 "<li><strong>Buchtipp:</strong> Sutton &amp; Barto, „Reinforcement Learning: An Introduction“ (2. Auflage) – frei als PDF.</li>"
 "<li><strong>Stellenanzeige:</strong> Die Hafenkai Robotics GmbH sucht eine:n Werkstudent:in für Simulation (Gymnasium, MuJoCo).</li></ul>"), module("module-3-0-1",
 f'<div style="text-align:center">{a("https://newsletter.example.de/lesezirkel-treffen-14-maerz", "Jetzt zum Treffen anmelden", "#ffffff").replace("mso-line-height-rule:exactly", "mso-line-height-rule:exactly; background-color:#ff7a59; padding:12px 18px; border-radius:8px; text-decoration:none; font-weight:bold")}</div>')], bg="#F8FAFC"))
S.append(section("4-0", [module("module-4-0-0",
 '<p style="mso-line-height-rule:exactly; font-family:Helvetica,Arial,sans-serif; font-size:12px; color:#23496d; '
 'text-align:center">KI-Lesezirkel e.V., Hafenkai 7, 20457 Hamburg, Deutschland<br>Sie erhalten diese E-Mail, weil Sie sich '
 'für den Newsletter des KI-Lesezirkels angemeldet haben.<br>'
 f'<a data-unsubscribe="true" href="https://newsletter.example.de/hs/manage-preferences/unsubscribe?languagePreference=de&amp;d=VnWFBc5y3dNJW3yqZZH8kfbjCW4pHlLm1nb-fXN1JxYhGVbvm7&amp;v=3&amp;utm_campaign={CAMPAIGN}&amp;utm_source=hs_email&amp;utm_medium=email&amp;utm_content={HSMI}&amp;_hsenc={HSENC}&amp;_hsmi={HSMI}" style="mso-line-height-rule:exactly; color:#23496d" data-hs-link-id="{lid[0]}" target="_blank">Abmelden</a> '
 f'<a data-unsubscribe="true" href="https://newsletter.example.de/hs/manage-preferences/unsubscribe-all?languagePreference=de&amp;d=VnWFBc5y3dNJW3yqZZH8kfbjCW4pHlLm1nb-fXN1JxYhGVbvm7&amp;v=3&amp;utm_campaign={CAMPAIGN}&amp;utm_source=hs_email&amp;utm_medium=email&amp;utm_content={HSMI}&amp;_hsenc={HSENC}&amp;_hsmi={HSMI}" style="mso-line-height-rule:exactly; color:#23496d" data-hs-link-id="{lid[0] + 1}" target="_blank">Einstellungen verwalten</a></p>', rt=False)], bg="#F3F4F6"))

TITLE = "KI-Lesezirkel Nr. 12 – Agenten, Planung und Belohnungen"
text = f"""<!doctype html><html xmlns:o="urn:schemas-microsoft-com:office:office" lang="de"><head>
    <title>{TITLE}</title>
    <meta property="og:title" content="{TITLE}">
    <meta name="twitter:title" content="{TITLE}">
    <meta name="x-apple-disable-message-reformatting">
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <!--[if gte mso 9]>
  <xml>
    <o:OfficeDocumentSettings>
      <o:AllowPNG/>
      <o:PixelsPerInch>96</o:PixelsPerInch>
    </o:OfficeDocumentSettings>
  </xml>
  <![endif]-->
    <style type="text/css">
      body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
      table, td {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
      p {{ display:block; margin:0 0 12px 0; }}
      @media only screen and (max-width:639px) {{
        .hse-column-container {{ width:100% !important; }}
        .hse-column {{ display:block !important; width:100% !important; }}
      }}
    </style>
    <meta name="generator" content="HubSpot"></head>
    <body bgcolor="#F3F4F6" style="margin:0 !important; padding:0 !important; font-family:Arial, sans-serif; font-size:16px; color:#23496d; word-break:break-word">
        <div class="preview-text" style="display:none !important; font-size:1px; color:#F3F4F6; line-height:1px; max-height:0px; max-width:0px; opacity:0; overflow:hidden">Sprachmodelle, die handeln: ReAct-Prinzip, Agenten-Benchmarks, Roboter und RL als Sequenzmodell.</div>
        <div class="hse-body-background" style="background-color:#F3F4F6" bgcolor="#F3F4F6">
            <table role="presentation" class="hse-body-wrapper-table" cellpadding="0" cellspacing="0" style="border-spacing:0 !important; border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; margin:0; padding:0; width:100% !important; min-width:320px !important; height:100% !important" width="100%" height="100%">
                <tbody><tr>
                    <td class="hse-body-wrapper-td" valign="top" style="border-collapse:collapse; mso-line-height-rule:exactly; font-family:Arial, sans-serif; font-size:16px; color:#23496d; word-break:break-word; padding-top:20px">
<div id="hs_cos_wrapper_main" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_dnd_area" style="color: inherit; font-size: inherit; line-height: inherit;" data-hs-cos-general-type="widget" data-hs-cos-type="dnd_area">
{"".join(S)}</div>
                    </td>
                </tr>
            </tbody></table>
        </div>
    </body></html>"""
write_only(F, text, keys(F))
