#!/usr/bin/env python3
"""838: a Pantip topic page (pantip.com/topic/<id>, room มาบุญครอง) saved from the browser: header / room nav, the topic
in `<div class="display-post-wrapper main-post">` with `<h2 class="display-post-title">`, `display-post-story`,
tag links, the poster as "สมาชิกหมายเลข NNN" and `<abbr class="timeago" data-utime="mm/dd/yyyy hh:mm:ss">`, emotion
counts; comments `<div class="display-post-wrapper section-comment" id="commentN">` numbered "ความคิดเห็นที่ N" with
sub-replies "ความคิดเห็นที่ N-M"; links `<a href target="_blank" rel="nofollow">`; ads and a related-topics list. Thai.
Language-model pre-training papers; a course, a Thai dataset, a library and a YouTube video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT1, GLOVE

F = by_num(838)
TOPIC = 42612345


def a(u):
    return f'<a href="{u}" target="_blank" rel="nofollow">{u}</a>'


def stamp(d):
    mm, dd, rest = d.split("/", 2)
    return f'<abbr class="timeago" data-utime="{d}" title="{int(dd)} มี.ค. 67 {rest[5:10]} น.">{int(dd)} มี.ค. 67 {rest[5:10]} น.</abbr>'


def post(cls, pid, num, member, d, story, likes=0, subs=()):
    head = f'<div class="display-post-number" id="{num}">ความคิดเห็นที่ {num}</div>\n' if num else ""
    s = f'''<div class="display-post-wrapper {cls}" id="{pid}">
{head}  <div class="display-post-story-wrapper comment-wrapper"><div class="display-post-story">{story}</div></div>
  <div class="display-post-action"><span class="emotion-vote-choice"><img src="https://ptcdn.info/emotions/emotion-like.png" alt="ถูกใจ"> {likes}</span> <a class="reply">ตอบกลับ</a></div>
  <div class="display-post-status-leftside"><div class="display-post-avatar"><a href="/profile/{member}"><img src="https://ptcdn.info/images/avatar_member_default.png" alt="" width="38" height="38"></a><div class="display-post-avatar-inner"><a href="/profile/{member}" class="display-post-name" id="{member}">สมาชิกหมายเลข {member}</a><span class="display-post-timestamp">{stamp(d)}</span></div></div></div>
'''
    for sid, snum, sm, sd, sst in subs:
        s += f'''  <div class="display-post-wrapper section-reply" id="{sid}"><div class="display-post-number">ความคิดเห็นที่ {snum}</div><div class="display-post-story">{sst}</div><div class="display-post-status-leftside"><a href="/profile/{sm}" class="display-post-name" id="{sm}">สมาชิกหมายเลข {sm}</a> <span class="display-post-timestamp">{stamp(sd)}</span></div></div>
'''
    return s + "</div>\n"


MAIN = (f"สวัสดีครับ ผมเป็นนักศึกษาปริญญาโท กำลังจะทำวิทยานิพนธ์เรื่องโมเดลภาษาภาษาไทย อาจารย์ที่ปรึกษาให้ไปอ่านงานพื้นฐานเรื่อง"
        f" pre-training มาก่อน แต่พอค้นแล้วเจอเยอะมากจนไม่รู้จะเริ่มตรงไหน<br><br>ตอนนี้ที่อ่านแล้วมี<br>"
        f"1. {T('1810.04805')} ({au('1810.04805', 2)}) {a('https://arxiv.org/abs/1810.04805')}<br>"
        f"2. {T(GLOVE)} (อันนี้ไม่มีใน arXiv อาจารย์ให้ PDF มาจากเว็บ ACL Anthology)<br><br>"
        f"อยากถามพี่ๆ ว่าควรอ่านอะไรต่อ เรียงลำดับยังไงดีครับ ขอบคุณล่วงหน้าครับ 🙏<br><br>"
        f"ปล. ไม่ได้ขอให้ทำการบ้านให้นะครับ แค่ขอลำดับการอ่าน")

COMMENTS = [
 ("comment1", 1, 5120447, "03/12/2024 15:02:41",
  f"เริ่มจากของ OpenAI ตัวแรกก่อนครับ<br>{T(GPT1)}<br>{au(GPT1)} (2018)<br>เป็น technical report ไม่ได้ลง arXiv"
  f" แต่เข้าใจง่ายและสั้น จะเห็นภาพว่าทำไมงานรุ่นถัดมาถึงเลือกแบบ bidirectional", 14,
  [("reply1-1", "1-1", 7788120, "03/12/2024 15:20:09", "ขอบคุณครับ อ่านตัวนี้ก่อนเลย"),
   ("reply1-2", "1-2", 5120447, "03/12/2024 15:31:55", "ยินดีครับ 😊")]),
 ("comment2", 2, 6634901, "03/12/2024 16:45:12",
  f"ต่อด้วยตัวที่ทำให้ few-shot ดังครับ<br>{T('2005.14165')}<br>{a('https://arxiv.org/abs/2005.14165')}<br><br>"
  f"ยาวมาก (70 กว่าหน้า) อ่านแค่ section 1-3 กับตารางผลก็พอครับ", 9, []),
 ("comment3", 3, 4419023, "03/12/2024 18:03:27",
  f"ถ้าสนใจสาย encoder แนะนำ 2 ตัวนี้ครับ<br>- {T('2003.10555')} {a('https://arxiv.org/pdf/2003.10555.pdf')}<br>"
  f"- {T('2006.03654')} ของ Microsoft<br>ตัวแรก pre-train ถูกกว่ามากเพราะใช้ replaced token detection ตัวหลังเก่ง SuperGLUE", 11,
  [("reply3-1", "3-1", 7788120, "03/12/2024 18:40:02", "ตัวที่สองหา link ไม่เจอครับ มีใน arXiv ไหมครับ"),
   ("reply3-2", "3-2", 4419023, "03/12/2024 19:12:45", "มีครับ ค้นชื่อเต็มใน Google Scholar ได้เลย ผมพิมพ์จากมือถือเลยไม่ได้แปะ")]),
 ("comment4", 4, 3300981, "03/13/2024 09:14:30",
  "ถ้าจะทำภาษาไทยจริงๆ ลองดูคอร์ส NLP ของมหาวิทยาลัยเจ้าพระยา (สมมติ) ที่เปิดให้ดูฟรีบน YouTube ครับ"
  " มีตอนเรื่อง tokenizer ภาษาไทยด้วย (คลิป ไม่ใช่เปเปอร์นะ) " + a("https://www.youtube.com/watch?v=Xk3vT0-example"), 3, []),
 ("comment5", 5, 6634901, "03/13/2024 10:27:58",
  f"โมเดลเปิดที่ควรอ่านคือ<br>{T('2302.13971')} — arXiv 2302.13971 (Touvron et al.)<br>"
  f"กับ {T('2205.01068')} ที่ Meta ปล่อย logbook การเทรนออกมาด้วย อ่านแล้วจะเห็นว่าเทรนจริงมันพังบ่อยแค่ไหน 555", 17, []),
 ("comment6", 6, 8812003, "03/13/2024 12:40:16",
  "ดาต้าเซ็ตภาษาไทยลองดู wisesight-sentiment กับ Thai Wikipedia dump ครับ ส่วน tokenizer ใช้ PyThaiNLP ได้เลย"
  " " + a("https://github.com/example-th/thai-nlp-resources"), 4, []),
 ("comment7", 7, 2290334, "03/13/2024 21:05:44",
  "เห็นด้วยกับความเห็นที่ 1 ครับ เรียงตามปีอ่านง่ายสุด: word vectors → generative pre-training → encoder สองทิศทาง → few-shot → โมเดลเปิด<br>"
  "แต่ถ้าเวลาน้อย อ่าน abstract + figure 1 ของทุกตัวก่อน แล้วค่อยเลือกอ่านละเอียด", 6, []),
 ("comment8", 8, 7788120, "03/14/2024 08:30:10",
  "สรุปลำดับที่จะอ่านครับ ขอบคุณทุกความเห็นเลยครับ จะกลับมาอัปเดตหลังสอบโครงร่างนะครับ 🙇", 5, []),
]

body = post("main-post type", f"topic-{TOPIC}", None, 7788120, "03/12/2024 14:22:05", MAIN, 21)
body = body.replace('<div class="display-post-story-wrapper comment-wrapper">',
                    '<div class="display-post-title-wrapper"><h2 class="display-post-title">ขอคำแนะนำลำดับการอ่านเปเปอร์ pre-training โมเดลภาษา สำหรับทำวิทยานิพนธ์ครับ</h2></div>\n  <div class="display-post-story-wrapper">', 1)
body = body.replace('  <div class="display-post-action">', '''  <div class="display-post-tag-wrapper"><a class="tag-item" href="/tag/Machine_Learning">Machine Learning</a><a class="tag-item" href="/tag/ปัญญาประดิษฐ์_(AI)">ปัญญาประดิษฐ์ (AI)</a><a class="tag-item" href="/tag/ปริญญาโท">ปริญญาโท</a><a class="tag-item" href="/tag/วิทยานิพนธ์">วิทยานิพนธ์</a></div>
  <div class="display-post-action">''', 1)
comments = "".join(post("section-comment", cid, n, m, d, st, lk, subs) for cid, n, m, d, st, lk, subs in COMMENTS)

RELATED = ["แนะนำหนังสือ Deep Learning ภาษาไทย", "เรียนต่อโท Data Science ที่ไหนดี", "ใช้ ChatGPT ช่วยเขียนวิทยานิพนธ์ผิดไหม",
           "การ์ดจอสำหรับเทรนโมเดล งบ 40,000", "สอบโครงร่างวิทยานิพนธ์ต้องเตรียมอะไรบ้าง"]
rel = "\n".join(f'      <li><a href="/topic/{42600000 + i * 7919}">{t}</a></li>' for i, t in enumerate(RELATED))
html = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>ขอคำแนะนำลำดับการอ่านเปเปอร์ pre-training โมเดลภาษา สำหรับทำวิทยานิพนธ์ครับ - Pantip</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:url" content="https://pantip.com/topic/{TOPIC}">
<meta property="og:site_name" content="Pantip">
<link rel="stylesheet" href="https://ptcdn.info/pantip/css/topic-2024.min.css">
<script>window.pantip_topic_id = {TOPIC}; window.pantip_room = "mbk";</script>
</head>
<body>
<header class="pt-header"><a class="pt-logo" href="/">Pantip</a>
<nav class="pt-room-nav"><a href="/forum/chalermthai">เฉลิมไทย</a> <a href="/forum/mbk" class="active">มาบุญครอง</a> <a href="/forum/siliconvalley">ซิลิคอนวัลเลย์</a> <a href="/forum/klaibann">ไกลบ้าน</a> <a href="/forum/chanruan">ชานเรือน</a></nav>
<div class="pt-login"><a href="/login">เข้าสู่ระบบ / สมัครสมาชิก</a></div></header>
<div class="ads-leaderboard" id="div-gpt-ad-topic-top"><!-- โฆษณา --></div>
<div class="container">
<div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; <a href="/forum/mbk">มาบุญครอง</a> &gt; กระทู้คำถาม</div>
{body}<div class="display-post-comment-count">ความคิดเห็นทั้งหมด {len(COMMENTS)}</div>
<div class="ads-inline" id="div-gpt-ad-topic-inline"><!-- โฆษณา --></div>
{comments}<section class="related-topics"><h3>กระทู้ที่คุณอาจสนใจ</h3>
  <ul>
{rel}
  </ul>
</section>
</div>
<footer class="pt-footer"><p>© 2024 Internet Marketing co., ltd <a href="/about/tos">กฎ กติกาและมารยาท</a> <a href="/about/privacy">นโยบายเกี่ยวกับข้อมูลส่วนบุคคล</a></p></footer>
</body>
</html>
'''
write_only(F, html, keys(F))
