#!/usr/bin/env python3
"""Builds digests/174_mhtml_polish_wordpress_blog_encoder_models.mhtml: a Polish WordPress blog post ("Od BERT-a do
DeBERTy…", an overview of encoder language models) saved by Chrome as "Webpage, Single File" (.mhtml, Blink's
MHTML): the "From: <Saved by Blink>" header block (Snapshot-Content-Location, an RFC 2047 Q-encoded Subject, Date,
MIME-Version, multipart/related with type="text/html" and a ----MultipartBoundary--…---- boundary, folded with a
tab), CRLF line ends, then the parts: the serialised DOM as text/html (Content-ID <frame-…@mhtml.blink>,
Content-Transfer-Encoding: quoted-printable, Content-Location), a stylesheet (text/css, quoted-printable) and the
author's avatar (image/png, base64). Quoted-printable as Blink writes it: "=" as =3D, every non-ASCII byte as =XX,
lines of at most 76 characters with soft breaks ("=" + CRLF) that fall anywhere — inside words, titles, URLs and
=XX escapes' neighbours —, trailing spaces as =20.

The page: WordPress chrome (skip link, header, menu, breadcrumbs, post meta, categories/tags, share buttons,
"Ostatnie wpisy" sidebar, comments with a reply form, footer), the post in Polish with English titles in „…” or
<em>, links to arXiv abs/pdf and OpenReview, "arXiv:ID" in text, a table of models. Non-papers: HerBERT and Polish
RoBERTa model/repo pages, the KLEJ leaderboard, the Hugging Face course, a book, a YouTube talk. Nicknames: HerBERT,
ALBERT, DistilBERT, SpanBERT, mT5, "Electric", "GPT-1", "GPT-2" (their titles are given once each where labelled).
Everything except titles and ids is invented."""
import base64, hashlib, os, zlib

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "174_mhtml_polish_wordpress_blog_encoder_models.mhtml")
URL = "https://nlp-po-polsku.pl/2023/11/od-berta-do-deberty-przeglad-modeli-enkoderowych/"
BOUND = "----MultipartBoundary--k3vT9bQx2NwL7pRfZs4YhD8mCgJ1aE6uXoV0iW5nKq----"
TITLE = "Od BERT-a do DeBERTy: przegląd modeli enkoderowych – NLP po polsku"


def qp(text):
    out_lines = []
    for line in text.split("\n"):
        enc = []
        b = line.encode("utf-8")
        for i, ch in enumerate(b):
            if ch == 0x3D or ch > 126 or (ch < 32 and ch != 9):
                enc.append(f"={ch:02X}")
            elif ch in (32, 9) and i == len(b) - 1:
                enc.append(f"={ch:02X}")
            else:
                enc.append(chr(ch))
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + "="); cur = ""
            cur += tok
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def rfc2047(s):
    b = s.encode("utf-8")
    enc = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ("_" if c == 32 else f"={c:02X}") for c in b)
    return f"=?utf-8?Q?{enc}?="


def png(seed, w=48, h=48):
    raw = b"".join(b"\x00" + bytes(((x * 7 + y * 3 + seed) % 200 + 30) for x in range(w * 3)) for y in range(h))
    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00") + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


AVATAR = "https://secure.gravatar.com/avatar/5b1e0d7c3f9a2e4b6c8d0f1a3e5b7c9d?s=48&d=mm&r=g"

