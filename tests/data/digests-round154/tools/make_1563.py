#!/usr/bin/env python3
"""1563: a Symphony chat room exported as text (a Dubai quant desk's reading room), Arabic messages, Gulf time."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1563)
P = {"ry": "Rania Youssef", "ka": "Karim Abdelaziz", "sh": "Sara Haddad", "om": "Omar Mansour"}
t = dt.datetime(2025, 4, 14, 9, 2, 11)
msgs = [
    ("ry", 0, "صباح الخير 👋 جدول جلسة الخميس عن الضبط الدقيق الموفّر للمعاملات (PEFT)."),
    ("ry", 37, f"الورقة الأساسية: {T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685"),
    ("ka", 154, f"وبعدها مباشرة {T('2305.14314')} https://arxiv.org/pdf/2305.14314 — نحتاجها لأن الـ GPU عندنا A10 فقط"),
    ("sh", 412, f"أقترح {T('2303.10512')}\nhttps://arxiv.org/abs/2303.10512v2\nتوزيع الرتبة تكيّفيًا، مفيد لنماذج التنبؤ بالأسعار؟"),
    ("om", 690, f"للإطار النظري: {T('2110.04366')} — نسخة ICLR: https://openreview.net/forum?id=0RDcd5Axok"),
    ("ka", 845, f"و {T('2101.00190')} (arXiv:2101.00190) لو عندنا وقت"),
    ("ry", 1203, f"لا تنسوا الأصل: {T('1902.00751')} — الـ adapters الأولى، بدون رابط، موجودة في مجلد الفريق"),
    ("sh", 1577, f"بما أن نصف بياناتنا أخبار بالعربية: {T('1911.02116')}\n(XLM-R) كنموذج أساس بدل الإنجليزي"),
    ("om", 1730, "مكتبة peft من Hugging Face (كود، مش ورقة): https://github.com/huggingface/peft"),
    ("om", 1794, f"وفيه ورقة قديمة عن الـ dropout: {T('2101.01761')} — هل لها علاقة؟ 🤔"),
    ("ry", 2310, "علاقة بعيدة، نخليها للجلسة الجاية. القاعة: Boardroom 3, DIFC Gate Village، 4:30 مساءً بتوقيت الخليج."),
    ("ka", 2402, "👍 سأجهّز دفتر Colab للـ QLoRA على بيانات الأخبار المالية (مجموعة بيانات داخلية، ليست للنشر)."),
]
out = ["Symphony — Conversation export",
       "Room: قراءة الأوراق — PEFT (Quant Research DXB)",
       "Room ID: rX9kq2VfT3m8Lw0pZc7yAA==",
       f"Members: {', '.join(sorted(P.values()))}",
       "Exported by: Rania Youssef <rania.youssef@qr-dxb.example.com>",
       "Exported on: 2025-04-14 17:05:42 GST (UTC+04:00)",
       f"Messages: {len(msgs)}",
       "=" * 60, ""]
for who, sec, body in msgs:
    ts = t + dt.timedelta(seconds=sec)
    out.append(f"[{ts:%Y-%m-%d %H:%M:%S}] {P[who]}:")
    out += body.split("\n")
    out.append("")
text = "\n".join(out)
write_only(F, text, keys(F))
