#!/usr/bin/env python3
"""1263: a Brosix chat-room history exported as text (a Cairo-like lab's reading room, Arabic), as this builder
imagines Brosix's "Export history" file: an English header block written by the client (room, network, exported by,
export date, message count), a rule, then one line per event `[dd/mm/yyyy HH:MM:SS] Name: text` with continuation
lines indented by a tab, `*** ` system lines (joined the room, sent a file with its size, left the room). Arabic
running text with English titles inside (no direction marks), Arabic-Indic digits only in the people's own text.
Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id, titles alone; repositories, a video, a file
and a GPU booking are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1263, keys

Y, O_, K, S = "ياسمين فتحي", "عمر الشريف", "كريم منصور", "سلمى عادل"
ROOM = "نادي قراءة المحولات الفعالة"
ev = [
 ("04/03/2024 10:00:41", None, f"{Y} joined the chat room"),
 ("04/03/2024 10:00:58", None, f"{O_} joined the chat room"),
 ("04/03/2024 10:01:30", None, f"{K} joined the chat room"),
 ("04/03/2024 10:02:15", Y, "صباح الخير 🌞 خطة هذا الشهر: المحولات الفعالة والسياق الطويل. اللقاء كل خميس الساعة ٢ ظهرًا في القاعة ٣٠٤."),
 ("04/03/2024 10:03:02", Y, f"نبدأ بـ {T('1901.02860')}\narXiv:1901.02860\nركزوا على segment-level recurrence والـ relative positional encoding."),
 ("04/03/2024 10:07:44", O_, f"وبعده مباشرة {T('2002.09402')}\nhttps://openreview.net/forum?id={OR('2002.09402')}"),
 ("04/03/2024 10:09:10", K, "تمام، أنا أقدم Big Bird"),
 ("04/03/2024 10:09:36", K, f"{T('2007.14062')}\nhttps://arxiv.org/abs/2007.14062\nوالكود الرسمي هنا: https://github.com/google-research/bigbird"),
 ("04/03/2024 10:15:03", None, f"{Y} sent a file: efficient_transformers_plan.pdf (412 KB)"),
 ("04/03/2024 10:21:50", O_, f"ممكن نضيف {T('2005.00743')}؟ فكرته إن الـ attention نفسه مش ضروري بالشكل المعتاد"),
 ("04/03/2024 10:22:31", Y, "أكيد، أضيفه للأسبوع الثالث"),
 ("04/03/2024 11:40:12", None, f"{S} joined the chat room"),
 ("04/03/2024 11:41:05", S, f"أنا مهتمة بالـ MoE. {T('2006.16668')} مناسب؟ مفيش عندي لينك دلوقتي بس موجود في مكتبة الجامعة"),
 ("04/03/2024 11:43:27", Y, f"مناسب جدًا، والأفضل نقرأ قبله الجزء الخاص بالـ scaling في {T('2005.14165')}\nhttps://arxiv.org/abs/2005.14165"),
 ("04/03/2024 11:44:02", S, "👍"),
 ("05/03/2024 09:12:48", K, f"لقيت ده كمان: {T('2302.10866')}\nhttps://arxiv.org/pdf/2302.10866.pdf\nبديل للـ attention بالكامل باستخدام long convolutions"),
 ("05/03/2024 09:20:15", O_, "وفيه مكتبة فيها تطبيقات كتير من دول: https://github.com/lucidrains/x-transformers"),
 ("05/03/2024 13:02:33", S, f"سؤال جانبي: حد عنده ملخص لـ {T('1904.09751')}؟ محتاجاه عشان مشروع التوليد (nucleus sampling)"),
 ("05/03/2024 13:05:10", K, "فيه فيديو شرح حلو بالعربي: https://www.youtube.com/watch?v=Xa9pLm2QwR8"),
 ("05/03/2024 13:06:00", None, f"{K} left the chat room"),
 ("06/03/2024 08:30:19", Y, "تذكير: حجز الـ GPU على السيرفر dl-3 يوم الأربعاء من ٦ إلى ١٠ مساءً لتجارب الـ long context"),
]
msgs = sum(1 for e in ev if e[1])
out = ["Brosix - Chat History", f"Chat Room: {ROOM}", "Network: cu-ml-lab", "Exported by: yasmin.fathy",
       "Export date: 12/03/2024 21:40:07", f"Messages: {msgs}", "=" * 60, ""]
for ts, who, text in ev:
    if who is None:
        out.append(f"[{ts}] *** {text}")
        continue
    tl = text.split("\n")
    out.append(f"[{ts}] {who}: {tl[0]}")
    out += ["\t" + x for x in tl[1:]]
txt = "\r\n".join(out) + "\r\n"
write_only(F1263, txt, keys(F1263))
