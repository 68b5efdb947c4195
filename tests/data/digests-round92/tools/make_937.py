#!/usr/bin/env python3
"""937: a Saudi elective course's page in Blackboard Learn Ultra (student view, English interface, Arabic course
content), copied from the browser into a text file by a student (Select All, Copy, Paste) after expanding every
folder: the skip link, the course name, the course navigation (Content … Groups), the Details & Actions panel (Roster,
Course Description, Class Collaboration, Attendance, Books & Tools), then "Course Content": a start-here document,
weekly folders "الأسبوع N (D–D شهر): topic" — Sunday to Thursday weeks, one week apart, the Eid break as its own
folder without a number — each followed by its description and the expanded items (title line, then the item's
description as the instructor typed it; assignments and tests with `Due date: M/D/YY, h:mm AM/PM`). The readings name
the papers (two OpenReview URLs, two arXiv URLs, one arXiv id as text, three by title only); Chris Olah's blog post,
d2l.ai, the Annotated Transformer, the PyTorch documentation, a CS224n lecture video and a Colab notebook are not
papers."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LSTM

F = by_num(937)
K = dict(memformer="2010.06891", reformer="2001.04451", bahdanau="1409.0473", rnns="2006.16236", ntm="1410.5401",
         flash="2202.10447", survey="2103.14636")
AR_MON = {1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل", 5: "مايو"}


def span(d):
    e = d + datetime.timedelta(days=4)
    if d.month == e.month:
        return f"{d.day}–{e.day} {AR_MON[d.month]}"
    return f"{d.day} {AR_MON[d.month]} – {e.day} {AR_MON[e.month]}"


def due(d, h=23, m=59):
    hh = h % 12 or 12
    return f"Due date: {d.month}/{d.day}/{d.year % 100:02d}, {hh}:{m:02d} {'AM' if h < 12 else 'PM'}"


W1 = datetime.date(2024, 2, 11)  # a Sunday


def wk(n):
    return W1 + datetime.timedelta(days=7 * (n - 1))


WEEKS = [
    (1, "مراجعة: الشبكات المتكررة ومشكلة التدرج المتلاشي",
     "نبدأ من الشبكة المتكررة البسيطة، ثم نرى لماذا يتلاشى التدرج عبر الزمن وكيف تعالجه البوابات.",
     [("قراءة أساسية: LSTM",
       ["Sepp Hochreiter & Jürgen Schmidhuber (1997). " + LSTM + ". Neural Computation 9(8): 1735–1780.",
        "الورقة طويلة وثقيلة رياضياً؛ ركّزوا على القسمين 3 و4 (خلية الذاكرة والبوابات) ويكفي ذلك للمحاضرة."]),
      ("قراءة مساعدة (ليست ورقة بحثية)",
       ["تدوينة Chris Olah المشهورة Understanding LSTM Networks:",
        "https://colah.github.io/posts/2015-08-Understanding-LSTMs/",
        "وللعربية: الفصل 10 من كتاب d2l.ai (النسخة الإنجليزية أحدث)."]),
      ("شرائح المحاضرة 1", ["PDF — 2.4 MB"]),
     ]),
    (2, "الترجمة الآلية والانتباه",
     "من Encoder–Decoder إلى الانتباه: لماذا كان المتجه الثابت عنق زجاجة؟",
     [("قراءة أساسية: Bahdanau et al.",
       ["\"" + T(K["bahdanau"]) + "\" — Bahdanau, Cho, Bengio (ICLR 2015)",
        "https://arxiv.org/abs/1409.0473",
        "انتبهوا إلى الشكل 3 (مصفوفة المحاذاة) لأننا سنعيد رسمه في الواجب."]),
      ("فيديو اختياري", ["محاضرة CS224n عن seq2seq والانتباه على YouTube (حوالي 80 دقيقة)، ليست مطلوبة في الاختبار."]),
      ("الواجب 1: خلية LSTM بـ NumPy",
       [due(datetime.date(2024, 2, 22)),
        "نفّذوا خلية LSTM للأمام والخلف بدون أطر جاهزة، وقارنوا النتيجة مع torch.nn.LSTM (توثيق PyTorch في ملف الواجب). "
        "التسليم ملف ‎.ipynb‎ واحد فقط."]),
     ]),
    (3, "ذاكرة خارجية قابلة للتفاضل",
     "ماذا لو أعطينا الشبكة شريط ذاكرة تقرأ منه وتكتب فيه؟",
     [("قراءة أساسية: Neural Turing Machines",
       ["Graves, Wayne, Danihelka (2014), \"" + T(K["ntm"]) + "\", arXiv:1410.5401",
        "المطلوب: آلية العنونة (المحتوى + الموقع)، القسم 3.3. مهمة النسخ (copy task) سنجرّبها في المعمل."]),
      ("دفتر Colab للمعمل", ["رابط الدفتر في إعلان يوم الأحد (نسخة الطالب فقط، لا ترسلوا طلبات تعديل)."]),
      ("اختبار قصير 1",
       [due(datetime.date(2024, 2, 29), 10, 0),
        "10 أسئلة اختيار من متعدد، محاولة واحدة، 20 دقيقة. يغطي الأسابيع 1–3."]),
     ]),
    (4, "المحوّل وتكلفة الانتباه التربيعية",
     "مراجعة سريعة للمحوّل ثم خريطة للطرق التي تقلل تكلفة O(n²).",
     [("قراءة أساسية: مسح عملي",
       ["Fournier, Marceau Caron, Aloise — " + T(K["survey"]).replace("Lighter ", "Lighter\n") + " (ACM Computing Surveys)",
        "اقرأوا المقدمة والقسم الخاص بالتصنيف فقط، والباقي مرجع للمشروع."]),
      ("قراءة مساعدة (ليست ورقة)",
       ["The Annotated Transformer من Harvard NLP — شرح سطر بسطر مع الكود:",
        "https://nlp.seas.harvard.edu/annotated-transformer/"]),
     ]),
    (5, "Reformer: التجزئة الحساسة للموقع",
     "تنبيه: تبدأ محاضرات هذا الأسبوع بدوام رمضان (9:30 بدلاً من 8:00). القاعة كما هي 3-B12.",
     [("قراءة أساسية: Reformer",
       ["Kitaev, Kaiser, Levskaya. " + T(K["reformer"]) + ". ICLR 2020.",
        "النسخة المعتمدة مع المراجعات على OpenReview:",
        "https://openreview.net/pdf?id=" + OR(K["reformer"])]),
      ("الواجب 2: انتباه LSH مبسّط",
       [due(datetime.date(2024, 3, 17)),
        "نفّذوا bucketing بدالة تجزئة عشوائية واحدة، وارسموا نسبة التصادم مقابل عدد الدلاء."]),
     ]),
    (6, "الانتباه الخطي",
     "نعيد كتابة softmax كنواة، فيصبح المحوّل شبكة متكررة وقت التوليد.",
     [("قراءة أساسية 1",
       ["Katharopoulos et al. (ICML 2020): \"" + T(K["rnns"]) + "\"",
        "https://arxiv.org/pdf/2006.16236.pdf"]),
      ("قراءة أساسية 2: FLASH",
       ["Hua, Dai, Liu, Le —  \"" + T(K["flash"]) + "\"(ICML 2022).",
        "لاحظوا كيف يجمع GAU بين الانتباه والـ gating، وقارنوه بالانتباه الخطي في القراءة 1."]),
     ]),
    (7, "الذاكرة في المحوّلات",
     "آخر موضوع قبل إجازة العيد: ذاكرة ثابتة الحجم تُحدَّث عبر المقاطع.",
     [("قراءة أساسية: Memformer",
       ["Wu et al. — \"" + T(K["memformer"]) + "\"",
        "https://openreview.net/forum?id=" + OR(K["memformer"]),
        "(الورقة على OpenReview مع نقاش المراجعين، اقرأوا النقاش أيضاً فهو مفيد.)"]),
      ("مقترح المشروع",
       [due(datetime.date(2024, 3, 28)),
        "صفحة واحدة: المشكلة، البيانات، الطريقة المقترحة من طرق المقرر، وخطة التقييم."]),
     ]),
]
BEFORE = [
    (8, "عروض المشاريع — المجموعة الأولى",
     "كل مجموعة 12 دقيقة عرض + 5 دقائق أسئلة. جدول المجموعات في Course Groups.",
     [("تسليم شرائح العرض (المجموعات 1–5)",
       [due(datetime.date(2024, 3, 31), 8, 0), "ملف PDF فقط، الاسم: G##_slides.pdf"])]),
]
EID = ("إجازة عيد الفطر (7–18 أبريل)", "لا محاضرات ولا تسليمات. كل عام وأنتم بخير 🌙")
AFTER = [
    (9, "عروض المشاريع — المجموعة الثانية",
     "المجموعات 6–10. من لم يعرض في الأسبوع 8 بعذر مقبول يعرض في نهاية هذه الجلسة.",
     [("تسليم شرائح العرض (المجموعات 6–10)",
       [due(datetime.date(2024, 4, 21), 8, 0), "ملف PDF فقط، الاسم: G##_slides.pdf"]),
      ("تقرير المشروع النهائي",
       [due(datetime.date(2024, 5, 2)), "6–8 صفحات بقالب المقرر، مع رابط المستودع."])]),
]

lines = [
    "Skip to main content",
    "CS 482 — نماذج التسلسل والذاكرة في التعلم العميق (الفصل الثاني 1445هـ)",
    "Close",
    "Content",
    "Calendar",
    "Announcements",
    "Discussions",
    "Gradebook",
    "Messages",
    "Analytics",
    "Groups",
    "Details & Actions",
    "Roster",
    "View everyone in your course",
    "Course Description",
    "مقرر اختياري لطلبة المستوى الثامن والماجستير: من LSTM إلى الانتباه الخطي والذاكرة في المحوّلات. المتطلب السابق: CS 381.",
    "Class Collaboration",
    "Join session",
    "Attendance",
    "View your attendance",
    "Books & Tools",
    "View course & institution tools",
    "Course Content",
    "اقرأ أولاً: خطة المقرر",
    "أستاذة المقرر: د. ريم الحربي (r.alharbi@uni.example.sa) — الساعات المكتبية الإثنين والأربعاء 10:00–11:30، مكتب 2-147.",
    "المعيد: أ. فهد العتيبي. توزيع الدرجات: واجبات 25٪، اختبارات قصيرة 15٪، مشروع 30٪، نهائي 30٪.",
]


def week_block(n, topic, desc, items, start):
    out = [f"الأسبوع {n} ({span(start)}): {topic}", desc]
    for title, body in items:
        out.append(title)
        out.extend(body)
    return out


for n, topic, desc, items in WEEKS:
    lines += week_block(n, topic, desc, items, wk(n))
for n, topic, desc, items in BEFORE:
    lines += week_block(n, topic, desc, items, wk(n))
lines += [EID[0], EID[1]]
for n, topic, desc, items in AFTER:
    lines += week_block(n, topic, desc, items, wk(n + 2))
lines += [
    "المراجعة النهائية والاختبار النهائي",
    "موعد الاختبار النهائي يُعلن من عمادة القبول والتسجيل. الاختبار يشمل جميع القراءات الأساسية.",
    "Blackboard",
    "Privacy",
    "Terms",
    "Accessibility",
]
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
