#!/usr/bin/env python3
"""1384: a question thread of an Arabic-language AI Q&A site run on Question2Answer (Q2A, the PHP Q&A software,
Arabic language pack, default theme), copied from the browser with select-all: the site title and menu (الأسئلة /
غير مجاب عنها / الوسوم / المستخدمون / اطرح سؤالاً), the question (vote count on its own line, the title, the `سُئل …
في … بواسطة … (N نقاط)` meta line, the text, the tags), the answer-count heading, two answers (vote counts, one
`أفضل إجابة`, `أجاب` meta lines, an `عُدِّل` line), comments under the second answer, the related-questions box and the
`مدعوم بواسطة Question2Answer` footer. Papers: arXiv abs / pdf links, an `arXiv:` id, three titles alone (one not on
arXiv, two in comments); torchaudio, fairseq, Common Voice, solo-learn and a lecture video are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1384, keys, CTC

SITE = "اسأل | مجتمع الذكاء الاصطناعي بالعربية"
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def when(m, d, hhmm):
    return f"{d} {MONTHS[m - 1]} 2024 الساعة {hhmm}"


def pts(n):
    return f"{n / 1000:.1f}ألف".replace(".0ألف", "ألف") if n >= 1000 else str(n)


def vword(n):
    return "تصويت" if n == 1 else "تصويتات"


def aword(n):
    return "إجابة" if n == 1 else "إجابات"


def votes(n):
    return f"+{n}\n{vword(n)}"


Q = dict(votes=5, title="خريطة قراءة للتعلّم الذاتي الإشراف (صور وكلام) لمشروع تخرّج عن التعرّف على الكلام العربي؟",
         meta=f"سُئل {when(3, 3, '21:14')} في تصنيف تعلّم الآلة بواسطة ريم_الحربي ({pts(215)} نقاط)",
         body=["السلام عليكم،",
               "مشروع تخرّجي عن التعرّف على الكلام العربي بموارد قليلة، والمشرف نصحني بالبدء بالتعلّم الذاتي الإشراف (self-supervised). قرأت مقالات مدونات كثيرة لكن أريد الأوراق الأساسية بالترتيب: ماذا أقرأ أولًا في الصور، وماذا في الكلام؟",
               "وشكرًا مقدمًا."],
         tags=["self-supervised", "speech-recognition", "تعلم-عميق", "مشروع-تخرج"])
A1 = dict(votes=7, best=True, meta=f"أجاب {when(3, 4, '08:02')} بواسطة م.سامي_القحطاني ({pts(3412)} نقاط)",
          edit=f"عُدِّل {when(3, 4, '08:40')} بواسطة م.سامي_القحطاني",
          body=["وعليكم السلام. ابدئي بالصور لأن الأفكار هناك أوضح ثم انتقلي للكلام:",
                f"1- {T('1911.05722')} — https://arxiv.org/abs/1911.05722 (MoCo، فكرة القاموس والمُرمِّز الزخمي)",
                f"2- {T('2011.10566')} — https://arxiv.org/pdf/2011.10566.pdf (SimSiam، بدون أمثلة سالبة، ورقة قصيرة وممتعة)",
                f"3- {T('2111.06377')} — https://arxiv.org/abs/2111.06377 (MAE، التنبؤ بالأجزاء المحجوبة، وهي الجسر إلى HuBERT)",
                "للتجريب السريع على الصور يوجد مستودع solo-learn على GitHub وفيه تطبيقات جاهزة لمعظم الطرق (مكتبة وليست ورقة)."])
A2 = dict(votes=4, best=False, meta=f"أجاب {when(3, 4, '19:37')} بواسطة د.هالة_منصور ({pts(1870)} نقاط)",
          body=["إضافة لجانب الكلام:",
                f"- {T('1807.03748')} (arXiv:1807.03748) — CPC، أساس wav2vec.",
                f"- {T('2106.07447')} — https://arxiv.org/abs/2106.07447 ، والنماذج المدرّبة متاحة في torchaudio وfairseq.",
                f"- ولا تنسي الأساس القديم للتعرّف على الكلام بدون محاذاة: \"{CTC}\" (ICML 2006) — غير موجودة على arXiv، ابحثي عنها في أرشيف ICML.",
                "للبيانات: مجموعة Common Voice العربية من Mozilla، وفيديو محاضرة \"Self-Supervised Speech\" على قناتنا في يوتيوب (محاضرة وليست ورقة)."],
          comments=[(f"شكرًا دكتورة! وهل هناك شيء عن ربط الصور بالنص؟ المشرف ذكر BLIP-2.", f"علّق {when(3, 5, '10:11')} بواسطة ريم_الحربي"),
                    (f"نعم: \"{T('2301.12597')}\". وللمتعة فقط، ورقة تعيد صياغة PCA كلعبة: \"{T('2010.00554')}\" 🙂", f"علّق {when(3, 5, '12:48')} بواسطة م.سامي_القحطاني"),
                    ("ممتاز، سأبدأ بـ MoCo هذا الأسبوع.", f"علّق {when(3, 5, '13:02')} بواسطة ريم_الحربي")])
RELATED = [("كيف أدرّب نموذج wav2vec على لهجة خليجية ببيانات قليلة؟", 3, 2), ("ما الفرق بين التعلّم التبايني والتعلّم بالإخفاء؟", 6, 3),
           ("مشكلة CUDA out of memory عند تدريب نموذج كلام", 1, 1), ("أفضل مصادر عربية لتعلّم PyTorch", 9, 5)]
out = [SITE, "", "الأسئلة", "غير مجاب عنها", "الوسوم", "المستخدمون", "اطرح سؤالاً", "تسجيل الدخول | تسجيل", "",
       votes(Q["votes"]), Q["title"], Q["meta"], "", *Q["body"], "", *Q["tags"], "", "تعليق", "إجابة", "",
       f"2 {aword(2)}", ""]
for a in (A1, A2):
    out += [votes(a["votes"])] + (["أفضل إجابة"] if a["best"] else []) + [a["meta"]] + ([a["edit"]] if a.get("edit") else []) + [""] + a["body"] + ["", "تعليق", ""]
    for c, meta in a.get("comments", []):
        out += [c, meta, ""]
out += ["إجابتك", "الرجاء تسجيل الدخول أو التسجيل لكي تجيب على هذا السؤال.", "", "أسئلة ذات صلة"]
for t, v, n in RELATED:
    out += [f"+{v} {vword(v)}", f"{n} {aword(n)}", t]
out += ["", "مدعوم بواسطة Question2Answer", "جميع المشاركات مرخّصة برخصة CC BY-SA 4.0"]
text = "\n".join(out) + "\n"
write_only(F1384, text, keys(F1384))
