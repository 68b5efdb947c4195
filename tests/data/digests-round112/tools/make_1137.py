#!/usr/bin/env python3
"""1137: an ILIAS 8 course page (a Hauptseminar's "Seminarplan" Inhaltsseite) saved by the browser: the mark of the
web (`saved from url=(NNNN)`, its length computed), the top bar, the main bar, the breadcrumbs, the course header, the
tabs, a page-editor page (paragraphs, a ten-row session table whose weekday abbreviations are computed from the dates),
the course's item list (a file, a forum, a web link), the footer. German. The session table writes titles as the
reading, some split over two lines inside the cell, with links (one `/pdf/`), an arXiv id in text, or nothing."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1137, keys

URL = "https://ilias.uni-example.de/ilias.php?baseClass=ilrepositorygui&cmdNode=xx:yy&ref_id=482913&cmd=view"
WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
d0 = dt.date(2024, 4, 16)


def split2(t):
    """a title broken over two lines in the cell (whitespace only)"""
    w = t.split(" ")
    h = len(w) // 2
    return " ".join(w[:h]) + "\n              " + " ".join(w[h:])


def a(href, text):
    return f'<a class="ilc_link_ExtLink" href="{href}" target="_blank" rel="noopener">{text}</a>'


rows = [
    ("Einführung, Themenvergabe, Hinweise zur Hausarbeit", "—", "Dr. Kessler"),
    ("Vom Feature-Extraktor zum Fine-Tuning", f"Howard &amp; Ruder (2018): {split2(T('1801.06146'))}. ACL.", "Jonas Brandt"),
    ("Masked Language Modeling", a("https://arxiv.org/abs/1810.04805", split2(T("1810.04805"))), "Lea Hoffmann"),
    ("Permutationen statt Masken", f"Yang et al. (2019): {T('1906.08237')}, arXiv:1906.08237", "Emre Yıldız"),
    ("Gründlicher trainieren", a("https://arxiv.org/abs/1907.11692", T("1907.11692")), "Marie Schulte"),
    ("— Pfingstferien, keine Sitzung —", "", ""),
    ("Mehrsprachigkeit", f"Conneau et al. (2020): {split2(T('1911.02116'))}. ACL 2020.", "Paul Nguyen"),
    ("Diskriminativ statt generativ", a("https://arxiv.org/pdf/2003.10555.pdf", T("2003.10555")) +
     f"<br>\n              ergänzend: Clark et al. (2020): {T('2012.08561')}, EMNLP 2020", "Sophie Wagner"),
    ("Entkoppelte Attention", a("https://arxiv.org/abs/2006.03654", T("2006.03654")), "Tim Krüger"),
    ("Abschlussdiskussion, Feedback", "Keine Pflichtlektüre", "alle"),
]
trs, nr = [], 0
for i, (thema, lekt, ref) in enumerate(rows):
    d = d0 + dt.timedelta(days=7 * i)
    holiday = thema.startswith("—")
    nr += 0 if holiday else 1
    trs.append(f"""<tr>
