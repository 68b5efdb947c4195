#!/usr/bin/env python3
"""1504: a thread on the Arab Hardware forums (عرب هاردوير, XenForo, Arabic interface) copied from the browser: the site
menu, the breadcrumb, the thread title, the starter line (`بادئ الموضوع … تاريخ البدء …`) and the reply count, then
each post with the member block (name, title, joined, messages, reaction score), the date, `#n`, the text, quotes
(`X قال:` … `اضغط للتوسيع...`), the reactions line and the post tools, then the reply box and the footer. Dates in
Arabic with Egyptian month names as the forum shows them. Not papers: AraBERT, AraGPT2, Jais (models), Whisper, Common
Voice, the Open Arabic LLM Leaderboard, the Hugging Face course. Nicknames: RoBERTa, XLM-R, XLNet, ULMFiT, HuBERT, MoE,
GShard, RetNet — labelled where the full titles are written."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1504, keys

AR_M = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def ad(d):
    return f"{d.day} {AR_M[d.month - 1]} {d.year}"


USERS = {
    "أحمد_الزهراني": ("عضو جديد", dt.date(2024, 2, 3), 27, 9),
    "م.خالد_العتيبي": ("عضو مميز", dt.date(2016, 9, 18), 4812, 2215),
    "نورة.س": ("عضو نشط", dt.date(2021, 11, 7), 362, 141),
    "Hazem_Dev": ("عضو", dt.date(2019, 4, 22), 958, 310),
    "أبو_يوسف": ("مشرف", dt.date(2012, 6, 1), 15230, 6044),
}
POSTS = [
    ("أحمد_الزهراني", dt.date(2024, 5, 12), None, f"""السلام عليكم ورحمة الله،
أعمل على مشروع تخرج لتصنيف التغريدات العربية، وأريد أن أفهم الأساس قبل أن أدرب نموذجاً خاصاً بدل الاعتماد على AraBERT جاهزاً.
قرأت حتى الآن:
- {T('1907.11692')} https://arxiv.org/abs/1907.11692
- {T('1911.02116')} (arXiv:1911.02116) لأن XLM-R يدعم العربية
- {T('1801.06146')} — قديمة نوعاً ما لكن فكرة الضبط الدقيق التدريجي مفيدة
ما الأوراق الأخرى التي تنصحون بها؟ وشكراً مقدماً.""", ["نورة.س", "Hazem_Dev"]),
    ("م.خالد_العتيبي", dt.date(2024, 5, 12), None, f"""وعليكم السلام،
اختيار جيد. أضف لها:
{T('1906.08237')}
https://arxiv.org/abs/1906.08237
وإذا كنت مهتماً بالتوسع في الحجم فاقرأ عن خليط الخبراء:
{T('1701.06538')}
https://openreview.net/forum?id={OR('1701.06538')}
ثم {T('2006.16668')} من Google، وهي التي طبقت الفكرة على الترجمة متعددة اللغات.
ملاحظة: Jais و AraGPT2 نماذج وليست أوراقاً أساسية، اقرأ تقاريرها لاحقاً.""", ["أحمد_الزهراني", "أبو_يوسف", "نورة.س"]),
    ("نورة.س", dt.date(2024, 5, 13), None, f"""إذا كان في المشروع جزء صوتي (تغريدات فيها مقاطع صوتية مثلاً) فهذه مهمة:
{T('2106.07447')} https://arxiv.org/abs/2106.07447
جربت HuBERT على بيانات Common Voice العربية وكانت النتائج أفضل من Whisper الصغير في اللهجات الخليجية، لكن Whisper أسهل في الاستخدام.""", ["أحمد_الزهراني"]),
    ("أحمد_الزهراني", dt.date(2024, 5, 14), ("م.خالد_العتيبي", "وإذا كنت مهتماً بالتوسع في الحجم فاقرأ عن خليط الخبراء"),
     f"""جزاك الله خيراً. سؤال: هل ما زالت هذه الأفكار مهمة بعد ظهور بنى جديدة مثل {T('2307.08621')}؟
رأيت زميلاً يقول إن RetNet ستحل محل المحولات.""", []),
    ("Hazem_Dev", dt.date(2024, 5, 14), ("أحمد_الزهراني", "هل ما زالت هذه الأفكار مهمة بعد ظهور بنى جديدة"),
     """لا تتعجل، المحولات ما زالت الأساس في كل النماذج العربية المنشورة تقريباً. ركز على مشروعك أولاً.
للمقارنة بين النماذج العربية الجاهزة راجع لوحة Open Arabic LLM Leaderboard على Hugging Face (ليست ورقة، مجرد ترتيب).""", ["أحمد_الزهراني", "م.خالد_العتيبي"]),
    ("أبو_يوسف", dt.date(2024, 5, 15), None, """تم تثبيت الموضوع في قسم تعلم الآلة لفائدته.
للمبتدئين: دورة Hugging Face المجانية (NLP Course) فيها فصل عن الضبط الدقيق، وهي ليست ورقة علمية لكنها مدخل ممتاز.""", ["أحمد_الزهراني", "نورة.س", "Hazem_Dev"]),
]
TITLE = "نماذج اللغة العربية: ما الأوراق التي يجب قراءتها قبل تدريب نموذج خاص؟"
out = ["عرب هاردوير", "الرئيسية", "الأخبار", "المراجعات", "المنتديات", "ما الجديد", "تسجيل الدخول", "التسجيل", "",
       "المنتديات", "البرمجة والذكاء الاصطناعي", "تعلم الآلة وعلوم البيانات", "", TITLE,
       f"بادئ الموضوع {POSTS[0][0]} تاريخ البدء {ad(POSTS[0][1])}", f"الردود {len(POSTS) - 1}", ""]
for i, (u, d, quote, body, likes) in enumerate(POSTS, 1):
    title, joined, msgs, score = USERS[u]
    out += [u, title, "انضم", ad(joined), "المشاركات", f"{msgs:,}", "مستوى التفاعل", f"{score:,}", "", ad(d), f"#{i}"]
    if quote:
        out += [f"{quote[0]} قال:", quote[1], "اضغط للتوسيع..."]
    out += [body]
    if likes:
        if len(likes) == 1: out.append(f"أعجب بهذا: {likes[0]}")
        else: out.append(f"أعجب بهذا: {'، '.join(likes[:-1])} و{likes[-1]}")
    out += ["إبلاغ", "رد", ""]
out += ["يجب عليك تسجيل الدخول أو التسجيل للرد هنا.", "", "المنتديات", "البرمجة والذكاء الاصطناعي", "تعلم الآلة وعلوم البيانات",
        "", "اتصل بنا", "الشروط والقواعد", "سياسة الخصوصية", "مساعدة", "الرئيسية",
        "Community platform by XenForo® © 2010-2024 XenForo Ltd.", ""]
text = "\n".join(out)
write_only(F1504, text, keys(F1504))
