#!/usr/bin/env python3
"""735: a BookStack REST API response, GET /api/pages/{id}, as Laravel's response()->json() writes it (PHP
json_encode with flags 0: one line, '\\/' for '/', non-ASCII as \\uXXXX, '<' left raw, quotes as \\"); the page
HTML with BookStack's 'bkmrk-' ids on every block (the first 20 characters of the lower-cased text with runs of
whitespace as '-', '-1', '-2' … for repeats), callouts, a table and a code block, in both html and raw_html. Arabic
lab wiki page: multimodal models, 3D and robotics."""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import by_num, keys

F = by_num(735)
A = lambda k: f"https://arxiv.org/abs/{k}"
seen = {}


def bid(inner):
    txt = re.sub(r"<[^>]+>", "", inner)
    txt = H.unescape(txt).strip()
    base = "bkmrk-" + re.sub(r"\s+", "-", txt).lower()[:20]
    if base in seen:
        seen[base] += 1; return f"{base}-{seen[base]}"
    seen[base] = 0
    return base


def el(tag, inner, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<{tag} id="{bid(inner)}"{c}>{inner}</{tag}>'


def a(url, txt):
    return f'<a href="{url}" target="_blank" rel="noopener">{txt}</a>'


def e(s):
    return H.escape(s, quote=False)


def li_items(items):
    return "".join(f'<li>{x}</li>' for x in items)


parts = [
 el("p", "هذه الصفحة هي قائمة القراءة الحيّة لمجموعة «الرؤية واللغة والروبوتات» في المختبر. أضيفوا الأوراق في القسم المناسب، واكتبوا سطرًا واحدًا على الأقل عن سبب أهميتها لمشاريعنا.", "callout info"),
 el("h4", "١. نماذج الرؤية واللغة"),
 el("p", "نبدأ من التدريب التبايني على أزواج الصور والنصوص، ثم نماذج المحادثة البصرية."),
 el("ol", li_items([
   f"<strong>{e(T('2103.00020'))}</strong> — {e(au('2103.00020', 3))} (arXiv:2103.00020). الأساس لكل ما يلي؛ نستخدم نسخة مفتوحة المصدر من الأوزان في مشروع البحث عن الصور.",
   f"{a(A('2303.15343'), e(T('2303.15343')))} — {e(au('2303.15343', 4, ''))}. استبدال softmax بدالة سيغمويد لكل زوج؛ يسمح بدفعات أصغر دون خسارة كبيرة.",
   f"{a(A('2304.08485'), e(T('2304.08485')))} — {e(au('2304.08485', 4, ''))}. بيانات تعليمات مولَّدة آليًا + مُرمِّز صور مجمَّد. تقرأها سلمى للعرض القادم.",
   f"<em>{e(T('2204.14198'))}</em> — {e(au('2204.14198', 3))}. لم نجد رابطًا مستقرًا بعد؛ النسخة الورقية عند د. حازم.",
 ])),
 el("h4", "٢. الرؤية ثلاثية الأبعاد والحركة"),
 el("ul", li_items([
   f"{a(A('2308.04079'), e(T('2308.04079')))} — {e(au('2308.04079', 4, ''))}. عرض في الزمن الحقيقي؛ جرّبناه بمكتبة gsplat على مشاهد المختبر.",
   f"{e(T('2103.14338'))} — {e(au('2103.14338', 3))}. نقل الحركة بعدد قليل من الصور؛ مرشَّحة لمشروع التخرج (بدون رابط حتى الآن).",
 ])),
 el("h4", "٣. الروبوتات واتخاذ القرار"),
 el("ul", li_items([
   f"{e(T('2204.01691'))} — {e(au('2204.01691', 3))}. ربط النموذج اللغوي بقدرات الروبوت الفعلية (affordances). نحتاجها لذراع المختبر.",
   f"{a(A('2106.01345'), e(T('2106.01345')))} — {e(au('2106.01345', 3))}. التعلم المعزَّز كنمذجة تسلسلات؛ يوسف يقارنه بطرق التعلم غير المتصل في بيئة المحاكاة.",
 ])),
 el("h4", "جدول العروض"),
 el("table", '<thead><tr><td>التاريخ</td><td>المقدِّم</td><td>الموضوع</td></tr></thead><tbody>'
 '<tr><td>2024-03-18</td><td>سلمى</td><td>ضبط التعليمات البصرية</td></tr>'
 '<tr><td>2024-03-25</td><td>يوسف</td><td>نمذجة التسلسلات في التعلم المعزَّز</td></tr>'
 '<tr><td>2024-04-01</td><td>ريم</td><td>العرض ثلاثي الأبعاد في الزمن الحقيقي</td></tr></tbody>'),
 el("h4", "موارد ليست أوراقًا بحثية"),
 el("ul", li_items([
   "دورة Stanford CS231n (محاضرات الرؤية الحاسوبية).",
   f"{a('https://docs.nerf.studio/', 'nerfstudio')} — إطار برمجي، ليس ورقة.",
   f"{a('https://github.com/nerfstudio-project/gsplat', 'gsplat')} — مكتبة CUDA للعرض.",
   "مدونة Lil'Log — مقالات مراجعة مفيدة لكنها ليست منشورات محكَّمة.",
   "مجموعة بيانات Open X-Embodiment (بيانات فقط).",
 ])),
 el("p", "لتشغيل بيئة العرض على خادم المختبر:", None),
 el("pre", '<code class="language-bash">ssh lab-gpu03\nconda activate splat\npython train.py -s data/lab_room --eval</code>'),
 el("p", "ملاحظة: لا تضعوا ملفات PDF في الويكي؛ استخدموا مجلد Nextcloud المشترك.", "callout warning"),
]
page_html = "".join(parts)
user = lambda i, n, s: {"id": i, "name": n, "slug": s}
data = {
 "id": 412, "book_id": 19, "chapter_id": 57,
 "name": "قائمة القراءة: الرؤية واللغة والروبوتات", "slug": "qaymt-alqraaa-alroy-wallgh-walrobotat",
 "html": page_html, "priority": 3,
 "created_at": "2024-02-27T08:14:52.000000Z", "updated_at": "2024-03-14T19:02:37.000000Z",
 "created_by": user(7, "سلمى الحربي", "salma-alharbi"), "updated_by": user(11, "يوسف النجار", "yusuf-alnajjar"),
 "draft": False, "markdown": "", "revision_count": 14, "template": False,
 "owned_by": user(7, "سلمى الحربي", "salma-alharbi"), "editor": "wysiwyg", "book_slug": "mgmwaat-alqraaa",
 "raw_html": page_html,
 "tags": [{"name": "مجموعة", "value": "رؤية-لغة-روبوتات", "order": 0}, {"name": "نوع", "value": "قائمة قراءة", "order": 1}],
}
text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
dec = json.dumps(json.loads(text), ensure_ascii=False, indent=1)
write_raw(F, text.encode("ascii"), [text, dec, H.unescape(re.sub(r"<[^>]+>", " ", json.loads(text)["html"]))], keys(F))
