#!/usr/bin/env python3
"""1484: the web version of a Hebrew newsletter sent with Pulseem (פולסים), saved from the browser as HTML: an RTL
table layout with inline styles, a hidden preheader, the issue header, paper cards whose buttons go through Pulseem's
click-tracking redirect (the target URL percent-encoded in `url=`), a classics box without links, an event line and
Pulseem's footer. Dates carry their Hebrew weekday (computed); the tracking ids come from a hash."""
import hashlib, html, os, sys
import datetime as dt
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys

F = by_num(1484)
KEYS = keys(F)
HE_WD = ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"]
HE_M = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]
ISSUE, CAMPAIGN = 14, 731946


def he(d):
    return f"{HE_WD[d.weekday()]}, {d.day} {HE_M[d.month - 1]} {d.year}"


def track(url, n):
    h = hashlib.sha1(f"{CAMPAIGN}:{n}".encode()).hexdigest()[:10]
    return f"https://pulseem.co.il/Pulseem/Redirect.aspx?cid={CAMPAIGN}&amp;lid={n}&amp;s={h}&amp;url={quote(url, safe='')}"


def who(key, n=3):
    a = CAT[key]["authors"]
    return ", ".join(a[:n]) + (" ואחרים" if len(a) > n else "")


S_CARD = "background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:18px 20px;"
S_BTN = "display:inline-block;background:#0f766e;color:#ffffff;text-decoration:none;padding:8px 16px;border-radius:6px;font-size:14px;"
cards = [
 ("2310.11511", "https://arxiv.org/abs/2310.11511",
  "במקום לשלוף מסמכים תמיד, המודל לומד מתי לשלוף ומבקר את התשובה של עצמו בעזרת טוקנים מיוחדים (reflection tokens). רלוונטי מאוד למי שבונה RAG על מסמכים בעברית."),
 ("2309.06180", "https://arxiv.org/abs/2309.06180",
  "המאמר של vLLM. ניהול זיכרון ה-KV cache בדפים, כמו זיכרון וירטואלי במערכת הפעלה. אצלנו זה הוריד את עלות ההגשה בכמחצית."),
 ("1701.06538", "https://openreview.net/pdf?id=B1ckMDqlg",
  "המאמר מ-ICLR 2017 שהחזיר את Mixture-of-Experts לחיים. שווה לקרוא לפני שמנסים להבין את Mixtral."),
 ("2206.14858", "https://arxiv.org/abs/2206.14858",
  "Minerva: אימון המשך של PaLM על מאמרים מדעיים ועל מתמטיקה. הדוגמאות בנספח מצוינות לשיעור."),
 ("2010.00904", None,
  "GENRE מייצר את שם הישות אות אחר אות במקום לסווג מתוך רשימה (arXiv:2010.00904). אין כפתור – הקישור בגיליון הקודם נשבר, נעדכן בפעם הבאה."),
]
issue = dt.date(2024, 6, 9)
event = dt.date(2024, 6, 20)
parts = []
for n, (k, url, blurb) in enumerate(cards, 1):
    btn = f'\n<p style="margin:14px 0 0 0;"><a href="{track(url, n)}" style="{S_BTN}" target="_blank">לקריאת המאמר &larr;</a></p>' if url else ""
    parts.append(f"""<tr><td style="padding:0 24px 16px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="{S_CARD}">
<h2 style="margin:0 0 6px 0;font-size:18px;color:#111827;" dir="ltr">{html.escape(T(k), quote=False)}</h2>
<p style="margin:0 0 10px 0;font-size:13px;color:#6b7280;" dir="ltr">{html.escape(who(k), quote=False)}</p>
<p style="margin:0;font-size:15px;line-height:1.6;color:#374151;">{html.escape(blurb, quote=False)}</p>{btn}
</td></tr></table>
</td></tr>""")
classics = "\n".join(f'<li style="margin:0 0 6px 0;"><span dir="ltr">{html.escape(T(k), quote=False)}</span> ({y})</li>'
                     for k, y in (("1409.3215", 2014), ("1409.0473", 2014), ("1904.09751", 2019)))
