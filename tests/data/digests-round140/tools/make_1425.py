#!/usr/bin/env python3
"""1425: a Letterloop group newsletter issue (six Greek PhD students abroad answer the same questions each month)
copied from its web page as text: Letterloop's English chrome (the loop's name, `Issue #7 · Sunday, May 26, 2024`,
`In this issue`, `N answers` per question, `Questions for the next issue`, `Powered by Letterloop`), the questions and
answers in Greek with English paper titles. The weekday is computed; `In this issue` lists the questions in order and
each answer count is the number of answers shown. Not papers: the lm-evaluation-harness and Meltemi, the
Understanding Deep Learning book, a podcast, a summer school, a flat in Zurich; NTM, Gato, Minerva, BIG-bench,
nucleus sampling are also names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1425, keys

D = dt.date(2024, 5, 26)
Q = [
 ("Τι διάβασες αυτόν τον μήνα;", [
  ("Νίκος Αγγελίδης", "Ζυρίχη", f"Επιτέλους κάθισα και διάβασα το {T('1410.5401')}. Παλιό (2014) αλλά η ιδέα της διαφορίσιμης μνήμης με ανάγνωση/εγγραφή είναι πιο επίκαιρη από ποτέ. Μετά πέρασα στο {T('2010.06891')} (https://openreview.net/forum?id=_adSMszz_g9), που είναι ουσιαστικά η ίδια ιδέα πάνω σε Transformer."),
  ("Ελένη Μαυρίδου", "Εδιμβούργο", f"Για το κεφάλαιο της διατριβής μου για long context: {T('2307.03172')} — https://arxiv.org/pdf/2307.03172.pdf. Το γράφημα σε σχήμα U (η απόδοση πέφτει όταν η σωστή πληροφορία είναι στη μέση) το δείχνω πλέον σε κάθε παρουσίαση."),
  ("Γιάννης Κ.", "Μόναχο", "Τίποτα επιστημονικό, ομολογώ. Διάβασα το βιβλίο Understanding Deep Learning του Prince για το μάθημα που κάνω βοηθός, τα κεφάλαια 12–13."),
 ]),
 ("Ένα paper που θα πρότεινες σε όλους", [
  ("Ελένη Μαυρίδου", "Εδιμβούργο", f"{T('1904.09751')}. Το nucleus sampling (top-p) το χρησιμοποιούμε όλοι, λίγοι έχουν διαβάσει γιατί το beam search βγάζει επαναλήψεις."),
  ("Δήμητρα Σ.", "Αθήνα", f"{T('2206.14858')} (arXiv:2206.14858). Το Minerva δείχνει πόσο μετράνε τα δεδομένα: ίδιο μοντέλο, άλλο corpus (arXiv + σελίδες με μαθηματικά) και ξαφνικά λύνει προβλήματα πανεπιστημιακού επιπέδου."),
  ("Νίκος Αγγελίδης", "Ζυρίχη", f"{T('2205.06175')} — https://arxiv.org/abs/2205.06175. Ένα δίκτυο για Atari, ρομπότ και συνομιλία. Ακόμα δεν ξέρω αν με ενθουσιάζει ή με τρομάζει."),
  ("Κώστας Ρ.", "Λονδίνο", f"{T('2002.09402')}. Μικρό, καθαρό paper: κάθε layer βλέπει τις αναπαραστάσεις όλων των layers του προηγούμενου βήματος. Ταιριάζει με όσα έγραψε ο Νίκος για τη μνήμη."),
 ]),
 ("Τι δεν κατάλαβες;", [
  ("Δήμητρα Σ.", "Αθήνα", f"Πώς ακριβώς βαθμολογούνται τα 200+ tasks στο {T('2206.04615')}. Προσπάθησα να τρέξω μερικά με το lm-evaluation-harness για το Meltemi και δεν βγάζω τα ίδια νούμερα. Αν κάποιος έχει ιδέα, σφυρίξτε."),
  ("Γιάννης Κ.", "Μόναχο", "Το Excel της εφορίας. Κάθε χρόνο."),
 ]),
 ("Νέα από τη ζωή σου", [
  ("Κώστας Ρ.", "Λονδίνο", "Πέρασα στο summer school του Ιουλίου στη Λισαβόνα! Αν πάει κανείς άλλος, να μοιραστούμε Airbnb."),
  ("Νίκος Αγγελίδης", "Ζυρίχη", "Βρήκα επιτέλους σπίτι. 38 τ.μ., μόνο 1.900 φράγκα. Μην ρωτάτε."),
  ("Ελένη Μαυρίδου", "Εδιμβούργο", "Ήλιος τρεις μέρες συνεχόμενα. Ιστορικό γεγονός."),
 ]),
]
NEXT = ["Τι διάβασες αυτόν τον μήνα;", "Ποιο εργαλείο σου έλυσε τα χέρια;", "Πού θα είσαι τον Αύγουστο;"]
out = ["Letterloop", "", "Διάβασμα στα ξένα 📚", f"Issue #7 · {D.strftime('%A')}, {D.strftime('%B')} {D.day}, {D.year}", "",
       "In this issue", *[q for q, _ in Q], ""]
for q, ans in Q:
    out += [q, f"{len(ans)} answers", ""]
    for who, city, text in ans:
        out += [who, city, text, ""]
out += ["Questions for the next issue", *NEXT, "", "Answer by Sunday, June 23. We’ll send you a reminder.", "",
        "Powered by Letterloop", "Manage your subscription · Leave this loop"]
write_only(F1425, "\n".join(out) + "\n", keys(F1425))
