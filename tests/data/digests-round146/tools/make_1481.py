#!/usr/bin/env python3
"""1481: the responses of a Porsline (پرس‌لاین) survey exported as CSV (Persian): a UTF-8 BOM, `,` between fields,
quotes only where needed (csv.QUOTE_MINIMAL), CR LF between records, LF inside multi-line answers; times in the
Jalali (Solar Hijri) calendar with Latin digits, computed from modelled Gregorian times; the duration in seconds is
end − start; status کامل when every required answer is given, ناقص otherwise."""
import csv, io, os, sys
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1481)
KEYS = keys(F)
ZW = "\u200c"


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365:
        jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: jm, jd = 1 + days // 31, 1 + days % 31
    else: jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def jal(t):
    y, m, d = g2j(t.year, t.month, t.day)
    return f"{y}/{m:02d}/{d:02d} {t:%H:%M:%S}"


HEAD = ["شناسه پاسخ", "زمان شروع", "زمان پایان", "مدت پاسخ" + ZW + "دهی (ثانیه)", "وضعیت",
        "نام و نام خانوادگی", "مقطع تحصیلی",
        "مقاله" + ZW + "ای که برای جلسه بعد پیشنهاد می" + ZW + "کنید (عنوان و لینک)", "چرا این مقاله؟",
        "حاضرید خودتان ارائه بدهید؟", "روزهای مناسب (چند گزینه)"]
MS, PHD, BSC, FAC = "کارشناسی ارشد", "دکتری", "کارشناسی", "پسادکتری یا هیئت علمی"
# (start, seconds, name, degree, paper, why, present, days) — None = not answered
R = [
 ((2024, 5, 4, 9, 12, 40), 214, "سارا رضایی", PHD,
  f"{T('2110.04366')}\nhttps://openreview.net/forum?id=0RDcd5Axok",
  "adapter و prefix و LoRA را در یک چارچوب می" + ZW + "بیند؛ برای شروع فصل PEFT بهترین نقشه است.", "بله", "شنبه، دوشنبه"),
 ((2024, 5, 4, 10, 3, 5), 96, "امیرحسین کریمی", MS,
  f"https://arxiv.org/abs/1902.00751\n{T('1902.00751')}", "مقاله" + ZW + "ی اصلی adapterها، بقیه به آن ارجاع می" + ZW + "دهند.", "شاید", "یکشنبه"),
 ((2024, 5, 4, 14, 47, 51), 305, "مهسا احمدی", PHD,
  f"{T('2305.14314')} - https://arxiv.org/abs/2305.14314",
  "با یک کارت ۲۴ گیگ هم می" + ZW + "شود مدل ۱۳B را فاین" + ZW + "تیون کرد. کد bitsandbytes را هم نشان می" + ZW + "دهم.",
  "بله", "دوشنبه، چهارشنبه"),
 ((2024, 5, 5, 8, 20, 13), 158, "رضا محمدی", FAC,
  f"{T('2303.10512')}\nhttps://arxiv.org/pdf/2303.10512", "بودجه" + ZW + "ی رتبه را بین لایه" + ZW + "ها تقسیم می" + ZW + "کند؛ دنباله" + ZW + "ی LoRA.",
  "خیر", "سه" + ZW + "شنبه"),
 ((2024, 5, 5, 19, 2, 44), 121, "نیلوفر حسینی", MS,
  f"{T('2101.00190')} (arXiv:2101.00190)", "برای تولید متن (خلاصه" + ZW + "سازی) که موضوع پایان" + ZW + "نامه" + ZW + "ام است.", "شاید", "شنبه، یکشنبه، دوشنبه"),
 ((2024, 5, 6, 11, 30, 2), 88, "علی نوری", BSC,
  f"\"{T('2106.10199')}\" — فقط bias" + ZW + "ها را آموزش می" + ZW + "دهد", "ساده است و برای ارائه" + ZW + "ی اول مناسب.", "بله", "چهارشنبه"),
 ((2024, 5, 6, 16, 45, 39), 402, "زهرا موسوی", PHD,
  f"{T('2205.01068')}\nو در کنارش {T('1909.08053')}",
  "قبل از PEFT باید بدانیم مدل" + ZW + "های پایه چطور آموزش داده شده" + ZW + "اند (موازی" + ZW + "سازی مدل، لاگ" + ZW + "بوک OPT).", "شاید", "دوشنبه"),
 ((2024, 5, 7, 9, 5, 17), 41, "محمد جعفری", MS, None, None, None, None),
 ((2024, 5, 7, 13, 58, 0), 133, "فاطمه قاسمی", BSC,
  "مستندات کتابخانه" + ZW + "ی peft در Hugging Face (بخش LoRA و IA3)", "مقاله نیست ولی برای کارگاه عملی لازم است.", "خیر", "شنبه، سه" + ZW + "شنبه"),
 ((2024, 5, 7, 22, 11, 26), 77, "حسین یزدانی", PHD, None, "هنوز انتخاب نکرده" + ZW + "ام", "شاید", None),
]
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
for i, (st, secs, name, deg, paper, why, pres, days) in enumerate(R):
    a = dt.datetime(*st)
    b = a + dt.timedelta(seconds=secs)
    ans = [name, deg, paper, why, pres, days]
    status = "کامل" if all(ans[k] for k in (0, 1, 2, 4, 5)) else "ناقص"
    w.writerow([str(48213057 + 7 * i + (i * i) % 5), jal(a), jal(b), str(secs), status] + [x or "" for x in ans])
text = "\ufeff" + buf.getvalue()
write_only(F, text, KEYS)
