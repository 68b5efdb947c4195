#!/usr/bin/env python3
"""1436 (negative control): a Google Books API v1 response saved with curl (`volumes?q=μηχανική μάθηση&langRestrict=el
&maxResults=10`): Google's JSON layout (two-space indents, `": "`), `kind`, `totalItems`, ten `books#volume` items in
the documented key order (volumeInfo with industryIdentifiers, readingModes, panelizationSummary, imageLinks, the
preview / info / canonical links; saleInfo; accessInfo; searchInfo's HTML textSnippet with <b> and entities). Greek
textbooks, a proceedings volume, course notes — books, not papers; authors and publishers invented; ISBNs invented
with valid check digits (ISBN-10 too for the older ones); volume ids and etags invented (deterministic). No paper
at all; no catalogue title; nothing arXiv-shaped."""
import hashlib, json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1436

Q = "μηχανική μάθηση"
A64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
h = lambda s, n: "".join(A64[b % 64] for b in hashlib.sha1(s.encode()).digest()[:n])


def isbn13(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def isbn10(body9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(body9))
    c = (11 - s % 11) % 11
    return body9 + ("X" if c == 10 else str(c))


B = [  # title, subtitle, authors, publisher, date, description, isbn body (9 digits after 978), pages, categories, sale price or None, viewability, snippet, old
 ("Μηχανική Μάθηση", "Θεωρία, αλγόριθμοι και εφαρμογές με Python", ["Νικόλαος Παπαδάκης", "Ελένη Σταματίου"], "Εκδόσεις Αλφάβητο Τεχ",
  "2021-09-15", "Το βιβλίο καλύπτει την εποπτευόμενη και μη εποπτευόμενη μάθηση, από τη γραμμική παλινδρόμηση ως τα δέντρα αποφάσεων και τα νευρωνικά δίκτυα. Κάθε κεφάλαιο συνοδεύεται από παραδείγματα σε Python με scikit-learn και ασκήσεις σε δεδομένα από το Kaggle.",
  "618504213", 512, ["Computers"], 38.5, "PARTIAL", "Η <b>μηχανική μάθηση</b> είναι ο κλάδος της τεχνητής νοημοσύνης που μελετά αλγορίθμους οι οποίοι βελτιώνονται με την εμπειρία&nbsp;...", False),
 ("Βαθιά Μάθηση με PyTorch", "Συνελικτικά και αναδρομικά δίκτυα στην πράξη", ["Γιώργος Λαμπρόπουλος"], "Εκδόσεις Νέος Κύκλος",
  "2023-02", "Πρακτικός οδηγός για φοιτητές και μηχανικούς: τανυστές, αυτόματη παραγώγιση, εκπαίδευση σε GPU, μεταφορά μάθησης με προεκπαιδευμένα μοντέλα από το torchvision και το Hugging Face Hub.",
  "618521077", 436, ["Computers / Artificial Intelligence / General"], 32.0, "PARTIAL", "... εκπαίδευση ενός δικτύου για την ταξινόμηση εικόνων του CIFAR-10 με <b>μηχανική μάθηση</b> ...", False),
 ("Νευρωνικά Δίκτυα και Μετασχηματιστές", "Από το perceptron στα μεγάλα γλωσσικά μοντέλα", ["Δημήτρης Κ. Αναστασίου"], "Εκδόσεις Αλφάβητο Τεχ",
  "2024-03-01", "Εξηγεί βήμα προς βήμα τον μηχανισμό προσοχής (attention), την αρχιτεκτονική transformer και την προεκπαίδευση μοντέλων όπως τα BERT και GPT, με σημειώσεις για την ελληνική γλώσσα.",
  "618504388", 368, ["Computers"], 29.9, "PARTIAL", "Ο μηχανισμός προσοχής (attention) άλλαξε τον τρόπο που εφαρμόζουμε τη <b>μηχανική μάθηση</b> στο κείμενο&nbsp;...", False),
 ("Πρακτικά 11ου Πανελλήνιου Συνεδρίου Τεχνητής Νοημοσύνης", "ΠΣΤΝ 2022, Ιωάννινα, 8-10 Σεπτεμβρίου 2022", ["Ελληνική Εταιρεία Τεχνητής Νοημοσύνης"], "ΕΕΤΝ",
  "2022", None, "618860233", 604, ["Artificial intelligence"], None, "NO_PAGES", "... συνεδρία 4: <b>μηχανική μάθηση</b> σε ιατρικά δεδομένα ...", False),
 ("Επεξεργασία Φυσικής Γλώσσας", "Με εφαρμογές στην ελληνική γλώσσα", ["Αικατερίνη Μαυρίδου", "Παναγιώτης Ζερβός"], "Πανεπιστημιακές Εκδόσεις Θεσσαλίας",
  "2020-10-20", "Μορφολογική ανάλυση, συντακτική ανάλυση, αναπαραστάσεις λέξεων και σύγχρονα γλωσσικά μοντέλα. Περιλαμβάνει παραρτήματα για τα σώματα κειμένων της ελληνικής και τα εργαλεία spaCy και Stanza.",
  "960524611", 392, ["Language Arts & Disciplines / Linguistics / General"], 27.0, "PARTIAL", "Στο κεφάλαιο 6 εξετάζουμε πώς η <b>μηχανική μάθηση</b> χρησιμοποιείται για την αναγνώριση οντοτήτων&nbsp;...", False),
 ("Μεγάλα Γλωσσικά Μοντέλα στην Πράξη", "Prompt engineering, RAG και fine-tuning με ανοιχτά μοντέλα", ["Στέλιος Καραγιάννης"], "Εκδόσεις Νέος Κύκλος",
  "2024-09-10", "Πώς να χρησιμοποιήσετε ανοιχτά γλωσσικά μοντέλα σε τοπικό υπολογιστή με Ollama και llama.cpp, να φτιάξετε συστήματα ανάκτησης με LangChain και να προσαρμόσετε μοντέλα με LoRA χωρίς ακριβό υλικό.",
  "618521251", 288, ["Computers / Artificial Intelligence / Natural Language Processing"], 24.9, "PARTIAL", "... δεν χρειάζεται βαθιά γνώση της <b>μηχανικής μάθησης</b> για να ξεκινήσετε ...", False),
 ("Στατιστική Μάθηση και Αναγνώριση Προτύπων", None, ["Κωνσταντίνος Ηλιόπουλος"], "Εκδόσεις Παν. Πατρών",
  "2008", "Σημειώσεις για το ομώνυμο μάθημα του Τμήματος Μηχανικών Η/Υ: ταξινομητές Bayes, μηχανές διανυσμάτων υποστήριξης, ομαδοποίηση.",
  "960530147", 276, ["Pattern recognition systems"], None, "NO_PAGES", "... βασικές έννοιες της στατιστικής και της <b>μηχανικής μάθησης</b> ...", True),
 ("Εισαγωγή στην Υπολογιστική Όραση", None, ["Μαρία Θεοδωροπούλου", "Αντώνης Ρήγας"], "Εκδόσεις Αλφάβητο Τεχ",
  "2019-05-02", "Από την επεξεργασία εικόνας με OpenCV ως την ανίχνευση αντικειμένων με συνελικτικά δίκτυα· παραδείγματα με τα σύνολα δεδομένων MNIST, ImageNet και COCO.",
  "618504097", 344, ["Computers / Computer Vision & Pattern Recognition"], 31.0, "PARTIAL", "Η υπολογιστική όραση αξιοποιεί σήμερα σχεδόν αποκλειστικά τη <b>μηχανική μάθηση</b>&nbsp;...", False),
 ("Python για Επιστήμη Δεδομένων", "pandas, NumPy, Matplotlib και Jupyter", ["Ιωάννα Πετρίδου"], "Εκδόσεις Κώδικας Plus",
  "2022-01-17", "Εισαγωγικό εγχειρίδιο για ανάλυση δεδομένων: καθαρισμός, οπτικοποίηση, απλά μοντέλα πρόβλεψης και ένα πλήρες project από το Kaggle.",
  "618831402", 320, ["Computers / Data Science / General"], 22.5, "PARTIAL", "... πριν περάσουμε στη <b>μηχανική μάθηση</b> με scikit-learn στο κεφάλαιο 9 ...", False),
 ("Μαθηματικά για Μηχανική Μάθηση", "Γραμμική άλγεβρα, πιθανότητες και βελτιστοποίηση", ["Αλέξανδρος Β. Χριστοδούλου"], "Εκδόσεις Παν. Πατρών",
  "2020", "Το μαθηματικό υπόβαθρο που χρειάζεται ένας φοιτητής πριν από ένα μάθημα &quot;Μηχανικής Μάθησης&quot;: διανύσματα, ιδιοτιμές, κλίσεις, κατανομές.",
  "960530574", 410, ["Mathematics"], None, "PARTIAL", "Τα &quot;Μαθηματικά για <b>Μηχανική Μάθηση</b>&quot; απευθύνονται σε φοιτητές&nbsp;...", False),
]
dq = quote(Q.replace(" ", "+"), safe="+")
items = []
for n, (title, sub, authors, pub, date, desc, body, pages, cats, price, view, snip, old) in enumerate(B, 1):
    vid = h(title, 5) + "wAAQBAJ" if not old and view != "NO_PAGES" else h(title, 12)
    vi = {"title": title}
    if sub: vi["subtitle"] = sub
    vi.update({"authors": authors, "publisher": pub, "publishedDate": date})
    if desc: vi["description"] = desc.replace("&quot;", '"')
    ids = [{"type": "ISBN_13", "identifier": isbn13("978" + body)}]
    if body.startswith("960"): ids.insert(0, {"type": "ISBN_10", "identifier": isbn10(body)})
    vi.update({"industryIdentifiers": ids,
               "readingModes": {"text": False, "image": view != "NO_PAGES"}, "pageCount": pages, "printType": "BOOK",
               "categories": cats, "maturityRating": "NOT_MATURE", "allowAnonLogging": False,
               "contentVersion": f"{n % 3}.{n % 2 + 1}.{n % 4}.0.preview.{1 if view == 'NO_PAGES' else 2}",
               "panelizationSummary": {"containsEpubBubbles": False, "containsImageBubbles": False}})
    if view != "NO_PAGES":
        vi["imageLinks"] = {"smallThumbnail": f"http://books.google.com/books/content?id={vid}&printsec=frontcover&img=1&zoom=5&edge=curl&source=gbs_api",
                            "thumbnail": f"http://books.google.com/books/content?id={vid}&printsec=frontcover&img=1&zoom=1&edge=curl&source=gbs_api"}
    vi.update({"language": "el",
               "previewLink": f"http://books.google.gr/books?id={vid}&printsec=frontcover&dq={dq}&hl=&cd={n}&source=gbs_api",
               "infoLink": f"http://books.google.gr/books?id={vid}&dq={dq}&hl=&source=gbs_api",
               "canonicalVolumeLink": f"https://books.google.com/books/about/{title.replace(' ', '_')}.html?hl=&id={vid}"})
    if price:
        si = {"country": "GR", "saleability": "FOR_SALE", "isEbook": True,
              "listPrice": {"amount": price, "currencyCode": "EUR"}, "retailPrice": {"amount": price, "currencyCode": "EUR"},
              "buyLink": f"https://play.google.com/store/books/details?id={vid}&rdid=book-{vid}&rdot=1&source=gbs_api",
              "offers": [{"finskyOfferType": 1, "listPrice": {"amountInMicros": int(price * 1e6), "currencyCode": "EUR"},
                          "retailPrice": {"amountInMicros": int(price * 1e6), "currencyCode": "EUR"}}]}
    else:
        si = {"country": "GR", "saleability": "NOT_FOR_SALE", "isEbook": False}
    ai = {"country": "GR", "viewability": view, "embeddable": view != "NO_PAGES", "publicDomain": False,
          "textToSpeechPermission": "ALLOWED", "epub": {"isAvailable": bool(price)}, "pdf": {"isAvailable": bool(price)}}
    if price:
        ai["epub"]["acsTokenLink"] = f"http://books.google.gr/books/download/{title.replace(' ', '_')}-sample-epub.acsm?id={vid}&format=epub&output=acs4_fulfillment_token&dl_type=sample&source=gbs_api"
        ai["pdf"]["acsTokenLink"] = f"http://books.google.gr/books/download/{title.replace(' ', '_')}-sample-pdf.acsm?id={vid}&format=pdf&output=acs4_fulfillment_token&dl_type=sample&source=gbs_api"
    ai.update({"webReaderLink": f"http://play.google.com/books/reader?id={vid}&hl=&source=gbs_api",
               "accessViewStatus": "SAMPLE" if view != "NO_PAGES" else "NONE", "quoteSharingAllowed": False})
    items.append({"kind": "books#volume", "id": vid, "etag": h("etag" + title, 11), "selfLink": f"https://www.googleapis.com/books/v1/volumes/{vid}",
                  "volumeInfo": vi, "saleInfo": si, "accessInfo": ai, "searchInfo": {"textSnippet": snip}})
RESP = {"kind": "books#volumes", "totalItems": 412, "items": items}
write(F1436, json.dumps(RESP, indent=2, ensure_ascii=False) + "\n", negative=True)
