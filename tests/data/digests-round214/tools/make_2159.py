#!/usr/bin/env python3
"""2159: the last pages of an invented master's qualification work (кваліфікаційна робота магістра) of Uzhhorod
National University (Ужгородський національний університет), copied from its PDF as text: the end of «ВИСНОВКИ»
citing [1]–[8], «СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ» in DSTU 8302:2015 («Прізвище І. Назва. Джерело. Рік. С. …», «et al.»
after three authors, «URL: … (дата звернення: дд.мм.рррр).»), with the running header, page numbers and form feeds;
reference lines wrapped at 90 (textwrap, not on hyphens) with a hanging indent. Ukrainian. Computed: numbering by
first citation (asserted), author forms from the catalogue, wrapping (asserted ≤ 90), page numbers."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import by_num, keys
F = by_num(2159)
HEADER = "Кваліфікаційна робота магістра · Ужгородський національний університет · 2026"


def auth(k):
    a = CAT[k]["authors"]
    f = [n.split()[-1] + " " + "".join(p[0] + "." for p in n.split()[:-1]) for n in a[:3]]
    return ", ".join(f) + (" et al." if len(a) > 3 else "")


REFS = [  # key, tail after the title (DSTU 8302:2015)
    ("2009.14794", "arXiv preprint. 2020. URL: https://arxiv.org/abs/2009.14794 (дата звернення: 02.03.2026)."),
    ("2103.02143", "International Conference on Learning Representations. 2021. arXiv:2103.02143."),
    ("2005.00743", "Proceedings of the 38th International Conference on Machine Learning (ICML). 2021. P. 10183–10192."),
    ("2010.06891", f"OpenReview. 2021. URL: https://openreview.net/forum?id={OR('2010.06891')} (дата звернення: 05.03.2026)."),
    ("2002.09402", "Preprint. 2020. 14 p."),
    ("1901.02860", "Proceedings of ACL. 2019. P. 2978–2988. URL: http://arxiv.org/abs/1901.02860 (дата звернення: 02.03.2026)."),
    ("2007.14062", "Advances in Neural Information Processing Systems. 2020. Vol. 33. P. 17283–17297."),
    ("2307.08621", "arXiv. 2023. URL: https://arxiv.org/pdf/2307.08621v4.pdf (дата звернення: 11.03.2026)."),
]
conc = ("У роботі порівняно механізми уваги лінійної складності. Ядрові наближення на кшталт FAVOR+ [1] та випадкових "
        "ознак [2] дають найкращий компроміс на довгих закарпатських діалектних записах, тоді як синтезована увага [3] "
        "програє на задачах з довгими залежностями. Для потокової обробки найкращі результати показали моделі з "
        "пам'яттю [4], [5], [6]; розріджена увага [7] залишається сильною базою. Ретенційні мережі [8] вважаємо "
        "перспективним напрямом подальших досліджень, зокрема для розпізнавання мовлення на пристроях з обмеженою "
        "пам'яттю.")
cited = [int(x) for x in re.findall(r"\[(\d+)\]", conc)]
assert [n for i, n in enumerate(cited) if n not in cited[:i]] == list(range(1, len(REFS) + 1))
W = 90
p1 = [HEADER, "", "ВИСНОВКИ (закінчення)", ""] + textwrap.wrap(conc, W, break_on_hyphens=False) + [
    "", "Практичне значення: прототип уже використано на кафедрі", "інформаційних управляючих систем.", "", "", "63"]
p2 = [HEADER, "", "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ", ""]
for i, (k, tail) in enumerate(REFS, 1):
    entry = f"{i}. {auth(k)} {T(k)}. {tail}"
    lines = textwrap.wrap(entry, W, subsequent_indent="   ", break_on_hyphens=False, break_long_words=False)
    assert all(len(l) <= W or " " not in l.strip() for l in lines)
    p2 += lines
OTHER = ["9. Хом'як Н. Корпус закарпатських говірок : набір даних. Ужгород : УжНУ, 2024. 1 електрон. опт. диск.",
         "10. Goodfellow I., Bengio Y., Courville A. Deep Learning. Cambridge : MIT Press, 2016. 800 p.",
         "11. PyTorch 2.2 Documentation. URL: https://pytorch.org/docs/2.2/ (дата звернення: 01.03.2026)."]
for entry in OTHER:
    p2 += textwrap.wrap(entry, W, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False)
p2 += ["", "", "64"]
text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n"
write_only(F, text, keys(F))
