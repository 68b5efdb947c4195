#!/usr/bin/env python3
"""787: `bzr log -n0 -v` (Bazaar 2.7 long log format) of the `infertools` inference library's trunk, written to a file
by a Russian-speaking lab: 60-dash rules (indented four spaces a merge level), revno (dotted for merged revisions,
`[merge]` on merge points), tags, author / committer, branch nick, timestamp `%a %Y-%m-%d %H:%M:%S %z`, `message:`
with the text indented two spaces, `fixes bugs:` lines, and -v's added / modified / renamed / removed file lists.
Papers on LLM training and inference systems cited in commit messages."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(787)
RULE = "-" * 60
IVAN = "Ivan Sokolov <i.sokolov@example.org>"
OLGA = "Olga Miftakhova <olga.m@example.org>"
DIMA = "Dmitry Gerasimenko <dg@example.net>"
TZ = datetime.timezone(datetime.timedelta(hours=3))


def rev(revno, who, nick, when, msg, files=(), tags=None, author=None, fixes=None, level=0):
    p = "    " * level
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    out = [RULE, f"revno: {revno}"]
    if tags: out.append(f"tags: {tags}")
    if author: out.append(f"author: {author}")
    out += [f"committer: {who}", f"branch nick: {nick}", "timestamp: " + d.strftime("%a %Y-%m-%d %H:%M:%S %z")]
    if fixes: out.append(f"fixes bugs: {fixes}")
    out.append("message:")
    out += ["  " + l for l in msg.strip("\n").split("\n")]  # bzr writes indent + '  ' + line, blank lines too
    for kind, names in files:
        out.append(f"{kind}:")
        out += ["  " + n for n in names]
    return "".join(p + l + "\n" for l in out)


R = []
R.append(rev("58 [merge]", IVAN, "trunk", "2024-03-06 18:42:10",
 "Слияние ветки speculative: спекулятивное декодирование в движке.",
 [("added", ["infertools/decode/speculative.py", "tests/test_speculative.py"]), ("modified", ["infertools/engine.py", "docs/ЛИТЕРАТУРА.txt"])]))
R.append(rev("51.1.3", OLGA, "speculative", "2024-03-06 16:05:33",
 f"""Черновик приёма/отклонения токенов черновой моделью.

Схема как в {T('2211.17192')}
({au('2211.17192')}), https://arxiv.org/pdf/2211.17192v2 — раздел 2.3,
алгоритм 1. Пока только жадный режим, сэмплирование с температурой в TODO.""",
 [("modified", ["infertools/decode/speculative.py"])], level=1))
R.append(rev("51.1.2", OLGA, "speculative", "2024-03-05 21:17:02",
 """Тесты: распределение после отклонения должно совпадать с целевым.

Проверка статистическая (хи-квадрат, 20k выборок), помечена @slow.""",
 [("added", ["tests/test_speculative.py"])], level=1))
R.append(rev("51.1.1", OLGA, "speculative", "2024-03-05 14:48:19",
 "Каркас: интерфейс DraftModel и заглушка в engine.",
 [("added", ["infertools/decode/speculative.py"]), ("modified", ["infertools/engine.py"])], level=1))
R.append(rev(57, DIMA, "trunk", "2024-03-04 12:30:55",
 """Квантование: LLM.int8-подобный путь для выбросов (outliers) через bitsandbytes.

Выбросы в активациях считаем по порогу 6.0, остальное в int8. Ссылка для
ревьюеров: https://arxiv.org/abs/2208.07339
(""" + T("2208.07339") + """).
Проверено на 7B, perplexity на нашем корпусе +0.02.""",
 [("modified", ["infertools/quant/int8.py", "infertools/quant/__init__.py", "setup.cfg"])], fixes="https://bugs.example.org/infertools/+bug/1187"))
R.append(rev(56, DIMA, "trunk", "2024-03-01 19:02:41",
 f"""GPTQ: загрузка уже квантованных чекпойнтов (4 бит, group size 128).

