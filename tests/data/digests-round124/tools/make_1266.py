#!/usr/bin/env python3
"""1266 (negative control): the web version ("לצפייה בגרסת דפדפן") of a Hebrew community newsletter sent with Smoove:
XHTML 1.0 Transitional e-mail markup, dir="rtl", nested 600-pixel tables with inline styles, a hidden preheader, every
link a click-tracking redirect carrying the campaign id, the issue number in <title>, header and the previous-issue
link, the unsubscribe and update-details links with the subscriber token, and the "Powered by Smoove" footer. It
names no paper: model cards, a repository, a dataset, a leaderboard, release notes, a course, a meetup with talks,
a blog post, a job and dates, versions and ids are near-misses. The builder refuses any catalogue title and anything
arXiv-shaped."""
import html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1266

E = lambda s: html.escape(s, quote=False)
CAMP, ISSUE, TOKEN = 771904, 31, "a8Kq2ZtR0w"
TRK = "https://r.smv.example.io/c"
n = [0]


def link(url, text, style="color:#1a5fb4;text-decoration:underline;"):
    n[0] += 1
    return f'<a href="{TRK}/{CAMP}/{n[0]}/{TOKEN}?u={html.escape(url, quote=True)}" target="_blank" style="{style}">{text}</a>'


items = [
 ("מודלים", "DictaLM 2.0 זמין להורדה",
  f"צוות דיקטה שחרר את {link('https://huggingface.co/dicta-il/dictalm2.0', 'dictalm2.0')} ואת גרסת ה-Instruct שלו. "
  "7 מיליארד פרמטרים, חלון הקשר של 8K, רישיון Apache 2.0. כבר מריצים אותו ב-Ollama."),
 ("קוד פתוח", "מאגר המשאבים לעברית עבר ל-v3",
  f"{link('https://github.com/hebnlp/hebrew-nlp-resources', 'hebnlp/hebrew-nlp-resources')} – 240 קישורים ממוינים: "
  "טוקנייזרים, מנתחים מורפולוגיים, קורפוסים ומודלים. נוספה בדיקת קישורים שבועית."),
 ("נתונים", "HeQ: מאגר שאלות ותשובות בעברית",
  f"כ-30 אלף שאלות על פסקאות מוויקיפדיה ומאתר חדשות. הורדה מ-{link('https://github.com/NNLP-IL/Hebrew-Question-Answering-Dataset', 'GitHub')}, "
  "רישיון CC BY 4.0. מתאים להערכת מודלים קטנים."),
 ("הערכה", "לוח התוצאות של מודלי שפה בעברית",
  f"{link('https://huggingface.co/spaces/hebrew-llm-leaderboard/leaderboard', 'Hebrew LLM Leaderboard')} התעדכן: 14 מודלים חדשים, "
  "ומדד חדש לסיכום טקסטים. המקום הראשון עדיין שמור למודל פתוח."),
 ("ספריות", "transformers 4.38.2",
  f"{link('https://github.com/huggingface/transformers/releases/tag/v4.38.2', 'הערות השחרור')} – תיקון לטעינת Gemma "
  "ושיפורי מהירות ב-SDPA. מומלץ לעדכן לפני ה-hackathon."),
 ("לימודים", "קורס ערב: עיבוד שפה טבעית מעשי",
  f"12 מפגשים, ימי שני 18:00–21:00, החל מ-15.04.2024. {link('https://courses.example.ac.il/nlp-evening-2024', 'פרטים והרשמה')} "
  "(מספר קורס 0368-4162)."),
 ("אירועים", "מיטאפ NLP תל אביב #14 – 21.03.2024",
  "הרצאות: \"טוקנייזר לעברית בלי לשבור ניקוד\" (נעמה ברק), \"RAG על מסמכים משפטיים\" (יואב כהן), "
  f"\"חצי שנה עם מודל פתוח בפרודקשן\" (שירן מזרחי). {link('https://www.meetup.com/tlv-nlp/events/299417305/', 'הרשמה ב-Meetup')}"),
 ("מהבלוג", "איך אימנו טוקנייזר לעברית",
  f"פוסט של אלון גבאי על בחירת גודל אוצר המילים ועל מקרי קצה של ניקוד: {link('https://blog.example.co.il/hebrew-tokenizer', 'לפוסט המלא')}"),
 ("דרושים", "מהנדס/ת NLP בסטארט-אפ בתחום הבריאות",
  f"ניסיון עם PyTorch ועם מודלים מאומנים מראש, עברית ברמת שפת אם. משרה 4577-NLP. {link('https://jobs.example.co.il/4577', 'לפרטים')}"),
]
rows = []
cat = None
for c, h, p in items:
    if c != cat:
        rows.append(f'<tr><td style="padding:18px 24px 4px 24px;font-family:Arial,sans-serif;font-size:13px;color:#888888;">{E(c)}</td></tr>')
        cat = c
    rows.append(f'<tr><td style="padding:4px 24px 14px 24px;font-family:Arial,sans-serif;">\n'
                f'<h3 style="margin:0 0 6px 0;font-size:18px;color:#222222;">{E(h)}</h3>\n'
                f'<p style="margin:0;font-size:15px;line-height:22px;color:#333333;">{p}</p>\n</td></tr>')
