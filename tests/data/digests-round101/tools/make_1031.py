#!/usr/bin/env python3
"""1031: the source of an HTMLy post (HTMLy is a flat-file PHP blog: `content/<user>/blog/<category>/post/
<YYYY-MM-DD-HH-MM-SS>_<tags>_<slug>.md`) by an Indonesian lecturer: the `<!--t … t-->`, `<!--d … d-->` and
`<!--tag … tag-->` header comments, then PHP Markdown Extra — `<!--more-->`, headings with `{#id}`, a pipe table with
an alignment row, numbered and bulleted lists, a reference-style link, footnotes `[^n]`, abbreviations `*[LLM]: …`,
a `~~~` fenced code block. A reading list on LLM pretraining and scaling for new lab members. The nanoGPT repository,
Karpathy's video and the Hugging Face course are not papers; "GPT-3", "Chinchilla", "OPT-175B", "MMLU" are
nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys, GPT1

F = by_num(1031)
K = dict(gpt3="2005.14165", llama="2302.13971", chinchilla="2203.15556", scaling="2001.08361", survey="2303.18223",
         gpt1=GPT1, opt="2205.01068", mmlu="2009.03300")
S = """<!--t Daftar Bacaan LLM untuk Anggota Baru Lab: dari GPT sampai LLaMA t-->
<!--d Delapan makalah tentang pralatih dan hukum penskalaan model bahasa besar, dengan catatan singkat dan urutan membaca yang saya sarankan. d-->
<!--tag LLM,Bacaan,NLP tag-->

Setiap awal semester selalu ada anggota baru lab yang bertanya, "Bu, kalau mau mulai belajar LLM, bacanya dari mana?" Daripada menjawab berulang-ulang di grup, saya tulis saja di sini. Daftar ini sengaja pendek: delapan makalah, dibaca kira-kira dua per minggu, dan didiskusikan tiap Jumat sore di ruang riset lantai 3.

<!--more-->

## Tahap 1: fondasi pralatih {#fondasi}

1. **[[T:gpt1]]** (Radford dkk., 2018). Makalah ini tidak ada di arXiv; ini laporan teknis OpenAI, cari PDF-nya di situs mereka. Intinya: pralatih generatif pada teks tanpa label, lalu *fine-tuning* per tugas.
2. [[[T:gpt3]]](https://arxiv.org/abs/2005.14165) -- GPT-3. Bacalah bagian 2 dan 3 dengan teliti; lampiran boleh dilewati. Perhatikan bedanya *zero-shot*, *one-shot*, dan *few-shot* dalam konteks mereka.

## Tahap 2: hukum penskalaan {#penskalaan}

| Makalah | Tahun | Inti | Tautan |
|---------|:-----:|------|--------|
| [[T:scaling]] | 2020 | *loss* turun mengikuti hukum pangkat terhadap ukuran model, data, dan komputasi | [PDF](https://arxiv.org/pdf/2001.08361.pdf) |
| [[T:chinchilla]] | 2022 | dengan anggaran komputasi tetap, jumlah token harus ikut naik (sekitar 20 token per parameter) | [abstrak][chinchilla] |

Latihan kecil sebelum diskusi: hitung sendiri berapa token yang "seharusnya" dipakai untuk model 7B menurut aturan praktis Chinchilla.

~~~
params = 7e9
tokens = 20 * params          # aturan praktis, bukan hukum alam
print(f"{tokens / 1e9:.0f} miliar token")
~~~

## Tahap 3: model terbuka {#model-terbuka}

- [[T:llama]][^1] -- model 7B sampai 65B yang dilatih hanya dengan data publik.
- [[T:opt]] -- OPT-175B dari Meta; yang menarik justru *logbook* pelatihannya yang ikut dirilis. Cari sendiri makalahnya, anggap latihan menelusuri literatur.

## Tahap 4: evaluasi dan gambaran besar {#evaluasi}

- *[[T:mmlu]]* -- tolok ukur 57 mata pelajaran yang hampir selalu muncul di tabel hasil LLM.
- [[T:survey]] (arXiv:2303.18223) -- survei panjang dari Renmin University; jangan dibaca habis, pakai sebagai peta[^2].

## Bukan makalah, tapi berguna {#lainnya}

- Repositori nanoGPT: <https://github.com/karpathy/nanoGPT>
- Video "Let's build GPT: from scratch, in code, spelled out." di YouTube: <https://www.youtube.com/watch?v=kCc8FmEb1nY>
- Kursus NLP Hugging Face (bahasa Inggris): <https://huggingface.co/learn/nlp-course>

Kalau ada yang mau menambahkan, kirim lewat grup atau komentar di bawah.

[chinchilla]: https://arxiv.org/abs/2203.15556 "Halaman abstrak di arXiv"

[^1]: Tautan arXiv: <https://arxiv.org/abs/2302.13971>. Bobotnya dulu dibagikan lewat formulir permohonan.
[^2]: Versi terbarunya sudah lebih dari 100 halaman; cukup baca bagian pralatih dan bagian evaluasi.

*[LLM]: Large Language Model
*[NLP]: Natural Language Processing
"""
text = fill(S, K)
write_only(F, text, keys(F))