Сам алгоритм квантования не переносим — берём готовые веса. Метод из
статьи «{T('2210.17323')}»,
arXiv:2210.17323 ({au('2210.17323')}).
Формат упаковки совместим с AutoGPTQ (это репозиторий, не статья).""",
 [("added", ["infertools/quant/gptq_loader.py"]), ("modified", ["infertools/quant/__init__.py"])]))
R.append(rev(55, IVAN, "trunk", "2024-02-28 10:11:27",
 """docs: список литературы для новых сотрудников.

Раздел «Обучение»:
 * """ + T("1910.02054") + """
   https://arxiv.org/abs/1910.02054 — почему у нас стадия 2 по умолчанию;
 * """ + T("1710.03740") + """
   https://openreview.net/forum?id=""" + OR("1710.03740") + """ — loss scaling, bf16 vs fp16.
Раздел «Обзоры»:
 * """ + T("2103.14636") + """ —
   без ссылки, PDF лежит в общей папке.
Не статьи, но полезно: курс «Эффективный инференс» (лекции 3–5), пост на Хабре
про KV-кэш, документация PyTorch по torch.compile.""",
 [("modified", ["docs/ЛИТЕРАТУРА.txt"])], tags="0.4.0"))
R.append(rev(54, IVAN, "trunk", "2024-02-27 17:45:03",
 "Релиз 0.4.0: changelog, версия в setup.cfg.",
 [("modified", ["CHANGES.txt", "setup.cfg"])]))
R.append(rev(53, OLGA, "trunk", "2024-02-26 13:20:48",
 f"""Пулинг по последовательности в энкодере (экспериментально, выключено).

Идея из {T('2006.03236')}
({au('2006.03236')}): сжимаем скрытые состояния между блоками.
Для декодера не подходит, оставляем только для эмбеддингов.""",
 [("added", ["infertools/experimental/seq_pool.py"])], author="Anna Belousova <anna.b@example.com>"))
R.append(rev(52, DIMA, "trunk", "2024-02-22 09:58:12",
 """Совместимость с конфигами Hugging Face.

Читаем config.json так же, как библиотека transformers; в README добавил
ссылку на их статью «""" + T("1910.03771") + """»
для цитирования. Это цитирование ПО, в docs/ЛИТЕРАТУРА.txt не вносим.""",
 [("modified", ["infertools/config.py", "README.txt"])], fixes="https://bugs.example.org/infertools/+bug/1171"))
R.append(rev(51, IVAN, "trunk", "2024-02-20 15:33:39",
 "Переименование: kvcache -> cache, старый модуль удалён.",
 [("removed", ["infertools/kvcache.py"]), ("renamed", ["infertools/kvcache/ => infertools/cache/"])]))
R.append(rev(50, IVAN, "trunk", "2024-02-19 11:04:56",
 """Бенчмарк пропускной способности: скрипт и таблица в docs.

Числа на A100 80GB, батч 1–64. Методика как в нашем внутреннем отчёте
(не публиковался).""",
 [("added", ["bench/throughput.py", "docs/bench.txt"])], tags="0.3.2"))
R.append(rev(49, OLGA, "trunk", "2024-02-15 18:26:17",
 "Исправлена утечка памяти при отмене запроса (issue 1150).",
 [("modified", ["infertools/engine.py", "tests/test_engine.py"])], fixes="https://bugs.example.org/infertools/+bug/1150"))
R.append(rev(48, IVAN, "trunk", "2024-02-12 12:00:31",
 """Первый импорт из старого SVN (история не переносилась).

Лицензия Apache-2.0. Зависимости: torch>=2.1, safetensors, sentencepiece.""",
 [("added", ["infertools/", "infertools/__init__.py", "infertools/engine.py", "infertools/kvcache.py", "setup.cfg", "README.txt", "CHANGES.txt", "docs/"])]))
text = "".join(R)
write_only(F, text, keys(F))
