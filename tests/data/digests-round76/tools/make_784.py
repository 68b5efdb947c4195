#!/usr/bin/env python3
"""784: a Mautic 4 e-mail "web view" page (`/email/view/{idHash}`) of a German institute's reading-circle newsletter,
built with Mautic's legacy builder theme: `data-section-wrapper` / `data-section` / `data-slot-container` /
`data-slot="text"` attributes, nested presentation tables, inline styles, MSO conditional comments, the preheader
div; every link replaced by Mautic's click tracking `/r/{24-hex redirect id}?ct={base64 PHP serialize(), percent-
encoded}` (arXiv addresses therefore only as visible text under the titles), `{webview_url}` already resolved, the
unsubscribe / preferences links under `/email/unsubscribe/{idHash}`. Training recipes and parameter-efficient
fine-tuning."""
import base64, hashlib, html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(784)
S = "https://news.ils.example.de"
IDH = "65e6f0c3a8b41926458125"
EMAIL_ID, LEAD = 14, 3817


def ser(v):
    if isinstance(v, int): return f"i:{v};"
    if isinstance(v, str): return f's:{len(v.encode())}:"{v}";'
    items = v.items() if isinstance(v, dict) else enumerate(v)
    return f"a:{len(v)}:{{" + "".join(ser(k) + ser(x) for k, x in items) + "}"


CT = quote(base64.b64encode(ser({"source": ["email", EMAIL_ID], "email": EMAIL_ID, "stat": IDH, "lead": LEAD,
                                 "channel": {"email": EMAIL_ID}}).encode()).decode(), safe="")


def tr(url):
    rid = hashlib.sha1(url.encode()).hexdigest()[:24]
    return f"{S}/r/{rid}?ct={CT}"


def a(url, label, style="color:#0b5cad;text-decoration:none;"):
    return f'<a href="{tr(url)}" style="{style}">{label}</a>'


def item(k, desc, url=None, plain=None):
    t = html.escape(T(k), quote=False)
    head = a(url, t, "color:#0b3c6d;text-decoration:none;font-weight:bold;") if url else f'<strong style="color:#0b3c6d;">{t}</strong>'
    extra = f'<br><span style="font-size:12px;color:#6b7280;">{plain}</span>' if plain else ""
    return (f'<tr><td style="padding:0 0 18px 0;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">'
            f'{head}<br><span style="font-size:13px;color:#52606d;">{html.escape(au(k, 3))}</span>{extra}<br>{desc}</td></tr>')


ARX = lambda k: f"https://arxiv.org/abs/{k}"
items1 = [
    item("2106.09685", "Der Klassiker: eingefrorene Gewichte plus trainierbare Matrizen niedrigen Rangs. Bitte vorab Abschnitt 4 lesen.",
         plain="arXiv:2106.09685 (PDF im Intranet, Link folgt im Wiki)"),
    item("2303.10512", "Verteilt das Rang-Budget per SVD-Zerlegung adaptiv auf die Gewichtsmatrizen. Vortrag: Jana.",
         ARX("2303.10512"), plain=ARX("2303.10512")),
    item("2106.10199", "Nur die Bias-Terme werden trainiert – überraschend stark bei kleinen Datensätzen. Ohne Link, das PDF liegt im Teams-Kanal."),
    item("2205.05638", "Vergleicht PEFT mit In-Context-Learning bei gleichen Kosten und stellt (IA)³ vor.",
         ARX("2205.05638"), plain=ARX("2205.05638")),
    item("2103.10385", "Kontinuierliche Prompts mit einem kleinen Encoder; Vorläufer vieler Prompt-Tuning-Varianten. Titel genügt zum Finden."),
]
items2 = [
    item("1711.05101", "Warum L2-Regularisierung und Weight Decay bei Adam nicht dasselbe sind. Pflichtlektüre vor dem Hands-on.",
         ARX("1711.05101"), plain=ARX("1711.05101")),
    item("2101.01761", "Lernt Dropout-Muster per Reinforcement Learning statt sie von Hand festzulegen. Optional."),
    item("2103.14625", "Interaktive Visualisierung von Attention-Köpfen; es gibt auch eine Online-Demo (Software, kein Paper)."),
]


def section(title, inner):
    return f"""<div data-section-wrapper="1">
<center>
<table data-section="1" style="width:600px;" width="600" cellpadding="0" cellspacing="0" role="presentation">
<tbody><tr><td>
<div data-slot-container="1" style="min-height:30px;">
<div data-slot="text"><h2 style="font-family:Helvetica,Arial,sans-serif;font-size:20px;color:#0b3c6d;margin:24px 0 12px 0;">{title}</h2></div>
<div data-slot="text"><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tbody>
{inner}
</tbody></table></div>
</div>
</td></tr></tbody>
</table>
</center>
</div>
"""


