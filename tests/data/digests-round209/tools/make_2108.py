#!/usr/bin/env python3
"""2108: an MDL SD file (`.sdf`, three V2000 molfile records with data items) of an invented solvent set, Portuguese
data items: arXiv links (`/abs/`, `/pdf/…v2`, `http://`, `/pdf/….pdf`), one `arXiv:NNNN.NNNNN` in text, titles
alone; non-papers (a book, RDKit docs, PubChem, the repository, a talk). Counts lines computed from the atom and bond
tables. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2108)

MOLS = [
    ("etanol", [("C", -0.8883, 0.1600, 0.0), ("C", 0.4917, -0.4617, 0.0), ("O", 1.4750, 0.5533, 0.0)],
     [(1, 2, 1), (2, 3, 1)]),
    ("acetona", [("C", 0.0, 0.1800, 0.0), ("O", 0.0, 1.4000, 0.0), ("C", -1.2990, -0.5700, 0.0),
                 ("C", 1.2990, -0.5700, 0.0)], [(1, 2, 2), (1, 3, 1), (1, 4, 1)]),
    ("acetonitrila", [("C", -1.2500, 0.0, 0.0), ("C", 0.2100, 0.0, 0.0), ("N", 1.3700, 0.0, 0.0)],
     [(1, 2, 1), (2, 3, 3)]),
]

DATA = [
    [("ID_CONJUNTO", "SOLV-0001"), ("PUBCHEM_CID", "702"), ("LOGP_EXP", "-0.31"),
     ("NOTAS", fill(r'''Curadoria: Beatriz Fonseca Lacerda <beatriz.lacerda@molecula-ml.example.pt>
Repositório: https://github.com/molecula-ml/conjunto-solventes
Pré-treino do codificador (leituras do grupo):
[[T:1912.11370]] https://arxiv.org/abs/1912.11370
[[T:2106.08254]] https://arxiv.org/pdf/2106.08254v2''', {}))],
    [("ID_CONJUNTO", "SOLV-0002"), ("PUBCHEM_CID", "180"), ("LOGP_EXP", "-0.24"),
     ("NOTAS", fill(r'''Auto-supervisão sem pares negativos:
[[T:2006.07733]] (http://arxiv.org/abs/2006.07733)
[[T:2103.03230]] -- https://arxiv.org/pdf/2103.03230.pdf
Otimizador do ajuste fino: SAM, arXiv:2010.01412 ([[T:2010.01412]]).''', {}))],
    [("ID_CONJUNTO", "SOLV-0003"), ("PUBCHEM_CID", "6342"), ("LOGP_EXP", "-0.34"),
     ("NOTAS", fill(r'''Seleção de moléculas a rotular: ver "[[T:2103.14339]]".
Para discutir na reunião: [[T:2011.06182]]; [[T:2006.14536]].
Livro: Ramsundar et al., "Deep Learning for the Life Sciences" (O'Reilly).
Documentação: https://www.rdkit.org/docs/ -- palestra: https://video.molecula-ml.example.pt/palestra/2024-05''', {}))],
]


def record(name, atoms, bonds, data):
    out = [name, "  RDKit          2D", ""]
    out.append(f"{len(atoms):3d}{len(bonds):3d}  0  0  0  0  0  0  0  0999 V2000")
    for el, x, y, z in atoms:
        out.append(f"{x:10.4f}{y:10.4f}{z:10.4f} {el:<3} 0  0  0  0  0  0  0  0  0  0  0  0")
    for a, b, t in bonds:
        out.append(f"{a:3d}{b:3d}{t:3d}  0")
    out.append("M  END")
    for k, v in data:
        out += [f">  <{k}>", *v.split("\n"), ""]
    out.append("$$$$")
    return out


TXT = "\n".join(l for m, d in zip(MOLS, DATA) for l in record(*m, d)) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
