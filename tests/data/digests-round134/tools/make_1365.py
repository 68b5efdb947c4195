#!/usr/bin/env python3
"""1365: the archive (web version) page of a Mailtrain campaign — the self-hosted newsletter app — of a Bangkok-like
lab's Thai newsletter on self-supervised representation learning, saved by Firefox as "Web Page, HTML only". The
campaign's e-mail template (XHTML 1.0 Transitional, table layout, inline styles) as the archive serves it to one
subscriber: every link rewritten to Mailtrain's click tracker `/links/<campaign cid>/<list cid>/<subscription cid>/<link
id>` (one link id per distinct destination), the unsubscribe and archive links with the same cids, the open-tracking
pixel. The issue header gives the Thai Buddhist-era date with its weekday. Destinations survive only where the
template prints the address (`ลิงก์: https://…`); items whose link text is `อ่านบทความ` keep their destination hidden.
Papers: printed arXiv abs / pdf addresses, a printed OpenReview forum address and an `arXiv:` id, four titles alone
(behind hidden links or none); a GitHub repository, a dataset, a video, an event and a job post are not papers."""
import hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1365, keys

HOST = "https://newsletter.vision-lab.example.ac.th"
CAMP, LIST, SUB = "Hy7Qw2kLm", "rJx3eTq9Z", "SkQp0w4vN"
ISSUE, DATE_TH, WEEKDAY = 12, "15 มีนาคม 2567", "วันศุกร์"
E = lambda s: html.escape(s, quote=False)
_ids = {}


def link_id(dest):
    """Mailtrain gives each distinct destination of a campaign a short link id; here a stable stand-in from the URL"""
    if dest not in _ids:
        h = hashlib.sha1(dest.encode()).digest()
        abc = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"
        _ids[dest] = "".join(abc[b % 64] for b in h[:9])
    return _ids[dest]


def a(dest, text, style="color:#0b6e99;"):
    return f'<a href="{HOST}/links/{CAMP}/{LIST}/{SUB}/{link_id(dest)}" style="{style}">{text}</a>'


