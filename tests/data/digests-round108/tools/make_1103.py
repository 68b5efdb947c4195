#!/usr/bin/env python3
"""1103: a thread of a Jordanian university's machine-learning club forum (Joomla 4 + Kunena 6, Arabic), selected
from the page top to bottom in Chrome and pasted as plain text: the site menu, the login box for guests, Kunena's
breadcrumb, the topic header (title, "الردود" / "المشاهدات"), then each message as Kunena lays it out — the author's
box (name, rank, "المشاركات" count, "الشكر المستلم"), the subject ("رد:" on replies), date and `#id`, the body (a quote
block "اقتباس" with "كتب X:"), the "شكراً" / "اقتباس" / "رد" buttons — then the pagination, "الوقت المستغرق لإنشاء
الصفحة" and the footer. The timm library, the Papers with Code leaderboard and a YouTube lecture are not papers;
"Deformable DETR", "SAM", "EfficientNetV2", "ResNeSt", "DomainBed" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1103)
K = dict(ddetr="2010.04159", sam="2304.02643", effv2="2104.00298", dbed="2007.01434", resnest="2004.08955",
         rethink="2006.06882", change="2103.14146", smooth="2006.14536")
TOPIC = "قائمة قراءة الفصل الثاني: رؤية حاسوبية (backbones, detection, robustness)"
USERS = {"sara.k": ("د. سارة الخطيب", "مشرف", 212, 64), "omar_h": ("عمر حداد", "عضو نشيط", 57, 9),
         "lina.m": ("لينا مصطفى", "عضو", 18, 3), "yazan99": ("يزن العلي", "عضو جديد", 4, 0)}
POSTS = [
 ("sara.k", 1842, "15 فبراير 2024 21:04", f"""السلام عليكم جميعاً،
هذه قائمة القراءة المقترحة لجلسات الفصل الثاني (كل ثلاثاء الساعة 4 عصراً، قاعة الحاسوب 3):

1) الكشف عن الأجسام:
{T(K['ddetr'])}
https://arxiv.org/abs/{K['ddetr']}

2) التقسيم (segmentation):
{T(K['sam'])} — https://arxiv.org/abs/{K['sam']}
الكود والنماذج على GitHub، جربوا الـ demo قبل الجلسة.

3) الشبكات الأساسية (backbones):
- {T(K['effv2'])}
  https://arxiv.org/pdf/{K['effv2']}.pdf
- {T(K['resnest'])} (Zhang et al.)
- {T(K['rethink'])} (Zoph et al., NeurIPS 2020)

مكتبة timm فيها أغلب هذه النماذج جاهزة: https://github.com/huggingface/pytorch-image-models
أي اقتراحات للجزء الخاص بالمتانة (robustness)؟"""),
 ("omar_h", 1845, "15 فبراير 2024 22:31", f"""اقتباس
كتب sara.k:
أي اقتراحات للجزء الخاص بالمتانة (robustness)؟

أقترح ورقتين:
"{T(K['dbed'])}" ل Gulrajani و Lopez-Paz ‏(arXiv:{K['dbed']})
مهمة جداً لأنها تبين أن ERM العادي مع ضبط جيد صعب التفوق عليه.
و{T(K['smooth'])} من Xie et al. — فكرة بسيطة: استبدال ReLU بدالة ناعمة يحسن التدريب العدائي."""),
 ("lina.m", 1851, "16 فبراير 2024 09:12", f"""ممكن نضيف ورقة عن وصف التغيّرات بين الصور؟ عندي مشروع تخرج عليها:
{T(K['change'])}
(Qiu et al., ICCV 2021) ما لقيت رابط مباشر الآن، سأرفعها على مجلد الدرايف.
وأيضاً محاضرة جيدة على يوتيوب عن DETR: https://www.youtube.com/watch?v=utxbUlo9CyY"""),
 ("yazan99", 1852, "16 فبراير 2024 11:47", """سؤال من عضو جديد: هل الجلسات تسجّل؟ وهل لازم أقرأ كل الأوراق قبل أول جلسة؟
وشو أفضل موقع لمقارنة النتائج؟ شفت paperswithcode بس مش فاهم الترتيب."""),
 ("sara.k", 1855, "16 فبراير 2024 13:05", """اقتباس
كتب yazan99:
هل الجلسات تسجّل؟

نعم، التسجيلات على قناة النادي. يكفي قراءة ورقة الجلسة فقط.
ممتاز يا عمر ولينا، أضفت الورقات الثلاث للجدول: متانة في الأسبوع 6، ووصف التغيّرات في الأسبوع 7.
الجدول النهائي مثبّت أعلى القسم."""),
]
head = f"""الرئيسية
الأخبار
المنتدى
الفعاليات
اتصل بنا
تسجيل الدخول
اسم المستخدم
كلمة المرور
تذكرني
دخول
نسيت كلمة المرور؟
المنتدى
نادي تعلّم الآلة
قراءات أسبوعية
{TOPIC}
بحث
الموضوع: {TOPIC}
{TOPIC}
منذ أسبوعين 5 أيام - منذ أسبوعين 4 أيام #{POSTS[-1][1]}
الردود: {len(POSTS) - 1}
المشاهدات: 318
"""
blocks = []
for i, (u, mid, when, body) in enumerate(POSTS):
    name, rank, n, th = USERS[u]
    subj = TOPIC if i == 0 else "رد: " + TOPIC
    blocks.append(f"""{name}
{rank}
المشاركات: {n}
الشكر المستلم: {th}
{subj}
{when} #{mid}
{body}
شكراً
اقتباس
رد
""")
tail = """الصفحة:
1
المشرفون: sara.k
الوقت المستغرق لإنشاء الصفحة: 0.214 ثانية
مدعوم من منتدى Kunena
© 2024 نادي تعلّم الآلة – جامعة المثال. جميع الحقوق محفوظة.
"""
doc = head + "\n".join(blocks) + "\n" + tail
write_only(F, doc, keys(F))
