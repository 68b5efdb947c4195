#!/usr/bin/env python3
"""1726 (negative control): a user story on kumparan (the Indonesian news platform's «Konten dari Pengguna» section)
copied from the browser with its comments, Indonesian: the site head, the section line, the title, the author with
«d Bulan yyyy HH:MM WIB», the reading time, «Konten dari Pengguna», the post, tags, the disclaimer «Tulisan dari … tidak
mewakili pandangan dari redaksi kumparan», «Komentar (N)» with comments nick / time / text / «Balas», the comment box,
«Baca Lainnya» and the footer. The writer, the commenters and the trip are invented; only places around Bromo, the jeep
rental, the ticket counter and WhatsApp appear as named things. No paper, no arXiv-shaped string."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1726)
D = dt.datetime
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
AUTHOR = "Rizky Pratama"
TITLE = "Mengejar Sunrise Bromo Tanpa Open Trip: Catatan Perjalanan dan Rincian Biaya"
post = D(2025, 6, 12, 14, 20)


def wib(d):
    return f"{d.day} {BULAN[d.month - 1]} {d.year} {d:%H:%M} WIB"


comments = [
    ("dewi_s", D(2025, 6, 12, 16, 3), "Makasih rinciannya, Kak! Kalau bulan Agustus masih dingin banget nggak ya di Penanjakan?"),
    ("Bagus Wicaksono", D(2025, 6, 12, 19, 41), "Agustus justru puncak dinginnya, bisa sampai 3 derajat. Bawa sarung tangan dan kupluk."),
    ("Rizky Pratama", D(2025, 6, 13, 8, 15), "Betul kata Mas Bagus. Jangan lupa sewa jaket kalau nggak bawa, di Cemoro Lawang banyak kok."),
]
L = ["kumparan", "Berita", "Bisnis", "Tekno", "Travel", "Bola", "Otomotif", "Masuk", "",
     "kumparanTRAVEL", "", TITLE, "", AUTHOR, wib(post), "Waktu baca 4 menit", "Konten dari Pengguna", "",
     "Sudah lama saya ingin melihat matahari terbit dari Penanjakan tanpa ikut open trip. Akhir Mei kemarin akhirnya "
     "kesampaian: berangkat berdua dari Malang naik motor, menginap semalam di Cemoro Lawang, lalu sewa jeep dari sana.",
     "",
     "Kami berangkat pukul 21.00 dan tiba di Cemoro Lawang sekitar tengah malam. Udara sudah dingin sekali. Jam 03.00 "
     "jeep menjemput di depan penginapan, dan pukul 04.15 kami sudah berdiri di antara ratusan orang di Penanjakan.",
     "",
     "Rincian biaya berdua: bensin Rp80.000, penginapan Rp350.000, sewa jeep (patungan dengan dua orang lain) Rp400.000, "
     "tiket masuk Rp70.000, sarapan dan kopi Rp60.000. Total sekitar Rp960.000.",
     "",
     "Tips dari saya: beli tiket secara daring sehari sebelumnya, bawa uang tunai karena sinyal di atas tidak stabil, dan "
     "simpan nomor WhatsApp sopir jeep supaya gampang bertemu lagi setelah turun dari kawah.",
     "", "Bromo · Jawa Timur · Traveling · Catatan Perjalanan", "",
     f"Tulisan dari {AUTHOR} tidak mewakili pandangan dari redaksi kumparan", "",
     f"Komentar ({len(comments)})", ""]
prev = post
for nick, t, text in comments:
    assert t > prev; prev = t
    L += [nick, wib(t), text, "Balas", ""]
L += ["Tulis komentar...", "Kirim", "", "Baca Lainnya",
      "Menginap di Cemoro Lawang: Pilihan Homestay untuk Semua Budget", "Jalan Kaki ke Kawah Ijen Tengah Malam, Seberat Apa?", "",
      "kumparan", "Tentang Kami", "Pedoman Media Siber", "Ketentuan & Kebijakan Privasi", "Karir", "Kontak",
      f"© {prev.year} kumparan"]
write(F, "\n".join(L) + "\n", negative=True)
