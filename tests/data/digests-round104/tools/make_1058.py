#!/usr/bin/env python3
"""1058: a Russian reading-club member's copy (Ctrl+A, Ctrl+C in Chrome) of a GitFlic repository page — the Russian
GitHub alternative — holding an awesome list on self-supervised and contrastive vision: the site's header, the
project header (owner / name, visibility, description, stars, forks), the tabs, the branch bar and the file table
(name, last commit, age: cells joined by TAB), then the rendered README.md as Chrome copies it — headings and list
items as lines, tables as TAB-separated rows, link texts without their URLs. So a link survives only where its text
is the URL (autolinks) or an id written out: the "PDF" and "GitHub" links lose their targets and those papers are
title-only. Not papers: the repositories behind "GitHub", a talk, a course, the licence. Nicknames not labelled on
their own: SupCon, DCL, DACL, BYOL, SimCLR, MoCo, SwAV, DINO, MAE, BiT."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1058)
K = dict(supcon="2004.11362", hard="2010.04592", dacl="2011.04419", byol="2006.07733", barlow="2103.03230",
         beit="2106.08254", bit="1912.11370", bituning="2011.06182")
OWNER, REPO = "ssl-chitalka", "awesome-ssl-vision-ru"

SECTIONS = [
 ("Контрастивные методы", [
   ("2020", T(K["supcon"]), "NeurIPS 2020", f"arXiv:{K['supcon']}", "GitHub", "SupCon: контрастивная потеря с метками, хороший мост от обычного CE"),
   ("2021", T(K["hard"]), "ICLR 2021", "PDF", "GitHub", "как выбирать трудные негативы без меток; DCL в экспериментах как базовая линия"),
   ("2021", T(K["dacl"]), "ICML 2021", "PDF", "—", "DACL: mixup вместо аугментаций, работает не только на картинках"),
 ]),
 ("Без негативных примеров", [
   ("2020", T(K["byol"]), "NeurIPS 2020", f"https://arxiv.org/abs/{K['byol']}", "GitHub", "BYOL, целевая сеть через EMA; обязательно к прочтению"),
   ("2021", T(K["barlow"]), "ICML 2021", f"https://arxiv.org/abs/{K['barlow']}", "GitHub", "кросс-корреляция → единичная матрица; очень короткий код"),
 ]),
 ("Маскированное моделирование", [
   ("2022", T(K["beit"]), "ICLR 2022", f"https://arxiv.org/pdf/{K['beit']}", "GitHub", "дискретные визуальные токены от dVAE; сравнить с MAE (пока не добавлена)"),
 ]),
 ("Перенос и дообучение", [
   ("2020", T(K["bit"]), "ECCV 2020", "PDF", "GitHub", "BiT: не SSL, но нужна как сильная supervised-база для сравнения"),
   ("2020", T(K["bituning"]), "OpenReview", f"https://openreview.net/forum?id={OR(K['bituning'])}", "—",
    "Bi-tuning: две контрастивные головы при дообучении, полезно при малом числе меток"),
 ]),
]

FILES = [("assets", "Добавить схему таблицы", "5 месяцев назад"),
         ("scripts", "check_links.py: не падать на openreview", "2 месяца назад"),
         (".gitignore", "Первый коммит", "1 год назад"),
         ("CONTRIBUTING.md", "Правила оформления строк таблицы", "8 месяцев назад"),
         ("LICENSE", "Первый коммит", "1 год назад"),
         ("README.md", "Обновить таблицу: Barlow Twins и BEiT", "3 дня назад")]

head = f"""Перейти к содержимому
GitFlic
Проекты
Компании
Пользователи
Поиск
Войти
Регистрация
{OWNER}
/
{REPO}
Публичный
Подборка статей по самообучению (self-supervised) в компьютерном зрении с комментариями на русском
Звёзды
41
Форки
6
Код
Задачи
3
Запросы на слияние
1
Релизы
Вики
master
Ветки 2
Теги 0
Коммиты 63
Клонировать
a3f9c0e1 Обновить таблицу: Barlow Twins и BEiT
Дмитрий Орлов
3 дня назад
"""
head += "".join(f"{n}\t{m}\t{a}\n" for n, m, a in FILES)
toc = [s for s, _ in SECTIONS] + ["Доклады и курсы", "Как добавить статью", "Лицензия"]
readme = """README.md
Awesome SSL Vision (RU)
Подборка статей по самообучению в компьютерном зрении. Внутри каждой секции строки идут по году. Ссылки на arXiv даём, где они есть; если статья только в трудах конференции — ставим «PDF».
Важно: это не обзор, а список для нашего читального клуба (вторник, 19:00, ауд. 512 и в Телемосте).
Содержание
""" + "".join(f"{s}\n" for s in toc)
for s, rows in SECTIONS:
    readme += f"{s}\nГод\tСтатья\tКонференция\tСсылка\tКод\tКомментарий\n"
    readme += "".join("\t".join(r) + "\n" for r in rows)
    if s == "Контрастивные методы":
        readme += "Классику (SimCLR, MoCo, SwAV) мы сознательно не дублируем — она есть в любом англоязычном списке.\n"
    if s == "Маскированное моделирование":
        readme += "Про DINO и MAE — отдельная встреча в апреле, их строки добавит Лена.\n"
readme += """Доклады и курсы
Доклад «Самообучение в CV за 40 минут» с Data Fest (видео, не статья)
Курс «Deep Learning School», весенний поток, лекции 9–10
Как добавить статью
Откройте запрос на слияние: одна строка — одна статья, полное название как в статье, ссылка на arXiv или OpenReview, если есть.
Проверка ссылок: python scripts/check_links.py README.md
Лицензия
CC0 1.0 — пользуйтесь как хотите.
"""
foot = """© 2024 GitFlic
О сервисе
Документация
Поддержка
Пользовательское соглашение
"""
out = head + readme + foot
write_only(F, out, keys(F))
