#!/usr/bin/env python3
"""928: a Drafts (iOS / macOS, Agile Tortoise) JSON export of the drafts tagged `ssl` / `קריאה` / `חוג-קריאה` plus
two that came along in the selection, made by נועה לוי, an Israeli MSc student, on her phone: the array of draft
objects as Swift's JSONEncoder writes it with `.prettyPrinted` and `.sortedKeys` (two-space indent, `"key" : value`,
`/` escaped as `\\/`, non-ASCII as is, no final newline); keys accessed_at, content, created_at, created_latitude,
created_longitude, flagged, folder (0 inbox, 1 archive), languageGrammar, modified_at, modified_latitude,
modified_longitude, tags, uuid (upper-case UUID); ISO 8601 UTC times; location off (zeros). Contents are Markdown in
Hebrew with English titles. The solo-learn and timm repositories, Lilian Weng's blog post and the shopping list are
not papers."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(928)
K = dict(byol="2006.07733", beit="2106.08254", bitune="2011.06182", barlow="2103.03230", hardneg="2010.04592",
         dacl="2011.04419", bit="1912.11370", vit="2106.10270")


def uid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("928-" + s).encode()).digest(), version=4)).upper()


def draft(name, content, tags, created, modified, accessed, folder=0, flagged=False):
    return {"accessed_at": accessed, "content": content, "created_at": created, "created_latitude": 0,
            "created_longitude": 0, "flagged": flagged, "folder": folder, "languageGrammar": "Markdown",
            "modified_at": modified, "modified_latitude": 0, "modified_longitude": 0, "tags": tags, "uuid": uid(name)}


D = [
    draft("byol", f"# {T(K['byol'])}\n"
          "https://arxiv.org/abs/2006.07733\n\n"
          "בלי דוגמאות שליליות בכלל: רשת online חוזה את הייצוג של רשת target, שהמשקלות שלה הם ממוצע נע (EMA) של "
          "ה-online. למה זה לא קורס לפתרון טריוויאלי? לפי המאמר זה ה-predictor יחד עם ה-EMA.\n\n"
          "- [x] לקרוא סעיף 3\n"
          "- [ ] לבדוק את הניסוי שבו מורידים את ה-batch norm (היה על זה דיון אחר כך)\n"
          "- [ ] להריץ את solo-learn על CIFAR-100 — https://github.com/vturrisi/solo-learn (קוד, לא מאמר)\n",
          ["ssl", "קריאה"], "2024-02-18T19:42:10Z", "2024-02-27T06:15:33Z", "2024-03-05T08:01:47Z", flagged=True),
    draft("barlow", f"# Barlow Twins\n{T(K['barlow'])} — arXiv:2103.03230\n"
          f"{au(K['barlow'], 3)}\n\n"
          "הרעיון: מטריצת הקרוס־קורלציה בין שני ה-views צריכה להיות קרובה למטריצת היחידה. אין צורך ב-batch גדול "
          "ולא ב-momentum encoder, אבל ה-projector חייב להיות רחב (8192!).\n\n"
          "שאלה לחוג: איך זה מתקשר ל-whitening? נראה לי שזה כמעט אותו דבר.\n",
          ["ssl", "קריאה"], "2024-02-20T21:03:55Z", "2024-02-20T21:19:02Z", "2024-03-04T17:40:12Z"),
    draft("beit", f"BEiT — {T(K['beit'])}\n"
          "PDF: https://arxiv.org/pdf/2106.08254\n\n"
          "MIM כמו ב-BERT: מסתירים ~40% מהפאצ'ים וחוזים טוקנים ויזואליים של ה-tokenizer מ-DALL·E (dVAE). "
          "אחרי fine-tuning זה עוקף DeiT. מה שלא ברור לי: כמה תלוי ב-tokenizer עצמו? לשאול את יואב.\n",
          ["ssl", "vit"], "2024-02-22T07:55:40Z", "2024-02-25T20:11:08Z", "2024-03-01T09:30:25Z"),
    draft("circle", "## חוג קריאה — יום חמישי 7.3, חדר 214\n\n"
          "שני מאמרים על הדוגמאות השליליות בלמידה ניגודית:\n\n"
          f"1. {T(K['hardneg'])} ({au(K['hardneg'], 2)}, ICLR 2021) — דגימה של שליליות \"קשות\" בלי "
          "תוויות, עם תיקון להטיה. מציגה: מאיה.\n"
          f"2. {T(K['dacl'])} ({au(K['dacl'], 2)}, ICML 2021) — mixup במקום אוגמנטציות תלויות-תחום, כך "
          "שאפשר להפעיל את זה גם על טבלאות וגם על גרפים. מציג: עומר.\n\n"
          "להביא מחשב לדמו. הקלטה תעלה לערוץ של המעבדה.\n",
          ["חוג-קריאה"], "2024-02-29T12:20:03Z", "2024-03-03T18:47:51Z", "2024-03-05T07:58:36Z", flagged=True),
    draft("bitune", f"{T(K['bitune'])}\n"
          "https://openreview.net/forum?id=3rRgu7OGgBI\n\n"
          "fine-tuning של מודל מאומן מראש עם שני ראשים: contrastive על התוויות + contrastive על הייצוגים. "
          "לשים לב שהביקורות ב-OpenReview די קשות — שווה לקרוא אותן לפני שמציגים.\n",
          ["transfer", "קריאה"], "2024-03-01T10:05:44Z", "2024-03-01T10:12:30Z", "2024-03-02T22:14:09Z"),
    draft("transfer", "שאלות לפגישה עם ד\"ר כהן (transfer)\n\n"
          f"- האם כדאי להתחיל מ-{T(K['bit'])}? המתכון שלהם פשוט (GroupNorm + Weight Standardization, בלי "
          "hyperparameter search לכל משימה) ומתאים לדאטה הקטן שלנו.\n"
          f"- או מ-\"{T(K['vit'])}\" — שם מראים שאוגמנטציה ורגולריזציה שוות בערך פי עשרה דאטה. "
          "המשקלות נמצאים ב-timm (https://github.com/huggingface/pytorch-image-models — ספרייה, לא מאמר).\n"
          "- כמה GPU אפשר לקבל לחודש הבא?\n",
          ["transfer"], "2024-03-03T20:31:17Z", "2024-03-04T21:02:45Z", "2024-03-05T08:03:10Z"),
    draft("weng", "לקרוא בשבת: הפוסט של Lilian Weng על self-supervised learning (בלוג, סקירה טובה להתחלה)\n"
          "https://lilianweng.github.io/posts/2019-11-10-self-supervised/\n",
          ["ssl"], "2024-01-28T09:14:21Z", "2024-01-28T09:14:21Z", "2024-02-10T11:45:02Z", folder=1),
    draft("shopping", "קניות\n- חלב\n- פיתות\n- קפה לחדר של המעבדה\n- סוללות לעכבר\n",
          ["אישי"], "2024-03-04T16:02:18Z", "2024-03-04T16:09:55Z", "2024-03-04T18:30:00Z"),
]
text = json.dumps(D, ensure_ascii=False, indent=2, separators=(",", " : ")).replace("/", "\\/")
write_only(F, text, keys(F), forms=["\n".join(d["content"] for d in D)])
