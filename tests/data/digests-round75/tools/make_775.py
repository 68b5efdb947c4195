#!/usr/bin/env python3
"""775: an sfeed(5) feed file (~/.sfeed/feeds/planet-visi), as sfeed_update writes it after merging: one item a line,
nine TAB-separated fields — UNIX timestamp, title, link, content, content-type (html), id, author, enclosure,
category ('|'-separated) — with newline, TAB and backslash in a field written as \\n, \\t and \\\\ (XML entities already
decoded, so the HTML of the content is raw markup), sorted by timestamp, newest first. An Indonesian blog aggregator
(Atom) on vision backbones and robust training."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, LECUN

F = by_num(775)
A = lambda k: f"https://arxiv.org/abs/{k}"
HOST = "https://planet-visi.example.id"


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def item(when, title, slug, author, html, cats, enclosure=""):
    ts = int(datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S %z").timestamp())
    link = f"{HOST}/{slug}/"
    return ts, "\t".join([str(ts), esc(title), link, esc(html), "html", f"tag:planet-visi.example.id,2024:{slug}", esc(author), enclosure, "|".join(cats)]) + "\n"


I = [
 item("2024-03-05 20:41:17 +0700", "Catatan baca: dua backbone CNN yang masih relevan", "2024/03/catatan-baca-backbone-cnn", "Rizky Pratama",
      f"""<p>Minggu ini klub baca membahas dua makalah arsitektur yang sering dipakai sebagai baseline di lab kami.</p>
<h2>1. Skala gabungan yang lebih cepat dilatih</h2>
<p><a href="{A('2104.00298')}">{T('2104.00298')}</a> oleh {au('2104.00298')}. Intinya: <em>progressive learning</em> \u2014 ukuran gambar dinaikkan bertahap selama pelatihan, disertai regularisasi yang ikut naik.</p>
<h2>2. Perhatian terpisah antar-cabang</h2>
<p><a href="{A('2004.08955')}">{T('2004.08955')}</a> ({au('2004.08955', 3)}). Blok split-attention menggantikan blok bottleneck biasa; hasilnya bagus untuk deteksi dan segmentasi.</p>
<pre><code>python train.py --arch split_attn_50 --img-size 224\t# konfigurasi lab
</code></pre>
<p>Catatan: bobot pralatih kami ambil dari <a href="https://github.com/huggingface/pytorch-image-models">timm</a> (perangkat lunak, bukan makalah).</p>""",
      ["visi-komputer", "catatan-baca"]),
 item("2024-03-01 09:15:02 +0700", "Mencoba model fondasi untuk segmentasi di citra satelit", "2024/03/model-fondasi-segmentasi-satelit", "Dewi Lestari",
      f"""<p>Saya mencoba model dari makalah <a href="{A('2304.02643')}">{T('2304.02643')}</a> ({au('2304.02643', 3)}) pada citra Sentinel-2 daerah Jawa Barat.</p>
<ul>
<li>Prompt titik: cukup baik untuk sawah dan badan air.</li>
<li>Prompt kotak: lebih stabil untuk permukiman.</li>
<li>Tanpa prompt (mode otomatis): terlalu banyak potongan kecil.</li>
</ul>
<p>Data Sentinel-2 diunduh dari Copernicus Browser (dataset, bukan makalah). Notebook ada di repositori lab.</p>""",
      ["visi-komputer", "penginderaan-jauh"]),
 item("2024-02-27 14:02:45 +0700", "Lowongan: asisten riset paruh waktu (visi komputer)", "2024/02/lowongan-asisten-riset", "Admin Planet Visi",
      """<p>Lab Visi Cerdas membuka lowongan asisten riset paruh waktu untuk proyek pemantauan tanaman padi.</p>
<p>Syarat: mahasiswa S1/S2, terbiasa dengan Python dan PyTorch. Kirim CV ke <a href="mailto:lab-visi@kampus.example.ac.id">lab-visi@kampus.example.ac.id</a> sebelum 15 Maret.</p>""",
      ["pengumuman"]),
 item("2024-02-23 19:30:11 +0700", "Pra-pelatihan atau self-training? Catatan diskusi", "2024/02/pra-pelatihan-atau-self-training", "Rizky Pratama",
      f"""<p>Diskusi kelompok tentang makalah {T('2006.06882')} karya {au('2006.06882', 3)} (arXiv 2006.06882).</p>
