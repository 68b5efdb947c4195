#!/usr/bin/env python3
"""Builds digests/246_negative_notion_html_export_malay_reading_group_resources_page.html: a negative control, one
page of a Notion workspace exported as "HTML" (Export → HTML, include subpages off), "Sumber Rujukan — Kumpulan Bacaan
NLP" of an (invented) Malaysian university NLP reading group: the tools, data sets, courses, books and talks the
group uses, kept apart from its weekly papers database on purpose.

Layout, as Notion's HTML export writes it: one line of <html><head> with the meta charset, <title> and the export's
<style> (the "cspell:disable-file" / "webkit printing magic" stylesheet, tab-indented), then
<article id="<uuid>" class="page sans"> with the header (page-header-icon, h1.page-title, p.page-description,
table.properties), div.page-body with blocks that each carry a uuid id: p, h2/h3, a callout figure
(block-color-…_background callout), bookmark figures (a.bookmark.source → bookmark-info / bookmark-text /
bookmark-title / bookmark-description / bookmark-href with the favicon / bookmark-image), a link-to-page figure,
bulleted and numbered lists, a to-do list (checkbox-on/off, to-do-children-checked/unchecked), a toggle
(details/summary), a divider, a simple table (table.simple-table), user mentions (span.user) and date mentions
(<time>); then the closing <span class="sans" …></span></body></html>. No final newline.

Nothing in it is a paper: software (Malaya, transformers 4.38.2, PEFT, PyTorch 2.2.1), data (the Malay Wikipedia
dump, an invented news corpus on the Hugging Face Hub), courses (the Hugging Face NLP course, fast.ai, CS224N), books
(Dive into Deep Learning, Jurafsky & Martin), a leaderboard, a blog post, YouTube talks, people and dates; the word
arXiv appears without an id, a room 3.107 and a version 4.38.2 are not ids. Names, the group and the university are
invented. The builder refuses any catalogue or distractor title."""
import os, random, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor, CAT

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "246_negative_notion_html_export_malay_reading_group_resources_page.html")
R = random.Random(246)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


