#!/usr/bin/env python3
"""1445: the web version ("ดูในเว็บเบราว์เซอร์") of a Thai AI paper-club newsletter sent with Taximail, saved from the
browser as HTML only: an e-mail-style table layout with inline styles, a hidden preheader, the issue line with a Thai
weekday and a Buddhist-era year (CE + 543; the weekday computed), a month's theme with paper cards (title, authors,
Thai summary, a button "อ่านเปเปอร์" for the cards that have a link), a throwback section naming papers without links,
events, and Taximail's footer (unsubscribe, update profile, "Powered by Taximail"). Not papers: the meetup, the Colab
notebook, Typhoon, the Common Voice dataset, the lightly library, the YouTube recording; DINO, DINOv2, MAE, HuBERT,
InfoNCE are names."""
import datetime as dt, hashlib, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1445, keys

TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
def thd(d): return f"วัน{TH_WD[d.weekday()]}ที่ {d.day} {TH_M[d.month - 1]} {d.year + 543}"
ISSUE, D = 18, dt.date(2024, 6, 14)
MEET = dt.date(2024, 6, 29)
E = html.escape
TOK = hashlib.sha1(b"tm-1445").hexdigest()[:20]
def who(k):
    a = CAT[k]["authors"]
    return ", ".join(a[:3]) + (" และคณะ" if len(a) > 3 else "")

