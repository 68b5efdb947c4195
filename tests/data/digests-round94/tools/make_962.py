#!/usr/bin/env python3
"""962: the responses of a LimeSurvey survey (a Greek graduate computer-vision seminar: every student picks the paper
she or he will present), exported from Responses → Export as CSV with full question texts as headings and full
answers: a UTF-8 byte-order mark, every field in double quotes (inner quotes doubled), commas, CRLF rows (and the
browser's CRLF inside the long-text answers), the system columns `Response ID`, `Date submitted`, `Last page`, `Start
language`, `Seed`, `Date started`, `Date last action`, then the questions (short texts, a list with an `[Άλλο]` other
column, a multiple choice as one `Question [Option]` column per option holding `Ναι` / `Όχι`, a yes / no, a long
text). Rows by response id; one incomplete response (no submit date, last page 1, later answers empty). The list's
options are the lecturer's `Authors (venue) — Title` strings. Papers: three arXiv URLs pasted by students, two arXiv
ids as text, three titles only (one typed as an "other" answer). timm, a CVF page and the course's Moodle are not
papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET

F = by_num(962)
K = dict(effnet="1905.11946", swin="2103.14030", howto="2106.10270", scaling="2106.04560", shortcut="2004.07780",
         robust="2103.14586", copypaste="2012.07177")
OPT = {
    "effnet": "Tan & Le (ICML 2019) — " + T(K["effnet"]),
    "swin": "Liu et al. (ICCV 2021) — " + T(K["swin"]),
    "howto": "Steiner et al. (TMLR 2022) — " + T(K["howto"]),
    "scaling": "Zhai et al. (CVPR 2022) — " + T(K["scaling"]),
    "shortcut": "Geirhos et al. (Nature Machine Intelligence 2020) — " + T(K["shortcut"]),
    "robust": "Bhojanapalli et al. (ICCV 2021) — " + T(K["robust"]),
    "copypaste": "Ghiasi et al. (CVPR 2021) — " + T(K["copypaste"]),
}
Q_LIST = "Ποιο άρθρο επιλέγετε για παρουσίαση;"
WEEKS = ["Εβδομάδα 6 (19/3)", "Εβδομάδα 7 (26/3)", "Εβδομάδα 8 (2/4)", "Εβδομάδα 9 (9/4)"]
Q_WEEK = "Σε ποιες εβδομάδες μπορείτε να παρουσιάσετε;"
HEAD = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action",
        "Ονοματεπώνυμο", "Ιδρυματικό email", Q_LIST, Q_LIST + " [Άλλο]",
        "Σύνδεσμος προς το άρθρο (arXiv, OpenReview, σελίδα συνεδρίου κ.λπ.)"] + \
       [f"{Q_WEEK} [{w}]" for w in WEEKS] + ["Έχετε ήδη διαβάσει το άρθρο;", "Σύντομη αιτιολόγηση της επιλογής σας"]


def row(rid, submit, seed, start, name, mail, choice, other, link, weeks, read, why, last=None):
    lastpage = "2" if submit else "1"
    return [str(rid), submit, lastpage, "el", str(seed), start, last or submit or start, name, mail,
            OPT[choice] if choice in OPT else ("Άλλο" if other else ""), other, link] + \
           [("Ναι" if w in weeks else "Όχι") if submit else "" for w in WEEKS] + [read, why]


rows = [
    row(3, "2024-02-26 21:14:03", 1538827751, "2024-02-26 21:09:40", "Ελένη Παπαδοπούλου", "e.papadopoulou@di.uni.example.gr",
        "effnet", "", "https://arxiv.org/abs/1905.11946", WEEKS[:2], "Ναι",
        "Το compound scaling είναι απλή ιδέα αλλά με πολλά πειράματα. Θα ήθελα να το συνδέσω με το timm (βιβλιοθήκη, όχι άρθρο)."),
    row(4, "2024-02-26 22:40:51", 402917365, "2024-02-26 22:31:12", "Γιώργος Νικολάου", "g.nikolaou@di.uni.example.gr",
        "swin", "", "arxiv.org/pdf/2103.14030v2", WEEKS[1:3], "Όχι",
        "Shifted windows — θέλω να καταλάβω πώς γίνεται η μάσκα στην προσοχή.\r\nΑν το έχει πάρει ήδη κάποιος, αλλάζω."),
    row(5, "2024-02-27 09:03:27", 1876150042, "2024-02-27 08:57:05", "Μαρία Κωνσταντίνου", "m.konstantinou@di.uni.example.gr",
        "howto", "", "https://arxiv.org/abs/2106.10270", WEEKS[2:], "Ναι",
        "Πρακτικό άρθρο: augmentation και regularization για ViT. Το χρησιμοποιώ στη διπλωματική μου."),
    row(6, "", 733405219, "2024-02-27 11:20:44", "Νίκος Αθανασίου", "", "", "", "", [], "", "",
        last="2024-02-27 11:21:30"),
    row(7, "2024-02-27 13:48:19", 965172830, "2024-02-27 13:42:56", "Δημήτρης Γεωργίου", "d.georgiou@di.uni.example.gr",
        "scaling", "", "arXiv:2106.04560", [WEEKS[3]], "Όχι",
        "Νόμοι κλιμάκωσης για όραση: πώς αλλάζει το σφάλμα με το μέγεθος του μοντέλου και των δεδομένων."),
    row(8, "2024-02-27 17:02:11", 1204587736, "2024-02-27 16:55:39", "Κατερίνα Ιωάννου", "k.ioannou@di.uni.example.gr",
        "shortcut", "", "arXiv 2004.07780 (δημοσιεύτηκε στο Nature Machine Intelligence)", WEEKS[:1] + WEEKS[3:], "Ναι",
        "Δεν είναι αρχιτεκτονική, αλλά νομίζω ότι ταιριάζει με το κομμάτι της ευρωστίας. Έχει ωραία παραδείγματα."),
    row(9, "2024-02-28 10:26:45", 288640193, "2024-02-28 10:19:02", "Σπύρος Δημητρίου", "s.dimitriou@di.uni.example.gr",
        "robust", "", "-", WEEKS[2:3], "Όχι",
        "Ευρωστία ViT vs ResNet. Δεν βρήκα σύνδεσμο, το PDF μας το έστειλε ο κ. Αλεξίου στο Moodle."),
    row(10, "2024-02-28 19:55:08", 1710038452, "2024-02-28 19:51:30", "Άννα Βασιλείου", "a.vasileiou@di.uni.example.gr",
        "swin", "", "", WEEKS[:1], "Όχι",
        "Μπορώ να το κάνουμε μαζί με τον Γιώργο αν γίνεται σε δύο μέρη (αρχιτεκτονική / πειράματα)."),
    row(11, "2024-02-29 08:12:37", 559281746, "2024-02-29 08:06:14", "Χρήστος Μιχαηλίδης", "c.michailidis@di.uni.example.gr",
        "copypaste", "", "το έχω κατεβάσει από τη σελίδα του CVF", WEEKS[1:2], "Ναι",
        "Απλό augmentation για instance segmentation, αλλά τα αποτελέσματα στο LVIS είναι εντυπωσιακά."),
    row(12, "2024-02-29 23:47:50", 1399572604, "2024-02-29 23:36:21", "Φωτεινή Σταματοπούλου", "f.stamatopoulou@di.uni.example.gr",
        "", ALEXNET + " (Krizhevsky, Sutskever & Hinton, NIPS 2012)", "", WEEKS[3:], "Ναι",
        "Ξέρω ότι δεν είναι στη λίστα, αλλά θα ήθελα να παρουσιάσω το AlexNet ως ιστορική εισαγωγή πριν από τα transformers.\r\n"
        "Αν δεν γίνεται, παίρνω ό,τι έχει μείνει."),
]

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for r in rows:
    w.writerow(r)
text = "\ufeff" + buf.getvalue()
write_only(F, text, keys(F))
