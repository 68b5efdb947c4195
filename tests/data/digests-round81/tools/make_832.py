#!/usr/bin/env python3
"""832: a GNU Octave 8 text-format data file (`save -text spisok_literatury.txt kurs istochniki god nedelya meta`):
header `# Created by Octave 8.4.0, <date> <user@host>`, per variable `# name:` / `# type:` lines, `sq_string`
(`# elements: 1`, `# length:` in bytes of UTF-8, the text), `cell` (`# rows:` / `# columns:`, elements
column-major as `# name: <cell-element>`), `matrix` (rows of space-led numbers), `scalar`, `scalar struct`
(`# ndims: 2`, ` 1 1`, `# length:` = field count), two empty lines after each value. A Russian course's reading list
on large-scale training and optimisation, kept as an Octave cell array by the lecturer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, GLOROT

F = by_num(832)


def auth(k, n=3):
    a = CAT[key_of(k)]["authors"]
    return ", ".join(x.split()[0][0] + ". " + x.split()[-1] for x in a[:n]) + (" и др." if len(a) > n else "")


def sq(name, s):
    return f"# name: {name}\n# type: sq_string\n# elements: 1\n# length: {len(s.encode())}\n{s}\n\n\n"


def scalar(name, v):
    return f"# name: {name}\n# type: scalar\n{v}\n\n\n"


def matrix(name, rows):
    body = "".join("".join(f" {x}" for x in r) + "\n" for r in rows)
    return f"# name: {name}\n# type: matrix\n# rows: {len(rows)}\n# columns: {len(rows[0])}\n{body}\n\n"


def cell(name, rows):
    nr, nc = len(rows), len(rows[0])
    out = f"# name: {name}\n# type: cell\n# rows: {nr}\n# columns: {nc}\n"
    for j in range(nc):
        for i in range(nr):
            v = rows[i][j]
            out += sq("<cell-element>", v) if isinstance(v, str) else scalar("<cell-element>", v)
    return out + "\n\n"


def struct(name, fields):
    out = f"# name: {name}\n# type: scalar struct\n# ndims: 2\n 1 1\n# length: {len(fields)}\n"
    for k, v in fields:
        out += sq(k, v) if isinstance(v, str) else scalar(k, v)
    return out + "\n\n"


rows = [
 [T("1701.06538"), auth("1701.06538"), "https://openreview.net/forum?id=B1ckMDqlg", "Лекция 7: разреженная смесь экспертов, гейтинг top-k, балансировка нагрузки."],
 [T("2006.16668"), auth("2006.16668"), "arXiv:2006.16668", "Лекция 7: автоматическое шардирование; читать разделы 2–3, приложение по XLA — по желанию."],
 [T("2101.03961"), auth("2101.03961", 2), "https://arxiv.org/abs/2101.03961", "Лекция 7: маршрутизация к одному эксперту; сравнить с предыдущей статьёй."],
 [T("1909.08053"), auth("1909.08053"), "https://arxiv.org/abs/1909.08053v4", "Лекция 8: тензорный параллелизм внутри слоя."],
 [T("1910.02054"), auth("1910.02054"), "https://arxiv.org/pdf/1910.02054", "Лекция 8: шардирование состояний оптимизатора, градиентов и параметров."],
 [T(GLOROT), auth(GLOROT, 2), "AISTATS 2010 (PMLR, т. 9)", "Лекция 2: инициализация весов; классика, нужна для задания 1."],
 [T("2103.13462"), auth("2103.13462", 1), "—", "Лекция 3: обзорная глава о невыпуклой оптимизации; PDF выдам на семинаре."],
 [T("2108.04392"), auth("2108.04392"), "ICLR 2021", "Лекция 11 (факультатив): поиск архитектур; ссылку добавлю позже."],
 ["Документация DeepSpeed: руководство по offload оптимизатора", "—", "https://www.deepspeed.ai/tutorials/", "Не статья: документация, для практики на кластере."],
 ["Учебник: Nocedal, Wright. Numerical Optimization (2-е изд.)", "—", "библиотека факультета", "Не статья: книга, главы 2–3 к лекции 2."],
 ["Туториал PyTorch FSDP", "—", "https://pytorch.org/tutorials/intermediate/FSDP_tutorial.html", "Не статья: туториал, для домашнего задания 3."],
 ["Запись доклада на семинаре кафедры (ноябрь 2023)", "Е. Кравцов", "видео в облаке кафедры", "Не статья: доклад о нашем кластере и очередях Slurm."],
]
years = [[2017, 2020, 2021, 2019, 2019, 2010, 2021, 2021, 2024, 2006, 2024, 2023]]
weeks = [[7, 7, 7, 8, 8, 2, 3, 11, 8, 2, 9, 1]]
text = ("# Created by Octave 8.4.0, Tue Mar 05 11:20:31 2024 MSK <ivanova@hpc-login2>\n"
        + sq("kurs", "Методы оптимизации и масштабирования обучения нейросетей (весна 2024)")
        + cell("istochniki", rows)
        + matrix("god", years)
        + matrix("nedelya", weeks)
        + struct("meta", [("avtor", "О. Иванова"), ("kafedra", "Кафедра вычислительной математики"),
                          ("versiya", 3), ("obnovleno", "2024-03-05"),
                          ("primechanie", "Строки 9–12 — не статьи (документация, книга, туториал, доклад); в список литературы к экзамену не входят.")])
        + scalar("n_statei", 8))
write_only(F, text, keys(F))
