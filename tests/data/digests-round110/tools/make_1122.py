#!/usr/bin/env python3
"""1122: a Microsoft Lists list ("רשימת קריאה – צוות אימון והסקה") exported with "Export to CSV": UTF-8 with BOM,
CRLF row ends, a quoted multi-line note with LF inside, fields quoted only when they must be (computed with the csv
module's minimal quoting), dates as the Hebrew (Israel) locale writes them (d/M/yyyy, computed), the view's columns
in order. Hebrew. Two rows are not papers (docs, a repository)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1122, keys

HEAD = ["מזהה", "כותרת", "קישור", "סוג", "נושא", "מציג/ה", "תאריך מפגש", "סטטוס", "הערות"]
P, D, R = "מאמר", "תיעוד", "מאגר קוד"
rows = [
    [1, T("1910.02054"), "https://arxiv.org/abs/1910.02054", P, "אימון מבוזר", "איתי כהן", "7/3/2024", "נקרא",
     "שלושת השלבים של ZeRO (optimizer states, gradients, parameters).\nלהשוות מול FSDP ב-PyTorch."],
    [2, "DeepSpeed – ZeRO tutorial", "https://www.deepspeed.ai/tutorials/zero/", D, "אימון מבוזר", "איתי כהן", "7/3/2024", "נקרא",
     "לא מאמר – הדוקומנטציה הרשמית, עם קונפיגים לדוגמה"],
    [3, T("2203.15556"), "", P, "סקיילינג", "נועה לוי", "14/3/2024", "בקריאה",
     "Chinchilla. אין קישור כי נועה מביאה PDF מודפס עם הערות"],
    [4, T("2104.08691"), "", P, "כוונון יעיל", "מאיה בן-דוד", "21/3/2024", "בקריאה",
     "prompt tuning – רק וקטורי פרומפט נלמדים, המודל קפוא. הפער נסגר ככל שהמודל גדל"],
    [5, T("2402.09353"), "", P, "כוונון יעיל", "מאיה בן-דוד", "21/3/2024", "בקריאה",
     "arXiv:2402.09353 – להשוות ל-LoRA על אותו תקציב פרמטרים"],
    [6, T("2205.14135"), "https://arxiv.org/abs/2205.14135", P, "הסקה", "יונתן אברהם", "28/3/2024", "לא התחיל", ""],
    [7, T("2211.17192"), "", P, "הסקה", "יונתן אברהם", "28/3/2024", "לא התחיל",
     "decoding ספקולטיבי: מודל טיוטה קטן + אימות במקביל.\nשאלה: מה יחס הקבלה אצלנו עם מודל 1B כטיוטה?"],
    [8, T("2210.17323"), "https://arxiv.org/pdf/2210.17323.pdf", P, "קוונטיזציה", "נועה לוי", "4/4/2024", "לא התחיל",
     "GPTQ, 3-4 ביט אחרי אימון"],
    [9, T("2208.07339"), "", P, "קוונטיזציה", "נועה לוי", "4/4/2024", "לא התחיל",
     "outlier features – למה זה מופיע רק ממודלים של ~6.7B"],
    [10, "bitsandbytes", "https://github.com/bitsandbytes-foundation/bitsandbytes", R, "קוונטיזציה", "נועה לוי", "4/4/2024", "לא התחיל",
     "מאגר הקוד, לא מאמר"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
for r in rows:
    w.writerow(r)
text = "\ufeff" + buf.getvalue()
write_only(F1122, text, keys(F1122))
