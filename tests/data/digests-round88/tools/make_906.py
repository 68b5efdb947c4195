#!/usr/bin/env python3
"""906 (negative): a Luma event page for a Bangkok paper-reading meetup, selected in the browser and pasted into a
text file by a co-organiser (Thai text, Luma's English interface): the top bar (`Explore Events`, the time, `Sign
In`), the event's title, the `Hosted by …` line, the date (`Thursday, March 21`) and time range with `GMT+7`, the
venue, the registration card (`Approval Required`, the approval sentence, `Request to Join`), `About Event` with the
organisers' Thai text (agenda, food, rules, the call for presenters), `Location` with the address, `Hosted By` and
the hosts, the attendee count and names, `Contact the Host` / `Report Event`, and Luma's footer. It is the world of
paper digests — a reading club, presenters, "the paper of the month" — but the paper is to be announced later and
everything is named by nickname (MoE, Mixtral, "the Switch Transformer one"), so it holds no paper: no catalogue
title and nothing arXiv-shaped (the builder refuses both)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(906)
lines = [
    "Explore Events",
    "9:42 PM GMT+7",
    "Sign In",
    "Paper Reading Club BKK #14 — คืน MoE (Mixture-of-Experts)",
    "Hosted by Pim Srisuk & Nattapong Chaiyasit",
    "Thursday, March 21",
    "7:00 PM - 9:30 PM GMT+7",
    "Baan Code Coworking Sathorn",
    "Bangkok, Bangkok",
    "Registration",
    "Approval Required",
    "Your registration is subject to approval by the host.",
    "Welcome! To join the event, please register below.",
    "Request to Join",
    "About Event",
    "Paper Reading Club BKK กลับมาแล้วครับ 🎉 ครั้งที่ 14 นี้เราจะคุยกันเรื่อง Mixture-of-Experts (MoE) "
    "ตั้งแต่ไอเดียพื้นฐานของการเลือก expert ไปจนถึงโมเดลเปิดอย่าง Mixtral",
    "",
    "กำหนดการ (โดยประมาณ)",
    "18:45 ลงทะเบียน / รับพิซซ่า",
    "19:00 เปิดงาน แนะนำตัวสั้น ๆ",
    "19:15 พี่พิม สรุปเปเปอร์หลักของเดือน (ประมาณ 30 นาที)",
    "19:45 คุณณัฐพงศ์ เล่าประสบการณ์ลองเทรน MoE ขนาดเล็กบน GPU ตัวเดียว",
    "20:15 แบ่งกลุ่มคุยกันว่าเปเปอร์นี้น่าเชื่อแค่ไหน",
    "21:00 networking / ปิดงาน",
    "",
    "เปเปอร์หลักของเดือนจะประกาศในดิสคอร์ดของกลุ่มภายในวันจันทร์ที่ 18 มีนาคม "
    "(ตอนนี้ลังเลอยู่ระหว่างเปเปอร์ตัว Switch Transformer กับเปเปอร์ของ Mixtral) "
    "ไม่ต้องอ่านมาก่อนก็มาได้ แต่ถ้าอ่านบทคัดย่อกับรูปที่ 1 มาก่อนจะสนุกขึ้นเยอะ",
    "",
    "สิ่งที่ควรรู้",
    "• งานฟรี แต่ที่นั่งมีจำกัด 40 ที่ เราจะอนุมัติตามลำดับการสมัคร",
    "• พูดคุยเป็นภาษาไทยเป็นหลัก สไลด์เป็นภาษาอังกฤษ",
    "• ถ้าสมัครแล้วมาไม่ได้ กด Cancel Registration ให้เพื่อนคนอื่นได้ที่นั่งด้วยนะครับ",
    "• อยากเป็นผู้นำเสนอครั้งหน้า (เมษายน หัวข้อ RAG) ทักมาในดิสคอร์ดห้อง #presenters ได้เลย",
    "",
    "ขอบคุณ Baan Code Coworking Sathorn ที่ให้ใช้สถานที่ และสมาชิกที่ช่วยกันออกค่าพิซซ่า 🍕",
    "Location",
    "Baan Code Coworking Sathorn",
    "88/8 Soi Sathorn 7, North Sathorn Rd, Silom, Bang Rak, Bangkok 10500, Thailand",
    "ชั้น 2 ห้อง Meeting Room C — ขึ้นลิฟต์ฝั่งซ้ายของล็อบบี้ จอดรถได้ที่อาคาร (ประทับตราที่งาน)",
    "Hosted By",
    "Pim Srisuk",
    "Nattapong Chaiyasit",
    "37 Going",
    "Kittipat, Ploy and 35 others",
    "Contact the Host",
    "Report Event",
    "Discover",
    "Pricing",
    "Help",
    "luma",
]
text = "\n".join(lines) + "\n"
write(F, text, negative=True)
