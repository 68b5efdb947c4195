#!/usr/bin/env python3
"""1725: the web version of a newsletter sent with inwise (the Israeli e-mail marketing service) saved from the browser
as HTML, Hebrew: doctype, <html lang="he" dir="rtl">, a charset meta, a table layout with inline styles, the preheader,
the «לצפייה בדפדפן» link, the masthead with the issue and the Hebrew and Gregorian dates, the editor's note, three
article blocks with buttons, «עוד לקריאה» (a list), an events block, the footer with the address, the privacy note,
«להסרה מרשימת התפוצה» and the «נשלח באמצעות inwise» badge. The lab «המעבדה למודלים גנרטיביים», its newsletter «גנרטיבי»
(issue 18), `genlab.example.ac.il`, the campaign and subscriber ids are invented; Stable Diffusion, diffusers, AlphaFold
DB and Zoom appear as what they are. Nicknames DDIM, DALL·E 2, NCSN, FNO appear where the papers are written in full."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1725)
e = html.escape
ISSUE, CID, SID = 18, "883106", "a7f2c91e"
WEB = f"https://view.inwise.net/campaign/?cid={CID}&amp;sid={SID}"
UNS = f"https://view.inwise.net/unsubscribe/?cid={CID}&amp;sid={SID}"
arts = [
    ("דגימה מהירה ממודלי דיפוזיה", T("2010.02502"),
     "Song, Meng &amp; Ermon (ICLR 2021) מראים שאפשר לדגום ב־50 צעדים במקום 1000, בלי לאמן מחדש. הבסיס לכל הדוגמים המהירים של היום.",
     "https://openreview.net/forum?id=St1giarCHLP", "למאמר ב־OpenReview"),
    ("הנחיה בלי מסווג", T("2207.12598"),
     "Ho &amp; Salimans: מאמנים מודל אחד עם ובלי תנאי ומערבבים את התחזיות. זה הכפתור guidance_scale שכולנו משחקים בו ב־diffusers.",
     "https://arxiv.org/pdf/2207.12598", "ל־PDF"),
    ("מטקסט לתמונה", T("2204.06125"),
     "המאמר של OpenAI מ־2022 (DALL·E 2): תמונה נוצרת מתוך ייצוג CLIP. שווה לקרוא יחד עם המאמר של Stable Diffusion.",
     "https://arxiv.org/abs/2204.06125v1", "לקריאה"),
]
more = [
    f"<a href=\"https://arxiv.org/abs/2105.05233\" style=\"color:#5b2a86;\">{e(T('2105.05233'))}</a> – Dhariwal &amp; Nichol, NeurIPS 2021",
    f"{e(T('1503.03585'))} (Sohl-Dickstein et al., ICML 2015, arXiv:1503.03585) – המאמר שהתחיל הכול",
    f"{e(T('1907.05600'))} – Song &amp; Ermon, NeurIPS 2019",
    f"{e(T('2010.08895'))} – Li et al., ICLR 2021, למי שמתעניין בפתרון משוואות דיפרנציאליות",
    f"{e(ALPHAFOLD)} – Jumper et al., Nature 2021",
]
P = []
P.append(f"""<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>גנרטיבי – גיליון {ISSUE} – מרץ 2025</title>
</head>
<body style="margin:0;padding:0;background:#f3f0f7;font-family:Arial,Helvetica,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">דגימה מהירה, הנחיה בלי מסווג ועוד – הגיליון של מרץ</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr><td align="center" style="padding:10px;font-size:12px;color:#777;">לא רואים את הניוזלטר כראוי? <a href="{WEB}" style="color:#777;">לצפייה בדפדפן</a></td></tr>
<tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;">
<tr><td style="background:#5b2a86;color:#ffffff;padding:24px;">
<h1 style="margin:0;font-size:28px;">גנרטיבי</h1>
<p style="margin:6px 0 0 0;font-size:14px;">גיליון {ISSUE} &middot; מרץ 2025 &middot; כ״ה באדר תשפ״ה</p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6;color:#222;">
<p>שלום לכולם,</p>
<p>החודש אנחנו חוזרים ליסודות של מודלי דיפוזיה: איך דוגמים מהר, איך מנחים בלי מסווג ואיך הגענו מתמונות רועשות לתמונות מטקסט. בסוף הגיליון – פרטים על הסמינר הבא.</p>
<p>נעמה, בשם צוות המעבדה</p>
</td></tr>""")
for head, title, text, url, btn in arts:
    P.append(f"""<tr><td style="padding:0 24px 24px 24px;border-top:1px solid #eee;">
<h2 style="font-size:20px;color:#5b2a86;margin:20px 0 6px 0;">{head}</h2>
<p style="margin:0 0 6px 0;font-weight:bold;">{e(title)}</p>
<p style="margin:0 0 12px 0;font-size:15px;line-height:1.6;">{text}</p>
<a href="{url}" style="display:inline-block;background:#5b2a86;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none;">{btn}</a>
</td></tr>""")
P.append("""<tr><td style="padding:0 24px 24px 24px;border-top:1px solid #eee;">
<h2 style="font-size:20px;color:#5b2a86;margin:20px 0 6px 0;">עוד לקריאה</h2>
<ul style="padding-right:18px;margin:0;font-size:14px;line-height:1.7;">
""" + "\n".join(f"<li>{m}</li>" for m in more) + """
</ul>
</td></tr>
<tr><td style="padding:0 24px 24px 24px;border-top:1px solid #eee;">
<h2 style="font-size:20px;color:#5b2a86;margin:20px 0 6px 0;">אירועים</h2>
<p style="margin:0;font-size:14px;line-height:1.7;">סמינר המעבדה: יום ראשון, 6 באפריל 2025, 14:00, בניין 216 חדר 201 ובזום.<br>
סדנת diffusers למתחילים: יום רביעי, 23 באפריל 2025, 10:00–13:00. <a href="https://genlab.example.ac.il/events" style="color:#5b2a86;">להרשמה</a></p>
</td></tr>
<tr><td style="background:#f7f5fa;padding:18px 24px;font-size:12px;color:#777;line-height:1.6;">
המעבדה למודלים גנרטיביים &middot; genlab.example.ac.il<br>
קיבלת את הדיוור כי נרשמת לרשימת התפוצה של המעבדה. המידע נשמר בהתאם ל<a href="https://genlab.example.ac.il/privacy" style="color:#777;">מדיניות הפרטיות</a>.<br>
<a href="""+ f'"{UNS}"' + """ style="color:#777;">להסרה מרשימת התפוצה</a><br>
<a href="https://www.inwise.com/" style="color:#aaa;">נשלח באמצעות inwise</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""")
text = "\n".join(P)
write_only(F, text, keys(F), forms=[html.unescape(text)])
