#!/usr/bin/env python3
"""866 (negative): a Wiki.js 2.x page as its Git storage module writes it (`th/reading-group/presenter-guide.md` in
the lab's wiki repository): the HTML-comment metadata block Wiki.js puts at the top (`title`, `description`,
`published`, `date`, `tags`, `editor: markdown`, `dateCreated`, ISO times in UTC with milliseconds), then the
Markdown body with Wiki.js extensions — `{.tabset}` headings whose `##` children become tabs, blockquote callouts
closed by `{.is-info}` / `{.is-warning}` / `{.is-success}` / `{.is-danger}`, image sizes `=600x`, internal links to
`/th/…` pages, a Mermaid block, `<kbd>` keys — LF, final newline. A Thai lab's presenter guide for its paper reading
group: how to pick a paper, slides, timing, room booking, streaming, GPU demos, a checklist and FAQ. It looks like a
page that would list papers but names none: no paper title, no arXiv-shaped id, only tools, rooms, courses and
other wiki pages."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "866_negative_wikijs_git_storage_page_thai_reading_group_presenter_guide.md"

text = """<!--
title: คู่มือผู้นำเสนอ — ชมรมอ่านเปเปอร์
description: วิธีเลือกเปเปอร์ เตรียมสไลด์ จองห้อง และถ่ายทอดสด สำหรับผู้นำเสนอในชมรมอ่านเปเปอร์ของแล็บ
published: true
date: 2024-03-15T04:12:33.511Z
tags: reading-group, onboarding, ชมรมอ่านเปเปอร์
editor: markdown
dateCreated: 2023-06-01T02:05:10.233Z
-->

# คู่มือผู้นำเสนอ

หน้านี้สำหรับคนที่ได้รับมอบหมายให้นำเสนอในชมรมอ่านเปเปอร์ (ทุกวันพุธ 13.30–15.00 น.) ถ้าเพิ่งเข้าแล็บ ให้อ่าน [ภาพรวมชมรม](/th/reading-group/home) ก่อน

> รายการเปเปอร์ที่เคยอ่านแล้วและตารางผู้นำเสนอทั้งเทอม **ไม่ได้อยู่ในหน้านี้** ดูได้ที่ [ตารางการอ่าน](/th/reading-group/schedule) — กรุณาเช็กก่อนเสนอเปเปอร์ เพื่อไม่ให้ซ้ำกับที่เคยอ่าน
{.is-info}

## ขั้นตอนโดยรวม

```mermaid
graph LR
  A[เลือกเปเปอร์] --> B[โพสต์ใน #reading-group]
  B --> C[อาจารย์ที่ปรึกษาอนุมัติ]
  C --> D[ทำสไลด์]
  D --> E[ซ้อมกับรุ่นพี่]
  E --> F[นำเสนอวันพุธ]
```

## เลือกเปเปอร์อย่างไร

1. เลือกจากงานประชุมหรือวารสารที่ผ่านการ peer review แล้ว หรือ preprint ที่มีโค้ดเปิดให้ลองรันได้
2. ควรเกี่ยวกับหัวข้อของเทอม (เทอมนี้: การเรียนรู้แบบ self-supervised และโมเดลขนาดเล็กสำหรับอุปกรณ์ปลายทาง)
3. โพสต์ชื่อเปเปอร์ ลิงก์ และเหตุผลสั้น ๆ ในช่อง Slack `#reading-group` อย่างน้อย **สองสัปดาห์** ก่อนวันนำเสนอ
4. เพิ่มเปเปอร์ลงในกลุ่ม Zotero ของแล็บ (คอลเลกชัน `reading-group/2567-2`) พร้อมแนบ PDF

> ห้ามเลือกบล็อกโพสต์ วิดีโอ หรือหน้าเอกสารของไลบรารีเป็นหัวข้อหลัก ใช้ประกอบได้ แต่ต้องมีเปเปอร์เป็นแกน
{.is-warning}

## เตรียมสไลด์