text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Lesezirkel-Newsletter #12 – März 2024</title>
<!--[if mso]><style type="text/css">body, table, td {{font-family: Arial, Helvetica, sans-serif !important;}}</style><![endif]-->
<style type="text/css">
body {{ margin:0; padding:0; background-color:#eef2f6; }}
table {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
@media only screen and (max-width:620px) {{ table[data-section] {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#eef2f6;">
<div style="display:none;font-size:1px;color:#eef2f6;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">LoRA, AdaLoRA, BitFit &amp; Co.: Das Programm für März – plus Hands-on zu Optimierern.</div>
<div data-section-wrapper="1">
<center>
<table data-section="1" style="width:600px;background-color:#0b3c6d;" width="600" cellpadding="0" cellspacing="0" role="presentation">
<tbody><tr><td style="padding:24px 32px;">
<div data-slot-container="1">
<div data-slot="text"><p style="font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#c6d4e1;margin:0;">Institut für Lernende Systeme · Lesezirkel Effizientes Fine-Tuning</p>
<h1 style="font-family:Helvetica,Arial,sans-serif;font-size:26px;color:#ffffff;margin:8px 0 0 0;">Newsletter #12 – März 2024</h1></div>
</div>
</td></tr></tbody>
</table>
</center>
</div>
<div data-section-wrapper="1">
<center>
<table data-section="1" style="width:600px;background-color:#ffffff;" width="600" cellpadding="0" cellspacing="0" role="presentation">
<tbody><tr><td style="padding:24px 32px 0 32px;">
<div data-slot-container="1">
<div data-slot="text"><p style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">Hallo Kerstin,</p>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2933;">im März geht es um parameter-effizientes Fine-Tuning und um die kleinen Stellschrauben im Trainingsrezept. Wir treffen uns wie immer dienstags um 16:00 Uhr in Raum B 2.14 – oder per {a("https://meet.example.de/lesezirkel-ils", "Videokonferenz")}. Die Folien der letzten Sitzung findet ihr im {a("https://wiki.ils.example.de/lesezirkel/sitzung-11", "Wiki")}.</p></div>
</div>
</td></tr></tbody>
</table>
</center>
</div>
{section("Teil 1: Adapter, Low-Rank &amp; Prompts", chr(10).join(items1))}
{section("Teil 2: Optimierung &amp; Regularisierung", chr(10).join(items2))}
<div data-section-wrapper="1">
<center>
<table data-section="1" style="width:600px;background-color:#f7f9fb;" width="600" cellpadding="0" cellspacing="0" role="presentation">
<tbody><tr><td style="padding:20px 32px;">
<div data-slot-container="1">
<div data-slot="text"><h3 style="font-family:Helvetica,Arial,sans-serif;font-size:17px;color:#0b3c6d;margin:0 0 8px 0;">Außerdem</h3>
<ul style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:21px;color:#1f2933;padding-left:18px;">
<li>Hands-on am 26.03.: Wir probieren die {a("https://github.com/huggingface/peft", "PEFT-Bibliothek von Hugging Face")} auf dem Institutscluster aus (Software, bitte vorher <code>pip install peft</code>).</li>
<li>Tipp: der kostenlose Kurzkurs {a("https://www.deeplearning.ai/short-courses/", "„Finetuning Large Language Models“")} (DeepLearning.AI) – ein Kurs, kein Paper.</li>
<li>Podcast-Folge „Training auf kleinem Budget“ mit Gästen aus unserem Institut – {a("https://podcast.ils.example.de/folge-31", "jetzt anhören")}.</li>
<li>Stellenanzeige: studentische Hilfskraft (10 h/Woche) für die Evaluations-Pipeline – {a("https://jobs.ils.example.de/hiwi-eval-2024", "zur Ausschreibung")}.</li>
</ul></div>
</div>
</td></tr></tbody>
</table>
</center>
</div>
<div data-section-wrapper="1">
<center>
<table data-section="1" style="width:600px;" width="600" cellpadding="0" cellspacing="0" role="presentation">
<tbody><tr><td style="padding:20px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:17px;color:#7b8794;text-align:center;">
<div data-slot-container="1">
<div data-slot="text"><p>Institut für Lernende Systeme · Beispielstraße 12 · 12345 Beispielstadt<br>
Sie erhalten diese E-Mail, weil Sie sich für den Lesezirkel angemeldet haben.<br>
<a href="{S}/email/unsubscribe/{IDH}" style="color:#7b8794;">Abmelden</a> · <a href="{S}/email/unsubscribe/{IDH}" style="color:#7b8794;">Einstellungen verwalten</a> · <a href="{S}/email/view/{IDH}" style="color:#7b8794;">Im Browser ansehen</a></p></div>
</div>
</td></tr></tbody>
</table>
</center>
</div>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
