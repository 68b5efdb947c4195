#!/usr/bin/env python3
"""1426 (negative): a blog post on an Israeli news site's technology blog ("איך מתחילים ללמוד למידת מכונה ב-2024"), with
its Coral Talk comment stream (Coral by Vox Media, Hebrew interface), copied from the browser as text: the site's menu,
the post (author, date, reading time, headings, lists), tags and share buttons, then Coral's block (comment count,
sign-in line, tabs, sort, each comment's user, relative time, text, `כבוד` (Respect) count and its buttons, replies
marked `בתגובה ל…`, `הצג עוד תגובות`). Counts are computed: the tab count is the comments shown plus the ones not
loaded. No paper is referenced: only courses, books, libraries, models by name, datasets, competitions, a meetup, a
podcast, dates, versions and prices. The builder refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1426

POST = """ראשי | חדשות | כלכלה | טכנולוגיה | מדע | דעות | פודקאסטים
בלוג טכנולוגיה

איך מתחילים ללמוד למידת מכונה ב-2024? המדריך המעשי שלנו
מסלול לימוד של שישה חודשים, בלי תואר ובלי לשבור את הבנק: קורסים, ספרים, כלים ותחרויות
מאת נועה ברקוביץ | 12.05.2024, 08:30 | זמן קריאה: 7 דקות

כל שבוע מגיעות אלינו שאלות מקוראים: "אני מתכנת כבר עשר שנים, מאיפה מתחילים עם AI?" ריכזנו מסלול שבנינו יחד עם שלושה מהנדסים שעשו את המעבר בעצמם.

חודש 1–2: יסודות
• קורס Machine Learning Specialization של אנדרו אנג ב-Coursera (אפשר לקבל סיוע כספי, 49 דולר לחודש בלי סיוע).
• מתמטיקה: סדרת הסרטונים Essence of Linear Algebra של 3Blue1Brown ביוטיוב.
• פייתון: NumPy ו-pandas, כולל תרגול על מאגר Titanic ב-Kaggle.

חודש 3–4: למידה עמוקה
• הקורס Practical Deep Learning for Coders של fast.ai – חינמי לגמרי.
• ספר: Hands-On Machine Learning with Scikit-Learn, Keras and TensorFlow של אורליאן ז'רון (מהדורה שלישית, 2022). כל המחברות של הספר ב-GitHub: github.com/ageron/handson-ml3
• ספריות: PyTorch 2.3 ו-scikit-learn 1.4 (מדריך ההתקנה: pytorch.org/get-started/locally). מי שרוצה – גם JAX.
• להריץ על GPU בחינם: Google Colab או Kaggle Notebooks (30 שעות בשבוע).

חודש 5–6: פרויקט משלכם
• לבחור מאגר נתונים אמיתי – למשל מאגרי הנתונים הפתוחים של data.gov.il – ולבנות פרויקט מקצה לקצה.
• עברית: יש היום מודלים פתוחים לעברית כמו DictaLM ו-AlephBERT ב-Hugging Face, אפשר להתחיל מהם.
• להשתתף בתחרות Kaggle אחת לפחות. לא חשוב המקום בלוח המובילים, חשוב לקרוא את המחברות של הזוכים.

ומה עם קהילה?
מיטאפ PyData Tel Aviv נפגש פעם בחודש (הבא ב-4 ביוני), ויש קבוצת טלגרם פעילה בשם "למידת מכונה בעברית". את הפודקאסט "מתכנתים מחוץ לקופסא" כדאי לשמוע בדרך לעבודה.

טיפ אחרון: אל תנסו לקרוא את כל המאמרים. תבחרו פרויקט אחד ותלמדו רק מה שהוא דורש.

תגיות: למידת מכונה, בינה מלאכותית, קריירה, הייטק
שתפו: פייסבוק | וואטסאפ | X | לינקדאין | העתקת קישור"""
COMMENTS = [  # user, badge, time, text, respect, replies (same fields, no badge)
 ("אבי_גולן", None, "לפני יום", "שישה חודשים זה אופטימי. לי לקח שנה וחצי עד שהתקבלתי לעבודה ראשונה בתחום, ועדיין ביקשו תואר שני.", 31, [
   ("רותם", None, "לפני 20 שעות", "אצלי זה היה שמונה חודשים, אבל הייתי כבר מפתחת backend. תלוי מאיפה מתחילים.", 6)]),
 ("yossi_k", None, "לפני יומיים", "ומה עם מי שאין לו אנגלית טובה? כל החומר באנגלית.", 5, [
   ("מיכל.ש", None, "לפני יומיים", "יוסי, יש את הקורס בעברית של קמפוסIL ללמידת מכונה, חינמי, ובנוסף כתוביות מתורגמות ל-fast.ai.", 11)]),
 ("מיכל.ש", None, "לפני יומיים", "עשיתי בדיוק את המסלול הזה ב-2023. הדבר היחיד שהייתי מוסיף: CS231n של סטנפורד, ההרצאות מ-2017 עדיין ביוטיוב והמחברות שלהם מעולות.", 17, []),
 ("דני_מהצפון", None, "לפני 3 ימים", "מדריך מצוין! רק הערה: הקורס של אנדרו אנג עבר עדכון ב-2022 ועכשיו הוא בפייתון ולא ב-Octave, אז אין סיבה לפחד ממנו.", 24, [
   ("נועה ברקוביץ", "צוות", "לפני 3 ימים", "תודה דני, נכון מאוד. עדכנו את הניסוח.", 9)]),
]
MORE = 12
shown = sum(1 + len(c[5]) for c in COMMENTS)
out = [POST, "", f"תגובות ({shown + MORE})", "התחברו כדי להצטרף לשיחה. קראו את הנחיות הקהילה לפני שאתם מגיבים.",
       f"כל התגובות {shown + MORE}", "מומלצות 2", "מיון: החדשות ביותר ⌄", ""]
for user, badge, t, text, resp, replies in COMMENTS:
    out += [user] + ([badge] if badge else []) + [t, text, f"השב  |  שתף  |  כבוד {resp}  |  דווח", ""]
    for r in replies:
        ru, rb, rt, rtext, rresp = r
        out += [ru] + ([rb] if rb else []) + [rt, f"בתגובה ל{user}", rtext, f"השב  |  שתף  |  כבוד {rresp}  |  דווח", ""]
out += [f"הצג עוד תגובות ({MORE})", "", "מופעל על ידי Coral", "",
        "© כל הזכויות שמורות | תנאי שימוש | מדיניות פרטיות | נגישות | צור קשר"]
write(F1426, "\n".join(out) + "\n", negative=True)
