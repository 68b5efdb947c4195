#!/usr/bin/env python3
"""870: a BigQuery REST `jobs.getQueryResults` response (`bigquery#getQueryResultsResponse`) saved from curl: two-space
JSON, raw UTF-8, Gson's HTML-safe escapes (`=` `<` `>` `&` `'` written `\\u003d` … `\\u0027`), keys in the API's
order (kind, etag, schema, jobReference, totalRows, rows, totalBytesProcessed, jobComplete, cacheHit); the schema's
fields with type and mode, every cell a `{"v": …}` in schema order inside a row's `"f"`, everything a string
(INTEGER as decimal text, TIMESTAMP as seconds in Java's `1.709…E9` form, DATE as ISO), REPEATED as a list of
`{"v": …}`, RECORD as `{"f": […]}`, NULL as `null`. An Indonesian vision reading group's table of papers (and of a
video, a course, a repository and a blog post, which are not papers)."""
import json, os, re, sys
from decimal import Decimal
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(870)
K = dict(sam="2304.02643", res="1512.03385", eff="1905.11946", gs="2308.04079", vit="2106.10270",
         prelu="1502.01852", bit="1912.11370", motion="2103.14338")


def java_double(x):
    """Java's Double.toString for a number >= 1e7: shortest digits, one before the point, E exponent"""
    d = Decimal(repr(float(x)))
    sign, digits, exp = d.normalize().as_tuple()
    ds = "".join(map(str, digits))
    e = len(ds) + exp - 1
    mant = ds[0] + "." + (ds[1:] or "0")
    return f"{mant}E{e}"


SCHEMA = [("id", "INTEGER", "REQUIRED"), ("judul", "STRING", "REQUIRED"), ("jenis", "STRING", "NULLABLE"),
          ("tautan", "STRING", "NULLABLE"), ("rujukan", "STRING", "NULLABLE"), ("penulis", "STRING", "REPEATED"),
          ("dibahas", "DATE", "NULLABLE"), ("penyaji", "STRING", "NULLABLE"), ("catatan", "STRING", "NULLABLE"),
          ("ditambahkan", "TIMESTAMP", "NULLABLE"),
          ("komentar", "RECORD", "REPEATED", [("oleh", "STRING", "NULLABLE"), ("isi", "STRING", "NULLABLE")])]


def authors(k, n=4):
    return CAT[k]["authors"][:n]


