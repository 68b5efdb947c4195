#!/usr/bin/env python3
"""1076 (negative): a Thai ML community day's programme as the Sessionize API v2 `All` view answered it
(`GET https://sessionize.com/api/v2/<endpoint id>/view/All`, saved by the organiser for the event website): compact
JSON, UTF-8 raw, no final newline; `sessions` (Sessionize's keys: id, title, description, startsAt, endsAt in local
time without offset, isServiceSession, isPlenumSession, speakers, categoryItems, questionAnswers, roomId, liveUrl,
recordingUrl, status, isInformed, isConfirmed; service sessions with GUID ids and no speakers), `speakers` (id,
firstName, lastName, bio, tagLine, profilePicture, isTopSpeaker, links, sessions, fullName, categoryItems,
questionAnswers), `questions`, `categories` and `rooms`. Talks on Thai LLM fine-tuning, OCR, RAG, MLOps, a workshop,
a panel — and a "paper reading corner" whose paper will only be voted on at the event. No paper is named: the builder
refuses any catalogue title and anything arXiv-shaped."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1076)


def gid(seed):
    return str(uuid.UUID(hashlib.md5(("sessionize-" + seed).encode()).hexdigest(), version=4))


ROOMS = [{"id": 61874, "name": "ห้อง A (ห้องประชุมใหญ่ ชั้น 3)", "sort": 1}, {"id": 61875, "name": "ห้อง B (ห้องเวิร์กช็อป ชั้น 4)", "sort": 2}]
A, B = 61874, 61875
CATS = [{"id": 70412, "title": "ระดับ", "items": [{"id": 251803, "name": "เริ่มต้น", "sort": 1},
                                                  {"id": 251804, "name": "กลาง", "sort": 2},
                                                  {"id": 251805, "name": "สูง", "sort": 3}], "sort": 1, "type": "session"},
        {"id": 70413, "title": "รูปแบบ", "items": [{"id": 251806, "name": "บรรยาย", "sort": 1},
                                                   {"id": 251807, "name": "เวิร์กช็อป", "sort": 2},
                                                   {"id": 251808, "name": "เสวนา", "sort": 3}], "sort": 2, "type": "session"}]
QS = [{"id": 33019, "question": "ภาษาของสไลด์", "questionType": "Short_Text", "sort": 1}]
SP = [  # seed, first, last, tagline, bio, links
 ("np", "ณัฐพล", "ศรีสุข", "ผู้ก่อตั้งกลุ่ม ML Community กรุงเทพฯ",
  "ทำงานด้านระบบแนะนำและ NLP ภาษาไทยมากว่า 10 ปี ปัจจุบันเป็นหัวหน้าทีมข้อมูลของบริษัทอีคอมเมิร์ซแห่งหนึ่ง",
  [("LinkedIn", "https://www.linkedin.com/in/nattaphon-srisuk-example", "LinkedIn"), ("Blog", "https://nattaphon.example.dev", "Blog")]),
 ("kc", "กมลชนก", "วงศ์ไทย", "ML Engineer",
  "สนใจการปรับแต่งโมเดลภาษาขนาดใหญ่ด้วยทรัพยากรจำกัด เคยพาทีมปรับโมเดลภาษาไทยบนการ์ดจอการ์ดเดียว",
  [("X (Twitter)", "https://twitter.com/kamonchanok_example", "Twitter")]),
 ("tp", "ธนากร", "พิทักษ์", "Computer Vision Engineer",
  "ทำระบบอ่านเอกสารภาษาไทยสำหรับหน่วยงานรัฐ ชอบเล่าเรื่องความผิดพลาดมากกว่าความสำเร็จ",
  [("LinkedIn", "https://www.linkedin.com/in/thanakorn-pitak-example", "LinkedIn")]),
 ("pk", "ปิยะนุช", "แก้วมณี", "นักศึกษาปริญญาเอก",
  "วิจัยเรื่องการค้นคืนข้อมูลและการประเมินผลระบบถามตอบภาษาไทย",
  [("Company Website", "https://ir-lab.example.ac.th", "CompanyWebsite")]),
 ("wb", "วีรยุทธ", "บุญมา", "อาจารย์ ภาควิชาวิศวกรรมคอมพิวเตอร์",
  "ดูแลกลุ่มอ่านเปเปอร์ของภาควิชาทุกวันศุกร์ และเป็นผู้ประสานงานชมรม ML ของนักศึกษา",
  [("Blog", "https://weerayut.example.ac.th/reading-group", "Blog")]),
 ("sj", "ศิริพร", "จันทร์เพ็ญ", "MLOps Lead",
  "ออกแบบแพลตฟอร์ม ML ให้ทีมเล็ก ๆ ที่ไม่มีทีม infra ของตัวเอง",
  [("LinkedIn", "https://www.linkedin.com/in/siriporn-chanphen-example", "LinkedIn")]),
]


def sess(i, title, desc, start, end, room, speakers, cats, slides="ไทย", plenum=False):
    return {"id": str(i), "title": title, "description": desc, "startsAt": f"2024-03-16T{start}:00",
            "endsAt": f"2024-03-16T{end}:00", "isServiceSession": False, "isPlenumSession": plenum,
            "speakers": [gid(s) for s in speakers], "categoryItems": cats,
            "questionAnswers": [{"questionId": 33019, "answerValue": slides}], "roomId": room, "liveUrl": None,
            "recordingUrl": None, "status": "Accepted", "isInformed": True, "isConfirmed": True}


def service(seed, title, start, end, room, plenum=True):
    return {"id": gid(seed), "title": title, "description": None, "startsAt": f"2024-03-16T{start}:00",
            "endsAt": f"2024-03-16T{end}:00", "isServiceSession": True, "isPlenumSession": plenum, "speakers": [],
            "categoryItems": [], "questionAnswers": [], "roomId": room, "liveUrl": None, "recordingUrl": None,
            "status": None, "isInformed": False, "isConfirmed": False}


sessions = [
 service("reg", "ลงทะเบียน รับบัตร และกาแฟ", "08:30", "09:00", A),
 sess(598211, "ชุมชน ML ไทยในปี 2024: จากโมเดลภาษาไทยสู่งานจริง",
      "เปิดงานด้วยภาพรวมของชุมชน ML ไทยในปีที่ผ่านมา โปรเจกต์โอเพนซอร์สที่น่าสนใจ และสิ่งที่ทีมเล็ก ๆ ทำได้จริงโดยไม่ต้องมีงบวิจัยมหาศาล",
      "09:00", "09:30", A, ["np"], [251803, 251806], plenum=True),
 sess(598214, "ปรับแต่งโมเดลภาษาไทยบน GPU ตัวเดียว: บทเรียนจากงานจริง",
      "เล่าประสบการณ์ใช้ LoRA และ quantization ปรับโมเดลภาษาไทยบนการ์ด 24 GB ตั้งแต่เตรียมข้อมูล เลือก hyperparameter ไปจนถึงวัดผล พร้อมโค้ดตัวอย่างบน GitHub",
      "09:40", "10:20", A, ["kc"], [251804, 251806]),
 sess(598217, "อ่านเอกสารราชการไทยด้วยโมเดลเปิด: OCR ที่ใช้งานได้จริง",
      "ตัวอักษรไทย สระลอย ตราครุฑ และตารางที่ไม่มีเส้น — ปัญหาจริงของ OCR เอกสารราชการ และวิธีที่ทีมเราแก้ด้วยโมเดลโอเพนซอร์สและข้อมูลสังเคราะห์",
      "09:40", "10:20", B, ["tp"], [251804, 251806]),
 sess(598220, "RAG ภาษาไทย: ตัดคำ ค้นหา และประเมินผล",
      "ทำไมระบบค้นคืนที่ใช้ได้ดีกับภาษาอังกฤษถึงพังกับภาษาไทย การตัดคำ การเลือก embedding และชุดทดสอบที่เราสร้างขึ้นเองสำหรับประเมินระบบถามตอบ",
      "10:30", "11:10", A, ["pk"], [251805, 251806]),
 sess(598223, "มุมอ่านเปเปอร์: มาอ่านด้วยกันแบบสด ๆ",
      "ยังไม่ได้เลือกเปเปอร์! ทีมงานจะประกาศตัวเลือก 3 เรื่องในกลุ่ม Discord คืนก่อนงาน แล้วให้ผู้เข้าร่วมโหวตหน้างาน จากนั้นเราจะอ่านบทคัดย่อ รูป และตารางผลการทดลองไปพร้อมกัน ไม่ต้องเตรียมตัวมาก่อน เหมาะกับคนที่อยากเริ่มอ่านเปเปอร์แต่ไม่รู้จะเริ่มตรงไหน",
      "10:30", "11:10", B, ["wb"], [251803, 251807]),
 sess(598226, "MLOps สำหรับทีมเล็ก: จาก notebook สู่ production",
      "ทีม 3 คนจะดูแลโมเดล 12 ตัวได้อย่างไร เครื่องมือที่เลือกใช้ สิ่งที่เลิกใช้ และสิ่งที่อยากรู้ตั้งแต่วันแรก",
      "11:20", "12:00", A, ["sj"], [251804, 251806]),
 service("lunch", "พักกลางวัน", "12:00", "13:00", A),
 sess(598229, "เวิร์กช็อป: เขียนชุดประเมินผลให้แชตบอตภาษาไทย",
      "ลงมือทำ: ออกแบบคำถามทดสอบ เขียนเกณฑ์ให้คะแนน และใช้ LLM ช่วยตรวจอย่างระมัดระวัง นำโน้ตบุ๊กมาเอง (แนะนำ Google Colab)",
      "13:00", "14:00", B, ["pk", "kc"], [251804, 251807], slides="อังกฤษ"),
 sess(598232, "Lightning talks: 5 นาที × 5 คน",
      "เปิดรับหัวข้อหน้างาน ใครมีโปรเจกต์ เครื่องมือ หรือความล้มเหลวที่อยากเล่า ลงชื่อได้ที่โต๊ะลงทะเบียน",
      "13:10", "13:50", A, ["tp"], [251803, 251806]),
 sess(598235, "เสวนา: งานวิจัย ML ในมหาวิทยาลัยไทย จะไปทางไหนต่อ",
      "อาจารย์ นักศึกษา และคนทำงานในอุตสาหกรรมคุยกันเรื่องทรัพยากรคำนวณ การตีพิมพ์ และการทำงานร่วมกันระหว่างมหาวิทยาลัยกับบริษัท",
      "14:10", "15:00", A, ["wb", "np", "sj"], [251803, 251808], plenum=True),
 service("close", "ปิดงานและถ่ายรูปหมู่", "15:00", "15:15", A),
]
speakers = []
for seed, first, last, tag, bio, links in SP:
    speakers.append({"id": gid(seed), "firstName": first, "lastName": last, "bio": bio, "tagLine": tag,
                     "profilePicture": f"https://sessionize.com/image/{hashlib.md5(seed.encode()).hexdigest()[:4]}-400o400o1-{hashlib.sha1(seed.encode()).hexdigest()[:22]}.jpg",
                     "isTopSpeaker": seed == "np",
                     "links": [{"title": t, "url": u, "linkType": lt} for t, u, lt in links],
                     "sessions": [int(s["id"]) for s in sessions if gid(seed) in s["speakers"]],
                     "fullName": f"{first} {last}", "categoryItems": [], "questionAnswers": []})
data = {"sessions": sessions, "speakers": speakers, "questions": QS, "categories": CATS, "rooms": ROOMS}
write(F, json.dumps(data, ensure_ascii=False, separators=(",", ":")), negative=True)
