#!/usr/bin/env python3
"""1126 (negative): a thread on the Greek forum insomnia.gr (Invision Community) saved from the browser ("Webpage,
HTML only"): "how do I start reading ML papers?" — advice about courses, books, tools, the arXiv listing pages and a
reading method, but no paper named by its title and no arXiv id. Greek. Each post's <time datetime> is UTC and its
title attribute the Athens local time (EET, +2, computed); post ids and times increase; the reply count is the
posts minus one. The builder refuses any catalogue title and anything arXiv-shaped."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1126

E = html.escape
TID, SLUG = 412877, "πώς-ξεκινάω-να-διαβάζω-papers-στη-μηχανική-μάθηση"
URL = f"https://www.insomnia.gr/forums/topic/{TID}-pws-ksekinaw-na-diavazw-papers-sth-mhxanikh-mathhsh/"
TITLE = "Πώς ξεκινάω να διαβάζω papers στη μηχανική μάθηση;"
POSTS = [
    (8934120, "nikos_pap", "Μέλος", 212, "2024-02-11T18:22:05Z",
     "<p>Καλησπέρα. Είμαι στο 4ο έτος ΗΜΜΥ και θέλω για τη διπλωματική να μπω σε ML. Ο επιβλέπων μου είπε «διάβασε papers». Ποια; Πώς; Ανοίγω το arXiv και βλέπω 300 καινούρια τη μέρα και παγώνω. Έχετε κάποια λίστα για αρχάριους;</p>"),
    (8934131, "Dimitra_K", "Μέλος", 1408, "2024-02-11T18:47:39Z",
     "<p>Μην ξεκινάς από το arXiv. Κάνε πρώτα ένα σοβαρό μάθημα: το CS229 του Stanford ή το μάθημα του fast.ai, και ένα βιβλίο (Bishop ή το «Dive into Deep Learning», που είναι δωρεάν online). Μετά τα papers θα βγάζουν νόημα.</p>"),
    (8934160, "geo.th", "Μέλος", 96, "2024-02-11T19:30:02Z",
     "<p>Η μέθοδος που μου είπαν στο μεταπτυχιακό και δουλεύει:</p><ol><li>τίτλος, περίληψη, σχήματα</li><li>εισαγωγή και συμπεράσματα</li><li>μόνο αν σου αξίζει, η μέθοδος και τα πειράματα</li></ol><p>Τα περισσότερα papers σταματάνε στο βήμα 1. Και κράτα σημειώσεις στο Zotero από την πρώτη μέρα.</p>"),
    (8934202, "nikos_pap", "Μέλος", 212, "2024-02-11T21:05:44Z",
     "<div class=\"ipsQuote\" data-ipsquote-username=\"Dimitra_K\"><div class=\"ipsQuote_citation\">Dimitra_K είπε:</div><div class=\"ipsQuote_contents\"><p>Μην ξεκινάς από το arXiv.</p></div></div><p>Ναι αλλά ο επιβλέπων θέλει να του φέρω κάτι συγκεκριμένο σε δύο εβδομάδες 😅 Υπάρχει κάποια σελίδα που μαζεύει τα «κλασικά»;</p>"),
    (8934231, "Dimitra_K", "Μέλος", 1408, "2024-02-11T21:40:18Z",
     "<p>Ρώτα τον επιβλέποντα να σου δώσει ο ίδιος τα 3–4 πρώτα, αλήθεια, έτσι γίνεται παντού. Από κει και πέρα ακολουθείς τις αναφορές τους. Για τα καινούρια, δες τη σελίδα <a href=\"https://arxiv.org/list/cs.LG/recent\" rel=\"external nofollow\">arxiv.org/list/cs.LG/recent</a> μία φορά την εβδομάδα και διάβαζε μόνο τίτλους.</p>"),
    (8934377, "stelios_ml", "Μέλος", 3377, "2024-02-12T07:58:11Z",
     "<p>Να προσθέσω: τα podcasts και τα YouTube κανάλια που «εξηγούν papers» είναι καλά για να αποφασίσεις τι αξίζει, όχι για να αντικαταστήσουν την ανάγνωση. Και μην ντρέπεσαι να ρωτάς εδώ στο υποφόρουμ, υπάρχει και το thread με τα reading groups του ΕΜΠ και του ΑΠΘ.</p>"),
]


def local(z):
    t = dt.datetime.strptime(z, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(hours=2)
    return t.strftime("%d/%m/%Y %H:%M")


arts = []
for pid, user, group, n, z, body in POSTS:
    arts.append(f"""<article id="elComment_{pid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium">
<h3 class="ipsType_sectionHead cAuthorPane_author"><strong><a href="https://www.insomnia.gr/profile/{pid % 97531}-{user.lower().replace('.', '')}/" class="ipsType_break">{E(user)}</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset"><li data-role="group">{group}</li><li class="ipsType_light">{n} μηνύματα</li></ul>
</aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-{pid}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_reset ipsResponsive_hidePhone"><a href="{URL}?do=findComment&amp;comment={pid}" class="ipsType_blendLinks">Δημοσιεύτηκε <time datetime="{z}" title="{local(z)} " data-short="">{local(z)}</time></a></div>
</div>
<div class="cPost_contentWrap">
<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
{body}
</div>
</div>
</div>
</div>
</article>""")

page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="el-GR" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(TITLE)} - Προγραμματισμός - Insomnia.gr</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" href="https://www.insomnia.gr/uploads/css_built_1/framework.css" media="all">
</head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagemodule="forums" data-pagecontroller="topic">
<a href="#ipsLayout_mainArea" class="ipsHide" title="Μετάβαση στο κύριο περιεχόμενο">Μετάβαση στο περιεχόμενο</a>
<div id="ipsLayout_header" class="ipsClearfix">
<header><div class="ipsLayout_container"><a href="https://www.insomnia.gr/" id="elLogo" accesskey="1">Insomnia.gr</a></div></header>
<nav data-controller="core.front.core.navBar"><ul id="elBreadcrumb"><li><a href="https://www.insomnia.gr/">Αρχική</a></li><li><a href="https://www.insomnia.gr/forums/">Forums</a></li><li><a href="https://www.insomnia.gr/forums/forum/78-programmatismos/">Προγραμματισμός</a></li><li>{E(TITLE)}</li></ul></nav>
</div>
<main id="ipsLayout_body" class="ipsLayout_container">
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{E(TITLE)}</span></h1>
<p class="ipsType_reset ipsType_light">{len(POSTS) - 1} απαντήσεις σε αυτό το θέμα</p>
</div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view" data-commentsType="posts">
{chr(10).join(arts)}
</div>
<div class="ipsAreaBackground_light ipsPadding">Δημιουργήστε λογαριασμό ή συνδεθείτε για να σχολιάσετε</div>
</div>
</main>
<footer id="ipsLayout_footer" class="ipsClearfix"><p id="elCopyright"><span id="elCopyright_userLine">Insomnia.gr</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></footer>
</body></html>
"""
write(F1126, page, negative=True)
