#!/usr/bin/env python3
"""603: a CSV exported from Apple Numbers (File ▸ Export To ▸ CSV, "Include table names" ticked, Unicode UTF-8): each
table introduced by its name on a line of its own, then its header row and rows, tables separated by a blank line;
RFC 4180 quoting (fields with commas, quotes or line breaks quoted, quotes doubled), empty cells as nothing, dates as
the Hebrew locale shows them (dd/mm/yyyy). Hebrew, a reading-group tracker on vision-language models and
parameter-efficient adaptation, with a resources table (software, datasets, courses, blogs) and a budget table."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, write_only
from make_expected import F603, keys


def au(k, n=4):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (" ואחרים" if len(a) > n else "")


plan = [["#", "תאריך", "נושא", "מאמר", "מחברים", "קישור", "מציג/ה", "סטטוס", "הערות"]]
rows = [
 ("21/02/2024", "מודל שפה קפוא + מקודד תמונה", "2106.13884", "https://arxiv.org/abs/2106.13884", "יעל כהן", "הוצג",
  "הרעיון: ללמד רק את מקודד התמונה כך שיפיק \"תחילית\" למודל השפה הקפוא. לשים לב לניסויי few-shot עם miniImageNet."),
 ("28/02/2024", "גשר בין מקודד תמונה למודל שפה", "2301.12597", "", "עומר לוי", "הוצג",
  "מזהה arXiv: 2301.12597 (גרסה 2). ה-Q-Former הוא הלב של המאמר; הקוד בספריית LAVIS, לא צריך להציג אותו."),
 ("06/03/2024", "מבט מאוחד על PEFT", "2110.04366", "https://openreview.net/forum?id=" + OR("2110.04366"), "נועה ברק", "הוצג",
  "כדאי לקרוא גם את הביקורות בפורום. הטבלה שמשווה adapter / prefix / LoRA היא החלק החשוב."),
 ("13/03/2024", "הקצאת דרגה אדפטיבית", "2303.10512", "", "דניאל אזולאי", "בהכנה",
  "ICLR 2023. ה-PDF בתיקייה המשותפת \"מאמרים/PEFT\". להשוות ל-LoRA רגיל על המשימה שלנו."),
 ("20/03/2024", "כוונון רק של ה-bias", "2106.10199", "https://arxiv.org/pdf/2106.10199.pdf", "יעל כהן", "בהכנה",
  "קצר (מאמר קצר ב-ACL 2022). אפשר לשלב עם ניסוי קטן על המודל הפנימי."),
 ("27/03/2024", "חופשה", "", "", "", "", "אין מפגש — שבוע לפני הפסח, המעבדה סגורה"),
 ("03/04/2024", "הדמיה של טרנספורמרים", "2103.14625", "", "מאיה שפירא", "מתוכנן",
  "מאמר הדגמה (ACL 2021 System Demonstrations). הכלי עצמו רץ בדפדפן — להראות חי בכיתה."),
 ("10/04/2024", "תיאור שינויים בין תמונות", "2103.14146", "https://arxiv.org/abs/2103.14146", "עומר לוי", "מתוכנן",
  "ICCV 2021. רלוונטי לפרויקט צילומי הלוויין של רון."),
 ("17/04/2024", "זיהוי עצמים עם קשב דפורמבילי", "2010.04159", "", "נועה ברק", "מתוכנן",
  "ICLR 2021 (אוראל). המאמר שבגללו DETR התחיל להתכנס מהר; להביא את גרף ההתכנסות."),
]
for i, (d, topic, k, link, who, st, note) in enumerate(rows, 1):
    plan.append([str(i), d, topic, T(k) if k else "", au(k) if k else "", link, who, st, note])

res = [["סוג", "שם", "קישור", "הערה"],
       ["ספרייה", "Hugging Face PEFT", "https://github.com/huggingface/peft", "מימושים של LoRA, prefix tuning, IA3 — תוכנה, לא מאמר"],
       ["מאגר קוד", "LAVIS", "https://github.com/salesforce/LAVIS", "הקוד הרשמי של BLIP ו-BLIP-2"],
       ["מאגר נתונים", "COCO Captions", "https://cocodataset.org", "לניסויי תיאור תמונה"],
       ["קורס", "CS231n (סטנפורד)", "https://cs231n.stanford.edu", "הרצאות 11–13 כרקע"],
       ["בלוג", "Lil'Log — Generalized Visual Language Models", "https://lilianweng.github.io/posts/2022-06-09-vlm/", "סקירה טובה, לא מאמר"],
       ["כלי", "Weights & Biases — פרויקט vlm-peft", "https://wandb.ai/lab-example/vlm-peft", "כל הניסויים של הקבוצה נרשמים כאן"],
       ["הרצאה מוקלטת", "סמינר המחלקה: \"מודלי ראייה-שפה בקנה מידה קטן\"", "https://video.univ-negev.example/seminar/2024-01", "הרצאה של ד\"ר אורית גל, לא מאמר"],
       ["תבנית", "תבנית מצגת של הקבוצה", "https://drive.univ-negev.example/templates/reading-group.key", "Keynote, 16:9"],
       ["לוח תוצאות", "Open VLM Leaderboard", "https://huggingface.co/spaces/opencompass/open_vlm_leaderboard", "להשוואה בלבד"]]

budget = [["פריט", "כמות", "מחיר ליחידה (₪)", "סה\"כ (₪)"],
          ["שעות GPU בענן (A100)", "120", "14.5", "1740"],
          ["כיבוד למפגשים", "9", "180", "1620"],
          ["הדפסות", "1", "150", "150"],
          ["סה\"כ", "", "", "3510"]]


dates = [r[0] for r in rows if r[2]]
people = ["יעל כהן", "עומר לוי", "נועה ברק", "דניאל אזולאי", "מאיה שפירא", "רון גולן", "תמר אברהם", "איתי פרץ"]
att = [["שם"] + dates + ["סה\"כ"]]
for j, pname in enumerate(people):
    marks = ["✓" if (j * 3 + c) % 5 != 4 else "" for c in range(len(dates))]
    marks = [m if c < 4 else "" for c, m in enumerate(marks)]
    att.append([pname] + marks + [str(sum(1 for m in marks if m))])


def table(name, rows_):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows_)
    return name + "\n" + buf.getvalue()


text = "\n".join([table("תוכנית קריאה — סמסטר ב׳", plan), table("משאבים", res), table("תקציב", budget), table("נוכחות", att)])
write_only(F603, text, keys(F603))
