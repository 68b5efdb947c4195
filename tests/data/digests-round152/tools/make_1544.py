#!/usr/bin/env python3
"""1544: a topic of the ThaiAdmin.org board (SMF 2.0 with the Thai language pack) copied from the browser as text:
the header (greeting, the board's clock), the link tree, the topic head (pages, read count, who is viewing), seven
posts — each the poster's block (name, post group, stars, ออฟไลน์, post count), the subject (`Re: …` on replies), the
`« เมื่อ: … »` / `« ตอบกลับ #N เมื่อ: … »` line, the body, an optional `« แก้ไขครั้งสุดท้าย: … โดย … »`,
บันทึกการเข้า and a signature — then the footer (SMF's copyright, the page time). Dates as the board prints them:
Thai month names, the Gregorian year, 24-hour time; post groups and stars from the post counts (SMF's defaults:
Newbie 0, Jr. Member 50, Full Member 100, Sr. Member 250, Hero Member 500). Not papers: PyThaiNLP (software),
Typhoon and OpenThaiGPT (models), Common Voice (a data set), the ThaiExam leaderboard, a YouTube talk. Nicknames:
CTC, nucleus sampling, AdamW, BIG-bench, BLIP-2, GENRE, Whisper — labelled only where the full titles are written
(Whisper is not labelled)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1544, keys, CTC

TH_M = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
        "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
def td(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{d.day} {TH_M[d.month - 1]} {d.year}, {d:%H:%M:%S}"

GROUPS = [(500, "Hero Member", 5), (250, "Sr. Member", 4), (100, "Full Member", 3), (50, "Jr. Member", 2), (0, "Newbie", 1)]
def group(n):
    return next((g, s) for t, g, s in GROUPS if n >= t)

USERS = {"pongsak_dev": (23, "ทำงาน backend อยู่เชียงใหม่"), "nattapong.k": (412, "Linux / GPU server / Speech"),
         "wut_admin9": (1873, None), "ploy_nlp": (168, "NLP ภาษาไทย สายวัด (evaluation)"), "kitti.s": (57, None)}
SUBJ = "ขอคำแนะนำ เปเปอร์ที่ควรอ่านก่อนทำ ASR + LLM ภาษาไทย"
POSTS = [
    ("pongsak_dev", "2024-05-14 10:22:15", "2024-05-14 10:30:02", None, [
        "สวัสดีครับทุกท่าน",
        "ตอนนี้ที่บริษัทจะทำแชตบอตคอลเซ็นเตอร์ ถอดเสียงลูกค้า (ASR) แล้วส่งต่อให้ LLM ตอบ ใช้ภาษาไทยเป็นหลักครับ",
        "ลองเล่น Typhoon กับ OpenThaiGPT มาบ้างแล้ว ฝั่งเสียงใช้ Whisper ตัด segment ด้วย PyThaiNLP",
        "แต่พื้นฐานทฤษฎียังไม่แน่น อยากขอรายชื่อเปเปอร์ที่ควรอ่านก่อนครับ ปีนี้ (พ.ศ. 2567) มีงบ GPU แค่ 2 ใบ",
    ]),
    ("nattapong.k", "2024-05-14 11:05:41", None, None, [
        "ฝั่งเสียงเริ่มจากของคลาสสิกก่อนครับ",
        f"{T(CTC)} (ICML 2006) อันนี้ต้องอ่าน loss ที่ใช้กันทุกวันนี้มาจากตรงนี้",
        "ส่วนตอน fine-tune โมเดล อย่าลืมเรื่อง weight decay",
        f"{T('1711.05101')} https://arxiv.org/abs/1711.05101",
        "ที่เรียก AdamW กันนั่นแหละครับ ข้อมูลเสียงภาษาไทยลองดู Common Voice ก่อน",
    ]),
    ("wut_admin9", "2024-05-14 13:48:09", None, None, [
        "ฝั่ง LLM ถ้าจะให้มันอ่านบทสนทนายาว ๆ ได้ ลองอันนี้ครับ",
        f"{T('2306.15595')}",
        "https://arxiv.org/abs/2306.15595",
        "ส่วนเรื่องคำตอบวน ๆ ซ้ำ ๆ ให้ดูเรื่อง sampling",
        f"{T('1904.09751')} https://arxiv.org/pdf/1904.09751.pdf",
        "(nucleus / top-p sampling มาจากเปเปอร์นี้)",
    ]),
    ("pongsak_dev", "2024-05-14 20:31:55", None, ("nattapong.k", "2024-05-14 11:05:41",
        "ฝั่งเสียงเริ่มจากของคลาสสิกก่อนครับ"), [
        "ขอบคุณมากครับ CTC นี่อ่านแล้วเห็นภาพขึ้นเยอะเลย",
        "แล้วเรื่องวัดผล (evaluation) ของ LLM ภาษาไทย มีอะไรแนะนำไหมครับ",
    ]),
    ("ploy_nlp", "2024-05-15 09:12:30", "2024-05-15 09:20:44", None, [
        "เรื่องวัดผล ภาพรวมให้ดู",
        f"{T('2206.04615')} (TMLR 2023) หรือที่รู้จักกันว่า BIG-bench",
        "ถ้าเฉพาะภาษาไทยมี ThaiExam leaderboard ของ SCB 10X ให้ลองเทียบ",
        f"อีกอันไม่ใช่ benchmark แต่ช่วยดูว่า attention ทำอะไรอยู่: {T('2103.14625')} (ACL 2021 demo)",
    ]),
    ("kitti.s", "2024-05-15 15:40:18", None, None, [
        "เสริมครับ ถ้าลูกค้าส่งรูปเอกสารมาด้วย ลองดู",
        f"{T('2301.12597')} https://arxiv.org/abs/2301.12597",
        f"ส่วนการเชื่อมชื่อสินค้า/ชื่อคนกับฐานข้อมูล (entity linking) ดู {T('2010.00904')} (arXiv:2010.00904)",
        "มีคลิปบรรยายภาษาไทยใน YouTube ด้วย https://www.youtube.com/watch?v=Qm3xT8vLk2w",
    ]),
    ("pongsak_dev", "2024-05-16 08:05:27", None, None, [
        "สรุปให้ตัวเองก่อนนะครับ: CTC, AdamW, Positional Interpolation, nucleus sampling, BIG-bench, Dodrio, BLIP-2, GENRE",
        "จะทยอยอ่านแล้วมาอัปเดตในกระทู้นี้ ขอบคุณทุกท่านครับ 🙏",
    ]),
]
VIEWS = 1284
out = [
    "ThaiAdmin.org",
    "ยินดีต้อนรับคุณ, บุคคลทั่วไป กรุณา เข้าสู่ระบบ หรือ ลงทะเบียน",
    f"{td('2024-05-16 21:41:07')}",
    "หน้าแรก ช่วยเหลือ ค้นหา เข้าสู่ระบบ สมัครสมาชิก",
    "ThaiAdmin.org » Programming » AI / Machine Learning » ขอคำแนะนำ เปเปอร์ที่ควรอ่านก่อนทำ ASR + LLM ภาษาไทย",
    "« หัวข้อก่อนหน้า หัวข้อถัดไป »",
    "หน้า: [1]   ลงล่าง",
    f"ผู้เขียน หัวข้อ: {SUBJ}  (อ่าน {VIEWS:,} ครั้ง)",
    "0 สมาชิก และ 1 บุคคลทั่วไป กำลังดูหัวข้อนี้",
    "",
]
for i, (who, when, edit, quote, body) in enumerate(POSTS):
    n, sig = USERS[who]
    g, stars = group(n)
    out += [who, g, "*" * stars, "ออฟไลน์", "", f"กระทู้: {n:,}", "", ""]
    out.append(SUBJ if i == 0 else "Re: " + SUBJ)
    out.append(f"« เมื่อ: {td(when)} »" if i == 0 else f"« ตอบกลับ #{i} เมื่อ: {td(when)} »")
    if quote:
        out += [f"อ้างถึง: {quote[0]} ที่ {td(quote[1])}", quote[2]]
    out += body
    if edit:
        out.append(f"« แก้ไขครั้งสุดท้าย: {td(edit)} โดย {who} »")
    out.append("บันทึกการเข้า")
    if sig:
        out.append(sig)
    out.append("")
out += [
    "หน้า: [1]   ขึ้นบน",
    "« หัวข้อก่อนหน้า หัวข้อถัดไป »",
    "ThaiAdmin.org » Programming » AI / Machine Learning » ขอคำแนะนำ เปเปอร์ที่ควรอ่านก่อนทำ ASR + LLM ภาษาไทย",
    "",
    "Powered by SMF 2.0.19 | SMF © 2021, Simple Machines",
    "XHTML RSS WAP2",
    "หน้านี้ถูกสร้างขึ้นภายใน 0.087 วินาที ด้วย 21 คำสั่ง",
]
write_only(F1544, "\n".join(out) + "\n", keys(F1544))