- ใช้เทมเพลตของแล็บ: [Google Slides](https://slides.example.ac.th/lab-template) หรือ [Beamer บน Overleaf](https://overleaf.example.ac.th/read/lab-beamer)
- โครงที่แนะนำ (รวมประมาณ 15–20 สไลด์):
  1. ปัญหาและแรงจูงใจ
  2. งานก่อนหน้าที่เกี่ยวข้อง (ไม่เกิน 2 สไลด์)
  3. วิธีการ — อธิบายด้วยรูปก่อนสมการ
  4. การทดลองและผลลัพธ์หลัก
  5. ข้อจำกัด และสิ่งที่แล็บเราจะเอาไปใช้ได้
  6. คำถามชวนคุย 2–3 ข้อ
- อัปโหลดสไลด์ขึ้นหน้าวิกิของสัปดาห์นั้นก่อนเที่ยงวันอังคาร

![แผนผังห้อง 1204](/assets/reading-group/room-1204-map.png =600x)

## วันนำเสนอ {.tabset}

### นำเสนอที่ห้อง

- ห้อง 1204 อาคารวิศวกรรม 4 จองผ่าน [ระบบจองห้อง](https://booking.example.ac.th) ในชื่อ "ชมรมอ่านเปเปอร์"
- สาย HDMI และตัวแปลง USB-C อยู่ในลิ้นชักใต้โปรเจกเตอร์ รหัสลิ้นชักถามพี่แอดมินแล็บ
- เวลา: นำเสนอ 25 นาที ถามตอบ 15 นาที สรุปและโหวตหัวข้อถัดไป 5 นาที

### นำเสนอออนไลน์

- ใช้ห้อง Zoom ประจำของแล็บ (ลิงก์อยู่ในหมุดของช่อง `#reading-group`)
- แชร์เฉพาะหน้าต่างสไลด์ ไม่แชร์ทั้งจอ
- กด <kbd>Alt</kbd>+<kbd>R</kbd> เพื่อเริ่มบันทึก เมื่อทุกคนยินยอมแล้วเท่านั้น

### มีเดโมบน GPU

- ขอโควตาบนคลัสเตอร์ของแล็บล่วงหน้าอย่างน้อยสามวันทำการ ตาม [คู่มือการใช้คลัสเตอร์](/th/infra/gpu-cluster)
- ห้ามดาวน์โหลดชุดข้อมูลขนาดใหญ่ระหว่างนำเสนอ เตรียม checkpoint ไว้ใน `/scratch/reading-group/` ก่อน
- ถ้าเดโมล้ม ให้มีวิดีโอสำรองเสมอ

## เช็กลิสต์ก่อนนำเสนอ

| ลำดับ | รายการ | เสร็จภายใน |
|---|---|---|
| 1 | โพสต์หัวข้อใน Slack และได้รับอนุมัติ | 2 สัปดาห์ก่อน |
| 2 | เพิ่มลง Zotero พร้อม PDF | 2 สัปดาห์ก่อน |
| 3 | ซ้อมกับรุ่นพี่ที่ได้รับมอบหมาย | 3 วันก่อน |
| 4 | อัปโหลดสไลด์ขึ้นวิกิ | เที่ยงวันอังคาร |
| 5 | จองห้องและทดสอบ Zoom | วันอังคาร |

> ผู้นำเสนอที่ทำครบทุกข้อ จะได้สิทธิ์เลือกลำดับการนำเสนอเทอมหน้าก่อน :tada:
{.is-success}

## คำถามที่พบบ่อย

**ถาม:** ถ้าเปเปอร์ที่อยากอ่านยาวมาก (เช่น มีภาคผนวก 40 หน้า) ต้องอ่านทั้งหมดไหม
**ตอบ:** ไม่ต้อง เน้นเนื้อหาหลัก แล้วหยิบภาคผนวกเฉพาะส่วนที่จำเป็นต่อการเข้าใจผลการทดลอง

**ถาม:** นำเสนอเปเปอร์ของตัวเองได้ไหม
**ตอบ:** ได้ แต่ให้นับเป็น "เซสชันพิเศษ" และแจ้งอาจารย์ล่วงหน้า

**ถาม:** ถ้าไม่แน่ใจพื้นฐาน ควรเริ่มจากอะไร
**ตอบ:** แนะนำคอร์สออนไลน์ก่อน เช่น Stanford CS231n และ CS224n (มีวิดีโอบรรยายให้ดูฟรี)

> ถ้ายกเลิกการนำเสนอช้ากว่า 48 ชั่วโมงก่อนเวลา ต้องหาคนแทนเอง และแจ้งใน `#reading-group`
{.is-danger}

---

ผู้ดูแลหน้านี้: พี่ต้น (ผู้ช่วยวิจัย) — แก้ไขได้ทุกคน แต่ถ้าเปลี่ยนกติกาให้แจ้งในที่ประชุมแล็บก่อน
"""

if __name__ == "__main__":
    write(F, text, negative=True)
