#!/usr/bin/env python3
"""1282: a Kimai timesheet export as CSV (a Chiang Mai-like university lab's research-assistant hours, Thai
descriptions): UTF-8 with a BOM, every field in double quotes (a PhpSpreadsheet-style writer), LF line ends, the
English column names of the lab's instance, dates yyyy-mm-dd, From / To h:mm, Duration h:mm = To − From, Rate =
Duration × Hourly rate (two decimals), records in start order, multi-line descriptions inside quotes. Papers: arXiv
abs / pdf links and an OpenReview forum link in descriptions, an `arXiv:` id, titles alone; a code library, datasets,
a server, a driver update and meetings are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1282, keys

HEAD = ["Date", "From", "To", "Duration", "Currency", "Rate", "User", "Customer", "Project", "Activity", "Description",
        "Exported", "Billable", "Tags", "Hourly rate", "Type", "Category"]
CUST = "มูลนิธิวิจัยปัญญาประดิษฐ์ภาคเหนือ"
PROJ = "SSL-Med: การเรียนรู้แบบกำกับตนเองสำหรับภาพถ่ายทางการแพทย์"
NAT, PIM = "ณัฐวุฒิ ศรีสุข", "พิมพ์ชนก แก้วมณี"
READ, EXP, MEET, OPS = "อ่านงานวิจัย", "ทดลอง/เขียนโค้ด", "ประชุม", "ดูแลเซิร์ฟเวอร์"
R = [  # date, from, to, user, activity, description, exported, tags
 ("2024-03-04", "9:00", "10:30", NAT, READ, f"{T('1911.05722')}\nhttps://arxiv.org/abs/1911.05722\nสรุปเรื่อง queue กับ momentum encoder ลงสไลด์กลุ่มแล้ว", "Yes", "ssl,paper"),
 ("2024-03-04", "13:00", "16:00", NAT, EXP, "ติดตั้ง solo-learn บน gpu-01 และทดสอบ MoCo v2 กับ ImageNet-100 (200 epochs ใช้เวลาประมาณ 9 ชม.)", "Yes", "ssl,code"),
 ("2024-03-05", "9:30", "11:30", PIM, READ, f"อ่าน {T('2002.05709')} (SimCLR) https://arxiv.org/pdf/2002.05709.pdf เน้นส่วน data augmentation และ projection head", "Yes", "ssl,paper"),
 ("2024-03-05", "14:00", "15:00", NAT, MEET, "ประชุมกลุ่มประจำสัปดาห์ ห้อง 4-312 (ภาคการศึกษาที่ 2/2566)", "Yes", "meeting"),
 ("2024-03-05", "14:00", "15:00", PIM, MEET, "ประชุมกลุ่มประจำสัปดาห์ ห้อง 4-312 (ภาคการศึกษาที่ 2/2566)", "Yes", "meeting"),
 ("2024-03-06", "9:00", "11:00", PIM, READ, f"{T('1807.03748')} — ที่มาของ InfoNCE\nยังไม่มีลิงก์ ใช้ PDF ในไดรฟ์กลุ่ม โฟลเดอร์ SSL/พื้นฐาน", "Yes", "ssl,paper"),
 ("2024-03-06", "13:00", "15:30", NAT, READ, f"{T('2006.05576')} (ICLR 2021)\nhttps://openreview.net/forum?id={OR('2006.05576')}\nอ่านคู่กับรีวิวใน OpenReview ด้วย", "Yes", "ssl,paper,theory"),
 ("2024-03-07", "10:00", "12:00", PIM, READ, f"{T('2111.06377')} arXiv:2111.06377 — mask ratio 75% ทำไมได้ผลกับภาพ X-ray?", "No", "ssl,paper"),
 ("2024-03-07", "13:00", "17:00", PIM, EXP, "fine-tune MAE ViT-B/16 บน CheXpert (แบ่ง train/valid ตามไฟล์ของกลุ่ม) รอบแรก AUROC 0.861", "No", "ssl,code"),
 ("2024-03-08", "9:00", "10:30", NAT, READ, f"{T('2103.13646')} (WACV 2022) เกี่ยวกับ noisy labels ซึ่งตรงกับปัญหาฉลากในข้อมูลของโรงพยาบาล", "No", "ssl,paper,noisy-labels"),
 ("2024-03-08", "11:00", "12:00", NAT, OPS, "อัปเดต NVIDIA driver 535.161.07 และ CUDA 12.2 บน gpu-01, รีบูตแล้วตรวจ nvidia-smi ครบ 4 การ์ด", "No", "server"),
 ("2024-03-11", "9:00", "11:00", PIM, READ, f"{T('2304.07193')}\nhttps://arxiv.org/abs/2304.07193\nดูตาราง linear probe และส่วน data curation (LVD-142M)", "No", "ssl,paper"),
 ("2024-03-11", "13:00", "14:30", NAT, READ, f"{T('2103.14586')} — อาจารย์ให้อ่านก่อนคุยเรื่อง robustness ของ ViT กับภาพที่มี artifact", "No", "paper,robustness"),
 ("2024-03-12", "10:00", "11:00", NAT, MEET, "คุยความคืบหน้ากับ อ.ดร.วรเชษฐ์ (ส่งรายงานรายเดือนภายใน 15 มี.ค.)", "No", "meeting"),
 ("2024-03-12", "13:00", "16:00", PIM, EXP, "linear probe DINOv2 ViT-S/14 (facebookresearch/dinov2) บน ISIC 2019 เทียบกับ MAE ที่ fine-tune ไว้", "No", "ssl,code"),
]
RATE = {NAT: 200, PIM: 180}


def mins(s):
    h, m = s.split(":"); return int(h) * 60 + int(m)


buf = io.StringIO(newline="")
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HEAD)
for d, a, b, u, act, desc, exp_, tags in R:
    m = mins(b) - mins(a)
    w.writerow([d, a, b, f"{m // 60}:{m % 60:02d}", "THB", f"{m * RATE[u] / 60:.2f}", u, CUST, PROJ, act, desc, exp_, "Yes",
                tags, f"{RATE[u]:.2f}", "timesheet", "work"])
text = "\ufeff" + buf.getvalue()
write_only(F1282, text, keys(F1282))