<p>Temuan utama yang kami garis bawahi: ketika augmentasi kuat dan data berlabel banyak, pra-pelatihan ImageNet justru bisa <strong>merugikan</strong> untuk deteksi di COCO, sementara self-training tetap membantu.</p>
<blockquote><p>\u201cApakah ini berlaku juga untuk data medis kita yang kecil?\u201d \u2014 pertanyaan Bu Sari, belum terjawab.</p></blockquote>""",
      ["visi-komputer", "catatan-baca", "diskusi"]),
 item("2024-02-19 08:47:36 +0700", "Jangan terlalu percaya angka generalisasi domain", "2024/02/generalisasi-domain", "Andi Saputra",
      f"""<p>Dua bacaan minggu lalu saling melengkapi.</p>
<p>Pertama, <em>{T('2007.01434')}</em> ({au('2007.01434')}): dengan protokol pemilihan model yang adil, ERM biasa ternyata sulit dikalahkan. Kerangka evaluasinya dirilis sebagai perangkat lunak terbuka, bukan makalah terpisah.</p>
<p>Kedua, <em>{T('2010.01412')}</em> oleh {au('2010.01412', 3)}: optimisasi yang mencari minimum \u201cdatar\u201d. Di eksperimen kecil kami pada PACS, akurasi naik sekitar 1,5 poin.</p>
<p>Tautan makalah sengaja tidak saya cantumkan; versi PDF beranotasi ada di folder bersama.</p>""",
      ["visi-komputer", "generalisasi", "catatan-baca"]),
 item("2024-02-12 21:05:58 +0700", "Rilis dataset: Batik-2K untuk klasifikasi motif", "2024/02/rilis-dataset-batik-2k", "Dewi Lestari",
      """<p>Kami merilis Batik-2K: 2.000 gambar motif batik dari 20 kelas, dengan lisensi CC BY 4.0. Ini dataset, belum ada makalahnya.</p>
<p>Unduh: <a href="https://data.kampus.example.ac.id/batik-2k">data.kampus.example.ac.id/batik-2k</a></p>""",
      ["dataset"], "https://data.kampus.example.ac.id/batik-2k/preview.jpg"),
 item("2024-02-06 16:22:19 +0700", "Sejarah singkat CNN untuk mahasiswa baru", "2024/02/sejarah-singkat-cnn", "Andi Saputra",
      f"""<p>Untuk kuliah pengantar, saya selalu mulai dari makalah {T(LECUN)} ({au(LECUN)}, Proceedings of the IEEE, 1998). Di sana ada arsitektur konvolusi tujuh lapis dan juga gagasan <em>graph transformer networks</em> untuk pengenalan dokumen.</p>
<p>Slide kuliah (bukan makalah) bisa diunduh di situs mata kuliah.</p>""",
      ["kuliah", "sejarah"]),
 item("2024-01-30 10:11:40 +0700", "Pelatihan adversarial tanpa kehilangan banyak akurasi", "2024/01/pelatihan-adversarial-halus", "Rizky Pratama",
      f"""<p>Makalah {T('2006.14536')} ({au('2006.14536', 3)}) menunjukkan bahwa mengganti ReLU dengan aktivasi yang halus (misalnya SiLU atau GELU) memperbaiki gradien pada pelatihan adversarial.</p>
<p>Kami mengulang eksperimen kecil di CIFAR-10 dengan serangan PGD-10: ketahanan naik 2 poin, akurasi bersih hampir sama. Kode: <code>robust/train_adv.py</code>.</p>
<p>Sumber lain yang bermanfaat: papan peringkat RobustBench (situs web, bukan makalah).</p>""",
      ["visi-komputer", "ketahanan"]),
]
I.sort(key=lambda x: -x[0])
text = "".join(line for _, line in I)
forms = [text.replace("\\n", "\n").replace("\\t", "\t")]
write_only(F, text, keys(F), forms=forms)
