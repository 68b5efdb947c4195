#!/usr/bin/env python3
"""1785: the mirror page (the web version, «nl/jsp/m.jsp») of a newsletter sent with Adobe Campaign (Classic,
formerly Neolane), saved from the browser as HTML, Greek: doctype, <html lang="el">, a charset meta, a table layout with
inline styles, the hidden preheader, the masthead with issue and month, the editorial, feature blocks (headline, the
paper's title, a paragraph, a button), «Σύντομα» (a list), events with Greek weekdays and genitive month names, and the
footer with the opt-out link; every tracked link in Adobe Campaign's form
https://t.<domain>/r/?id=h<broadlog>,<delivery>,<url id> (hex, one broadlog and delivery for the whole page, one url id
per link), the open-tracking image with url id 1, and the links the editors excluded from tracking (the arXiv pages)
written as plain hrefs. The research centre «Κέντρο Υπολογιστικής Επιστήμης Αιγαίου», its newsletter «Νευρώνας»
(issue 14), `kyea.example.gr`, the ids, the address and the events are invented; the Materials Project, PyTorch
Geometric, the OGB leaderboard and Hugging Face appear as what they are. Nicknames FNO, MeshGraphNets, Graphormer,
Minerva, EigenGame, FedDyn, Dodrio and AlphaFold appear where the papers are written in full."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1785)
e = html.escape
DOM = "news.kyea.example.gr"
BL, DL = 0x4B1F0A9, 0x2C7E3D
ISSUE, MONTH = 14, "Μάρτιος 2025"
DAYS = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
MGEN = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου",
        "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_u = [0x2C7E40]


def trk():
    _u[0] += 1
    return f"https://t.{DOM}/r/?id=h{BL:x},{DL:x},{_u[0]:x}"


def gr(d):
    return f"{DAYS[d.weekday()]} {d.day} {MGEN[d.month - 1]} {d.year}"


def btn(label):
    return (f'<a href="{trk()}" style="display:inline-block;background-color:#00587a;color:#ffffff;padding:9px 18px;'
            f'text-decoration:none;border-radius:2px;font-size:14px;">{label}</a>')


feat = [
    ("Τελεστές Fourier για μερικές διαφορικές εξισώσεις",
     f'<a href="https://arxiv.org/abs/2010.08895" style="color:#00587a;">{e(T("2010.08895"))}</a>',
     "Ο νευρωνικός τελεστής μαθαίνει την απεικόνιση από τις αρχικές συνθήκες στη λύση και δουλεύει ανεξάρτητα από το "
     "πλέγμα. Η ομάδα ρευστοδυναμικής του Κέντρου τον δοκιμάζει ήδη για τη ροή στο Θερμαϊκό.", "Περισσότερα"),
    ("Προσομοίωση με γράφους πάνω σε πλέγματα",
     f'<a href="https://arxiv.org/pdf/2010.03409" style="color:#00587a;">{e(T("2010.03409"))}</a>',
     "Μοντέλο που μαθαίνει την εξέλιξη υφασμάτων, ρευστών και ελαστικών σωμάτων πάνω σε τριγωνικά πλέγματα, "
     "με ταχύτητα τάξεις μεγέθους πάνω από τους κλασικούς επιλυτές.", "Το άρθρο"),
    ("Πρόβλεψη δομής πρωτεϊνών",
     f"{e(ALPHAFOLD)} <span style=\"color:#6d6d6d;\">(Nature 596, 2021)</span>",
     "Τέσσερα χρόνια μετά, το άρθρο που άλλαξε τη δομική βιολογία παραμένει η καλύτερη εισαγωγή στο πώς "
     "συνδυάζονται η προσοχή και η γεωμετρική πληροφορία. Θα το συζητήσουμε στο σεμινάριο της 27ης Μαρτίου.", "Εγγραφή στο σεμινάριο"),
]
short = [
    f'<a href="{trk()}" style="color:#00587a;">{e(T("2106.05234"))}</a> – ο Graphormer '
    '(<span style="white-space:nowrap;">https://arxiv.org/abs/2106.05234v5</span>), με δομικές κωδικοποιήσεις για γράφους· '
    'πρώτη θέση στον πίνακα κατάταξης του OGB.',
    f'<a href="https://arxiv.org/abs/2206.14858" style="color:#00587a;">{e(T("2206.14858"))}</a> – το Minerva λύνει '
    "προβλήματα φυσικής και μαθηματικών με βήμα-βήμα συλλογισμό.",
    f"{e(T('2010.00554'))} (arXiv:2010.00554) – η ανάλυση κύριων συνιστωσών ως παίγνιο, για κατανεμημένο υπολογισμό σε τεράστια δεδομένα.",
    f"{e(T('2111.04263'))} – Acar κ.ά., ICLR 2021: ομοσπονδιακή μάθηση για τα δεδομένα των νοσοκομείων χωρίς να φύγουν από αυτά.",
    f"{e(T('2103.14625'))} – εργαλείο οπτικοποίησης των κεφαλών προσοχής· χρήσιμο για το μάθημα ερμηνευσιμότητας.",
]
events = [(dt.date(2025, 3, 27), "Σεμινάριο «Η τεχνητή νοημοσύνη στη δομική βιολογία», 13:00, αίθουσα Α2 και διαδικτυακά."),
          (dt.date(2025, 4, 9), "Εργαστήριο PyTorch Geometric για αρχάριους, 10:00–14:00, εργαστήριο Η/Υ 1.")]
P = [f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang="el">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Νευρώνας – Τεύχος {ISSUE} – {MONTH}</title>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;">Τελεστές Fourier, προσομοίωση με γράφους και η πρόβλεψη δομής πρωτεϊνών</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;color:#222222;">
<tr><td style="background-color:#00587a;padding:24px 30px;color:#ffffff;">
<h1 style="margin:0;font-size:28px;font-weight:normal;">Νευρώνας</h1>
<p style="margin:4px 0 0 0;font-size:13px;">Το ενημερωτικό δελτίο του Κέντρου Υπολογιστικής Επιστήμης Αιγαίου &middot; Τεύχος {ISSUE} &middot; {MONTH}</p>
</td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:1.6;">
<p>Αγαπητές φίλες, αγαπητοί φίλοι,</p>
<p>το τεύχος αυτό είναι αφιερωμένο στην τεχνητή νοημοσύνη για την επιστήμη: νευρωνικοί τελεστές για εξισώσεις, γράφοι για προσομοιώσεις και μόρια, και ένα κλασικό πλέον άρθρο της δομικής βιολογίας.</p>
<p>Καλή ανάγνωση,<br>η ομάδα επικοινωνίας</p>
</td></tr>"""]
for head, title, para, label in feat:
    P.append(f"""<tr><td style="padding:0 30px 24px 30px;border-top:1px solid #e0e0e0;">
<h2 style="font-size:19px;color:#00587a;margin:20px 0 6px 0;">{head}</h2>
<p style="margin:0 0 8px 0;font-weight:bold;">{title}</p>
<p style="margin:0 0 12px 0;font-size:15px;line-height:1.6;">{para}</p>
{btn(label)}
</td></tr>""")
P.append("""<tr><td style="padding:0 30px 24px 30px;border-top:1px solid #e0e0e0;">
<h2 style="font-size:19px;color:#00587a;margin:20px 0 6px 0;">Σύντομα</h2>
<ul style="margin:0;padding-left:18px;font-size:14px;line-height:1.7;">
""" + "\n".join(f"<li>{s}</li>" for s in short) + """
</ul>
</td></tr>
<tr><td style="padding:0 30px 24px 30px;border-top:1px solid #e0e0e0;">
<h2 style="font-size:19px;color:#00587a;margin:20px 0 6px 0;">Εκδηλώσεις</h2>
<p style="margin:0;font-size:14px;line-height:1.7;">""" + "<br>\n".join(f"<b>{gr(d)}</b>: {t}" for d, t in events) + f"""</p>
</td></tr>
<tr><td style="background-color:#eeeeee;padding:18px 30px;font-size:12px;color:#666666;line-height:1.6;">
Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο ενημερωτικό δελτίο του Κέντρου.<br>
Κέντρο Υπολογιστικής Επιστήμης Αιγαίου, Λεωφόρος Πανεπιστημίου 12, 811 00 Μυτιλήνη<br>
<a href="{trk()}" style="color:#666666;">Διαγραφή από τη λίστα</a> | <a href="{trk()}" style="color:#666666;">Πολιτική απορρήτου</a><br>
&copy; 2025 ΚΥΕΑ
</td></tr>
</table>
</td></tr>
</table>
<img src="https://t.{DOM}/r/?id=h{BL:x},{DL:x},1" width="0" height="0" alt="" style="display:none;">
</body>
</html>
""")
write_only(F, "\n".join(P), keys(F), forms=[html.unescape("\n".join(P))])
