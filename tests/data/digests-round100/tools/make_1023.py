#!/usr/bin/env python3
"""1023: a thread of Hsoub I/O (io.hsoub.com, the Arabic Reddit-like community run by Hsoub) in the `io/ai`
community, as a reader copied it from the browser into a text file: LF line ends; the site's header one item a line,
the community box, the post (title, `بواسطة user في io/ai منذ …`, points, body), the share / save / report row, the
house advertisement for Hsoub Academy, the comment count and the comments in thread order (a nested reply follows its
parent), each comment as the user, `منذ …`, its text, its points and `رد`; the footer last. Counts are written with
Arabic number agreement (`نقطة` for 1 and 11+, `نقطتان` for 2, `نقاط` for 3–10; the same for تعليق and the time units).
Users and handles are invented; Arabic prose with English titles, library and model names inside sentences.

Papers: an arXiv abs URL, an arXiv pdf URL without scheme and an OpenReview forum URL in comments (links), one
`arXiv:ID` in the post (arxiv-text), four titles only in one comment (one not on arXiv), quoted with «» or bare inside
sentences. Not papers: bitsandbytes, llama.cpp, the Hugging Face documentation, OpenAI's blog, Hsoub Academy's course;
nicknames (GPT-2, GPT-3, PaLM, Minerva, QLoRA, AWQ, GGUF, RLHF) are not labelled alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT2

F = by_num(1023)
K = dict(gptq="2210.17323", int8="2208.07339", mixed="1710.03740", llama2="2307.09288", gpt2=GPT2, palm="2204.02311",
         minerva="2206.14858", instruct="2203.02155")


def count(n, one, two, few, many):
    """Arabic number agreement: 1 and 11+ take the singular, 2 the dual, 3–10 the plural"""
    if n == 1: return f"{n} {one}"
    if n == 2: return f"{n} {two}"
    return f"{n} {few}" if 3 <= n <= 10 else f"{n} {many}"


def ago(days=0, hours=0):
    if days == 0:
        return {1: "منذ ساعة", 2: "منذ ساعتين"}.get(hours) or (f"منذ {hours} ساعات" if hours <= 10 else f"منذ {hours} ساعة")
    return {1: "منذ يوم", 2: "منذ يومين"}.get(days) or (f"منذ {days} أيام" if days <= 10 else f"منذ {days} يومًا")


pts = lambda n: count(n, "نقطة", "نقطتان", "نقاط", "نقطة")
POST_TITLE = "كيف أشغّل Llama 2 على كرت شاشة واحد؟ وما الأوراق التي تستحق القراءة عن الـ quantization؟"
post_body = [
    "السلام عليكم،",
    "عندي RTX 3090 بذاكرة 24 جيجا وأريد تشغيل Llama 2 بحجم 13B محليًا (وربما 70B لاحقًا). قرأت ورقة "
    f"{T(K['llama2'])} (arXiv:{K['llama2']}) لكنها لا تتكلم عن الضغط إطلاقًا، فقط عن التدريب والـ RLHF.",
    "ما الأوراق الأساسية التي أبدأ بها في موضوع الـ quantization؟ وهل هناك فرق حقيقي بين GPTQ و bitsandbytes أم "
    "أنها أسماء مختلفة لنفس الشيء؟",
]
# (user, depth, days ago, hours ago, points, text lines)
comments = [
    ("sara_k", 0, 5, 0, 15, [
        f"ابدأ بورقة GPTQ نفسها: {T(K['gptq'])}",
        f"https://arxiv.org/abs/{K['gptq']}",
        "تضغط الأوزان إلى 4 أو 3 بت بعد التدريب، طبقة طبقة، بدون إعادة تدريب. بعدها اقرأ "
        f"{T(K['int8'])} وهي الأساس الذي بُنيت عليه مكتبة bitsandbytes: arxiv.org/pdf/{K['int8']}",
        "الفرق باختصار: GPTQ يضغط الأوزان مسبقًا، و LLM.int8 يفصل القيم الشاذة (outliers) ويحسبها بدقة 16 بت أثناء التشغيل.",
    ]),
    ("yousef_dev", 1, 4, 0, 3, ["شكرًا! يعني bitsandbytes = LLM.int8 تقريبًا؟"]),
    ("sara_k", 1, 4, 0, 5, [
        "تقريبًا، مع إضافات لاحقة مثل الـ 4 بت (NF4) التي جاءت مع QLoRA. توثيق bitsandbytes على Hugging Face يشرح "
        "الفرق بين الوضعين جيدًا.",
    ]),
    ("mona.ml", 0, 4, 0, 9, [
        "ملاحظة جانبية مهمة: لا تخلط بين الـ quantization للاستدلال وبين التدريب بدقة مختلطة. إذا أردت أن تفهم لماذا "
        "نستخدم fp16 و bf16 أصلًا أثناء التدريب فالورقة الكلاسيكية هي «" + T(K["mixed"]) + "» من NVIDIA و Baidu:",
        "https://openreview.net/forum?id=r1gs9JgRZ",
        "قصيرة وواضحة، وفيها فكرة loss scaling التي ستقابلها في كل مكان.",
    ]),
    ("abdulrahman_q", 0, 3, 0, 12, [
        "إذا كان الهدف أن تفهم لماذا هذه النماذج كبيرة أصلًا فاقرأ بالترتيب:",
        f"1- {T(K['gpt2'])} (ورقة GPT-2)",
        f"2- {T(K['palm'])}",
        f"3- {T(K['minerva'])} لترى ماذا يحدث عندما تكمل تدريب PaLM على بيانات رياضية (Minerva)",
        f"4- «{T(K['instruct'])}» لأن Llama 2-Chat مبني على نفس فكرة RLHF التي شرحوها هناك.",
        "بعدها ستقرأ أوراق الضغط وأنت تعرف ما الذي تضغطه بالضبط.",
    ]),
    ("hamza.ai", 1, 3, 0, 2, [
        "للعلم: ورقة GPT-2 ليست على arXiv، تجدها كملف PDF على مدونة OpenAI فقط.",
    ]),
    ("khaled_m", 0, 2, 0, 4, [
        "تجربة عملية: شغّلت 13B عن طريق llama.cpp بصيغة GGUF وتكميم 4 بت على 3090، السرعة ممتازة (حوالي 40 توكن في "
        "الثانية). أما 70B فتحتاج تفريغ جزء من الطبقات إلى ذاكرة الجهاز وتصبح بطيئة جدًا.",
    ]),
    ("yousef_dev", 0, 1, 0, 6, [
        "الخلاصة لمن يقرأ لاحقًا: للتشغيل المحلي GPTQ أو GGUF، وللتدريب الخفيف bitsandbytes مع QLoRA. ولمن يريد الفهم "
        "فقائمة عبد الرحمن ممتازة. شكرًا للجميع 🌹",
    ]),
]

out = [
    "حسوب I/O",
    "الرئيسية",
    "الأكثر شعبية",
    "الجديد",
    "المجتمعات",
    "تسجيل الدخول",
    "إنشاء حساب",
    "io/ai",
    "الذكاء الاصطناعي",
    "مجتمع لنقاش الذكاء الاصطناعي وتعلّم الآلة ومعالجة اللغات الطبيعية.",
    "انضم",
    POST_TITLE,
    f"بواسطة yousef_dev في io/ai {ago(5)}",
    pts(14),
] + post_body + [
    "شارك",
    "حفظ",
    "إبلاغ",
    "إعلان",
    "أكاديمية حسوب",
    "دورة الذكاء الاصطناعي: تعلّم أساسيات تعلّم الآلة وبناء تطبيقات عملية باستخدام بايثون",
    "اشترك الآن",
    count(len(comments), "تعليق", "تعليقان", "تعليقات", "تعليقًا"),
]
for user, depth, days, hours, p, lines in comments:
    out += [user, ago(days, hours)] + lines + [pts(p), "رد"]
out += [
    "أضف تعليقًا",
    "حسوب I/O",
    "عن حسوب I/O",
    "قواعد المجتمع",
    "شروط الاستخدام",
    "سياسة الخصوصية",
    "© 2024 حسوب",
]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
