#!/usr/bin/env python3
"""817: a Gitea 1.21 REST API response `GET /api/v1/repos/{owner}/{repo}/issues?state=all&type=issues` as saved by
curl: Go encoding/json output (one line, compact, final newline from json.Encoder, `<` `>` `&` written as \\u003c
\\u003e \\u0026, non-ASCII raw), issues newest first with Gitea's field order (id, url, html_url, number, user,
original_author, …, repository, pin_order), user / label / milestone objects, times in the server zone (+07:00).
An Indonesian lab's reading plan repository on NLP pre-training."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT2

F = by_num(817)
HOST = "https://git.lab-nlp.example.ac.id"
OWNER, REPO = "kelompok-baca", "rencana-baca-2024"
USERS = {"dewi": (3, "dewi.anggraini", "Dewi Anggraini", "dewi.anggraini@example.ac.id"),
         "bayu": (7, "bayu_pratama", "Bayu Pratama", "bayu.pratama@example.ac.id"),
         "sari": (11, "sarilestari", "Sari Lestari", "sari.lestari@example.ac.id"),
         "rizal": (15, "rizal.h", "Rizal Hidayat", "rizal.h@example.ac.id")}


def user(k):
    i, login, full, mail = USERS[k]
    return {"id": i, "login": login, "login_name": "", "full_name": full, "email": mail,
            "avatar_url": f"{HOST}/avatars/{i:032x}", "language": "", "is_admin": False,
            "last_login": "0001-01-01T00:00:00Z", "created": "2023-08-14T09:21:05+07:00", "restricted": False,
            "active": False, "prohibit_login": False, "location": "", "website": "", "description": "",
            "visibility": "public", "followers_count": 0, "following_count": 0, "starred_repos_count": 0, "username": login}


LABELS = {"bacaan": (21, "bacaan", "0075ca", "Makalah yang dibaca di pertemuan"),
          "logistik": (22, "logistik", "e4e669", "Ruang, jadwal, peralatan"),
          "usulan": (23, "usulan", "a2eeef", "Usulan bacaan atau sesi baru"),
          "selesai-dibahas": (24, "selesai-dibahas", "0e8a16", "")}


def label(k):
    i, n, c, d = LABELS[k]
    return {"id": i, "name": n, "exclusive": False, "is_archived": False, "color": c, "description": d,
            "url": f"{HOST}/api/v1/repos/{OWNER}/{REPO}/labels/{i}"}


MS = {"feb": (5, "Februari 2024", "Pertemuan 1–4", 0, 4, "2024-02-01T10:02:11+07:00", "2024-03-01T16:40:09+07:00", "2024-03-01T16:40:09+07:00", "2024-02-29T23:59:59+07:00", "closed"),
      "mar": (6, "Maret 2024", "Pertemuan 5–8", 3, 1, "2024-02-01T10:03:40+07:00", "2024-03-05T08:12:55+07:00", None, "2024-03-31T23:59:59+07:00", "open")}


def milestone(k):
    i, t, d, o, c, cr, up, cl, due, st = MS[k]
    return {"id": i, "title": t, "description": d, "state": st, "open_issues": o, "closed_issues": c,
            "created_at": cr, "updated_at": up, "closed_at": cl, "due_on": due}


issues = []


def issue(n, who, title, body, labels, ms, state, comments, created, updated, closed=None, due=None, assignees=(), pin=0):
    d = {"id": 400 + n * 3, "url": f"{HOST}/api/v1/repos/{OWNER}/{REPO}/issues/{n}", "html_url": f"{HOST}/{OWNER}/{REPO}/issues/{n}",
         "number": n, "user": user(who), "original_author": "", "original_author_id": 0, "title": title, "body": body,
         "ref": "", "assets": [], "labels": [label(l) for l in labels], "milestone": milestone(ms) if ms else None,
         "assignee": user(assignees[0]) if assignees else None, "assignees": [user(a) for a in assignees] or None,
         "state": state, "is_locked": False, "comments": comments, "created_at": created, "updated_at": updated,
         "closed_at": closed, "due_date": due, "pull_request": None,
         "repository": {"id": 38, "name": REPO, "owner": OWNER, "full_name": f"{OWNER}/{REPO}"}, "pin_order": pin}
    issues.append(d)


TPL = "<!-- Templat bacaan: isi judul lengkap, penulis, tautan, dan siapa yang memandu diskusi. -->\n\n"
issue(1, "dewi", "Rencana baca semester genap 2023/2024: pra-latih model bahasa",
      "Halo semua 👋\n\nIni issue induk untuk rencana baca semester ini. Setiap pertemuan punya issue sendiri dengan label `bacaan` "
      "dan milestone per bulan. Pertemuan **Kamis 15.00–16.30 WIB**, Ruang Seminar Lt. 3 (atau daring kalau ruangnya dipakai).\n\n"
      "| # | Topik | Pemandu |\n|---|---|---|\n| #2 | Subword dan tokenisasi | @bayu_pratama |\n| #3 | Fine-tuning klasik untuk klasifikasi | @sarilestari |\n"
      "| #4 | Model autoregresif & MLM yang dioptimalkan | @dewi.anggraini |\n| #5 | Pra-latih lintas bahasa | @rizal.h |\n"
      "| #6 | Objektif alternatif | @bayu_pratama |\n| #7 | MLM yang dieksplorasi penuh | @sarilestari |\n\n"
      "Aturan main: baca minimal abstrak + bagian metode, tulis 2–3 pertanyaan di komentar issue sebelum Rabu malam. "
      "Catatan pertemuan masuk ke wiki repo ini (bukan ke issue) supaya gampang dicari.\n\n"
      "Catatan: ini **bukan** daftar pustaka skripsi; untuk itu pakai Zotero grup lab.",
      ["bacaan"], None, "open", 12, "2024-01-29T13:40:18+07:00", "2024-03-05T08:12:55+07:00", pin=1)
issue(2, "bayu", "Pertemuan 1 — subword dan tokenisasi",
      TPL + f"**Makalah:** {T('1508.07909')} (arXiv:1508.07909)\n**Penulis:** {au('1508.07909', 3)}\n**Pemandu:** @bayu_pratama\n\n"
      "Fokus diskusi:\n- kenapa BPE, bukan kamus kata tetap?\n- bagaimana perilakunya untuk bahasa aglutinatif seperti bahasa Indonesia & bahasa daerah (imbuhan *me-*, *-kan*, *-nya*)?\n\n"
      "Bahan pendukung (bukan makalah): repo `google/sentencepiece` dan bab tokenisasi di buku *Speech and Language Processing* edisi draf ke-3.",
      ["bacaan", "selesai-dibahas"], "feb", "closed", 9, "2024-01-29T13:52:44+07:00", "2024-02-08T17:05:31+07:00",
      closed="2024-02-08T17:05:31+07:00", due="2024-02-08T23:59:59+07:00")
issue(3, "sari", "Pertemuan 2 — fine-tuning klasik untuk klasifikasi teks",
      TPL + f"**Makalah:** *{T('1801.06146')}*\n**Penulis:** {au('1801.06146', 2)}\n**Pemandu:** @sarilestari\n\n"
      "PDF sudah saya taruh di folder bersama `Bacaan/2024-02`. Yang ingin praktik: notebook kursus fast.ai bagian NLP masih jalan di Colab, "
      "tinggal ganti dataset ke ulasan produk berbahasa Indonesia (dataset SmSA dari leaderboard IndoNLU).\n\n"
      "Pertanyaan pemantik: apakah *discriminative fine-tuning* & *slanted triangular learning rates* masih relevan di era model besar?",
      ["bacaan", "selesai-dibahas"], "feb", "closed", 7, "2024-01-30T09:15:02+07:00", "2024-02-15T16:48:20+07:00",
      closed="2024-02-15T16:48:20+07:00", due="2024-02-15T23:59:59+07:00")
issue(4, "dewi", "Pertemuan 3 — model autoregresif & MLM yang dioptimalkan",
      TPL + f"Dua bacaan, masing-masing ±40 menit:\n\n1. *{GPT2}* — {au(GPT2, 3)}. Laporan teknis OpenAI 2019, "
      "PDF-nya dari blog OpenAI (tidak ada di arXiv), salinan di folder bersama.\n"
      f"2. [{T('1907.11692')}](https://arxiv.org/abs/1907.11692) — {au('1907.11692', 3)}\n\n"
      "Bandingkan: apa yang sebenarnya membuat hasilnya naik — data, ukuran batch, atau objektifnya? Q&A dipandu @dewi.anggraini.",
      ["bacaan", "selesai-dibahas"], "feb", "closed", 11, "2024-01-30T09:31:47+07:00", "2024-02-22T17:20:03+07:00",
      closed="2024-02-22T17:20:03+07:00", due="2024-02-22T23:59:59+07:00", assignees=("dewi",))
issue(5, "rizal", "Pertemuan 4 — pra-latih lintas bahasa",
      TPL + f"**Makalah:** [{T('1911.02116')}](https://arxiv.org/abs/1911.02116v2)\n**Penulis:** {au('1911.02116', 3)}\n**Pemandu:** @rizal.h\n\n"
      "Relevan banget buat kita: data CC-100 punya porsi bahasa Indonesia, Jawa, dan Sunda. Saya akan bawa hasil kecil "
      "fine-tuning di dataset NusaX (dataset, bukan makalah yang dibaca) & perbandingan dengan IndoBERT dari Hugging Face Hub.\n\n"
      "> Tolong yang punya akses GPU `a100-02` jangan jalankan job panjang Kamis siang ya 🙏",
      ["bacaan", "selesai-dibahas"], "feb", "closed", 6, "2024-02-01T10:10:36+07:00", "2024-03-01T16:40:09+07:00",
      closed="2024-02-29T17:02:44+07:00", due="2024-02-29T23:59:59+07:00")
issue(6, "bayu", "Pertemuan 5 — objektif alternatif untuk pra-latih",
      TPL + f"Dua makalah yang sama-sama \"keluar\" dari MLM biasa:\n\n- **{T('1906.08237')}** — {au('1906.08237', 3)} (NeurIPS 2019)\n"
      f"- **{T('2012.08561')}** — {au('2012.08561', 4)} (EMNLP 2020)\n\n"
      "Belum saya tautkan, nanti saya isi setelah cek versi yang final. Pemandu: @bayu_pratama. Kalau waktunya kurang, bacaan kedua dipindah ke pertemuan 6.",
      ["bacaan"], "mar", "open", 3, "2024-02-27T11:26:09+07:00", "2024-03-04T21:14:52+07:00", due="2024-03-07T23:59:59+07:00", assignees=("bayu",))
issue(7, "sari", "Pertemuan 6 — MLM yang dieksplorasi penuh",
      TPL + f"**Makalah:** [{T('2010.06040')}](https://arxiv.org/pdf/2010.06040.pdf)\n**Penulis:** {au('2010.06040', 3)}\n**Pemandu:** @sarilestari\n\n"
      "Makalahnya pendek tapi analisis variansi gradiennya lumayan padat; yang tidak sempat, baca bagian 3 & 4 saja.",
      ["bacaan"], "mar", "open", 0, "2024-02-27T11:40:51+07:00", "2024-02-27T11:40:51+07:00", due="2024-03-14T23:59:59+07:00", assignees=("sari",))
issue(8, "rizal", "Usulan: sesi khusus tokenizer untuk bahasa daerah",
      "Setelah pertemuan 1 banyak pertanyaan soal tokenizer untuk bahasa Jawa/Sunda/Bali. Usul: satu sesi praktik (bukan baca makalah) "
      "pakai `tokenizers` & `sentencepiece`, lalu bandingkan panjang token per kalimat di korpus kecil kita.\n\n"
      "Referensi santai: tulisan blog \"Tokenizer Playground\" dan video kuliah CS224N tentang subword. Setuju? 👍 / 👎",
      ["usulan"], "mar", "open", 4, "2024-03-01T08:03:27+07:00", "2024-03-04T10:31:06+07:00")
issue(9, "dewi", "Ruang seminar Lt. 3 dipakai tanggal 21 Maret",
      "Info dari TU: Ruang Seminar Lt. 3 dipakai sidang <tanggal 21 Maret, 13.00–17.00>. Pertemuan minggu itu pindah ke "
      "Lab Komputasi (Lt. 2) atau daring lewat Jitsi. Link Jitsi menyusul di grup.\n\nProyektor lab: kabel HDMI & adaptor USB-C ada di laci meja dosen.",
      ["logistik"], "mar", "open", 2, "2024-03-05T08:12:55+07:00", "2024-03-05T09:40:12+07:00")
issues.sort(key=lambda d: d["created_at"], reverse=True)
text = json.dumps(issues, ensure_ascii=False, separators=(",", ":"))
text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028") + "\n"
write_only(F, text, keys(F), forms=[json.dumps(json.loads(text), ensure_ascii=False)])
