#!/usr/bin/env python3
"""1342: a CSV export of a Taskulu board (the Iranian task manager, تسکولو) used by a Tehran-like team to read on
parameter-efficient fine-tuning: UTF-8 with a byte-order mark (so that Excel shows Persian), CRLF between records,
fields quoted only when they hold a comma, a quote or a line break (line breaks inside descriptions and checklists are
LF), Persian column names with the zero-width non-joiner (U+200C) as Persian writes it (`برچسب‌ها`, `چک‌لیست`), dates
in the Solar Hijri calendar (`1403/01/18 10:30`, converted from the Gregorian dates by the builder; the cards span
Nowruz 1403), ASCII digits in the date columns and Persian digits (۱۲۳) in the text people typed. Card ids ascend
with creation. Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id in a description, three titles
alone; the peft and bitsandbytes docs, a model card and a notebook are not papers."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1342, keys


def g2j(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    if gy > 1600: jy, gy = 979, gy - 1600
    else: jy, gy = 0, gy - 621
    gy2 = gy + 1 if gm > 2 else gy
    days = 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 - 80 + gd + g_d_m[gm - 1]
    jy += 33 * (days // 12053); days %= 12053
    jy += 4 * (days // 1461); days %= 1461
    if days > 365: jy += (days - 1) // 365; days = (days - 1) % 365
    if days < 186: jm, jd = 1 + days // 31, 1 + days % 31
    else: jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def jdt(s):
    if not s: return ""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    y, m, day = g2j(d.year, d.month, d.day)
    return f"{y}/{m:02d}/{day:02d} {d.hour:02d}:{d.minute:02d}"


FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
fa = lambda s: s.translate(FA)
HEAD = ["شناسه", "عنوان", "لیست", "برچسب‌ها", "اعضا", "تاریخ سررسید", "توضیحات", "چک‌لیست", "تاریخ ایجاد", "بایگانی‌شده"]
CARDS = [  # (id, title, list, labels, members, due, description, checklist, created)
    (1041, "جلسه‌ی ۱: آداپترها", "خوانده شد", "مقاله,PEFT", "@sara.h",
     "2024-03-05 17:00",
     f"مقاله‌ی پایه: {T('1902.00751')}\nhttps://arxiv.org/abs/1902.00751\nارائه: سارا، " + fa("حدود 30") + " دقیقه",
     "[x] خواندن بخش ۲ و ۳\n[x] اسلاید\n[x] کد نمونه با peft", "2024-02-27 09:12"),
    (1042, "جلسه‌ی ۲: prefix و prompt", "خوانده شد", "مقاله,PEFT", "@reza_m",
     "2024-03-12 17:00",
     f"{T('2101.00190')}\nPDF: https://arxiv.org/pdf/2101.00190.pdf\nبرای مقایسه با prompt tuning جدول ۲ را ببینید.",
     "[x] خواندن\n[x] اسلاید", "2024-02-27 09:15"),
    (1043, "جلسه‌ی ۳: نگاه یکپارچه", "خوانده شد", "مقاله,PEFT", "@niloofar",
     "2024-03-19 17:00",
     f"«{T('2110.04366')}» — ICLR 2022\nhttps://openreview.net/forum?id={OR('2110.04366')}\nآداپتر، prefix و LoRA را در یک چارچوب می‌بیند؛ جمع‌بندی خوبی برای دو جلسه‌ی قبل.",
     "[x] خواندن\n[x] اسلاید\n[ ] جدول مقایسه در ویکی", "2024-02-28 11:40"),
    (1044, "تعطیلات نوروز — جلسه نداریم", "خوانده شد", "اطلاعیه", "@sara.h,@reza_m,@niloofar",
     "", "نوروز مبارک! جلسه‌ی بعدی بعد از سیزده‌به‌در.", "", "2024-03-16 20:05"),
    (1045, "جلسه‌ی ۴: QLoRA", "در حال خواندن", "مقاله,PEFT,کوانتیزه", "@reza_m",
     "2024-04-09 17:00",
     f"{T('2305.14314')}\nhttps://arxiv.org/abs/2305.14314\nNF4 و double quantization؛ مستندات bitsandbytes: https://huggingface.co/docs/bitsandbytes/main/en/index",
     "[x] خواندن\n[ ] اسلاید", "2024-03-31 10:22"),
    (1046, "جلسه‌ی ۵: AdaLoRA و BitFit", "برای خواندن", "مقاله,PEFT", "@niloofar,@sara.h",
     "2024-04-16 17:00",
     f"۱) {T('2303.10512')} (arXiv:2303.10512) — بودجه‌ی رتبه را بین لایه‌ها تقسیم می‌کند\n۲) «{T('2106.10199')}» — فقط bias ها آموزش می‌بینند",
     "[ ] خواندن AdaLoRA\n[ ] خواندن BitFit\n[ ] اسلاید مشترک", "2024-03-31 10:30"),
    (1047, "آزمایش: LoRA روی OPT-1.3B", "آزمایش‌ها", "آزمایش,GPU", "@reza_m",
     "2024-04-20 23:59",
     f"مدل پایه از مقاله‌ی «{T('2205.01068')}»؛ وزن‌ها: https://huggingface.co/facebook/opt-1.3b\nنوت‌بوک: notebooks/lora_opt.ipynb (شاخه‌ی exp/lora-r8)\nنتیجه‌ی فعلی: " + fa("r=8") + "، دقت ۸۷٫۲٪ روی SST-2",
     "[x] آماده‌سازی داده\n[x] اجرای r=8\n[ ] اجرای r=16\n[ ] مقایسه با BitFit", "2024-04-01 14:03"),
    (1048, "مرور منابع regularization برای فصل ۲ پایان‌نامه", "برای خواندن", "پایان‌نامه", "@niloofar",
     "2024-04-30 12:00",
     f"پیشنهاد استاد: «{T('2101.01761')}» — dropout را خودکار جست‌وجو می‌کند. بعداً اگر وقت شد.",
     "[ ] پیدا کردن PDF\n[ ] خلاصه‌ی یک‌صفحه‌ای", "2024-04-02 09:48"),
    (1040, "نصب peft روی سرور", "خوانده شد", "زیرساخت", "@sara.h",
     "2024-03-03 12:00",
     "pip install peft==0.10.0 bitsandbytes==0.43.0\nراهنما: https://huggingface.co/docs/peft/index\nروی gpu-02 نصب شد؛ CUDA 12.1",
     "[x] نصب\n[x] تست با مثال LoRA", "2024-02-26 18:05"),
]
rows = [HEAD]
for cid, title, lst, labels, mem, due, desc, chk, created in sorted(CARDS):
    rows.append([str(cid), title, lst, labels, mem, jdt(due), desc, chk, jdt(created), "خیر"])
buf = io.StringIO(newline="")
csv.writer(buf, lineterminator="\r\n").writerows(rows)
text = "\ufeff" + buf.getvalue()
write_only(F1342, text, keys(F1342))
