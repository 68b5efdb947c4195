#!/usr/bin/env python3
"""800: a Hebrew seminar paper compiled to HTML with make4ht (TeX4ht, XeLaTeX + polyglossia), PNAS reference style
(pnas-new.bst: initials without dots, title, journal abbreviation, bold volume, pages, year in parentheses; "arXiv
[Preprint]" entries with URL and access date): TeX4ht's chrome — `<meta content="TeX4ht (https://tug.org/tex4ht/)"
name="generator" />`, `<!--l. N-->` source-line comments, attribute breaks inside tags (`<a ⏎ href=…>`), `class="cmr-10"`
/ `cmti-10` / `cmtt-10` font spans, `x1-…` anchors, `<div class="thebibliography">` with `<p class="bibitem" >`,
`<span class="biblabel">` and `bibsp` non-breaking spaces, `#X<key>` citation links. Papers on deep-learning
foundations read in a computational-neuroscience seminar."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys

F = by_num(800)
GLOROT = key_of("Understanding the difficulty of training deep feedforward neural networks")
DBN = key_of("A Fast Learning Algorithm for Deep Belief Nets")


def pn(key, n=99):
    """PNAS author list: initials without dots, 'et al.' after n"""
    out = []
    for a in CAT[key]["authors"][:n]:
        p = a.replace("-", " ").split()
        out.append("".join(x[0] for x in p[:-1]) + " " + p[-1])
    return ", ".join(out) + (", et al." if len(CAT[key]["authors"]) > n else "")


def url(u):
    return f'<a \nhref="{u}" class="url" ><span \nclass="cmtt-10">{u}</span></a>'


def it(s):
    return f'<span \nclass="cmti-10">{s}</span>'


REFS = [
 ("hinton2006fast", f'{pn(DBN)}, {T(DBN)}. {it("Neural Comput.")} <span \nclass="cmbx-10">18</span>, 1527&#8211;1554 (2006).'),
 ("glorot2010understanding", f'{pn(GLOROT)}, {T(GLOROT)} in {it("Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics")}, Proceedings of Machine Learning Research, eds. YW Teh, M Titterington. (PMLR, Chia Laguna Resort, Sardinia, Italy), Vol.&#x00A0;9, pp. 249&#8211;256 (2010).'),
 ("mikolov2013efficient", f'{pn("1301.3781")}, {T("1301.3781")}. arXiv [Preprint] (2013). {url("https://arxiv.org/abs/1301.3781")} (Accessed 4 March 2024).'),
 ("he2015delving", f'{pn("1502.01852")}, {T("1502.01852")} in {it("Proceedings of the IEEE International Conference on Computer Vision (ICCV)")}. pp. 1026&#8211;1034 (2015).'),
 ("he2016deep", f'{pn("1512.03385")}, {T("1512.03385")} in {it("Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)")}. pp. 770&#8211;778 (2016).'),
 ("goodfellow2016book", f'I Goodfellow, Y Bengio, A Courville, {it("Deep Learning")} (MIT Press, Cambridge, MA), (2016).'),
 ("peters2018deep", f'{pn("1802.05365")}, {T("1802.05365")} in {it("Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies")}. (Association for Computational Linguistics, New Orleans, Louisiana), pp. 2227&#8211;2237 (2018) arXiv:1802.05365.'),
 ("dayan2001theoretical", f'P Dayan, LF Abbott, {it("Theoretical Neuroscience: Computational and Mathematical Modeling of Neural Systems")} (MIT Press, Cambridge, MA), (2001).'),
 ("foret2021sharpness", f'{pn("2010.01412")}, {T("2010.01412")} in {it("International Conference on Learning Representations")}. (2021) {url("https://arxiv.org/abs/2010.01412")}.'),
 ("ma2021local", f'{pn("2103.13462")}, {T("2103.13462")}. arXiv [Preprint] (2021). {url("https://arxiv.org/abs/2103.13462")} (Accessed 4 March 2024).'),
 ("mnist", f'Y LeCun, C Cortes, CJC Burges, The MNIST database of handwritten digits (1998) {url("http://yann.lecun.com/exdb/mnist/")} (Accessed 4 March 2024).'),
]
NUM = {k: i + 1 for i, (k, _) in enumerate(REFS)}


def cite(*ks):
    return "[" + ", ".join(f'<a \nhref="#X{k}">{NUM[k]}</a>' for k in ks) + "]"


def para(line, s, cls="indent"):
    return f'<!--l. {line}--><p class="{cls}" >   {s}\n</p>\n'


BODY = (
 f'<h3 class="sectionHead"><span class="titlemark">1   </span> <a \n id="x1-10001"></a>מבוא</h3>\n'
 + para(31, f"""השאלה המרכזית של הסמינר השנה היא מה אפשר ללמוד ממחקר הרשתות העמוקות על למידה במערכות עצביות
ביולוגיות, ולהפך. בעבודה זו אני סוקרת את הגל הראשון של "הלמידה העמוקה": האימון המקדים השכבתי של רשתות
אמונה עמוקות {cite('hinton2006fast')}, ההבנה שקשיי האופטימיזציה נובעים במידה רבה מהאתחול ומפונקציות ההפעלה
{cite('glorot2010understanding', 'he2015delving')}, והמעבר לרשתות שיוריות עמוקות מאוד {cite('he2016deep')}.""", "noindent")
 + para(38, f"""כרקע כללי נעזרתי בספר הלימוד {cite('goodfellow2016book')} ובפרקים 7–8 של {cite('dayan2001theoretical')},