POST = """<p>Ten wpis miał być krótki. Wyszło jak zwykle. Poniżej moja subiektywna ściągawka z modeli <strong>tylko z enkoderem</strong> (i jednego enkoder-dekodera, bo bez niego lista byłaby niepełna), z których korzystamy w projektach dla języka polskiego. Przy każdym podaję oryginalny tytuł pracy – po angielsku, bo tak je potem znajdziecie.</p>
<h2 class="wp-block-heading" id="h-punkt-wyjscia">Punkt wyjścia</h2>
<p>Zanim pojawił się BERT, było „Improving Language Understanding by Generative Pre-Training” (czyli GPT-1, raport OpenAI z 2018 r.) – dekoder, trenowany od lewej do prawej. Rok później ten sam zespół opublikował „Language Models are Unsupervised Multitask Learners” (GPT-2). Obie prace nigdy nie trafiły na arXiv, więc linkuję tylko do bloga OpenAI… a właściwie nie linkuję, bo link się zmienił już trzy razy.</p>
<p>Potem przyszedł <a href="https://arxiv.org/abs/1810.04805">BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding</a> i wszystko się zmieniło: maskowanie 15% tokenów, przewidywanie następnego zdania (które, jak się później okazało, niewiele daje) i fine-tuning na każde zadanie osobno.</p>
<h2 class="wp-block-heading" id="h-poprawki-do-berta">Poprawki do BERT-a</h2>
<ul>
<li><em>XLNet: Generalized Autoregressive Pretraining for Language Understanding</em> – permutacyjne modelowanie języka zamiast maskowania; mocne wyniki, ale trening jest drogi i kapryśny.</li>
<li><a href="https://arxiv.org/abs/1907.11692">RoBERTa: A Robustly Optimized BERT Pretraining Approach</a> – „po prostu trenuj dłużej, na większej liczbie danych, bez NSP”. Polska RoBERTa (repozytorium <a href="https://github.com/sdadas-lab/polish-roberta-mirror">polish-roberta</a>) to dokładnie ten przepis.</li>
<li><a href="https://arxiv.org/pdf/2003.10555.pdf">ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators</a> – zamiast zgadywać zamaskowane słowa, dyskryminator wykrywa podmienione tokeny. Bardzo wydajne przy małym budżecie. Ci sami autorzy mają też „Electric”, czyli Pre-Training Transformers as Energy-Based Cloze Models (arXiv:2012.08561) – ciekawostka raczej niż narzędzie.</li>
<li>Mniej znana praca o maskowaniu: <a href="https://openreview.net/forum?id=cYr2OPNyTz7">Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model</a> – dzieli tekst na rozłączne segmenty masek, żeby zmniejszyć wariancję gradientu.</li>
<li>DeBERTa: Decoding-enhanced BERT with Disentangled Attention – osobne wektory treści i pozycji; do dziś jeden z najlepszych enkoderów na benchmarkach typu GLUE/KLEJ.</li>
<li>Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing – skraca sekwencję w głębszych warstwach, jak pooling w CNN.</li>
</ul>
<p>ALBERT, DistilBERT i SpanBERT pomijam celowo – to temat na osobny wpis o kompresji.</p>
<h2 class="wp-block-heading" id="h-wielojezycznosc">Wielojęzyczność i enkoder-dekoder</h2>
<p>Dla polskiego najważniejszy jest XLM-R, czyli Unsupervised Cross-lingual Representation Learning at Scale (arXiv:1911.02116): 100 języków, 2,5 TB danych z CommonCrawla. mT5 to osobna historia. Jeśli potrzebujecie generowania (streszczenia, parafrazy), spójrzcie na BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension – zaszumiony tekst na wejściu, oryginał na wyjściu.</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Model</th><th>Parametry</th><th>KLEJ (średnia)</th><th>Gdzie</th></tr></thead><tbody><tr><td>HerBERT large</td><td>355M</td><td>88,4</td><td><a href="https://huggingface.co/allegro-mirror/herbert-large-cased">HF Hub</a></td></tr><tr><td>Polska RoBERTa v2 large</td><td>435M</td><td>88,9</td><td>repozytorium (link wyżej)</td></tr><tr><td>XLM-R large</td><td>560M</td><td>87,5</td><td><a href="https://huggingface.co/xlm-roberta-large">HF Hub</a></td></tr></tbody></table><figcaption class="wp-element-caption">Wyniki z <a href="https://klejbenchmark.example.pl/leaderboard/">tabeli wyników KLEJ</a>, stan na 10.11.2023.</figcaption></figure>
<h2 class="wp-block-heading" id="h-gdzie-sie-uczyc">Gdzie się uczyć</h2>
<p>Kurs Hugging Face (rozdziały 1–4) i książka „Przetwarzanie języka naturalnego w Pythonie” (wyd. 2022) wystarczą na start. Nagranie mojego wystąpienia z meetupu ML w Krakowie jest na <a href="https://www.youtube.com/watch?v=Qp7xv3KdL0s">YouTube</a>.</p>
"""

