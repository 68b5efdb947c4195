#!/usr/bin/env python3
"""2019: the last text page and the «BIBLIOGRAFIA» of an invented master's thesis of the Università degli Studi della
Repubblica di San Marino, references in the UNI ISO 690 style as remembered (simplified), copied from the PDF: Italian.
Computed: the author forms from the catalogue («COGNOME, Nome»; three authors, then «et al.»), the alphabetical order
(sorted), the page numbers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys, CTC
F = by_num(2019)


def A(key, n=3):
    a = authors(key)
    f = ["DE CAO, Nicola" if x == "Nicola De Cao" else f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}" for x in a[:n]]
    return "; ".join(f) + (" et al." if len(a) > n else "")


REFS = [
 (A(CTC), f"{T(CTC)}. In: Proceedings of the 23rd International Conference on Machine Learning. Pittsburgh: ACM, 2006, p. 369–376."),
 (A("1410.5401"), f"{T('1410.5401')}. Preprint, 2014. Disponibile su: <https://arxiv.org/abs/1410.5401> [consultato il 3 novembre 2025]."),
 (A("2006.03654"), f"{T('2006.03654')}. In: International Conference on Learning Representations. 2021."),
 (A("2010.00904"), f"{T('2010.00904')}. In: International Conference on Learning Representations. 2021."),
 ("GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron", "Deep learning. Cambridge (MA): MIT Press, 2016. ISBN 978-0-262-03561-3."),
 ("PASZKE, Adam et al.", "PyTorch documentation: torch.nn.Transformer [online]. 2025. Disponibile su: <https://pytorch.org/docs/stable/generated/torch.nn.Transformer.html> [consultato il 9 gennaio 2026]."),
 (A("1701.06538"), f"{T('1701.06538')}. Preprint, 2017. Disponibile su: <http://arxiv.org/pdf/1701.06538v1> [consultato il 3 novembre 2025]."),
 (A("1409.3215"), f"{T('1409.3215')}. In: Advances in Neural Information Processing Systems 27. 2014, p. 3104–3112. Disponibile su: <https://arxiv.org/abs/1409.3215v3>."),
 (A("2005.00743"), f"{T('2005.00743')}. In: Proceedings of the 38th International Conference on Machine Learning. 2021. Preprint arXiv:2005.00743."),
 (A("1706.03762"), f"{T('1706.03762')}. In: Advances in Neural Information Processing Systems 30. Long Beach, 2017, p. 5998–6008."),
]
REFS.sort(key=lambda r: r[0].lower())


def wrap(s, w=96):
    out, cur = [], ""
    for word in s.split(" "):
        if cur and len(cur) + 1 + len(word) > w:
            out.append(cur); cur = word
        else:
            cur = (cur + " " + word) if cur else word
    return out + [cur]


L = ["5.3 Sviluppi futuri",
     "Un'estensione naturale del lavoro consiste nel sostituire il decodificatore ricorrente con un modello",
     "a memoria esterna, confrontandolo con le architetture ad attenzione discusse nel capitolo 2. Resta",
     "inoltre da valutare il costo computazionale su testi amministrativi sammarinesi più lunghi di 512",
     "token, per i quali il corpus raccolto presso l'archivio di Stato non è ancora sufficiente.",
     "",
     "93",
     "",
     "BIBLIOGRAFIA",
     ""]
for a, rest in REFS:
    L += wrap(f"{a if a.endswith('.') else a + '.'} {rest}") + [""]
L += ["94"]
write_only(F, "\n".join(L) + "\n", keys(F))
