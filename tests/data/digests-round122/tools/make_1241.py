#!/usr/bin/env python3
"""1241: a Lens.org collection exported as RIS (CRLF, `TAG  - value`, a blank line after each `ER  - `) by a Thai
graduate student: scholarly works, a patent, a dataset and a book. Each record carries its Lens ID (five groups of
three, the last character an ISO 7064 MOD 11-2 check as in ORCID, `X` for 10) in `N1  - Lens ID: …` and in the
lens.org URL; authors `Last, First`; `DA` = `PY`'s year. The student's Thai notes are further N1 lines. Papers:
arXiv abs / pdf URLs (UR), `arXiv:` ids in notes and in an External IDs line, titles alone (one with its Nature DOI,
one with only a journal reference, one with nothing but the Lens link); the patent, the ERA5 dataset and the
textbook are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F1241, keys, ALPHAFOLD


def mod11_2(digits):
    total = 0
    for d in digits:
        total = (total + int(d)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def lens_id(seed):
    d = f"{seed:014d}"
    s = d + mod11_2(d)
    return "-".join(s[i:i + 3] for i in range(0, 15, 3))


def last_first(name):
    p = name.split()
    return p[-1] + ", " + " ".join(p[:-1])


recs = []


def rec(ty, fields, lid):
    out = [("TY", ty)] + fields + [("UR", f"https://www.lens.org/lens/{'patent' if ty == 'PAT' else 'scholar/article'}/{lid}/main"),
                                   ("N1", f"Lens ID: {lid}")]
    recs.append(out)
    return out


def paper(key, ty="JOUR", extra=(), notes=(), seed=0, year=None, da=None):
    f = [("AU", last_first(a)) for a in authors(key)] + [("TI", T(key))]
    y = year or (__import__("catalogue").published(key)[:4])
    f += [("PY", y)]
    if da: f += [("DA", da)]
    f += list(extra)
    r = rec(ty, f, lens_id(seed))
    r += [("N1", n) for n in notes] + [("ER", "")]


paper("2010.08895", extra=[("T2", "arXiv (Cornell University)"), ("UR", "https://arxiv.org/abs/2010.08895"),
                           ("KW", "Partial differential equation"), ("KW", "Fourier transform"), ("KW", "Operator (physics)")],
      notes=["บทความหลักของบทที่ 2 — ใช้ FNO เป็น baseline สำหรับข้อมูลฝนรายชั่วโมง ทดลองบน GPU ของภาควิชาแล้ว รันได้ (16 modes, width 32)"],
      seed=4459043196224, da="2020/10/18")
paper("2010.03409", extra=[("T2", "International Conference on Learning Representations")],
      notes=["MeshGraphNets — arXiv:2010.03409 อ่านแล้ว ยังไม่ได้ลองโค้ด (โค้ดต้นฉบับเป็น TF1)"],
      seed=1730962281055, year="2021", da="2021/01/12")
paper(ALPHAFOLD, extra=[("JO", "Nature"), ("VL", "596"), ("IS", "7873"), ("SP", "583"), ("EP", "589"),
                        ("DO", "10.1038/s41586-021-03819-2"), ("PB", "Springer Science and Business Media LLC")],
      notes=["อ้างในบทนำเท่านั้น"], seed=9006120482317, year="2021", da="2021/07/15")
paper("2106.05234", extra=[("T2", "Neural Information Processing Systems"), ("UR", "https://arxiv.org/pdf/2106.05234")],
      notes=["Graphormer: ถ้าข้อมูลสถานีวัดเป็นกราฟ อาจใช้แทน GNN ธรรมดาได้ ต้องถาม อ.ที่ปรึกษาก่อน"],
      seed=2211874039366, year="2021", da="2021/06/09")
paper("2010.00554", extra=[("T2", "International Conference on Learning Representations")],
      notes=["ไม่เกี่ยวกับงานโดยตรง แต่ อ.แนะนำให้อ่านเรื่อง PCA แบบกระจาย"], seed=5583120947401, year="2021", da="2021/01/12")
paper("2111.04263", extra=[("T2", "arXiv (Cornell University)"), ("UR", "https://arxiv.org/abs/2111.04263")],
      notes=["FedDyn — สำหรับโปรเจกต์ร่วมกับกรมอุตุฯ ที่ข้อมูลออกนอกหน่วยงานไม่ได้"], seed=3868215570912, year="2021", da="2021/11/01")
paper("2106.07447", extra=[("JO", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"), ("VL", "29"),
                           ("SP", "3451"), ("EP", "3460"), ("PB", "Institute of Electrical and Electronics Engineers (IEEE)")],
      notes=["ของพี่ธนากร (งานเสียง) ใส่ไว้ในคอลเลกชันผิดที่ เดี๋ยวย้าย"], seed=7140288365523, year="2021", da="2021/10/26")
paper("2103.14625", extra=[("T2", "Association for Computational Linguistics"), ("SP", "132"), ("EP", "141"),
                           ("N1", "External IDs: arXiv:2103.14625; MAG: 3139480217")],
      notes=["เครื่องมือดูภาพ attention ใช้ตอนทำสไลด์สัมมนา"], seed=6027714458830, year="2021", da="2021/08/01")
# not papers: a Thai patent, a dataset, a textbook
r = rec("PAT", [("AU", "ศรีสุข, ปภาวี"), ("AU", "วงศ์ใหญ่, ธนากร"),
                ("TI", "ระบบและวิธีการพยากรณ์ปริมาณน้ำฝนรายชั่วโมงด้วยโครงข่ายประสาทเทียมแบบกราฟ"),
                ("PY", "2023"), ("DA", "2023/05/22"), ("M1", "TH 2301003187 A"), ("PB", "กรมทรัพย์สินทางปัญญา")],
        lens_id(8312004719265))
r += [("N1", "คำขอรับสิทธิบัตรของแล็บ (ยังไม่ได้รับจดทะเบียน) — ไม่ใช่บทความ อย่าอ้างในบททบทวนวรรณกรรม"), ("ER", "")]
r = rec("DATA", [("AU", "Hersbach, Hans"), ("TI", "ERA5 hourly data on single levels from 1940 to present"),
                 ("PY", "2023"), ("DA", "2023/03/10"), ("DO", "10.24381/cds.adbb2d47"),
                 ("PB", "Copernicus Climate Change Service (C3S) Climate Data Store (CDS)")], lens_id(2950061183724))
r += [("N1", "ชุดข้อมูลหลัก ดาวน์โหลดผ่าน cdsapi (ตัวแปร tp, t2m; ปี 2000-2022)"), ("ER", "")]
r = rec("BOOK", [("AU", "จันทร์เพ็ญ, สมชาย"), ("TI", "การเรียนรู้เชิงลึกสำหรับงานวิทยาศาสตร์และวิศวกรรม"),
                 ("PY", "2022"), ("DA", "2022/08/01"), ("CY", "กรุงเทพฯ"), ("PB", "สำนักพิมพ์แห่งจุฬาลงกรณ์มหาวิทยาลัย"),
                 ("SN", "978-974-03-4172-6")], lens_id(6604129930387))
r += [("N1", "ตำราภาษาไทย บทที่ 7 (neural operator) อ่านง่ายกว่าต้นฉบับ"), ("ER", "")]

text = "".join("".join(f"{k}  - {v}".rstrip(" ") + (" " if k == "ER" else "") + "\r\n" for k, v in r) + "\r\n" for r in recs)
write_raw(F1241, text.encode("utf-8"), [text], keys(F1241))
