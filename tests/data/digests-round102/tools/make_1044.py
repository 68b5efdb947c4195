#!/usr/bin/env python3
"""1044: the reStructuredText source of a Pelican blog post (`content/2024/reading-q1-2024.rst`) by an Israeli NLP PhD
student, in Hebrew: the title with its `#` underline, Pelican's field-list metadata (:date:, :modified:, :tags:,
:category:, :slug:, :authors:, :summary:, :lang:), then the post — sections with `=` underlines, a bullet list,
papers named as embedded links (`` `Title <url>`_ ``), an anonymous embedded link (`__`), an anonymous reference whose
target `__ url` follows the paragraph, a named reference `RT-2_` with its `.. _RT-2:` target, emphasis and strong
titles, an auto-numbered footnote `[#]_`, a `.. note::` directive, a comment, and plain titles inside Hebrew
sentences (with the Hebrew prefix letter and maqaf before the Latin title). The DeepMind blog post, the
neuraloperator and DomainBed repositories and a recorded talk are not papers; "GENRE", "Graphormer", "FNO", "ERM",
"MeshGraphNets", "ReAct" alone are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(1044)
K = dict(genre="2010.00904", fno="2010.08895", rt2="2307.15818", react="2210.03629", graphormer="2106.05234",
         af=ALPHAFOLD, dombed="2007.01434", mesh="2010.03409")
TITLE = "מה קראתי ברבעון הראשון: סוכנים, גרפים ולמידת מכונה למדע"
S = TITLE + "\n" + "#" * (len(TITLE) + 2) + """

:date: 2024-04-02 21:40
:modified: 2024-04-03 08:15
:tags: מאמרים, סוכנים, גרפים, מדע
:category: קריאה
:slug: reading-q1-2024
:authors: נועה לוי
:summary: שמונה מאמרים מחוץ לתחום הדוקטורט שלי – סוכנים שמשתמשים בכלים, רובוטים, גרפים ולמידת מכונה לפיזיקה ולביולוגיה.
:lang: he

בכל רבעון אני מנסה לקרוא לפחות שמונה מאמרים מחוץ לתחום הדוקטורט שלי (עיבוד שפה לעברית).
הפעם יצא ערבוב: סוכנים שמשתמשים בכלים, רובוטיקה, גרפים, ולמידת מכונה לפיזיקה ולביולוגיה.
לכל מאמר כתבתי כמה שורות: מה הרעיון, מה הפתיע אותי, והאם שווה לקרוא את כולו או רק את המבוא.

.. note::

   הרשימה לא מסודרת לפי חשיבות, אלא לפי הסדר שבו קראתי.

סוכנים ואחזור
=============

* `[[T:react]] <https://openreview.net/forum?id=WE_vluYUL-X>`_ –
  המאמר שממנו התחיל כל גל ה"סוכנים". הרעיון פשוט: לשזור צעדי חשיבה (Thought) עם פעולות (Action)
  ותצפיות (Observation), כך שהמודל גם מתכנן וגם בודק את עצמו מול ויקיפדיה. מה שהפתיע אותי הוא כמה
  מעט דוגמאות צריך. קראתי את גרסת ICLR 2023.

* `[[T:genre]] <https://arxiv.org/abs/2010.00904>`__ (GENRE) –
  במקום לדרג ישויות לפי מכפלה פנימית של וקטורים, המודל פשוט *מייצר* את שם הישות טוקן אחרי טוקן,
  עם beam search שמוגבל לעץ של שמות חוקיים. רעיון יפה שיכול להתאים גם לעברית, שבה אותה ישות נכתבת
  בהמון צורות.

* מודל ראייה-שפה שמוציא פעולות של רובוט כטוקנים רגילים:
  *[[T:rt2]]*. הקישור: RT-2_.
  מה שמרשים הוא ההכללה לפקודות שלא היו בנתוני הרובוט ("הרם את החפץ שיכול לשמש כפטיש").

.. _RT-2: https://arxiv.org/abs/2307.15818

גרפים
=====

את *[[T:graphormer]]* (arXiv:2106.05234) קראתי בעקבות דיון בקבוצת הקריאה:
Graphormer מוסיף לטרנספורמר קידוד של מרחקי מסלול קצר ביותר ושל דרגות הצמתים, וניצח ב-OGB-LSC.
הטענה בכותרת קצת פרובוקטיבית, אבל הניסויים משכנעים.

ובאותו שבוע גם סימולציה פיזיקלית עם רשתות גרף על רשתות משולשים (MeshGraphNets) [#]_ –
בד מתנופף, זרימה סביב גליל – ומהירות של פי 10 עד 100 מהסימולטור המקורי.

מדע
===

**[[T:af]]** – לא נמצא ב-arXiv, רק ב-Nature (2021).
קראתי את המאמר הראשי ואת המוסף על Evoformer; בלי המוסף אי אפשר להבין כלום.
הפוסט של DeepMind בבלוג שלהם נותן אינטואיציה טובה, אבל הוא כמובן לא מחליף את המאמר.

`[[T:fno]]`__ –
לומדים אופרטור בין מרחבי פונקציות במקום פונקציה בין וקטורים, והקונבולוציה נעשית במרחב פורייה.
יש קוד מסודר בספרייה neuraloperator.

__ https://arxiv.org/abs/2010.08895

הכללה
=====

המאמר שהכי שינה לי את הדעה ברבעון הזה: ב-[[T:dombed]] מראים שכאשר בוחרים מודלים בצורה הוגנת,
ERM רגיל מנצח כמעט את כל השיטות המתוחכמות ל-domain generalization. מפוכח ומעט מדכא.
הקוד (DomainBed) זמין בגיטהאב, ויש גם הרצאה מוקלטת של אחד הכותבים.

.. [#] [[T:mesh]], ICLR 2021. הקוד פורסם במאגר deepmind-research.

.. קישורים שאולי אוסיף בפעם הבאה: הרצאה מ-NeurIPS על FNO, סקירה על GNN לכימיה.

בפוסט הבא: מה קראתי על עיבוד שפה לעברית. מוזמנים לכתוב לי במייל אם יש לכם הצעות.
"""
text = fill(S, K)
write_only(F, text, keys(F))
