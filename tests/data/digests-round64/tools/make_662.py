#!/usr/bin/env python3
"""662: a worksheet saved by Microsoft Excel as "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab-separated, CRLF
row ends (a final one too), every row as wide as the used range (trailing empty cells kept as tabs), cells holding a
tab, a line break (Alt+Enter, written as LF) or a double quote wrapped in quotes with quotes doubled, values written
as displayed (Thai Buddhist-era dates d/m/yyyy, thousands separators, percentages). A Thai lab's vision-backbone
tracker."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw
from make_expected import F662, keys, LENET

HEAD = ["ลำดับ", "ชื่อบทความ", "ผู้แต่ง", "ปี", "แหล่งตีพิมพ์", "ลิงก์", "สถานะ", "ผู้รับผิดชอบ", "วันที่เพิ่ม", "หมายเหตุ"]
rows = [
    ["ตารางติดตามการอ่านบทความ — กลุ่มวิจัยคอมพิวเตอร์วิทัศน์ ห้องปฏิบัติการเจ้าพระยา (ตัวอย่าง)"] + [""] * 9,
    ["ปรับปรุงล่าสุด: 14/3/2567 โดย ณัฐวุฒิ"] + [""] * 9,
    [""] * 10,
    HEAD,
    ["1", T("2010.11929"), au("2010.11929"), "2021", "ICLR 2021", "https://openreview.net/forum?id=YicbFdNTTy", "อ่านแล้ว", "ณัฐวุฒิ", "5/1/2567", "บทความหลักของสัปดาห์แรก\nสรุปอยู่ในไดรฟ์กลุ่ม"],
    ["2", T("2106.04560"), au("2106.04560"), "2022", "CVPR 2022", "https://arxiv.org/abs/2106.04560", "อ่านแล้ว", "พิมพ์ชนก", "12/1/2567", "ดูกราฟ scaling law รูปที่ 1"],
    ["3", T("2103.14030"), au("2103.14030"), "2021", "ICCV 2021", "https://arxiv.org/abs/2103.14030", "กำลังอ่าน", "ธนพล", "19/1/2567", "ใช้เป็น backbone ของโปรเจกต์ตรวจจับวัตถุ"],
    ["4", T("2201.03545"), au("2201.03545"), "2022", "CVPR 2022", "", "กำลังอ่าน", "พิมพ์ชนก", "26/1/2567", 'เปรียบเทียบกับ Swin ในตาราง "ImageNet-1K" ของเรา'],
    ["5", T("2104.00298"), au("2104.00298"), "2021", "ICML 2021", "https://arxiv.org/pdf/2104.00298.pdf", "ยังไม่อ่าน", "ธนพล", "2/2/2567", "progressive learning — น่าสนใจสำหรับ GPU 1 ใบ"],
    ["6", T("2103.14586"), au("2103.14586"), "2021", "ICCV 2021", "", "ยังไม่อ่าน", "กัญญาณัฐ", "9/2/2567", "ไฟล์ PDF อยู่ในโฟลเดอร์ \\\\nas01\\reading\\robustness"],
    ["7", T("2010.08515"), au("2010.08515"), "2021", "ICLR 2021", "arXiv 2010.08515", "ยังไม่อ่าน", "ณัฐวุฒิ", "16/2/2567", "เชิงทฤษฎี อ่านก่อนประชุม 1 ชั่วโมง"],
    ["8", T(LENET), au(LENET), "1998", "Proceedings of the IEEE", "", "อ่านแล้ว", "กัญญาณัฐ", "23/2/2567", "บทความคลาสสิก (46 หน้า)\tอ่านเฉพาะส่วน II–III"],
    [""] * 10,
    ["แหล่งข้อมูลอื่น (ไม่ใช่บทความ)"] + [""] * 9,
    ["A", "timm (PyTorch Image Models)", "Ross Wightman", "2019", "GitHub", "https://github.com/huggingface/pytorch-image-models", "ใช้งานอยู่", "ธนพล", "5/1/2567", "ไลบรารี — เวอร์ชัน 0.9.12"],
    ["B", "ImageNet-1K (ILSVRC 2012)", "", "2012", "ชุดข้อมูล", "https://image-net.org", "ดาวน์โหลดแล้ว", "ณัฐวุฒิ", "5/1/2567", "ขนาด 1,281,167 ภาพ (train)"],
    ["C", "Papers with Code — Image Classification on ImageNet", "", "", "ลีดเดอร์บอร์ด", "https://paperswithcode.com/sota/image-classification-on-imagenet", "อ้างอิง", "พิมพ์ชนก", "12/1/2567", ""],
    ["D", "CS231n: Deep Learning for Computer Vision", "Stanford", "2023", "คอร์สเรียน", "http://cs231n.stanford.edu", "แนะนำสมาชิกใหม่", "กัญญาณัฐ", "19/1/2567", "บันทึกการสอน ไม่ใช่บทความ"],
    [""] * 10,
    ["สรุป", "", "", "", "", "", "อ่านแล้ว 3/8", "", "", "ความคืบหน้า 37.50%"],
]


def cell(v):
    if any(c in v for c in '\t\n"'):
        return '"' + v.replace('"', '""') + '"'
    return v


text = "".join("\t".join(cell(c) for c in r) + "\r\n" for r in rows)
write_raw(F662, b"\xff\xfe" + text.encode("utf-16-le"), [text], keys(F662))
