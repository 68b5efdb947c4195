#!/usr/bin/env python3
"""2137: the «Materials» page of a Schoology course of the Universitas Hasanuddin (Makassar), copied as text from the
browser with an Indonesian interface (as assumed): the Schoology top bar («Kursus / Grup / Sumber Daya»), the course
title and section, the left menu («Materi / Pembaruan / Nilai / Kehadiran / Anggota»), folders per week with items
(«Tautan», «Berkas», «Tugas» with «Tenggat»), item descriptions, and the footer. Indonesian. The course and people are
invented. Computed: the weeks (Mondays, asserted) and due dates after the week start (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, LENET, CTC
F = by_num(2137)
START = dt.date(2026, 2, 16)
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
def tgl(d): return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"
WEEKS = [
 ("Pengantar dan propagasi balik", [
  ("Berkas", "Silabus TIF-4417 Pembelajaran Mendalam 2025-2026.pdf", "PDF · 212 KB"),
  ("Berkas", "Bacaan wajib minggu 1", f"Rumelhart, Hinton & Williams (1986), {T(BACKPROP)}. Nature 323. "
   "Fotokopi tersedia di perpustakaan fakultas."),
  ("Tautan", "Buku: Dive into Deep Learning (versi daring, bab 5)", "https://d2l.ai"),
 ]),
 ("Jaringan konvolusi", [
  ("Berkas", "Bacaan minggu 2", f"LeCun dkk. (1998) — {T(LENET)}. Bagian II dan III saja."),
  ("Tautan", T("2010.08515"), "https://arxiv.org/abs/2010.08515"),
  ("Tugas", "Tugas 1: LeNet-5 dengan PyTorch", "Kumpulkan notebook (.ipynb). Dataset: MNIST."),
 ]),
 ("Jaringan berulang dan ucapan", [
  ("Berkas", "Bacaan minggu 3", f"Hochreiter & Schmidhuber, \"{T(LSTM)}\", Neural Computation 9(8), 1997; "
   f"lalu Graves dkk., \"{T(CTC)}\" (ICML 2006) untuk pengenalan ucapan."),
  ("Tautan", "HuBERT (bacaan tambahan, minggu 3)", f"{T('2106.07447')} — http://arxiv.org/pdf/2106.07447v1"),
  ("Tautan", "Dokumentasi torchaudio: CTC loss", "https://pytorch.org/audio/stable/index.html"),
 ]),
 ("Transformer dan optimisasi", [
  ("Tautan", T("1706.03762"), "https://arxiv.org/abs/1706.03762v7"),
  ("Berkas", "Catatan optimisasi", f"AdamW dijelaskan dalam {T('1711.05101')} (Loshchilov & Hutter, ICLR 2019, "
   "arXiv:1711.05101). Bandingkan dengan Adam biasa pada Tugas 2."),
  ("Tugas", "Tugas 2: transformer kecil untuk terjemahan Bugis–Indonesia", "Data: korpus paralel kelas (Google Drive)."),
 ]),
]
out = ["Lewati ke konten", "schoology", "KURSUS", "GRUP", "SUMBER DAYA", "Cari", "Andi Tenri Ajeng", "",
       "TIF-4417 Pembelajaran Mendalam: Kelas A", "Universitas Hasanuddin · Departemen Teknik Informatika", "",
       "Materi", "Pembaruan", "Nilai", "Kehadiran", "Anggota", "Analitik", "", "Opsi Kursus", "Kode Akses: 7KQ3-MW2R-P9XDT", "",
       "Materi", "Tambah Materi", ""]
for i, (topic, items) in enumerate(WEEKS):
    mon = START + dt.timedelta(weeks=i)
    assert mon.weekday() == 0
    out += [f"📁 Minggu {i + 1} ({mon.day} {BULAN[mon.month - 1]}): {topic}", f"{len(items)} item", ""]
    for kind, name, desc in items:
        out += [f"{kind}: {name}", desc]
        if kind == "Tugas":
            due = mon + dt.timedelta(days=11)
            assert due > mon
            out.append(f"Tenggat {tgl(due)} pukul 23:59")
        out.append("")
out += ["Dosen: Dr. Andi Tenri Ajeng, S.T., M.Kom. · andi.tenri@unhas.example.ac.id", "",
        "Dukungan", "Kebijakan Privasi", "Ketentuan Penggunaan", "Schoology © 2026 · Bahasa Indonesia"]
write_only(F, "\n".join(out) + "\n", keys(F))
