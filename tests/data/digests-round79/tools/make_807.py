#!/usr/bin/env python3
"""807: `darcs log -s` output (darcs 2.16): newest patch first, `patch <sha1>`, `Author:`, `Date:   Tue Mar  5 18:42:10
EET 2024` (weekday, month, day padded to two columns, zone abbreviation), `  * name` (or `  tagged 0.4.0` for a tag),
long comment lines indented two spaces, then after a blank line the summary (`    M ./path -N +M`, `    A ./path`,
`    R ./path`, `    ./old -> ./new`), a blank line between patches. A Greek lab's Haskell transformer library."""
import datetime, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys, CTC

F = by_num(807)
EET = datetime.timezone(datetime.timedelta(hours=2))


def date(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=EET)
    return d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S EET %Y")


def patch(name, author, when, comment=(), summary=(), tag=False):
    h = hashlib.sha1((name + when).encode()).hexdigest()
    out = [f"patch {h}", f"Author: {author}", f"Date:   {date(when)}"]
    out.append(f"  tagged {name}" if tag else f"  * {name}")
    out += [("  " + l) if l else "" for l in comment]
    if summary:
        out.append("")
        out += ["    " + s for s in summary]
    return "\n".join(out) + "\n"


NP = "Νίκος Παπαδάκης <n.papadakis@example.gr>"
EK = "Ελένη Κυριακίδου <eleni.k@example.gr>"
DM = "Δημήτρης Μαυρίδης <dmavridis@example.org>"
SG = "sofia.georgiou@example.gr"
P = []
P.append(patch("0.4.0", NP, "2024-03-06 19:05:41", tag=True))
P.append(patch("Κλείσιμο εκκρεμοτήτων για την 0.4.0: changelog, εκδόσεις εξαρτήσεων", NP, "2024-03-06 18:58:02",
               ["Το GHC 9.6.4 είναι πλέον το ελάχιστο· το CI τρέχει 9.6 και 9.8.",
                "Ανεβάσαμε το vector σε >=0.13 και το hmatrix σε >=0.20."],
               ["M ./CHANGELOG.md +21", "M ./prosochi.cabal -6 +6", "M ./.github/workflows/ci.yml -2 +2"]))
P.append(patch("Γραμμική προσοχή με θετικά τυχαία χαρακτηριστικά (Attention.Kernel)", EK, "2024-03-06 12:31:47",
               ["Υλοποίηση της προσέγγισης του softmax πυρήνα με ορθογώνια θετικά τυχαία",
                "χαρακτηριστικά, όπως στο",
                f"\"{T('2009.14794')}\" ({au('2009.14794', 2)}),",
                "https://openreview.net/forum?id=Ua6zuk0WRH (η έκδοση του ICLR 2021, όχι το",
                "πρώτο preprint· οι σταθερές στην Εξ. 7 διαφέρουν).",
                "",
                "Σημειώσεις:",
                " - Το redraw των χαρακτηριστικών γίνεται κάθε 1000 βήματα (ρυθμίζεται).",
                " - Για causal masking χρησιμοποιούμε prefix sums· αργό σε CPU, δείτε #57.",
                " - Τα benchmarks είναι στο bench/Kernel.hs, όχι στο README ακόμα."],
               ["A ./src/Prosochi/Attention/Kernel.hs", "A ./test/KernelSpec.hs",
                "M ./src/Prosochi/Attention.hs -3 +11", "M ./prosochi.cabal +3", "A ./bench/Kernel.hs"]))
P.append(patch("Διόρθωση: η μάσκα padding αγνοούνταν στο cross-attention", DM, "2024-03-05 21:14:09",
               ["Αναφέρθηκε από τη Σοφία (" + SG + "). Ο decoder έβλεπε τα pad tokens του",
                "encoder όταν batch > 1. Προστέθηκε property test με QuickCheck."],
               ["M ./src/Prosochi/Attention.hs -4 +9", "M ./test/AttentionSpec.hs +27"]))
P.append(patch("Παράδειγμα: περιγραφή αλλαγών ανάμεσα σε δύο εικόνες", EK, "2024-03-05 16:40:55",
               ["Νέο παράδειγμα examples/change-captioning. Ακολουθεί τη ρύθμιση του",
                f"«{T('2103.14146')}»",
                "(https://arxiv.org/abs/2103.14146): δύο εικόνες -> κοινός encoder -> decoder που",
                "γράφει μια πρόταση ανά αλλαγή. Τα δεδομένα (CLEVR-Change) ΔΕΝ μπαίνουν στο",
                "αποθετήριο· το script τα κατεβάζει στο ~/.cache/prosochi.",
                "",
                "Γνωστό πρόβλημα: η τοπικοποίηση (bounding boxes) δεν έχει γίνει ακόμα."],
               ["A ./examples/change-captioning/", "A ./examples/change-captioning/Main.hs",
                "A ./examples/change-captioning/README.md", "M ./cabal.project +1"]))
