#!/usr/bin/env python3
"""1506 (negative): a member's blog post on OKnation (the Thai blog community of the Nation group) with its comments,
copied from the browser: the site menu, the blog's name, the post title, the author line with the Thai date (Buddhist
era, computed) and the view count, the category, the post (a self-study plan for machine learning in six months: courses,
books, data sets, software, a meetup talk, a Kaggle competition), the tags, the share line, the comment count and the
comments (`ความคิดเห็นที่ N`, name, date, replies naming an earlier comment), the comment box and the footer. It names no
paper: no catalogue title, nothing arXiv-shaped (the builder refuses both). Near-misses: course names and codes,
book titles and editions, data sets, libraries and versions, a leaderboard, a talk, people, dates, ids, a phone
number, a LINE id."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1506

TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def thd(d):
    return f"วัน{TH_WD[d.weekday()]}ที่ {d.day} {TH_M[d.month - 1]} พ.ศ. {d.year + 543} เวลา {d:%H.%M} น."


POST = dt.datetime(2024, 5, 16, 21, 40)
BODY = """สวัสดีครับ หลังจากทำงานเป็นนักวิเคราะห์ข้อมูลมา 3 ปี ผมตั้งใจว่าจะย้ายสายไปทำ Machine Learning ให้ได้ภายในสิ้นปี เลยเขียนแผนเรียนด้วยตัวเอง 6 เดือนไว้ที่นี่ เผื่อมีคนอยากเรียนไปด้วยกัน และจะได้มีคนคอยทวงครับ 😅

เดือนที่ 1–2: พื้นฐาน
- คอร์ส Machine Learning Specialization ของ Andrew Ng บน Coursera (3 คอร์สย่อย ดูฟรีได้แบบ audit)
- หนังสือ Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow ของ Aurélien Géron (พิมพ์ครั้งที่ 3) อ่านบทที่ 1–9
- ทบทวนพีชคณิตเชิงเส้นจากช่อง 3Blue1Brown ชุด Essence of Linear Algebra

เดือนที่ 3–4: Deep Learning
- คอร์ส Practical Deep Learning for Coders ของ fast.ai (ปี 2022) ทำแบบฝึกหัดบน Kaggle Notebook
- เขียนโมเดลจำแนกตัวเลข MNIST และรูปภาพ CIFAR-10 ด้วย PyTorch 2.3.1 เอง ไม่ใช้โค้ดสำเร็จรูป
- อ่านหนังสือ Dive into Deep Learning (d2l.ai) ฉบับออนไลน์ บท CNN กับ RNN

เดือนที่ 5: ภาษาไทย
- ลองทำโมเดลวิเคราะห์ความรู้สึกจากชุดข้อมูลรีวิวร้านอาหาร Wongnai ด้วย PyThaiNLP 5.0 ตัดคำ แล้วเทียบกับ WangchanBERTa ที่มีบน Hugging Face
- ฟังเทปบรรยายจากงาน Thai NLP Meetup ครั้งที่ 14 หัวข้อ "ตัดคำภาษาไทยยังเป็นปัญหาอยู่ไหม" (คุณศิริพร แสงทอง)

เดือนที่ 6: ลงสนามจริง
- เข้าแข่ง Kaggle Playground Series Season 4 Episode 6 ให้ติดครึ่งบนของลีดเดอร์บอร์ด
- ทำพอร์ตโฟลิโอบน GitHub 3 โปรเจกต์ พร้อม README ภาษาอังกฤษ

งบประมาณ: Coursera ปล่อยฟรีแบบ audit, Colab Pro เดือนละ 353 บาท (เฉพาะเดือน 3–6) รวมไม่เกิน 1,500 บาทครับ

ใครมีคำแนะนำ หรืออยากตั้งกลุ่มติวด้วยกัน ทักมาได้ที่ LINE ID: tee.datawork หรือคอมเมนต์ไว้ด้านล่างครับ"""
COMMENTS = [
    ("มะปรางนักเรียนรู้", dt.datetime(2024, 5, 16, 22, 15), None, "แผนดีมากค่ะ ขอเรียนด้วยคนนะคะ ตอนนี้อยู่เดือนที่ 1 เหมือนกัน เรียน Coursera ไปได้ครึ่งคอร์สแรกแล้วค่ะ"),
    ("ครูวิทย์ ลำปาง", dt.datetime(2024, 5, 17, 7, 42), None, "ขอเสริมว่าหนังสือของ Géron ถ้าภาษาอังกฤษไม่แข็งมีฉบับแปลไทยแล้วนะครับ แต่แปลจากพิมพ์ครั้งที่ 2 โค้ดบางส่วนรันกับ TensorFlow รุ่นใหม่ไม่ได้"),
    ("ต้น DataWork", dt.datetime(2024, 5, 17, 9, 5), 2, "ขอบคุณครับครูวิทย์ ผมอ่านฉบับภาษาอังกฤษพิมพ์ครั้งที่ 3 ครับ โค้ดอยู่ใน GitHub ของผู้เขียนเลย"),
    ("nong_bank99", dt.datetime(2024, 5, 18, 13, 27), None, "เดือนที่ 5 ลองดู PyThaiNLP กับชุดข้อมูล Wisesight Sentiment ด้วยก็ดีครับ ข้อความจากโซเชียลจริง ยากกว่ารีวิวร้านอาหารเยอะ"),
    ("มะปรางนักเรียนรู้", dt.datetime(2024, 5, 20, 20, 3), 3, "ตั้งกลุ่ม LINE แล้วแจ้งด้วยนะคะ 🙏"),
]
lines = ["OKnation", "หน้าแรก", "บล็อก", "สมาชิก", "กิจกรรม", "เข้าสู่ระบบ", "สมัครสมาชิก", "",
         "บล็อกของ ต้น DataWork", "บันทึกคนเปลี่ยนสายงาน", "",
         "แผนเรียน Machine Learning ด้วยตัวเอง 6 เดือน (ฉบับคนทำงานประจำ)",
         f"โดย ต้น DataWork | {thd(POST)} | อ่าน 2,318 ครั้ง", "หมวดหมู่: การศึกษา / เทคโนโลยี", "", BODY, "",
         "แท็ก: machine learning, เรียนด้วยตัวเอง, data science, kaggle, pythainlp", "แชร์: Facebook | X | LINE", "",
         f"ความคิดเห็น ({len(COMMENTS)})", ""]
for i, (name, d, reply, txt) in enumerate(COMMENTS, 1):
    lines += [f"ความคิดเห็นที่ {i}", f"{name} | {thd(d)}"]
    if reply: lines.append(f"ตอบความคิดเห็นที่ {reply}")
    lines += [txt, ""]
lines += ["แสดงความคิดเห็น", "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น", "",
          "เกี่ยวกับเรา | ติดต่อโฆษณา | นโยบายความเป็นส่วนตัว | เงื่อนไขการใช้งาน", "© 2024 OKnation. All rights reserved.", ""]
write(F1506, "\n".join(lines), negative=True)
