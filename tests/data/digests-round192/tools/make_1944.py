#!/usr/bin/env python3
"""1944: the HTML page of an issue of an invented newsletter of the Department of Computer Science at Birzeit University
(the page chrome is imagined): Arabic (right to left) with English paper titles. The newsletter, its issue, the people,
the seminar and the dates are invented; vLLM, the FlashAttention repository, the Jais model and a seminar talk appear as
what they are. Computed: the HTML escaping (html.escape), the table of contents = the section ids (asserted)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1944)
e = lambda s: html.escape(s, quote=False)
SECT = [("qiraat", "قراءات الأسبوع"), ("seminar", "الندوة الشهرية"), ("akhbar", "أخبار القسم")]
items = [
 f'<li><a href="https://openreview.net/forum?id={OR("2002.09402")}">{e(T("2002.09402"))}</a> — ذاكرة تغذية راجعة للمحوّلات.</li>',
 f'<li><a href="https://arxiv.org/abs/2007.14062">{e(T("2007.14062"))}</a> — انتباه متناثر للنصوص الطويلة.</li>',
 f'<li>{e(T("2307.08691"))} (<a href="https://arxiv.org/pdf/2307.08691v1">PDF</a>)؛ الشيفرة في مستودع FlashAttention على GitHub.</li>',
 f'<li><a href="http://arxiv.org/abs/2309.06180v1">{e(T("2309.06180"))}</a> — الورقة وراء خادم vLLM.</li>',
 f'<li>{e(T("2306.15595"))} (arXiv:2306.15595) — توسيع السياق دون إعادة تدريب كاملة.</li>',
 f'<li>{e(T("2005.00743"))} — هل نحتاج إلى الانتباه النقطي أصلاً؟</li>',
 f'<li>{e(T("2302.10866"))} — بديل التفافي للانتباه.</li>',
 f'<li>للتصوّر: {e(T("2103.14625"))} (VIS 2021).</li>',
]
toc = "\n".join(f'   <li><a href="#{i}">{t}</a></li>' for i, t in SECT)
body = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>نشرة قسم علم الحاسوب — العدد 9 | جامعة بيرزيت</title>
<link rel="stylesheet" href="https://www.birzeit.edu/themes/bzu/css/style.css">
</head>
<body>
<header class="site-header">
 <a href="https://www.birzeit.edu/ar">جامعة بيرزيت</a> › <a href="https://www.birzeit.edu/ar/faculties">كلية تكنولوجيا المعلومات</a> › نشرة القسم
</header>
<main>
 <h1>نشرة قسم علم الحاسوب — العدد 9</h1>
 <p class="date">نُشر في 3 آذار 2026</p>
 <p>مرحباً بالجميع، يركّز هذا العدد على الانتباه الفعّال والسياق الطويل، استعداداً لمشروع النموذج العربي في المختبر.</p>
 <nav class="toc">
  <ul>
{toc}
  </ul>
 </nav>
 <section id="qiraat">
  <h2>{SECT[0][1]}</h2>
  <p lang="en" dir="ltr">Reading group, Thursdays 12:30, Room 214 &amp; online.</p>
  <ul>
   {chr(10).join('   ' + i if n else i for n, i in enumerate(items)).lstrip()}
  </ul>
 </section>
 <section id="seminar">
  <h2>{SECT[1][1]}</h2>
  <p>يقدّم د. سامي عودة ندوة بعنوان «نماذج اللغة العربية المفتوحة: تجربة Jais والنماذج المحلية» يوم الأربعاء 18 آذار.
  التسجيل متاح على <a href="https://www.youtube.com/@bzu-cs-example">قناة القسم على YouTube</a>.</p>
 </section>
 <section id="akhbar">
  <h2>{SECT[2][1]}</h2>
  <p>تهانينا لرنا خليل وأحمد ناصر على قبول ملصقهما في ورشة عمل إقليمية. للمساهمة في العدد القادم راسلونا:
  <a href="mailto:cs-newsletter@birzeit.example.edu">cs-newsletter@birzeit.example.edu</a>.</p>
 </section>
</main>
<footer>© 2026 جامعة بيرزيت — بيرزيت، فلسطين</footer>
</body>
</html>
"""
assert [i for i, _ in SECT] == [s.split('"')[0] for s in body.split('<section id="')[1:]]
write_only(F, body, keys(F), forms=[html.unescape(body)])
