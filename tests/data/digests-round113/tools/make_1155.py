#!/usr/bin/env python3
"""1155: a static seminar-schedule page marked up with hCalendar microformats (Hindi): a Pune group's spring ML
seminar. Each talk is a `vevent` with `summary`, `dtstart` / `dtend` as <abbr title="ISO"> whose Hindi text gives
the same weekday, day, month and time, a `location`, a `description` and, when the paper has one, a `url` link.
Page chrome: header, navigation, a webcal subscription link, footer."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1155, keys, DBN

WD = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]
MO = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
def hi_time(t):
    h = t.hour % 12 or 12
    part = "पूर्वाह्न" if t.hour < 12 else "अपराह्न"
    return f"{h}:{t.minute:02d} {part}"
def hi_date(t):
    return f"{WD[t.weekday()]}, {t.day} {MO[t.month - 1]} {t.year}"
e = html.escape
talks = [
 ("2024-01-18", "अनन्या देशपांडे", T("2010.01412"), "https://arxiv.org/abs/2010.01412",
  "SAM: हानि-सतह की तीक्ष्णता (sharpness) को कम करके बेहतर सामान्यीकरण। ResNet और ViT पर प्रयोग दिखाए जाएँगे।"),
 ("2024-01-25", "प्रो. विनय कुलकर्णी", DBN, None,
  "क्लासिक सत्र: " + au(DBN) + ", Neural Computation (2006)। परत-दर-परत पूर्व-प्रशिक्षण की ऐतिहासिक भूमिका।"),
 ("2024-02-01", "रोहन जोशी", T("2103.13462"), None,
  "सिद्धांत सत्र: स्थानीय विधियाँ (gradient descent आदि) गैर-उत्तल समस्याओं में क्यों सफल होती हैं — एक सर्वेक्षण-अध्याय। लिंक बाद में साझा किया जाएगा।"),
 ("2024-02-08", "स्नेहा पाटिल", T("2006.05929"), None,
  "डेटासेट संघनन: ग्रेडिएंट मिलान से छोटा कृत्रिम डेटासेट। पेपर: arXiv:2006.05929 (ICLR 2021)।"),
 ("2024-02-15", "अमित शर्मा", T("2006.14536"), None,
  "मज़बूती (robustness): ReLU की जगह smooth सक्रियण फलन से adversarial training में सुधार। " + au("2006.14536", 2) + "।"),
 ("2024-02-22", "अनन्या देशपांडे", T("2006.06882"), None,
  "क्या ImageNet पूर्व-प्रशिक्षण हमेशा मदद करता है? self-training से तुलना (COCO, PASCAL)। PDF समूह की ड्राइव में है।"),
 ("2024-02-29", "रोहन जोशी", T("2304.02643"), "https://arxiv.org/pdf/2304.02643.pdf",
  "SAM (segmentation) और SA-1B डेटासेट; ध्यान दें: यह पहले सत्र वाला SAM नहीं है!"),
 ("2024-03-07", "स्नेहा पाटिल", T("2308.04079"), "https://arxiv.org/abs/2308.04079",
  "रीयल-टाइम रेंडरिंग; डेमो के लिए परियोजना पृष्ठ देखें: https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/"),
]
ev = []
for i, (d, who, title, url, desc) in enumerate(talks, 1):
    s = dt.datetime.fromisoformat(d + "T15:30:00").replace(tzinfo=IST); en = s + dt.timedelta(minutes=90)
    link = f'<a class="url" href="{e(url)}">{e(title)}</a>' if url else f'<cite>{e(title)}</cite>'
    ev.append(f'''    <li class="vevent" id="sem-{d}">
      <h3 class="summary">सेमिनार {i}: {e(title)}</h3>
      <p class="when"><abbr class="dtstart" title="{s.isoformat()}">{hi_date(s)}, {hi_time(s)}</abbr> –
        <abbr class="dtend" title="{en.isoformat()}">{hi_time(en)}</abbr>,
        <span class="location">कक्ष 204, गणित भवन</span></p>
      <p class="description">वक्ता: <span class="organizer">{e(who)}</span>। पेपर: {link}। {e(desc)}</p>
    </li>''')
s = dt.datetime(2024, 3, 14, 14, 0, tzinfo=IST); en = s + dt.timedelta(hours=3)
ev.append(f'''    <li class="vevent" id="sem-2024-03-14">
      <h3 class="summary">समापन सत्र: PyTorch 2 कार्यशाला (पेपर नहीं)</h3>
      <p class="when"><abbr class="dtstart" title="{s.isoformat()}">{hi_date(s)}, {hi_time(s)}</abbr> –
        <abbr class="dtend" title="{en.isoformat()}">{hi_time(en)}</abbr>,
        <span class="location">कंप्यूटर प्रयोगशाला 3</span></p>
      <p class="description">व्यावहारिक कार्यशाला; पिछले वर्ष की रिकॉर्डिंग: <a href="https://www.youtube.com/watch?v=Qm7k2Zs1xTq">YouTube</a>।</p>
    </li>''')
page = f'''<!DOCTYPE html>
<html lang="hi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>मशीन लर्निंग सेमिनार — वसंत 2024 | सांख्यिकी एवं शिक्षण प्रयोगशाला</title>
  <link rel="stylesheet" href="/assets/css/site.css">
  <link rel="alternate" type="text/calendar" title="iCal" href="/seminar/spring-2024.ics">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">सांख्यिकी एवं शिक्षण प्रयोगशाला</a>
    <nav>
      <ul>
        <li><a href="/">मुखपृष्ठ</a></li>
        <li><a href="/people/">सदस्य</a></li>
        <li><a href="/seminar/" aria-current="page">सेमिनार</a></li>
        <li><a href="/publications/">प्रकाशन</a></li>
        <li><a href="/contact/">संपर्क</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <h1>मशीन लर्निंग सेमिनार — वसंत 2024</h1>
    <p>हर गुरुवार दोपहर साढ़े तीन बजे। सभी छात्र आमंत्रित हैं; चाय और समोसे उपलब्ध रहेंगे।
      अपने कैलेंडर में जोड़ें: <a href="webcal://lab.example.ac.in/seminar/spring-2024.ics">webcal सदस्यता</a>
      या <a href="/seminar/spring-2024.ics">.ics फ़ाइल</a>।</p>
    <ol class="schedule">
{chr(10).join(ev)}
    </ol>
    <p class="note">कार्यक्रम में बदलाव संभव है। प्रश्नों के लिए <a href="mailto:seminar@lab.example.ac.in">seminar@lab.example.ac.in</a> पर लिखें।</p>
  </main>
  <footer>
    <p>© 2024 सांख्यिकी एवं शिक्षण प्रयोगशाला · अंतिम अद्यतन: 10 जनवरी 2024</p>
  </footer>
</body>
</html>
'''
write_only(F1155, page, keys(F1155))
