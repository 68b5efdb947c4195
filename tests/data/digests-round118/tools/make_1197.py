#!/usr/bin/env python3
"""1197: a myCourseVille course page (Thai), the 'ประมวลรายวิชา' (syllabus) tab of an invented graduate course
“2110597 หัวข้อขั้นสูงด้านการประมวลผลภาษาธรรมชาติ” (semester 2/2566) on efficient attention and long context, saved from the
browser. HTML5, UTF-8, LF. Site header, course header with the course tabs, instructor box, an announcement, then
the weekly plan table: week number, date in the Thai short form with the Buddhist-era year (a week apart; the midterm
week kept in the sequence), topic, readings, hours; a ‘รวม’ row with the sum of the hours; then course materials
(slides, a video, a library — not papers). Readings are written as people paste them: OpenReview forum / pdf links,
arXiv abs / pdf links, one `arXiv:` id without a link, and titles with only a venue."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1197, keys

TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thdate(d):
    return f"{d.day} {TH_MON[d.month - 1]} {d.year + 543}"


def a(url, text=None):
    return f'<a href="{url}" target="_blank">{text or url}</a>'


weeks = [
 ("แนะนำรายวิชา ทบทวน self-attention และต้นทุน O(n²)",
  "สไลด์บทที่ 1 (ดูในแท็บเนื้อหา)", 3),
 ("Recurrence ระดับ segment",
  f"{T('1901.02860')} (arXiv:1901.02860) — อ่านหัวข้อ 3.2 และ 3.3 ก่อนเข้าเรียน", 3),
 ("Kernel และ random features",
  f"{T('2103.02143')}<br>{a('https://openreview.net/forum?id=' + OR('2103.02143'))}", 3),
 ("Kernel และ random features (ต่อ): FAVOR+",
  f"{T('2009.14794')}<br>{a('https://openreview.net/pdf?id=' + OR('2009.14794'), 'PDF (OpenReview)')}", 3),
 ("Attention ที่ไม่ต้องใช้ dot product",
  f"{T('2005.00743')}<br>{a('https://arxiv.org/abs/2005.00743')}", 3),
 ("Sparse attention แบบ global + window + random",
  f"{T('2007.14062')} (NeurIPS 2020) — ไม่ต้องอ่านภาคผนวกเรื่องทฤษฎี", 3),
 ("สอบกลางภาค", "—", 3),
 ("Memory ย้อนกลับ (feedback) ข้ามชั้น",
  f"{T('2002.09402')} — ฉบับที่อาจารย์แจกในห้อง (ไฟล์ใน Google Drive ของรายวิชา)", 3),
 ("Retention: ทางเลือกแทน Transformer",
  f"{T('2307.08621')}<br>{a('https://arxiv.org/pdf/2307.08621.pdf', 'arxiv.org/pdf/2307.08621.pdf')}", 3),
 ("ขยาย context window ของโมเดลที่ฝึกแล้ว: RoPE และการ interpolate",
  f"{T('2306.15595')} — นิสิตกลุ่ม 3 นำเสนอ", 3),
 ("Kernel ที่เร็วจริงบน GPU",
  f"ไม่มีเปเปอร์บังคับ อ่าน README ของ {a('https://github.com/facebookresearch/xformers', 'xFormers')} และดูวิดีโอ Stanford CS25", 3),
 ("นำเสนอโครงงาน", "—", 6),
]
start = dt.date(2024, 1, 9)
rows = []
for i, (topic, reading, hrs) in enumerate(weeks, 1):
    d = start + dt.timedelta(days=7 * (i - 1))
    rows.append(f'<tr><td class="wk">{i}</td><td class="date">{thdate(d)}</td><td>{topic}</td>'
                f'<td class="reading">{reading}</td><td class="hrs">{hrs}</td></tr>')
total = sum(w[2] for w in weeks)
NL = "\n"
html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2110597 หัวข้อขั้นสูงด้านการประมวลผลภาษาธรรมชาติ [2/2566] | myCourseVille</title>
<link rel="stylesheet" href="https://www.mycourseville.com/sites/all/themes/cv/css/cv-course.css">
</head>
<body class="cv-course-page">
<header class="cv-topbar">
<a class="cv-logo" href="https://www.mycourseville.com/">myCourseVille</a>
<nav class="cv-topnav"><a href="https://www.mycourseville.com/?q=courseville">คอร์สของฉัน</a> <a href="https://www.mycourseville.com/?q=courseville/notification">การแจ้งเตือน</a> <span class="cv-user">ณัฐธิดา ว.</span></nav>
</header>
<div class="cv-course-header">
<h1>2110597 หัวข้อขั้นสูงด้านการประมวลผลภาษาธรรมชาติ</h1>
<div class="cv-course-meta">ปีการศึกษา 2566 ภาคการศึกษาที่ 2 · ตอนเรียน 1 · ภาควิชาวิศวกรรมคอมพิวเตอร์</div>
<nav class="cv-course-tabs"><a href="https://www.mycourseville.com/?q=courseville/course/48213">ภาพรวม</a> <a href="https://www.mycourseville.com/?q=courseville/course/48213/announcement">ประกาศ</a> <a href="https://www.mycourseville.com/?q=courseville/course/48213/material">เนื้อหา</a> <a href="https://www.mycourseville.com/?q=courseville/course/48213/assignment">งาน</a> <a class="active" href="https://www.mycourseville.com/?q=courseville/course/48213/syllabus">ประมวลรายวิชา</a> <a href="https://www.mycourseville.com/?q=courseville/course/48213/score">คะแนน</a></nav>
</div>
<main class="cv-main">
<section class="cv-box cv-instructors">
<h2>ผู้สอน</h2>
<ul>
<li>ผศ.ดร. ธนากร ศรีวงศ์ (ผู้ประสานงานรายวิชา) · ห้อง 18-07 · นัดหมายทางอีเมล</li>
<li>ผู้ช่วยสอน: ปิยะพร แก้วมณี, กฤตภาส อินทร์แก้ว</li>
</ul>
</section>
<section class="cv-box cv-announce">
<h2>ประกาศล่าสุด</h2>
<p>สัปดาห์ที่ 8 ย้ายไปห้อง 4-418 ชั่วคราว · เปเปอร์ประจำสัปดาห์ให้อ่านก่อนเข้าเรียน และส่งสรุป 1 หน้าทาง “งาน” ภายในวันจันทร์ 23:59 น.</p>
</section>
<section class="cv-box cv-syllabus">
<h2>แผนการสอนรายสัปดาห์</h2>
<table class="cv-table">
<thead><tr><th>สัปดาห์</th><th>วันที่</th><th>หัวข้อ</th><th>เอกสารอ่านประกอบ</th><th>ชั่วโมง</th></tr></thead>
<tbody>
{NL.join(rows)}
<tr class="total"><td colspan="4">รวม</td><td class="hrs">{total}</td></tr>
</tbody>
</table>
</section>
<section class="cv-box cv-resources">
<h2>แหล่งเรียนรู้เพิ่มเติม (ไม่ใช่เปเปอร์)</h2>
<ul>
<li>{a('https://www.youtube.com/watch?v=Qk8mPzW4c1E', 'Stanford CS25: Transformers United — วิดีโอบรรยาย')}</li>
<li>{a('https://github.com/facebookresearch/xformers', 'facebookresearch/xformers')} (ไลบรารี)</li>
<li>{a('https://huggingface.co/docs/transformers/perf_train_gpu_one', 'Hugging Face docs: Efficient Training on a Single GPU')}</li>
<li>{a('https://paperswithcode.com/sota/language-modelling-on-wikitext-103', 'Papers with Code: WikiText-103 leaderboard')}</li>
</ul>
<p class="cv-grading">การวัดผล: สรุปเปเปอร์รายสัปดาห์ 20% · สอบกลางภาค 30% · โครงงาน 40% · การมีส่วนร่วม 10%</p>
</section>
</main>
<footer class="cv-footer"><p>myCourseVille © 2024 · <a href="https://www.mycourseville.com/?q=help">ช่วยเหลือ</a></p></footer>
</body>
</html>
"""
write_only(F1197, html, keys(F1197))