unsub = hashlib.sha1(b"unsub:" + str(CAMPAIGN).encode()).hexdigest()
page = f"""<!DOCTYPE html>
<html dir="rtl" lang="he">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>מודלים בשטח | גיליון {ISSUE}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden">חמישה מאמרים על הגשת מודלים, שליפה ו-MoE, ושלוש קלאסיקות לקריאה בחופשה</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#f9fafb;">
<tr><td style="padding:12px 24px;font-size:12px;color:#6b7280;text-align:center;">לא רואים את המייל כראוי? <a href="https://pulseem.co.il/Pulseem/ViewInBrowser.aspx?cid={CAMPAIGN}&amp;s={unsub[:12]}" style="color:#0f766e;">לצפייה בדפדפן</a></td></tr>
<tr><td style="padding:24px;background:#0f766e;color:#ffffff;">
<h1 style="margin:0;font-size:26px;">מודלים בשטח</h1>
<p style="margin:6px 0 0 0;font-size:14px;">ניוזלטר הקהילה של צוות ה-ML בחברת נוֹגָה אנליטיקס &middot; גיליון {ISSUE} &middot; {he(issue)}</p>
</td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.7;color:#374151;">
<p style="margin:0;">שלום לכולם! בגיליון הזה התמקדנו במה שמעסיק אותנו בפרויקט העוזר הפנימי: איך מגישים מודל גדול בזול, מתי לשלוף מסמכים ואיך מודל מחליט בעצמו. כרגיל – מי שרוצה להציג באחד המפגשים מוזמן לענות למייל הזה.</p>
</td></tr>
{chr(10).join(parts)}
<tr><td style="padding:4px 24px 16px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#ecfdf5;border-radius:8px;padding:16px 20px;font-size:15px;color:#065f46;">
<h3 style="margin:0 0 8px 0;font-size:16px;">קלאסיקות לחופשה</h3>
<ul style="margin:0;padding:0 18px 0 0;">
{classics}
</ul>
<p style="margin:8px 0 0 0;font-size:13px;">שני הראשונים הם הבסיס לכל מה שנקרא היום encoder-decoder, השלישי הוא המאמר על nucleus sampling.</p>
</td></tr></table>
</td></tr>
<tr><td style="padding:8px 24px 20px 24px;font-size:15px;color:#374151;">
<p style="margin:0;"><strong>מפגש הקריאה הבא:</strong> {he(event)} בשעה 17:30, חדר הישיבות בקומה 4 וגם בזום. נדבר על Self-RAG ועל vLLM.</p>
<p style="margin:8px 0 0 0;">ספריות שהוזכרו בגיליון: vLLM, LlamaIndex, ‏Hugging Face TGI. לוח התוצאות של LMSYS מתעדכן כל שבוע.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#e5e7eb;font-size:12px;color:#6b7280;text-align:center;line-height:1.6;">
קיבלתם את המייל כי נרשמתם לרשימת התפוצה של מודלים בשטח.<br>
נוֹגָה אנליטיקס בע"מ, רחוב הברזל 42, תל אביב<br>
<a href="https://pulseem.co.il/Pulseem/Unsubscribe.aspx?cid={CAMPAIGN}&amp;u={unsub[12:28]}" style="color:#6b7280;">להסרה מרשימת התפוצה</a> &middot; <a href="https://pulseem.co.il/Pulseem/UpdateDetails.aspx?u={unsub[12:28]}" style="color:#6b7280;">עדכון פרטים</a><br>
<a href="https://www.pulseem.co.il/" target="_blank"><img src="https://www.pulseem.co.il/images/powered-by-pulseem.png" alt="Powered by Pulseem" width="120" height="24" style="border:0;margin-top:8px;"></a>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""
write_only(F, page, KEYS, forms=[html.unescape(page)])
