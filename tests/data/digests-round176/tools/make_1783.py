#!/usr/bin/env python3
"""1783: messages of a lab group in Splus (سروش پلاس, the Iranian messenger formerly Soroush) selected in the desktop
app and copied as text, Persian: blocks separated by a blank line, each opening with «<name>، [<Jalali date>
<time>]» in Persian digits (the app's copy format as assumed here, after the Telegram-style desktop clients), a reply
marker «[در پاسخ به <name>]», a forwarded message «[هدایت‌شده از <channel>]», the message text (Persian with the
papers' English titles and links, right-to-left text around left-to-right runs). The lab, its members, the channel
«هوش مصنوعی به زبان ساده», the room number and the dates are invented; DeepSpeed, the Megatron-LM repository, Hugging
Face and the faculty's GPU servers appear as what they are, never labelled. Nicknames LLaMA, OPT, Megatron, MoE,
GShard, GPT, GPT-3 and RoBERTa appear where the papers are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT1
F = by_num(1783)
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HOS, MAR, ALI, SAR = "دکتر محمد حسینی", "مریم احمدی", "علی رضایی", "سارا کریمی"
# (jalali y, m, d), "HH:MM", sender, extras, text
msgs = [
    ((1403, 12, 20), "09:12", HOS, {},
     "سلام به همه. موضوع ژورنال‌کلاب این هفته «پیش‌آموزش مدل‌های زبانی بزرگ در مقیاس» است. مقاله‌ی اصلی:\n"
     f"{T('2302.13971')}\nhttps://arxiv.org/abs/2302.13971\nهر کس یک مقاله‌ی مکمل انتخاب کند و اینجا بنویسد."),
    ((1403, 12, 20), "09:31", MAR, {"reply": HOS},
     f"من {T('2205.01068')} را ارائه می‌دهم، چون لاگ آموزش و همه‌ی ری‌استارت‌ها را منتشر کرده‌اند:\n"
     "https://arxiv.org/pdf/2205.01068.pdf"),
    ((1403, 12, 20), "10:05", ALI, {},
     f"برای موازی‌سازی مدل، {T('1909.08053')}\nhttps://arxiv.org/abs/1909.08053\n"
     "ما روی سرورهای GPU دانشکده با DeepSpeed کار می‌کنیم، ولی ایده‌ی برش تنسوری را بهتر است از همین مقاله بخوانید."),
    ((1403, 12, 20), "11:47", SAR, {},
     f"من MoE را برمی‌دارم:\n{T('1701.06538')}\nhttps://openreview.net/forum?id=B1ckMDqlg\n"
     f"و ادامه‌اش در مقیاس خیلی بزرگ‌تر: {T('2006.16668')} (arXiv:2006.16668)"),
    ((1403, 12, 20), "18:20", ALI, {"fwd": "کانال «هوش مصنوعی به زبان ساده»"},
     f"مرور تاریخی خانواده‌ی GPT: از {GPT1} (OpenAI، ۲۰۱۸) تا {T('2005.14165')} (۲۰۲۰). "
     "نکته‌ی اصلی: با بزرگ‌تر شدن مدل، یادگیری درون‌متنی بدون تنظیم دقیق ممکن شد."),
    ((1403, 12, 21), "08:54", MAR, {"reply": ALI},
     f"این مرور خوب بود. برای بحث «داده‌ی بیشتر و آموزش طولانی‌تر» {T('1907.11692')} را هم اضافه کنیم؟ "
     "نشان می‌دهد BERT خیلی کم‌آموزش دیده بود."),
    ((1403, 12, 21), "09:10", HOS, {},
     "عالی، همین فهرست را نهایی کنیم. جلسه پنجشنبه ساعت ۱۰ در اتاق ۳۱۲. اسلایدها را تا چهارشنبه شب در گروه بگذارید."),
]
B = []
prev = None
for (y, m, d), hm, who, ex, text in msgs:
    assert prev is None or ((y, m, d), hm) >= prev; prev = ((y, m, d), hm)
    head = f"{who}، [{y}/{m:02d}/{d:02d} {hm}]".translate(FA)
    blk = [head]
    if "reply" in ex: blk.append(f"[در پاسخ به {ex['reply']}]")
    if "fwd" in ex: blk.append(f"[هدایت‌شده از {ex['fwd']}]")
    blk.append(text)
    B.append("\n".join(blk))
write_only(F, "\n\n".join(B) + "\n", keys(F))
