#!/usr/bin/env python3
"""1066 (negative): the web version of a Greek ML meetup's March newsletter sent with Moosend, saved by Firefox as
"Web Page, HTML only" (the page as served): an e-mail template of nested tables (XHTML transitional doctype, MSO
conditionals, inline styles, a hidden preheader), every link wrapped in the sender's click tracker
(`…/c/<campaign>/<link n>`, n rising), the web-version and unsubscribe links, "Powered by Moosend". It looks like a
paper digest — a "paper of the month" section, a recording, a reading-group night, a workshop, jobs — but the paper
is still being voted on: three topics, no title, no arXiv id. The builder refuses any catalogue title and anything
arXiv-shaped."""
import html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1066)
CAMP = "6d1f0c4a-93b2-4e57-a8d0-2f4b7c19e530"
TRACK = "https://t.moosend-mail.example"
SUB = "b93e1a27c4d05f68"
n = 0


def link(url, text, style="color:#1f5fa8;text-decoration:underline;"):
    global n
    n += 1
    return f'<a href="{TRACK}/c/{CAMP}/{n}?sid={SUB}&amp;u={quote(url, safe="")}" target="_blank" style="{style}">{text}</a>'


def block(title, inner):
    return f"""<tr>
<td class="mso-padding" style="padding:24px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#222222;">
<h2 style="margin:0 0 10px 0;font-size:19px;line-height:25px;color:#0b3d63;">{title}</h2>
{inner}
</td>
</tr>
"""


pre = "Ψηφίστε το paper του Απριλίου, νέα ημερομηνία για το hands-on και δύο θέσεις εργασίας"
web = link(f"{TRACK}/w/{CAMP}", "Προβολή στον browser", "color:#777777;text-decoration:underline;")
blocks = [
 block("Επόμενη συνάντηση: Πέμπτη 21 Μαρτίου, 19:00",
       f"""<p style="margin:0 0 12px 0;">Στον Χώρο Ζ (Κεραμεικός), ομιλία της Ελένης Παπαδάκη: <strong>«Πώς διαβάζουμε ένα paper σε 30 λεπτά»</strong> — πρακτικές συμβουλές για το πρώτο πέρασμα, τα σχήματα και το παράρτημα. Ακολουθεί μπύρα.</p>
<p style="margin:0 0 12px 0;">{link("https://www.meetup.com/athens-ml-meetup-example/events/299104512/", "Δηλώστε συμμετοχή στο Meetup")} — οι θέσεις είναι 60.</p>"""),
 block("Το paper του μήνα: ψηφοφορία",
       f"""<p style="margin:0 0 12px 0;">Τον Απρίλιο επιστρέφει η βραδιά ανάγνωσης. Αυτή τη φορά διαλέγετε εσείς ανάμεσα σε τρεις θεματικές:</p>
<ul style="margin:0 0 12px 18px;padding:0;">
<li>μοντέλα διάχυσης για βίντεο,</li>
<li>αποδοτική εκπαίδευση μεγάλων γλωσσικών μοντέλων σε λίγες GPU,</li>
<li>ενισχυτική μάθηση από ανθρώπινη ανατροφοδότηση.</li>
</ul>
<p style="margin:0 0 12px 0;">Το συγκεκριμένο paper θα το ανακοινώσουμε μόλις κλείσει η ψηφοφορία (28/3), μαζί με σύνδεσμο για το PDF. {link("https://forms.example.gr/athens-ml/psifoforia-aprilios", "Ψηφίστε εδώ")}</p>"""),
 block("Αν χάσατε τον Φεβρουάριο",
       f"""<p style="margin:0 0 12px 0;">Η ηχογράφηση της εισαγωγικής ομιλίας για τους μετασχηματιστές (Transformers) του Νίκου Σταθόπουλου είναι στο κανάλι μας: {link("https://www.youtube.com/watch?v=kQ7xT2mRb4E", "δείτε το βίντεο")}. Οι διαφάνειες είναι στο {link("https://github.com/athens-ml-example/talks", "αποθετήριο των ομιλιών")}.</p>"""),
 block("Hands-on: fine-tuning σε ένα GPU — νέα ημερομηνία",
       """<p style="margin:0 0 12px 0;">Το εργαστήριο μεταφέρεται στις <strong>4 Απριλίου</strong> λόγω διαθεσιμότητας αίθουσας. Φέρτε laptop· θα δουλέψουμε σε Colab με τη βιβλιοθήκη PEFT. Όσοι είχατε δηλώσει, η θέση σας κρατιέται.</p>"""),
 block("Θέσεις εργασίας",
       f"""<p style="margin:0 0 6px 0;">• {link("https://jobs.example.gr/ml-engineer-nlp", "ML Engineer (NLP), Αθήνα / υβριδικά")}</p>
<p style="margin:0 0 12px 0;">• {link("https://jobs.example.gr/phd-computer-vision", "Υποψήφιος/α διδάκτορας στην όραση υπολογιστών, Ηράκλειο")}</p>"""),
]
unsub = f"{TRACK}/u/{CAMP}/{SUB}"
prefs = f"{TRACK}/p/{CAMP}/{SUB}"
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="el">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>Athens ML Meetup — Μάρτιος 2024</title>
<!--[if mso]>
<style type="text/css">body, table, td {{font-family: Arial, Helvetica, sans-serif !important;}}</style>
<![endif]-->
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
table {{ border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; }}
@media only screen and (max-width:620px) {{ .container {{ width:100% !important; }} .mso-padding {{ padding:16px !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#eef2f5;">
<div style="display:none;font-size:1px;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">{pre}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef2f5;">
<tr>
<td align="center" style="padding:12px 0;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#777777;">{web}</td>
</tr>
<tr>
<td align="center">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
<tr>
<td style="padding:28px 32px;background-color:#0b3d63;font-family:Arial,Helvetica,sans-serif;color:#ffffff;">
<div style="font-size:24px;line-height:30px;font-weight:bold;">Athens ML Meetup</div>
<div style="font-size:14px;line-height:20px;">Ενημερωτικό δελτίο · Μάρτιος 2024</div>
</td>
</tr>
{"".join(blocks)}<tr>
<td style="padding:16px 32px 28px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:23px;color:#222222;">
<p style="margin:0;">Τα λέμε την Πέμπτη,<br />Κατερίνα, Γιώργος και Σοφία</p>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td align="center" style="padding:20px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:18px;color:#777777;">
<p style="margin:0 0 8px 0;">Athens ML Meetup · Ερμού 100, 105 54 Αθήνα</p>
<p style="margin:0 0 8px 0;">Λαμβάνετε αυτό το email επειδή εγγραφήκατε στη λίστα του Athens ML Meetup.</p>
<p style="margin:0 0 8px 0;"><a href="{unsub}" target="_blank" style="color:#777777;text-decoration:underline;">Διαγραφή</a> · <a href="{prefs}" target="_blank" style="color:#777777;text-decoration:underline;">Ενημέρωση προτιμήσεων</a></p>
<p style="margin:0;"><a href="https://moosend.com/?utm_source=footer" target="_blank" style="color:#999999;text-decoration:none;">Powered by Moosend</a></p>
</td>
</tr>
</table>
</body>
</html>
"""
write(F, page, negative=True)
