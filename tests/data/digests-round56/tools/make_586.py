#!/usr/bin/env python3
"""586 (NEGATIVE): the Atom feed (/feed.xml) that jekyll-feed writes for a Greek ML community's newsletter archive
site: XML declaration, feed with generator / link rel=self and alternate / updated / id / title / subtitle / author,
three entries (title, link, published, updated, id, content type="html" with escaped HTML, author, category,
summary). Meetups, tools, a course, jobs — no paper, no catalogue title, nothing arXiv-shaped."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F586

SITE = "https://newsletter.mlathina.example.gr"
def entry(slug, date, title, summary, cats, body):
    c = html.escape(body, quote=True)
    s = html.escape(summary, quote=True)
    cat = "".join(f'<category term="{x}" />' for x in cats)
    return (f'<entry xml:lang="el"><title type="html">{html.escape(title)}</title>'
            f'<link href="{SITE}/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}.html" rel="alternate" type="text/html" title="{html.escape(title)}" />'
            f'<published>{date}T09:00:00+02:00</published><updated>{date}T09:00:00+02:00</updated>'
            f'<id>{SITE}/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}</id>'
            f'<content type="html" xml:base="{SITE}/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}.html">{c}</content>'
            f'<author><name>Ομάδα Σύνταξης ML Αθήνας</name></author>{cat}<summary type="html">{s}</summary></entry>')

e1 = entry("teuxos-24", "2024-11-18", "Τεύχος 24: Meetup Νοεμβρίου, νέο εργαλείο αξιολόγησης, θέσεις εργασίας",
  "Καλημέρα! Στο τεύχος 24: το meetup της Πέμπτης, δύο νέες εκδόσεις εργαλείων και πέντε θέσεις εργασίας.", ["τεύχη", "meetup"],
  """<p>Καλημέρα! Στο τεύχος 24: το meetup της Πέμπτης, δύο νέες εκδόσεις εργαλείων και πέντε θέσεις εργασίας.</p>
<h2 id="meetup">📅 Meetup Νοεμβρίου</h2>
<p><strong>Πέμπτη 21/11, 19:00</strong> — Χώρος συνεργασίας «Κεραμεικός Hub», Αθήνα. Ομιλήτριες: <strong>Δανάη Παπαδημητρίου</strong> («Πώς στήσαμε pipeline αξιολόγησης για ελληνικά chatbots») και <strong>Μυρτώ Καλογεράκη</strong> («MLOps σε μικρή ομάδα: τι κρατήσαμε, τι πετάξαμε»). Δωρεάν, με δήλωση συμμετοχής στο <a href="https://www.meetup.com/ml-athina-example/">Meetup</a>.</p>
<h2 id="ergaleia">🛠 Εργαλεία</h2>
<ul>
<li>Νέα έκδοση του <code>scikit-learn</code> με βελτιώσεις στα HistGradientBoosting μοντέλα.</li>
<li>Το μέλος μας Στέλιος ανέβασε το <a href="https://github.com/example-gr/greek-text-normalizer">greek-text-normalizer</a>: τονισμός, τελικό σίγμα, μετατροπή greeklish.</li>
<li>Υπενθύμιση: το κοινοτικό GPU cluster κλείνει για συντήρηση 25–26/11.</li>
</ul>
<h2 id="theseis">💼 Θέσεις εργασίας</h2>
<ol>
<li><strong>Data Scientist</strong> — Θεσσαλονίκη, εταιρεία logistics, υβριδικά.</li>
<li><strong>ML Engineer (NLP)</strong> — Αθήνα, startup υγείας, πλήρης απασχόληση.</li>
<li><strong>Junior Data Analyst</strong> — εξ αποστάσεως, Python + SQL.</li>
<li><strong>Ερευνητής/τρια (σύμβαση 12 μηνών)</strong> — Ηράκλειο, έργο για αγροτικά δεδομένα.</li>
<li><strong>Annotator ελληνικών κειμένων</strong> — μερική απασχόληση.</li>
</ol>
<p>Στείλτε μας νέα στο <a href="mailto:nea@mlathina.example.gr">nea@mlathina.example.gr</a>. Καλή εβδομάδα!</p>""")
e2 = entry("teuxos-23", "2024-11-04", "Τεύχος 23: Hackathon, δωρεάν μάθημα, ερωτήσεις αναγνωστών",
  "Το τεύχος 23 είναι αφιερωμένο στο hackathon του Οκτωβρίου και στο νέο δωρεάν μάθημα.", ["τεύχη", "hackathon"],
  """<p>Το τεύχος 23 είναι αφιερωμένο στο hackathon του Οκτωβρίου και στο νέο δωρεάν μάθημα.</p>
<h2 id="hackathon">🏆 Hackathon «Δεδομένα για την Πόλη»</h2>
<p>32 ομάδες, 48 ώρες, 3 βραβεία. Νικήτρια ομάδα: «Λεωφορείο στην ώρα του», με μοντέλο πρόβλεψης καθυστερήσεων από ανοιχτά δεδομένα συγκοινωνιών. Φωτογραφίες στο <a href="https://photos.mlathina.example.gr/hackathon-2024">άλμπουμ</a>.</p>
<h2 id="mathima">🎓 Δωρεάν μάθημα</h2>
<p>Από 15/11 ξεκινά το οκτάβδομο διαδικτυακό μάθημα «Εισαγωγή στη Μηχανική Μάθηση με Python» (στα ελληνικά, 2 διαλέξεις την εβδομάδα). Εγγραφές: <a href="https://courses.mlathina.example.gr/eisagogi">σελίδα μαθήματος</a>.</p>
<blockquote><p>«Μάθε ένα πράγμα την εβδομάδα — στο τέλος της χρονιάς θα έχεις πενήντα δύο.» — αναγνώστρια από την Πάτρα</p></blockquote>
<h2 id="erotiseis">✉️ Ερωτήσεις αναγνωστών</h2>
<p><em>«Μπορείτε να συγκρίνετε τιμές ενοικίασης GPU στο επόμενο τεύχος;»</em> — Ναι, ετοιμάζουμε πίνακα για τον Δεκέμβριο.</p>""")
e3 = entry("kalosorisma", "2024-10-21", "Καλώς ήρθατε στο νέο αρχείο του newsletter",
  "Μεταφέραμε όλα τα παλιά τεύχη σε αυτό το site· το RSS/Atom feed λειτουργεί κανονικά.", ["ανακοινώσεις"],
  """<p>Μεταφέραμε όλα τα παλιά τεύχη σε αυτό το site· το RSS/Atom feed λειτουργεί κανονικά.</p>
<p>Αν είχατε εγγραφεί μέσω email, δεν χρειάζεται να κάνετε τίποτα. Για απεγγραφή χρησιμοποιήστε τον σύνδεσμο στο κάτω μέρος κάθε email.</p>""")
text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="el">'
        '<generator uri="https://jekyllrb.com/" version="4.3.3">Jekyll</generator>'
        f'<link href="{SITE}/feed.xml" rel="self" type="application/atom+xml" /><link href="{SITE}/" rel="alternate" type="text/html" hreflang="el" />'
        f'<updated>2024-11-18T09:04:51+02:00</updated><id>{SITE}/feed.xml</id>'
        '<title type="html">ML Αθήνας — Newsletter</title><subtitle>Το δεκαπενθήμερο newsletter της κοινότητας μηχανικής μάθησης της Αθήνας.</subtitle>'
        '<author><name>Ομάδα Σύνταξης ML Αθήνας</name></author>' + e1 + e2 + e3 + '</feed>')
write(F586, text, negative=True)
