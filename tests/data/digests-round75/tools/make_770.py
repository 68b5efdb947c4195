#!/usr/bin/env python3
"""770: a terminal capture of a reading-queue script that ends with `pprint.pprint(queue)`: the dump is exactly what
Python 3's pprint writes at its defaults (width 80, dict keys sorted, one item a line once a container does not fit,
long strings split into adjacent '…' '…' literals at spaces, non-ASCII printed as is) — produced here with the stdlib
pprint module itself. Hebrew reading group on self-supervised and contrastive vision."""
import os, pprint, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(770)
A = lambda k: f"https://arxiv.org/abs/{k}"


def item(i, kind, title, url, who, note, tags, status, added, ref=None):
    d = {"id": i, "kind": kind, "title": title, "url": url, "authors": who, "note": note, "tags": tags, "status": status, "added": added}
    if ref: d["ref"] = ref
    return d


Q = [
 item(31, "paper", T("2104.14294"), A("2104.14294"), au("2104.14294", 3),
      "מפגש 1. מפות תשומת הלב של טוקן ה-CLS ללא תוויות — להציג את האיור הראשון.", ["vit", "distillation"], "read", "2024-02-12"),
 item(32, "paper", T("2011.10566"), None, au("2011.10566", 2),
      "בלי זוגות שליליים ובלי momentum encoder; למה stop-gradient מונע קריסה? (אין קישור — עדי מביאה עותק מודפס)", ["siamese"], "read", "2024-02-12"),
 item(33, "paper", T("1911.05722"), None, au("1911.05722", 3),
      "תור של מפתחות + מקודד מומנטום. המזהה בארכיב לפי הרשימה של נועם.", ["contrastive", "queue"], "read", "2024-02-15", ref="arXiv:1911.05722"),
 item(34, "blog", "Contrastive Representation Learning (Lil'Log)", "https://lilianweng.github.io/posts/2021-05-31-contrastive/", "Lilian Weng",
      "פוסט בבלוג, לא מאמר — סקירה טובה לפני מפגש 2.", ["overview"], "read", "2024-02-15"),
 item(35, "paper", T("2004.11362"), A("2004.11362"), au("2004.11362", 3),
      "הרחבה של הפסד הניגודי למקרה עם תוויות; להשוות ל-cross-entropy בטבלה 2.", ["contrastive", "supervised"], "queued", "2024-02-20"),
 item(36, "paper", T("2011.04419"), None, au("2011.04419", 3),
      "ערבוב (mixup) כהגברת נתונים כללית לתחומים שאינם תמונות. מאיה מציגה.", ["contrastive", "domain-agnostic"], "queued", "2024-02-21"),
 item(37, "paper", T("2111.06377"), A("2111.06377"), au("2111.06377", 3),
      "מיסוך של 75% מהפאצ'ים, מפענח קל. מפגש 3.", ["mim", "vit"], "queued", "2024-02-26"),
 item(38, "code", "lightly-ai/lightly", "https://github.com/lightly-ai/lightly", None,
      "ספרייה (תוכנה) למימושים של שיטות SSL — לשימוש בתרגיל, לא לציטוט.", ["code"], "queued", "2024-02-26"),
 item(39, "paper", T("2102.05918"), None, au("2102.05918", 3),
      "מיליארד זוגות תמונה–טקסט רועשים; לקרוא יחד עם המאמר הבא.", ["vision-language", "noisy-data"], "queued", "2024-03-01"),
 item(40, "paper", T("2303.15343"), A("2303.15343"), au("2303.15343", 3),
      "פונקציית סיגמואיד במקום softmax על כל האצווה — חוסך תקשורת בין מאיצים.", ["vision-language"], "queued", "2024-03-01"),
 item(41, "dataset", "ImageNet-1k (ILSVRC 2012)", "https://image-net.org/download.php", None,
      "מערך נתונים, לא מאמר. ההורדה דרך חשבון המעבדה בלבד.", ["data"], "n/a", "2024-03-03"),
 item(42, "talk", "סמינר המחלקה: למידה ללא תוויות בדימות רפואי", None, "ד\"ר יעל ברגר",
      "הרצאה (לא מאמר), יום ה' 14:00, חדר 301. הקלטה תעלה ל-Moodle.", ["talk"], "n/a", "2024-03-04"),
]
queue = {"group": "קבוצת קריאה — ראייה ממוחשבת, סמסטר ב'", "generated": "2024-03-05T21:14:09+02:00",
         "owner": "noam@vision-lab.example.ac.il", "version": 3, "next_meeting": {"date": "2024-03-07", "room": "בניין 28, חדר 114",
         "presenters": ["מאיה", "עדי"]}, "items": Q, "stats": {"paper": 8, "other": 4, "read": 4}}

text = ("noam@vlab-ws3:~/kriah$ python3 tor_kriah.py --show --pretty\n"
        "[21:14:09] INFO  טוען את התור מ-/home/noam/.local/share/kriah/queue.json\n"
        "[21:14:09] INFO  12 פריטים (8 מאמרים, 4 אחרים)\n"
        "[21:14:09] WARN  4 מאמרים ללא קישור: 32, 33, 36, 39\n"
        + pprint.pformat(queue) + "\n"
        "[21:14:09] INFO  סיום.\nnoam@vlab-ws3:~/kriah$ \n")
import ast
ser = ast.literal_eval(pprint.pformat(queue))
write_only(F, text, keys(F), forms=[repr(ser)] + [x["title"] for x in ser["items"]])