P.append(patch("Προσοχή σε γράφους: κωδικοποίηση κεντρικότητας και χωρική κωδικοποίηση", DM, "2024-03-04 23:02:18",
               ["Πρόσθεσα Prosochi.Graph με degree (centrality) encoding και bias ανά",
                "απόσταση συντομότερου μονοπατιού, κατά το",
                T("2106.05234"),
                "https://arxiv.org/pdf/2106.05234.pdf (" + au("2106.05234", 3) + ").",
                "",
                "Το Floyd–Warshall είναι O(n^3)· για γράφους > 512 κόμβων πετάει σφάλμα."],
               ["A ./src/Prosochi/Graph.hs", "A ./src/Prosochi/Graph/ShortestPath.hs",
                "M ./src/Prosochi.hs -1 +3", "M ./prosochi.cabal +2", "A ./test/GraphSpec.hs"]))
P.append(patch("Συνθετική προσοχή (Dense και Random) ως εναλλακτική της dot-product", EK, "2024-03-04 15:26:30",
               ["Τα βάρη προσοχής παράγονται από MLP ανά token (Dense) ή είναι απλώς",
                "εκπαιδεύσιμος πίνακας (Random), χωρίς αλληλεπίδραση query-key. Από το",
                "\"" + T("2005.00743") + "\".",
                "Το PDF είναι στον κοινόχρηστο φάκελο της ομάδας (papers/attention/).",
                "",
                "TODO: factorized εκδοχές, και να δούμε αν αξίζει η μίξη με dot-product."],
               ["A ./src/Prosochi/Attention/Synthetic.hs", "M ./src/Prosochi/Attention.hs -2 +6",
                "A ./test/SyntheticSpec.hs"]))
P.append(patch("docs: αναφορές στο README και μετακίνηση οδηγιών εγκατάστασης", NP, "2024-03-03 11:48:12",
               ["Η ενότητα «Βιβλιογραφία» του README τώρα έχει τις βασικές αναφορές:",
                "",
                "  1. " + T("1706.03762") + " — " + au("1706.03762", 3) + ",",
                "     https://arxiv.org/abs/1706.03762",
                "  2. " + T("1409.3215") + " — " + au("1409.3215", 3) + ",",
                "     arXiv:1409.3215 (NIPS 2014)",
                "  3. " + CTC,
                "     — " + au(CTC, 4) + ", ICML 2006 (δεν υπάρχει στο arXiv).",
                "",
                "Το «The Annotated Transformer» (blog του Harvard NLP) και το βιβλίο των",
                "Goodfellow/Bengio/Courville μπήκαν στα «Περαιτέρω υλικά», όχι στη βιβλιογραφία.",
                "Οδηγίες εγκατάστασης: docs/install.md (cabal και stack)."],
               ["M ./README.md -38 +25", "A ./docs/install.md", "./docs/INSTALL.txt -> ./docs/install-old.txt"]))
P.append(patch("Εργαλείο οπτικοποίησης: εξαγωγή πινάκων προσοχής σε JSON", SG.replace("sofia.georgiou", "Σοφία Γεωργίου <sofia.georgiou") + ">", "2024-03-02 17:09:33",
               ["prosochi-dump: γράφει τους πίνακες προσοχής ανά στρώμα/κεφαλή σε JSON, ώστε να",
                "τους βλέπουμε στο διαδραστικό εργαλείο του εργαστηρίου. Η ιδέα του συνδυασμού",
                "γράφου εξαρτήσεων και attention heads είναι από το",
                "«" + T("2103.14625") + "»",
                "(" + au("2103.14625", 3) + ")· για γρήγορη δουλειά το bertviz (Python) αρκεί."],
               ["A ./app/Dump.hs", "M ./prosochi.cabal +9", "M ./src/Prosochi/Model.hs -1 +14"]))
P.append(patch("0.3.2", NP, "2024-02-19 10:15:00", tag=True))
P.append(patch("Αφαίρεση του παλιού Prosochi.Legacy", NP, "2024-02-19 10:02:44",
               ["Δεν το χρησιμοποιεί κανείς από το 0.2. Όποιος το χρειάζεται: darcs get --tag 0.2.1."],
               ["R ./src/Prosochi/Legacy.hs", "M ./prosochi.cabal -2"]))
text = "\n".join(P)
write_only(F, text, keys(F))
