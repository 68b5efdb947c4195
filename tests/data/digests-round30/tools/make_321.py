#!/usr/bin/env python3
"""321: a university library's answer to a student's "Ask a Librarian" question (invented library and ticket system in
the style of Springshare LibAnswers), as the student's mail client stored it (`.eml`). What such a message has: the
ticket system's From, a Subject "Re: [Patarosan #n] …", Date, Message-ID, In-Reply-To and References pointing at the
student's question, a single text/plain UTF-8 part sent 8bit, CRLF, the librarian's answer hard-wrapped at 72
columns (URLs never broken), her signature, the ticket footer (ticket number, queue, a rating link with the ticket
number) and the student's question quoted below a "wrote:" line (broken after the "<" as Gmail breaks it) dated before the
answer. Written in Sundanese. Papers:
OpenReview forum, arXiv abs / pdf URLs on their own lines (link), "arXiv:ID" or a bare id (arxiv-text), titles in the
list or in the student's question without an id (title-only, some wrapped over two lines); databases, a book on
reserve, a thesis template and a library guide are named too and are not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw, au

KEYS = ["2001.04451", "2009.14794", "2011.04006", "2004.05150", "2007.14062", "2006.16236", "1901.02860", "2008.07669",
        "2111.00396", "2312.00752", "2306.15595", "1904.10509"]
TICKET = "5208"


def para(s, w=72):
    return textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False)


ans = []
ans += ["Wilujeng siang Teh Rina,", ""]
ans += para("Hatur nuhun kana patarosanana. Ieu daptar artikel utama ngeunaan transformer kanggo runtuyan "
            "panjang anu abdi kumpulkeun, diurutkeun dumasar kana topik. Sadayana tiasa diaksés gratis; anu aya "
            "tautanana langsung ka sumberna.") + [""]
ans += ["1. Perhatian anu langkung irit (efficient attention)", ""]
ans += para(f"- {T('1904.10509')} (Child et al., 2019), salah sahiji anu munggaran.")
ans += para(f"- {T('2001.04451')}, ICLR 2020:") + [f"  https://openreview.net/forum?id={OR('2001.04451')}"]
ans += para(f"- {T('2004.05150')}:") + ["  https://arxiv.org/abs/2004.05150"]
ans += para(f"- {T('2007.14062')}, NeurIPS 2020, arXiv:2007.14062")
ans += para(f"- {T('2006.16236')} (ICML 2020)")
ans += para(f"- {T('2009.14794')}, ICLR 2021") + [""]
ans += para("Kanggo ngabandingkeun métode-métode di luhur, anu sok dipaké téh nyaéta "
            f"{T('2011.04006')} (Tay et al.). Éta lain métode, tapi patokan (benchmark).") + [""]
ans += ["2. Mémori sareng runtuyan panjang", ""]
ans += para(f"- {T('1901.02860')}, ACL 2019")
ans += para(f"- {T('2306.15595')} (2306.15595), kanggo ngalegaan konteks LLaMA tanpa ngalatih deui ti awal") + [""]
ans += ["3. State space models", ""]
ans += para("Upami Teteh badé ngabahas modél anu lain transformer, runtuyanna kieu:")
ans += para(f"- {T('2008.07669')} (NeurIPS 2020)")
ans += para(f"- {T('2111.00396')}, ICLR 2022:") + [f"  https://openreview.net/forum?id={OR('2111.00396')}"]
ans += para(f"- {T('2312.00752')}:") + ["  https://arxiv.org/pdf/2312.00752", ""]
ans += para("Salian ti éta, buku Dive into Deep Learning (bab 11) aya dina rak cadangan (reserve) di lantai 2, "
            "sarta pituduh \"Milarian Literatur Élmu Komputer\" dina situs perpustakaan ngajelaskeun cara milarian "
            "di IEEE Xplore, ACM Digital Library sareng Scopus. Format daptar pustaka kedah nuturkeun citakan skripsi "
            "fakultas (APA édisi ka-7).") + [""]
ans += para("Upami aya patarosan deui, mangga bales waé email ieu.") + ["", "Salam,", "",
        "Euis Komalasari", "Pustakawan Subjek, Élmu Komputer sareng Statistika", "Perpustakaan Pusat", ""]
ans += ["--", f"Patarosan #{TICKET} | Antrian: Layanan Rujukan", "Kumaha jawaban ieu? Pasihan peunteun:",
        f"https://perpus.example.ac.id/ask/rate?t={TICKET}", ""]
ans += ["Dina Sen, 11 Mar 2024 jam 09.12, Rina Kurniasih <", "rina.kurniasih@student.example.ac.id> nyerat:"]
q = ("Wilujeng énjing. Abdi nuju nyerat skripsi ngeunaan klasifikasi dokumen hukum anu panjang pisan. "
     "Pembimbing abdi nyarios kedah maca Transformer-XL sareng Longformer, tapi abdi teu acan terang naon deui "
     "anu penting. Naha aya daptar artikel anu kedah dibaca? Hatur nuhun.")
ans += ["> " + l for l in para(q, 70)] + [">", "> Rina Kurniasih", "> NPM 1402 2019 0117", ""]
body = "\r\n".join(ans)
head = [
    "Return-Path: <libanswers@perpus.example.ac.id>",
    "Date: Tue, 12 Mar 2024 14:37:05 +0700",
    "From: Perpustakaan Pusat <libanswers@perpus.example.ac.id>",
    "To: Rina Kurniasih <rina.kurniasih@student.example.ac.id>",
    f"Subject: Re: [Patarosan #{TICKET}] Artikel ngeunaan transformer kanggo",
    " dokumen panjang",
    f"Message-ID: <ticket-{TICKET}-reply-1@perpus.example.ac.id>",
    "In-Reply-To: <CAK7vQ2m1x9b@mail.example.ac.id>",
    "References: <CAK7vQ2m1x9b@mail.example.ac.id>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
]
msg = "\r\n".join(head) + "\r\n\r\n" + body
write_raw("321_ask_a_librarian_answer_eml_sundanese_long_context_transformers.eml", msg.encode("utf-8"),
          [msg], KEYS)
