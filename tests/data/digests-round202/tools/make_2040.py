#!/usr/bin/env python3
"""2040: an RIS export of a saved list («Marked list») from the library catalogue of the State University of Zanzibar
(SUZA): English notes with Kiunguja Swahili. The list, its record ids ZNZ-0201–ZNZ-0210, the notes, the local
teaching pack and the data set are invented. Computed: the author lines from the catalogue, the record ids
(consecutive), CR LF line ends, «ER  - » closing every record."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, year, write_only
from make_expected import by_num, keys
F = by_num(2040)


def au(key, n=4):
    out = []
    for x in authors(key)[:n]:
        p = x.split()
        out.append(f"AU  - {p[-1]}, {' '.join(p[:-1])}")
    return out


RECS = [
 ("JOUR", "1911.05722", ["JO  - CVPR 2020", "UR  - https://arxiv.org/abs/1911.05722", "N1  - Soma hii kwanza (read this first)."]),
 ("JOUR", "2111.06377", ["JO  - CVPR 2022", "L1  - https://arxiv.org/pdf/2111.06377v3.pdf"]),
 ("JOUR", "2002.05709", ["JO  - ICML 2020", "UR  - http://arxiv.org/abs/2002.05709v3"]),
 ("CONF", "2006.05576", ["T2  - ICLR 2021", f"UR  - https://openreview.net/forum?id={OR('2006.05576')}"]),
 ("GEN", "1807.03748", ["N1  - Preprint, arXiv:1807.03748 [cs.LG]. Old but the InfoNCE loss starts here."]),
 ("CONF", "2007.01434", ["T2  - ICLR 2021", "N1  - Domain shift week; copy in the seminar folder."]),
 ("JOUR", "2004.07780", ["JO  - Nature Machine Intelligence", "VL  - 2", "SP  - 665", "EP  - 673"]),
 ("CONF", "2103.14586", ["T2  - ICCV 2021", "N1  - Kwa wiki ya tano."]),
]
out = []
for i, (ty, k, extra) in enumerate(RECS, 1):
    out += [f"TY  - {ty}", f"ID  - ZNZ-{200 + i:04d}", f"TI  - {T(k)}"] + au(k) + [f"PY  - {year(k)}"] + extra + ["DB  - SUZA Library Catalogue", "ER  - ", ""]
n = len(RECS)
out += ["TY  - BOOK", f"ID  - ZNZ-{201 + n:04d}", "TI  - Deep Learning: Foundations and Concepts", "AU  - Bishop, Christopher M.",
        "AU  - Bishop, Hugh", "PY  - 2024", "PB  - Springer", "SN  - 978-3-031-45467-7", "N1  - Shelf QA76.87 .B57 2024, reference only.",
        "DB  - SUZA Library Catalogue", "ER  - ", "",
        "TY  - DATA", f"ID  - ZNZ-{202 + n:04d}", "TI  - Picha za mwani: seaweed farm image set, Paje", "AU  - SUZA Marine Science Lab",
        "PY  - 2025", "UR  - https://data.example.tz/mwani-paje", "N1  - Data set, not a paper; 3,200 labelled images.",
        "DB  - SUZA Library Catalogue", "ER  - ", ""]
write_only(F, "\r\n".join(out), keys(F))
