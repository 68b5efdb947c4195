#!/usr/bin/env python3
"""1681: a BibTeX export from teachPress (the WordPress publication-management plugin) of a Slovenian lab's reading
list: one entry per publication with `title`, `author`, `url`, `year  = {…}` (two spaces, as teachPress writes it),
`date`, venue fields, `abstract`, `keywords`, `note`, `pubstate` and `tppubtype` (= the entry type); entries separated
by a blank line, LF. Slovenian keywords and notes; two Slovenian conference papers (ERK) by invented authors. The lab,
its people and the two Slovenian papers are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1681)


def au(k):
    return " and ".join(CAT[k]["authors"])


E = [
    ("inproceedings", "Chen2020", [("title", T("2002.05709")), ("author", au("2002.05709")),
     ("url", "https://arxiv.org/abs/2002.05709"), ("year", "2020"), ("date", "2020-07-13"),
     ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"), ("volume", "119"),
     ("pages", "1597--1607"), ("publisher", "PMLR"), ("series", "Proceedings of Machine Learning Research"),
     ("keywords", "kontrastno učenje, samonadzorovano učenje, SimCLR"),
     ("note", "Osnova za naš kontrastni pristop; pozorno prebrati razdelek o augmentacijah."),
     ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Caron2021", [("title", T("2104.14294")), ("author", au("2104.14294")),
     ("url", "https://arxiv.org/abs/2104.14294v2"), ("year", "2021"), ("date", "2021-10-11"),
     ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
     ("pages", "9650--9660"), ("keywords", "DINO, samonadzorovano učenje, vizualni transformerji"),
     ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("article", "Oquab2024", [("title", T("2304.07193")), ("author", au("2304.07193")),
     ("url", "https://arxiv.org/pdf/2304.07193"), ("year", "2024"), ("date", "2024-01-01"),
     ("journal", "Transactions on Machine Learning Research"),
     ("keywords", "DINOv2, samonadzorovano učenje, temeljni modeli"),
     ("note", "Uteži so javno dostopne; primerjati z našimi značilkami na histoloških rezinah."),
     ("pubstate", "published"), ("tppubtype", "article")]),
    ("misc", "Oord2018", [("title", T("1807.03748")), ("author", au("1807.03748")),
     ("url", "https://arxiv.org/abs/1807.03748"), ("year", "2018"), ("date", "2018-07-10"),
     ("howpublished", "arXiv"), ("keywords", "CPC, InfoNCE, kontrastno učenje"),
     ("pubstate", "published"), ("tppubtype", "misc")]),
    ("inproceedings", "Chen2021", [("title", T("2011.10566")), ("author", au("2011.10566")), ("year", "2021"),
     ("date", "2021-06-19"),
     ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
     ("pages", "15750--15758"), ("keywords", "SimSiam, siamske mreže, samonadzorovano učenje"),
     ("note", "Prednatis: arXiv:2011.10566"), ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Tsai2021", [("title", T("2006.05576")), ("author", au("2006.05576")), ("year", "2021"),
     ("date", "2021-05-03"), ("booktitle", "International Conference on Learning Representations (ICLR)"),
     ("keywords", "teorija informacij, več pogledov, samonadzorovano učenje"),
     ("note", "Teoretično ozadje za seminar, 2. teden."), ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Zheltonozhskii2022", [("title", T("2103.13646")), ("author", au("2103.13646")),
     ("year", "2022"), ("date", "2022-01-04"),
     ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
     ("pages", "1657--1667"), ("keywords", "šumne oznake, predučenje, samonadzorovano učenje"),
     ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Gemp2021", [("title", T("2010.00554")), ("author", au("2010.00554")), ("year", "2021"),
     ("date", "2021-05-03"), ("booktitle", "International Conference on Learning Representations (ICLR)"),
     ("keywords", "PCA, teorija iger"), ("note", "Za bralni krožek (Matej), ni nujno za projekt."),
     ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Novak2024", [("title", "Samonadzorovano predučenje za razvrščanje histoloških slik"),
     ("author", "Ana Novak and Matej Kranjc and Tina Zupan"), ("year", "2024"), ("date", "2024-09-23"),
     ("booktitle", "Zbornik triintridesete mednarodne Elektrotehniške in računalniške konference ERK 2024"),
     ("address", "Portorož"), ("pages", "312--315"),
     ("abstract", "Primerjamo kontrastne in nekontrastne metode samonadzorovanega predučenja na majhnem naboru "
                  "histoloških slik in pokažemo, da predučenje na domenskih podatkih izboljša točnost razvrščanja."),
     ("keywords", "histologija, samonadzorovano učenje"), ("pubstate", "published"), ("tppubtype", "inproceedings")]),
    ("inproceedings", "Kranjc2025", [("title", "Vpliv augmentacij na kontrastno učenje pri medicinskih slikah"),
     ("author", "Matej Kranjc and Ana Novak"), ("year", "2025"), ("date", "2025-09-22"),
     ("booktitle", "Zbornik štiriintridesete mednarodne Elektrotehniške in računalniške konference ERK 2025"),
     ("address", "Portorož"), ("keywords", "augmentacije, kontrastno učenje"),
     ("pubstate", "submitted"), ("tppubtype", "inproceedings")]),
]
out = []
for typ, key, fields in E:
    lines = [f"@{typ}{{{key},"]
    for i, (k, v) in enumerate(fields):
        sep = "," if i < len(fields) - 1 else ""
        lines.append(f"{k}{'  ' if k == 'year' else ' '}= {{{v}}}{sep}")
    lines.append("}")
    out.append("\n".join(lines))
write_only(F, "\n\n".join(out) + "\n\n", keys(F))
