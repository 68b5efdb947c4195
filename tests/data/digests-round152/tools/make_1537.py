#!/usr/bin/env python3
"""1537: a course page of the Technion's students portal (the course catalogue, winter semester תשפ"ה) copied from the
browser: the skip link, header and menu, the greeting, the breadcrumb, the course header (number, faculty, points,
weekly hours, prerequisites, staff, the lecture slot), the syllabus text, the grading, the reading plan — a weekly
table copied as tab-separated cells, dates computed (Tuesdays from 29.10.2024, one week recorded because of EMNLP) —
the project dates, the Moodle link and the footer. Hebrew in logical order as a copy gives it, English titles inside.
Not papers: Jurafsky & Martin's draft book, The Annotated Transformer (a blog post), the Hugging Face course,
AlephBERT / DictaBERT (models by name), PyTorch. Nicknames: seq2seq, Transformer, ULMFiT, GPT-2, T5, XLM-R — labelled
only where the full titles are written (T5 and GPT-2 are not labelled)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1537, keys

HEB_WD = ["ב'", "ג'", "ד'", "ה'", "ו'", "ש'", "א'"]  # Monday .. Sunday: יום ב' is Monday
def hd(d): return f"{d:%d.%m.%Y} (יום {HEB_WD[d.weekday()]})"

COURSE = "00970247"
NAME = "עיבוד שפה טבעית: נושאים מתקדמים"
start = dt.date(2024, 10, 29)
RECORDED = {dt.date(2024, 11, 12): "הרצאה מוקלטת – המרצה בכנס EMNLP 2024"}
plan = [
    ("מבוא: מודלי שפה ורשתות רקורסיביות", f"{T('1409.3215')} https://arxiv.org/abs/1409.3215", "פרק 9 בספר של Jurafsky & Martin (מהדורה 3, טיוטה)"),
    ("מנגנון תשומת הלב וה-Transformer", f"{T('1706.03762')} https://arxiv.org/pdf/1706.03762", "The Annotated Transformer (פוסט בבלוג של Harvard NLP)"),
    ("Transfer learning לפני BERT", f"{T('1801.06146')} (ACL 2018)", "להשוות ל-ELMo ול-GPT-2 בהצגה הקצרה"),
    ("מקודדים דו-כיווניים", f"{T('1810.04805')} https://arxiv.org/abs/1810.04805", "תרגיל בית 1 יוצא"),
    ("אימון מוקדם: מה עוד אפשר לשפר?", f"{T('1906.08237')} (NeurIPS 2019); {T('1907.11692')} (arXiv:1907.11692)", "הצגה כפולה – שני מציגים, 10 דקות לכל מאמר"),
    ("אימון יעיל של מקודדים", f"{T('2003.10555')} https://arxiv.org/abs/2003.10555", "השוואה ל-T5 – רשות"),
    ("מודלים רב-לשוניים ועברית", f"{T('1911.02116')} (ACL 2020)", "AlephBERT ו-DictaBERT ב-Hugging Face; תרגיל בית 2 יוצא"),
    ("סדנת פרויקטים", "–", "הגשת הצעת פרויקט (עמוד אחד)"),
]
rows, d, n = [], start, 0
for topic, req, note in plan:
    n += 1
    if d in RECORDED:
        note = RECORDED[d] + "; " + note
    rows.append(f"{n}\t{hd(d)}\t{topic}\t{req}\t{note}")
    d += dt.timedelta(days=7)
last = d - dt.timedelta(days=7)

lines = [
    "דלג לתוכן המרכזי",
    "הטכניון – מכון טכנולוגי לישראל",
    "פורטל הסטודנטים",
    "ראשי", "קטלוג מקצועות", "מערכת שעות", "ציונים", "בקשות ופניות", "עזרה",
    "שלום, נועה לנדאו", "התנתקות",
    f"ראשי / קטלוג מקצועות / חורף תשפ\"ה / {COURSE}",
    f"{COURSE} - {NAME}",
    "פקולטה: הפקולטה למדעי הנתונים וההחלטות",
    "נקודות: 3",
    "שעות שבועיות: הרצאה 2, תרגול 1",
    "מקצועות קדם: 00960411 - למידה חישובית 1",
    "מקצועות ללא זיכוי נוסף: 00960222 - עיבוד שפה טבעית",
    "אחראי/ת: פרופ' יעל ברקוביץ",
    "מתרגל/ת: אורי שטרן",
    "הרצאה: יום ג' 14:30-16:30, בניין בלומפילד 527",
    "",
    "סילבוס",
    "הקורס עוסק במודלי שפה מאומנים מראש: מרשתות רקורסיביות ומנגנון תשומת הלב, דרך מקודדים דו-כיווניים ואימון מוקדם "
    "יעיל, ועד מודלים רב-לשוניים והתאמתם לעברית. בכל שבוע סטודנט/ית אחד/ת מציג/ה את קריאת החובה ב-15 דקות, ושאר "
    "הכיתה מגיעה אחרי קריאה.",
    "",
    "הרכב הציון: פרויקט 50%, תרגילי בית 30%, הצגת מאמר 20%. אין בחינה סופית.",
    "",
    "תוכנית קריאה",
    "שבוע\tתאריך\tנושא\tקריאת חובה\tקריאה נוספת / הערות",
    *rows,
    "",
    f"* השבוע האחרון של תוכנית הקריאה: {last:%d.%m.%Y}. מכאן ועד סוף הסמסטר – פגישות פרויקט לפי תיאום.",
    "* הגשת פרויקט סופי: 16.02.2025 עד 23:59, דרך אתר הקורס.",
    "* המאמרים זמינים ברשת הטכניון או בקישורים שבטבלה. קוד התרגילים ב-PyTorch; מומלץ לעבור על פרקים 1-4 של "
    "Hugging Face NLP Course לפני תרגיל בית 1.",
    "",
    "אתר הקורס: https://moodle24.technion.ac.il/course/view.php?id=4821",
    "",
    "נגישות | תנאי שימוש | צור קשר",
    "© כל הזכויות שמורות לטכניון – מכון טכנולוגי לישראל",
]
write_only(F1537, "\n".join(lines) + "\n", keys(F1537))
