#!/usr/bin/env python3
"""1257: a KTH-like course memo ("Kurs-PM", Swedish) saved from the browser as HTML (Firefox's "Webbsida, endast
HTML"): the page chrome reduced to a skeleton (header, breadcrumb, the course's side menu), the memo's sections in the
Kurs-PM order (Innehåll och lärandemål with a Detaljplanering table, Förberedelser inför kursstart with Kurslitteratur,
Examination och slutförande, Ytterligare information, Kontakter) and the right-hand facts column. Papers as teachers
list them: arXiv abs / pdf links, an OpenReview forum link, an `arXiv:` id, titles alone (two not on arXiv); a book,
a lecture video, the PyTorch docs, a dataset page and Colab are not papers. Hosts are kth.example.se."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F1257, keys, LENET, CTC

E = html.escape
CODE, NAME, HP = "DD2469", "Djupinlärning för sekvenser och bilder", "7,5"
ROUND, START = "VT 2024-61207", dt.date(2024, 1, 16)
WD = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]
# (date, time, activity, content, preparation html)
sched = [
 (dt.date(2024, 1, 16), "13-15", "Föreläsning 1", "Introduktion, linjära modeller, gradientnedstigning",
  "Kapitel 5 i kursboken (se Kurslitteratur)"),
 (dt.date(2024, 1, 18), "10-12", "Föreläsning 2", "Faltningsnät (CNN)",
  f"{E(au(LENET))}, <em>{E(LENET)}</em>, Proceedings of the IEEE, 1998. Läs avsnitt I–II."),
 (dt.date(2024, 1, 23), "13-15", "Föreläsning 3", "Optimering och regularisering",
  f"{E(au('1711.05101'))}, <em>{E(T('1711.05101'))}</em>, ICLR 2019 (arXiv:1711.05101)"),
 (dt.date(2024, 1, 25), "08-10", "Övning 1", "PyTorch-genomgång",
  '<a href="https://pytorch.org/tutorials/beginner/basics/intro.html">PyTorch Tutorials: Learn the Basics</a>'),
 (dt.date(2024, 1, 30), "13-15", "Föreläsning 4", "Rekurrenta nät, LSTM, taligenkänning",
  f"{E(au(CTC))}, <em>{E(CTC)}</em>, ICML 2006"),
 (dt.date(2024, 2, 1), "10-12", "Föreläsning 5", "Sekvens-till-sekvens och attention",
  f'<em>{E(T("1409.3215"))}</em> <a href="https://arxiv.org/pdf/1409.3215.pdf">PDF</a>'),
 (dt.date(2024, 2, 6), "13-15", "Föreläsning 6", "Transformern",
  f'<a href="https://arxiv.org/abs/1706.03762">{E(T("1706.03762"))}</a> + videon '
  '<a href="https://www.youtube.com/watch?v=kT3mWq9ZpQe">Transformers från grunden</a> (gästföreläsning 2023)'),
 (dt.date(2024, 2, 8), "10-12", "Föreläsning 7", "Vision Transformers",
  f'<a href="https://openreview.net/forum?id={OR("2010.11929")}">{E(T("2010.11929"))}</a> (ICLR 2021)'),
 (dt.date(2024, 2, 13), "13-15", "Föreläsning 8", "Generativa modeller: VAE och GAN",
  f"{E(au('1406.2661'))}, <em>{E(T('1406.2661'))}</em>, NIPS 2014"),
 (dt.date(2024, 2, 15), "10-12", "Föreläsning 9", "Robusthet och generalisering",
  f"<em>{E(T('2004.07780'))}</em>, Nature Machine Intelligence 2020 – diskuteras på seminariet"),
 (dt.date(2024, 2, 20), "13-17", "Labbredovisning", "Redovisning av laboration 1–3", "Boka tid i Canvas"),
 (dt.date(2024, 3, 12), "08-13", "Tentamen", "Skriftlig tentamen (TEN1)", "Anmälan senast 2024-02-26"),
]
rows = "\n".join(
    f'<tr><td>{WD[d.weekday()]} {d.isoformat()}</td><td>{t}</td><td>{a}</td><td>{E(c)}</td><td>{p}</td></tr>'
    for d, t, a, c, p in sched)
moments = [("LAB1", "Laborationer", "4,5", "P, F"), ("TEN1", "Tentamen", "3,0", "A, B, C, D, E, FX, F")]
mrows = "\n".join(f"<li>{c} – {n}, {hp} hp, betygsskala: {g}</li>" for c, n, hp, g in moments)
page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kurs-PM {CODE} {ROUND} | KTH</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.kth.example.se/kurs-pm/{CODE}/20241-61207">
</head>
<body>
<header class="kth-header">
<a class="kth-logotype" href="https://www.kth.example.se/">KTH</a>
<nav class="kth-header__links"><a href="https://www.kth.example.se/student">Student</a> <a href="https://canvas.kth.example.se/">Canvas</a> <a href="https://www.kth.example.se/social/">Social</a> <a href="https://www.kth.example.se/en/kurs-pm/{CODE}/20241-61207">English</a></nav>
</header>
<nav class="kth-breadcrumbs" aria-label="Brödsmulor">
<ol>
<li><a href="https://www.kth.example.se/student">Student på KTH</a></li>
<li><a href="https://www.kth.example.se/student/kurser/kurser-inom-program">Kurs- och programkatalogen</a></li>
<li>Om kursen {CODE}</li>
</ol>
</nav>
<div class="kth-content">
<aside class="kth-local-navigation">
<h2>Om kursen {CODE}</h2>
<ul>
<li><a href="https://www.kth.example.se/student/kurser/kurs/{CODE}">Före kursval</a></li>
<li><a href="https://www.kth.example.se/student/kurser/kurs/kursplan/{CODE}-20232">Kursplan</a></li>
<li><a href="https://www.kth.example.se/kurs-pm/{CODE}">Kurs-PM</a></li>
<li><a href="https://www.kth.example.se/kursutveckling/{CODE}">Kursens utveckling</a></li>
</ul>
</aside>
<main id="mainContent">
<h1>Kurs-PM {CODE} {NAME} {HP} hp</h1>
<p class="memo-round">{ROUND}</p>
<section id="innehall">
<h2>Innehåll och lärandemål</h2>
<h3>Kursinnehåll</h3>
<p>Kursen behandlar djupa neuronnät för bild- och sekvensdata: faltningsnät, rekurrenta nät, attention och transformrar samt generativa modeller. Tyngdpunkten ligger på att förstå och själv implementera metoderna.</p>
<h3>Lärandemål</h3>
<p>Efter godkänd kurs ska studenten kunna</p>
<ul>
<li>förklara och härleda träningsalgoritmer för djupa nät,</li>
<li>implementera, träna och utvärdera nätverk för bild- och sekvensdata,</li>
<li>kritiskt granska resultat i aktuella forskningsartiklar.</li>
</ul>
<h3>Detaljplanering</h3>
<table class="table">
<thead><tr><th>Datum</th><th>Tid</th><th>Läraktivitet</th><th>Innehåll</th><th>Förberedelse</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</section>
<section id="forberedelser">
<h2>Förberedelser inför kursstart</h2>
<h3>Rekommenderade förkunskaper</h3>
<p>Linjär algebra, flervariabelanalys, sannolikhetsteori och programmering i Python motsvarande SF1624, SF1626 och DD1331.</p>
<h3>Kurslitteratur</h3>
<p>Kursbok: Goodfellow, Bengio och Courville, <em>Deep Learning</em>, MIT Press 2016 (fritt tillgänglig på <a href="https://www.deeplearningbook.org/">deeplearningbook.org</a>). Utöver boken läser vi de artiklar som anges under Förberedelse i Detaljplaneringen; de flesta finns på arXiv eller OpenReview, övriga via KTH Biblioteket.</p>
<h3>Programvara</h3>
<p>Python 3.11 och PyTorch 2.1. Laborationerna kan köras i <a href="https://colab.research.google.com/">Google Colab</a> eller på skolans datorer. Laboration 1 använder <a href="https://www.cs.toronto.edu/~kriz/cifar.html">CIFAR-10</a>.</p>
</section>
<section id="examination">
<h2>Examination och slutförande</h2>
<h3>Betygsskala</h3>
<p>A, B, C, D, E, FX, F</p>
<h3>Examination</h3>
<ul>
{mrows}
</ul>
<p>Slutbetyget baseras på TEN1 och kräver godkänt på LAB1.</p>
<h3>Möjlighet till komplettering</h3>
<p>Betyget FX på TEN1 kan kompletteras till E inom sex veckor efter att resultatet rapporterats.</p>
<h3>Examinator</h3>
<ul><li><a href="https://www.kth.example.se/profile/ehedlund">Elin Hedlund</a></li></ul>
<h3>Etiskt förhållningssätt</h3>
<p>Vid grupparbete har alla i gruppen ansvar för gruppens arbete. Vid examination ska varje student ärligt redovisa hjälp som erhållits och källor som använts.</p>
</section>
<section id="ytterligare">
<h2>Ytterligare information</h2>
<p>Föreläsningsanteckningar och laborationsinstruktioner publiceras i Canvas. Frågor om laborationerna ställs i kursens diskussionsforum, inte via mejl.</p>
</section>
<section id="kontakter">
<h2>Kontakter</h2>
<h3>Kursansvarig</h3>
<p><a href="https://www.kth.example.se/profile/ehedlund">Elin Hedlund</a></p>
<h3>Lärare</h3>
<p><a href="https://www.kth.example.se/profile/mnyberg">Mattias Nyberg</a>, <a href="https://www.kth.example.se/profile/sakarlss">Sara Karlsson</a></p>
<h3>Kursadministratör</h3>
<p>Ulla Bergström, <a href="mailto:studadm@eecs.kth.example.se">studadm@eecs.kth.example.se</a></p>
</section>
</main>
<aside class="memo-facts">
<h2>Fakta om kursomgången</h2>
<p>Kursomgång: {ROUND} (Startdatum {START.isoformat()}, Svenska)</p>
<p>Undervisningsspråk: Svenska</p>
<p>Omfattning: {HP} hp</p>
<p>Kurs-PM version 2 – Senast ändrad 2024-01-09</p>
</aside>
</div>
<footer class="kth-footer">
<p>KTH, 100 44 Stockholm, +46 8 790 60 00</p>
</footer>
</body>
</html>
"""
write_only(F1257, page, keys(F1257), forms=[html.unescape(page)])
