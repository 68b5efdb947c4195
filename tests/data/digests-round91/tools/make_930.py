#!/usr/bin/env python3
"""930: the Markdown source of a Zola blog post (`content/blog/efektyvna-uvaha/index.md`) of a Ukrainian PhD student,
Олена Коваленко, who writes up her Kyiv seminar's winter block on efficient attention: TOML front matter between
`+++` lines (title, description, date and updated as TOML dates, `[taxonomies]` tags / categories, `[extra]`), the
`<!-- more -->` summary cut, headings with Zola's `{#id}` anchors, inline shortcodes `{{ youtube(id=…) }}` and
`{{ gist(url=…) }}`, a body shortcode `{% note(kind=…) %} … {% end %}` from the theme, internal links
`@/blog/…/index.md`, KaTeX math, a pipe table, CommonMark footnotes. LF, a final newline. The state-spaces and
long-range-arena repositories, the gist, the recorded talk and the earlier post are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(930)
K = dict(s4="2111.00396", lra="2011.04006", linformer="2006.04768", sparse="1904.10509", linear="2006.16236",
         flash="2202.10447", survey="2103.14636", hippo="2008.07669")

text = f'''+++
title = "Ефективна увага: що ми прочитали за зиму"
description = "Нотатки семінару про розріджену, низькорангову й лінійну увагу, простори станів і те, як усе це порівнювати."
date = 2024-03-05
updated = 2024-03-11

[taxonomies]
tags = ["трансформери", "ефективна увага", "довгі послідовності"]
categories = ["семінар"]

[extra]
toc = true
math = true
author = "Олена Коваленко"
+++

Цієї зими наш семінар у КПІ читав статті про те, як позбутися квадратичної вартості уваги. Нижче — короткі
нотатки до кожної зустрічі, посилання і трохи суб'єктивних оцінок. Якщо ви пропустили попередній пост про
ядра уваги на GPU, він [тут](@/blog/flashattention-notatky/index.md).

<!-- more -->

## Навіщо це все {{#navishcho}}

Звичайна самоувага коштує $O(n^2)$ і за часом, і за пам'яттю: для послідовності з 16 тисяч токенів матриця
уваги вже не вміщується на нашу A100 навіть у половинній точності. Тому ми й зібрали цей список.

## Розріджена та низькорангова увага {{#rozridzhena}}

- [{T(K["sparse"])}](https://arxiv.org/abs/1904.10509) (Child та ін., 2019) — фіксовані
  «смугасті» та «крокові» патерни, $O(n\\sqrt{{n}})$. Досі найзрозуміліший вступ до теми.
- [{T(K["linformer"])}](https://arxiv.org/abs/2006.04768) — проєктує ключі й значення до фіксованої
  довжини $k$; працює для кодувальника, але для авторегресійного декодування не годиться.

## Лінійна увага {{#liniina}}

Стаття «{T(K["linear"])}» (Katharopoulos та ін., ICML 2020,
arXiv:2006.16236) показує, що
з ядром $\\phi(x) = \\mathrm{{elu}}(x) + 1$ увагу можна переписати як рекурентну мережу, і генерація стає
лінійною. Ми відтворили їхній експеримент з авторегресійною генерацією зображень — прискорення справжнє,
якість трохи гірша.

Далі читали *{T(K["flash"])}* (Hua, Dai, Liu, Le; ICML 2022): gated attention unit і
поблокова («chunked») лінійна увага. Код офіційно не викладали, тому Тарас зібрав власну реалізацію:

{{{{ gist(url="https://gist.github.com/taras-m/5c1f0e7a9d2b4c6e8f10a3b5d7e9f1a2", class="code") }}}}

{{% note(kind="порада") %}}
Якщо читаєте лише одну статтю з розділу, беріть саму ідею ядра — решта легше лягає після неї.
{{% end %}}

## Простори станів {{#prostory-staniv}}

Блок почали з «{T(K["hippo"])}» (Gu та ін., NeurIPS 2020): як стиснути всю історію сигналу в
коефіцієнти поліномів Лежандра. Це важка математика, але без неї S4 не зрозуміти[^hippo].

Потім — [{T(K["s4"])}](https://openreview.net/forum?id=uYLFoz1vlAC) (ICLR 2022). Головне: структурована
матриця стану (NPLR) і обчислення згортки через ядро Коші. Запис доповіді одного з авторів (відео, не стаття):

{{{{ youtube(id="EvQ3ncuriCM", class="video") }}}}

## Як це порівнювати {{#porivniannia}}

[{T(K["lra"])}](https://openreview.net/forum?id=qVyeW-grC2k) — шість задач від 1K до 16K токенів
(ListOps, тексти на рівні байтів, Path-X…). Саме на Path-X S4 уперше перевищив випадкове вгадування[^pathx].

Для загальної картини корисний огляд «{T(K["survey"])}» (Fournier, Marceau Caron,
Aloise): таксономія методів і
практичні поради, що обирати під конкретне обмеження пам'яті.

| Модель | Код | Наш вердикт |
| --- | --- | --- |
| S4 | [state-spaces/s4](https://github.com/state-spaces/s4) | складно, але варте того |
| LRA | [google-research/long-range-arena](https://github.com/google-research/long-range-arena) | бенчмарк, не модель |
| Linformer | немає офіційного | простий, але лише кодувальник |

Наступного семестру плануємо блок про Mamba та RetNet — пропозиції статей пишіть у коментарях або в
Telegram-чат семінару.

[^hippo]: Першу зустріч блоку провів Андрій; його рукописні виведення лежать у спільній теці семінару.
[^pathx]: Таблиця 4 у статті про S4; у самому LRA жодна модель Path-X не розв'язала.
'''
write_only(F, text, keys(F))
