#!/usr/bin/env python3
"""2060: an RIS export of a saved list from the library catalogue of the University of Juba: English notes with Juba
Arabic. The list, its record ids JUB-0311–JUB-0320, the notes and the data set are invented. Computed: the author lines
from the catalogue, the record ids (consecutive), CR LF line ends, «ER  - » closing every record."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, year, write_only
from make_expected import by_num, keys
F = by_num(2060)


def au(key, n=4):
    out = []
    for x in authors(key)[:n]:
        p = x.split()
        out.append(f"AU  - {p[-1]}, {' '.join(p[:-1])}")
    return out


RECS = [
 ("JOUR", "1911.05722", ["JO  - CVPR 2020", "L1  - https://arxiv.org/pdf/1911.05722v3.pdf", "N1  - Gari da awal (read this first)."]),
 ("CONF", "2011.10566", ["T2  - CVPR 2021", "UR  - https://arxiv.org/abs/2011.10566"]),
 ("JOUR", "2111.06377", ["JO  - CVPR 2022", "UR  - http://arxiv.org/abs/2111.06377v2"]),
 ("GEN", "1807.03748", ["N1  - Preprint arXiv:1807.03748. The InfoNCE loss comes from here."]),
 ("CONF", "2101.01761", ["T2  - NeurIPS 2020", "N1  - Regularisation week; printed copy at the desk."]),
 ("CONF", "2010.00554", ["T2  - ICLR 2021", "N1  - Optional, for the maths group."]),
 ("CONF", "2111.04263", ["T2  - ICLR 2021", "UR  - https://arxiv.org/abs/2111.04263", "N1  - Federated week (clinics data stays local)."]),
 ("CONF", "2007.01434", ["T2  - ICLR 2021", "N1  - Wiki taki khamsa (week five)."]),
]
out = []
for i, (ty, k, extra) in enumerate(RECS, 1):
    out += [f"TY  - {ty}", f"ID  - JUB-{310 + i:04d}", f"TI  - {T(k)}"] + au(k) + [f"PY  - {year(k)}"] + extra + ["DB  - University of Juba Library", "ER  - ", ""]
n = len(RECS)
out += ["TY  - BOOK", f"ID  - JUB-{311 + n:04d}", "TI  - Dive into Deep Learning", "AU  - Zhang, Aston",
        "AU  - Lipton, Zachary C.", "AU  - Li, Mu", "AU  - Smola, Alexander J.", "PY  - 2023", "PB  - Cambridge University Press",
        "SN  - 978-1-009-38943-3", "N1  - Also free online (d2l.ai); two copies on reserve.",
        "DB  - University of Juba Library", "ER  - ", "",
        "TY  - DATA", f"ID  - JUB-{312 + n:04d}", "TI  - Juba market sign photographs, Konyo Konyo", "AU  - School of Computer Science Data Group",
        "PY  - 2025", "UR  - https://data.example.ss/konyo-konyo-signs", "N1  - Data set, not a paper; 2,150 images.",
        "DB  - University of Juba Library", "ER  - ", ""]
write_only(F, "\r\n".join(out), keys(F))
