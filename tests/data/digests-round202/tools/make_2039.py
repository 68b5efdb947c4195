#!/usr/bin/env python3
"""2039: the last text page and «КОРИСТЕНА ЛИТЕРАТУРА» (reference list, ISO 690 forms as Macedonian theses write them)
of an invented master's thesis («магистерски труд») of Ss. Cyril and Methodius University (UKIM, Skopje), copied from
the PDF: Macedonian in Cyrillic, foreign works cited in Latin script. The thesis, its pages and the access dates are
invented. Computed: the author forms from the catalogue, the alphabetical order (sorted), the wrapping at 96 columns."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys, LSTM, BACKPROP
F = by_num(2039)


def names(key, n=3):
    a = authors(key)
    out = []
    for x in a[:n]:
        p = x.split()
        out.append(f"{p[-1].upper()}, {' '.join(p[:-1])}")
    return "; ".join(out) + (" et al" if len(a) > n else "")  # the entry adds the full stop


ENTRIES = [
 f"{names('1409.0473')}. {T('1409.0473')}. Во: International Conference on Learning Representations (ICLR), 2015. Достапно на: <https://arxiv.org/abs/1409.0473> [пристапено на 14 јануари 2026].",
 f"{names('1410.5401')}. {T('1410.5401')}. 2014. Достапно на: <http://arxiv.org/pdf/1410.5401v2> [пристапено на 14 јануари 2026].",
 f"{names('1409.3215')}. {T('1409.3215')}. Во: Advances in Neural Information Processing Systems 27, 2014, p. 3104–3112. Достапно на: <https://arxiv.org/abs/1409.3215v3>.",
 f"{names('1901.02860')}. {T('1901.02860')}. Во: Proceedings of ACL 2019, p. 2978–2988. Preprint arXiv:1901.02860.",
 f"{names(LSTM)}. {T(LSTM)}. Neural Computation, 1997, vol. 9, no. 8, p. 1735–1780.",
 f"{names(BACKPROP)}. {T(BACKPROP)}. Nature, 1986, vol. 323, p. 533–536.",
 f"{names('2002.09402')}. {T('2002.09402')}. 2020. Препринт.",
 f"{names('2005.00743')}. {T('2005.00743')}. Во: Proceedings of the 38th International Conference on Machine Learning (ICML), 2021.",
 "BISHOP, Christopher M. Pattern Recognition and Machine Learning. New York : Springer, 2006. ISBN 978-0-387-31073-2.",
 "PYTORCH CONTRIBUTORS. torch.nn.LSTM – PyTorch documentation [онлајн]. Достапно на: <https://pytorch.org/docs/stable/generated/torch.nn.LSTM.html> [пристапено на 20 јануари 2026].",
]
ENTRIES.sort(key=str.lower)
text = ["4.3 Споредба на моделите и заклучок", "",
        "Резултатите од поглавје 4.2 покажуваат дека рекурентните модели со внимание се подобри за",
        "кратки реченици на македонски јазик, додека моделите базирани на трансформер се побрзи при",
        "обучување. Во идните истражувања ќе ги споредиме и со поголеми корпуси од весникарски текстови.",
        "", "71", "", "КОРИСТЕНА ЛИТЕРАТУРА", ""]
for i, e in enumerate(ENTRIES, 1):
    text += textwrap.wrap(f"{i}. {e}", 96, break_long_words=False, break_on_hyphens=False) + [""]
text += ["72"]
write_only(F, "\n".join(text) + "\n", keys(F))
