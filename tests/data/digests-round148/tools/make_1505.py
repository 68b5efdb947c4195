#!/usr/bin/env python3
"""1505: the web version of a Hindi research newsletter sent with SendX, saved from the browser as HTML: an e-mail
layout of nested tables (HTML5 doctype, lang="hi", UTF-8), the hidden preheader, the "view in browser" line, the
masthead with the issue number and the date (Hindi weekday and month, computed), an intro, five paper cards (an author
line in Latin script, a Hindi summary, at most one button), a box of older papers without links, a webinar notice, and
SendX's footer (address, unsubscribe and preferences links with `&amp;` in the query, the "Sent with SendX" badge).
Not papers: DomainBed and timm (software), the Flower framework, an NPTEL course, a Kaggle competition, the webinar.
Nicknames: ViT-G, Copy-Paste, DomainBed, FedDyn — labelled where the full titles are written."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1505, keys

HI_WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
HI_M = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def hd(d):
    return f"{HI_WD[d.weekday()]}, {d.day} {HI_M[d.month - 1]} {d.year}"


ISSUE, DATE, EVENT = 37, dt.date(2024, 6, 20), dt.date(2024, 6, 29)
NAME = "शोधपत्र साप्ताहिकी"
CAMP = "6671b9e2c4a81f0012d3a5b7"
SUB = "sub_9f3c2a71e0"
CARDS = [
    ("2106.04560", "https://arxiv.org/abs/2106.04560", "विज़न ट्रांसफ़ॉर्मर को मॉडल, डेटा और कम्प्यूट तीनों में बढ़ाने पर क्या होता है — ViT-G/14 और स्केलिंग के नियम। छोटे डेटासेट पर फ़ाइन-ट्यूनिंग वाले हिस्से को ज़रूर पढ़ें।"),
    ("2012.07177", "https://arxiv.org/abs/2012.07177", "एक चित्र की वस्तुएँ काटकर दूसरे चित्र पर चिपका दीजिए — इतना सरल तरीका इंस्टेंस सेगमेंटेशन में इतना असरदार क्यों है।"),
    ("2007.01434", "https://arxiv.org/pdf/2007.01434", "डोमेन जनरलाइज़ेशन के दर्जनों तरीकों की ईमानदार तुलना; साथ में DomainBed कोड भी (कोड अलग चीज़ है, पेपर यही है)।"),
    ("2111.04263", "https://arxiv.org/abs/2111.04263", "फ़ेडरेटेड लर्निंग में हर डिवाइस के लिए गतिशील रेगुलराइज़ेशन — FedDyn। Flower फ़्रेमवर्क में इसका उदाहरण भी मौजूद है।"),
    ("2103.14586", None, "ViT और ResNet की मज़बूती की तुलना: प्राकृतिक बदलाव, एडवर्सेरियल हमले और पैच हटाने पर क्या होता है (arXiv:2103.14586)। इस बार लिंक नहीं, शीर्षक से खोज लें।"),
]
OLD = ["2004.07780", "2010.08515", "2010.00554"]


def e(s):
    return html.escape(s, quote=False)


def card(k, url, text):
    btn = (f'\n<tr><td style="padding:8px 0 0 0;"><a href="{url}" target="_blank" style="background:#e4572e;color:#ffffff;'
           f'padding:9px 18px;border-radius:4px;text-decoration:none;display:inline-block;">पेपर पढ़ें →</a></td></tr>') if url else ""
    return (f'<tr><td style="padding:16px 24px;border-bottom:1px solid #eeeeee;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">\n'
            f'<tr><td><h3 style="margin:0 0 4px 0;font-size:17px;color:#1b263b;">{e(T(k))}</h3></td></tr>\n'
            f'<tr><td dir="ltr" style="font-size:12px;color:#778899;">{e(au(k, 3))}</td></tr>\n'
            f'<tr><td style="font-size:15px;line-height:1.6;color:#333333;padding-top:6px;">{e(text)}</td></tr>{btn}\n</table>\n</td></tr>')


old = "\n".join(f"<li>{e(T(k))} <span style=\"color:#778899;\">({e(au(k, 2))})</span></li>" for k in OLD)
doc = f"""<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{NAME} #{ISSUE}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f7;font-family:'Noto Sans Devanagari',Arial,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">इस हफ़्ते: मज़बूती, डोमेन जनरलाइज़ेशन और फ़ेडरेटेड लर्निंग पर पाँच पेपर</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center" style="padding:10px;font-size:12px;color:#888888;">ईमेल ठीक से नहीं दिख रहा? <a href="https://app.sendx.io/campaigns/{CAMP}/web-version?sid={SUB}&amp;s=wv" target="_blank">ब्राउज़र में देखें</a></td></tr>
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="background:#1b263b;color:#ffffff;padding:20px 24px;"><h1 style="margin:0;font-size:24px;">{NAME} #{ISSUE}</h1><p style="margin:4px 0 0 0;font-size:13px;">{hd(DATE)}</p></td></tr>
<tr><td style="padding:18px 24px;font-size:15px;line-height:1.6;">नमस्ते दोस्तों!<br>इस अंक का विषय है <b>मज़बूती और सामान्यीकरण</b>: मॉडल ट्रेनिंग डेटा से बाहर की दुनिया में कैसे बर्ताव करते हैं। हर पेपर के नीचे छोटा-सा सार है; जिन पेपरों का लिंक नहीं है, उन्हें शीर्षक से खोजें। — अनन्या मिश्रा और रोहित वर्मा, नवभारत तकनीकी संस्थान (पुणे) का रीडिंग ग्रुप</td></tr>
{chr(10).join(card(*c) for c in CARDS)}
<tr><td style="padding:16px 24px;background:#fff8e7;">
<h3 style="margin:0 0 6px 0;font-size:16px;">पुराने पन्नों से</h3>
<ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.7;">
{old}
</ul>
<p style="margin:6px 0 0 0;font-size:13px;color:#666666;">ये तीनों पिछले महीने की चर्चा में आए थे; लिंक हमारे साझा फ़ोल्डर में हैं।</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;line-height:1.6;"><b>वेबिनार:</b> {hd(EVENT)}, शाम 6:30 बजे — "timm से ViT फ़ाइन-ट्यूनिंग, शुरुआत से" (डॉ. कविता नायर)। पंजीकरण: <a href="https://forms.gle/Qm4sXv8LpN2TaW7c9" target="_blank">फ़ॉर्म भरें</a>। साथ में NPTEL का डीप लर्निंग कोर्स और Kaggle की "Image Matching Challenge 2024" प्रतियोगिता भी देखें — ये पेपर नहीं हैं।</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#999999;text-align:center;">आपको यह ईमेल इसलिए मिला क्योंकि आपने {NAME} की सदस्यता ली है।<br>शोधपत्र साप्ताहिकी, 4th Floor, Lakshmi Arcade, Koramangala, Bengaluru 560034<br>
<a href="https://app.sendx.io/unsubscribe?cid={CAMP}&amp;sid={SUB}" target="_blank">सदस्यता रद्द करें</a> | <a href="https://app.sendx.io/preferences?cid={CAMP}&amp;sid={SUB}" target="_blank">प्राथमिकताएँ बदलें</a><br><br>
<a href="https://www.sendx.io/?utm_source=email&amp;utm_medium=badge" target="_blank"><img src="https://cdn.sendx.io/badges/sent-with-sendx.png" alt="Sent with SendX" width="120" height="28"></a></td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
write_only(F1505, doc, keys(F1505), [html.unescape(doc)])
