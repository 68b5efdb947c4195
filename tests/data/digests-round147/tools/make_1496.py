#!/usr/bin/env python3
"""1496 (negative): an Ingres terminal monitor session (`sql mlcourse`) at a Greek university's machine-learning course:
the login banner, five SELECTs ended with `\\g` (each answered with `Executing . . .`, a boxed table and `(N rows)`,
then `continue` and the `* ` prompt), and `\\q` (commit message, logout banner). Tables are drawn as the terminal
monitor draws them: `+---+` rules, `|`-separated cells padded to the column's display width (the declared width, or the
header when longer; text left, numbers right), no spaces inside the bars. Widths count characters (an NVARCHAR column in
a UTF-8 installation). Every table is computed from the modelled rows. Near-misses only: courses, assignments with
datasets and repositories, software versions, guest talks, a Kaggle-style leaderboard, people, dates, ids. No paper, no
catalogue title, nothing arXiv-shaped (the builder refuses them)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write


def table(cols, rows):
    """cols: (name, width, numeric)"""
    w = [max(n_, len(c)) for c, n_, _ in cols]
    rule = "+" + "+".join("-" * x for x in w) + "+"
    out = [rule, "|" + "|".join(c.ljust(w[i]) for i, (c, _, _) in enumerate(cols)) + "|", rule]
    for r in rows:
        cells = []
        for i, (c, _, num) in enumerate(cols):
            v = "" if r[i] is None else str(r[i])
            assert len(v) <= w[i], (c, v)
            cells.append(v.rjust(w[i]) if num else v.ljust(w[i]))
        out.append("|" + "|".join(cells) + "|")
    out.append(rule)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return out


Q = []
Q.append(("select code, title, semester, instructor from course order by code",
          [("code", 8, False), ("title", 34, False), ("semester", 10, False), ("instructor", 24, False)],
          [("ΠΛΗ-402", "Μηχανική Μάθηση", "εαρινό", "Δ. Παπαδόπουλος"),
           ("ΠΛΗ-417", "Βαθιά Μάθηση και Νευρωνικά Δίκτυα", "εαρινό", "Ε. Κωνσταντίνου"),
           ("ΠΛΗ-451", "Επεξεργασία Φυσικής Γλώσσας", "χειμερινό", "Μ. Αλεξίου")]))
Q.append(("select id, course, title, dataset, due, repo from assignment where course = 'ΠΛΗ-417' order by due",
          [("id", 6, True), ("course", 8, False), ("title", 40, False), ("dataset", 16, False), ("due", 11, False), ("repo", 48, False)],
          [(1, "ΠΛΗ-417", "Πολυστρωματικό perceptron από το μηδέν", "MNIST", "11-mar-2024", "https://gitlab.csd.example.gr/dl2024/hw1-mlp"),
           (2, "ΠΛΗ-417", "Συνελικτικά δίκτυα στο CIFAR-10", "CIFAR-10", "08-apr-2024", "https://gitlab.csd.example.gr/dl2024/hw2-cnn"),
           (3, "ΠΛΗ-417", "Ταξινόμηση κριτικών με LSTM", "IMDb reviews", "06-may-2024", "https://gitlab.csd.example.gr/dl2024/hw3-rnn"),
           (4, "ΠΛΗ-417", "Μικρός transformer για ελληνικά κείμενα", "Greek Wikipedia", "03-jun-2024", "https://gitlab.csd.example.gr/dl2024/hw4-tiny-lm")]))
Q.append(("select name, version, note from software order by name",
          [("name", 16, False), ("version", 10, False), ("note", 44, False)],
          [("jax", "0.4.28", "προαιρετικά, μόνο για την εργασία 4"),
           ("numpy", "1.26.4", None),
           ("scikit-learn", "1.4.2", "για τα baselines της εργασίας 3"),
           ("torch", "2.3.0", "CUDA 12.1 στους κόμβους gpu01-gpu04"),
           ("transformers", "4.40.2", "tokenizers από το Hugging Face Hub")]))
Q.append(("select talk_date, speaker, topic, video from guest_talk order by talk_date",
          [("talk_date", 11, False), ("speaker", 24, False), ("topic", 44, False), ("video", 44, False)],
          [("20-mar-2024", "Ν. Γεωργίου (Athena RC)", "Εκπαίδευση μοντέλων σε πολλές GPU στην πράξη", "https://video.example.gr/dl2024/talk-01"),
           ("17-apr-2024", "Σ. Μιχαηλίδου", "Practical MLOps with DVC and MLflow", "https://video.example.gr/dl2024/talk-02"),
           ("15-may-2024", "Κ. Ιωάννου", "Ελληνικά σύνολα δεδομένων για NLP", None)]))
Q.append(("select rank, team, score, submissions, last_submit from leaderboard where assignment = 2 order by rank",
          [("rank", 6, True), ("team", 24, False), ("score", 8, True), ("submissions", 11, True), ("last_submit", 11, False)],
          [(1, "ομάδα_Αθηνά", "0.9132", 14, "07-apr-2024"),
           (2, "gradient_descenders", "0.9087", 22, "08-apr-2024"),
           (3, "Κουκουβάγιες", "0.8954", 9, "05-apr-2024"),
           (4, "baseline (διδάσκοντες)", "0.8610", 1, "12-mar-2024")]))

s = ["giorgos@db-course:~$ sql mlcourse",
     "INGRES TERMINAL MONITOR Copyright 2016 Actian Corporation",
     "Ingres Linux Version II 11.0.0 (a64.lnx/100) login",
     "Tue May 14 10:12:41 2024",
     "Enter \\g to execute commands, \"help help\\g\" for help, \\q to quit", "", "continue"]
for sql, cols, rows in Q:
    s.append("* " + sql + "\\g")
    s.append("Executing . . .")
    s += ["", ""]
    s += table(cols, rows)
    s.append("continue")
s.append("* \\q")
s += ["Your SQL statement(s) have been committed.", "", "Ingres Version II 11.0.0 (a64.lnx/100) logout", "Tue May 14 10:16:27 2024",
      "giorgos@db-course:~$ "]
write("1496_negative_ingres_terminal_monitor_sql_session_greek_ml_course_database_no_papers.txt", "\n".join(s) + "\n", negative=True)
