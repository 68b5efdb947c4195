#!/usr/bin/env python3
"""1083: the web version ("לצפייה בדפדפן") of an ActiveTrail campaign, saved by Chrome as "Webpage, HTML only": the
weekly Hebrew newsletter of an Israeli LLM-agents community (issue 37). XHTML 1.0 transitional doctype, dir="rtl"
lang="he", a <style> block for mobile, a hidden preheader first in <body>, nested 600px tables: the header (issue
number and Hebrew date), "המאמר של השבוע", "עוד שווה קריאה", "מהארכיון", tools (not papers), the next meetup, jobs, the
sign-off, and ActiveTrail's footer (why you got this, forward to a friend, update details, unsubscribe, sent with
ActiveTrail). English titles sit in <span dir="ltr"> inside the Hebrew text; paper links are written out (the
campaign was sent without click tracking), ActiveTrail's own footer links go to the service. Not papers: the
LangChain docs, LlamaIndex, the SWE-bench leaderboard, a podcast episode, the job ads. Nicknames not labelled on
their own: MemGPT, Self-RAG, SWE-bench, Reflexion, Toolformer, Gato, REALM, Voyager, RAG, ReAct."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1083)
K = dict(mem="2310.08560", refl="2303.11366", srag="2310.11511", swe="2310.06770", voy="2305.16291", tool="2302.04761",
         gato="2205.06175", realm="2002.08909")
ISSUE, DATE_HE = 37, "14 בנובמבר 2023"
AT = "https://trc.activetrail.example"
CID, SID = "1482207", "Z2Fsa2xhdmlAZXhhbXBsZS5jby5pbA"
E = lambda s: html.escape(s, quote=False)
L = lambda s: f'<span dir="ltr">{E(s)}</span>'
A = lambda href, text: f'<a href="{html.escape(href)}" target="_blank" style="color:#5b3cc4;text-decoration:underline;">{text}</a>'


def block(title, inner):
    return f"""<tr>
