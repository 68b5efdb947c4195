#!/usr/bin/env python3
"""2226 (NEGATIVE): the chat history of a student LINE group at Khon Kaen University, saved from LINE for PC with the
English interface («Save chat») (as remembered: «[LINE] Chat history in GROUP», «Saved on: M/D/YYYY, HH:MM», a blank
line, day headers «Ddd, M/D/YYYY», messages «HH:MM<TAB>name<TAB>text», a message of several lines wrapped in double
quotes, «[Sticker]», «[Photo]», «[File]», system lines «HH:MM<TAB><TAB>… joined the group.», CR LF line ends). Thai with
English. No paper: books, courses, tools, data sets, a talk and a blog post only.
Computed: the day headers (weekdays, increasing, asserted), times increasing within a day (asserted), «Saved on» after
the last message (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2226)
GROUP = "ML มข. ปี 3 – อ่านด้วยกัน"
DAYS = [
 (dt.date(2026, 4, 13), [
  ("19:02", "Ploy Srisuk", "สวัสดีทุกคน 🙏 เปิดเทอมนี้จะเริ่มกลุ่มอ่าน ML กันนะ ยังไม่ต้องอ่าน paper ก่อน เริ่มจากหนังสือกับคอร์สพื้นฐาน"),
  ("19:04", "Ploy Srisuk", "\"หนังสือที่แนะนำ:\n1) Hands-On Machine Learning with Scikit-Learn, Keras and TensorFlow – Aurélien Géron (มีฉบับแปลไทยที่ห้องสมุดคณะ)\n2) Dive into Deep Learning – อ่านฟรีที่ d2l.ai\n3) Python for Data Analysis – Wes McKinney\""),
  ("19:06", "Nat Wongsa", "[Sticker]"),
  ("19:10", "Bank Chaiyaporn", "คอร์ส Machine Learning Specialization ของ Andrew Ng บน Coursera ก็ดีนะ audit ฟรีได้"),
  ("19:11", "Bank Chaiyaporn", "https://www.coursera.org/specializations/machine-learning-introduction"),
  ("19:20", "", "Ploy Srisuk invited Mint Thongdee to the group."),
  ("19:21", "", "Mint Thongdee joined the group."),
  ("19:23", "Mint Thongdee", "ขอบคุณที่ชวนค่ะ เราสนใจ NLP ภาษาไทย มีเครื่องมืออะไรแนะนำบ้าง"),
  ("19:30", "Nat Wongsa", "PyThaiNLP เลย ตัดคำ/แท็กได้หมด https://github.com/PyThaiNLP/pythainlp"),
  ("19:31", "Nat Wongsa", "data ลองใช้ wisesight-sentiment กับ Thai National Corpus ดู"),
 ]),
 (dt.date(2026, 4, 15), [
  ("12:05", "Bank Chaiyaporn", "[Photo]"),
  ("12:05", "Bank Chaiyaporn", "สไลด์จากงาน meetup AI ขอนแก่นเมื่อวาน หัวข้อ «LLM กับภาษาอีสาน» มีคลิปย้อนหลังใน YouTube ด้วย"),
  ("12:20", "Ploy Srisuk", "ดีมาก! แล้วใครมีบล็อกอธิบาย transformer แบบเข้าใจง่ายบ้าง"),
  ("12:24", "Mint Thongdee", "«Transformers from scratch» ของ Peter Bloem อ่านง่ายสุดแล้ว (blog นะ ไม่ใช่ paper)"),
  ("12:40", "Nat Wongsa", "[File]"),
  ("12:40", "Nat Wongsa", "ตารางนัดอ่าน: พุธเว้นพุธ 18:00 ห้อง SC9 ชั้น 3 ใช้ Google Colab กับ Kaggle notebook"),
  ("21:15", "Ploy Srisuk", "โอเค สัปดาห์หน้าเริ่มบทที่ 1–2 ของ Géron นะ 📚 see you!"),
 ]),
]
saved = dt.datetime(2026, 4, 15, 22, 3)
out = [f"[LINE] Chat history in {GROUP}", f"Saved on: {saved.month}/{saved.day}/{saved.year}, {saved:%H:%M}", ""]
prev_day = None
last = None
for d, msgs in DAYS:
    assert prev_day is None or d > prev_day
    prev_day = d
    out.append(f"{d:%a}, {d.month}/{d.day}/{d.year}")
    pt = None
    for t, who, text in msgs:
        assert pt is None or t >= pt
        pt = t
        last = dt.datetime.combine(d, dt.time(int(t[:2]), int(t[3:])))
        out.append(f"{t}\t{who}\t{text}".replace("\n", "\r\n"))
    out.append("")
assert last < saved
write(F, "\r\n".join(out), negative=True)
