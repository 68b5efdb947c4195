#!/usr/bin/env python3
"""1026 (negative): a Blockdit post (blockdit.com, the Thai long-form social platform) by a Thai AI explainer page,
"where to start before reading AI papers", copied from the browser into a text file: LF line ends; Blockdit's header
one item a line, the page name, its @handle, ติดตาม and follower count, the post time (`D เดือน YYYY เวลา HH:MM น.`,
Thai month abbreviation, Christian year as the site writes it) and category, the post (numbered sections 1)–6) of
courses, books, YouTube channels, reading tools, a reading technique and newsletters), the reaction / comment / share
counts, the comments shown (name, text, relative time, ถูกใจ · ตอบกลับ) and "ดูความคิดเห็นเพิ่มเติม", the footer last.
It looks like it should hold papers — it is about reading papers, readers ask for a paper list, one answer describes
"the original 2017 Transformer paper from Google" — but it names none: no paper title, no arXiv or OpenReview link,
nothing arXiv-shaped (the builder refuses any catalogue title and any `NNNN.NNNNN`). Page, people and counts are
invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1026)
sections = [
    ("พื้นฐานก่อนอ่านเปเปอร์ (คอร์สฟรี)", [
        "CS231n ของ Stanford — วิชา Computer Vision ที่สไลด์กับโน้ตดีที่สุดตัวหนึ่ง",
        "Practical Deep Learning for Coders ของ fast.ai — เน้นลงมือทำก่อน ทฤษฎีตามมาทีหลัง",
        "คอร์ส Machine Learning Specialization ของ Andrew Ng บน Coursera (ฟังฟรีได้ ไม่เอาใบประกาศ)",
    ]),
    ("หนังสือ", [
        "Dive into Deep Learning (d2l.ai) — ฟรี มีโค้ดทุกบท อ่านบนเว็บได้เลย",
        "หนังสือ Deep Learning ของ Goodfellow, Bengio และ Courville — หนาแต่เป็นคัมภีร์ ใช้เปิดอ้างอิงมากกว่าอ่านรวด",
    ]),
    ("ช่อง YouTube", [
        "3Blue1Brown — ซีรีส์ Neural networks ดูจบแล้วเข้าใจ backpropagation แน่นอน",
        "Yannic Kilcher — อธิบายเปเปอร์ใหม่ ๆ ทีละหน้า",
        "StatQuest — สถิติกับ ML แบบไม่ปวดหัว",
    ]),
    ("เครื่องมือช่วยอ่าน", [
        "Zotero — เก็บ PDF จดโน้ต ทำบรรณานุกรมอัตโนมัติ",
        "Connected Papers — ดูว่าเปเปอร์ไหนอ้างถึงกันเป็นกราฟ",
        "Semantic Scholar — ค้นหา + สรุปสั้น TLDR",
        "Papers with Code — ดูว่าเปเปอร์ไหนมีโค้ดและผลบน benchmark",
    ]),
    ("เทคนิคการอ่าน: อ่าน 3 รอบ", [
        "รอบแรก 10 นาที: ชื่อเรื่อง บทคัดย่อ รูป และบทสรุป — พอจะรู้ว่าควรอ่านต่อไหม",
        "รอบสอง 1 ชั่วโมง: อ่านวิธีการทั้งหมด ข้ามพิสูจน์ จดคำถามไว้",
        "รอบสาม: ลองทำซ้ำ หรืออธิบายให้เพื่อนฟังโดยไม่เปิดเปเปอร์",
    ]),
    ("นิวส์เลตเตอร์ภาษาอังกฤษ", [
        "The Batch ของ DeepLearning.AI — สรุปข่าวรายสัปดาห์",
        "Import AI — มีมุมนโยบายด้วย",
    ]),
]
post = ["รวมแหล่งเรียนรู้สำหรับคนที่อยากเริ่มอ่านเปเปอร์ AI แต่ไม่รู้จะเริ่มตรงไหน 📚",
        "",
        "หลายคนทักมาถามว่า \"อยากอ่านเปเปอร์ แต่เปิดมาแล้วงงตั้งแต่หน้าแรก\" วันนี้เลยรวมของที่แอดใช้เองและแนะนำน้อง ๆ ในแล็บมาให้ครับ",
        ""]
for i, (head, items) in enumerate(sections, 1):
    post += [f"{i}) {head}"] + [f"- {x}" for x in items] + [""]
post += ["โพสต์หน้าจะทำลิสต์ \"เปเปอร์ที่ควรอ่านเป็นเล่มแรก\" แยกตามสาย CV / NLP / RL ใครอยากให้เริ่มสายไหน คอมเมนต์บอกได้เลยครับ 🙏",
         "",
         "#AI #MachineLearning #อ่านเปเปอร์ #DeepLearning"]
comments = [
    ("ณัฐวุฒิ ก.", "NLP ก่อนเลยครับ รอลิสต์เปเปอร์ 🙏", "2 วัน"),
    ("Ploy Siriwan", "ขอบคุณค่ะ เซฟไว้แล้ว อยากรู้ว่า Transformer ควรอ่านอันไหนก่อนคะ", "2 วัน"),
    ("AI ภาษาคน", "ต้นฉบับ Transformer ปี 2017 ของทีม Google ครับ อ่านคู่กับบล็อก The Illustrated Transformer จะง่ายขึ้นมาก เดี๋ยวใส่ในโพสต์หน้าพร้อมลิงก์ครับ", "2 วัน"),
    ("Kittipong Chaiyasit", "CS231n ดีจริงครับ ผมเรียนตอน ป.โท ยังเปิดโน้ตอยู่เลย", "1 วัน"),
    ("มายด์ ม.", "ขอสาย RL ด้วยค่ะ 😊", "5 ชั่วโมง"),
]
out = ["Blockdit", "หน้าแรก", "สำรวจ", "ค้นหา Blockdit", "เข้าสู่ระบบ", "สมัครสมาชิก",
       "AI ภาษาคน", "@aipasakon", "ติดตาม", "2.4 หมื่นผู้ติดตาม",
       "28 มี.ค. 2024 เวลา 19:30 น. • การศึกษา"] + post + [
       "1.2K", "86 ความคิดเห็น", "340 แชร์", "ถูกใจ", "ความคิดเห็น", "แชร์", "ความคิดเห็นที่เกี่ยวข้องที่สุด"]
for name, text, when in comments:
    out += [name, text, when, "ถูกใจ · ตอบกลับ"]
out += ["ดูความคิดเห็นเพิ่มเติม", "เขียนความคิดเห็น...",
        "เกี่ยวกับ Blockdit", "ร่วมงานกับเรา", "ศูนย์ช่วยเหลือ", "ข้อกำหนดการใช้งาน", "นโยบายความเป็นส่วนตัว", "© 2024 Blockdit"]
text = "\n".join(out) + "\n"
write(F, text, negative=True)
