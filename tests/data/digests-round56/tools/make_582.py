#!/usr/bin/env python3
"""582: a ClickUp task export (List view > Export > CSV) of an Indonesian lab's diffusion reading sprint: ClickUp's
column set (Task ID, Task Name, Task Content, Status, Date Created + Text, Due Date + Text, Start Date + Text,
Parent ID, Attachments, Assignees, Tags, Priority, List / Folder / Space Name, Time Estimated + Text, Checklists,
Comments, Assigned Comments, Time Spent + Text, Rolled Up Time + Text), epoch-millisecond dates beside their text,
bracketed list cells, markdown task descriptions with line breaks inside quoted cells, CRLF rows (csv module)."""
import csv, io, os, sys
from datetime import datetime, timezone, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F582, keys

TZ = timezone(timedelta(hours=7))
def ms(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ); return str(int(d.timestamp() * 1000))
def ordn(n): return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
def txt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return f"{d.strftime('%A, %B')} {ordn(d.day)} {d.year}, {d.strftime('%I:%M:%S').lstrip('0')} {d.strftime('%p').lower()} +07:00"
def hm(m): return (str(m * 60000), f"{m // 60}h {m % 60}m" if m >= 60 else f"{m}m") if m else ("", "")

HDR = ["Task ID", "Task Name", "Task Content", "Status", "Date Created", "Date Created Text", "Due Date", "Due Date Text",
       "Start Date", "Start Date Text", "Parent ID", "Attachments", "Assignees", "Tags", "Priority", "List Name",
       "Folder Name", "Space Name", "Time Estimated", "Time Estimated Text", "Checklists", "Comments",
       "Assigned Comments", "Time Spent", "Time Spent Text", "Rolled Up Time", "Rolled Up Time Text"]
rows = []
def task(tid, name, content, status, created, due, start, assignees, tags, prio, est, spent, parent="", att="", checks="", comments=""):
    e, et = hm(est); s, st = hm(spent)
    rows.append([tid, name, content, status, ms(created), txt(created), ms(due) if due else "", txt(due) if due else "",
                 ms(start) if start else "", txt(start) if start else "", parent, att, "[" + ", ".join(assignees) + "]",
                 "[" + ", ".join(tags) + "]", prio, "Sprint Baca #7 — Difusi", "Kelompok Baca", "Lab Visi Komputer",
                 e, et, checks, comments, "[]", s, st, s, st])

task("86cu4x1a2", "Baca: " + T("2006.11239"),
     "Paper dasar untuk sprint ini (NeurIPS 2020). Fokus: turunan loss sederhana (prediksi noise) dan hubungan dengan score matching.\n\n- Ringkasan maks. 1 halaman\n- Siapkan 3 pertanyaan diskusi",
     "complete", "2024-07-01 09:12", "2024-07-05 17:00", "2024-07-01 09:00", ["Dewi Anggraini"], ["dasar", "wajib"], "high", 240, 275)
task("86cu4x1b7", "Baca: Consistency Models (arXiv:2303.01469)",
     T("2303.01469") + " — sampling satu langkah. Bandingkan dengan distilasi progresif yang dibahas minggu lalu.",
     "in progress", "2024-07-01 09:15", "2024-07-12 17:00", "2024-07-08 09:00", ["Rizky Pratama"], ["sampling"], "normal", 180, 95)
task("86cu4x1c3", "Presentasi ControlNet",
     "Paper: " + T("2302.05543") + "\nhttps://arxiv.org/abs/2302.05543\n\nCoba juga demo di HF Space sebelum presentasi; jangan lupa bagian zero convolution.",
     "to do", "2024-07-01 09:20", "2024-07-19 13:00", "2024-07-15 09:00", ["Putri Maharani", "Dewi Anggraini"], ["kontrol", "presentasi"], "high", 300, 0,
     checks="[{name: Persiapan, items: [Baca paper (resolved), Slide (unresolved), Demo (unresolved)]}]")
task("86cu4x1d9", "Personalisasi: DreamBooth vs Textual Inversion",
     "Dua paper dibaca berpasangan:\n1. " + T("2208.12242") + " (CVPR 2023)\n2. " + T("2208.01618") + " (ICLR 2023)\n\nTabel perbandingan: jumlah gambar, parameter yang dilatih, waktu fine-tuning.",
     "to do", "2024-07-01 09:24", "2024-07-26 17:00", "2024-07-22 09:00", ["Bagus Setiawan"], ["personalisasi"], "normal", 360, 0)
task("86cu4x1e4", "Editing: InstructPix2Pix",
     "Baca \"" + T("2211.09800") + "\" (Brooks, Holynski, Efros; CVPR 2023). Lihat juga halaman proyeknya untuk contoh gambar.",
     "to do", "2024-07-01 09:30", "2024-08-02 17:00", "", ["Putri Maharani"], ["editing"], "low", 120, 0)
task("86cu4x1f1", "Audio: DiffWave",
     T("2009.09761") + "\nLink: https://arxiv.org/pdf/2009.09761\nCatatan: cocok untuk proyek TTS bahasa Jawa Mas Bagus.",
     "in review", "2024-07-02 10:05", "2024-07-10 17:00", "2024-07-03 09:00", ["Bagus Setiawan"], ["audio"], "normal", 150, 140,
     comments="[{text: Ringkasan sudah diunggah ke Drive, tolong dicek ya, by: Bagus Setiawan, date: 2024-07-09}]")
task("86cu4x1g8", "3D: Gaussian Splatting",
     "Di luar difusi, tapi banyak diminta anggota lab: \"" + T("2308.04079") + "\" https://arxiv.org/abs/2308.04079 (SIGGRAPH 2023).",
     "to do", "2024-07-02 10:11", "2024-08-09 17:00", "", ["Rizky Pratama"], ["3d", "opsional"], "low", 240, 0)
task("86cu4x1h2", "Siapkan GPU untuk replikasi",
     "Minta kuota 2×A100 di klaster kampus (formulir di portal HPC). Pakai kode dari repo diffusers, bukan implementasi sendiri.",
     "complete", "2024-07-01 09:40", "2024-07-03 17:00", "", ["Andi Wijaya"], ["infrastruktur"], "urgent", 60, 45)
task("86cu4x1h3", "Unduh checkpoint Stable Diffusion 1.5",
     "Subtugas: simpan di /data/ckpt, cek lisensi CreativeML OpenRAIL-M.", "complete", "2024-07-01 09:42", "2024-07-03 17:00", "",
     ["Andi Wijaya"], ["infrastruktur"], "normal", 30, 20, parent="86cu4x1h2")
task("86cu4x1j6", "Tonton kuliah tamu (rekaman)",
     "Rekaman kuliah tamu \"Model Difusi untuk Pemula\" di kanal YouTube fakultas, 1 jam 40 menit. Bukan paper — untuk anggota baru.",
     "to do", "2024-07-03 14:00", "2024-07-31 17:00", "", ["Dewi Anggraini", "Rizky Pratama", "Putri Maharani"], ["onboarding"], "", 100, 0)
task("86cu4x1k0", "Retrospektif sprint",
     "Isi formulir retro + voting paper untuk Sprint Baca #8 (kandidat tema: video generation).",
     "to do", "2024-07-03 14:05", "2024-08-09 16:00", "2024-08-09 15:00", ["Andi Wijaya"], ["rapat"], "normal", 60, 0,
     att="[https://t20564213.p.clickup-attachments.com/t20564213/retro-template.docx]")
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HDR); w.writerows(rows)
text = buf.getvalue()
write_only(F582, text, keys(F582), ["\n".join(c for r in rows for c in r)])
