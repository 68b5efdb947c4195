#!/usr/bin/env python3
"""1114: a Webflow Data API v2 answer (`GET /v2/collections/:id/items`, compact JSON as JSON.stringify writes it,
UTF-8 raw; Greek), a lab site's "reading group" CMS collection: five session items with rich-text bodies (Webflow's
HTML: `<p>`, `<h3>`, `<ul role="list">`, links with target _blank). Item ids are ObjectIds whose first four bytes are
the createdOn second; pagination counts the items."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1114, keys

LOCALE = "65a0c31e9d2b7f4a1c8e5d20"


def oid(created, salt):
    t = int(dt.datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp())
    return f"{t:08x}" + hashlib.md5(salt.encode()).hexdigest()[:16]


def a(url, text):
    return f'<a href="{url}" target="_blank">{text}</a>'


ITEMS = [
    ("2024-01-15T09:20:11.412Z", "2024-01-18T14:02:51.730Z", "2024-01-18T14:03:05.118Z", False,
     {"name": "Συνεδρία 1: Κλιμάκωση συνελικτικών δικτύων", "slug": "synedria-1-efficientnet",
      "session-date": "2024-01-25T00:00:00.000Z", "presenter": "Γιώργος Αλεξίου",
      "summary": "Πώς μεγαλώνουμε ένα CNN σε βάθος, πλάτος και ανάλυση ταυτόχρονα.",
      "post-body": f"<p>Κύριο άρθρο: {a('https://arxiv.org/abs/1905.11946', T('1905.11946'))} (Tan &amp; Le, ICML 2019).</p>"
                   "<p>Συζητήσαμε τον compound coefficient φ και γιατί η αναζήτηση έγινε μόνο για το B0. Κώδικας: το αποθετήριο tensorflow/tpu.</p>"}),
    ("2024-01-29T10:05:47.003Z", "2024-02-02T08:47:19.264Z", "2024-02-02T08:47:30.901Z", False,
     {"name": "Συνεδρία 2: Vision Transformers", "slug": "synedria-2-vision-transformers",
      "session-date": "2024-02-08T00:00:00.000Z", "presenter": "Μαρία Κωνσταντίνου",
      "summary": "Ιεραρχικοί ViT, κλιμάκωση και συνταγές εκπαίδευσης.",
      "post-body": "<h3>Άρθρα</h3><ul role=\"list\">"
                   f"<li>{a('https://arxiv.org/abs/2103.14030', T('2103.14030'))} — ICCV 2021, βραβείο Marr.</li>"
                   f"<li>{T('2106.04560')} (arXiv:2106.04560): νόμοι κλιμάκωσης για ViT έως 2 δισ. παραμέτρους.</li>"
                   f"<li>{T('2106.10270')} — το «πόσα augmentations χρειάζεσαι» άρθρο, με τα checkpoints του big_vision.</li>"
                   "</ul><p>Διαφάνειες στο εσωτερικό Drive του εργαστηρίου.</p>"}),
    ("2024-02-12T11:40:02.550Z", "2024-02-16T16:21:08.377Z", "2024-02-16T16:21:20.045Z", False,
     {"name": "Συνεδρία 3: Επαύξηση δεδομένων για κατάτμηση", "slug": "synedria-3-copy-paste",
      "session-date": "2024-02-22T00:00:00.000Z", "presenter": "Νίκος Παππάς",
      "summary": "Απλή επικόλληση αντικειμένων ως ισχυρή επαύξηση.",
      "post-body": f"<p>{a('https://arxiv.org/pdf/2012.07177.pdf', T('2012.07177'))}</p>"
                   "<p>Δοκιμάσαμε την ιδέα στο δικό μας σύνολο δεδομένων ελιών (βλ. το σημειωματάριο στο GitLab) με +2,1 mask AP.</p>"}),
    ("2024-02-26T08:55:39.118Z", "2024-03-01T12:10:44.602Z", "2024-03-01T12:10:59.210Z", False,
     {"name": "Συνεδρία 4: Αναπαραστάσεις και συντομεύσεις", "slug": "synedria-4-shortcut-learning",
      "session-date": "2024-03-07T00:00:00.000Z", "presenter": "Ελένη Δημητρίου",
      "summary": "Τι μαθαίνουν τελικά τα δίκτυα; Αυτοεπιβλεπόμενη μάθηση από τη σκοπιά της πληροφορίας.",
      "post-body": f"<p>1. {T('2004.07780')} (Geirhos κ.ά., Nature Machine Intelligence 2020).</p>"
                   f"<p>2. {a('https://openreview.net/forum?id=' + OR('2006.05576'), T('2006.05576'))} — ICLR 2021.</p>"
                   "<p>Προαιρετικά: η ανάρτηση «Shortcuts» στο ιστολόγιο του The Gradient.</p>"}),
    ("2024-03-04T07:31:26.840Z", "2024-03-05T09:14:02.115Z", None, True,
     {"name": "Συνεδρία 5: Ιατρική απεικόνιση (προσχέδιο)", "slug": "synedria-5-iatriki-apeikonisi",
      "session-date": "2024-03-21T00:00:00.000Z", "presenter": "Γιώργος Αλεξίου",
      "summary": "Επιλογή δειγμάτων για επισημείωση με meta-learning.",
      "post-body": f"<p>Προτεινόμενο: {T('2103.14339')}. Σύνδεσμος και διαφάνειες σύντομα.</p>"}),
]
items = []
for created, updated, published, draft, fd in ITEMS:
    items.append({"id": oid(created, fd["slug"]), "cmsLocaleId": LOCALE, "lastPublished": published, "lastUpdated": updated,
                  "createdOn": created, "isArchived": False, "isDraft": draft, "fieldData": fd})
doc = {"items": items, "pagination": {"limit": 100, "offset": 0, "total": len(items)}}
write_only(F1114, json.dumps(doc, ensure_ascii=False, separators=(",", ":")), keys(F1114))
