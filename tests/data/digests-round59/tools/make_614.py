#!/usr/bin/env python3
"""614: a Tumblr API v2 response, GET /v2/blog/{blog}/posts?api_key=…&limit=8&npf=false, saved as sent: one line of
PHP-style JSON ("\\/" for every slash, non-ASCII as \\uXXXX): {"meta": {"status": 200, "msg": "OK"}, "response":
{"blog": {...}, "posts": [legacy text posts with id, id_string, post_url, slug, date "YYYY-MM-DD HH:MM:SS GMT",
timestamp, state, format html, reblog_key, tags, short_url, summary, note_count, title, body (HTML)], "total_posts",
"_links": {"next": ...}}}. Indonesian reading blog on NLP and LLMs."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F614, keys

BLOG = "catatanbacaan-nlp"
posts = [
 ("2024-03-16 10:05:11 GMT", 1710583511, "Survei LLM untuk pemula", ["llm", "survei", "bacaan"],
  f"<p>Kalau baru mulai, baca survei ini dulu: <a href=\"https://arxiv.org/abs/2303.18223\">{T('2303.18223')}</a> "
  f"({au('2303.18223')}). Panjang sekali (lebih dari 100 halaman) dan terus diperbarui, jadi pilih bab yang relevan.</p>"
  "<p>Bab favorit saya: pra-pelatihan, adaptasi (instruction tuning, alignment), dan evaluasi.</p>"),
 ("2024-03-09 14:22:40 GMT", 1709994160, "Serangan jailbreak otomatis", ["llm", "keamanan", "alignment"],
  f"<p><b>{T('2307.15043')}</b><br>{au('2307.15043')}<br>"
  "<a href=\"https://arxiv.org/abs/2307.15043\">arxiv.org/abs/2307.15043</a></p>"
  "<p>Sufiks adversarial yang dicari dengan optimasi berbasis gradien (GCG) dan ternyata bisa ditransfer ke model "
  "tertutup. Bahan diskusi yang bagus untuk kelas etika AI.</p>"),
 ("2024-03-02 08:47:03 GMT", 1709369223, "Model multimodal: instruksi visual", ["multimodal", "llm", "bacaan"],
  f"<p>Minggu ini: <i>{T('2304.08485')}</i> ({au('2304.08485')}, NeurIPS 2023). Data instruksi dibuat dengan "
  "GPT-4 dari keterangan gambar, lalu encoder visual CLIP disambungkan ke LLM dengan proyeksi linear.</p>"
  "<p>Demo-nya ada di situs proyek, dan kodenya di GitHub (bukan paper).</p>"),
 ("2024-02-24 11:30:59 GMT", 1708774259, "Encoder-decoder: BART", ["nlp", "pretraining"],
  f"<p>{T('1910.13461')} &mdash; {au('1910.13461')}, ACL 2020. ID arXiv: 1910.13461.</p>"
  "<p>Denoising dengan berbagai jenis korupsi (text infilling paling penting). Masih dipakai untuk ringkasan.</p>"),
 ("2024-02-17 09:12:44 GMT", 1708161164, "Embedding kalimat", ["nlp", "embedding"],
  f"<p><a href=\"https://arxiv.org/abs/1908.10084\">{T('1908.10084')}</a><br>{au('1908.10084')}, EMNLP 2019</p>"
  "<p>Jaringan siam di atas BERT; pencarian kemiripan jadi jauh lebih cepat. Pustaka sentence-transformers lahir dari "
  "sini (pustaka, bukan paper).</p>"),
 ("2024-02-10 13:58:21 GMT", 1707573501, "Representasi kata kontekstual", ["nlp", "sejarah", "embedding"],
  f"<p>Dua tonggak sejarah representasi kata:</p><ol><li>{T('1301.3781')} ({au('1301.3781')}, 2013) &mdash; "
  "skip-gram dan CBOW.</li>"
  f"<li><a href=\"https://arxiv.org/pdf/1802.05365\">{T('1802.05365')}</a> ({au('1802.05365')}, NAACL 2018) &mdash; "
  "ELMo, LSTM dua arah.</li></ol><p>Untuk praktik, pakai gensim (pustaka) dan tutorial di situsnya.</p>"),
 ("2024-02-03 07:40:16 GMT", 1706946016, "Graf pengetahuan dan kueri kompleks", ["kg", "reasoning"],
  f"<p>Sedikit keluar dari NLP murni: <b>{T('2011.03459')}</b> ({au('2011.03459')}, ICLR 2021). Kueri logika "
  "(konjungsi, disjungsi) dijawab dengan predictor tautan yang sudah dilatih, tanpa melatih ulang untuk kueri kompleks."
  "</p><p>Dataset: FB15k-237 dan NELL995 (dataset, bukan paper).</p>"),
 ("2024-01-27 16:03:37 GMT", 1706371417, "Catatan: jadwal baca semester ini", ["jadwal", "pengumuman"],
  "<p>Kelompok baca kita bertemu tiap Sabtu pukul 10.00 WIB di ruang diskusi perpustakaan (lantai 3). "
  "Bawa laptop. Daftar bacaan lengkap ada di postingan-postingan berikutnya dengan tag #bacaan.</p>"
  "<p>Rekomendasi buku: <i>Speech and Language Processing</i> (Jurafsky &amp; Martin) &mdash; buku, bukan paper.</p>"),
]
out_posts = []
for i, (date, ts, title, tags, body) in enumerate(posts):
    pid = 743210987654321000 + 91733 * (len(posts) - i)
    slug = title.lower().replace(":", "").replace(" ", "-")
    out_posts.append({
        "type": "text", "is_blocks_post": False, "blog_name": BLOG,
        "blog": {"name": BLOG, "title": "Catatan Bacaan NLP", "description": "", "url": f"https://{BLOG}.tumblr.com/",
                 "uuid": "t:Qe8xLk2PmZr4VbN7sTy3Wg", "updated": 1710583511},
        "id": pid, "id_string": str(pid), "post_url": f"https://{BLOG}.tumblr.com/post/{pid}/{slug}", "slug": slug,
        "date": date, "timestamp": ts, "state": "published", "format": "html",
        "reblog_key": "".join("abcdefghijkmnopqrstuvwxyzABCDEFGH"[(i * 3 + j * 7) % 33] for j in range(8)),
        "tags": tags, "short_url": f"https://tmblr.co/Z{i}x8Qe{ts % 100000}", "summary": title,
        "should_open_in_legacy": True, "recommended_source": None, "recommended_color": None, "note_count": (i * 5 + 3) % 17,
        "title": title, "body": body, "reblog": {"comment": body, "tree_html": ""},
        "can_like": True, "interactability_reblog": "everyone", "can_reblog": True, "can_send_in_message": True,
        "can_reply": True, "display_avatar": True,
    })
resp = {"meta": {"status": 200, "msg": "OK"}, "response": {
    "blog": {"ask": False, "ask_anon": False, "ask_page_title": "Ask me anything", "can_subscribe": False,
             "description": "Catatan pribadi membaca paper NLP &amp; LLM. Bukan saran investasi :)", "is_nsfw": False,
             "name": BLOG, "posts": 37, "share_likes": False, "subscribed": False, "title": "Catatan Bacaan NLP",
             "total_posts": 37, "updated": 1710583511, "url": f"https://{BLOG}.tumblr.com/", "uuid": "t:Qe8xLk2PmZr4VbN7sTy3Wg",
             "is_optout_ads": False},
    "posts": out_posts, "total_posts": 37,
    "_links": {"next": {"href": f"/v2/blog/{BLOG}.tumblr.com/posts?limit=8&npf=false&offset=8&page_number=2", "method": "GET",
                        "query_params": {"limit": "8", "npf": "false", "offset": "8", "page_number": "2"}}}}}
text = json.dumps(resp, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")
forms = [json.dumps(json.loads(text), ensure_ascii=False)]
write_only(F614, text, keys(F614), forms)
