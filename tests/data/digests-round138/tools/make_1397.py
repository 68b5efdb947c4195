#!/usr/bin/env python3
"""1397: an Indonesian RPS (Rencana Pembelajaran Semester, the course-plan template of Indonesian study programmes) for
a deep-learning course, exported from Word to PDF and run through `pdftotext -layout` (column layout kept with
spaces, a form feed after every page, the page footer "Halaman N dari M"). The Pustaka block holds the papers; the
weekly table only names them by nickname and [P..] number."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1397)
W = 112  # page width in characters as pdftotext lays out an A4 landscape page at this font size


def row(cells, widths, gap=2):
    cols = [textwrap.wrap(c, w, break_long_words=False, break_on_hyphens=False) or [""] for c, w in zip(cells, widths)]
    out = []
    for i in range(max(len(c) for c in cols)):
        parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
        out.append((" " * gap).join(parts).rstrip())
    return out


def labelled(label, text, lw=22, tw=86):
    """a two-column block: the label on the first line only, the text wrapped beside it"""
    lines = textwrap.wrap(text, tw, break_long_words=False, break_on_hyphens=False) or [""]
    return [(label if i == 0 else "").ljust(lw) + "  " + l for i, l in enumerate(lines)]


def center(s):
    return (" " * ((W - len(s)) // 2) + s).rstrip()


P = []  # pages
pg = []
pg += ["", center("UNIVERSITAS NUSANTARA TIMUR (contoh)"), center("FAKULTAS ILMU KOMPUTER"),
       center("PROGRAM STUDI S1 INFORMATIKA"), "", " " * 80 + "Kode Dokumen", " " * 80 + "FIK-IF/RPS/4207/2024", "",
       center("RENCANA PEMBELAJARAN SEMESTER"), ""]
pg += row(["MATA KULIAH (MK)", "KODE", "Rumpun MK", "BOBOT (sks)", "SEMESTER", "Tgl Penyusunan"], [22, 8, 20, 12, 9, 16])
pg += row(["Pembelajaran Mendalam (Deep Learning)", "IF4207", "Kecerdasan Buatan dan Sains Data", "T=2   P=1", "6", "5 Februari 2024"], [22, 8, 20, 12, 9, 16])
pg += [""]
pg += row(["OTORISASI / PENGESAHAN", "Dosen Pengembang RPS", "Koordinator RMK", "Ka PRODI"], [22, 28, 28, 26])
pg += row(["", "", "", ""], [22, 28, 28, 26])
pg += row(["", "Dr. Rini Wulandari, M.Kom.", "Dr. Agus Setiawan, M.T.", "Yohanes Bili, S.Kom., M.Cs."], [22, 28, 28, 26])
pg += [""]
pg += row(["Capaian Pembelajaran", "CPL-PRODI yang dibebankan pada MK"], [22, 86])
pg += row(["", "CPL-04", "Mampu merancang dan mengimplementasikan solusi berbasis kecerdasan buatan untuk permasalahan nyata dengan memperhatikan aspek etika."], [22, 8, 76])
pg += row(["", "CPL-07", "Mampu mengkaji literatur ilmiah terkini dan mengomunikasikan hasilnya secara lisan dan tertulis."], [22, 8, 76])
pg += row(["", "Capaian Pembelajaran Mata Kuliah (CPMK)"], [22, 86])
for c, t in [("CPMK-1", "Mahasiswa mampu menjelaskan dasar jaringan saraf tiruan, propagasi balik, dan optimasi (C2)."),
             ("CPMK-2", "Mahasiswa mampu membangun model konvolusional, sekuensial, dan transformer dengan PyTorch (C3, P3)."),
             ("CPMK-3", "Mahasiswa mampu membaca, meringkas, dan mempresentasikan satu makalah ilmiah (A3).")]:
    pg += row(["", c, t], [22, 8, 76])
pg += [""]
pg += labelled("Deskripsi Singkat MK", "Mata kuliah ini membahas konsep dan praktik pembelajaran mendalam: perseptron multilapis, "
               "jaringan konvolusional, jaringan berulang, mekanisme atensi dan transformer, regularisasi, serta model "
               "generatif. Perkuliahan dilaksanakan secara bauran (luring di kelas, daring melalui LMS Fakultas) dan "
               "diakhiri dengan proyek kelompok.")
pg += [""]
pg += labelled("Bahan Kajian: Materi", "1. Jaringan saraf dan propagasi balik; 2. Optimasi dan regularisasi; 3. CNN; "
               "4. RNN dan seq2seq; 5. Atensi dan Transformer; 6. Vision Transformer; 7. Model generatif; 8. Proyek.")
P.append(pg)

pg = [""]
pustaka = [
    "Utama:",
    "[P1] Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep Learning. MIT Press. https://www.deeplearningbook.org",
    "[P2] Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). Dive into Deep Learning. Cambridge University Press. https://d2l.ai",
    "Pendukung (makalah untuk tugas baca):",
    f"[P3] LeCun, Y., Bottou, L., Bengio, Y., & Haffner, P. (1998). {T(keys(F)[5])}. Proceedings of the IEEE, 86(11), 2278-2324.",
    f"[P4] Sutskever, I., Vinyals, O., & Le, Q. V. (2014). {T('1409.3215')}. Advances in Neural Information Processing Systems 27.",
    f"[P5] Vaswani, A., Shazeer, N., Parmar, N., dkk. (2017). {T('1706.03762')}. NIPS 2017. https://arxiv.org/abs/1706.03762",
    f"[P6] Dosovitskiy, A., Beyer, L., Kolesnikov, A., dkk. (2021). {T('2010.11929')}. ICLR 2021. https://openreview.net/forum?id={OR('2010.11929')}",
    f"[P7] Liu, Z., Mao, H., Wu, C.-Y., dkk. (2022). {T('2201.03545')}. CVPR 2022. https://arxiv.org/abs/2201.03545",
    f"[P8] Loshchilov, I., & Hutter, F. (2019). {T('1711.05101')}. ICLR 2019. arXiv:1711.05101.",
    f"[P9] Pham, H., & Le, Q. V. (2021). {T('2101.01761')}. Proceedings of the AAAI Conference on Artificial Intelligence, 35(11).",
    f"[P10] Goodfellow, I. J., Pouget-Abadie, J., Mirza, M., dkk. (2014). {T('1406.2661')}. https://arxiv.org/pdf/1406.2661.pdf",
    "[P11] Dokumentasi PyTorch 2.2, https://pytorch.org/docs/stable/ (diakses 1 Februari 2024).",
]
first = True
for p in pustaka:
    lines = textwrap.wrap(p, 84, break_long_words=False, break_on_hyphens=False)
    for i, l in enumerate(lines):
        pg.append(("Pustaka" if first else "").ljust(22) + "  " + ("" if i == 0 or p.endswith(":") else "     ") + l)
        first = False
pg += [""]
pg += labelled("Dosen Pengampu", "Dr. Rini Wulandari, M.Kom.; Fransiskus Laka, M.Kom.; asisten: Maria Goreti Seran (angkatan 2020)")
pg += labelled("Mata kuliah syarat", "IF3105 Pembelajaran Mesin; IF2102 Aljabar Linier dan Matriks")
P.append(pg)

WK = [22 - 14, 24, 22, 20, 18, 22, 7]
HDR = ["Mg Ke-", "Sub-CPMK (Kemampuan akhir tiap tahapan belajar)", "Indikator", "Kriteria & Bentuk Penilaian",
       "Bentuk & Metode Pembelajaran [Estimasi Waktu]", "Materi Pembelajaran [Pustaka]", "Bobot (%)"]
weeks = [
    ("1", "Memahami kontrak kuliah dan dasar jaringan saraf", "Menjelaskan perseptron dan fungsi aktivasi", "Kuis 1 (Google Form)", "Kuliah, diskusi [TM 2x50']", "Pengantar; perseptron [P1 bab 6]", "2"),
    ("2", "Menerapkan propagasi balik", "Menghitung gradien graf komputasi", "Tugas 1: autograd manual", "Kuliah, praktikum Colab [TM 2x50', PT 3x60']", "Propagasi balik [P1 bab 6; P2 bab 5]", "5"),
    ("3", "Menjelaskan optimasi dan regularisasi", "Membandingkan SGD, Adam, AdamW", "Kuis 2", "Kuliah, diskusi [TM 2x50']", "Optimasi; weight decay terpisah [P8]; dropout dan AutoDropout [P9]", "3"),
    ("4", "Membangun CNN", "Melatih LeNet-5 pada MNIST", "Tugas 2: CNN", "Praktikum [PT 3x60']", "Konvolusi, pooling, LeNet [P3]", "5"),
    ("5", "Menganalisis arsitektur CNN modern", "Menjelaskan blok residual dan ConvNeXt", "Laporan praktikum", "Kuliah, praktikum [TM 2x50']", "ResNet, ConvNeXt [P7; P2 bab 8]", "5"),
    ("6", "Membangun model sekuensial", "Melatih RNN/LSTM untuk teks berbahasa Indonesia", "Tugas 3: RNN", "Praktikum daring (LMS) [PT 3x60']", "RNN, LSTM, GRU [P2 bab 9-10]", "5"),
    ("7", "Menerapkan seq2seq", "Menerjemahkan kalimat pendek id-en", "Kuis 3", "Kuliah [TM 2x50']", "Encoder-decoder, seq2seq [P4]", "5"),
    ("8", "Ujian Tengah Semester", "", "UTS tertulis", "", "Materi minggu 1-7", "20"),
    ("9", "Menjelaskan mekanisme atensi", "Menghitung scaled dot-product attention", "Tugas 4", "Kuliah, diskusi [TM 2x50']", "Atensi, multi-head [P5]", "3"),
    ("10", "Membangun Transformer", "Mengimplementasikan blok encoder", "Laporan praktikum", "Praktikum [PT 3x60']", "Transformer [P5; P11]", "5"),
    ("11", "Menerapkan Transformer pada citra", "Fine-tuning ViT-B/16 (timm) pada CIFAR-10", "Tugas 5", "Praktikum Colab [PT 3x60']", "ViT [P6]", "5"),
    ("12", "Menjelaskan model generatif", "Melatih GAN sederhana", "Kuis 4", "Kuliah [TM 2x50']", "GAN, VAE, difusi (pengantar) [P10; P1 bab 20]", "3"),
    ("13", "Membaca makalah ilmiah", "Meringkas satu makalah P3-P10", "Presentasi makalah (rubrik)", "Seminar kelas [TM 2x50']", "Makalah pilihan", "5"),
    ("14", "Merancang proyek", "Menyusun proposal proyek kelompok", "Proposal (rubrik)", "Diskusi kelompok", "-", "2"),
    ("15", "Menyajikan proyek", "Mendemonstrasikan model", "Presentasi proyek (rubrik)", "Presentasi", "-", "7"),
    ("16", "Ujian Akhir Semester", "", "UAS proyek + laporan", "", "Seluruh materi", "20"),
]
pg = [""] + row(HDR, [6, 18, 16, 15, 15, 18, 7]) + [""]
pages_weeks = [weeks[:6], weeks[6:12], weeks[12:]]
for wi, chunk in enumerate(pages_weeks):
    if wi:
        P.append(pg); pg = [""] + row(HDR, [6, 18, 16, 15, 15, 18, 7]) + [""]
    for w in chunk:
        pg += row(list(w), [6, 18, 16, 15, 15, 18, 7]) + [""]
pg += row(["", "Jumlah", "", "", "", "", str(sum(int(w[6]) for w in weeks))], [6, 18, 16, 15, 15, 18, 7])
pg += ["", "Catatan: TM = tatap muka, PT = penugasan terstruktur; bobot penilaian total 100%.", "Tautan kelas daring diumumkan di LMS Fakultas."]
P.append(pg)

out = []
M = len(P)
for i, p in enumerate(P, 1):
    body = p + ["", "", (" " * 84 + f"Halaman {i} dari {M}")]
    out.append("\n".join(body) + "\n\f")
text = "".join(out)
write_only(F, text, keys(F))
