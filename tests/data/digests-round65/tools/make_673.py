#!/usr/bin/env python3
"""673: `notmuch show --format=sexp --entire-thread=true thread:…` (notmuch 0.38, format version 5): the thread list
((( … ))) of thread nodes (message replies), message plists with :id :match :excluded :filename (a list) :timestamp
:date_relative :tags :body :crypto :headers, body parts (:id n :content-type …) with multipart/alternative nesting, a
text/html part given only by :content-length, strings escaped only for \\" and \\\\ (newlines literal), t / nil, one line
per thread and a final newline. A Greek self-supervised-learning reading-group thread on a mailing list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F673, keys


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sx(v):
    if v is True: return "t"
    if v is None or v is False: return "nil"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return q(v)
    if isinstance(v, dict): return "(" + " ".join(f":{k} {sx(x)}" for k, x in v.items()) + ")"
    if isinstance(v, list): return "(" + " ".join(sx(x) for x in v) + ")"
    raise TypeError(v)


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" κ.ά." if len(a) > n else "")


LIST = "ssl-reading@lists.aigaio.example.gr"
FOOT = "\n-- \nΛίστα ομάδας ανάγνωσης αυτοεπιβλεπόμενης μάθησης\nΔιαγραφή: ssl-reading-leave@lists.aigaio.example.gr\n"


def msg(mid, ts, rel, tags, subject, frm, date, text, html_len=None, to=LIST, cc="", in_reply=None):
    part = {"id": 1, "content-type": "text/plain", "content": text + FOOT}
    body = [part]
    if html_len:
        body = [{"id": 1, "content-type": "multipart/alternative", "content": [
            {"id": 2, "content-type": "text/plain", "content": text + FOOT},
            {"id": 3, "content-type": "text/html", "content-length": html_len}]}]
    h = {"Subject": subject, "From": frm, "To": to}
    if cc: h["Cc"] = cc
    h["Date"] = date
    return {"id": mid, "match": True, "excluded": False,
            "filename": [f"/home/eleni/Mail/lists/ssl-reading/cur/{ts}.M{ts % 997}P{ts % 8191}.aigaio,U=1{ts % 1000}:2,S"],
            "timestamp": ts, "date_relative": rel, "tags": tags, "body": body, "crypto": {}, "headers": h}


m1 = msg("87h6e4k2ab.fsf@aigaio.example.gr", 1715671351, "May 14", ["inbox", "lists", "ssl-reading"],
         "[ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις",
         "Ελένη Παπαδάκη <eleni.p@aigaio.example.gr>", "Tue, 14 May 2024 10:22:31 +0300",
         f"""Γεια σε όλους,

ακολουθεί το πρόγραμμα μέχρι το τέλος του εξαμήνου. Συναντήσεις κάθε Τετάρτη
17:00, αίθουσα Β3 (κτίριο Πληροφορικής) και στο Jitsi.

Συνάντηση 1 – αντιθετική μάθηση
  * {T('2004.11362')}
    {au('2004.11362')}, NeurIPS 2020
    https://arxiv.org/abs/2004.11362
  * {T('2010.04592')}
    {au('2010.04592')}, ICLR 2021 (δεν έχω βρει ακόμα το link)
  * {T('2011.04419')}
    {au('2011.04419')}, ICML 2021

Συνάντηση 2 – χωρίς αρνητικά δείγματα
  * {T('2006.07733')}
    {au('2006.07733')}
    https://arxiv.org/pdf/2006.07733v3.pdf
  * {T('2103.03230')}
    {au('2103.03230')}, ICML 2021 – arXiv:2103.03230

Συνάντηση 3 – προεκπαίδευση και μεταφορά
  * {T('2106.08254')} ({au('2106.08254')})
    https://arxiv.org/abs/2106.08254
  * {T('2011.06182')}
    {au('2011.06182')} – οι κριτικές είναι στο
    https://openreview.net/forum?id={OR('2011.06182')}

Όποιος θέλει να παρουσιάσει κάτι, ας απαντήσει εδώ. Τα slides πάνε στο
κοινόχρηστο Nextcloud (φάκελος ssl-2024).

Ελένη
""", html_len=6112)
m2 = msg("CAH3x9Qm1=Yv7Pq0+eZ2@mail.aigaio.example.gr", 1715680082, "May 14", ["inbox", "lists", "ssl-reading", "unread"],
         "Re: [ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις",
         "Νίκος Δημητρίου <n.dimitriou@aigaio.example.gr>", "Tue, 14 May 2024 12:48:02 +0300",
         f"""Στις Τρί 14 Μαΐ 2024 στις 10:22, η Ελένη Παπαδάκη έγραψε:
> Συνάντηση 2 – χωρίς αρνητικά δείγματα

Αναλαμβάνω τη δεύτερη. Προτείνω να προσθέσουμε και το
"{T('2010.02014')}" ({au('2010.02014')}, 2020) – είναι VAE, όχι
αντιθετικό, αλλά ταιριάζει με τη συζήτηση για τα «κρυφά» αρνητικά, και "hard negatives".
Το PDF το έχω στο Zotero, θα το ανεβάσω.

Επίσης: το solo-learn (βιβλιοθήκη, όχι paper) έχει έτοιμες υλοποιήσεις
για όλα τα παραπάνω – https://github.com/vturrisi/solo-learn

Νίκος
""", cc="Ελένη Παπαδάκη <eleni.p@aigaio.example.gr>")
m3 = msg("20240514.163310.7781@aigaio.example.gr", 1715693590, "May 14", ["inbox", "lists", "ssl-reading", "unread"],
         "Re: [ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις",
         "Μαρία Κωνσταντίνου <m.konst@aigaio.example.gr>", "Tue, 14 May 2024 16:33:10 +0300",
         """> Αναλαμβάνω τη δεύτερη.

Τέλεια. Εγώ παίρνω την τρίτη. Για όσους είναι νέοι στην ομάδα, καλή
εισαγωγή είναι το μάθημα "Self-Supervised Learning" του NYU (διαλέξεις στο
YouTube) και το άρθρο στο blog του Lilian Weng για contrastive
representation learning. Δεν είναι papers, απλώς υλικό.

Για τα πειράματα: ImageNet-100 και STL-10 στον server «θάλασσα».

Μαρία
""")
thread = [[m1, [[m2, [[m3, []]]]]]]
raw = sx([thread]) + "\n"
write_only(F673, raw, keys(F673), forms=[raw.replace('\\"', '"').replace("\\\\", "\\")])