CARDS = [
 ("2304.07193", "https://arxiv.org/abs/2304.07193", "ต่อยอดจาก DINO ด้วยข้อมูล 142 ล้านภาพที่คัดมาอย่างดี ได้ฟีเจอร์ภาพที่ใช้ได้เลยโดยไม่ต้องฟายน์จูน ทีมเราลองกับภาพถ่ายดาวเทียมนาข้าวแล้วได้ผลดีมาก"),
 ("2111.06377", "https://arxiv.org/abs/2111.06377", "ปิดแพตช์ภาพไป 75% แล้วให้โมเดลเติมกลับ เรียบง่ายแต่สเกลได้ดี เป็นพื้นฐานของงาน masked modeling ทั้งหมดในภายหลัง"),
 ("2106.07447", "https://arxiv.org/pdf/2106.07447.pdf", "แนวคิดเดียวกับ masked prediction แต่สำหรับเสียงพูด ใช้ hidden units จาก k-means เป็นเป้าหมาย เหมาะกับภาษาไทยที่มีข้อมูลถอดความน้อย"),
 ("2006.05576", "https://openreview.net/forum?id=-bdp_8Itjwp", "อธิบาย contrastive learning ด้วยมุมมองทฤษฎีสารสนเทศแบบหลายมุมมอง (multi-view) อ่านยากหน่อย แต่ช่วยให้เข้าใจว่าทำไม augmentation ถึงสำคัญ"),
 ("1807.03748", None, "ที่มาของ InfoNCE loss ที่ใช้กันทุกวันนี้ (arXiv:1807.03748) ใครจะนำเสนอเล่มนี้ แนะนำให้เริ่มจากส่วนที่เป็นเสียงพูดก่อน"),
]
THROW = ["2104.14294", "2011.10566", "1911.05722"]
rows = []
for k, url, txt in CARDS:
    btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#6C3CE1;border-radius:6px;padding:8px 16px">'
           f'<a href="{E(url)}" target="_blank" style="color:#ffffff;text-decoration:none;font-size:14px">อ่านเปเปอร์ &rarr;</a></td></tr></table>') if url else ""
    rows.append(f'''<tr><td style="padding:16px 24px;border-bottom:1px solid #eeeeee">
<h3 style="margin:0 0 4px 0;font-size:17px;color:#222222">{E(T(k))}</h3>
<p style="margin:0 0 8px 0;font-size:13px;color:#777777">{E(who(k))}</p>
<p style="margin:0 0 12px 0;font-size:15px;line-height:1.6;color:#333333">{E(txt)}</p>
{btn}
</td></tr>''')
throw = "".join(f"<li>{E(T(k))}</li>" for k in THROW)
page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>AI Paper Club TH ฉบับที่ {ISSUE}: เดือนแห่ง Self-Supervised Learning</title>
<style type="text/css">body{{margin:0;padding:0;background:#f4f4f7}} a{{color:#6C3CE1}} @media only screen and (max-width:620px){{.wrap{{width:100% !important}}}}</style>
</head>
<body style="margin:0;padding:0;background:#f4f4f7;font-family:'Sarabun',Tahoma,sans-serif">
<div style="display:none;max-height:0;overflow:hidden">ฉบับนี้: DINOv2, MAE, HuBERT และนัดพบ Meetup ครั้งที่ 7</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f7"><tr><td align="center">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="padding:24px;background:#1F1147;color:#ffffff">
<img src="https://news.aipaperclub.example.or.th/img/logo-white.png" width="160" alt="AI Paper Club TH" style="display:block;border:0" />
<p style="margin:12px 0 0 0;font-size:13px;color:#cfc6f5">จดหมายข่าวฉบับที่ {ISSUE} · {thd(D)}</p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.7;color:#333333">
<p style="margin:0 0 12px 0">สวัสดีครับสมาชิกทุกท่าน 👋</p>
<p style="margin:0">เดือนนี้เราคุยกันเรื่อง <strong>Self-Supervised Learning</strong> ทั้งฝั่งภาพและเสียง ด้านล่างคือเปเปอร์ที่จะอ่านกันในกลุ่มย่อยสามสัปดาห์ถัดไป ใครอยากเป็นผู้นำเสนอ ตอบกลับอีเมลนี้ได้เลยครับ</p>
</td></tr>
<tr><td style="padding:8px 24px;background:#F1ECFF"><h2 style="margin:0;font-size:19px;color:#1F1147">📄 เปเปอร์ประจำเดือน</h2></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:16px 24px">
<h2 style="margin:0 0 8px 0;font-size:19px;color:#1F1147">⏪ ย้อนอ่าน</h2>
<p style="margin:0 0 8px 0;font-size:15px;color:#333333">สามเล่มที่เคยอ่านกันไปแล้วเมื่อปีที่แล้ว ใครเพิ่งเข้ากลุ่มแนะนำให้อ่านก่อน (สไลด์อยู่ใน Google Drive ของชมรม):</p>
<ul style="margin:0;padding-left:20px;font-size:15px;line-height:1.7;color:#333333">{throw}</ul>
</td></tr>
<tr><td style="padding:16px 24px;background:#FAFAFA">
<h2 style="margin:0 0 8px 0;font-size:19px;color:#1F1147">📅 กิจกรรม</h2>
<p style="margin:0 0 8px 0;font-size:15px;line-height:1.7;color:#333333"><strong>Meetup ครั้งที่ 7</strong> · {thd(MEET)} เวลา 13:00–17:00 น. อาคารนวัตกรรม ชั้น 5 (มีไลฟ์ทาง YouTube)<br />
หัวข้อ: ฟายน์จูน Typhoon สำหรับงานถอดความเสียงภาษาไทย โดยคุณพิมพ์ชนก ศรีวงศ์<br />
<a href="https://news.aipaperclub.example.or.th/c/{TOK}/meetup7" target="_blank">ลงทะเบียน (รับ 80 ที่นั่ง)</a></p>
<p style="margin:0;font-size:15px;line-height:1.7;color:#333333">โน้ตบุ๊กสำหรับลองเล่นเอง: <a href="https://colab.research.google.com/drive/1aPcThSsl2024juneDemo" target="_blank">Colab: DINOv2 + lightly กับชุดข้อมูลนาข้าว</a> และตัวอย่าง HuBERT กับ Common Voice ภาษาไทย</p>
</td></tr>
<tr><td style="padding:24px;font-size:12px;line-height:1.6;color:#999999;text-align:center">
คุณได้รับอีเมลนี้เพราะสมัครรับข่าวสารจาก AI Paper Club TH<br />
AI Paper Club TH · 99/9 ถนนนิมมานเหมินท์ ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200<br />
<a href="https://news.aipaperclub.example.or.th/u/{TOK}" target="_blank" style="color:#999999">ยกเลิกการรับข่าวสาร</a> · <a href="https://news.aipaperclub.example.or.th/p/{TOK}" target="_blank" style="color:#999999">แก้ไขข้อมูลสมาชิก</a><br /><br />
<a href="https://www.taximail.com/?utm_source=footer&amp;utm_medium=email" target="_blank"><img src="https://news.aipaperclub.example.or.th/img/powered-by-taximail.png" width="120" alt="Powered by Taximail" style="border:0" /></a>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
'''
write_only(F1445, page, keys(F1445), forms=[html.unescape(page)])