STYLE = """
/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html {
\t-webkit-print-color-adjust: exact;
}
* {
\tbox-sizing: border-box;
\t-webkit-print-color-adjust: exact;
}

html,
body {
\tmargin: 0;
\tpadding: 0;
}
@media only screen {
\tbody {
\t\tmargin: 2em auto;
\t\tmax-width: 900px;
\t\tcolor: rgb(55, 53, 47);
\t}
}

body {
\tline-height: 1.5;
\twhite-space: pre-wrap;
}

a,
a.visited {
\tcolor: inherit;
\ttext-decoration: underline;
}

.pdf-relative-link-path {
\tfont-size: 80%;
\tcolor: #444;
}

h1,
h2,
h3 {
\tletter-spacing: -0.01em;
\tline-height: 1.2;
\tfont-weight: 600;
\tmargin-bottom: 0;
}

.page-title {
\tfont-size: 2.5rem;
\tfont-weight: 700;
\tmargin-top: 0;
\tmargin-bottom: 0.75em;
}

h1 {
\tfont-size: 1.875rem;
\tmargin-top: 1.875rem;
}

h2 {
\tfont-size: 1.5rem;
\tmargin-top: 1.5rem;
}

h3 {
\tfont-size: 1.25rem;
\tmargin-top: 1.25rem;
}

.source {
\tborder: 1px solid #ddd;
\tborder-radius: 3px;
\tpadding: 1.5em;
\tword-break: break-all;
}

.callout {
\tborder-radius: 10px;
\tpadding: 1rem;
}

figure {
\tmargin: 1.25em 0;
\tpage-break-inside: avoid;
}

figcaption {
\topacity: 0.5;
\tfont-size: 85%;
\tmargin-top: 0.5em;
}

mark {
\tbackground-color: transparent;
}

.indented {
\tpadding-left: 1.5em;
}

hr {
\tbackground: transparent;
\tdisplay: block;
\twidth: 100%;
\theight: 1px;
\tvisibility: visible;
\tborder: none;
\tborder-bottom: 1px solid rgba(55, 53, 47, 0.09);
}

img {
\tmax-width: 100%;
}

.user-icon {
\twidth: 1.5em;
\theight: 1.5em;
\tborder-radius: 100%;
\tmargin-right: 0.5rem;
}

.checkbox {
\tdisplay: inline-flex;
\tvertical-align: text-bottom;
\twidth: 16;
\theight: 16;
\tbackground-size: 16px;
\tmargin-left: 2px;
\tmargin-right: 5px;
}

.checkbox-on {
\tbackground-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20width%3D%2216%22%20height%3D%2216%22%20fill%3D%22%2358A9D7%22%2F%3E%0A%3C%2Fsvg%3E");
}

.checkbox-off {
\tbackground-image: url("data:image/svg+xml;charset=UTF-8,%3Csvg%20width%3D%2216%22%20height%3D%2216%22%20viewBox%3D%220%200%2016%2016%22%20fill%3D%22none%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%0A%3Crect%20x%3D%220.75%22%20y%3D%220.75%22%20width%3D%2214.5%22%20height%3D%2214.5%22%20fill%3D%22white%22%20stroke%3D%22%2336352F%22%20stroke-width%3D%221.5%22%2F%3E%0A%3C%2Fsvg%3E");
}

.to-do-children-checked {
\ttext-decoration: line-through;
\topacity: 0.375;
}

.toggle {
\tpadding-inline-start: 0em;
\tlist-style-type: none;
}

/* Indent toggle children */
.toggle > li > details {
\tpadding-left: 1.7em;
}

.toggle > li > details > summary {
\tmargin-left: -1.1em;
}

.bookmark {
\ttext-decoration: none;
\tmax-height: 8em;
\tpadding: 0;
\tdisplay: flex;
\twidth: 100%;
\talign-items: stretch;
}

.bookmark-title {
\tfont-size: 0.85em;
\toverflow: hidden;
\ttext-overflow: ellipsis;
\theight: 1.75em;
\twhite-space: nowrap;
}

.bookmark-text {
\tdisplay: flex;
\tflex-direction: column;
}

.bookmark-info {
\tflex: 4 1 180px;
\tpadding: 12px 14px 14px;
\tdisplay: flex;
\tflex-direction: column;
\tjustify-content: space-between;
}

.bookmark-image {
\twidth: 33%;
\tflex: 1 1 180px;
\tdisplay: block;
\tposition: relative;
\tobject-fit: cover;
\tborder-radius: 1px;
}

.bookmark-description {
\tcolor: rgba(55, 53, 47, 0.6);
\tfont-size: 0.75em;
\toverflow: hidden;
\tmax-height: 4.5em;
\tword-break: break-word;
}

.bookmark-href {
\tfont-size: 0.75em;
\tmargin-top: 0.25em;
}

.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol"; }
.code { font-family: "SFMono-Regular", Menlo, Consolas, "PT Mono", "Liberation Mono", Courier, monospace; }
.simple-table {
\tmargin-top: 1em;
\tfont-size: 0.875rem;
\tempty-cells: show;
}
.simple-table td {
\theight: 29px;
\tmin-width: 120px;
}

.simple-table th {
\theight: 29px;
\tmin-width: 120px;
}

.simple-table-header-color {
\tbackground: rgb(247, 246, 243);
\tcolor: black;
}
.simple-table-header {
\tfont-weight: 500;
}
.block-color-gray_background { background: rgba(241, 241, 239, 1); }
.block-color-blue_background { background: rgba(231, 243, 248, 1); }
.select-value-color-green { background-color: rgba(219, 237, 219, 1); }
.select-value-color-blue { background-color: rgba(211, 229, 239, 1); }

"""


def P(html):
    return f'<p id="{uid()}" class="">{html}</p>'


def H(level, text):
    return f'<h{level} id="{uid()}" class="">{text}</h{level}>'


def bookmark(url, title, desc, icon, image=None):
    img = f'<img src="{esc(image)}" class="bookmark-image"/>' if image else ""
    d = f'<div class="bookmark-description">{esc(desc)}</div>' if desc else ""
    return (f'<figure id="{uid()}"><a href="{esc(url)}" class="bookmark source"><div class="bookmark-info"><div class="bookmark-text">'
            f'<div class="bookmark-title">{esc(title)}</div>{d}</div><div class="bookmark-href">'
            f'<img src="{esc(icon)}" class="icon bookmark-icon"/>{esc(url)}</div></div>{img}</a></figure>')


def ul(items, cls="bulleted-list", style="disc"):
    return "".join(f'<ul id="{uid()}" class="{cls}"><li style="list-style-type:{style}">{it}</li></ul>' for it in items)


def ol(items):
    return "".join(f'<ol type="1" id="{uid()}" class="numbered-list" start="{k}"><li>{it}</li></ol>' for k, it in enumerate(items, 1))


