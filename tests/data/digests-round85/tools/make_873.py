#!/usr/bin/env python3
"""873: a Tiny Tiny RSS JSON API answer to `getHeadlines` (`show_content=true`, `view_mode=all_articles`,
`order_by=feed_dates`) as PHP's json_encode writes it: one line, no final newline, `{"seq":0,"status":0,"content":[…]}`,
every `/` written `\\/`, every non-ASCII character a lower-case `\\uXXXX` escape (Greek included), headline keys in the
API's order (id, guid, unread, marked, published, updated, is_updated, title, link, feed_id, tags, attachments,
content, labels, feed_title, comments_count, comments_link, always_display_attachments, author, score, note, lang),
the guid itself a JSON string `{"ver":2,"uid":"…","hash":"SHA1:…"}`, `tags` `[""]` when the article has none, newest
first. A Greek reader's subscriptions (a Greek self-supervised-learning blog and a newsletter); one article carries
the reader's own note. A video, a repository and a podcast episode are not papers."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(873)
K = dict(ssvae="2010.02014", bituning="2011.06182", supcon="2004.11362", beit="2106.08254", barlow="2103.03230",
         byol="2006.07733", hard="2010.04592", dacl="2011.04419")
BLOG, NEWS = "Σημειώσεις Αναπαραστάσεων", "Το Δελτίο της Μηχανικής Μάθησης"


def guid(link):
    return json.dumps({"ver": 2, "uid": "3", "hash": "SHA1:" + hashlib.sha1(link.encode()).hexdigest()},
                      separators=(",", ":"))


def a(url, text):
    return f'<a href="{url}" target="_blank" rel="noopener noreferrer">{text}</a>'


ARTS = [
 dict(id=48211, unread=True, marked=True, updated=1710075600, feed_id=7, feed=BLOG,
      title="Εβδομαδιαία ανασκόπηση #14: επιβλεπόμενη αντιθετική μάθηση και προεκπαίδευση ViT",
      link="https://anaparastaseis.example.gr/2024/03/anaskopisi-14/", author="Ελένη Παπαδάκη",
      tags=["αυτοεπίβλεψη", "ανασκόπηση"],
      content=("<p>Τρία άρθρα αυτή την εβδομάδα, όλα γύρω από το ίδιο ερώτημα: τι μαθαίνει ένα δίκτυο όταν δεν "
               "του δίνουμε ετικέτες — ή όταν του τις δίνουμε με άλλο τρόπο.</p>"
               f"<h3>1. {T(K['supcon'])}</h3>"
               f"<p>{au(K['supcon'], 2)} Η αντιθετική απώλεια επεκτείνεται ώστε όλα τα δείγματα της ίδιας κλάσης "
               f"να είναι θετικά. {a('https://arxiv.org/abs/2004.11362', 'Το άρθρο στο arXiv')}.</p>"
               f"<h3>2. {T(K['beit'])}</h3>"
               "<p>Μασκάρισμα εικόνας με οπτικά tokens, όπως το μασκάρισμα λέξεων στο κείμενο. "
               f"{a('https://arxiv.org/pdf/2106.08254v2', 'PDF')}.</p>"
               f"<h3>3. {T(K['barlow'])}</h3>"
               "<p>Χωρίς αρνητικά δείγματα: ο πίνακας ετεροσυσχέτισης των δύο κλάδων πιέζεται προς τον ταυτοτικό. "
               "Ο σύνδεσμος δεν μπήκε στο προσχέδιο· το αναγνωριστικό είναι arXiv:2103.03230.</p>"
               "<p><em>Στο επόμενο τεύχος: μη αντιθετικές μέθοδοι με δάσκαλο-μαθητή.</em></p>"),
      note=f"Να διαβάσω πριν το σεμινάριο της Πέμπτης μαζί με το «{T(K['byol'])}» — ο Νίκος λέει ότι τα δύο "
           "απαντούν στο ίδιο πρόβλημα κατάρρευσης με διαφορετικό τρόπο.",
      comments=3, lang="el"),
 dict(id=48170, unread=False, marked=False, updated=1709816400, feed_id=7, feed=BLOG,
      title="Πέρα από την αντιθετική μάθηση: αυτοεπιβλεπόμενοι VAE και λεπτή ρύθμιση",
      link="https://anaparastaseis.example.gr/2024/03/vae-kai-fine-tuning/", author="Ελένη Παπαδάκη",
      tags=["αυτοεπίβλεψη", "vae", "μεταφορά-μάθησης"],
      content=("<p>Δύο άρθρα από το ICLR που διάβασα με καθυστέρηση, και τα δύο με σελίδα στο OpenReview "
               "(αξίζουν οι κριτικές):</p><ul>"
               f"<li>{a('https://openreview.net/forum?id=zOGdf9K8aC', T(K['ssvae']))} — ο VAE εκπαιδεύεται "
               "ιεραρχικά πάνω σε ντετερμινιστικούς μετασχηματισμούς της εικόνας.</li>"
               f"<li>{a('https://openreview.net/forum?id=3rRgu7OGgBI', T(K['bituning']))} — λεπτή ρύθμιση με "
               "δύο κεφαλές, μία ταξινόμησης και μία αντιθετική.</li></ul>"
               "<p>Κώδικας (αποθετήριο, όχι άρθρο): "
               f"{a('https://git.example.gr/eleni/ssl-notes', 'ssl-notes')}.</p>"),
      note=None, comments=0, lang="el"),
 dict(id=48102, unread=False, marked=False, updated=1709557200, feed_id=12, feed=NEWS,
      title="Δελτίο #31: δύσκολα αρνητικά, αντιθετική μάθηση χωρίς επαυξήσεις, και ένα βίντεο",
      link="https://deltio-ml.example.gr/t/31", author="Γιώργος Αντωνίου", tags=[""],
      content=("<p>Καλησπέρα σε όλους! Σύντομο τεύχος.</p>"
               "<p><strong>Άρθρα της εβδομάδας</strong> (χωρίς συνδέσμους αυτή τη φορά, ψάξτε τους τίτλους):</p>"
               f"<ol><li>«{T(K['hard'])}» — πώς επιλέγουμε αρνητικά που μοιάζουν με το θετικό χωρίς να "
               "είναι της ίδιας κλάσης.</li>"
               f"<li>«{T(K['dacl'])}» — μίξη δειγμάτων αντί για επαυξήσεις εικόνας, ώστε η μέθοδος να "
               "δουλεύει σε πίνακες, ήχο και κείμενο.</li></ol>"
               "<p><strong>Βίντεο</strong> (όχι άρθρο): "
               f"{a('https://video.example.com/watch?v=ssl-ellinika-5', 'Αυτοεπιβλεπόμενη μάθηση στα ελληνικά, μέρος 5')}"
               "</p><p>Τα λέμε την επόμενη Κυριακή.</p>"),
      note=None, comments=1, lang="el"),
 dict(id=48044, unread=False, marked=False, updated=1709298000, feed_id=12, feed=NEWS,
      title="Επεισόδιο podcast: συνέντευξη με ερευνήτρια αναπαραστάσεων",
      link="https://deltio-ml.example.gr/t/30-podcast", author="Γιώργος Αντωνίου", tags=["podcast"],
      content=("<p>Νέο επεισόδιο του podcast (δεν είναι άρθρο): μιλάμε για το πώς ξεκίνησε ένα εργαστήριο "
               "αυτοεπίβλεψης στη Θεσσαλονίκη, για υπολογιστικούς πόρους και για το τι διαβάζουν οι νέοι "
               "υποψήφιοι διδάκτορες.</p><p>Διάρκεια 48 λεπτά.</p>"),
      note=None, comments=0, lang="el"),
]


def head(x):
    h = {"id": x["id"], "guid": guid(x["link"]), "unread": x["unread"], "marked": x["marked"], "published": False,
         "updated": x["updated"], "is_updated": False, "title": x["title"], "link": x["link"],
         "feed_id": x["feed_id"], "tags": x["tags"], "attachments": [], "content": x["content"], "labels": [],
         "feed_title": x["feed"], "comments_count": x["comments"],
         "comments_link": x["link"] + "#comments" if x["comments"] else "", "always_display_attachments": False,
         "author": x["author"], "score": 0, "note": x["note"], "lang": x["lang"]}
    return h


resp = {"seq": 0, "status": 0, "content": [head(x) for x in ARTS]}
text = json.dumps(resp, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
forms = ["\n".join([x["content"], x["title"], x["note"] or ""]) for x in ARTS]
write_only(F, text, keys(F), forms)
