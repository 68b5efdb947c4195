#!/usr/bin/env python3
"""1465: the web version of an Israeli AI-for-science community newsletter ("מדע ולמידה", issue 27) sent with the
Israeli e-mail service Rav Messer (רב מסר), saved from the browser as HTML: an HTML5 page with dir="rtl", nested
tables with inline styles, a hidden preheader, the issue header with the Hebrew weekday and date, five paper cards
(author line, Hebrew summary, at most one button), a "classics" list, a meetup box, a jobs line and the Rav Messer
footer (unsubscribe, update details, sent-by badge). Not papers: PDEBench, NVIDIA Modulus, the AlphaFold database,
the recorded Weizmann talk, the meetup; FNO, MeshGraphNets, Graphormer, DomainBed, EigenGame, AlphaFold, FedDyn are
names."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1465, keys, ALPHAFOLD, BACKPROP

HE_WD = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_M = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]
ISSUE, day, meet = 27, dt.date(2024, 5, 14), dt.date(2024, 5, 30)


def hd(d):
    return f"{HE_WD[d.weekday()]}, {d.day} {HE_M[d.month - 1]} {d.year}"


e = lambda s: html.escape(s, quote=False)
CARDS = [
 ("2010.08895", "אופרטור עצבי שלומד את הפתרון של משוואה דיפרנציאלית חלקית במרחב פורייה, ומכליל בין רזולוציות. עדיין נקודת הייחוס לכל עבודה על סימולציה של זרימה.",
  "https://arxiv.org/abs/2010.08895"),
 ("2010.03409", "רשתות גרף על רשת (mesh) שלומדות סימולציה של בדים, זורמים ומבנים, ורצות מהר פי עשרות מהסימולטור המקורי.",
  "https://arxiv.org/abs/2010.03409"),
 ("2106.05234", "Graphormer: טרנספורמר לגרפים עם קידוד מבני, שניצח בתחרות OGB-LSC על תכונות של מולקולות.",
  "https://arxiv.org/pdf/2106.05234"),
 ("2007.01434", "DomainBed: כשמשווים בהגינות, ERM פשוט מנצח כמעט את כל שיטות ההכללה לתחומים. שיעור חשוב למי שמודד על נתוני מעבדה חדשים.",
  "https://arxiv.org/abs/2007.01434"),
 ("2010.00554", "EigenGame: ניתוח רכיבים עיקריים (PCA) כמשחק בין שחקנים, שמאפשר חישוב מבוזר על נתונים עצומים (arXiv:2010.00554). הקוד בפנים, בלי כפתור הפעם.",
  None),
]
CLASSICS = [(ALPHAFOLD, "Nature, 2021"), (BACKPROP, "Nature, 1986"), ("2111.04263", "ICLR 2021")]
S_H2 = "margin:0 0 6px 0;font-size:18px;line-height:24px;color:#1b2a41;direction:ltr;text-align:right"
S_AU = "margin:0 0 8px 0;font-size:13px;color:#6b7280;direction:ltr;text-align:right"
S_P = "margin:0 0 12px 0;font-size:15px;line-height:23px;color:#333333"
S_BTN = "display:inline-block;background:#0f766e;color:#ffffff;text-decoration:none;padding:9px 18px;border-radius:4px;font-size:14px"
cards = []
for k, txt, url in CARDS:
    c = (f'<tr><td style="padding:20px 28px;border-bottom:1px solid #e5e7eb">\n'
         f'<h2 style="{S_H2}">{e(T(k))}</h2>\n'
         f'<p style="{S_AU}">{e(au(k, 3))}</p>\n'
         f'<p style="{S_P}">{e(txt)}</p>\n')
    if url:
        c += f'<a href="{url}" target="_blank" style="{S_BTN}">לקריאת המאמר &larr;</a>\n'
    c += "</td></tr>"
    cards.append(c)
classics = "\n".join(f'<li style="margin:0 0 8px 0"><span dir="ltr">{e(T(k))}</span> ({e(v)})</li>' for k, v in CLASSICS)
page = f"""<!DOCTYPE html>
<html dir="rtl" lang="he">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>מדע ולמידה | גיליון {ISSUE}</title>
</head>
<body style="margin:0;padding:0;background:#eef2f5;font-family:Arial,Helvetica,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">אופרטורים עצביים, סימולציה על גרפים ומפגש הקהילה ב־30 במאי</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2f5">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;text-align:right">
<tr><td style="background:#1b2a41;padding:26px 28px;color:#ffffff">
<p style="margin:0;font-size:13px;color:#a7f3d0">גיליון {ISSUE} &middot; {hd(day)}</p>
<h1 style="margin:6px 0 0 0;font-size:26px">מדע ולמידה</h1>
<p style="margin:6px 0 0 0;font-size:14px;color:#d1d5db">ניוזלטר הקהילה הישראלית ללמידת מכונה במדעים</p>
</td></tr>
<tr><td style="padding:22px 28px 6px 28px">
<p style="{S_P}">שלום לכולם! הגיליון הזה מוקדש לסימולציה פיזיקלית ולמודלים על גרפים, לבקשת רבים מכם אחרי המפגש הקודם. כרגיל, הכותרות באנגלית כמו במקור.</p>
</td></tr>
{chr(10).join(cards)}
<tr><td style="padding:20px 28px">
<h3 style="margin:0 0 10px 0;font-size:17px;color:#1b2a41">קלאסיקות לסוף השבוע</h3>
<ul style="margin:0;padding:0 18px 0 0;font-size:15px;line-height:22px;color:#333333">
{classics}
</ul>
<p style="{S_P}">ולמי שמתחיל: מאגר המבנים של AlphaFold (AlphaFold DB), ערכת הנתונים PDEBench והספרייה NVIDIA Modulus.</p>
</td></tr>
<tr><td style="padding:20px 28px;background:#f0fdfa">
<h3 style="margin:0 0 8px 0;font-size:17px;color:#0f766e">מפגש הקהילה הבא</h3>
<p style="{S_P}"><strong>למידה עמוקה לסימולציות</strong> &middot; {hd(meet)} בשעה 18:30, קומה 3, רחוב הארבעה 19, תל אביב. ההרצאה ממכון ויצמן מהמפגש הקודם זמינה ביוטיוב.</p>
<a href="https://www.meetup.com/ml-science-il/events/300412877/" target="_blank" style="{S_BTN}">להרשמה</a>
</td></tr>
<tr><td style="padding:16px 28px;font-size:14px;color:#333333">דרושים: מעבדה לביולוגיה חישובית מחפשת דוקטורנט/ית — פרטים אצל ד"ר נועה לוי, noa.levy@bio.example.ac.il</td></tr>
<tr><td style="padding:18px 28px;background:#f3f4f6;font-size:12px;line-height:18px;color:#6b7280;text-align:center">
קיבלת את המייל כי נרשמת לניוזלטר "מדע ולמידה".<br>
<a href="https://www.ravmesser.co.il/unsubscribe?c=8f31c20a&amp;u=5d7e09b4" style="color:#6b7280">להסרה מרשימת התפוצה</a> &middot; <a href="https://www.ravmesser.co.il/update?c=8f31c20a&amp;u=5d7e09b4" style="color:#6b7280">עדכון פרטים</a><br>
<a href="https://www.ravmesser.co.il/" style="color:#6b7280"><img src="https://www.ravmesser.co.il/images/sent-by-rm.png" alt="נשלח באמצעות רב מסר" width="120" height="28" border="0"></a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
write_only(F1465, page, keys(F1465), forms=(html.unescape(page),))
