#!/usr/bin/env python3
"""2186 (NEGATIVE): the README.md of an awesome list kept on a Gitea instance by a student club of Universiti Malaysia
Sabah (Kota Kinabalu), in Markdown whose entries are pipe tables (a table per section: Nama | Penerangan | Pautan),
with ATX headings, a «Kandungan» list of anchors, a badge line, a count of entries and a «Sumbangan» section. Malay
with English. No paper: only tools, books, datasets, courses, talks and blog posts.
Computed: the entry count (the table rows, asserted > 0), the Kandungan anchors from the headings."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2186)
SEC = [
 ("Alatan", [("PyTorch", "Rangka kerja pembelajaran mendalam yang kami guna dalam makmal", "https://pytorch.org"),
             ("scikit-learn", "Pembelajaran mesin klasik; mula di sini", "https://scikit-learn.org"),
             ("Label Studio", "Anotasi imej dan teks untuk projek terumbu karang", "https://labelstud.io"),
             ("Ollama", "Jalankan model bahasa secara tempatan pada komputer riba", "https://ollama.com")]),
 ("Buku", [("Deep Learning with Python", "François Chollet, edisi ke-2 — buku pertama yang kami cadangkan", "https://www.manning.com/books/deep-learning-with-python-second-edition"),
           ("Speech and Language Processing", "Jurafsky & Martin, draf edisi ke-3 (percuma)", "https://web.stanford.edu/~jurafsky/slp3/"),
           ("Hands-On Machine Learning", "Aurélien Géron — latihan praktikal", "https://www.oreilly.com/library/view/hands-on-machine-learning/9781098125967/")]),
 ("Data", [("Malaya", "Korpus dan model Bahasa Melayu (pustaka Python)", "https://github.com/huseinzol05/malaya"),
           ("Common Voice", "Rakaman suara terbuka, termasuk Bahasa Melayu", "https://commonvoice.mozilla.org"),
           ("Data Terbuka Sabah", "Data hujan dan banjir (contoh kelab, bukan rasmi)", "https://data.sabah-club.example.my")]),
 ("Kursus dan Ceramah", [("fast.ai Practical Deep Learning", "Kursus percuma; kami ikut bab 1–4", "https://course.fast.ai"),
           ("Hugging Face NLP Course", "Kursus tentang tokenizer dan model pra-latih", "https://huggingface.co/learn/nlp-course"),
           ("Ceramah: «AI untuk Borneo»", "Rakaman ceramah Dr. Juliana Gimbang di Minggu Sains UMS 2025", "https://video.ums-club.example.my/ai-borneo"),
           ("Blog: «Belajar ML dari sifar»", "Catatan blog ahli kelab, Nur Aqilah Sulaiman", "https://blog.ums-club.example.my/belajar-ml")]),
]
n = sum(len(r) for _, r in SEC)
assert n > 0
out = ["# Awesome ML Sabah", "", "[![Gitea](https://img.shields.io/badge/hosted%20on-Gitea-609926)](https://git.ums-club.example.my)", "",
       f"Senarai sumber pembelajaran mesin pilihan Kelab AI Universiti Malaysia Sabah — {n} entri. "
       "A curated list of machine-learning resources kept by the UMS AI club (Kota Kinabalu).", "", "## Kandungan", ""]
for h, _ in SEC:
    out.append(f"- [{h}](#{h.lower().replace(' ', '-')})")
out += ["- [Sumbangan](#sumbangan)", ""]
for h, rows in SEC:
    out += [f"## {h}", "", "| Nama | Penerangan | Pautan |", "| --- | --- | --- |"]
    out += [f"| {a} | {b} | [pautan]({c}) |" for a, b, c in rows] + [""]
out += ["## Sumbangan", "", "Hantar *pull request* dengan satu baris baharu dalam jadual yang sesuai. Format:", "", "```",
        "| Nama | Penerangan ringkas | [pautan](https://...) |", "```", "", "Diselenggara oleh Amirul Hakim Jainal dan Vanessa Lojuntin."]
write(F, "\n".join(out) + "\n", negative=True)