<td class="ilc_table_cell_StandardCell1">{"" if holiday else nr}</td>
<td class="ilc_table_cell_StandardCell1">{WD[d.weekday()]}, {d:%d.%m.%Y}</td>
<td class="ilc_table_cell_StandardCell1">{thema}</td>
<td class="ilc_table_cell_StandardCell1">{lekt}</td>
<td class="ilc_table_cell_StandardCell1">{ref}</td>
</tr>""")
table = "\n".join(trs)
html = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="de" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seminarplan - Hauptseminar: Vortrainierte Sprachmodelle (SoSe 2024) - ILIAS Universität Beispielstadt</title>
<link rel="stylesheet" type="text/css" href="./Seminarplan_files/delos.css">
<link rel="stylesheet" type="text/css" href="./Seminarplan_files/content.css">
<link rel="icon" href="https://ilias.uni-example.de/templates/default/images/favicon.ico" type="image/x-icon">
</head>
<body class="std" data-ilias-version="8.11">
<div class="il-layout-page">
<header class="il-header">
<div class="header-inner">
<div class="il-logo"><a href="https://ilias.uni-example.de/goto.php?target=root_1&amp;client_id=UNIBSP"><img src="./Seminarplan_files/HeaderIcon.svg" alt="Zur Startseite"></a></div>
<div class="il-pagetitle">ILIAS Universität Beispielstadt</div>
<nav class="il-maincontrols-metabar" aria-label="Metaleiste">
<button class="btn btn-bulky" data-action="search"><span class="bulky-label">Suche</span></button>
<button class="btn btn-bulky" data-action="help"><span class="bulky-label">Hilfe</span></button>
<button class="btn btn-bulky" data-action="notifications"><span class="bulky-label">Benachrichtigungen</span><span class="il-counter-novelty">3</span></button>
<button class="btn btn-bulky" data-action="user"><span class="bulky-label">Benutzer</span></button>
</nav>
</div>
</header>
<div class="il-system-infos"></div>
<nav class="il-maincontrols-mainbar" aria-label="Hauptleiste">
<ul class="il-mainbar-triggers">
<li><button class="btn btn-bulky"><span class="bulky-label">Dashboard</span></button></li>
<li><button class="btn btn-bulky engaged"><span class="bulky-label">Magazin</span></button></li>
<li><button class="btn btn-bulky"><span class="bulky-label">Persönlicher Arbeitsraum</span></button></li>
<li><button class="btn btn-bulky"><span class="bulky-label">Kommunikation</span></button></li>
</ul>
</nav>
<main class="il-layout-page-content">
<nav class="breadcrumb_wrapper" aria-label="Brotkrumen-Navigation">
<div class="breadcrumb">
<span class="crumb"><a href="https://ilias.uni-example.de/goto.php?target=root_1&amp;client_id=UNIBSP">Magazin</a></span>
<span class="crumb"><a href="https://ilias.uni-example.de/goto.php?target=cat_1207&amp;client_id=UNIBSP">Philosophische Fakultät</a></span>
<span class="crumb"><a href="https://ilias.uni-example.de/goto.php?target=cat_1388&amp;client_id=UNIBSP">Institut für Computerlinguistik</a></span>
<span class="crumb"><a href="https://ilias.uni-example.de/goto.php?target=crs_482911&amp;client_id=UNIBSP">Hauptseminar: Vortrainierte Sprachmodelle (SoSe 2024)</a></span>
<span class="crumb"><a href="{URL.replace('&', '&amp;')}">Seminarplan</a></span>
</div>
</nav>
<div id="il_center_col">
<div class="media il_HeaderInner">
<div class="media-left"><img class="ilIcon" src="./Seminarplan_files/icon_copa.svg" alt="Symbol Inhaltsseite"></div>
<div class="media-body"><h1 class="media-heading ilHeader" id="il_mhead_t_focus">Seminarplan</h1>
<div class="ilHeaderDesc">Sitzungen, Pflichtlektüre und Referate – Stand: 12.04.2024</div></div>
</div>
<ul id="ilTab" class="nav nav-tabs">
<li id="tab_content" class="active"><a href="{URL.replace('&', '&amp;')}">Inhalt</a></li>
<li id="tab_info_short"><a href="https://ilias.uni-example.de/goto.php?target=copa_482913_info&amp;client_id=UNIBSP">Info</a></li>
</ul>
<div class="ilTabContentOuter">
<div class="ilc_page_Page" id="ilPageShowAdvContent">
<h2 class="ilc_heading2_Headline2">Hinweise</h2>
<div class="ilc_Paragraph ilc_text_block_Standard">Liebe Teilnehmende,<br>
hier steht der Plan für das Semester. Die Pflichtlektüre lesen <strong>alle</strong> vor der Sitzung, die
Referent:innen bereiten 25 Minuten Vortrag plus Diskussion vor. Die PDFs der nicht verlinkten Texte liegen im
Ordner „Material“. Wer tauschen möchte: bitte im Forum, nicht per Mail.</div>
<div class="ilc_Paragraph ilc_text_block_Standard">Zur Wiederholung der Grundlagen empfehle ich Kapitel 9–11 aus
Jurafsky &amp; Martin, <em>Speech and Language Processing</em> (3. Aufl., Entwurf), frei online unter
<a class="ilc_link_ExtLink" href="https://web.stanford.edu/~jurafsky/slp3/" target="_blank" rel="noopener">web.stanford.edu/~jurafsky/slp3</a>,
und für die Praxis den Hugging-Face-Kurs (<a class="ilc_link_ExtLink" href="https://huggingface.co/learn/nlp-course" target="_blank" rel="noopener">huggingface.co/learn/nlp-course</a>).
Anschaulich ist auch Jay Alammars Blogpost „The Illustrated BERT, ELMo, and co.“ – kein Ersatz für das Paper!</div>
<h2 class="ilc_heading2_Headline2">Sitzungsplan</h2>
<table class="ilc_table_StandardTable" width="100%">
<thead><tr>
<th class="ilc_table_cell_StandardCell1">Nr.</th>
<th class="ilc_table_cell_StandardCell1">Datum</th>
<th class="ilc_table_cell_StandardCell1">Thema</th>
<th class="ilc_table_cell_StandardCell1">Lektüre</th>
<th class="ilc_table_cell_StandardCell1">Referat</th>
</tr></thead>
<tbody>
{table}
</tbody>
</table>
<div class="ilc_Paragraph ilc_text_block_Standard">Zeit und Ort: dienstags 14:15–15:45 Uhr, Raum 2.104 (Seminargebäude).
Bei ELECTRA bitte auch den Anhang zur Generatorgröße lesen; die Zusatzlektüre zu „Electric“ ist freiwillig.</div>
<h2 class="ilc_heading2_Headline2">Hausarbeit</h2>
<div class="ilc_Paragraph ilc_text_block_Standard">Umfang 12–15 Seiten, Abgabe bis 30.09.2024 über die Übung
„Abgabe Hausarbeit“. Themenabsprache bis Ende Juni in der Sprechstunde (Mi 10–11 Uhr, nach Anmeldung).</div>
</div>
</div>
<div class="ilContainerBlock">
<h3 class="ilContainerBlockHeader">Inhalt des Kurses</h3>
<div class="il_ContainerListItem"><img class="ilListItemIcon" src="./Seminarplan_files/icon_fold.svg" alt="Symbol Ordner">
<a class="il_ContainerItemTitle" href="https://ilias.uni-example.de/goto.php?target=fold_482915&amp;client_id=UNIBSP">Material</a>
<div class="ilListItemSection il_Description">PDFs, Folien der Referate</div></div>
<div class="il_ContainerListItem"><img class="ilListItemIcon" src="./Seminarplan_files/icon_frm.svg" alt="Symbol Forum">
<a class="il_ContainerItemTitle" href="https://ilias.uni-example.de/goto.php?target=frm_482917&amp;client_id=UNIBSP">Forum: Fragen und Tausch von Referatsterminen</a>
<div class="ilListItemSection il_ItemProperties">Neue Beiträge: 2</div></div>
<div class="il_ContainerListItem"><img class="ilListItemIcon" src="./Seminarplan_files/icon_webr.svg" alt="Symbol Weblink">
<a class="il_ContainerItemTitle" href="https://huggingface.co/learn/nlp-course">Hugging Face NLP Course</a>
<div class="ilListItemSection il_Description">Praxisteil, freiwillig</div></div>
</div>
</div>
</main>
<footer class="il-footer">
<div class="il-footer-content">
<div class="il-footer-text">powered by ILIAS (v8.11 2024-03-21)</div>
<ul class="il-footer-links">
<li><a href="https://ilias.uni-example.de/ilias.php?baseClass=ilImprintGUI">Impressum</a></li>
<li><a href="https://ilias.uni-example.de/goto.php?target=usr_privacy&amp;client_id=UNIBSP">Datenschutz</a></li>
<li><a href="https://ilias.uni-example.de/ilias.php?baseClass=ilAccessibilityControlConceptGUI">Barrierefreiheit</a></li>
<li><a href="https://ilias.uni-example.de/goto.php?target=crs_482911&amp;client_id=UNIBSP">Permanenter Link</a></li>
</ul>
</div>
</footer>
</div>
</body></html>
"""
write_only(F1137, html, keys(F1137))
