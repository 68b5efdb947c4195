#!/usr/bin/env python3
"""880: a Persian master's student's plain-text notes (UTF-8, LF) in which she pasted, from Evince, the references of
an ICML 2024 paper she is reviewing for her group: ICML's natbib author-year style (`Surname, I., Surname, I., and
Surname, I. Title. Venue, volume(issue):pages, year.`, `et al.` after ten names, `arXiv preprint arXiv:NNNN.NNNNN`,
`URL https://….` printed by the .bst), broken at the PDF's two-column line width with the hanging indent lost, a page
number where the selection crossed a page, a word hyphenated at a line end; her Persian comments (with ZWNJ and
Persian digits) between the entries. LLM scaling and training systems; DeepSpeed, the Megatron-LM repository, a blog
post and a video are not papers. The reviewed paper itself is not named."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(880)
K = dict(llama="2302.13971", kaplan="2001.08361", moe="1701.06538", mega="1909.08053", opt="2205.01068",
         gpt3="2005.14165", switch="2101.03961", chin="2203.15556")


def wrap(s, w=57):
    return "\n".join(textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False))


REFS = [
 f"Brown, T., Mann, B., Ryder, N., Subbiah, M., Kaplan, J. D., Dhariwal, P., Neelakantan, A., Shyam, P., Sastry, G., Askell, A., et al. {T(K['gpt3'])}. In Advances in Neural Information Processing Systems, volume 33, pp. 1877–1901, 2020.",
 f"Fedus, W., Zoph, B., and Shazeer, N. {T(K['switch'])}. Journal of Machine Learning Research, 23(120):1–39, 2022.",
 f"Hoffmann, J., Borgeaud, S., Mensch, A., Buchatskaya, E., Cai, T., Rutherford, E., de Las Casas, D., Hendricks, L. A., Welbl, J., Clark, A., et al. {T(K['chin'])}. In Advances in Neural Information Processing Systems, volume 35, pp. 30016–30030, 2022.",
 f"Kaplan, J., McCandlish, S., Henighan, T., Brown, T. B., Chess, B., Child, R., Gray, S., Radford, A., Wu, J., and Amodei, D. {T(K['kaplan'])}. arXiv preprint, 2020. URL https://arxiv.org/abs/{K['kaplan']}.",
 f"Shazeer, N., Mirhoseini, A., Maziarz, K., Davis, A., Le, Q., Hinton, G., and Dean, J. {T(K['moe'])}. In International Conference on Learning Representations, 2017. URL https://openreview.net/forum?id=B1ckMDqlg.",
 f"Shoeybi, M., Patwary, M., Puri, R., LeGresley, P., Casper, J., and Catanzaro, B. {T(K['mega'])}. arXiv preprint arXiv:{K['mega']}, 2019.",
 f"Touvron, H., Lavril, T., Izacard, G., Martinet, X., Lachaux, M.-A., Lacroix, T., Rozière, B., Goyal, N., Hambro, E., Azhar, F., et al. {T(K['llama'])}. arXiv preprint, 2023. URL https://arxiv.org/abs/{K['llama']}.",
 f"Zhang, S., Roller, S., Goyal, N., Artetxe, M., Chen, M., Chen, S., Dewan, C., Diab, M., Li, X., Lin, X. V., et al. {T(K['opt'])}. arXiv preprint arXiv:{K['opt']}, 2022.",
]
R = [wrap(r) for r in REFS]
# a hyphenated line end outside the title, as the PDF typesets it
for w_ in range(57, 40, -1):
    h = wrap(REFS[2], w_).replace("Information\nProcessing", "Information Pro-\ncessing", 1)
    if "Pro-\ncessing" in h and max(map(len, h.split("\n"))) <= 57:
        R[2] = h; break
else:
    raise SystemExit("no width hyphenates 'Processing'")

text = f"""یادداشت‌های داوری داخلی — جلسه‌ی گروه، سه‌شنبه ۲۲ اسفند ۱۴۰۲
مقاله: ارسالی ICML 2024 درباره‌ی آموزش MoE با حافظه‌ی محدود (نسخه‌ی camera-ready، فایل PDF در پوشه‌ی مشترک)
نوشته: نگار رحیمی

خلاصه در یک خط: ادعا می‌کنند با تقسیم هوشمند متخصص‌ها بین GPUها، حافظه‌ی هر دستگاه را ۳۸٪ کم کرده‌اند بدون افت کیفیت.
نقطه‌ی ضعف اصلی: مقایسه فقط با DeepSpeed-MoE با تنظیمات پیش‌فرض است؛ ZeRO-3 را خاموش گذاشته‌اند.

---- مراجعی که باید قبل از جلسه بخوانیم (از بخش References کپی شده، با Evince؛ شکستن خط‌ها مال PDF است) ----

{R[0]}

↑ همان GPT-3. فقط بخش ۲ (روش) و جدول ۲.۱ را بخوانید.

{R[1]}

{R[2]}
9

↑ این دو (Switch و Chinchilla) پایه‌ی بحث «پارامتر بیشتر یا داده‌ی بیشتر» هستند. Chinchilla را با قانون‌های مقیاس Kaplan مقایسه کنید:

{R[3]}

{R[4]}

↑ مقاله‌ی اصلی MoE؛ لینک OpenReview را خود نویسنده‌ها گذاشته‌اند. بخش gating و load-balancing loss مهم است.

{R[5]}

{R[6]}

{R[7]}

↑ برای بخش آزمایش‌ها: مدل‌های پایه‌شان LLaMA و OPT هستند. کد Megatron-LM (مخزن GitHub، نه مقاله) را هم برای موازی‌سازی تانسوری استفاده کرده‌اند.

---- چیزهایی که مقاله نیستند ولی کمک می‌کنند ----
- پست وبلاگ «Transformer Math 101» از EleutherAI برای حساب حافظه و FLOPs
- مستندات DeepSpeed (بخش MoE و ZeRO)
- ویدیوی ۴۰ دقیقه‌ای سخنرانی درباره‌ی موازی‌سازی متخصص‌ها (لینک در کانال تلگرام گروه)

سؤال برای جلسه: آیا نتیجه‌ی ۳۸٪ بدون load-balancing loss هم برقرار است؟ جدول ۴ مقاله این را نشان نمی‌دهد.
"""
write_only(F, text, keys(F))
