#!/usr/bin/env python3
"""2116 (negative): a Tripos MOL2 file (`.mol2`, `#` comment lines, MOLECULE / ATOM / BOND / SUBSTRUCTURE records)
of methanol for an invented teaching lab, Vietnamese comments naming software, datasets, books and a talk, no paper;
the builder refuses any catalogue title and anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2116)
HEAD = '''#       Name:                   metanol
#       Bài thực hành 3 – Hóa tin học (học kỳ 2, 2024)
#       Soạn: Nguyễn Thị Thu Hà <thuha.nguyen@hoa-tinh.example.vn>
#       Kho mã: https://github.com/hoa-tinh/bai-thuc-hanh-mol2
#       Phần mềm: Open Babel 3.1.1 (https://openbabel.org), RDKit, Avogadro 1.2, PyMOL
#       Dữ liệu: PubChem (CID 887), ChEMBL 33, bộ QM9 bản tải từ figshare
#       Sách: Leach, "Molecular Modelling: Principles and Applications";
#             Jensen, "Introduction to Computational Chemistry" (bản 3)
#       Bài nói: https://video.hoa-tinh.example.vn/bao-cao/2024-03
#       Chuyển đổi: obabel metanol.sdf -O metanol.mol2 --partialcharge gasteiger

'''
ATOMS = [("C1", -0.3700, 0.0000, 0.0000, "C.3", 0.0280), ("O1", 1.0500, 0.0000, 0.0000, "O.3", -0.3930),
         ("H1", -0.7300, 1.0280, 0.0000, "H", 0.0400), ("H2", -0.7300, -0.5140, 0.8900, "H", 0.0400),
         ("H3", -0.7300, -0.5140, -0.8900, "H", 0.0400), ("H4", 1.3700, 0.0000, 0.9100, "H", 0.2450)]
BONDS = [(1, 2, "1"), (1, 3, "1"), (1, 4, "1"), (1, 5, "1"), (2, 6, "1")]


def build():
    out = [HEAD.rstrip("\n") + "\n", "@<TRIPOS>MOLECULE", "metanol", f" {len(ATOMS)} {len(BONDS)} 1 0 0", "SMALL",
           "GASTEIGER", "", "@<TRIPOS>ATOM"]
    for i, (n, x, y, z, t, q) in enumerate(ATOMS, 1):
        out.append(f"{i:7d} {n:<8}{x:10.4f}{y:10.4f}{z:10.4f} {t:<5}{1:6d}  MOH1{q:14.4f}")
    out.append("@<TRIPOS>BOND")
    for i, (a, b, t) in enumerate(BONDS, 1):
        out.append(f"{i:6d}{a:6d}{b:6d}    {t}")
    out += ["@<TRIPOS>SUBSTRUCTURE", "     1 MOH1        1 GROUP             0 ****  ****    0 ROOT"]
    return "\n".join(out) + "\n"


TXT = build()

if __name__ == "__main__":
    write(F, TXT, negative=True)
