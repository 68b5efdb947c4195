#!/usr/bin/env python3
"""1325: a Bloggang (Pantip's blog service) entry with its comments, saved from the browser as "Web Page, HTML only":
the old table layout (HTML 4.01 Transitional), the `viewdiary.php?id=…&month=…&date=…&group=…&gblog=…` address, the
entry title, the body, the entry's `Create Date : … Last Update : … Counter : N Pageviews.` line, then the numbered
comments (`ความคิดเห็นที่ N`) each ending `โดย: name วันที่: 18 มีนาคม 2567 เวลา:21:14:05 น.` — Thai dates with Buddhist
Era years (CE + 543). Papers: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id, titles alone (one in a
comment); libraries, a leaderboard, datasets and a video are not papers."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1325, keys, LENET

UID, GROUP, GBLOG = "pim-cv-notes", 4, 27
CREATED = dt.datetime(2024, 3, 18, 20, 41, 12)
UPDATED = dt.datetime(2024, 3, 19, 9, 2, 11)
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
E = lambda s: html.escape(s, quote=False)


def thdate(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def thtime(d):
    return f"{d.hour}:{d.minute:02d}:{d.second:02d} น."


TITLE = "จาก LeNet ถึง ConvNeXt: สรุปเปเปอร์ backbone ที่อ่านในเทอมนี้"
A = lambda u, t=None: f'<a href="{html.escape(u)}" target="_blank">{E(t or u)}</a>'
body = [
    "สวัสดีค่ะ เทอมนี้ในวิชาสัมมนาของแล็บ ได้อ่านเปเปอร์สาย backbone กับ detection ไปหลายเรื่อง เลยมาจดไว้กันลืมค่ะ",
    f"<b>1. จุดเริ่มต้น</b><br>เริ่มจาก {E(LENET)} (LeCun และคณะ, Proceedings of the IEEE, 1998) อ่านจากไฟล์ที่อาจารย์แจกในห้อง ไม่มีลิงก์นะคะ",
    f"<b>2. ViT</b><br>{E(T('2010.11929'))}<br>ลิงก์ OpenReview (มีรีวิวให้อ่านด้วย): {A('https://openreview.net/forum?id=' + OR('2010.11929'))}",
    f"<b>3. CNN กลับมา</b><br>{E(T('2201.03545'))}<br>{A('https://arxiv.org/abs/2201.03545')}<br>ชอบตารางที่ค่อย ๆ ปรับ ResNet ทีละขั้นจนกลายเป็น ConvNeXt มาก",
    f"<b>4. โมเดลเล็กแต่เร็ว</b><br>{E(T('2104.00298'))}<br>PDF: {A('https://arxiv.org/pdf/2104.00298.pdf')}",
    f"<b>5. Detection</b><br>{E(T('2010.04159'))}<br>{A('https://arxiv.org/abs/2010.04159')}<br>ลองรันด้วยโค้ดใน detectron2 กับ COCO 2017 ไม่ผ่านค่ะ เลยใช้ repo ของผู้เขียนแทน",
    f"<b>6. Matching</b><br>{E(T('2103.14167'))} (arXiv:2103.14167) อันนี้เพื่อนในแล็บพรีเซนต์ ยังอ่านไม่จบ",
    f"<b>7. เรื่องความทนทาน</b><br>{E(T('2007.01434'))} อาจารย์ให้อ่านเพื่อดูว่าการเทียบ domain generalization อย่างยุติธรรมยากแค่ไหน",
    "เครื่องมือที่ใช้: " + A("https://github.com/huggingface/pytorch-image-models", "timm") + ", torchvision, และดูตัวเลขจาก "
    + A("https://paperswithcode.com/sota/image-classification-on-imagenet", "ตาราง ImageNet บน Papers with Code")
    + " ส่วนคลิปสรุป ViT ภาษาไทยที่ดูแล้วเข้าใจง่ายคือ " + A("https://www.youtube.com/watch?v=pVt3Gm8qTq4", "อันนี้"),
]
comments = [
    ("ต้นกล้า.ai", dt.datetime(2024, 3, 18, 21, 14, 5), "สรุปดีมากครับ ขอบคุณที่แชร์ ตาราง ablation ของ ConvNeXt นี่ใช้สอนน้อง ๆ ได้เลย"),
    ("มะปรางหวาน", dt.datetime(2024, 3, 18, 22, 3, 47), "ขอบคุณค่ะ กำลังหาอ่านเรื่อง DomainBed พอดีเลย"),
    ("nattapong_cv", dt.datetime(2024, 3, 19, 8, 15, 30),
     f"ถ้าสนใจเรื่องหาจุดต่างระหว่างภาพสองภาพ ลองอ่าน {E(T('2103.14146'))} ดูครับ ใช้ Transformer เหมือนกัน แต่ผมหาลิงก์ไม่เจอ ใครมีฝากด้วย"),
    (UID, dt.datetime(2024, 3, 19, 9, 0, 58), "ขอบคุณทุกคนค่ะ คุณ nattapong_cv เดี๋ยวจะลองหาแล้วเพิ่มในบล็อกหน้านะคะ"),
]
L = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
     "<html>", "<head>",
     '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
     f"<title>{E(TITLE)} - bloggang.com</title>",
     '<link rel="stylesheet" type="text/css" href="https://www.bloggang.com/css/bloggang.css">',
     "</head>",
     '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">',
     '<table width="100%" border="0" cellspacing="0" cellpadding="0">',
     f'<tr><td class="header"><a href="https://www.bloggang.com/"><img src="https://www.bloggang.com/images/logo.gif" border="0" alt="bloggang.com"></a>'
     f' &nbsp; <a href="https://www.bloggang.com/mainblog.php?id={UID}">{UID}</a></td></tr>',
     "</table>",
     '<table width="100%" border="0" cellspacing="0" cellpadding="6">',
     '<tr><td width="200" valign="top" class="sidebar">',
     '<div class="menuhead">Group Blog</div>',
     f'<div class="menu"><a href="https://www.bloggang.com/mainblog.php?id={UID}&amp;group={GROUP}">เรียน ML</a></div>',
     f'<div class="menu"><a href="https://www.bloggang.com/mainblog.php?id={UID}&amp;group=2">ท่องเที่ยว</a></div>',
     '<div class="menuhead">All Blog</div>',
     f'<div class="menu"><a href="https://www.bloggang.com/viewdiary.php?id={UID}&amp;month=03-2024&amp;date=18&amp;group={GROUP}&amp;gblog={GBLOG}">{E(TITLE)}</a></div>',
     f'<div class="menu"><a href="https://www.bloggang.com/viewdiary.php?id={UID}&amp;month=02-2024&amp;date=25&amp;group={GROUP}&amp;gblog={GBLOG - 1}">สมัครเรียนโท: เตรียมตัวยังไง</a></div>',
     '<div class="menuhead">Location :</div><div class="menu">กรุงเทพฯ Thailand</div>',
     "</td>",
     '<td valign="top">',
     f'<div class="entrytitle">{E(TITLE)}</div>',
     '<div class="entrybody">',
     *[f"{p}<br><br>" for p in body],
     "</div>",
     f'<div class="entryfoot">Create Date : {thdate(CREATED)} &nbsp; &nbsp; | &nbsp; &nbsp; Last Update : {thdate(UPDATED)} {thtime(UPDATED)} &nbsp; &nbsp; | &nbsp; &nbsp; Counter : 412 Pageviews.</div>',
     f'<div class="entryfoot"><a href="https://www.bloggang.com/viewdiary.php?id={UID}&amp;month=03-2024&amp;date=18&amp;group={GROUP}&amp;gblog={GBLOG}">Permalink</a></div>',
     '<div class="commenthead">ความคิดเห็น</div>']
for i, (who, when, text) in enumerate(comments, 1):
    L += ['<table width="100%" border="0" cellspacing="0" cellpadding="4" class="comment">',
          f'<tr><td class="commentno">ความคิดเห็นที่ {i}</td></tr>',
          f"<tr><td>{text}</td></tr>",
          f'<tr><td class="commentfoot">โดย: {E(who)} วันที่: {thdate(when)} เวลา:{when.hour}:{when.minute:02d}:{when.second:02d} น.</td></tr>',
          "</table>"]
L += ['<form name="commentform" method="post" action="https://www.bloggang.com/postcomment.php">',
      f'<input type="hidden" name="id" value="{UID}"><input type="hidden" name="gblog" value="{GBLOG}">',
      '<div class="commenthead">ชื่อ :</div><input type="text" name="name" size="30">',
      '<div class="commenthead">Comment :</div><textarea name="comment" cols="60" rows="6"></textarea><br>',
      '<input type="submit" value="ส่งความคิดเห็น">',
      "</form>",
      "</td></tr>", "</table>",
      '<div class="footer">Copyright &copy; 2024 Internet Marketing Co., Ltd. / bloggang.com</div>',
      "</body>", "</html>"]
text = "\n".join(L) + "\n"
write_only(F1325, text, keys(F1325), forms=[html.unescape(text)])
