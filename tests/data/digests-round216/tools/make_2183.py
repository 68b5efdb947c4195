#!/usr/bin/env python3
"""2183: a phpBB (prosilver, Indonesian language pack) topic of a student forum of the Universitas Sam Ratulangi
(Manado), copied from the browser as text (as remembered: «Lompat ke konten», the quick links, the breadcrumb
«Beranda ‹ Indeks forum ‹ …», the topic title, «Balas», «Cari topik ini…», «n pesan • Halaman 1 dari 1», posts
«Re: …» with «oleh user » Hari dd Bln yyyy hh:mm», the poster's rank, «Pesan:» and «Bergabung:», quotes «user menulis: ↑»,
«Kembali ke “…”», «Lompat ke», «Siapa yang online», the phpBB footer). Indonesian.
Computed: the post dates (increasing, weekday abbreviations from the date; asserted), the post count."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2183)
HARI = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
USERS = {"reyner_w": ("Anggota", 188, dt.datetime(2024, 9, 2, 10, 15)),
         "kezia.mandagi": ("Anggota", 63, dt.datetime(2025, 2, 17, 19, 40)),
         "pak_tumbelaka": ("Moderator", 1043, dt.datetime(2021, 8, 30, 8, 5))}
TOPIC = "Daftar bacaan model generatif (GAN → difusi) buat seminar"


def d(x):
    return f"{HARI[x.weekday()]} {x.day:02d} {BLN[x.month - 1]} {x.year} {x:%H:%M}"


POSTS = [
 ("reyner_w", dt.datetime(2026, 3, 17, 20, 14), [
  "Halo semua, untuk seminar Kecerdasan Buatan minggu depan saya kumpulkan bacaan model generatif, urut dari yang lama:",
  "",
  f"1. {T('1406.2661')} — https://arxiv.org/abs/1406.2661",
  f"2. {T('1907.05600')} (https://arxiv.org/pdf/1907.05600v3.pdf)",
  f"3. {T('2204.06125')} -> http://arxiv.org/abs/2204.06125",
  f"4. {T('2403.03206')}: https://arxiv.org/abs/2403.03206v1",
  "",
  "Kodenya pakai diffusers (bukan paper ya). Ada tambahan?"]),
 ("kezia.mandagi", dt.datetime(2026, 3, 17, 21, 2), [
  "reyner_w menulis: ↑",
  "> Ada tambahan?",
  "",
  f"Menurut saya perlu yang versi laten: {T('2106.05931')} (arXiv:2106.05931). Lebih hemat GPU, cocok buat lab kita.",
  f"Terus kalau mau 3D, {T('2303.11328')}, tapi mungkin terlalu jauh."]),
 ("pak_tumbelaka", dt.datetime(2026, 3, 18, 7, 45), [
  "Bagus. Dua catatan dari saya:",
  f"- Untuk bagian teks, tolong bahas juga {T('1904.09751')}, supaya paham kenapa sampling itu penting, bukan cuma di gambar.",
  f"- Kelompok yang mau deploy di HP bisa baca {T('2004.11886')} (Wu et al., ICLR 2020).",
  "Buku Goodfellow bab 20 boleh jadi pengantar. Video kuliah tamu bulan lalu ada di kanal YouTube jurusan."]),
 ("reyner_w", dt.datetime(2026, 3, 18, 9, 30), [
  "pak_tumbelaka menulis: ↑",
  "> Kelompok yang mau deploy di HP",
  "",
  "Siap pak, sudah saya masukkan. Jadwal presentasi: Kamis 26 Maret, Lab Komputer 2, Fakultas Teknik."]),
]
assert all(a[1] < b[1] for a, b in zip(POSTS, POSTS[1:]))
out = ["Lompat ke konten", "", "Forum Mahasiswa Informatika UNSRAT", "Diskusi kuliah, tugas, dan riset — Teknik Informatika, Universitas Sam Ratulangi", "",
       "Tautan cepat  FAQ  Daftar  Masuk", "", "Beranda ‹ Indeks forum ‹ Akademik ‹ Kecerdasan Buatan", "", TOPIC, "",
       "Balas", "Cari topik ini…", f"{len(POSTS)} pesan • Halaman 1 dari 1", ""]
for i, (u, t, body) in enumerate(POSTS):
    rank, n, joined = USERS[u]
    out += [("Re: " if i else "") + TOPIC, f"oleh {u} » {d(t)}", ""] + body + ["", u, rank, f"Pesan: {n}", f"Bergabung: {d(joined)}", "", "Atas", ""]
out += ["Balas", f"{len(POSTS)} pesan • Halaman 1 dari 1", "", "Kembali ke “Kecerdasan Buatan”", "Lompat ke", "",
        "Siapa yang online", "Pengguna yang sedang menjelajahi forum ini: Tidak ada pengguna terdaftar dan 2 tamu", "",
        "Beranda ‹ Indeks forum", "Hapus semua cookie forum  Semua waktu adalah UTC+08:00", "",
        "Powered by phpBB® Forum Software © phpBB Limited", "Privasi | Ketentuan"]
write_only(F, "\n".join(out) + "\n", keys(F))