title = f"עדכוני NLP בעברית – גיליון #{ISSUE}"
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{E(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;" dir="rtl">
<div style="display:none;max-height:0;overflow:hidden;">DictaLM 2.0, מאגר HeQ, מיטאפ #14 ועוד – הגיליון של מרץ</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f2f2f2">
<tr><td align="center">
<table width="600" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="width:600px;">
<tr><td style="padding:10px 24px;font-family:Arial,sans-serif;font-size:12px;color:#888888;" align="center">מתקשים לקרוא את המייל? {link(f'https://news.hebnlp.example.org.il/issues/{ISSUE}', 'לצפייה בגרסת דפדפן', 'color:#888888;')}</td></tr>
<tr><td style="padding:24px;background-color:#0b3d6e;font-family:Arial,sans-serif;" align="right">
<h1 style="margin:0;font-size:26px;color:#ffffff;">{E(title)}</h1>
<p style="margin:6px 0 0 0;font-size:14px;color:#cfe0f2;">יום שלישי, 12 במרץ 2024 · קהילת NLP בעברית</p>
</td></tr>
<tr><td style="padding:20px 24px 0 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;">
<p style="margin:0;">שלום לכולם! החודש: מודל שפה עברי חדש, מאגר שאלות ותשובות, לוח תוצאות מעודכן והמיטאפ הבא שלנו. כרגיל, בלי ציטוטים ובלי מאמרים – רק כלים שאפשר להתחיל לעבוד איתם מחר בבוקר.</p>
</td></tr>
{chr(10).join(rows)}
<tr><td style="padding:18px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333333;" align="center">
{link(f'https://news.hebnlp.example.org.il/issues/{ISSUE - 1}', f'לגיליון הקודם (#{ISSUE - 1})')} · {link('https://t.me/hebnlp_community', 'קבוצת הטלגרם')} · {link('https://www.linkedin.com/company/hebnlp-community', 'LinkedIn')}
</td></tr>
<tr><td style="padding:16px 24px;background-color:#f7f7f7;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;" align="center">
קיבלת את המייל כי נרשמת לעדכוני הקהילה. קהילת NLP בעברית (ע"ר 580712946), ת"ד 5123, תל אביב.<br />
{link(f'https://news.hebnlp.example.org.il/unsubscribe?t={TOKEN}', 'להסרה מרשימת התפוצה', 'color:#888888;')} | {link(f'https://news.hebnlp.example.org.il/profile?t={TOKEN}', 'עדכון פרטים', 'color:#888888;')}<br />
<a href="https://www.smoove.io/?utm_source=footer&amp;utm_campaign={CAMP}" target="_blank" style="color:#aaaaaa;">Powered by Smoove</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
k = iter(range(1, 1000))
page = re.sub(rf"(?<={TRK}/{CAMP}/)\d+(?=/{TOKEN})", lambda m: str(next(k)), page)  # numbered in document order
write(F1266, page, negative=True)
