#!/usr/bin/env python3
"""913: a Pivotal Tracker project export ("More" → "Export CSV", all stories) of a Greek lab's reading-group project
«Ομάδα ανάγνωσης: βελτιστοποίηση & γενίκευση». The export's header (`Id,Title,Labels,Iteration,Iteration Start,
Iteration End,Type,Estimate,Priority,Current State,Created at,Accepted at,Deadline,Requested By,Description,URL,
Owned By,…,Comment,…,Task,Task Status`; repeated columns as many times as the busiest story needs), one row per
story: numeric id, one-week iterations from Monday 5 February 2024 (icebox stories without one), type feature /
chore / bug / release, points only on features, `Mon D, YYYY` dates, `Accepted at` only on accepted stories, the
Markdown description, the story URL, comments as `text (Name - Mon D, YYYY)`, tasks with `completed` / `not
completed`. Fields quoted only when needed (comma, quote, line break), LF line ends, a final newline. The PyTorch
documentation page, the DomainBed and SAM repositories and the room booking are not papers."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(913)
K = dict(sam="2010.01412", domainbed="2007.01434", feddyn="2111.04263", ssvae="2010.02014", adamw="1711.05101",
         smooth="2006.14536", darts="2108.04392", eigen="2010.00554")
NP, MK, GA, ED = "Νίκος Παπαδόπουλος", "Μαρία Κωνσταντίνου", "Γιώργος Αλεξίου", "Ελένη Δημητρίου"
START = dt.date(2024, 2, 5)
HEAD = ["Id", "Title", "Labels", "Iteration", "Iteration Start", "Iteration End", "Type", "Estimate", "Priority",
        "Current State", "Created at", "Accepted at", "Deadline", "Requested By", "Description", "URL", "Owned By",
        "Owned By", "Comment", "Comment", "Task", "Task Status", "Task", "Task Status"]


def d(m, day):
    x = dt.date(2024, m, day)
    return f"{x.strftime('%b')} {x.day}, {x.year}"


def it(n):
    if n is None: return ["", "", ""]
    s = START + dt.timedelta(days=7 * (n - 1))
    e = s + dt.timedelta(days=6)
    return [str(n), f"{s.strftime('%b')} {s.day}, {s.year}", f"{e.strftime('%b')} {e.day}, {e.year}"]


def story(i, title, labels, iteration, typ, est, prio, state, created, accepted, deadline, req, desc, owners,
          comments=(), tasks=()):
    row = [str(i), title, ", ".join(labels), *it(iteration), typ, est, prio, state, created, accepted, deadline, req,
           desc, f"https://www.pivotaltracker.com/story/show/{i}"]
    row += (list(owners) + ["", ""])[:2]
    row += ([f"{c} ({n} - {when})" for c, n, when in comments] + ["", ""])[:2]
    for t, st in (list(tasks) + [("", ""), ("", "")])[:2]:
        row += [t, st]
    assert len(row) == len(HEAD)
    return row


ROWS = [
    story(187204113, "Κράτηση αίθουσας Α2 για τις συναντήσεις του εξαμήνου", ["οργάνωση"], 1, "chore", "", "p3 - Low",
          "accepted", d(2, 5), d(2, 6), "", NP, "Κάθε Τετάρτη 16:00–17:30. Η γραμματεία θέλει αίτηση μέσω e-mail.", [NP],
          tasks=[("Αίτηση στη γραμματεία", "completed")]),
    story(187204127, f"Ανάγνωση: {T(K['adamw'])}", ["βελτιστοποίηση"], 1, "feature", "1", "p2 - Medium",
          "accepted", d(2, 5), d(2, 9), "", NP,
          f"{au(K['adamw'], 2, '')} (ICLR 2019), arXiv:1711.05101.\n\n"
          "Γιατί η L2 κανονικοποίηση δεν ισοδυναμεί με weight decay στον Adam. Να συγκρίνουμε με την υλοποίηση του "
          "PyTorch: https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html (τεκμηρίωση, όχι άρθρο).",
          [MK], comments=[("Πολύ καθαρό επιχείρημα, το σχήμα 2 τα λέει όλα.", GA, d(2, 8))]),
    story(187204139, T(K["sam"]), ["βελτιστοποίηση", "γενίκευση"], 2, "feature", "2", "p1 - High", "accepted",
          d(2, 5), d(2, 16), "", NP,
          f"**{au(K['sam'], 3)}**, ICLR 2021\n\nhttps://arxiv.org/abs/2010.01412\n\n"
          "Ελαχιστοποίηση της απώλειας και της «οξύτητας» μαζί. Κώδικας (αποθετήριο, όχι άρθρο): "
          "https://github.com/google-research/sam",
          [GA, ED], comments=[("Το κόστος είναι διπλό forward/backward, να το πούμε στην παρουσίαση.", ED, d(2, 14)),
                              ("Ανέβηκαν οι διαφάνειες στο Drive.", GA, d(2, 16))],
          tasks=[("Διαφάνειες", "completed"), ("Πείραμα σε CIFAR-10 με ResNet-18", "completed")]),
    story(187204152, f"Παρουσίαση: {T(K['domainbed'])}", ["γενίκευση", "αξιολόγηση"], 4, "feature", "3",
          "p2 - Medium", "delivered", d(2, 12), "", "", MK,
          f"Gulrajani & Lopez-Paz, ICLR 2021 — https://arxiv.org/abs/2007.01434\n\n"
          "Με προσεκτική επιλογή μοντέλου το απλό ERM φτάνει τις μεθόδους γενίκευσης πεδίου. Το DomainBed "
          "(https://github.com/facebookresearch/DomainBed) είναι αποθετήριο κώδικα, όχι άρθρο.",
          [MK], comments=[("Παραδόθηκε, περιμένουμε σχόλια από τον Νίκο πριν το κάνουμε accept.", MK, d(3, 1))]),
    story(187204166, "Το σενάριο αξιολόγησης του DomainBed σκάει με CUDA 12", ["υποδομή"], 4, "bug", "",
          "p2 - Medium", "finished", d(2, 27), "", "", GA,
          "`python -m domainbed.scripts.sweep` αποτυγχάνει στον κόμβο gpu02. Λύση: torch 2.2 + καθαρό περιβάλλον conda.",
          [GA]),
    story(187204178, T(K["feddyn"]), ["ομοσπονδιακή μάθηση", "βελτιστοποίηση"], 5, "feature", "2", "p2 - Medium",
          "started", d(2, 19), "", "", ED,
          "Acar et al., ICLR 2021. PDF: https://arxiv.org/pdf/2111.04263\n\n"
          "Δυναμικός όρος κανονικοποίησης ανά συσκευή ώστε τα τοπικά βέλτιστα να συμφωνούν με το καθολικό.",
          [ED], tasks=[("Σύγκριση με FedAvg/FedProx (πίνακας 2)", "not completed")]),
    story(187204191, T(K["ssvae"]), ["γενετικά μοντέλα"], 5, "feature", "1", "p3 - Low", "unstarted", d(2, 19), "",
          "", GA, "Gatopoulos & Tomczak — https://openreview.net/forum?id=zOGdf9K8aC\n\nΔιαβάστε και τις κριτικές "
          "στο OpenReview· η συζήτηση για τις μετρήσεις bpd είναι χρήσιμη.", [GA]),
    story(187204203, "Σεμινάριο μέσου εξαμήνου", ["οργάνωση"], 6, "release", "", "p1 - High", "unstarted", d(2, 26), "",
          d(3, 21), NP, "Κάθε μέλος παρουσιάζει ένα άρθρο σε 15 λεπτά.", [NP]),
    story(187204215, T(K["smooth"]), ["ευρωστία", "γενίκευση"], 6, "feature", "2", "p2 - Medium", "unstarted",
          d(3, 4), "", "", MK, "Xie, Tan, Gong et al. Ομαλές συναρτήσεις ενεργοποίησης αντί για ReLU στην "
          "αντιπαραθετική εκπαίδευση: καλύτερη ευρωστία χωρίς κόστος ακρίβειας. Δεν έχω βάλει ακόμη σύνδεσμο.", [MK]),
    story(187204228, T(K["darts"]), ["nas"], None, "feature", "", "None", "unscheduled", d(3, 5), "", "", GA,
          "Ιδέα για το επόμενο εξάμηνο: τα βάρη αρχιτεκτονικής του DARTS δεν δείχνουν τη δύναμη κάθε πράξης.", []),
    story(187204240, T(K["eigen"]), ["βελτιστοποίηση", "θεωρία παιγνίων"], None, "feature", "", "None",
          "unscheduled", d(3, 5), "", "", ED, "PCA ως παιχνίδι: κάθε ιδιοδιάνυσμα είναι παίκτης. Πρόταση της Ελένης "
                                               "για ειδική συνάντηση.", [],
          comments=[("+1, ειδικά η παράλληλη εκδοχή.", NP, d(3, 6))]),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
w.writerows(ROWS)
write_only(F, buf.getvalue(), keys(F))