COMMENTS = """<div id="comments" class="comments-area default-max-width show-avatars">
<h2 class="comments-title">2 komentarze</h2>
<ol class="comment-list">
<li id="comment-288" class="comment even thread-even depth-1"><article id="div-comment-288" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/0a9f?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"><b class="fn">Marta</b> <span class="says">napisał(a):</span></div><div class="comment-metadata"><a href="https://nlp-po-polsku.pl/2023/11/od-berta-do-deberty-przeglad-modeli-enkoderowych/#comment-288"><time datetime="2023-11-15T08:12:40+01:00">15 listopada 2023 o 08:12</time></a></div></footer><div class="comment-content"><p>Dzięki! A czy HerBERT był trenowany z NSP? Bo w artykule o nim chyba nie.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-288" data-commentid="288" data-postid="1432" data-belowelement="div-comment-288" data-respondelement="respond" data-replyto="Odpowiedz użytkownikowi Marta" aria-label="Odpowiedz użytkownikowi Marta">Odpowiedz</a></div></article>
<ol class="children">
<li id="comment-291" class="comment byuser comment-author-tomek bypostauthor odd alt depth-2"><article id="div-comment-291" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tomek Zieliński</b> <span class="says">napisał(a):</span></div><div class="comment-metadata"><a href="https://nlp-po-polsku.pl/2023/11/od-berta-do-deberty-przeglad-modeli-enkoderowych/#comment-291"><time datetime="2023-11-15T10:47:02+01:00">15 listopada 2023 o 10:47</time></a></div></footer><div class="comment-content"><p>Nie, bez NSP – tak jak RoBERTa. Szczegóły w ich repozytorium.</p></div></article></li>
</ol></li>
</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Dodaj komentarz</h2><form action="https://nlp-po-polsku.pl/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate=""><p class="comment-notes"><span id="email-notes">Twój adres e-mail nie zostanie opublikowany.</span></p><p class="comment-form-comment"><label for="comment">Komentarz</label><textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required=""></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Opublikuj komentarz"><input type="hidden" name="comment_post_ID" value="1432" id="comment_post_ID"></p></form></div>
</div>"""

HTML = f"""<!DOCTYPE html><html lang="pl-PL" class="js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="stylesheet" type="text/css" href="cid:css-8a41c2e9-5d3b-4f7a-9e16-0b2c4d6f8a1e@mhtml.blink">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="max-image-preview:large">
<title>{TITLE}</title>
<link rel="alternate" type="application/rss+xml" title="NLP po polsku » Kanał z wpisami" href="https://nlp-po-polsku.pl/feed/">
<link rel="canonical" href="{URL}">
<meta name="generator" content="WordPress 6.4.1">
<link rel="shortlink" href="https://nlp-po-polsku.pl/?p=1432">
</head>
<body class="post-template-default single single-post postid-1432 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
\t<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>
\t<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding"><p class="site-title"><a href="https://nlp-po-polsku.pl/">NLP po polsku</a></p><p class="site-description">Notatki o przetwarzaniu języka naturalnego – po polsku i dla polskiego</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Menu główne"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li id="menu-item-12" class="menu-item"><a href="https://nlp-po-polsku.pl/">Start</a></li><li id="menu-item-13" class="menu-item"><a href="https://nlp-po-polsku.pl/kategoria/modele/">Modele</a></li><li id="menu-item-14" class="menu-item"><a href="https://nlp-po-polsku.pl/kategoria/zbiory-danych/">Zbiory danych</a></li><li id="menu-item-15" class="menu-item"><a href="https://nlp-po-polsku.pl/o-mnie/">O mnie</a></li></ul></div></nav></header>
\t<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1432" class="post-1432 post type-post status-publish format-standard hentry category-modele tag-bert tag-enkodery tag-przeglad entry">
<header class="entry-header alignwide"><h1 class="entry-title">Od BERT-a do DeBERTy: przegląd modeli enkoderowych</h1></header>
<div class="entry-content">
{POST}</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Opublikowano <time class="entry-date published" datetime="2023-11-14T18:55:03+01:00">14 listopada 2023</time></span><span class="byline">przez <a href="https://nlp-po-polsku.pl/author/tomek/" rel="author">Tomek Zieliński</a></span></div><div class="post-taxonomies"><span class="cat-links">Kategorie: <a href="https://nlp-po-polsku.pl/kategoria/modele/" rel="category tag">Modele</a> </span><span class="tags-links">Tagi: <a href="https://nlp-po-polsku.pl/tag/bert/" rel="tag">BERT</a>, <a href="https://nlp-po-polsku.pl/tag/enkodery/" rel="tag">enkodery</a>, <a href="https://nlp-po-polsku.pl/tag/przeglad/" rel="tag">przegląd</a></span></div></footer>
<div class="author-bio show-avatars"><img alt="" src="{AVATAR.replace('&', '&amp;')}" class="avatar avatar-85 photo" height="85" width="85" loading="lazy" decoding="async"><div class="author-bio-content"><h2 class="author-title">Autor: Tomek Zieliński</h2><p class="author-description">Inżynier NLP w Krakowie. Piszę o modelach językowych dla polskiego.</p></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Wpisy"><h2 class="screen-reader-text">Nawigacja wpisu</h2><div class="nav-links"><div class="nav-previous"><a href="https://nlp-po-polsku.pl/2023/10/tokenizacja-polskiego-bpe-czy-unigram/" rel="prev"><p class="meta-nav">Poprzedni wpis</p><p class="post-title">Tokenizacja polskiego: BPE czy Unigram?</p></a></div></div></nav>
{COMMENTS}
</main></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Ostatnie wpisy</h2><nav aria-label="Ostatnie wpisy"><ul><li><a href="{URL}" aria-current="page">Od BERT-a do DeBERTy: przegląd modeli enkoderowych</a></li><li><a href="https://nlp-po-polsku.pl/2023/10/tokenizacja-polskiego-bpe-czy-unigram/">Tokenizacja polskiego: BPE czy Unigram?</a></li><li><a href="https://nlp-po-polsku.pl/2023/09/zbiory-danych-nkjp-i-inne/">Zbiory danych: NKJP i inne</a></li></ul></nav></section></aside>
</div>
\t<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">NLP po polsku</div><div class="powered-by">Dumnie wspierane przez <a href="https://pl.wordpress.org/">WordPress</a>.</div></div></footer>
</div>
</body></html>"""