def todo(items):
    out = []
    for done, text in items:
        st = "checked" if done else "unchecked"
        out.append(f'<ul id="{uid()}" class="to-do-list"><li><div class="checkbox checkbox-{"on" if done else "off"}"></div> '
                   f'<span class="to-do-children-{st}">{text}</span><div class="indented"></div></li></ul>')
    return "".join(out)


def user(name):
    return f'<span class="user">@{esc(name)}</span>'


def when(s):
    return f"<time>@{esc(s)}</time>"


def build():
    page = uid()
    GH = "https://github.com/fluidicon.png"
    HF = "https://huggingface.co/favicon.ico"
    YT = "https://www.youtube.com/s/desktop/28b0985e/img/favicon_144x144.png"
    blocks = [
        (f'<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="{uid()}">'
         '<div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">Halaman ini untuk '
         '<strong>perisian, data, kursus dan buku</strong> sahaja. Kertas kerja yang dibincangkan setiap minggu disimpan '
         'dalam pangkalan data <em>Kertas Kerja Mingguan</em> (pautan di bawah), bukan di sini — tolong jangan tampal pautan '
         'arXiv dalam halaman ini supaya senarai kekal kemas. Dikemas kini oleh ' + user("Nur Aisyah Hamzah") + " pada "
         + when("8 Mac 2024") + ".</div></figure>"),
        (f'<figure id="{uid()}" class="link-to-page"><a href="Kertas%20Kerja%20Mingguan%20{uid().replace("-", "")}.html">'
         '<span class="icon">📄</span>Kertas Kerja Mingguan</a></figure>'),
        H(2, "🛠️ Perisian"),
        P("Versi yang kami guna untuk semua buku nota makmal (Colab dan pelayan GPU di Bilik 3.107):"),
        ul(["<code>transformers</code> 4.38.2, <code>peft</code> 0.9.0, <code>datasets</code> 2.18.0",
            "PyTorch 2.2.1 (CUDA 12.1)",
            "Malaya untuk tokenisasi, normalisasi dan penukaran bahasa basahan ke bahasa baku"]),
        bookmark("https://github.com/huseinzol05/malaya", "GitHub - huseinzol05/malaya: Natural-Language-Toolkit for bahasa Malaysia",
                 "Natural-Language-Toolkit for bahasa Malaysia, powered by PyTorch.", GH,
                 "https://opengraph.githubassets.com/6f1b2c0d9e/huseinzol05/malaya"),
        bookmark("https://huggingface.co/docs/peft/index", "PEFT",
                 "We’re on a journey to advance and democratize artificial intelligence through open source and open science.", HF,
                 "https://huggingface.co/front/thumbnails/docs/peft.png"),
        H(2, "📦 Data"),
        ul(["Longgokan Wikipedia Bahasa Melayu (mswiki), dimuat turun semula setiap semester",
            "Korpus berita: set data dalaman kumpulan di Hugging Face Hub (akses melalui " + user("Faris Iskandar") + ")"]),
        bookmark("https://dumps.wikimedia.org/mswiki/", "Index of /mswiki/", None, "https://dumps.wikimedia.org/favicon.ico"),
        bookmark("https://huggingface.co/datasets/ukm-nlp-kumpulan/berita-ms-2023", "ukm-nlp-kumpulan/berita-ms-2023 · Datasets at Hugging Face",
                 "Korpus berita bahasa Melayu 2018–2023 (dalaman, perlu kebenaran).", HF, None),
        H(2, "🎓 Kursus"),
        ol(["Hugging Face NLP Course — bab 1–4 wajib untuk ahli baharu",
            "fast.ai <em>Practical Deep Learning for Coders</em> — pelajaran 4 (NLP)",
            "Stanford CS224N (kuliah video di YouTube) — kuliah tentang transformer dan pralatihan"]),
        bookmark("https://huggingface.co/learn/nlp-course/chapter1/1", "Introduction - Hugging Face NLP Course",
                 "We’re on a journey to advance and democratize artificial intelligence through open source and open science.", HF,
                 "https://huggingface.co/front/thumbnails/learn.png"),
        bookmark("https://www.youtube.com/playlist?list=PLoROMvodv4rMFqRtEuo6SGjY4XbRIVRd4", "Stanford CS224N: Natural Language Processing with Deep Learning | 2023",
                 "Enjoy the videos and music you love, upload original content, and share it all with friends, family, and the world on YouTube.",
                 YT, None),
        H(2, "📚 Buku dan bacaan umum"),
        ul(["<em>Dive into Deep Learning</em> (Zhang, Lipton, Li &amp; Smola) — bab 9–11 untuk RNN dan perhatian",
            "<em>Speech and Language Processing</em>, edisi ke-3 (draf), Jurafsky &amp; Martin",
            "Catatan blog Jay Alammar tentang transformer bergambar — sesuai untuk pelajar tahun akhir"]),
        bookmark("https://d2l.ai/", "Dive into Deep Learning — Dive into Deep Learning 1.0.3 documentation", None, "https://d2l.ai/_static/favicon.png"),
        bookmark("https://web.stanford.edu/~jurafsky/slp3/", "Speech and Language Processing", None, "https://web.stanford.edu/favicon.ico"),
        H(2, "📈 Papan pendahulu"),
        P("Untuk perbandingan kasar model terbuka sahaja; keputusan untuk bahasa Melayu perlu diuji sendiri."),
        bookmark("https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard", "Open LLM Leaderboard - a Hugging Face Space by HuggingFaceH4",
                 "Discover amazing ML apps made by the community", HF, None),
        '<hr id="' + uid() + '"/>',
        H(2, "🗓️ Jadual sesi (Semester 2, 2023/2024)"),
        (f'<table id="{uid()}" class="simple-table"><thead class="simple-table-header"><tr id="{uid()}">'
         '<th id="Gx{l" class="simple-table-header-color simple-table-header">Tarikh</th>'
         '<th id="Ue;n" class="simple-table-header-color simple-table-header">Topik</th>'
         '<th id="a@Ok" class="simple-table-header-color simple-table-header">Penyampai</th></tr></thead><tbody>'
         + "".join(f'<tr id="{uid()}"><td id="Gx{{l" class="">{d}</td><td id="Ue;n" class="">{t}</td><td id="a@Ok" class="">{p}</td></tr>'
                   for d, t, p in [("15 Mac", "Tokenisasi untuk bahasa Melayu: BPE lwn. unigram", "Faris Iskandar"),
                                   ("22 Mac", "Amali: penalaan halus dengan pustaka PEFT di Colab", "Nur Aisyah Hamzah"),
                                   ("29 Mac", "Cuti (Nuzul al-Quran)", "—"),
                                   ("5 Apr", "Ceramah jemputan: membina korpus pertuturan Melayu", "Dr. Siti Mariam Osman")])
         + "</tbody></table>"),
        H(3, "Tugasan penyelaras"),
        todo([(True, "Tempah Bilik Seminar 3.107 untuk hari Jumaat, 3–5 petang"),
              (True, "Kemas kini versi pakej dalam templat Colab"),
              (False, "Minta akses GPU tambahan daripada pusat komputer (" + user("Faris Iskandar") + ")"),
              (False, "Rakam ceramah jemputan " + when("5 April 2024") + " dan muat naik ke YouTube kumpulan")]),
        (f'<ul id="{uid()}" class="toggle"><li><details open=""><summary>Soalan lazim ahli baharu</summary>'
         + P("<strong>Perlu tahu PyTorch?</strong> Asas sahaja; buku nota disediakan.")
         + P("<strong>Boleh hadir secara dalam talian?</strong> Boleh, pautan Google Meet dihantar dalam kumpulan Telegram setiap Khamis.")
         + "</details></li></ul>"),
        P(""),
    ]
    title = "Sumber Rujukan — Kumpulan Bacaan NLP"
    props = (f'<table class="properties"><tbody><tr class="property-row property-row-created_by"><th>Dicipta oleh</th>'
             f'<td><span class="user">Nur Aisyah Hamzah</span></td></tr><tr class="property-row property-row-last_edited_time">'
             f'<th>Disunting terakhir</th><td><time>March 8, 2024 4:12 PM</time></td></tr></tbody></table>')
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{esc(title)}</title>'
            f"<style>{STYLE}</style></head><body><article id=\"{page}\" class=\"page sans\"><header>"
            f'<div class="page-header-icon undefined"><span class="icon">📚</span></div><h1 class="page-title">{esc(title)}</h1>'
            f'<p class="page-description"></p>{props}</header><div class="page-body">' + "".join(blocks)
            + '</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>')
    return html


if __name__ == "__main__":
    s = build()
    check_no_distractor(s, "246")
    low = " ".join(s.split()).lower()
    for k, e in CAT.items():
        if e.get("title") and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
            raise SystemExit(f"246: catalogue title {e['title']!r} in a negative control")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
