#!/usr/bin/env python3
"""853: a Firebase Realtime Database export (console ⋮ → Export JSON) of a Greek reading-group app: one line of
compact JSON, raw UTF-8, no final newline, keys in lexicographic order as the database sorts them; list items under
push IDs (20 characters: 8 encoding the creation time in ms in Firebase's 64-character alphabet
`-0-9A-Z_a-z`, then 12 random ones), so each item's `createdAt` equals the time in its key; children with keys
0, 1, 2 … exported as JSON arrays; booleans as vote maps; `null` never stored. State-space, memory and continual-
learning papers; a blog post, a repository, a dataset and a course are items too, not papers."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(853)
ALPHA = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def push_id(ms, seed):
    t = ""
    for _ in range(8):
        t = ALPHA[ms % 64] + t; ms //= 64
    h = hashlib.sha256(seed.encode()).digest()
    return t + "".join(ALPHA[b % 64] for b in h[:12])


U = {"kP3xQ9vLm2Tn8WcYb7RzE1aHs4Jd": ("Ελένη Παπαδοπούλου", "eleni.p@example.gr"),
     "Zt6uNq0YhB5rXk2PwLc9Gm3VsA7e": ("Νίκος Καραγιάννης", "nkar@example.gr"),
     "Hd8aRf1JqW4zTn6YcKx0Bp9MvL2s": ("Μαρία Σταθοπούλου", "mstath@example.gr"),
     "Qm5cLs7VbN2xGh9TkR0pWz4YdE8j": ("Γιώργος Αλεξίου", "g.alexiou@example.gr")}
UIDS = list(U)

items = {}


def item(ms, kind, title, by, tags, voters=(), url=None, ref=None, authors=None, note=None, session=None, status="προς ανάγνωση"):
    d = {"kind": kind, "title": title, "addedBy": by, "createdAt": ms, "status": status, "tags": list(tags)}
    if url: d["url"] = url
    if ref: d["ref"] = ref
    if authors: d["authors"] = authors
    if note: d["note"] = note
    if session: d["session"] = session
    if voters: d["votes"] = {u: True for u in voters}
    items[push_id(ms, title)] = d


P = "paper"
item(1707814863211, P, T("2111.00396"), UIDS[0], ["ssm", "βασικό"], UIDS[:3], url="https://openreview.net/forum?id=uYLFoz1vlAC",
     authors=au("2111.00396", 3), note="Το βασικό άρθρο της σειράς: διακριτοποίηση συνεχούς μοντέλου χώρου καταστάσεων και αποδοτικός υπολογισμός του πυρήνα συνέλιξης. Διαβάζουμε την έκδοση του ICLR 2022.",
     session="s01", status="διαβάστηκε")
item(1707815120930, P, T("2008.07669"), UIDS[0], ["ssm", "μνήμη"], UIDS[:2], ref="arXiv:2008.07669",
     authors=au("2008.07669", 3), note="Η θεωρία πίσω από την αρχικοποίηση: προβολή του ιστορικού σε ορθογώνια πολυώνυμα. Ενότητες 2–3 αρκούν.",
     session="s01", status="διαβάστηκε")
item(1708421644518, P, T("2312.00752"), UIDS[1], ["ssm", "επιλεκτικό"], UIDS, url="https://arxiv.org/abs/2312.00752",
     authors=au("2312.00752", 2), note="Παράμετροι που εξαρτώνται από την είσοδο + αλγόριθμος σάρωσης προσαρμοσμένος στο υλικό. Ο Νίκος παρουσιάζει.",
     session="s02")
item(1708423301077, P, T("2307.08621"), UIDS[2], ["αναδρομικό", "llm"], UIDS[1:3], url="https://arxiv.org/pdf/2307.08621v4",
     authors=au("2307.08621", 3), note="Τρεις μορφές υπολογισμού (παράλληλη, αναδρομική, κατά τμήματα). Σύγκριση με το προηγούμενο.",
     session="s02")
item(1709026015402, P, T("2105.06548"), UIDS[3], ["μνήμη", "transformer"], [UIDS[3]], url="https://arxiv.org/abs/2105.06548",
     authors=au("2105.06548", 3), note="Κάθε θέση μνήμης μαθαίνει πότε «λήγει». Καλό για μακριά κείμενα (PG-19).", session="s03")
item(1709027990115, P, T("2103.09762"), UIDS[3], ["συνεχής μάθηση", "μνήμη"], [UIDS[3], UIDS[0]],
     authors=au("2103.09762", 3), note="Όχι ακολουθιακό μοντέλο, αλλά «μνήμη» με άλλη έννοια: ενημερώσεις ορθογώνιες στον υπόχωρο των παλιών εργασιών. Ο σύνδεσμος λείπει — να τον προσθέσει η Μαρία.",
     session="s03")
item(1709630402770, P, T("2103.14339"), UIDS[2], ["μετα-μάθηση", "ιατρική"],
     authors=au("2103.14339", 3), note="Εκτός θέματος αλλά το ζήτησε ο Γιώργος για το project με τις ακτινογραφίες: επιλογή δειγμάτων για επισήμανση με ενισχυτική μάθηση.")
item(1709631555841, P, T("2011.03459"), UIDS[1], ["γράφοι γνώσης", "συλλογιστική"], [UIDS[1]],
     authors=au("2011.03459", 3), note="Σύνθετα ερωτήματα σε γράφους γνώσης με προβλέπτες συνδέσμων· για τη συνάντηση του Απριλίου (προαιρετικό).")
item(1707816000486, "blog", "Οπτικός οδηγός για τα μοντέλα χώρου καταστάσεων (ιστολόγιο)", UIDS[0], ["ssm"],
     url="https://blog.example.gr/ssm-optikos-odigos", note="Ιστολόγιο, όχι άρθρο· καλή εισαγωγή πριν από την πρώτη συνάντηση.", status="αναφορά")
item(1708424010662, "repo", "Κώδικας της ομάδας: selective-scan-playground", UIDS[1], ["κώδικας"],
     url="https://gitlab.example.gr/anagnosi/selective-scan-playground", note="Αποθετήριο με πειράματα σε CPU, όχι άρθρο.", status="αναφορά")
item(1709026550239, "dataset", "PG-19 (σύνολο δεδομένων βιβλίων)", UIDS[3], ["δεδομένα"], note="Σύνολο δεδομένων για αξιολόγηση σε μακριά κείμενα.", status="αναφορά")
item(1709632100004, "course", "Stanford CS25: Transformers United (διαλέξεις)", UIDS[2], ["μάθημα"], note="Μάθημα/διαλέξεις, όχι άρθρο.", status="αναφορά")

db = {
 "groups": {"akolouthies-2024": {"name": "Ομάδα ανάγνωσης: ακολουθιακά μοντέλα & μνήμη", "owner": UIDS[0],
                                 "meetingDay": "Πέμπτη", "room": "Αίθουσα Β-204", "members": {u: True for u in UIDS}}},
 "items": {"akolouthies-2024": items},
 "sessions": {"akolouthies-2024": {
     "s01": {"date": "2024-02-15", "presenter": UIDS[0], "slides": "https://drive.example.gr/s01.pdf", "done": True},
     "s02": {"date": "2024-02-29", "presenter": UIDS[1], "slides": "https://drive.example.gr/s02.pdf", "done": True},
     "s03": {"date": "2024-03-14", "presenter": UIDS[3], "done": False}}},
 "users": {u: {"displayName": n, "email": e, "lang": "el", "notifications": {"email": True, "push": i % 2 == 0}}
           for i, (u, (n, e)) in enumerate(U.items())},
 "version": 3,
}
text = json.dumps(db, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
write_only(F, text, keys(F))