CSS = """@charset "utf-8";

:root { --global--font-primary: var(--font-headings, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif); --global--color-background: #d1e4dd; }

body { font-family: var(--global--font-primary); background-color: var(--global--color-background); }

.entry-content > * { max-width: min(calc(100vw - 60px), 610px); margin-left: auto; margin-right: auto; }

.wp-block-table.is-style-stripes tbody tr:nth-child(2n+1) { background-color: rgb(240, 240, 240); }

.site-description::after { content: " — "; }
"""


def build():
    parts = []
    parts.append("From: <Saved by Blink>\r\n"
                 f"Snapshot-Content-Location: {URL}\r\n"
                 f"Subject: {rfc2047(TITLE)}\r\n"
                 "Date: Tue, 21 Nov 2023 21:16:40 +0100\r\n"
                 "MIME-Version: 1.0\r\n"
                 "Content-Type: multipart/related;\r\n"
                 '\ttype="text/html";\r\n'
                 f'\tboundary="{BOUND}"\r\n\r\n\r\n')
    parts.append(f"--{BOUND}\r\nContent-Type: text/html\r\n"
                 "Content-ID: <frame-9C2B7E41D05F3A86B1E4C7D90A2F5B63@mhtml.blink>\r\n"
                 "Content-Transfer-Encoding: quoted-printable\r\n"
                 f"Content-Location: {URL}\r\n\r\n" + qp(HTML) + "\r\n")
    parts.append(f"--{BOUND}\r\nContent-Type: text/css\r\n"
                 "Content-Transfer-Encoding: quoted-printable\r\n"
                 "Content-Location: cid:css-8a41c2e9-5d3b-4f7a-9e16-0b2c4d6f8a1e@mhtml.blink\r\n\r\n" + qp(CSS) + "\r\n")
    img = base64.b64encode(png(11)).decode()
    parts.append(f"--{BOUND}\r\nContent-Type: image/png\r\n"
                 "Content-Transfer-Encoding: base64\r\n"
                 f"Content-Location: {AVATAR}\r\n\r\n" + "\r\n".join(img[i:i + 76] for i in range(0, len(img), 76)) + "\r\n")
    parts.append(f"--{BOUND}--\r\n")
    with open(OUT, "w", encoding="ascii", newline="") as fh:
        fh.write("".join(parts))


if __name__ == "__main__":
    build()
