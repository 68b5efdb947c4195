#!/usr/bin/env python3
"""610: a Phabricator / Phorge Phriction wiki page in Remarkup source (as shown by "Edit Document" / phriction.edit):
= headings =, **bold**, //italic//, `mono`, [[ https://… | label ]] and [[ wiki/… ]] links, object references
(T123, D456, rREPO, @user, {F789}), NOTE: / WARNING: / IMPORTANT: callouts, - and # lists, | tables with a --- row,
lang=… code blocks and (( literal )) text. Russian wiki page of an efficient-attention reading group."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F610, keys

text = f"""= Эффективное внимание: список чтения группы =

NOTE: Страница ведётся в Phriction. Обсуждение — в задаче T4127, код бенчмарков — в репозитории rATTN
(ревью: D1893, D1907). Ответственные: @m.sokolova, @d.belyaev.

[[ wiki/ml/ | ← ML-вики ]] · [[ wiki/ml/reading-groups/ | все группы чтения ]] · [[ wiki/ml/reading-groups/efficient-attention/archive-2023/ | архив 2023 ]]

== Как мы работаем ==

- Встречи по средам в 18:00 (МСК), переговорка «Кеплер» на 4-м этаже или Jitsi (ссылка в T4127).
- Докладчик заранее вешает слайды в Files: {{F98231}} — пример оформления.
- Каждую статью записываем **полным названием**, авторами и ссылкой (arXiv или OpenReview).
- Репозитории, посты в блогах и документация — в отдельный раздел внизу, это //не статьи//.

== Базовые идеи: внимание и память ==

# **{T('1409.0473')}** — {au('1409.0473')}, ICLR 2015. С неё началось «выравнивание» в seq2seq;
  читаем для контекста, PDF лежит в общей папке группы.
# **{T('1410.5401')}** — {au('1410.5401')}, 2014. Внешняя память с адресацией по содержимому и по позиции.
# **{T('2004.10102')}** — {au('2004.10102')}, EMNLP 2020. Веса внимания без учёта нормы векторов
  вводят в заблуждение — полезно перед тем, как «упрощать» внимание.

== Сложность ниже квадратичной ==

| Статья | Идея | Ссылка | Докладчик |
| --- | --- | --- | --- |
| {T('2001.04451')} ({au('2001.04451')}) | LSH-внимание, обратимые слои | [[ https://openreview.net/forum?id={OR('2001.04451')} | OpenReview ]] | @d.belyaev |
| {T('2006.16236')} ({au('2006.16236')}) | ядровое внимание, рекуррентная форма | arXiv 2006.16236 | @m.sokolova |
| {T('2202.10447')} ({au('2202.10447')}) | GAU + смешанное чанковое внимание | [[ https://arxiv.org/abs/2202.10447 | arXiv ]] | @a.kim |

WARNING: в таблице выше Reformer выступает докладом от 13 марта; слайды ещё не загружены, см. T4131.

== Пространства состояний ==

**{T('2111.00396')}** — {au('2111.00396')}, ICLR 2022.
Ссылка: [[ https://arxiv.org/abs/2111.00396 | arxiv.org/abs/2111.00396 ]]

- HiPPO-инициализация, диагональ плюс низкий ранг, свёрточное ядро через производящую функцию.
- Long Range Arena: Path-X впервые решён.
- Репликация у нас: D1907 (только S4D, полная версия S4 пока не собирается на CUDA 12.1).

```lang=python, name=bench_attention.py
from rattn.bench import run_all
# ядра: softmax, linear, lsh, s4d; длины 1k-16k
run_all(lengths=[1024, 4096, 16384], dtype="bf16", device="cuda:0")
```

== Обзоры ==

- **{T('2103.14636')}** — {au('2103.14636')}. Хороший обзор для новичков: таксономия и
  практические советы, что реально ускоряет обучение, а что — только на бумаге.

IMPORTANT: обзор читаем **до** встречи 27 марта, обсуждение по главам (назначения в T4127).

== Не статьи (репозитории, блоги, документация) ==

- [[ https://github.com/HazyResearch/state-spaces | state-spaces ]] — официальный код S4 (репозиторий).
- [[ https://github.com/lucidrains/reformer-pytorch | reformer-pytorch ]] — неофициальная реализация.
- Пост «The Annotated S4» (Sasha Rush, Sidd Karamcheti) — блог с кодом на JAX.
- Документация xFormers — список поддерживаемых ядер внимания.
- Лидерборд Long Range Arena — таблица результатов, не статья.

== Протоколы встреч ==

| Дата | Тема | Протокол |
| --- | --- | --- |
| 2024-02-28 | выравнивание, NTM | [[ wiki/ml/reading-groups/efficient-attention/2024-02-28/ ]] |
| 2024-03-06 | линейное внимание | [[ wiki/ml/reading-groups/efficient-attention/2024-03-06/ ]] |
| 2024-03-13 | Reformer, GAU | в работе (@d.belyaev) |
| 2024-03-20 | S4 | — |
| 2024-03-27 | обзор | — |

((Не удалять: на эту страницу ссылается онбординг-документ отдела, wiki/onboarding/ml/.))

Последняя правка: @m.sokolova, 2024-03-14 (версия 23). Подписаться на изменения: кнопка «Subscribe» справа.
"""
write_only(F610, text, keys(F610))
