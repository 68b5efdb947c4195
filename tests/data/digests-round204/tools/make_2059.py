#!/usr/bin/env python3
"""2059: the last text page and «СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ» of an invented graduation thesis («выпускная
квалификационная работа», ВКР) of the Kyrgyz State Technical University (KSTU, Bishkek), copied from the PDF: Russian
in Cyrillic, foreign works in Latin script, in a GOST-like form («/ … // …. – Year. – P. …», «URL: … (дата обращения:
dd.mm.yyyy)»). The thesis, its pages and the access dates are invented. Computed: the author forms from the catalogue,
the alphabetical order (sorted), the wrapping at 96 columns."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, initials
from make_expected import by_num, keys, LSTM, BACKPROP, CTC, GLOVE
F = by_num(2059)


def first(key):
    p = authors(key)[0].split()
    return f"{p[-1]}, {' '.join(x[0] + '.' for x in p[:-1])}"


def resp(key, n=3):
    a = authors(key)
    return ", ".join(initials(x) for x in a[:n]) + (" [et al.]" if len(a) > n else "")


ENTRIES = [
 f"{first('1409.0473')} {T('1409.0473')} / {resp('1409.0473')} // ICLR 2015. – 2015. – URL: https://arxiv.org/abs/1409.0473 (дата обращения: 14.01.2026).",
 f"{first('1410.5401')} {T('1410.5401')} / {resp('1410.5401')}. – 2014. – URL: http://arxiv.org/pdf/1410.5401v2 (дата обращения: 14.01.2026).",
 f"{first('1706.03762')} {T('1706.03762')} / {resp('1706.03762')} // Advances in Neural Information Processing Systems. – 2017. – Vol. 30. – P. 5998–6008. – URL: https://arxiv.org/abs/1706.03762v5 (дата обращения: 20.01.2026).",
 f"{first('2106.07447')} {T('2106.07447')} / {resp('2106.07447')} // IEEE/ACM Transactions on Audio, Speech, and Language Processing. – 2021. – Vol. 29. – P. 3451–3460. – Препринт arXiv:2106.07447.",
 f"{first(LSTM)} {T(LSTM)} / {resp(LSTM)} // Neural Computation. – 1997. – Vol. 9, № 8. – P. 1735–1780.",
 f"{first(BACKPROP)} {T(BACKPROP)} / {resp(BACKPROP)} // Nature. – 1986. – Vol. 323. – P. 533–536.",
 f"{first(CTC)} {T(CTC)} / {resp(CTC)} // Proceedings of the 23rd International Conference on Machine Learning. – 2006. – P. 369–376.",
 f"{first(GLOVE)} {T(GLOVE)} / {resp(GLOVE)} // Proceedings of EMNLP 2014. – 2014. – P. 1532–1543.",
 "Гудфеллоу, Я. Глубокое обучение / Я. Гудфеллоу, И. Бенджио, А. Курвилль ; пер. с англ. А. А. Слинкина. – 2-е изд. – Москва : ДМК Пресс, 2018. – 652 с. – ISBN 978-5-97060-618-6.",
 "Kaldi ASR. Kaldi Documentation : [сайт]. – URL: https://kaldi-asr.org/doc/ (дата обращения: 21.01.2026).",
]
ENTRIES.sort(key=str.lower)
text = ["3.4 Выводы по главе 3", "",
        "Проведённые эксперименты показали, что рекуррентные модели с механизмом внимания дают лучшие",
        "результаты на коротких фразах кыргызской речи, а модели на основе трансформера обучаются",
        "быстрее. В дальнейшем планируется расширить корпус записями радиопередач.",
        "", "58", "", "СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ", ""]
for i, e in enumerate(ENTRIES, 1):
    text += textwrap.wrap(f"{i}. {e}", 96, break_long_words=False, break_on_hyphens=False) + [""]
text += ["59"]
write_only(F, "\n".join(text) + "\n", keys(F))