T0 = 1704265200  # 2024-01-03 07:00 UTC
ROWS = [
 (101, T(K["res"]), "makalah", "https://arxiv.org/abs/1512.03385", None, authors(K["res"]), "2024-01-11", "Rizky Pratama",
  "Pembuka semester: blok residual, tabel 1 (arsitektur 18–152 lapis). Wajib bagi anggota baru.", T0 + 0.412,
  [("Dewi", "Slide sudah diunggah ke folder bersama.")]),
 (102, T(K["prelu"]), "makalah", None, None, authors(K["prelu"]), "2024-01-11", "Rizky Pratama",
  "Dibahas bersama makalah 101: inisialisasi He dan PReLU. Tautan belum diisi, cari dengan judul lengkap.",
  T0 + 3600 + 0.9, []),
 (103, T(K["eff"]), "makalah", "https://arxiv.org/pdf/1905.11946v5", None, authors(K["eff"], 2), "2024-01-18",
  "Putri Maharani", "Compound scaling; bandingkan phi=1 dengan hasil kita di dataset batik.", T0 + 86400 * 2 + 0.137,
  [("Agus", "Kode baseline ada di repo lab, cabang effnet-batik."), ("Putri", "Oke, saya pakai itu untuk demo.")]),
 (104, T(K["bit"]), "makalah", None, None, authors(K["bit"]), "2024-01-25", "Agus Setiawan",
  "Transfer dari pra-latih besar; bagian few-shot (1–10 contoh per kelas) paling relevan untuk data kita.",
  T0 + 86400 * 5 + 0.58, []),
 (105, T(K["vit"]), "makalah", None, "arXiv:2106.10270", authors(K["vit"]), "2024-02-01", "Dewi Lestari",
  "Augmentasi + regularisasi vs. data lebih banyak. Nomor arXiv saja dulu, PDF menyusul.", T0 + 86400 * 9 + 0.004,
  [("Rizky", "Tabel 'AugReg' di lampiran lebih lengkap daripada di badan makalah.")]),
 (106, T(K["sam"]), "makalah", "https://arxiv.org/abs/2304.02643", None, authors(K["sam"]), "2024-02-15",
  "Bayu Nugroho", "Model segmentasi yang bisa diberi prompt (titik/kotak); dataset SA-1B dibahas singkat saja.",
  T0 + 86400 * 20 + 0.731, [("Dewi", "Demo interaktif di laptop Bayu, jangan lupa bawa charger.")]),
 (107, "facebookresearch/segment-anything (kode & bobot)", "repo", "https://github.com/facebookresearch/segment-anything",
  None, [], None, None, "Repositori, bukan makalah: untuk demo pada 15 Februari.", T0 + 86400 * 20 + 600.25, []),
 (108, T(K["gs"]), "makalah", "https://arxiv.org/abs/2308.04079", None, authors(K["gs"]), "2024-02-29",
  "Bayu Nugroho", "Rendering real-time dengan Gaussian 3D; hubungkan dengan proyek rekonstruksi candi.",
  T0 + 86400 * 33 + 0.318, []),
 (109, T(K["motion"]), "makalah", None, None, authors(K["motion"]), "2024-03-07", "Sari Wulandari",
  "Transfer gerak manusia few-shot; usulan Sari untuk proyek tari tradisional. Belum ada tautan.",
  T0 + 86400 * 40 + 0.66, [("Agus", "Cocok dengan data video tari dari Pak Made?")]),
 (110, "Kuliah daring: Visi Komputer Lanjut, pertemuan 7 (transformer untuk citra)", "video",
  "https://video.example.id/watch?v=vk-lanjut-07&t=120", None, [], None, None,
  "Video kuliah, bukan makalah. Tonton sebelum sesi 1 Februari.", T0 + 86400 * 8 + 0.2, []),
 (111, "Kursus singkat PyTorch untuk pemula (modul 1–4)", "kursus", "https://kursus.example.id/pytorch-dasar", None, [],
  None, None, "Untuk anggota baru; bukan bahan diskusi.", T0 + 86400 * 1 + 0.05, []),
 (112, "Catatan blog: menyiapkan dataset batik untuk klasifikasi", "blog", "https://blog.example.id/dataset-batik",
  None, [], None, None, "Tulisan Putri di blog pribadi; bukan makalah.", T0 + 86400 * 3 + 0.77, []),
]


def cell(v, typ, mode, sub=None):
    if mode == "REPEATED":
        return {"v": [cell(x, typ, "NULLABLE", sub) for x in v]}
    if v is None:
        return {"v": None}
    if typ == "RECORD":
        return {"v": {"f": [cell(x, *s[1:]) for x, s in zip(v, sub)]}}
    if typ == "TIMESTAMP":
        return {"v": java_double(v)}
    return {"v": str(v)}


def sch(f):
    d = {"name": f[0], "type": f[1], "mode": f[2]}
    if len(f) > 3: d["fields"] = [sch(x) for x in f[3]]
    return d


rows = [{"f": [cell(v, *s[1:]) for v, s in zip(r, SCHEMA)]} for r in ROWS]
resp = {
 "kind": "bigquery#getQueryResultsResponse",
 "etag": "Zk2p9QyT0m3rVbWcXe7u8A==",
 "schema": {"fields": [sch(f) for f in SCHEMA]},
 "jobReference": {"projectId": "kelompok-baca-visi", "jobId": "job_Hq3v0T8mZc1yWkP2sR7nE4bLdA9x",
                  "location": "asia-southeast2"},
 "totalRows": str(len(rows)),
 "rows": rows,
 "totalBytesProcessed": "48213",
 "jobComplete": True,
 "cacheHit": False,
}
GSON = {"=": "\\u003d", "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
text = json.dumps(resp, indent=2, ensure_ascii=False)
text = re.sub(r"[=<>&']", lambda m: GSON[m.group(0)], text) + "\n"
forms = ["\n".join(str(x) for r in ROWS for x in r)]
write_only(F, text, keys(F), forms)