שמהווים את הגשר בין שני התחומים. את הניסויים הקטנים בפרק 3 הרצתי על MNIST {cite('mnist')} בעזרת PyTorch
(קוד המחברת זמין בעמוד הקורס במודל).""")
 + f'<h3 class="sectionHead"><span class="titlemark">2   </span> <a \n id="x1-20002"></a>ייצוגים מבוזרים</h3>\n'
 + para(47, f"""במקביל לראייה ממוחשבת, בעיבוד שפה טבעית התברר שייצוגים וקטוריים של מילים נלמדים ביעילות מקורפוס גדול
{cite('mikolov2013efficient')}, ובהמשך שייצוג מילה כדאי שיהיה תלוי הקשר {cite('peters2018deep')}. מבחינה
נוירו־מדעית זה מזכיר את הדיון על קידוד אוכלוסייה: המשמעות אינה בנוירון בודד אלא בדפוס הפעילות.""", "noindent")
 + f'<h3 class="sectionHead"><span class="titlemark">3   </span> <a \n id="x1-30003"></a>למה אופטימיזציה לא־קמורה מצליחה?</h3>\n'
 + para(55, f"""הסבר תאורטי חלקי לכך שירידת גרדיאנט מוצאת פתרונות טובים למרות שפונקציית ההפסד אינה קמורה מוצג
ב־{cite('ma2021local')}. מהצד המעשי, שיטות שמחפשות מינימום "שטוח" משפרות הכללה {cite('foret2021sharpness')}.
בניסוי שלי (איור <a \nhref="#x1-30011">1<!--tex4ht:ref: fig:sharp --></a>) השוויתי בין SGD רגיל לבין החיפוש
אחר מינימום שטוח על רשת קטנה; ההבדל בדיוק על קבוצת הבדיקה היה קטן, כ־0.4 נקודות אחוז.""")
 + '<div class="figure">\n<a \n id="x1-30011"></a>\n<!--l. 63--><p class="noindent" ><img \nsrc="seminar0x.png" alt="PIC"  \n/>\n<br /> <div class="caption"\n><span class="id">איור&#x00A0;1: </span><span  \nclass="content">דיוק על קבוצת הבדיקה כפונקציה של מספר האפוקים (ממוצע של חמש הרצות).</span></div><!--tex4ht:label?: x1-30011 -->\n</div>\n'
 + f'<h3 class="sectionHead"><span class="titlemark">4   </span> <a \n id="x1-40004"></a>סיכום</h3>\n'
 + para(71, """הרעיונות שנסקרו כאן — אתחול זהיר, פונקציות הפעלה מתוקנות, חיבורים שיוריים וייצוגים מבוזרים — הם
כיום מובנים מאליהם, אבל לכל אחד מהם יש מקבילה מעניינת בספרות על למידה במוח. בפגישה הבאה של הסמינר
(יום ד׳, 13.3) נדון בשאלה האם כלל למידה מקומי יכול לקרב את הגרדיאנט.""", "noindent")
)

BIB = "".join(f'<p class="bibitem" ><span class="biblabel">\n  {NUM[k]}<span class="bibsp">&#x00A0;&#x00A0;&#x00A0;</span></span><a \n id="X{k}"></a>{s}\n</p>\n' for k, s in REFS)

text = f"""<!DOCTYPE html> 
<html lang="he-IL" xml:lang="he-IL" dir="rtl" > 
<head><title>יסודות הלמידה העמוקה בעיני מדעי המוח החישוביים</title> 
<meta charset="utf-8" /> 
<meta content="TeX4ht (https://tug.org/tex4ht/)" name="generator" /> 
<meta content="width=device-width,initial-scale=1" name="viewport" /> 
<link href="seminar.css" rel="stylesheet" type="text/css" /> 
<meta content="seminar.tex" name="src" /> 
</head><body 
>
<div class="maketitle">
<h2 class="titleHead">יסודות הלמידה העמוקה בעיני מדעי המוח החישוביים</h2>
<div class="author" >עבודה סמינריונית במסגרת הסמינר "למידה במוח ובמכונה"<br />מגישה: נועה ברקוביץ&#8217;<br />מנחה: ד"ר יואב שחם, החוג למדעי המוח, אוניברסיטת עמק הירדן</div><br />
<div class="date" >מרץ 2024</div>
</div>
<div class="abstract" 
>
<h3 class="abstracttitle">
תקציר
</h3>
<!--l. 24--><p class="indent" >   העבודה סוקרת שמונה מאמרים יסודיים בלמידה עמוקה ומצביעה על הקבלות למחקר על למידה ביולוגית. העבודה
נכתבה בעברית; שמות המאמרים מובאים בשפת המקור.
</p>
</div>
{BODY}<h3 class="likesectionHead"><a 
 id="x1-50004"></a>מקורות</h3>
<!--l. 80--><p class="noindent" >
   <div class="thebibliography">
{BIB}   </div>
</p>
 
</body> 
</html>
"""
write_only(F, text, keys(F))
