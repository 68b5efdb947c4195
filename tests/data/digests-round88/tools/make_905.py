#!/usr/bin/env python3
"""905: a Greek PhD student's blog post on LLM agents, written in reStructuredText and built by the Nikola static-site
generator with its default theme bootblog4 (the file `output/posts/praktores-llm-martios/index.html`): HTML5 with
Nikola's `<html prefix="og: … article: …" vocab lang="el">`, the head (title `post | site`, `all-nocdn.css`, the
generator meta `Nikola (getnikola.com)`, RSS, canonical, author, `rel="prev"`, Open Graph and `article:` metas for
the date and tags), the skip link and the bootblog4 header and menu in Greek (Αρχείο, Ετικέτες, Ροή RSS), the
`h-entry` article (`p-name entry-title` heading linking to `.`, byline, `<time class="published dt-published">` with
the ISO date, `Πηγή` source link), the body as docutils' html4css1 writer renders reST — `<div class="section"
id="…">` with ids `id1`, `id2` … because the Greek headings leave nothing after docutils' ASCII normalisation,
`<a class="reference external">`, `<tt class="docutils literal">`, `<ul class="simple">`, `&quot;` and `&#64;`
encoded — the tags and the pager in `postpromonav`, the footer "Contents © … - Powered by Nikola", the scripts (fancy
dates with the Greek locale, baguetteBox). Documentation, a repository, a leaderboard, a podcast and a talk are not
papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys, ALPHAGOZERO

F = by_num(905)
K = dict(memgpt="2310.08560", reflexion="2303.11366", selfrag="2310.11511", swe="2310.06770", realm="2002.08909",
         genagents="2304.03442", saycan="2204.01691")
SITE = "https://npapadakis.example.gr"
SITENAME = "Σημειώσεις Μηχανικής Μάθησης"
TITLE = "Πράκτορες LLM: τι διάβασα τον Μάρτιο"
SLUG = "praktores-llm-martios"
DESC = "Τι διάβασε η ομάδα ανάγνωσης τον Μάρτιο: μνήμη, αναστοχασμός, ανάκτηση, αξιολόγηση και ρομποτική."
PREV = ("vision-transformers-shmeioseis", "Σημειώσεις για Vision Transformers")
TAGS = ["agents", "llm", "rag"]


def enc(s):
    """docutils' html4css1 `encode`: & < > \" @"""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("@", "&#64;")


def ext(href, label):
    return f'<a class="reference external" href="{href.replace("&", "&amp;")}">{label}</a>'


def lit(s):
    return f'<tt class="docutils literal">{enc(s)}</tt>'


