#!/usr/bin/env python3
"""2263: an article on Kompasiana by a lecturer of Universitas Mataram (Lombok) with its comments, copied as text from the
browser (as assumed: the site name and the menu «Beranda / Pilihan / Terpopuler / Topik Pilihan / Kategori», «Masuk /
Daftar», the category, the title, the author with the profile line, «Diperbarui: d Bulan yyyy   hh:mm» and «Ditayangkan:
…» (published before or at the update), «Dilihat: n», «Komentar: n», «Nilai: n», the body, the tag line of «#…» tags, «Lihat
Kategori Selengkapnya», the rating line «Nilai: Aktual n · Bermanfaat n · Inspiratif n» summing to «Nilai», the
disclaimer, «Beri Komentar», the comments «name / date / text / Balas» oldest first, and the footer «© yyyy
Kompasiana.com» last). Indonesian with English titles.
Computed: the dates in Indonesian, the comment count, the rating sum, the view count with a thousands dot."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2263)
ID_M = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
idt = lambda d: f"{d.day} {ID_M[d.month - 1]} {d.year}   {d:%H:%M}"
pub = dt.datetime(2026, 4, 19, 8, 47)
upd = dt.datetime(2026, 4, 19, 9, 15)
assert pub <= upd
AUTHOR = "Lalu Ahmad Fauzi"
BODY = [
 "Semester ini saya mengampu mata kuliah pilihan Pembelajaran Mesin untuk Sains di Program Studi Teknik Informatika "
 "Universitas Mataram. Setiap Jumat sore kami membaca satu makalah bersama, lalu mahasiswa mencoba kodenya di "
 "laboratorium. Berikut delapan makalah yang paling banyak memancing diskusi, lengkap dengan tautannya bila ada.",
 f"Makalah pembuka semester adalah {ALPHAFOLD} (Jumper dkk., Nature 2021). Tidak ada versi arXiv-nya, tetapi "
 "artikelnya bisa dibaca gratis di situs Nature. Mahasiswa biologi ikut hadir, dan diskusinya jadi jauh lebih hidup.",
 f"Untuk persamaan diferensial parsial kami membaca {T('2010.08895')} (https://arxiv.org/abs/2010.08895). Idenya: "
 "belajar operator di ruang Fourier, sehingga model yang dilatih pada grid kasar tetap bisa dipakai pada grid halus.",
 f"Masih soal simulasi, {T('2010.03409')} — https://arxiv.org/pdf/2010.03409 — memakai jaringan graf di atas mesh. "
 "Contoh kain dan aliran fluidanya sangat membantu mahasiswa memahami message passing.",
 f"Lalu {T('2106.05234')} http://arxiv.org/abs/2106.05234 atau Graphormer, yang menunjukkan bahwa transformer juga bisa "
 "unggul di data graf asalkan informasi strukturnya dimasukkan dengan benar.",
 f"Sebagai selingan teori, kami membaca {T('2010.00554')} (arXiv:2010.00554). PCA dilihat sebagai permainan antarpemain; "
 "cukup berat, tetapi mahasiswa matematika menyukainya.",
 f"Untuk membangkitkan data sintetis citra satelit Lombok, tentu kami kembali ke {T('1406.2661')} "
 "https://arxiv.org/abs/1406.2661 — makalah lama yang masih enak dibaca.",
 f"Dua makalah terakhir tanpa tautan, silakan cari judulnya: {T('2111.04263')} (Acar dkk., ICLR 2021), yang relevan "
 f"untuk data puskesmas yang tidak boleh keluar dari tempatnya, dan {T('2103.14625')} (Wang dkk., 2021), alat "
 "visualisasi untuk memahami isi transformer.",
 "Bukan makalah, tetapi berguna: buku Mathematics for Machine Learning (Deisenroth, Faisal, dan Ong), pustaka PyTorch "
 "Geometric, basis data AlphaFold DB dari EMBL-EBI, serta kursus Machine Learning Specialization dari Andrew Ng di "
 "Coursera.",
 "Semoga bermanfaat. Kalau ada makalah lain yang menurut Anda wajib dibaca, tulis di kolom komentar.",
]
COMMENTS = [
 ("Baiq Nurul Aini", dt.datetime(2026, 4, 19, 10, 2),
  "Terima kasih, Pak! Kami di Prodi Fisika juga sedang mencoba FNO untuk data curah hujan NTB."),
 ("Gede Arya Wiguna", dt.datetime(2026, 4, 19, 13, 40), "Mantap, Pak. Apakah slide Graphormer-nya bisa dibagikan?"),
 (AUTHOR, dt.datetime(2026, 4, 19, 14, 5), "@Gede Arya Wiguna sudah saya unggah di grup kelas, silakan diunduh."),
]
RATE = [("Aktual", 1), ("Bermanfaat", 3), ("Inspiratif", 2)]
assert all(c[1] >= pub for c in COMMENTS) and [c[1] for c in COMMENTS] == sorted(c[1] for c in COMMENTS)
views = 1284
out = ["Kompasiana", "Beranda", "Pilihan", "Terpopuler", "Topik Pilihan", "Kategori", "Masuk", "Daftar", "",
       "Teknologi", "",
       "Delapan Makalah Pembelajaran Mesin untuk Sains yang Kami Baca Semester Ini", "",
       AUTHOR, "Dosen Informatika Universitas Mataram. Menulis tentang AI, data, dan Lombok.", "",
       f"Diperbarui: {idt(upd)}", f"Ditayangkan: {idt(pub)}",
       f"Dilihat: {views:,}".replace(",", "."), f"Komentar: {len(COMMENTS)}", f"Nilai: {sum(n for _, n in RATE)}", ""]
for p in BODY:
    out += [p, ""]
out += ["#MachineLearning #AIuntukSains #UniversitasMataram #Lombok", "", "Lihat Teknologi Selengkapnya", "",
        "Nilai: " + " · ".join(f"{k} {n}" for k, n in RATE), "",
        "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.",
        "", "Beri Komentar", ""]
for who, when, txt in COMMENTS:
    out += [who, idt(when), txt, "Balas", ""]
out += ["Tentang Kompasiana · Syarat dan Ketentuan · Kebijakan Privasi · Kontak", "© 2026 Kompasiana.com"]
write_only(F, "\n".join(out) + "\n", keys(F))
