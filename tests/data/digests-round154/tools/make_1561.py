#!/usr/bin/env python3
"""1561: an RIS export of a Grafiati bibliography (a Russian student's course paper list), CR LF, tags `XX  - `."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1561)


def au(k):
    out = []
    for a in CAT[k]["authors"]:
        p = a.split()
        out.append(f"AU  - {p[-1]}, {' '.join(p[:-1])}")
    return out


def rec(ty, k, extra):
    return [f"TY  - {ty}"] + au(k) + [f"TI  - {T(k)}"] + extra + ["ER  - ", ""]


def isbn(d12):
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12)) % 10) % 10
    return f"{d12[:3]}-{d12[3]}-{d12[4:9]}-{d12[9:12]}-{c}"


recs = []
recs += rec("CONF", "1911.05722", ["T2  - Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "PY  - 2020", "SP  - 9729", "EP  - 9738", "UR  - https://arxiv.org/abs/1911.05722", "KW  - контрастное обучение", "N1  - MoCo: очередь негативов и импульсный энкодер. Глава 1.2 курсовой.", "LA  - en"])
recs += rec("CONF", "2002.05709", ["T2  - Proceedings of the 37th International Conference on Machine Learning", "PY  - 2020", "VL  - 119", "SP  - 1597", "EP  - 1607", "UR  - https://arxiv.org/pdf/2002.05709.pdf", "KW  - контрастное обучение", "KW  - аугментации", "N1  - SimCLR; сравнить с MoCo v2 в таблице 2.", "LA  - en"])
recs += rec("GEN", "1807.03748", ["PY  - 2018", "UR  - https://arxiv.org/abs/1807.03748v2", "KW  - InfoNCE", "N1  - Препринт; откуда взялась функция потерь InfoNCE.", "LA  - en"])
recs += rec("CONF", "2006.05576", ["T2  - International Conference on Learning Representations", "PY  - 2021", "UR  - https://openreview.net/forum?id=-bdp_8Itjwp", "KW  - теория", "N1  - Теоретический взгляд: многовидовая перспектива.", "LA  - en"])
recs += rec("JOUR", "2106.07447", ["T2  - IEEE/ACM Transactions on Audio, Speech, and Language Processing", "PY  - 2021", "VL  - 29", "SP  - 3451", "EP  - 3460", "N1  - arXiv:2106.07447 — речь; для раздела «другие модальности».", "KW  - речь", "LA  - en"])
recs += rec("JOUR", "2004.07780", ["T2  - Nature Machine Intelligence", "PY  - 2020", "VL  - 2", "IS  - 11", "SP  - 665", "EP  - 673", "KW  - робастность", "N1  - Только название, ссылку не нашла в Grafiati.", "LA  - en"])
recs += rec("CONF", "2007.01434", ["T2  - International Conference on Learning Representations", "PY  - 2021", "KW  - доменная генерализация", "N1  - DomainBed — это код, а не статья; статью цитируем по названию.", "LA  - en"])
recs += rec("CONF", "2010.08515", ["T2  - International Conference on Learning Representations", "PY  - 2021", "KW  - теория", "LA  - en"])
recs += ["TY  - BOOK", "AU  - Соколов, Андрей", "AU  - Лебедева, Ирина", "TI  - Обучение без разметки: введение для студентов", "PY  - 2023", "PB  - Университетское издательство", "CY  - Казань", f"SN  - {isbn('978590417362')}", "N1  - Учебник (не статья).", "LA  - ru", "ER  - ", ""]
recs += ["TY  - ELEC", "AU  - Lightly AI", "TI  - lightly: a computer vision framework for self-supervised learning", "PY  - 2024", "UR  - https://github.com/lightly-ai/lightly", "N1  - Библиотека; для экспериментов в главе 3.", "LA  - en", "ER  - ", ""]
text = "\r\n".join(recs)
write_only(F, text, keys(F))