sections = [
    ("Μνήμη", [
        f"<p><strong>{enc(T(K['memgpt']))}</strong> ({ext('https://arxiv.org/abs/2310.08560', 'arXiv')}). Η ιδέα είναι "
        "να διαχειριστεί το ίδιο το μοντέλο τη μνήμη του όπως ένα λειτουργικό σύστημα: κύρια μνήμη μέσα στο context, "
        "εξωτερική μνήμη σε βάση, και κλήσεις συναρτήσεων για σελιδοποίηση. Καλογραμμένο, αλλά οι αξιολογήσεις είναι "
        "λίγες.</p>",
        f"<p>Για σύγκριση ξαναδιαβάσαμε το «{enc(T(K['genagents']))}» (Park κ.ά., UIST 2023) — τους 25 πράκτορες στη "
        "μικρή πόλη. Η ροή μνήμης με βαθμολογία σπουδαιότητας εξακολουθεί να είναι το πιο ενδιαφέρον κομμάτι.</p>"]),
    ("Αναστοχασμός", [
        f"<p><strong>{enc(T(K['reflexion']))}</strong>: ο πράκτορας γράφει σε φυσική γλώσσα τι πήγε στραβά και το "
        "κρατά για την επόμενη προσπάθεια. Χωρίς ενημέρωση βαρών. "
        + ext("https://arxiv.org/pdf/2303.11366.pdf", "PDF") + ".</p>"]),
    ("Ανάκτηση", [
        '<ul class="simple">',
        f"<li>{enc(T(K['realm']))} — {lit('arXiv:2002.08909')}. Το κλασικό: ο retriever εκπαιδεύεται μαζί με το "
        "γλωσσικό μοντέλο ήδη από την προεκπαίδευση.</li>",
        f"<li>{enc(T(K['selfrag']))} — {ext('https://arxiv.org/abs/2310.11511', 'https://arxiv.org/abs/2310.11511')}. "
        "Ειδικά tokens αποφασίζουν πότε να γίνει ανάκτηση και κρίνουν τα αποσπάσματα.</li>",
        "</ul>"]),
    ("Αξιολόγηση", [
        f"<p>Το {enc(T(K['swe']))} είναι πλέον το benchmark που όλοι αναφέρουν. Διαβάσαμε την έκδοση του ICLR 2024 "
        f"στο {ext('https://openreview.net/forum?id=' + CAT[K['swe']]['openreview_id'], 'OpenReview')}, μαζί με τις "
        "κριτικές. Το " + ext("https://www.swebench.com/", "leaderboard") + " (δεν είναι άρθρο) αλλάζει κάθε "
        "εβδομάδα.</p>"]),
    ("Ρομποτική και παιχνίδια", [
        f"<p>Η Ελένη παρουσίασε το SayCan, δηλαδή το «{enc(T(K['saycan']))}»: το LLM προτείνει δεξιότητες και μια "
        "συνάρτηση αξίας κρίνει αν είναι εφικτές στη συγκεκριμένη σκηνή.</p>",
        f"<p>Και για νοσταλγία, στο τέλος της συνάντησης συζητήσαμε το {enc(ALPHAGOZERO)} (Silver κ.ά., Nature 2017): "
        "αυτοεκπαίδευση χωρίς ανθρώπινα δεδομένα — ακόμα η καλύτερη απόδειξη ότι η αναζήτηση συν μάθηση "
        "κλιμακώνεται.</p>"]),
    ("Χρήσιμα (όχι άρθρα)", [
        '<ul class="simple">',
        "<li>" + ext("https://langchain-ai.github.io/langgraph/", "Τεκμηρίωση του LangGraph") + "</li>",
        "<li>" + ext("https://github.com/microsoft/autogen", "AutoGen στο GitHub") + "</li>",
        "<li>Το επεισόδιο του podcast Latent Space για τους πράκτορες κώδικα</li>",
        "<li>Η ομιλία του Karpathy " + enc('"Intro to Large Language Models"') + " "
        + ext("https://www.youtube.com/watch?v=zjkBMFhNj_g&t=2200s", "στο YouTube") + "</li>",
        "</ul>",
        "<p>Τον Απρίλιο περνάμε σε πολυπρακτορικά συστήματα. Προτάσεις με email στο "
        + ext("mailto:n.papadakis@example.gr", enc("n.papadakis@example.gr")) + ".</p>"]),
]
body = ["<div>", "<p>Τον Μάρτιο η ομάδα ανάγνωσης του εργαστηρίου ασχολήθηκε σχεδόν αποκλειστικά με πράκτορες "
        "(agents) βασισμένους σε LLM. Γράφω εδώ τι διαβάσαμε, με δυο λόγια για το καθένα, κυρίως για να τα βρίσκω εγώ "
        "ο ίδιος σε έξι μήνες.</p>"]
for i, (h, paras) in enumerate(sections, 1):
    body += [f'<div class="section" id="id{i}">', f"<h2>{h}</h2>"] + paras + ["</div>"]
body.append("</div>")
content = "\n".join(body)

meta_tags = "\n".join(f'<meta property="article:tag" content="{t}">' for t in TAGS)
tag_lis = "\n".join(f'<li><a class="tag p-category" href="../../categories/{t}/" rel="tag">{t}</a></li>' for t in TAGS)
url = f"{SITE}/posts/{SLUG}/"

