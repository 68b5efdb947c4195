#!/usr/bin/env python3
"""1971: a Ukrainian modder's Project Zomboid item script (`media/scripts/items_labbooks.txt`): `module LabBooks`
with `imports { Base }`, eight literature / skill-book items of `Key = Value,` lines, tab indentation, `/* */`
comments — with the papers: arXiv links in comments (`/abs/`, `/pdf/…v2`, `http://`), one id in a comment
(arxiv-text), four titles alone as DisplayName values (one not on arXiv) — and non-papers (a repository, a dataset, a
book, a talk). No comma inside a value (the script parser splits on them). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT

F = by_num(1971)
# (item id, DisplayName, comment lines, skill book?)
ITEMS = [
    ("BookResNet", T("1512.03385"), ["Класика: залишкові зв'язки.", "https://arxiv.org/abs/1512.03385"], True),
    ("BookPReLU", T("1502.01852"), ["PReLU та ініціалізація He (arXiv 1502.01852)."], True),
    ("BookGlorot", GLOROT, ["Глоро і Бенжіо, AISTATS 2010 — в архіві немає."], False),
    ("BookResNeSt", T("2004.08955"), ["https://arxiv.org/pdf/2004.08955v2", "Код: github.com/zhanghang1989/ResNeSt (репозиторій)."], True),
    ("BookBiT", T("1912.11370"), ["http://arxiv.org/abs/1912.11370"], True),
    ("BookSAM", T("2010.01412"), ["Читати разом з оптимізаторами."], False),
    ("BookSmoothAdv", T("2006.14536"), [], False),
    ("BookMedSelect", T("2103.14339"), ["Медичні знімки; датасет CheXpert (датасет, не стаття)."], False),
]


def item(iid, name, comments, skill):
    out = []
    if comments:
        out.append("\t/* " + comments[0])
        out += ["\t   " + c for c in comments[1:]]
        out[-1] += " */"
    out += ["\titem " + iid, "\t{"]
    props = [("DisplayCategory", "SkillBook" if skill else "Literature"), ("Weight", "0.8"), ("Type", "Literature"),
             ("DisplayName", name), ("Icon", "Book" if skill else "Magazine")]
    if skill:
        props += [("SkillTrained", "Electricity"), ("LvlSkillTrained", "1"), ("NumLevelsTrained", "2"),
                  ("NumberOfPages", "260")]
    else:
        props += [("BoredomChange", "-20"), ("StressChange", "-15"), ("UnhappyChange", "-10")]
    props += [("StaticModel", "Book"), ("WorldStaticModel", "BookClosedGround")]
    out += [f"\t\t{k} = {v}," for k, v in props]
    out.append("\t}")
    return "\n".join(out)


def build():
    head = ("/* Лабораторні книжки — мод для Project Zomboid (B41).\n"
            "   Автор: Остап Коваленко <ostap.k@knyhy-lab.example.com.ua>\n"
            "   Підручник \"Deep Learning\" (Goodfellow та ін.) — книга, окремим предметом не додаємо.\n"
            "   Доповідь про мод: https://video.knyhy-lab.example.com.ua/2024/zomboid */\n\n"
            "module LabBooks\n{\n\timports\n\t{\n\t\tBase\n\t}\n\n")
    return head + "\n\n".join(item(*i) for i in ITEMS) + "\n}\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
