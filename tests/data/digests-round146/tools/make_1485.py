#!/usr/bin/env python3
"""1485: a member blog post on Blognone (Thai) with its comments, copied from the browser: the site head, the post
title, the `By <user> on <date>` line, tags, the body, and the comments (`By: <user> on <D Month YYYY - HH:MM>
#<id>`, text, `Reply`, replies indented as `↳ ตอบ <user>`); the comment count is computed, the ids increase with the
time."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1485)
KEYS = keys(F)

body = f"""ช่วงนี้ใครคุยเรื่อง Transformer ก็มักจะหมายถึง LLM ไปหมด แต่ตอนทำโปรเจกต์ที่บริษัท (งานตรวจภาพจากกล้องวงจรปิดกับงานกราฟของซัพพลายเชน) ผมได้อ่านงานวิจัยหลายชิ้นที่ใช้ Transformer นอกงานภาษา เลยขอจดไว้เป็นลิสต์สั้น ๆ เผื่อเป็นประโยชน์ครับ

1) งานกราฟ
{T("2106.05234")} — https://arxiv.org/abs/2106.05234
หรือที่รู้จักกันว่า Graphormer ใส่ข้อมูลโครงสร้างกราฟ (degree, shortest path) เข้าไปใน attention ตรง ๆ ชนะ OGB-LSC ปี 2021

2) งานภาพ: ความทนทาน
{T("2103.14586")} (arXiv:2103.14586) จาก Google ทดสอบ ViT กับภาพที่ถูกรบกวนและ adversarial เทียบกับ ResNet ผลคือ ViT ทนกว่าถ้าเทรนด้วยข้อมูลมากพอ

3) งานภาพ: หาความเปลี่ยนแปลงระหว่างสองภาพ
{T("2103.14146")} ตรงกับงานตรวจกล้องวงจรปิดของเรามาก (ภาพก่อน–หลัง แล้วบรรยายว่าอะไรเปลี่ยน) ยังไม่เจอโค้ดทางการ ใครเจอบอกด้วยครับ

4) ตั้งคำถามกับ self-attention
{T("2005.00743")} https://arxiv.org/abs/2005.00743 ลองแทน dot-product attention ด้วยเมทริกซ์ที่เรียนรู้ได้หรือสุ่ม แล้วพบว่าหลายงานแทบไม่เสียความแม่น

5) ทฤษฎีที่ควรรู้ก่อนเลือก backbone
{T("2010.08515")} — อธิบายว่าทำไม CNN ถึงต้องการข้อมูลน้อยกว่า ช่วยให้เข้าใจว่าทำไม ViT ต้องใช้ข้อมูลเยอะ

6) ดูข้างในโมเดล
{T("2103.14625")} https://arxiv.org/abs/2103.14625 เครื่องมือ visualization แบบ interactive ใช้สอนน้องในทีมได้ดีมาก (มีเดโมให้ลองบนเว็บ)

แถม: เทคนิคการเทรนสองอันที่ใช้ทุกโปรเจกต์
- {T("1711.05101")} (ที่มาของ AdamW ที่ทุกคนใช้ใน PyTorch)
- {T("2101.01761")} ของ Hieu Pham กับ Quoc Le ใช้ RL หา pattern ของ dropout

โค้ดทดลองของผมอยู่บน GitHub (repo ชื่อ transformer-beyond-nlp-th) ใช้ timm กับ PyTorch Geometric เป็นหลักครับ"""

# (user, day, time, id, reply_to, text)
COMMENTS = [
 ("kittipong", 17, "10:12", 1318204, None, "ขอบคุณครับ ข้อ 3 ตรงกับงานที่ผมทำอยู่เลย ส่วน Graphormer ลองแล้วกิน GPU มากจริง ๆ กับกราฟใหญ่"),
 ("ploy_dev", 17, "10:40", 1318219, "kittipong", "ใช่ครับ กราฟเกินหมื่นโหนดผมต้องหั่นเป็น subgraph ก่อน"),
 ("nuttapon.s", 17, "13:05", 1318276, None, "AdamW นี่ใช้ทุกวันแต่เพิ่งรู้ว่ามาจากเปเปอร์นี้ 555"),
 ("mameaw", 18, "08:51", 1318398, None, "อยากให้เขียนต่อภาคสองเรื่อง Transformer กับ time series ครับ พวก Informer, PatchTST"),
 ("ploy_dev", 18, "09:30", 1318411, "mameaw", "รับไว้พิจารณาครับ ตอนนี้กำลังลอง PatchTST กับข้อมูลยอดขายอยู่"),
 ("chayut_k", 18, "22:17", 1318590, None, "Synthesizer เป็นงานที่ถูกพูดถึงน้อยไปจริง ๆ ครับ ชอบที่เอามาใส่"),
]
out = ["Blognone", "Blognone  |  ข่าว  |  บล็อก  |  Jobs  |  Workplace  |  สมัครสมาชิก  |  เข้าสู่ระบบ", "",
       "6 งานวิจัย Transformer นอกโลก LLM ที่อยากให้ลองอ่าน (+ เทคนิคการเทรนแถม 2)",
       "By ploy_dev on 16 June 2024 - 21:34", "Tags: Transformer  Research  Machine Learning  Computer Vision", ""]
out += body.split("\n")
out += ["", "Blog ของ ploy_dev  |  6 ความคิดเห็น  |  อ่าน 2,317 ครั้ง", "", "ความคิดเห็น", ""]
for u, d, t, cid, rep, txt in COMMENTS:
    pre = "    " if rep else ""
    out += [f"{pre}By: {u} on {d} June 2024 - {t} #{cid}"]
    if rep: out.append(f"{pre}↳ ตอบ {rep}")
    out += [f"{pre}{txt}", f"{pre}Reply", ""]
out = [l.replace("6 ความคิดเห็น", f"{len(COMMENTS)} ความคิดเห็น") for l in out]
out += ["เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น", "",
        "Blognone  © 2004–2024  |  About  |  Privacy  |  ติดต่อลงโฆษณา"]
text = "\n".join(out) + "\n"
write_only(F, text, KEYS)
