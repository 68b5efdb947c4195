#!/usr/bin/env python3
"""1357: a Shnaton (the university's online course catalogue, שנתון) syllabus page of a graduate seminar on sequence
models and memory, saved by Firefox as "Web Page, complete": the page's own markup as Firefox serialises the DOM
(LF line ends, `<tbody>` in every table, `&amp;` in attributes, resources rewritten to `./סילבוס_files/`), right to
left Hebrew with English titles in `<span dir="ltr">`. KOAN-like header table, then the syllabus fields in the
catalogue's fixed order (course goals, learning outcomes, attendance, teaching method, the topic list by week, the
required reading, the additional reading, the grade composition — eleven categories that add up to 100 % — and notes).
Papers: arXiv abs / pdf links in the required reading, two OpenReview forum links and an `arXiv:` id in the
additional reading, three titles alone (two of them not on arXiv); a textbook, two blog posts, the PyTorch docs and a
Moodle site are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1357, keys, LSTM, BACKPROP

COURSE, YEAR, SEM = "67945", "2024", "2"
FILES = "./סילבוס_files"
E = lambda s: html.escape(s, quote=False)
LTR = lambda s: f'<span dir="ltr">{E(s)}</span>'

REQ = [  # (n, html)
    (1, LTR(f"Rumelhart, D. E., Hinton, G. E., & Williams, R. J. (1986). {BACKPROP}. Nature, 323, 533–536.")),
    (2, LTR(f"Hochreiter, S., & Schmidhuber, J. (1997). {LSTM}. Neural Computation, 9(8), 1735–1780.")),
    (3, LTR(f"Sutskever, I., Vinyals, O., & Le, Q. V. (2014). {T('1409.3215')}. NIPS 2014. ")
        + '<a href="https://arxiv.org/abs/1409.3215" target="_blank">https://arxiv.org/abs/1409.3215</a>'),
    (4, LTR(f"Bahdanau, D., Cho, K., & Bengio, Y. (2015). {T('1409.0473')}. ICLR 2015. ")
        + '<a href="https://arxiv.org/pdf/1409.0473" target="_blank">PDF</a>'),
    (5, LTR(f"Graves, A., Wayne, G., & Danihelka, I. (2014). {T('1410.5401')}. Technical report, Google DeepMind.")
        + " (סעיפים 1–3 בלבד)"),
]
EXTRA = [
    (6, LTR(f"Dai, Z., Yang, Z., Yang, Y., Carbonell, J., Le, Q. V., & Salakhutdinov, R. (2019). {T('1901.02860')}. ACL 2019. arXiv:1901.02860")),
    (7, LTR(f"Fan, A., Lavril, T., Grave, E., Joulin, A., & Sukhbaatar, S. (2020). {T('2002.09402')}. ")
        + f'<a href="https://openreview.net/forum?id={OR("2002.09402")}" target="_blank">OpenReview</a>'),
    (8, LTR(f"Wu, Q., Lan, Z., Qian, K., Gu, J., Geramifard, A., & Yu, Z. (2020). {T('2010.06891')}. ")
        + f'<a href="https://openreview.net/forum?id={OR("2010.06891")}" target="_blank">OpenReview</a>'),
    (9, LTR("Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning, chapter 10: Sequence Modeling. MIT Press.")
        + ' <a href="https://www.deeplearningbook.org/contents/rnn.html" target="_blank">www.deeplearningbook.org</a>'),
    (10, "רשומות בלוג מומלצות: " + LTR("Karpathy, A. (2015). The Unreasonable Effectiveness of Recurrent Neural Networks;")
        + " " + LTR("Olah, C. (2015). Understanding LSTM Networks.") + " (לא חובה, רקע אינטואיטיבי)"),
]
WEEKS = [
    "מבוא: מודלים לרצפים, חזרה על " + LTR("backpropagation through time") + " [1]",
    "רשתות חוזרות ובעיית הגרדיאנט הנעלם; " + LTR("LSTM") + " ו-" + LTR("GRU") + " [2]",
    "מקודד–מפענח לתרגום מכונה [3]",
    "מנגנון הקשב הראשון [4]",
    "זיכרון חיצוני: " + LTR("NTM") + " [5]",
    "תרגיל בית 1: מימוש " + LTR("seq2seq") + " עם קשב ב-" + LTR("PyTorch"),
    "מקשב לטרנספורמר – סקירה (ללא קריאת חובה)",
    "הקשר ארוך: " + LTR("Transformer-XL") + " וזיכרון רקורסיבי [6]",
    "זיכרון משוב בטרנספורמרים [7]",
    LTR("Memformer") + " וזיכרון מפורש [8]",
    "הצגות סטודנטים (1)",
    "הצגות סטודנטים (2)",
    "סיכום ודיון: לאן הולך זיכרון ארוך טווח?",
]
GRADE = [("מבחן מסכם בכתב/בחינה בעל פה", 0), ("הרצאה", 0), ("השתתפות", 10), ("הגשת עבודה", 40),
         ("הגשת תרגילים", 20), ("הגשת דו\"חות", 0), ("פרויקט מחקר", 0), ("בחנים", 0), ("אחר", 30),
         ("עבודה סמינריונית", 0), ("מבחן אמצע", 0)]


def row(label, content, cls="syl_text"):
    return f'<tr>\n<td class="syl_label">{label}</td>\n<td class="{cls}">{content}</td>\n</tr>'


def olist(items):
    return "<ol>\n" + "\n".join(f'<li value="{n}">{h}</li>' for n, h in items) + "\n</ol>"


weeks = "<ul class=\"weeks\">\n" + "\n".join(f"<li>שבוע {i}: {w}</li>" for i, w in enumerate(WEEKS, 1)) + "\n</ul>"
grade = "<ul class=\"grade\">\n" + "\n".join(f"<li>{E(k)} {v} %</li>" for k, v in GRADE) + "\n</ul>"
PRINT = f"https://shnaton.naniv.example.ac.il/index.php/NewSyl/{COURSE}/{SEM}/{YEAR}/print?lang=he&amp;from=search"
rows = [
    row("מטרות הקורס", "להכיר את התפתחות המודלים לעיבוד רצפים – מרשתות חוזרות, דרך מנגנוני קשב, ועד מודלים עם זיכרון מפורש והקשר ארוך – ולקרוא מאמרי מפתח באופן ביקורתי."),
    row("תוצרי למידה", "בסיום הקורס הסטודנטים יוכלו:<br>\n1. להסביר את מגבלות הרשתות החוזרות ואת הפתרונות שהוצעו להן.<br>\n2. לממש מודל " + LTR("encoder–decoder") + " עם קשב.<br>\n3. להציג מאמר מחקר ולהעריך את טענותיו."),
    row("דרישות נוכחות (%)", "80"),
    row("שיטת ההוראה בקורס", "סמינר: הרצאות מבוא של המרצה והצגות מאמרים של הסטודנטים."),
    row("רשימת נושאים / תכנית הלימודים", weeks),
    row("חומר חובה לקריאה", olist(REQ)),
    row("חומר לקריאה נוספת", olist(EXTRA)),
    row("הערכת הקורס - הרכב הציון הסופי", grade),
    row("מידע נוסף / הערות", "ההצגות (\"אחר\" 30 %) נבחרות מרשימת הקריאה הנוספת. תרגילי הבית יוגשו באתר " + LTR("Moodle")
        + " של הקורס. תיעוד " + LTR("nn.LSTM") + ': <a href="https://pytorch.org/docs/stable/generated/torch.nn.LSTM.html" target="_blank">'
        + "pytorch.org</a>.<br>\nשעות קבלה: יום ג' 14:00–15:00, בניין רוס, חדר 213, בתיאום מראש."),
]
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="he"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>סילבוס</title>
<link rel="stylesheet" type="text/css" href="{FILES}/shnaton.css">
<link rel="shortcut icon" href="{FILES}/favicon.ico">
<script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="top">
<img src="{FILES}/logo_he.png" alt="האוניברסיטה העברית בנניב (דוגמה)">
<span class="sitename">שנתון - קטלוג הקורסים</span>
<a class="lang" href="https://shnaton.naniv.example.ac.il/index.php/NewSyl/{COURSE}/{SEM}/{YEAR}?lang=en">English</a>
</div>
<div id="content">
<h1>סילבוס - {COURSE}</h1>
<table class="syl_head" border="0" cellspacing="0" cellpadding="2">
<tbody><tr>
<td class="syl_label">שם הקורס</td>
<td class="syl_text">מודלים לרצפים וזיכרון ברשתות נוירונים</td>
<td class="syl_label">מספר קורס</td>
<td class="syl_text">{COURSE}</td>
</tr>
<tr>
<td class="syl_label">שנה אקדמית</td>
<td class="syl_text">תשפ"ד - {YEAR}</td>
<td class="syl_label">סמסטר</td>
<td class="syl_text">סמסטר ב'</td>
</tr>
<tr>
<td class="syl_label">נקודות זכות</td>
<td class="syl_text">2</td>
<td class="syl_label">תואר</td>
<td class="syl_text">מוסמך</td>
</tr>
<tr>
<td class="syl_label">מרצה</td>
<td class="syl_text">ד"ר אביטל שגיא</td>
<td class="syl_label">מתרגל/ת</td>
<td class="syl_text">עומר בן-חיים</td>
</tr>
<tr>
<td class="syl_label">מועד ומקום</td>
<td class="syl_text">יום ג' 10:00–12:00, רוס 108</td>
<td class="syl_label">שפת ההוראה</td>
<td class="syl_text">עברית</td>
</tr>
</tbody></table>
<table class="syl_body" border="0" cellspacing="0" cellpadding="4">
<tbody>{chr(10).join(rows)}
</tbody></table>
<p class="printlink"><a href="{PRINT}">גרסה להדפסה</a> | <a href="https://shnaton.naniv.example.ac.il/index.php/Course/{COURSE}/{YEAR}">פרטי הקורס בשנתון</a></p>
<p class="disclaimer">הסילבוס כפוף לשינויים. האחריות לעדכון היא על המרצה.</p>
</div>
<div id="footer">© כל הזכויות שמורות לאוניברסיטה (דוגמה) | עודכן לאחרונה: 04/02/2024</div>
</body></html>
"""
write_only(F1357, page, keys(F1357), forms=[html.unescape(page)])
