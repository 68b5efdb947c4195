#!/usr/bin/env python3
"""1542: the responses of an Avalform (اول‌فرم, an Iranian online form builder) form exported as CSV: the sign-up form
of a Persian journal club on diffusion and generative models. A BOM, CR LF between records, csv's minimal quoting
(one answer spans two lines, one holds a comma, one a double quote), nine columns: row number, the Solar Hijri date
and time of the answer (computed from the Gregorian time), name, e-mail, the proposed paper's title, an optional link,
the week chosen from the form's options, a comment. Persian answers, English titles. Not papers: a talk video on
Aparat, a Virgool blog post, the diffusers library, Stable Diffusion 3's model card, a Colab notebook. Nicknames:
DDIM, CFG, SD3, LSGM, GAN — labelled only where the full titles are written."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1542, keys


def g2j(d):
    """Gregorian date -> (Solar Hijri year, month, day), the usual arithmetic algorithm"""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053)); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365:
        jy += (days - 1) // 365; days = (days - 1) % 365
    jm, jd = (1 + days // 31, 1 + days % 31) if days < 186 else (7 + (days - 186) // 30, 1 + (days - 186) % 30)
    return jy, jm, jd


WEEKS = ["هفته اول خرداد", "هفته دوم خرداد", "هفته سوم خرداد", "هفته چهارم خرداد", "فرقی نمی‌کند"]
HEAD = ["ردیف", "تاریخ ثبت", "ساعت ثبت", "نام و نام خانوادگی", "ایمیل", "عنوان مقاله پیشنهادی",
        "لینک مقاله (اختیاری)", "هفته ارائه", "توضیحات"]
ANS = [
    ("2024-05-11 09:14:52", "سارا محمدی", "sara.mohammadi@ut-genlab.ir", T("2010.02502"),
     "https://openreview.net/forum?id=St1giarCHLP", 0, "نمونه‌برداری سریع‌تر با گام‌های کمتر؛ اسلایدهای پارسال را هم دارم"),
    ("2024-05-11 11:02:07", "علی رضایی", "a.rezaei@ut-genlab.ir", T("1406.2661"),
     "https://arxiv.org/abs/1406.2661", 0, "برای جلسه اول، مقدمه تاریخی"),
    ("2024-05-11 21:48:33", "نگار حسینی", "negar.hosseini@ut-genlab.ir", T("1503.03585"),
     "", 1, "ICML 2015. ریشه مدل‌های انتشاری؛ لینک arXiv را پیدا نکردم، نسخه PMLR را می‌آورم"),
    ("2024-05-12 08:30:19", "محمد کریمی", "m.karimi.gen@gmail.com", T("2105.05233"),
     "arXiv:2105.05233", 1, "مقایسه با GAN ها: FID, IS و precision/recall روی ImageNet"),
    ("2024-05-12 13:55:41", "زهرا احمدی", "z.ahmadi@ut-genlab.ir", "ارائه Yang Song درباره مدل‌های مبتنی بر امتیاز (ویدیو)",
     "https://www.aparat.com/v/qX7mB", 4, "مقاله نیست، ولی برای شروع خیلی خوب است"),
    ("2024-05-12 22:06:10", "رضا نوری", "reza.nouri@ut-genlab.ir", T("2207.12598"),
     "https://arxiv.org/pdf/2207.12598", 2, "کوتاه است، می‌شود با مقاله بعدی در یک جلسه ارائه داد"),
    ("2024-05-13 10:41:26", "مریم صادقی", "maryam.sadeghi@ut-genlab.ir", T("2106.05931"),
     "", 2, "NeurIPS 2021 (LSGM).\nاگر وقت شد، کد NVlabs را هم اجرا می‌کنم"),
    ("2024-05-13 17:19:03", "حسین موسوی", "h.mousavi@ut-genlab.ir", T("2403.03206"),
     "https://arxiv.org/abs/2403.03206", 3, "مقاله SD3، rectified flow؛ model card در Hugging Face هم هست"),
    ("2024-05-14 09:07:48", "الهام جعفری", "elham.jafari@ut-genlab.ir", T("2303.11328"),
     "", 3, "ICCV 2023، تولید نما از زاویه جدید با یک تصویر، مرتبط با پروژه سه‌بعدی"),
    ("2024-05-14 23:12:55", "امیر تهرانی", "amir.tehrani@ut-genlab.ir", "آموزش کتابخانه diffusers به فارسی",
     "https://virgool.io/@amir.tehrani/diffusers-farsi-k3p9", 4, 'پست وبلاگ خودم در ویرگول، با نوت‌بوک Colab "قدم‌به‌قدم"'),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, (ts, name, mail, title, link, wk, note) in enumerate(ANS, 1):
    t = dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    jy, jm, jd = g2j(t.date())
    w.writerow([i, f"{jy}/{jm:02d}/{jd:02d}", f"{t:%H:%M:%S}", name, mail, title, link, WEEKS[wk], note])
write_only(F1542, "\ufeff" + buf.getvalue(), keys(F1542))
