#!/usr/bin/env python3
"""878: the "Course description" page of an Open eClass 3.x course (GUnet's LMS, used by Greek universities), saved
with Chrome's "Save page as → Webpage, Complete": the doctype, Chrome's `<!-- saved from url=(NNNN)… -->` mark (NNNN =
the URL's length), a `Content-Type` meta that Chrome puts first in `<head>`, stylesheets and scripts rewritten to
`./<title>_files/…`, the eClass chrome (top bar, course title and code, left tool menu, breadcrumb, footer), and the
description units as panels: course content, a 13-week plan table (week, date, topic, readings), required reading,
assessment. A graduate course "Θεμέλια Βαθιάς Μάθησης" whose weekly readings are deep-learning classics; the textbook,
d2l.ai, PyTorch docs, DeepSpeed and the lecture videos are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, GLOROT, DBN

F = by_num(878)
K = dict(bahd="1409.0473", local="2103.13462", zero="1910.02054", ntm="1410.5401")
URL = "https://eclass.pmak.example.gr/modules/course_description/index.php?course=CSD412"
TITLE = "Open eClass ΠΑ.ΜΑΚ. | Θεμέλια Βαθιάς Μάθησης"
FILES = "./" + TITLE.replace("|", "_") + "_files/"
e = html.escape


def a(url, text=None):
    return f'<a href="{url}" target="_blank">{e(text or url)}</a>'


WEEKS = [
 ("26/02", "Εισαγωγή· το perceptron και τα όριά του", "Κεφ. 1 του συγγράμματος (Goodfellow κ.ά., <i>Deep Learning</i>, MIT Press)."),
 ("04/03", "Οπισθοδιάδοση", f"«{e(BACKPROP)}», Rumelhart, Hinton &amp; Williams, <i>Nature</i> 323, 1986. Σύντομο (4 σελίδες), διαβάστε το ολόκληρο."),
 ("11/03", "Αρχικοποίηση και βάθος", f"Glorot &amp; Bengio, «{e(GLOROT)}», AISTATS 2010. Προαιρετικά: το σημείωμα του διδάσκοντα για την αρχικοποίηση He."),
 ("18/03", "Μη επιβλεπόμενη προεκπαίδευση (ιστορικά)", f"Hinton, Osindero &amp; Teh, «{e(DBN)}», <i>Neural Computation</i> 18(7), 2006."),
 ("25/03", "— Αργία (25η Μαρτίου) —", "—"),
 ("01/04", "Βελτιστοποίηση σε μη κυρτά τοπία", f"T. Ma, «{e(T(K['local']))}» ({a('https://arxiv.org/pdf/' + K['local'])}) — κεφάλαιο του τόμου <i>Beyond the Worst-Case Analysis of Algorithms</i>."),
 ("08/04", "Αναδρομικά δίκτυα", f"Hochreiter &amp; Schmidhuber, «{e(LSTM)}», <i>Neural Computation</i> 9(8), 1997. Βοηθητικό: d2l.ai, κεφ. 10."),
 ("15/04", "— Πάσχα —", "—"),
 ("22/04", "Μηχανισμός προσοχής", f"Bahdanau, Cho &amp; Bengio, «{e(T(K['bahd']))}», ICLR 2015 · {a('https://arxiv.org/abs/' + K['bahd'])}"),
 ("29/04", "Εξωτερική μνήμη", f"Graves, Wayne &amp; Danihelka, «{e(T(K['ntm']))}», arXiv:{K['ntm']} (2014)."),
 ("06/05", "Εκπαίδευση σε κλίμακα", f"Rajbhandari κ.ά., «{e(T(K['zero']))}», SC 2020 · {a('https://arxiv.org/abs/' + K['zero'])}. Εργαστήριο: DeepSpeed στο cluster του τμήματος."),
 ("13/05", "Παρουσιάσεις εργασιών (Α)", "—"),
 ("20/05", "Παρουσιάσεις εργασιών (Β) &amp; επανάληψη", "—"),
]

rows = "\n".join(f"""<tr>
<td class="text-center">{i}</td>
<td>{d}</td>
<td>{topic}</td>
<td>{rd}</td>
</tr>""" for i, (d, topic, rd) in enumerate(WEEKS, 1))

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(TITLE)}</title>
<link href="{FILES}bootstrap.min.css" rel="stylesheet">
<link href="{FILES}default.css" rel="stylesheet">
<link href="{FILES}font-awesome.min.css" rel="stylesheet">
<link rel="shortcut icon" href="https://eclass.pmak.example.gr/template/default/img/favicon.ico">
<script type="text/javascript" src="{FILES}jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="{FILES}bootstrap.min.js"></script>
<script type="text/javascript">
    var urlAppend = 'https://eclass.pmak.example.gr/';
    var lang = 'el';
    var courseCode = 'CSD412';
</script>
</head>
<body>
<div id="container">
<nav id="header" class="navbar navbar-default" role="navigation">
<div class="navbar-header">
<a class="navbar-brand" href="https://eclass.pmak.example.gr/"><img class="img-responsive" src="{FILES}eclass-new-logo.png" alt="Logo"></a>
</div>
<ul class="nav navbar-nav navbar-right">
<li><a href="https://eclass.pmak.example.gr/main/portfolio.php" title="Χαρτοφυλάκιο"><span class="fa fa-home"></span></a></li>
<li><a href="https://eclass.pmak.example.gr/modules/message/index.php" title="Μηνύματα"><span class="fa fa-envelope"></span><span class="badge">2</span></a></li>
<li class="dropdown"><a href="https://eclass.pmak.example.gr/main/profile/display_profile.php" class="dropdown-toggle" data-toggle="dropdown"><span class="fa fa-user"></span> Κατερίνα Παπαδοπούλου <span class="caret"></span></a></li>
<li><a href="https://eclass.pmak.example.gr/index.php?logout=yes" title="Έξοδος"><span class="fa fa-unlock"></span></a></li>
</ul>
</nav>
<div class="row">
<div id="leftnav" class="col-sm-3 col-md-2">
<div class="panel-group" id="sidebar-accordion">
<div class="panel panel-default">
<div class="panel-heading"><h4 class="panel-title">Εργαλεία Μαθήματος</h4></div>
<div class="panel-body">
<a href="https://eclass.pmak.example.gr/modules/announcements/index.php?course=CSD412" class="list-group-item"><span class="fa fa-bullhorn fa-fw"></span> Ανακοινώσεις</a>
<a href="https://eclass.pmak.example.gr/modules/agenda/index.php?course=CSD412" class="list-group-item"><span class="fa fa-calendar fa-fw"></span> Ατζέντα</a>
<a href="https://eclass.pmak.example.gr/modules/course_description/index.php?course=CSD412" class="list-group-item active"><span class="fa fa-info-circle fa-fw"></span> Περιγραφή Μαθήματος</a>
<a href="https://eclass.pmak.example.gr/modules/document/index.php?course=CSD412" class="list-group-item"><span class="fa fa-folder-open fa-fw"></span> Έγγραφα</a>
<a href="https://eclass.pmak.example.gr/modules/work/index.php?course=CSD412" class="list-group-item"><span class="fa fa-flask fa-fw"></span> Εργασίες</a>
<a href="https://eclass.pmak.example.gr/modules/video/index.php?course=CSD412" class="list-group-item"><span class="fa fa-film fa-fw"></span> Πολυμέσα</a>
<a href="https://eclass.pmak.example.gr/modules/forum/index.php?course=CSD412" class="list-group-item"><span class="fa fa-comments fa-fw"></span> Συζητήσεις</a>
</div>
</div>
</div>
</div>
<div id="main-content" class="col-sm-9 col-md-10">
<ol class="breadcrumb">
<li><a href="https://eclass.pmak.example.gr/main/portfolio.php">Χαρτοφυλάκιο χρήστη</a></li>
<li><a href="https://eclass.pmak.example.gr/courses/CSD412/">Θεμέλια Βαθιάς Μάθησης</a></li>
<li>Περιγραφή Μαθήματος</li>
</ol>
<div class="row title-row">
<div class="col-xs-12">
<h1 class="page-title"><a href="https://eclass.pmak.example.gr/courses/CSD412/">Θεμέλια Βαθιάς Μάθησης</a> <small>(ΜΔΕ 412)</small></h1>
<div class="course-title-row">Γ. Αθανασίου (διδάσκων) · Εαρινό εξάμηνο 2023–2024 · ΠΜΣ «Τεχνητή Νοημοσύνη»</div>
</div>
</div>
<div class="row">
<div class="col-xs-12">
<div class="panel panel-action-btn-default">
<div class="panel-heading"><h3 class="panel-title">Περιεχόμενο μαθήματος</h3></div>
<div class="panel-body">
<p>Το μάθημα διαβάζει τη βαθιά μάθηση «από τις πηγές»: κάθε εβδομάδα συζητάμε ένα ιστορικό ή θεμελιώδες άρθρο, το αναπαράγουμε σε μικρή κλίμακα στο εργαστήριο και γράφουμε σύντομη κριτική (1–2 σελίδες). Προαπαιτούμενα: Γραμμική Άλγεβρα, Πιθανότητες, Python.</p>
<p>Τα PDF των άρθρων βρίσκονται στα <a href="https://eclass.pmak.example.gr/modules/document/index.php?course=CSD412&amp;openDir=/5f1c2a9e0b7d4">Έγγραφα → Αναγνώσματα</a>. Όπου υπάρχει, δίνουμε και τον σύνδεσμο arXiv.</p>
</div>
</div>
<div class="panel panel-action-btn-default">
<div class="panel-heading"><h3 class="panel-title">Εβδομαδιαίο πρόγραμμα και αναγνώσματα</h3></div>
<div class="panel-body">
<div class="table-responsive">
<table class="table table-striped table-bordered">
<thead>
<tr>
<th class="text-center">Εβδ.</th>
<th>Ημ/νία</th>
<th>Θέμα</th>
<th>Ανάγνωσμα</th>
</tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>
<p class="help-block">Οι διαλέξεις βιντεοσκοπούνται και ανεβαίνουν στα Πολυμέσα (δεν αντικαθιστούν τα αναγνώσματα).</p>
</div>
</div>
<div class="panel panel-action-btn-default">
<div class="panel-heading"><h3 class="panel-title">Σύγγραμμα και βοηθήματα</h3></div>
<div class="panel-body">
<ul>
<li>I. Goodfellow, Y. Bengio, A. Courville, <i>Deep Learning</i>, MIT Press, 2016 (Εύδοξος 94700120).</li>
<li>A. Zhang κ.ά., <i>Dive into Deep Learning</i>, {a('https://d2l.ai/')} (ελεύθερα διαθέσιμο).</li>
<li>Τεκμηρίωση PyTorch: {a('https://pytorch.org/docs/stable/')}</li>
</ul>
</div>
</div>
<div class="panel panel-action-btn-default">
<div class="panel-heading"><h3 class="panel-title">Αξιολόγηση</h3></div>
<div class="panel-body">
<p>Εβδομαδιαίες κριτικές 30% · εργαστηριακές ασκήσεις 30% · τελική εργασία με παρουσίαση 40%. Οι κριτικές υποβάλλονται στις Εργασίες έως την Κυριακή 23:59.</p>
</div>
</div>
</div>
</div>
</div>
</div>
<footer class="footer">
<div class="container-fluid">
<p class="text-center">Open eClass © 2003-2024 · <a href="https://eclass.pmak.example.gr/info/about.php">Πληροφορίες</a> · <a href="https://eclass.pmak.example.gr/info/manual.php">Εγχειρίδια</a> · <a href="https://eclass.pmak.example.gr/info/privacy_policy.php">Πολιτική Απορρήτου</a></p>
</div>
</footer>
</div>
<script type="text/javascript" src="{FILES}classie.js"></script>
</body></html>
"""
write_only(F, page, keys(F))
