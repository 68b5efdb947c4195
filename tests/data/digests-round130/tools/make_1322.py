#!/usr/bin/env python3
"""1322: an Odoo 17 Project export (List view > select all > Export, "import-compatible" left unchecked, CSV) of an
Arabic-speaking team's project "قراءات أنظمة النماذج اللغوية": the header is the chosen fields' labels in the user's
language (Arabic), every field quoted (Python's csv.QUOTE_ALL, as Odoo writes it), CRLF records, UTF-8 without a BOM;
many2many values (assignees, tags) as display names joined by a bare comma, datetimes `YYYY-MM-DD HH:MM:SS`, floats as Python
writes them (`6.0`), the description as its stored HTML (`<p>…</p>`, links as `<a href="…">`), so the HTML's double
quotes are doubled by the CSV quoting. Papers: arXiv abs / pdf links in descriptions, an `arXiv:` id, titles alone;
software releases, repositories, a cluster node and docs are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1322, keys

HEAD = ["العنوان", "المشروع", "المسند إليهم", "المرحلة", "علامات التصنيف", "الموعد النهائي", "الأولوية",
        "الساعات المخصصة", "الوصف"]
PRJ = "قراءات أنظمة النماذج اللغوية"
A, B, C = "ريم الحربي", "عمر صالح", "لينا القحطاني"


def a(url):
    return f'<a href="{url}" target="_blank" rel="noreferrer noopener">{url}</a>'


ROWS = [
    (f"قراءة: {T('2309.06180')}", f"{A},{B}", "تمت", "قراءة,خدمة النماذج", "2024-03-05 15:00:00", "عالية", 4.0,
     f"<p>الورقة: {a('https://arxiv.org/abs/2309.06180')}</p><p>ملخص في ويكي الفريق، قسم PagedAttention.</p>"),
    ("تثبيت vLLM 0.3.3 على gpu-node-02 ومقارنة الإنتاجية مع TGI", B, "قيد التنفيذ", "تجارب,خدمة النماذج",
     "2024-03-14 12:00:00", "عالية", 10.0,
     "<p>الإصدار من <a href=\"https://github.com/vllm-project/vllm/releases/tag/v0.3.3\" target=\"_blank\" rel=\"noreferrer noopener\">"
     "صفحة الإصدارات</a>. نموذج الاختبار: Llama-2-13b-chat بدقة fp16، حجم الدفعة 32.</p>"),
    (f"قراءة: {T('2307.08691')}", C, "تمت", "قراءة,نوى", "2024-03-07 15:00:00", "منخفضة", 3.0,
     f"<p>PDF: {a('https://arxiv.org/pdf/2307.08691.pdf')}</p><p>ركّزي على تقسيم العمل بين warps.</p>"),
    ("قياس flash-attn 2.5.6 على A100 مقابل SDPA في PyTorch 2.2", C, "للتنفيذ", "تجارب,نوى", "2024-03-21 12:00:00",
     "منخفضة", 6.0, "<p>راجعي توثيق <a href=\"https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html\" "
     "target=\"_blank\" rel=\"noreferrer noopener\">scaled_dot_product_attention</a> قبل البدء.</p>"),
    (f"قراءة: {T('2006.16668')}", A, "قيد التنفيذ", "قراءة,توازي", "2024-03-12 15:00:00", "منخفضة", 3.0,
     f"<p>{a('https://arxiv.org/abs/2006.16668')}</p><p>مقارنة مع توجيه الخبراء في Mixtral.</p>"),
    (f"قراءة: {T('1909.08053')}", B, "قيد التنفيذ", "قراءة,توازي", "2024-03-12 15:00:00", "عالية", 3.0,
     f"<p>{a('https://arxiv.org/abs/1909.08053')}</p><p>توازي الموترات داخل الطبقة؛ الكود في NVIDIA/Megatron-LM.</p>"),
    (f"قراءة: {T('2306.15595')}", C, "للتنفيذ", "قراءة,سياق طويل", "2024-03-19 15:00:00", "منخفضة", 2.0,
     "<p>arXiv:2306.15595 — تمديد نافذة السياق بالاستيفاء الموضعي لـ RoPE.</p>"),
    (f"مراجعة خلفية: {T('2302.13971')}", A, "للتنفيذ", "قراءة,خلفية", "2024-03-26 15:00:00", "منخفضة", 2.0,
     "<p>النسخة الورقية في مكتبة القسم. نحتاج جدول حجم البيانات فقط.</p>"),
    (f"مراجعة خلفية: {T('2005.14165')}", B, "للتنفيذ", "قراءة,خلفية", "2024-03-26 15:00:00", "منخفضة", 2.0,
     "<p>الأقسام 2 و3 فقط (التعلم في السياق).</p>"),
    (f"نقاش: {T('2302.10866')}", f"{A},{C}", "للتنفيذ", "قراءة,سياق طويل", "2024-04-02 15:00:00", "منخفضة", 1.5,
     "<p>بديل للانتباه بالالتفاف الطويل؛ هل يستحق التجربة على نصوص عربية طويلة؟</p>"),
    ("حجز عقدة gpu-node-03 لأسبوع التجارب (Slurm)", B, "تمت", "بنية تحتية", "2024-03-08 09:00:00", "عالية", 0.5,
     "<p>تم الحجز عبر البريد لمدير العنقود، رقم الطلب INC-20931.</p>"),
]
buf = io.StringIO(newline="")
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for name, who, stage, tags, dl, prio, hrs, desc in ROWS:
    w.writerow([name, PRJ, who, stage, tags, dl, prio, repr(hrs), desc])
text = buf.getvalue()
write_only(F1322, text, keys(F1322))