text = f'''<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " vocab="http://ogp.me/ns" lang="el">
<head>
<meta charset="utf-8">
<meta name="description" content="{DESC}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | {SITENAME}</title>
<link href="../../assets/css/all-nocdn.css" rel="stylesheet" type="text/css">
<link href="https://fonts.googleapis.com/css?family=Playfair+Display:700,900" rel="stylesheet">
<meta name="theme-color" content="#5670d4">
<meta name="generator" content="Nikola (getnikola.com)">
<link rel="alternate" type="application/rss+xml" title="RSS" hreflang="el" href="../../rss.xml">
<link rel="canonical" href="{url}">
<!--[if lt IE 9]><script src="../../assets/js/html5.js"></script><![endif]--><meta name="author" content="Νίκος Παπαδάκης">
<link rel="prev" href="../{PREV[0]}/" title="{PREV[1]}" type="text/html">
<meta property="og:site_name" content="{SITENAME}">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{DESC}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-31T18:20:00+03:00">
{meta_tags}
</head>
<body>
<a href="#content" class="sr-only sr-only-focusable">Μετάβαση στο κύριο περιεχόμενο</a>

<!-- Header and menu bar -->
<div class="container">
      <header class="blog-header py-3"><div class="row nbb-header align-items-center">
          <div class="col-md-3 col-xs-2 col-sm-2" style="width: auto;">
            <button class="navbar-toggler navbar-light bg-light nbb-navbar-toggler" type="button" data-toggle="collapse" data-target=".bs-nav-collapsible" aria-controls="bs-navbar" aria-expanded="false" aria-label="Toggle navigation">
                <span class="navbar-toggler-icon"></span>
            </button>
            <div class="collapse bs-nav-collapsible bootblog4-search-form-holder">
                
            </div>
        </div>
          <div class="col-md-6 col-xs-10 col-sm-10 bootblog4-brand" style="width: auto;">
            <a class="navbar-brand blog-header-logo text-dark" href="../../">

            <span id="blog-title">{SITENAME}</span>
        </a>
          </div>
            <div class="col-md-3 justify-content-end align-items-center bs-nav-collapsible collapse flex-collapse bootblog4-right-nav">
            <nav class="navbar navbar-light bg-white"><ul class="navbar-nav bootblog4-right-nav">
<li class="nav-item">
    <a href="index.rst" id="sourcelink" class="nav-link">Πηγή</a>
    </li>

                    
                </ul></nav>
</div>
    </div>
</header><nav class="navbar navbar-expand-md navbar-light bg-white static-top"><div class="collapse navbar-collapse bs-nav-collapsible" id="bs-navbar">
            <ul class="navbar-nav nav-fill d-flex w-100">
<li class="nav-item">
<a href="../../archive.html" class="nav-link">Αρχείο</a>
                </li>
<li class="nav-item">
<a href="../../categories/" class="nav-link">Ετικέτες</a>
                </li>
<li class="nav-item">
<a href="../../rss.xml" class="nav-link">Ροή RSS</a>

                
            </li>
</ul>
</div>
<!-- /.navbar-collapse -->
</nav>
</div>

<div class="container" id="content" role="main">
    <div class="body-content">
        <!--Body content-->
        
<article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article"><header><h1 class="p-name entry-title" itemprop="headline name"><a href="." class="u-url">{TITLE}</a></h1>

        <div class="metadata">
            <p class="byline author vcard p-author h-card"><span class="byline-name fn p-name" itemprop="author">
                    Νίκος Παπαδάκης
            </span></p>
            <p class="dateline">
            <a href="." rel="bookmark">
            <time class="published dt-published" datetime="2024-03-31T18:20:00+03:00" itemprop="datePublished" title="2024-03-31 18:20">2024-03-31 18:20</time></a>
            </p>
            
        <p class="sourceline"><a href="index.rst" class="sourcelink">Πηγή</a></p>

        </div>
        

    </header><div class="e-content entry-content" itemprop="articleBody text">
    {content}
    </div>
    <aside class="postpromonav"><nav><ul itemprop="keywords" class="tags">
{tag_lis}
</ul>
<ul class="pager hidden-print">
<li class="previous">
                <a href="../{PREV[0]}/" rel="prev" title="{PREV[1]}">Προηγούμενη ανάρτηση</a>
            </li>
        </ul></nav></aside></article>
        <!--End of body content-->

        <footer id="footer">
            Contents © 2024         <a href="mailto:n.papadakis@example.gr">Νίκος Παπαδάκης</a> - Powered by         <a href="https://getnikola.com" rel="nofollow">Nikola</a>         
            
            
        </footer>
</div>
</div>


        <script src="../../assets/js/all-nocdn.js"></script>
    
<!-- fancy dates -->
<script>
    luxon.Settings.defaultLocale = "el";
    fancydates(0, {{"preset": false, "format": "yyyy-MM-dd HH:mm"}});
</script>
<!-- end fancy dates -->
<script>
    baguetteBox.run('div#content', {{
        ignoreClass: 'islink',
        captions: function(element){{var i=element.getElementsByTagName('img')[0];return i===undefined?'':i.alt;}}}});
</script>
</body>
</html>
'''
write_only(F, text, keys(F), forms=(text.replace("&quot;", '"').replace("&#64;", "@"),))
