#!/usr/bin/env python3
"""1612: a Russian PhD student's VimOutliner file (.otl) planning the related-work chapter: a top heading, tab-indented
headings with checkboxes ([_] / [X]) and completion percentages (the ones VimOutliner's ,,cz computes: a parent's
percentage is the mean of its children's, a done child counting 100), body text lines (": "), and a preformatted
block ("; ") with the build command. Percentages are computed from the modelled tree."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1612)
# a node: (heading, done or None for a parent, [body lines], [children]); parents get a computed percentage
TREE = ("Глава 2. Обзор литературы: обучение представлений (черновик, 14.03.2024)", None, [
    ": План согласован с Андреем Викторовичем 12.03. Срок — конец апреля.",
    ": Статьи без ссылок лежат в Zotero, папка «Глава 2»."], [
    ("2.1 Контрастное обучение", None, [], [
        (T("2004.11362"), True, [": Khosla et al., NeurIPS 2020 — https://arxiv.org/pdf/2004.11362.pdf",
                                  ": метки классов в контрастной функции потерь; сравнить с кросс-энтропией"], []),
        (T("2010.04592"), True, [": ICLR 2021, arXiv:2010.04592",
                                  ": выбор трудных негативов; формулы 3-5 перенести в раздел 2.1.2"], []),
        (T("2011.04419"), False, [": ICML 2021. Mixup вместо аугментаций — для табличных данных и текста"], []),
    ]),
    ("2.2 Без негативных примеров", None, [], [
        (T("2006.07733"), True, [": BYOL — https://arxiv.org/abs/2006.07733v3",
                                  ": целевая сеть как скользящее среднее; почему нет коллапса?"], []),
        (T("2103.03230"), False, [": Barlow Twins — https://arxiv.org/abs/2103.03230",
                                   ": кросс-корреляционная матрица → единичная; код на GitHub (facebookresearch)"], []),
        ("Сравнить с SimSiam и DINO (только абзац, отдельно не разбирать)", False, [], []),
    ]),
    ("2.3 Маскированное моделирование изображений", None, [], [
        (T("2106.08254"), False, [": ICLR 2022. Токенизатор из DALL-E — уточнить у Саши, есть ли чекпойнт"], []),
    ]),
    ("2.4 Устойчивость и непрерывное обучение", None, [], [
        (T("2006.14536"), False, [": гладкие функции активации при adversarial training; связь с 2.1 слабая — может, в главу 3?"], []),
        (T("2103.09762"), False, [": ICLR 2021. Проекция градиента на ортогональное дополнение памяти"], []),
    ]),
    ("Техническое", None, [], [
        ("Сборка главы", True, ["; latexmk -xelatex -interaction=nonstopmode chapter2.tex"], []),
        ("Рисунки: пересобрать схему BYOL в TikZ", False, [], []),
        ("Прогнать эксперименты на STL-10 (библиотека lightly), таблица 2.3", False, [], []),
    ]),
])


def pct(node):
    head, done, body, kids = node
    if not kids: return 100 if done else 0
    return sum(pct(k) for k in kids) // len(kids)


def lines(node, depth):
    head, done, body, kids = node
    ind = "\t" * depth
    if depth == 0: out = [head]
    elif kids: out = [f"{ind}[{'X' if pct(node) == 100 else '_'}] {pct(node)}% {head}"]
    else: out = [f"{ind}[{'X' if done else '_'}] {head}"]
    out += [ind + "\t" + b for b in body]
    for k in kids: out += lines(k, depth + 1)
    return out


def build():
    return "\n".join(lines(TREE, 0)) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