<td class="at-pad" style="padding:24px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:26px;color:#1f1f2e;text-align:right;">
<h2 style="margin:0 0 12px 0;font-size:21px;line-height:28px;color:#2b1a6b;">{title}</h2>
{inner}
</td>
</tr>
"""


P = lambda s: f'<p style="margin:0 0 14px 0;">{s}</p>'
week = block("המאמר של השבוע", P(f"<strong>{L(T(K['mem']))}</strong>") +
             P(f"הרעיון: להתייחס לחלון ההקשר של המודל כמו לזיכרון ראשי, ולתת לו לנהל בעצמו «זיכרון וירטואלי» — לדפדף מידע פנימה והחוצה "
               f"בעזרת קריאות לפונקציות. זה עובד יפה בשיחות ארוכות מאוד ובניתוח מסמכים, ופחות יפה כשהמודל שוכח לשמור משהו חשוב. "
               f"{A('https://arxiv.org/abs/' + K['mem'], 'למאמר ב-arXiv')}"))
more = block("עוד שווה קריאה", "<ul style=\"margin:0 0 14px 0;padding:0 20px 0 0;\">" + "".join(
    f'<li style="margin:0 0 10px 0;">{x}</li>' for x in [
        f"{L(T(K['srag']))} — המודל לומד מתי לשלוף, ומסמן בטוקנים מיוחדים אם הקטע ששלף בכלל רלוונטי. "
        + A("https://arxiv.org/abs/" + K["srag"], "arXiv"),
        f"{L(T(K['swe']))} — 2,294 באגים אמיתיים מ-GitHub, והמודלים הכי חזקים פותרים בקושי כמה אחוזים. הגרסה שהוגשה ל-ICLR ב-OpenReview: "
        + A("https://openreview.net/forum?id=" + OR(K["swe"]), "openreview.net"),
        f"אם פספסתם באביב: {L(T(K['refl']))} — הסוכן כותב לעצמו ביקורת מילולית אחרי כל ניסיון ושומר אותה בזיכרון. "
        + A("https://arxiv.org/abs/" + K["refl"], "arXiv"),
    ]) + "</ul>")
archive = block("מהארכיון", P("שלושה מאמרים ותיקים שכל מי שבונה סוכנים צריך להכיר, לקריאה בסוף שבוע:") +
                "<ol style=\"margin:0 0 14px 0;padding:0 20px 0 0;\">" + "".join(
    f'<li style="margin:0 0 8px 0;">{x}</li>' for x in [
        f"{L(T(K['tool']))} (Schick ואחרים, 2023) — המודל מלמד את עצמו מתי לקרוא למחשבון או לחיפוש;",
        f"{L(T(K['gato']))} (DeepMind, 2022) — Gato, מדיניות אחת למאות משימות;",
        f"{L(T(K['realm']))} (Google, 2020) — השליפה כחלק מהאימון המקדים, הרבה לפני שכולם קראו לזה RAG.",
    ]) + "</ol>" +
                P(f"ובונוס למי שמשחק Minecraft: {L(T(K['voy']))} ({L('arXiv:' + K['voy'])}) — סוכן שכותב לעצמו ספריית כישורים בקוד."))
tools = block("כלים (לא מאמרים)", "<ul style=\"margin:0 0 14px 0;padding:0 20px 0 0;\">" + "".join(
    f'<li style="margin:0 0 8px 0;">{x}</li>' for x in [
        "התיעוד החדש של " + A("https://python.langchain.com/docs/", "LangChain") + " על סוכנים ו-ReAct — סוף סוף מסודר;",
        A("https://www.llamaindex.ai/", "LlamaIndex") + " הוסיפו תמיכה בזיכרון ארוך לסוכנים;",
        "ה-" + A("https://www.swebench.com/", "leaderboard") + " של SWE-bench מתעדכן כל שבוע;",
        "פרק 112 של הפודקאסט «מודלים ושות'» עם ד\"ר אורי בן-דוד על הערכת סוכנים — " + A("https://podcast.example.co.il/ep112", "להאזנה"),
    ]) + "</ul>")
meetup = block("המפגש הבא", P("יום שלישי, 28 בנובמבר 2023, 18:30 · חלל הקהילה, רחוב הנגב 11, תל אביב · "
                              "מיכל אברהמי תציג את MemGPT ונעשה hands-on קצר עם Self-RAG. "
                              + A("https://agents-il.example.co.il/meetup-nov", "להרשמה (מקומות מוגבלים)")))
jobs = block("משרות", P("סטארטאפ בתחום ה-legal tech מחפש/ת ML Engineer עם ניסיון ב-RAG (היברידי, רמת גן). "
                        "צוות המחקר של חברת ביטוח גדולה מחפש/ת חוקר/ת NLP. פרטים והגשה: " +
                        A("https://agents-il.example.co.il/jobs", "בעמוד המשרות")))
sign = block("", P("שבוע טוב,<br />נועה לוי ואיתי כהן<br />קהילת Agents IL") +
             P("יש לכם מאמר שכדאי שנכיר? פשוט השיבו למייל הזה."))
sign = sign.replace('<h2 style="margin:0 0 12px 0;font-size:21px;line-height:28px;color:#2b1a6b;"></h2>\n', "")
foot = f"""<tr>
<td style="padding:20px 32px 28px 32px;background-color:#f2f0fa;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#6b6880;text-align:center;">
קיבלת את המייל הזה כי נרשמת לניוזלטר של קהילת Agents IL.<br />
<a href="{AT}/Forward.aspx?c={CID}&amp;s={SID}" target="_blank" style="color:#6b6880;">שליחה לחבר</a> | <a href="{AT}/Update.aspx?c={CID}&amp;s={SID}" target="_blank" style="color:#6b6880;">עדכון פרטים</a> | <a href="{AT}/Unsubscribe.aspx?c={CID}&amp;s={SID}" target="_blank" style="color:#6b6880;">הסרה מרשימת התפוצה</a><br />
קהילת Agents IL, רחוב הנגב 11, תל אביב<br />
<a href="https://www.activetrail.example/?utm_source=footer" target="_blank" style="color:#6b6880;text-decoration:none;">נשלח באמצעות <img src="{AT}/images/at-logo-small.png" alt="ActiveTrail" width="72" height="14" style="vertical-align:middle;border:0;" /></a>
</td>
</tr>
"""
SUBJECT = f"סוכנים ושות' #{ISSUE}: MemGPT, Self-RAG ו-SWE-bench"
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{E(SUBJECT)}</title>
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
table {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
img {{ border:0; outline:none; text-decoration:none; -ms-interpolation-mode:bicubic; }}
@media only screen and (max-width:620px) {{
  .at-container {{ width:100% !important; }}
  .at-pad {{ padding-left:18px !important; padding-right:18px !important; }}
}}
</style>
</head>
<body style="margin:0;padding:0;background-color:#e9e6f5;direction:rtl;">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">זיכרון וירטואלי למודלים, שליפה עם ביקורת עצמית, ובאגים אמיתיים מ-GitHub</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#e9e6f5;">
<tr>
<td align="center" style="padding:24px 8px;">
<table role="presentation" class="at-container" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background-color:#ffffff;">
<tr>
<td style="padding:28px 32px;background-color:#2b1a6b;font-family:Arial,Helvetica,sans-serif;color:#ffffff;text-align:right;">
<div style="font-size:26px;line-height:32px;font-weight:bold;">סוכנים ושות'</div>
<div style="font-size:14px;line-height:20px;">גיליון #{ISSUE} · {DATE_HE}</div>
</td>
</tr>
<tr>
<td class="at-pad" style="padding:24px 32px 0 32px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:26px;color:#1f1f2e;text-align:right;">
{P("שלום לכולם! השבוע הכול סובב סביב זיכרון: איך נותנים לסוכן לזכור יותר ממה שנכנס לחלון ההקשר, ומתי בכלל כדאי לו לשלוף מידע מבחוץ. וגם — בנצ'מרק חדש שמראה כמה רחוק אנחנו עדיין מ«מתכנת אוטומטי».")}
</td>
</tr>
{week}{more}{archive}{tools}{meetup}{jobs}{sign}{foot}</table>
</td>
</tr>
</table>
</body>
</html>
"""
write_only(F, page, keys(F), forms=[html.unescape(page)])
