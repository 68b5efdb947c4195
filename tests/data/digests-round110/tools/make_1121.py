#!/usr/bin/env python3
"""1121: a RIS file exported from ReadCube Papers (a collection "SSL — семінар" of a Ukrainian PhD student, with her
notes in N1 and tags in KW): CRLF, `TAG  - value` lines, TY first and `ER  - ` last in each record, a blank line
between records; authors "Surname, Given"; dates YYYY/MM/DD. Two records are not papers (a book and a docs page)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F1121, keys


def aus(k):
    out = []
    for a in CAT[k]["authors"]:
        p = a.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return out


def rec(ty, fields):
    lines = [f"TY  - {ty}"]
    for tag, v in fields:
        for x in (v if isinstance(v, list) else [v]):
            lines.append(f"{tag}  - {x}")
    lines.append("ER  - ")
    return "\r\n".join(lines) + "\r\n"


R = [
    rec("JOUR", [("AU", aus("2106.08254")), ("PY", "2021"), ("DA", "2021/06/15"), ("TI", T("2106.08254")), ("T2", "arXiv"),
                 ("UR", "https://arxiv.org/abs/2106.08254"), ("KW", ["маскування", "ViT", "прочитано"]),
                 ("N1", "Токенізатор з DALL-E (dVAE) як ціль для маскованих патчів. На семінарі 19.02 — порівняти з MAE (окремо, не в цій колекції)."),
                 ("L1", "internal-pdf://0412279931/Bao-2021-BEiT.pdf")]),
    rec("CPAPER", [("AU", aus("2103.03230")), ("PY", "2021"), ("DA", "2021/07/18"), ("TI", T("2103.03230")),
                   ("T2", "Proceedings of the 38th International Conference on Machine Learning"), ("SP", "12310"), ("EP", "12320"),
                   ("UR", "https://arxiv.org/abs/2103.03230"), ("KW", ["без негативів", "прочитано"]),
                   ("N1", "Матриця крос-кореляції → одинична. Дуже чутливо до розміру проєктора (8192!). Порівняти з BYOL нижче.")]),
    rec("JOUR", [("AU", aus("2006.07733")), ("PY", "2020"), ("DA", "2020/06/13"), ("TI", T("2006.07733")), ("T2", "arXiv"),
                 ("UR", "https://arxiv.org/pdf/2006.07733.pdf"), ("KW", ["без негативів", "EMA"]),
                 ("N1", "Цільова мережа = EMA онлайн-мережі. Чому не колапсує — див. обговорення в додатку, там же абляції BN.")]),
    rec("CPAPER", [("AU", aus("2011.06182")), ("PY", "2020"), ("DA", "2020/09/28"), ("TI", T("2011.06182")), ("T2", "OpenReview"),
                   ("UR", "https://openreview.net/forum?id=3rRgu7OGgBI"), ("KW", ["fine-tuning", "контрастивне"]),
                   ("N1", "Рецензії на OpenReview корисніші за саму статтю :) Класифікатор + проєктор, обидва з контрастивною втратою.")]),
    rec("JOUR", [("AU", aus("2011.04419")), ("PY", "2020"), ("DA", "2020/11/09"), ("TI", T("2011.04419")),
                 ("T2", "arXiv preprint arXiv:2011.04419"), ("KW", ["mixup", "інші модальності"]),
                 ("N1", "DACL: mixup замість аугментацій, коли домен не зображення (табличні дані, графи). Потрібно для мого розділу 3.")]),
    rec("CPAPER", [("AU", aus("1912.11370")), ("PY", "2020"), ("DA", "2020/08/23"), ("TI", T("1912.11370")),
                   ("T2", "Computer Vision – ECCV 2020"), ("SP", "491"), ("EP", "507"), ("PB", "Springer"),
                   ("KW", ["перенесення", "великі дані"]),
                   ("N1", "Не SSL, а supervised-передтренування — але як база для порівняння перенесення. GroupNorm + Weight Standardization.")]),
    rec("CPAPER", [("AU", aus("2010.04592")), ("PY", "2021"), ("DA", "2021/05/04"), ("TI", T("2010.04592")),
                   ("T2", "International Conference on Learning Representations"), ("KW", ["контрастивне", "негативи"]),
                   ("N1", "Важкі негативи з поправкою на хибні негативи (debiased). Параметр β — ключовий.")]),
    rec("CPAPER", [("AU", aus("2006.05929")), ("PY", "2021"), ("DA", "2021/05/04"), ("TI", T("2006.05929")),
                   ("T2", "International Conference on Learning Representations"), ("KW", ["дані", "конденсація"]),
                   ("N1", "Не зовсім SSL, але Олег радив: синтетичний набір, градієнти якого збігаються з градієнтами на повному.")]),
    rec("BOOK", [("AU", ["Zhang, Aston", "Lipton, Zachary C.", "Li, Mu", "Smola, Alexander J."]), ("PY", "2023"),
                 ("TI", "Dive into Deep Learning"), ("PB", "Cambridge University Press"), ("UR", "https://d2l.ai/"),
                 ("N1", "Підручник, розділ про контрастивне навчання — як вступ для студентів.")]),
    rec("ELEC", [("AU", "Meta AI"), ("PY", "2021"), ("TI", "VISSL documentation"), ("UR", "https://vissl.readthedocs.io/"),
                 ("N1", "Бібліотека з готовими конфігураціями SimCLR / SwAV / Barlow; документація, не стаття.")]),
]
text = "\r\n".join(R)
write_only(F1121, text, keys(F1121))
