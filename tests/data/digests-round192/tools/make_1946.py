#!/usr/bin/env python3
"""1946 (negative): an awesome-list README of an invented project on gitlab.pg.innopolis.ru (Innopolis University's
GitLab; the URL form is assumed): Russian. No paper: only software, data sets, books, talks and blog posts. Computed: the
«Содержание» by GitLab's anchor slug rule (asserted unique). The builder refuses any catalogue title and anything
arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1946)


def slug(h):
    s = h.strip().lower()
    return "".join(c for c in s if c.isalnum() or c in " -_").replace(" ", "-")


SEC = [("Библиотеки", ["[PyTorch](https://pytorch.org/) — основной фреймворк курса.",
                        "[scikit-learn](https://scikit-learn.org/) — классическое машинное обучение.",
                        "[CatBoost](https://catboost.ai/) — градиентный бустинг от Яндекса.",
                        "[DeepPavlov](https://deeppavlov.ai/) — библиотека для диалоговых систем."]),
       ("Наборы данных", ["[Taiga Corpus](https://tatianashavrina.github.io/taiga_site/) — корпус русского языка.",
                          "[Common Voice (ru)](https://commonvoice.mozilla.org/ru) — речь.",
                          "[Дампы Википедии](https://dumps.wikimedia.org/ruwiki/) — тексты."]),
       ("Книги", ["Николенко С., Кадурин А., Архангельская Е. «Глубокое обучение. Погружение в мир нейронных сетей».",
                  "Гудфеллоу Я., Бенджио И., Курвилль А. «Глубокое обучение» (русский перевод)."]),
       ("Доклады и блоги", ["[Доклад о трансформерах на конференции](https://www.youtube.com/watch?v=example01) — видео.",
                            "[Блог Лилиан Вэн](https://lilianweng.github.io/) — обзорные посты (не статьи).",
                            "[Хабр: как мы обучали модель](https://habr.com/ru/articles/000001/) — пост."]),
       ("Как добавить", ["Откройте merge request (пример: !7) с меткой ~добавление; ревью — @d.safin или @e.kim."])]
H = [s for s, _ in SEC]
assert len({slug(h) for h in H}) == len(H)
out = ["# Awesome ML (Иннополис) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "Подборка инструментов, данных и материалов для студентов курса «Машинное обучение».",
       "Проект: https://gitlab.pg.innopolis.ru/d.safin/awesome-ml-ru", "", "Обновлено: 4 марта 2026.", "",
       "## Содержание", ""] + [f"- [{h}](#{slug(h)})" for h in H] + [""]
for h, items in SEC:
    out += [f"## {h}", ""] + [f"- {i}" for i in items] + [""]
out += ["## Лицензия", "", "[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)", ""]
write(F, "\n".join(out), negative=True)
