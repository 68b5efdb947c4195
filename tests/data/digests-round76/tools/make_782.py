#!/usr/bin/env python3
"""782: a MariaDB monitor `tee` file (MariaDB 10.11 client): the prompts `MariaDB [anagnoseis]> ` with the statements
as typed (continuation prompts `    -> `), result tables drawn with `+---+` borders and `| … |` cells padded to the
widest value (numbers right-aligned, NULL written out), `N rows in set (0.001 sec)`, a `\\G` vertical record
(27 stars, `1. row`, field names right-aligned), an `ERROR 1054 (42S22)`, `Query OK` / `Rows matched` lines,
`Empty set`. A Greek lab's paper tracker: vision backbones, detection and inductive bias."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import by_num, keys

F = by_num(782)
PR = "MariaDB [anagnoseis]> "


def table(cols, rows, secs="0.001"):
    cells = [[("NULL" if v is None else str(v)) for v in r] for r in rows]
    w = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    num = [all(isinstance(r[i], int) for r in rows) for i in range(len(cols))]
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [line, "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |", line]
    for r in cells:
        out.append("| " + " | ".join(v.rjust(w[i]) if num[i] else v.ljust(w[i]) for i, v in enumerate(r)) + " |")
    out.append(line)
    n = len(rows)
    out.append(f"{n} row{'s' if n != 1 else ''} in set ({secs} sec)")
    return "\n".join(out) + "\n"


def vertical(cols, row, secs="0.000"):
    w = max(len(c) for c in cols)
    out = ["*" * 27 + " 1. row " + "*" * 27]
    out += [f"{c.rjust(w)}: {'NULL' if v is None else v}" for c, v in zip(cols, row)]
    out.append(f"1 row in set ({secs} sec)")
    return "\n".join(out) + "\n"


A = lambda k: f"https://arxiv.org/abs/{k}"
papers = [
    (12, T("2201.03545"), au("2201.03545", 2), 2022, A("2201.03545"), "διαβάστηκε"),
    (13, T("2010.11929"), au("2010.11929", 2), 2021, f"https://openreview.net/forum?id={OR('2010.11929')}", "διαβάστηκε"),
    (14, T("2104.00298"), au("2104.00298", 2), 2021, None, "σε αναμονή"),
    (15, T("2010.04159"), au("2010.04159", 2), 2021, A("2010.04159"), "σε αναμονή"),
    (16, T("2103.14167"), au("2103.14167", 2), 2021, None, "προτεινόμενο"),
    (17, T("2103.14146"), au("2103.14146", 2), 2021, None, "προτεινόμενο"),
    (18, T("2007.01434"), au("2007.01434", 2), 2020, None, "προτεινόμενο"),
]
parts = []
parts.append(PR + "SELECT id, titlos, syggrafeis, etos, syndesmos, katastasi\n    -> FROM arthra WHERE enotita = 'orasi' ORDER BY id;\n"
             + table(["id", "titlos", "syggrafeis", "etos", "syndesmos", "katastasi"], papers))
parts.append(PR + "SELECT id, titlos_gr FROM arthra WHERE id = 19;\nERROR 1054 (42S22): Unknown column 'titlos_gr' in 'field list'\n")
parts.append(PR + "SELECT * FROM arthra WHERE id = 19\\G\n"
             + vertical(["id", "enotita", "titlos", "syggrafeis", "etos", "syndesmos", "katastasi", "simeioseis", "prosthese", "imerominia"],
                        [19, "orasi", T("2010.08515"), au("2010.08515", 3), 2020, None, "προτεινόμενο",
                         "Θεωρητικό· εξηγεί γιατί η συνέλιξη χρειάζεται λιγότερα δείγματα. arXiv:2010.08515 — ο Νίκος δεν έβαλε σύνδεσμο.",
                         "nikos", "2024-03-04 18:22:10"]))
parts.append(PR + "UPDATE arthra SET katastasi = 'σε αναμονή' WHERE id IN (16, 17);\nQuery OK, 2 rows affected (0.004 sec)\n"
             "Rows matched: 2  Changed: 2  Warnings: 0\n")
parts.append(PR + "SELECT id, eidos, onoma, url FROM poroi WHERE enotita = 'orasi' ORDER BY eidos, id;\n"
             + table(["id", "eidos", "onoma", "url"], [
                 (3, "dedomena", "COCO 2017 (train/val) — σύνολο δεδομένων, όχι άρθρο", "https://cocodataset.org/#download"),
                 (4, "dedomena", "ImageNet-1k στο NFS του εργαστηρίου", "file:///mnt/nfs/datasets/imagenet"),
                 (7, "kodikas", "timm (PyTorch Image Models) — βιβλιοθήκη", "https://github.com/huggingface/pytorch-image-models"),
                 (8, "kodikas", "detectron2 — για το Deformable DETR baseline", "https://github.com/facebookresearch/detectron2"),
                 (9, "mathima", "Μεταπτυχιακό μάθημα «Όραση Υπολογιστών» (σημειώσεις)", "https://eclass.example.gr/courses/CS512/"),
                 (11, "blog", "Ανάρτηση: «ViT από το μηδέν» (ιστολόγιο της ομάδας)", "https://blog.vision-lab.example.gr/vit-apo-to-miden"),
             ], "0.002"))
parts.append(PR + "SELECT id, titlos FROM arthra WHERE enotita = 'orasi' AND katastasi = 'απορρίφθηκε';\nEmpty set (0.001 sec)\n")
parts.append(PR + "SELECT katastasi, COUNT(*) AS plithos FROM arthra WHERE enotita = 'orasi'\n    -> GROUP BY katastasi ORDER BY plithos DESC;\n"
             + table(["katastasi", "plithos"], [("σε αναμονή", 4), ("προτεινόμενο", 2), ("διαβάστηκε", 2)]))
parts.append(PR + "notee\n")
text = "\n".join(parts)
write_only(F, text, keys(F))
