#!/usr/bin/env python3
"""1324: the archive view of a newsletter sent with AcyMailing (the Joomla newsletter component), as the association's
Joomla 4 site serves it (Cassiopeia template; `index.php?option=com_acym&view=archive&layout=view&id=14&Itemid=112`):
the site chrome (header, menu, breadcrumbs, footer) around AcyMailing's archive wrapper (`#acym_wrapper`, the
subject as <h1>, the send date, the mail body: a table-based e-mail with inline styles) and a link back to the list
of issues and to the previous issue. Greek, lang el-GR, the date line `Τρίτη, 12 Μαρτίου 2024`. Papers: arXiv abs /
pdf links, an `arXiv:` id, titles alone; a library and its docs, a Greek BERT model, a meetup, a workshop and a
course are not papers."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1324, keys

SITE = "https://www.mlthess.example.gr"
ISSUE, MAILID, ITEMID = 14, 14, 112
SENT = dt.date(2024, 3, 12)
DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
DATE = f"{DAYS[SENT.weekday()]}, {SENT.day} {MONTHS[SENT.month - 1]} {SENT.year}"
SUBJ = f"ML Θεσσαλονίκης - Ενημερωτικό #{ISSUE}: προσαρμογή με λίγες παραμέτρους"
E = lambda s: html.escape(s, quote=False)
A = lambda url, txt, st="color:#1d5fa8;text-decoration:underline;": f'<a href="{html.escape(url)}" style="{st}" target="_blank">{txt}</a>'
P = lambda s: f'<p style="margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">{s}</p>'
H2 = lambda s: f'<h2 style="margin:18px 0 10px 0;font-family:Arial,Helvetica,sans-serif;font-size:19px;color:#0b3d6e;">{s}</h2>'

items = [
    P(f"<strong>{A('https://arxiv.org/abs/2106.09685', E(T('2106.09685')))}</strong><br />"
      "Το σημείο εκκίνησης: πίνακες χαμηλού βαθμού δίπλα στα παγωμένα βάρη. Η βιβλιοθήκη "
      f"{A('https://github.com/huggingface/peft', 'peft')} το υλοποιεί σε τρεις γραμμές."),
    P(f"<strong>{A('https://arxiv.org/abs/2303.10512', E(T('2303.10512')))}</strong><br />"
      "Μοιράζει δυναμικά τον «προϋπολογισμό» βαθμού ανάμεσα στα επίπεδα."),
    P(f"<strong>{A('https://arxiv.org/pdf/2106.10199.pdf', E(T('2106.10199')))}</strong><br />"
      "Εκπαιδεύει μόνο τους όρους πόλωσης (bias). Απίστευτα απλό, και δουλεύει καλά στο GLUE."),
    P(f"<strong>{A('https://arxiv.org/abs/2205.05638', E(T('2205.05638')))}</strong><br />"
      "Το (IA)³ και η συνταγή T-Few: λίγα παραδείγματα, λίγες παράμετροι, καλύτερα από in-context learning."),
    P(f"<strong>{E(T('2103.10385'))}</strong> (arXiv:2103.10385)<br />"
      "Συνεχή prompts αντί για λέξεις· η «πρόγονος» του P-tuning v2."),
]
extra = [
    P(f"Από το αρχείο της ομάδας βελτιστοποίησης, τρία παλιότερα κείμενα που ζητήσατε στη συνάντηση: "
      f"«{E(T('1711.05101'))}» (ο λόγος που όλοι γράφουμε AdamW), «{E(T('2101.01761'))}» και "
      f"«{E(T('2010.08515'))}». Τα PDF είναι στον κοινόχρηστο φάκελο της κοινότητας."),
]
events = [
    P(f"<strong>Thessaloniki AI Meetup #27</strong> — Πέμπτη 21 Μαρτίου, 18:30, ΟΚ!Thess. Θέμα: LoRA στην πράξη με το "
      f"{A('https://huggingface.co/nlpaueb/bert-base-greek-uncased-v1', 'Greek BERT')}. "
      f"{A('https://www.meetup.example.com/thessaloniki-ai/events/299871234/', 'Δηλώσεις συμμετοχής')}"),
    P("<strong>Εργαστήριο «Fine-tuning σε μία GPU»</strong> — Σάββατο 6 Απριλίου, 10:00–14:00, αίθουσα Κ2, "
      "Πολυτεχνική Σχολή. Θέσεις: 30."),
    P(f"Για όσους ξεκινούν: το μάθημα {A('https://huggingface.co/learn/nlp-course/chapter1/1', 'Hugging Face NLP Course')} "
      f"και η {A('https://huggingface.co/docs/peft/index', 'τεκμηρίωση του PEFT')}."),
]
mail = ['<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef2f6;">',
        '<tr><td align="center" style="padding:20px 10px;">',
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-radius:4px;">',
        f'<tr><td style="padding:24px 30px 8px 30px;"><img src="{SITE}/images/newsletter/logo-mlthess.png" width="180" alt="ML Θεσσαλονίκης" style="display:block;border:0;" /></td></tr>',
        '<tr><td style="padding:8px 30px 24px 30px;">',
        P(f"Γεια σας,<br />στο τεύχος #{ISSUE} (έφυγε {DATE}) συνεχίζουμε με τη σειρά για την προσαρμογή μεγάλων μοντέλων με λίγες παραμέτρους."),
        H2("Άρθρα της εβδομάδας"), *items, H2("Από το αρχείο"), *extra, H2("Εκδηλώσεις και υλικό"), *events,
        P("Καλή ανάγνωση,<br />Κατερίνα Παπαγεωργίου και Νίκος Δημητρίου"),
        "</td></tr>",
        '<tr><td style="padding:16px 30px;background-color:#0b3d6e;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#cfd8e3;">',
        "Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο ενημερωτικό της κοινότητας ML Θεσσαλονίκης.<br />",
        A(f"{SITE}/index.php?option=com_acym&amp;ctrl=frontusers&amp;task=unsubscribePage&amp;mail_id={MAILID}&amp;Itemid={ITEMID}".replace("&amp;", "&"), "Απεγγραφή", "color:#ffffff;"),
        " | ",
        A(f"{SITE}/index.php?option=com_acym&view=archive&Itemid={ITEMID}", "Προηγούμενα τεύχη", "color:#ffffff;"),
        "</td></tr>", "</table>", "</td></tr>", "</table>"]
page = ['<!DOCTYPE html>',
        '<html lang="el-gr" dir="ltr">',
        '<head>',
        '    <meta charset="utf-8">',
        '    <meta name="viewport" content="width=device-width, initial-scale=1">',
        '    <meta name="generator" content="Joomla! - Open Source Content Management">',
        f'    <title>{E(SUBJ)} - ML Θεσσαλονίκης</title>',
        f'    <link href="/media/templates/site/cassiopeia/css/template.min.css?3d6c1e" rel="stylesheet" />',
        f'    <link href="/media/com_acym/css/front/frontstyle.min.css?v=1708944031" rel="stylesheet" />',
        '</head>',
        '<body class="site com_acym wrapper-static view-archive layout-view no-task itemid-112">',
        '    <header class="header container-header full-width">',
        '        <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">ML Θεσσαλονίκης</a>'
        '<div class="site-description">Κοινότητα Μηχανικής Μάθησης Θεσσαλονίκης</div></div></div>',
        '        <div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">',
        '<li class="nav-item item-101"><a href="/">Αρχική</a></li>',
        '<li class="nav-item item-108"><a href="/ekdiloseis">Εκδηλώσεις</a></li>',
        f'<li class="nav-item item-{ITEMID} current active"><a href="/index.php?option=com_acym&amp;view=archive&amp;Itemid={ITEMID}" aria-current="location">Ενημερωτικό</a></li>',
        '<li class="nav-item item-115"><a href="/epikoinonia">Επικοινωνία</a></li>',
        '</ul></div>',
        '    </header>',
        '    <div class="site-grid">',
        '        <div class="grid-child container-component">',
        '            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">'
        '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Αρχική</a></li>'
        f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Ενημερωτικό</span></li></ol></nav>',
        '            <main>',
        '<div id="acym_wrapper" class="acym_front_page">',
        '<div id="acym_archive_view">',
        f'<h1 class="acym__front__archive__title">{E(SUBJ)}</h1>',
        f'<div class="acym__front__archive__date">{DATE}</div>',
        f'<div class="acym__front__archive__mail" data-mail-id="{MAILID}">',
        *mail,
        '</div>',
        f'<div class="acym__front__archive__nav"><a href="/index.php?option=com_acym&amp;view=archive&amp;layout=view&amp;id={MAILID - 1}&amp;Itemid={ITEMID}">&laquo; Τεύχος #{ISSUE - 1}</a> | '
        f'<a href="/index.php?option=com_acym&amp;view=archive&amp;Itemid={ITEMID}">Όλα τα τεύχη</a></div>',
        '</div>',
        '</div>',
        '            </main>',
        '        </div>',
        '    </div>',
        '    <footer class="container-footer footer full-width"><div class="grid-child">'
        '<p>© 2024 Κοινότητα Μηχανικής Μάθησης Θεσσαλονίκης · Αστική μη κερδοσκοπική εταιρεία, ΑΦΜ 997812345</p></div></footer>',
        '</body>',
        '</html>']
text = "\n".join(page) + "\n"
write_only(F1324, text, keys(F1324), forms=[html.unescape(text)])
