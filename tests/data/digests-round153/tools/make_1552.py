#!/usr/bin/env python3
"""1552: a Thai computer-vision lab's reading page: each entry a visible citation and a COinS span (class Z3988,
a Z39.88-2004 ContextObject in KEV form, percent-encoded as encodeURIComponent does, & written &amp; in the
attribute), as the lab's page script writes them from Zotero items. The KEV is computed from the same item as the
visible citation."""
import os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import keys, by_num

F = by_num(1552)
# (key, year, kind, source text for the visible line, rft_id or None, link or None, Thai note)
ITEMS = [
    ("1512.03385", 2015, "preprint", "arXiv:1512.03385", "info:arxiv/1512.03385", None, "พื้นฐานที่ต้องอ่านก่อนทุกเรื่อง — skip connection"),
    ("1502.01852", 2015, "proceeding", "ICCV 2015", None, None, "PReLU และการกำหนดค่าเริ่มต้นแบบ He"),
    ("1905.11946", 2019, "preprint", "arXiv", "https://arxiv.org/pdf/1905.11946.pdf", "https://arxiv.org/pdf/1905.11946.pdf", "compound scaling — ใช้เป็น backbone ในโปรเจกต์ข้าว"),
    ("1912.11370", 2020, "proceeding", "ECCV 2020", None, None, "transfer learning จากโมเดลที่ฝึกบนข้อมูลใหญ่"),
    ("2004.08955", 2022, "preprint", "arXiv", "https://arxiv.org/abs/2004.08955", "https://arxiv.org/abs/2004.08955", "split-attention; เทียบกับ ResNeXt"),
    ("2006.05929", 2021, "proceeding", "ICLR 2021", None, None, "ย่อชุดข้อมูล — คุณพิมพ์ชนกเสนอให้อ่านคู่กับงาน distillation"),
    ("2103.14338", 2021, "proceeding", "CVPR 2021", None, None, "เกี่ยวกับท่าทางมนุษย์ สำหรับกลุ่มวิดีโอ"),
    ("2304.02643", 2023, "preprint", "arXiv", "https://arxiv.org/abs/2304.02643", "https://arxiv.org/abs/2304.02643", "SAM — ลองกับภาพถ่ายแปลงนา"),
]
OTHERS = [
    ("https://github.com/huggingface/pytorch-image-models", "timm (ไลบรารี ไม่ใช่บทความ)"),
    ("https://pytorch.org/vision/stable/models.html", "เอกสาร torchvision.models"),
    ("https://www.image-net.org/download.php", "ชุดข้อมูล ImageNet (ต้องขอสิทธิ์)"),
    ("https://paperswithcode.com/sota/image-classification-on-imagenet", "ลีดเดอร์บอร์ด ImageNet"),
    ("https://www.youtube.com/playlist?list=PLx7c1Qm0tR2vB9Lh8kZpE4wN3sJ6dY5aF", "วิดีโอคอร์ส CS231n (ภาษาอังกฤษ)"),
]


def enc(s):
    return quote(s, safe="-_.!~*'()")


def kev(key, year, kind, src, rid):
    a = authors(key)
    first = a[0].split()
    p = [("url_ver", "Z39.88-2004"), ("ctx_ver", "Z39.88-2004"), ("rfr_id", "info:sid/zotero.org:2")]
    if rid: p.append(("rft_id", rid))
    if kind == "proceeding":
        p += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"), ("rft.genre", "proceeding"), ("rft.atitle", T(key)), ("rft.btitle", src)]
    else:
        p += [("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "preprint"), ("rft.atitle", T(key)), ("rft.jtitle", "arXiv")]
    p += [("rft.aufirst", " ".join(first[:-1])), ("rft.aulast", first[-1])]
    p += [("rft.au", n) for n in a]
    p.append(("rft.date", str(year)))
    return "&amp;".join(f"{k}={enc(v)}" for k, v in p)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build():
    L = ["<!DOCTYPE html>", '<html lang="th">', "<head>", '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<title>รายการอ่าน — กลุ่มวิจัยคอมพิวเตอร์วิทัศน์</title>", '<link rel="stylesheet" href="/assets/css/lab.css">',
         "</head>", "<body>", '<nav><a href="/">หน้าแรก</a> | <a href="/members/">สมาชิก</a> | <a href="/reading/">รายการอ่าน</a> | <a href="/seminar/">สัมมนา</a></nav>',
         "<main>", "<h1>รายการอ่านประจำภาคการศึกษา 1/2567</h1>",
         f"<p>บทความ {len(ITEMS)} เรื่องสำหรับสัมมนาวันพุธ (ห้อง 1204 อาคารวิศวกรรมศาสตร์ 3) — หน้านี้มี COinS ผู้ใช้ Zotero กดไอคอนในแถบที่อยู่เพื่อนำเข้าได้ทันที</p>",
         '<ol class="refs">']
    for key, year, kind, src, rid, link, note in ITEMS:
        au = ", ".join(authors(key))
        srcs = f'<a href="{link}">{esc(src if src != "arXiv" else link)}</a>' if link else f"<i>{esc(src)}</i>"
        L += ['<li class="ref">', f'  <span class="au">{esc(au)}</span> ({year}).',
              f'  <span class="ti">{esc(T(key))}</span>. {srcs}',
              f'  <br><span class="note">หมายเหตุ: {esc(note)}</span>',
              f'  <span class="Z3988" title="{kev(key, year, kind, src, rid)}"></span>', "</li>"]
    L += ["</ol>", "<h2>ไม่ใช่บทความ (ซอฟต์แวร์ ชุดข้อมูล คอร์ส)</h2>", "<ul>"]
    L += [f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in OTHERS]
    L += ["</ul>", "</main>",
          "<footer>ปรับปรุงล่าสุด 3 มิถุนายน 2567 · ติดต่อ: thanawat.s@cv-lab.example.ac.th · สร้างจากคลัง Zotero ของกลุ่มด้วยสคริปต์ make_reading.py</footer>",
          "</body>", "</html>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
