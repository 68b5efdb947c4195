#!/usr/bin/env python3
"""Builds digests/213_hebrew_hugo_blog_jsonld_scholarly_citations_pretrained_lms.html: a Hebrew blog post ("מ-Transformer
ל-GPT-3: שנים-עשר מאמרים שעיצבו את מודלי השפה") as its Hugo site serves it: <html lang="he" dir="rtl">, head with
meta description, canonical link, Open Graph and Twitter tags, and a schema.org JSON-LD block written by a theme
partial as `{{ $ld | jsonify (dict "indent" "  ") | safeJS }}` — Go's json.MarshalIndent: two-space indentation, map
keys sorted (so "@context"/"@type" first), "<", ">" and "&" escaped as \\u003c, \\u003e, \\u0026, non-ASCII kept. The
JSON-LD is a BlogPosting (headline, description, inLanguage, dates, author, publisher, mainEntityOfPage, image,
keywords, wordCount) whose `citation` lists the twelve papers as ScholarlyArticle objects (name, author Persons,
datePublished, and per paper a url, a sameAs, an arXiv PropertyValue identifier or nothing). The body: site header
and nav, the article (h1, time, reading time, Hebrew paragraphs with the English titles inside <span dir="ltr"
lang="en">, an h2 per era, an ordered reference list "מקורות", a table), tags, prev/next links, comments placeholder,
footer.

Evidence: "Attention Is All You Need" linked to its abs page (and sameAs), ELECTRA linked to its abs page, GPT-3
linked to its Hugging Face paper page (link); BERT and DeBERTa with "arXiv:…" in the text and an arXiv
PropertyValue identifier (arxiv-text); RoBERTa (no url), XLNet (NeurIPS proceedings url), BART and XLM-R (ACL
Anthology urls), T5 (JMLR url), GPT-1 and GPT-2 (OpenAI PDFs) (title-only; GPT-1 and GPT-2 are not on arXiv). Non-
papers: Jay Alammar's blog, the Hugging Face course and model hub, a Hebrew podcast episode, a YouTube lecture, the
author's previous post, the theme's repository. BERT, RoBERTa, XLNet, ELECTRA, BART, T5, DeBERTa, XLM-R, GPT-1/2/3
are nicknames. The author, site and dates are invented."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "213_hebrew_hugo_blog_jsonld_scholarly_citations_pretrained_lms.html")
SITE = "https://yael-nlp.co.il"
URL = SITE + "/posts/transformer-to-gpt3/"
HEADLINE = "מ-Transformer ל-GPT-3: שנים-עשר מאמרים שעיצבו את מודלי השפה"
DESC = "סיור מודרך בשנים 2017–2020: מהארכיטקטורה, דרך BERT וחבריו, ועד מודלים שלומדים מכמה דוגמאות בלבד."


def go_json(o):
    s = json.dumps(o, ensure_ascii=False, indent=2, sort_keys=True)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def persons(k, n=4):
    return [{"@type": "Person", "name": x} for x in authors(k)[:n]]


def art(k, name, date, **kw):
    d = {"@type": "ScholarlyArticle", "name": name, "author": persons(k), "datePublished": date}
    d.update(kw)
    return d


CIT = [
    art("1706.03762", "Attention Is All You Need", "2017-06-12", sameAs="https://arxiv.org/abs/1706.03762"),
    art("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "2018-10-11",
        identifier={"@type": "PropertyValue", "propertyID": "arXiv", "value": "1810.04805"}),
    art("1907.11692", "RoBERTa: A Robustly Optimized BERT Pretraining Approach", "2019-07-26"),
    art("1906.08237", "XLNet: Generalized Autoregressive Pretraining for Language Understanding", "2019",
        url="https://proceedings.neurips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-Abstract.html"),
    art("2003.10555", "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", "2020-03-23",
        url="https://arxiv.org/abs/2003.10555"),
    art("1910.13461", "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension",
        "2020-07", url="https://aclanthology.org/2020.acl-main.703/"),
    art("1910.10683", "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "2020",
        url="https://jmlr.org/papers/v21/20-074.html", isPartOf={"@type": "Periodical", "name": "Journal of Machine Learning Research"}),
    art("2006.03654", "DeBERTa: Decoding-enhanced BERT with Disentangled Attention", "2020-06-05",
        identifier={"@type": "PropertyValue", "propertyID": "arXiv", "value": "2006.03654"}),
    art("1911.02116", "Unsupervised Cross-lingual Representation Learning at Scale", "2020-07",
        url="https://aclanthology.org/2020.acl-main.747/"),
    art("Improving Language Understanding by Generative Pre-Training", "Improving Language Understanding by Generative Pre-Training", "2018-06",
        url="https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf", publisher={"@type": "Organization", "name": "OpenAI"}),
    art("Language Models are Unsupervised Multitask Learners", "Language Models are Unsupervised Multitask Learners", "2019-02-14",
        url="https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
        publisher={"@type": "Organization", "name": "OpenAI"}),
    art("2005.14165", "Language Models are Few-Shot Learners", "2020-05-28", url="https://huggingface.co/papers/2005.14165"),
]

LD = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": HEADLINE, "description": DESC, "inLanguage": "he",
      "datePublished": "2024-01-16T21:05:00+02:00", "dateModified": "2024-01-22T08:40:13+02:00",
      "author": {"@type": "Person", "name": "יעל כהן", "url": SITE + "/about/"},
      "publisher": {"@type": "Organization", "name": "יעל כותבת על NLP", "logo": {"@type": "ImageObject", "url": SITE + "/images/logo.png"}},
      "mainEntityOfPage": {"@type": "WebPage", "@id": URL}, "image": SITE + "/posts/transformer-to-gpt3/cover.png",
      "keywords": ["NLP", "מודלי שפה", "Transformer", "BERT", "GPT", "Q&A"], "wordCount": 1318, "citation": CIT}


def en(s):
    return f'<span dir="ltr" lang="en">{html.escape(s, quote=False)}</span>'


def a(url, text, ltr=True):
    inner = html.escape(text, quote=False)
    return f'<a href="{url}"' + (' dir="ltr" lang="en"' if ltr else "") + f">{inner}</a>"


BODY = f"""<p>ב-2017 עוד היה נראה ש-LSTM עם קשב הוא סוף הדרך. שלוש שנים אחר כך כבר דיברנו על מודלים עם 175 מיליארד פרמטרים שלומדים משימה חדשה משלוש דוגמאות. הפוסט הזה הוא הרשימה שאני נותנת לסטודנטים חדשים במעבדה — שנים-עשר מאמרים, לפי הסדר שבו כדאי לקרוא אותם, עם משפט או שניים על כל אחד.</p>
<h2 id="architecture">2017: הארכיטקטורה</h2>
<p>הכול מתחיל ב-{a("https://arxiv.org/abs/1706.03762", "Attention Is All You Need")}. אין כאן רשתות חוזרות בכלל: רק קשב עצמי, קידוד מיקום וקצת נרמול. כדאי לקרוא את הגרסה האחרונה ב-arXiv, שבה תוקנו כמה טעויות בטבלאות.</p>
<h2 id="encoders">2018–2019: מקודדים מאומנים מראש</h2>
<p>{en("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding")} (arXiv:1810.04805) הפך את המשימה של &quot;מילוי החסר&quot; לשיטת האימון של העשור. אחריו הגיעה שורה של שיפורים:</p>
<ul>
<li>{en("RoBERTa: A Robustly Optimized BERT Pretraining Approach")} — אותו מודל, יותר נתונים, יותר צעדים, בלי משימת המשפט הבא. מאמר שמלמד בעיקר ענווה.</li>
<li>{en("XLNet: Generalized Autoregressive Pretraining for Language Understanding")} — מודל אוטורגרסיבי על פני כל הסידורים האפשריים; מבריק, אבל מעטים משתמשים בו היום.</li>
<li>{a("https://arxiv.org/abs/2003.10555", "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators")} — במקום לנחש מילים מוסתרות, מזהים אילו מילים הוחלפו. הרבה יותר יעיל בחישוב.</li>
<li>{en("DeBERTa: Decoding-enhanced BERT with Disentangled Attention")}, arXiv:2006.03654 — קשב מפורק לתוכן ולמיקום; היה בראש SuperGLUE לזמן מה.</li>
</ul>
<h2 id="seq2seq">מקודד-מפענח</h2>
<p>{en("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer")} (מאמר T5) הוא כמעט ספר: 67 עמודים של ניסויים מסודרים. לעומתו, {en("BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension")} קצר וממוקד בסיכום טקסט.</p>
<p>ולמי שעובד בעברית: {en("Unsupervised Cross-lingual Representation Learning at Scale")} — ה-XLM-R — הוא עדיין נקודת פתיחה טובה למודל רב-לשוני, הרבה לפני שהיו לנו מודלים ייעודיים לעברית.</p>
<h2 id="gpt">הענף של GPT</h2>
<table>
<thead><tr><th>מודל</th><th>מאמר</th><th>שנה</th></tr></thead>
<tbody>
<tr><td>GPT-1</td><td>{en("Improving Language Understanding by Generative Pre-Training")}</td><td>2018</td></tr>
<tr><td>GPT-2</td><td>{en("Language Models are Unsupervised Multitask Learners")}</td><td>2019</td></tr>
<tr><td>GPT-3</td><td>{a("https://huggingface.co/papers/2005.14165", "Language Models are Few-Shot Learners")}</td><td>2020</td></tr>
</tbody>
</table>
<p>שני הראשונים לא פורסמו ב-arXiv בכלל — רק כקובצי PDF באתר של OpenAI. זו אחת הסיבות שקשה לצטט אותם כמו שצריך.</p>
<h2 id="extra">לא מאמרים, אבל שווה</h2>
<ul>
<li>{a("https://jalammar.github.io/illustrated-transformer/", "The Illustrated Transformer")} — הבלוג של Jay Alammar, עדיין ההסבר הוויזואלי הטוב ביותר.</li>
<li>{a("https://huggingface.co/learn/nlp-course/chapter1/1", "קורס ה-NLP של Hugging Face", ltr=False)} ו-{a("https://huggingface.co/models?language=he", "מודלים בעברית ב-Hub", ltr=False)}.</li>
<li>פרק 42 של הפודקאסט {a("https://www.example-podcast.co.il/episodes/42", "״מכונות מדברות״", ltr=False)} — שיחה על מודלים גדולים בעברית.</li>
<li>{a("https://www.youtube.com/watch?v=rBCqOTEfxvg", "הרצאה ביוטיוב על BERT", ltr=False)} (אנגלית).</li>
</ul>
<p>בפוסט הקודם כתבתי על {a(SITE + "/posts/word-vectors-hebrew/", "וקטורים של מילים בעברית", ltr=False)}; בפוסט הבא — על כוונון עדין יעיל (LoRA ושות׳).</p>"""

REFS = "\n".join(
    f'<li><span dir="ltr" lang="en">{", ".join(x["name"] for x in c["author"][:2])} et al. ({c["datePublished"][:4]}). '
    f'{html.escape(c["name"], quote=False)}.</span>'
    + (f' <a href="{c["url"]}">קישור</a>' if "url" in c else "") + (f' <a href="{c["sameAs"]}">קישור</a>' if "sameAs" in c else "")
    + (f' <span dir="ltr">arXiv:{c["identifier"]["value"]}</span>' if "identifier" in c else "") + "</li>"
    for c in CIT)

PAGE = f"""<!DOCTYPE html>
<html lang="he" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{HEADLINE} | יעל כותבת על NLP</title>
<meta name="keywords" content="NLP, מודלי שפה, Transformer, BERT, GPT, Q&amp;A">
<meta name="description" content="{DESC}">
<meta name="author" content="יעל כהן">
<link rel="canonical" href="{URL}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="{SITE}/favicon.ico">
<meta name="generator" content="Hugo 0.121.2">
<meta property="og:title" content="{HEADLINE}">
<meta property="og:description" content="{DESC}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="{SITE}/posts/transformer-to-gpt3/cover.png">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2024-01-16T21:05:00+02:00">
<meta property="article:modified_time" content="2024-01-22T08:40:13+02:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{HEADLINE}">
<meta name="twitter:description" content="{DESC}">
<script type="application/ld+json">
{go_json(LD)}
</script>
</head>
<body class="rtl" id="top">
<header class="header">
<nav class="nav">
<div class="logo"><a href="{SITE}/" accesskey="h" title="יעל כותבת על NLP (Alt + H)">יעל כותבת על NLP</a></div>
<ul id="menu">
<li><a href="{SITE}/posts/" title="פוסטים"><span>פוסטים</span></a></li>
<li><a href="{SITE}/tags/" title="תגיות"><span>תגיות</span></a></li>
<li><a href="{SITE}/about/" title="אודות"><span>אודות</span></a></li>
</ul>
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{SITE}/">בית</a>&nbsp;»&nbsp;<a href="{SITE}/posts/">פוסטים</a></div>
<h1 class="post-title entry-hint-parent">{HEADLINE}</h1>
<div class="post-description">{DESC}</div>
<div class="post-meta"><span title="2024-01-16 21:05:00 +0200 IST">16 בינואר 2024</span>&nbsp;·&nbsp;7 דקות קריאה&nbsp;·&nbsp;יעל כהן</div>
</header>
<div class="post-content">{BODY}
<h2 id="refs">מקורות</h2>
<ol class="refs">
{REFS}
</ol>
</div>
<footer class="post-footer">
<ul class="post-tags">
<li><a href="{SITE}/tags/nlp/">NLP</a></li>
<li><a href="{SITE}/tags/%D7%9E%D7%95%D7%93%D7%9C%D7%99-%D7%A9%D7%A4%D7%94/">מודלי שפה</a></li>
</ul>
<nav class="paginav">
<a class="prev" href="{SITE}/posts/peft-intro/"><span class="title">« הקודם</span><br><span>כוונון עדין יעיל: מבוא</span></a>
<a class="next" href="{SITE}/posts/word-vectors-hebrew/"><span class="title">הבא »</span><br><span>וקטורים של מילים בעברית</span></a>
</nav>
</footer>
<div id="comments"><script src="https://giscus.app/client.js" data-repo="yael-cohen/blog-comments" data-repo-id="R_kgDOKx0f1A" data-mapping="pathname" data-lang="he" crossorigin="anonymous" async></script></div>
</article>
</main>
<footer class="footer">
<span>&copy; 2024 <a href="{SITE}/">יעל כותבת על NLP</a></span> ·
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
</body>
</html>
"""
check_no_distractor(PAGE, "213")
open(OUT, "w", encoding="utf-8", newline="").write(PAGE)
print(OUT, len(PAGE))