ITEMS = [  # (title, authors, body, dest, printed?)
    (T("2111.06377"), "Kaiming He et al. · CVPR 2022",
     "ปิดแพตช์ภาพ 75% แล้วให้โมเดลเติมส่วนที่หายไป — เรียบง่ายแต่ได้ผลดีมากกับ ViT", "https://arxiv.org/abs/2111.06377", True),
    (T("2002.05709"), "Ting Chen et al. · ICML 2020",
     "SimCLR: contrastive learning ที่อาศัย data augmentation หนัก ๆ และ batch ใหญ่", "https://arxiv.org/pdf/2002.05709.pdf", True),
    (T("1911.05722"), "Kaiming He et al. · CVPR 2020",
     "MoCo: ใช้ momentum encoder และคิวของตัวอย่างเชิงลบ ไม่ต้องใช้ batch ใหญ่", "https://github.com/facebookresearch/moco", False),
    (T("2006.05576"), "Yao-Hung Hubert Tsai et al. · ICLR 2021",
     "มองการเรียนรู้แบบ self-supervised ผ่านทฤษฎีสารสนเทศแบบหลายมุมมอง", f"https://openreview.net/forum?id={OR('2006.05576')}", True),
    (T("1807.03748"), "Aaron van den Oord et al. · 2018",
     "ต้นกำเนิดของ InfoNCE loss ที่งานสายนี้ใช้กันทั้งหมด", None, False),
    (T("2106.07447"), "Wei-Ning Hsu et al. · IEEE/ACM TASLP 2021",
     "ฝั่งเสียงพูด: ทำนาย hidden units ที่ได้จากการ clustering (arXiv:2106.07447)", None, False),
]
ITEMS_SHORT = [  # the "เบ็ดเตล็ด" box: (title, note, dest)
    (T("2012.07177"), "augmentation ง่าย ๆ สำหรับ instance segmentation", "https://github.com/tensorflow/tpu/tree/master/models/official/detection/projects/copy_paste"),
    (T("2010.08515"), "ทฤษฎี: ทำไม inductive bias ของ CNN ถึงช่วยเรื่องจำนวนข้อมูล", None),
]
rows = []
for n, (title, au, body, dest, printed) in enumerate(ITEMS, 1):
    more = ""
    if dest and printed:
        more = f'<br>ลิงก์: {a(dest, E(dest))}'
    elif dest:
        more = f'<br>{a(dest, "อ่านบทความ")}'
    rows.append(f"""<tr>
<td style="padding:12px 24px;border-bottom:1px solid #e5e5e5;font-size:15px;line-height:1.6;">
<strong>{n:02d}. {E(title)}</strong><br>
<span style="color:#777777;font-size:13px;">{E(au)}</span><br>
{E(body)}{more}
</td>
</tr>""")
misc = "".join(f"<li>{E(t)} — {E(note)}" + (f" ({a(d, 'โค้ด')})" if d else "") + "</li>\n" for t, note, d in ITEMS_SHORT)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>SSL รายสัปดาห์ ฉบับที่ {ISSUE}: จาก MoCo ถึง MAE</title>
</head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Tahoma,'Sarabun',sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;">
<tr>
<td align="center" style="padding:8px;font-size:12px;color:#888888;">อ่านจดหมายข่าวนี้บนเว็บ · <a href="{HOST}/subscription/{LIST}/manage/{SUB}" style="color:#888888;">จัดการการสมัครรับข่าว</a></td>
</tr>
<tr>
<td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr>
<td style="background:#12355b;color:#ffffff;padding:20px 24px;">
<span style="font-size:22px;font-weight:bold;">SSL รายสัปดาห์</span><br>
<span style="font-size:13px;">ฉบับที่ {ISSUE} · {WEEKDAY}ที่ {DATE_TH} · ห้องปฏิบัติการวิทัศน์คอมพิวเตอร์ (ตัวอย่าง)</span>
</td>
</tr>
<tr>
<td style="padding:20px 24px;font-size:15px;line-height:1.6;">สวัสดีครับทุกท่าน ฉบับนี้เราย้อนดูงาน self-supervised learning ฝั่งภาพตั้งแต่ contrastive learning ไปจนถึง masked image modeling และแถมงานฝั่งเสียงพูดอีกหนึ่งชิ้น — ทีมบรรณาธิการ</td>
</tr>
{chr(10).join(rows)}
<tr>
<td style="padding:16px 24px;font-size:14px;line-height:1.6;background:#fafafa;">
<strong>เบ็ดเตล็ด</strong>
<ul>
{misc}<li>ชุดข้อมูลแนะนำ: ImageNet-1k และ {a('https://www.robots.ox.ac.uk/~vgg/data/pets/', 'Oxford-IIIT Pet')} สำหรับ linear probing</li>
<li>วิดีโอย้อนหลัง: {a('https://www.youtube.com/watch?v=Zt5Lk2bQ8vA', 'สัมมนา SSL ครั้งที่ 3 (YouTube)')}</li>
</ul>
</td>
</tr>
<tr>
<td style="padding:16px 24px;font-size:14px;line-height:1.6;">
<strong>กิจกรรม</strong>: วงอ่านเปเปอร์ครั้งถัดไป วันพุธที่ 20 มีนาคม 2567 เวลา 13:30 น. ห้อง 1204 {a('https://forms.example.ac.th/ssl-reading-13', 'ลงทะเบียน')}<br>
<strong>รับสมัคร</strong>: ผู้ช่วยวิจัย (RA) 1 ตำแหน่ง งานด้าน representation learning {a('https://vision-lab.example.ac.th/jobs/ra-2024', 'รายละเอียด')}
</td>
</tr>
<tr>
<td style="padding:16px 24px;font-size:12px;color:#888888;border-top:1px solid #e5e5e5;">
คุณได้รับอีเมลนี้เพราะสมัครรับจดหมายข่าว SSL รายสัปดาห์<br>
<a href="{HOST}/subscription/{LIST}/unsubscribe/{SUB}" style="color:#888888;">ยกเลิกการรับข่าว</a> · <a href="{HOST}/archive/{CAMP}/{LIST}/{SUB}" style="color:#888888;">ดูฉบับเว็บ</a>
</td>
</tr>
</table>
</td>
</tr>
</table>
<img src="{HOST}/links/{CAMP}/{LIST}/{SUB}" width="1" height="1" alt="">
</body>
</html>
"""
write_only(F1365, page, keys(F1365), forms=[html.unescape(page)])
