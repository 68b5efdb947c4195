#!/usr/bin/env python3
"""762: an EtherCalc room snapshot (`GET /_/<room>`), i.e. SocialCalc's spreadsheet-control save format:
`socialcalc:version:1.0`, a MIME multipart with boundary SocialCalcSpreadsheetControlSave, the header part listing
parts, the sheet part (`version:1.5`, `cell:A1:t:…:f:1:…`, `col:` / `row:` / `sheet:c:…:r:…` / `font:` / `color:` /
`border:` / `cellformat:` / `valueformat:` lines; text encoded with encodeForSave: `\\` → `\\b`, `:` → `\\c`, newline →
`\\n`), the edit part (panes, ecell) and the audit part (SocialCalc commands), closing boundary. An Indonesian reading
tracker on vision backbones and robustness."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, CAT, write_only
from make_expected import by_num, keys, ALEX

F = by_num(762)
B = "SocialCalcSpreadsheetControlSave"


def enc(s):
    return s.replace("\\", "\\b").replace(":", "\\c").replace("\n", "\\n")


def dec(s):
    return s.replace("\\c", ":").replace("\\n", "\n").replace("\\b", "\\")


A = lambda k: f"https://arxiv.org/abs/{k}"
yr = lambda k: int((CAT[k].get("published") or "2012")[:4])
rows = [
    (T("1905.11946"), au("1905.11946", 2), yr("1905.11946"), A("1905.11946"), "Selesai", "Penskalaan gabungan lebar/kedalaman/resolusi; bagus untuk bab 2."),
    (T(ALEX), au(ALEX, 3), 2012, "", "Selesai", "Klasik. Tidak ada di arXiv; PDF dari prosiding NIPS, ada di folder bersama."),
    (T("2106.10270"), au("2106.10270", 3), yr("2106.10270"), "", "Dibaca", "Augmentasi + regularisasi vs. data; tautan menyusul (Rina)."),
    (T("2106.04560"), au("2106.04560", 3), yr("2106.04560"), A("2106.04560"), "Dibaca", "Hukum penskalaan untuk ViT; lihat gambar 2."),
    (T("2103.14030"), au("2103.14030", 3), yr("2103.14030"), "arXiv:2103.14030", "Belum", "Jendela bergeser, hierarkis. Presentasi 21/3."),
    (T("2103.14586"), au("2103.14586", 3), yr("2103.14586"), A("2103.14586"), "Belum", "Ketahanan terhadap gangguan & serangan."),
    (T("2004.07780"), au("2004.07780", 3), yr("2004.07780"), "", "Belum", "Esai panjang (Nature MI); baca bagian 1-3 saja."),
    (T("2012.07177"), au("2012.07177", 3), yr("2012.07177"), "", "Belum", "Untuk eksperimen deteksi sel (data lab)."),
    ("timm — PyTorch Image Models", "Ross Wightman", 2019, "https://github.com/huggingface/pytorch-image-models", "Referensi", "Pustaka/perangkat lunak, bukan makalah."),
    ("ImageNet-1k (ILSVRC 2012)", "—", 2012, "https://www.image-net.org/", "Referensi", "Dataset. Unduh lewat akun kampus."),
    ("CS231n: Deep Learning for Computer Vision", "Stanford", 2023, "https://cs231n.stanford.edu/", "Referensi", "Kursus; catatan kuliah tentang CNN."),
    ("RobustBench", "—", 2021, "https://robustbench.github.io/", "Referensi", "Papan peringkat (leaderboard), bukan makalah."),
]
cells = []
head = ["Judul", "Penulis", "Tahun", "Tautan", "Status", "Catatan"]
for j, h in enumerate(head):
    cells.append(f"cell:{'ABCDEF'[j]}1:t:{enc(h)}:f:1:c:1:bg:2:cf:1")
for i, r in enumerate(rows, 2):
    for j, v in enumerate(r):
        col = "ABCDEF"[j]
        if v == "": continue
        if isinstance(v, int): cells.append(f"cell:{col}{i}:v:{v}:cf:1")
        elif col == "D" and v.startswith("http"): cells.append(f"cell:{col}{i}:t:{enc(v)}:tvf:1")
        elif col == "E": cells.append(f"cell:{col}{i}:t:{enc(v)}:cf:1" + (":bg:3" if v == "Selesai" else ":bg:4" if v == "Belum" else ""))
        else: cells.append(f"cell:{col}{i}:t:{enc(v)}")
n = len(rows) + 1
SCHED = [("Tanggal", "Penyaji", "Topik"), ("7 Mar 2024", "Rina", "penskalaan CNN"), ("14 Mar 2024", "Bagus", "resep pelatihan ViT"),
         ("21 Mar 2024", "Dewi", "jendela bergeser"), ("28 Mar 2024", "Fajar", "ketahanan & shortcut"),
         ("4 Apr 2024", "—", "libur Idulfitri (tidak ada pertemuan)"), ("18 Apr 2024", "Rina", "augmentasi untuk segmentasi")]
for i, r in enumerate(SCHED, 1):
    for j, v in enumerate(r):
        cells.append(f"cell:{'HIJ'[j]}{i}:t:{enc(v)}" + (":f:1:c:1:bg:2:cf:1" if i == 1 else ""))
cells.append(f"cell:A{n + 2}:t:{enc('Jumlah selesai:')}:f:1")
done = sum(1 for r in rows if r[4] == "Selesai")
FORM = 'COUNTIF(E2:E' + str(n) + ',"Selesai")'
cells.append(f"cell:B{n + 2}:vtf:n:{done}:{enc(FORM)}")
cells.append(f"cell:A{n + 3}:t:{enc('Catatan: kolom Tautan hanya untuk makalah yang sudah kita cek. Baris abu-abu = bukan makalah (perangkat lunak, dataset, kursus, leaderboard).')}")
cells.append(f"cell:A{n + 4}:t:{enc('Pertemuan: Kamis 15.30 WIB, Ruang 3.12 Gedung Informatika / Zoom (tautan di grup WA).')}")
sheet = "\n".join(["version:1.5"] + cells + [
    "col:A:w:420", "col:B:w:220", "col:C:w:60", "col:D:w:260", "col:E:w:90", "col:F:w:380", "row:1:h:28",
    f"col:G:w:30", "col:H:w:110", "col:I:w:90", "col:J:w:300", f"sheet:c:10:r:{n + 4}:tvf:1", "font:1:normal bold * *", "color:1:rgb(255, 255, 255)", "color:2:rgb(38, 70, 83)",
    "color:3:rgb(183, 225, 205)", "color:4:rgb(252, 232, 178)", "cellformat:1:center", "valueformat:1:text-url"])
edit = "\n".join(["version:1.0", f"rowpane:0:1:{n + 4}", "colpane:0:1:10", "ecell:E6"])
audit = "\n".join([f"set {'HIJ'[j]}{i} text t {v}" for i, r in enumerate(SCHED, 1) for j, v in enumerate(r)] + [
    "set H1:J1 bgcolor rgb(38, 70, 83)", "set H1:J1 color rgb(255, 255, 255)", "set H1:J1 font normal bold * *",
    "set J5 text t libur Idulfitri (tidak ada pertemuan)", "set I6 text t Rina", "set C2:C13 cellformat center",
    "set D2:D13 textvalueformat text-url", "set E2:E13 cellformat center", "set E2 bgcolor rgb(183, 225, 205)",
    "set E3 bgcolor rgb(183, 225, 205)", "set E7 bgcolor rgb(252, 232, 178)", "set E8 bgcolor rgb(252, 232, 178)",
    "set E9 bgcolor rgb(252, 232, 178)", "set A10:F13 bgcolor rgb(238, 238, 238)", "set A1:F1 bgcolor rgb(38, 70, 83)",
    "set A1:F1 color rgb(255, 255, 255)", "set A1:F1 font normal bold * *", "set A1:F1 cellformat center",
    "set A15 text t Jumlah selesai:", "set A15 font normal bold * *", "set A16 text t Catatan: kolom Tautan hanya untuk makalah yang sudah kita cek.",
    "set A17 text t Pertemuan: Kamis 15.30 WIB, Ruang 3.12 Gedung Informatika / Zoom (tautan di grup WA).",
    "set F11 text t Dataset. Unduh lewat akun kampus.", "set F13 text t Papan peringkat (leaderboard), bukan makalah.",
    "set A:A width 420", "set B:B width 220", "set C:C width 60", "set D:D width 260", "set F:F width 380", "set 1:1 height 28",

    "set A1 text t Judul", "set E4 text t Dibaca", "set E5 text t Dibaca", f"set B{n + 2} formula COUNTIF(E2:E{n},\"Selesai\")",
    "set D6 text t arXiv:2103.14030", "set A13 text t RobustBench", "set A13:F13 bgcolor rgb(238, 238, 238)",
    "set F3 text t Klasik. Tidak ada di arXiv; PDF dari prosiding NIPS, ada di folder bersama."])
text = (f"socialcalc:version:1.0\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary={B}\n--{B}\n"
        "Content-type: text/plain; charset=UTF-8\n\n# SocialCalc Spreadsheet Control Save\nversion:1.0\npart:sheet\npart:edit\npart:audit\n"
        f"--{B}\nContent-type: text/plain; charset=UTF-8\n\n{sheet}\n--{B}\nContent-type: text/plain; charset=UTF-8\n\n{edit}\n"
        f"--{B}\nContent-type: text/plain; charset=UTF-8\n\n{audit}\n--{B}--\n")
write_only(F, text, keys(F), [dec(text)])
