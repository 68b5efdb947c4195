#!/usr/bin/env python3
"""846 (negative): the Indico HTTP API export of one event (`/export/event/<id>.json?detail=contributions&pretty=no`),
as Indico's Python JSON writer returns it: one line, ", " / ": " separators, non-ASCII as \\uXXXX, no final newline;
`HTTPAPIResult` with count / additionalInfo / complete / url / ts / results; a `Conference` with startDate / endDate
{date, tz, time}, chairs, description HTML, and `Contribution`s (lectures, hands-on sessions, a poster session,
registration, breaks) with speakers (`ContributionParticipation`, emailHash), durations in minutes, rooms, types.
Indonesian. A summer-school timetable: software (PyTorch, Hugging Face), datasets, a course and a blog are named, no paper."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(846)
EV = 412
BASE = "https://indico.example.ac.id"
TZ = "Asia/Jakarta"


def person(first, last, aff, i):
    return {"_type": "ContributionParticipation", "_fossil": "contributionParticipationMetadata", "first_name": first,
            "last_name": last, "fullName": f"{last}, {first}", "id": str(i), "affiliation": aff,
            "emailHash": hashlib.md5(f"{first}.{last}@example.ac.id".lower().encode()).hexdigest(), "db_id": 700 + i, "person_id": 900 + i}


def dt(d, t):
    return {"date": d, "tz": TZ, "time": t}


def add(d, t, mins):
    h, m = map(int, t.split(":")[:2]); m += mins
    return f"{h + m // 60:02d}:{m % 60:02d}:00"


SP = {
 "ar": ("Ardiansyah", "Putra", "Universitas Nusantara Raya (fiktif)"), "dw": ("Dewi", "Lestari", "Institut Teknologi Cendana (fiktif)"),
 "bg": ("Bagus", "Wicaksono", "Laboratorium Riset Bahasa, Universitas Nusantara Raya (fiktif)"),
 "rt": ("Ratna", "Sari", "Pusat Komputasi Cendana (fiktif)"), "hn": ("Hendra", "Nugroho", "Universitas Pesisir Timur (fiktif)"),
 "ml": ("Melati", "Kusuma", "Institut Teknologi Cendana (fiktif)"),
}
SCHED = [  # (date, start, minutes, title, type, room, speakers, description)
 ("2024-07-15", "07:30", 60, "Registrasi ulang dan pengambilan kartu peserta", "Administrasi", "Lobi Gedung Serbaguna", [], "<p>Bawa kartu identitas dan bukti pembayaran.</p>"),
 ("2024-07-15", "08:30", 30, "Pembukaan Sekolah Musim Panas", "Seremoni", "Auditorium Utama", ["dw"], "<p>Sambutan ketua panitia dan penjelasan tata tertib.</p>"),
 ("2024-07-15", "09:00", 90, "Dasar-dasar optimasi untuk pembelajaran mesin", "Kuliah", "Auditorium Utama", ["ar"],
  "<p>Turunan, gradien, laju pembelajaran. Materi mengikuti bab 4 dan 8 buku teks pegangan kursus.</p>"),
 ("2024-07-15", "10:30", 30, "Rehat kopi", "Istirahat", "Selasar", [], ""),
 ("2024-07-15", "11:00", 90, "Praktikum: melatih jaringan saraf pertama dengan PyTorch", "Praktikum", "Lab Komputer 2", ["rt"],
  "<p>Peserta membawa laptop. Lingkungan Python sudah disiapkan di server JupyterHub kampus; akun dibagikan saat registrasi.</p>"),
 ("2024-07-15", "12:30", 60, "Ishoma", "Istirahat", "Kantin Gedung Serbaguna", [], "<p>Istirahat, salat, makan siang.</p>"),
 ("2024-07-15", "13:30", 90, "Pemrosesan bahasa alami untuk bahasa Indonesia dan bahasa daerah", "Kuliah", "Auditorium Utama", ["bg"],
  "<p>Tokenisasi, korpus berita berbahasa Indonesia, dan tantangan bahasa daerah dengan data sedikit.</p>"),
 ("2024-07-15", "15:00", 120, "Sesi poster peserta (kelompok A)", "Poster", "Selasar", [],
  "<p>Poster berukuran A1, dipasang paling lambat pukul 14.30. Daftar poster ada di halaman acara.</p>"),
 ("2024-07-16", "08:30", 90, "Visi komputer: dari konvolusi ke model berbasis atensi", "Kuliah", "Auditorium Utama", ["hn"],
  "<p>Ikhtisar arsitektur; tidak ada prasyarat selain kuliah hari pertama.</p>"),
 ("2024-07-16", "10:00", 30, "Rehat kopi", "Istirahat", "Selasar", [], ""),
 ("2024-07-16", "10:30", 120, "Praktikum: menyetel model bahasa dengan pustaka Hugging Face", "Praktikum", "Lab Komputer 2", ["rt", "bg"],
  "<p>Menggunakan GPU bersama di klaster kampus (antrian Slurm, kuota 2 jam per kelompok).</p>"),
 ("2024-07-16", "12:30", 60, "Ishoma", "Istirahat", "Kantin Gedung Serbaguna", [], ""),
 ("2024-07-16", "13:30", 60, "Diskusi panel: etika data dan izin penggunaan korpus", "Panel", "Auditorium Utama", ["dw", "ml", "bg"],
  "<p>Lisensi dataset, persetujuan penutur, dan data pribadi. Bacaan pendukung: tulisan blog panitia tentang lisensi data.</p>"),
 ("2024-07-16", "14:30", 60, "Kiat menulis makalah pertama dan memilih konferensi", "Kuliah", "Auditorium Utama", ["ml"],
  "<p>Struktur makalah, tenggat konferensi, dan cara membaca ulasan reviewer.</p>"),
 ("2024-07-16", "15:30", 30, "Penutupan dan pembagian sertifikat", "Seremoni", "Auditorium Utama", ["dw"], ""),
]
contribs = []
for i, (d, t, mins, title, typ, room, sps, desc) in enumerate(SCHED, 1):
    contribs.append({"_type": "Contribution", "_fossil": "contributionMetadata", "id": str(i), "db_id": 3020 + i, "friendly_id": i,
                     "title": title, "startDate": dt(d, t + ":00"), "endDate": dt(d, add(d, t, mins)), "duration": mins,
                     "roomFullname": room, "room": room, "note": {}, "location": "Kampus Cendana (fiktif), Semarang",
                     "type": typ, "description": desc, "folders": [], "url": f"{BASE}/event/{EV}/contributions/{3020 + i}/",
                     "material": [], "speakers": [person(*SP[s], n) for n, s in enumerate(sps, 1)], "primaryauthors": [],
                     "coauthors": [], "keywords": [], "track": None, "session": None, "references": [], "board_number": ""})
ev = {"_type": "Conference", "id": str(EV), "title": "Sekolah Musim Panas Pembelajaran Mesin 2024",
      "description": "<p>Sekolah musim panas dua hari untuk mahasiswa S1/S2: kuliah, praktikum, dan sesi poster. Kuota 80 peserta.</p>"
                     "<p>Materi praktikum (buku catatan Jupyter) tersedia di repositori panitia setelah acara.</p>",
      "startDate": dt("2024-07-15", "07:30:00"), "endDate": dt("2024-07-16", "16:00:00"), "timezone": TZ,
      "location": "Kampus Cendana (fiktif), Semarang", "room": "Auditorium Utama", "roomFullname": "Auditorium Utama",
      "address": "Jl. Cendana No. 1, Semarang (alamat fiktif)", "type": "conference", "references": [],
      "category": "Sekolah dan Lokakarya", "categoryId": 12, "url": f"{BASE}/event/{EV}/",
      "creator": {"_type": "Avatar", "_fossil": "conferenceChairMetadata", "fullName": "Lestari, Dewi", "id": "37",
                  "affiliation": "Institut Teknologi Cendana (fiktif)", "emailHash": hashlib.md5(b"dewi.lestari@example.ac.id").hexdigest()},
      "hasAnyProtection": False, "roomMapURL": None, "folders": [], "chairs": [], "material": [], "keywords": ["pembelajaran mesin", "sekolah musim panas"],
      "note": {}, "visibility": {"id": "", "name": "Everywhere"}, "contributions": contribs}
out = {"count": 1, "additionalInfo": {}, "_type": "HTTPAPIResult", "complete": True,
       "url": f"{BASE}/export/event/{EV}.json?detail=contributions&pretty=no", "ts": 1710226936, "results": [ev]}
write(F, json.dumps(out), negative=True)
