#!/usr/bin/env python3
"""991: what Bitrix24's REST method `tasks.task.list` returned to a Russian machine-translation team (an incoming
webhook URL, `filter[GROUP_ID]=12`, a `select` list; saved with curl -o): one line of PHP json_encode output as
Bitrix's Json::encode writes it (no final newline): Cyrillic as lowercase `\\uXXXX` escapes, `/` as `\\/`, and the
hex options' `\\u003C` `\\u003E` `\\u0026` `\\u0027` `\\u0022` for < > & ' ". `result.tasks` (ids and numbers as
strings, camelCase keys, `group` / `creator` / `responsible` objects), `total`, and the `time` block (start, finish,
duration, processing, date_start, date_finish, operating_reset_at, operating). Task descriptions are BBCode ([B],
[URL=…]…[/URL], [LIST][*]…[/LIST], [QUOTE]) with CRLF line ends. Reading tasks of the team's seminar beside a chore;
the SentencePiece and fairseq repositories and a Habr article are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(991)
K = dict(bart="1910.13461", bpe="1508.07909", glat="2008.07905", funnel="2006.03236", w2v="1301.3781",
         elmo="1802.05365", norms="2004.10102", fe="2010.06040")


def php_str(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append("\\u0022")
        elif ch == "\\": out.append("\\\\")
        elif ch == "/": out.append("\\/")
        elif ch in "<>&'": out.append("\\u%04X" % o)
        elif ch == "\n": out.append("\\n")
        elif ch == "\r": out.append("\\r")
        elif ch == "\t": out.append("\\t")
        elif o < 0x20: out.append("\\u%04x" % o)
        elif o < 0x80: out.append(ch)
        elif o < 0x10000: out.append("\\u%04x" % o)
        else:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
    return '"' + "".join(out) + '"'


def php_json(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return php_str(v)
    if isinstance(v, list): return "[" + ",".join(php_json(x) for x in v) + "]"
    return "{" + ",".join(php_str(k) + ":" + php_json(x) for k, x in v.items()) + "}"


PEOPLE = {"17": ("Ирина Соколова", "Руководитель группы МП"), "23": ("Алексей Григорьев", "Инженер-исследователь"),
          "31": ("Дарья Кузнецова", "Младший исследователь"), "38": ("Павел Миронов", "Инженер-исследователь")}
GROUP = {"id": "12", "name": "Машинный перевод / NLP", "opened": False, "membersCount": 7, "image": "", "additionalData": []}


def person(i):
    return {"id": i, "name": PEOPLE[i][0], "link": "/company/personal/user/%s/" % i,
            "icon": "/bitrix/images/tasks/default_avatar.png", "workPosition": PEOPLE[i][1]}


tasks = []


def task(i, title, desc, status, prio, by, resp, created, changed, deadline=None):
    desc = desc.replace("\n", "\r\n")
    tasks.append({"id": i, "title": title, "description": desc, "priority": prio, "status": status, "groupId": "12",
                  "createdBy": by, "responsibleId": resp, "changedDate": changed, "createdDate": created, "deadline": deadline,
                  "subStatus": status, "group": GROUP, "creator": person(by), "responsible": person(resp)})


task("1841", "Прочитать: " + T(K["bart"]),
     "[B]Ссылка:[/B] [URL=https://arxiv.org/abs/1910.13461]arXiv[/URL]\n"
     "Сравнить схемы зашумления (text infilling vs. перестановка предложений) с тем, что мы делаем при дообучении на "
     "параллельных корпусах \"ru-kk\" и \"ru-uz\".\n[QUOTE]Ирина: таблицу 1 разобрать подробно, остальное — по желанию.[/QUOTE]",
     "5", "1", "17", "23", "2024-02-05T11:02:17+03:00", "2024-02-16T18:40:03+03:00", "2024-02-16T19:00:00+03:00")
task("1843", "Доклад на семинаре: " + T(K["bpe"]),
     "Классика, но у нас половина новых сотрудников не знает, откуда взялся BPE.\n"
     "[B]Статья:[/B] https://arxiv.org/abs/1508.07909\n"
     "[B]Не статья[/B] (код для демонстрации): [URL=https://github.com/google/sentencepiece]SentencePiece[/URL]\n"
     "[LIST][*]история: сжатие данных → словарь подслов[*]сравнить с unigram LM на нашем казахском корпусе[/LIST]",
     "5", "1", "17", "31", "2024-02-05T11:06:40+03:00", "2024-02-22T17:15:52+03:00", "2024-02-22T16:00:00+03:00")
task("1846", "Разобрать: " + T(K["glat"]),
     "Неавторегрессионный перевод для офлайн-режима на телефонах.\n"
     "[B]OpenReview:[/B] [URL=https://openreview.net/forum?id=ZaYZfu8pT_N]обсуждение и рецензии[/URL]\n"
     "Код: [URL=https://github.com/facebookresearch/fairseq]fairseq[/URL] (репозиторий, не статья) — проверить, "
     "собирается ли их ветка с нашей версией torch.",
     "3", "2", "17", "38", "2024-02-26T10:21:09+03:00", "2024-03-07T13:48:31+03:00", "2024-03-14T19:00:00+03:00")
task("1850", "Прочитать: " + T(K["funnel"]),
     "arXiv:2006.03236\nИдея сжатия последовательности по слоям — применимо ли к энкодеру нашей модели "
     "для длинных документов? Отчёт <= 1 страница в Wiki группы.",
     "2", "1", "23", "23", "2024-03-01T09:55:42+03:00", "2024-03-01T09:55:42+03:00", "2024-03-21T19:00:00+03:00")
task("1852", "Список классики для стажёров (весенний набор)",
     "Стажёрам прочитать до первого семинара, по порядку:\n"
     "[LIST=1][*]" + T(K["w2v"]) + "[*]" + T(K["elmo"]) + "[/LIST]\n"
     "Ссылки не даём специально — пусть найдут сами, это тоже навык :)",
     "2", "0", "17", "31", "2024-03-04T12:30:18+03:00", "2024-03-05T10:02:44+03:00")
task("1855", "Семинар: интерпретация внимания",
     "Основная статья: [B]" + T(K["norms"]) + "[/B] (Kobayashi et al., EMNLP 2020).\n"
     "Дополнительно (не статья, обзорный пост): [URL=https://habr.com/ru/articles/486358/]статья на Хабре про визуализацию внимания[/URL]\n"
     "Вопрос к обсуждению: почему нормы векторов f(x) информативнее, чем сами веса α?",
     "2", "1", "38", "38", "2024-03-05T15:12:07+03:00", "2024-03-06T09:40:26+03:00", "2024-03-28T19:00:00+03:00")
task("1857", "Найти и прочитать: " + T(K["fe"]),
     "Павел упоминал на созвоне, ссылку не прислал. Найти PDF, оценить, стоит ли брать в семинар.\n"
     "[I]Если окажется, что это вариант маскирования с выборкой по градиентам — поставить в апрель.[/I]",
     "2", "0", "23", "31", "2024-03-07T14:01:55+03:00", "2024-03-07T14:01:55+03:00")
task("1860", "Обновить токенизатор в проде до 2.3 (после доклада 1843)",
     "Не статья — техническая задача. Выкатить новую модель токенизатора на стенд & прогнать регрессионные тесты "
     "(BLEU/chrF на наборе <dev-2024-02>).",
     "3", "2", "17", "38", "2024-02-23T10:17:29+03:00", "2024-03-11T12:03:58+03:00", "2024-03-15T19:00:00+03:00")
tasks.sort(key=lambda t: int(t["id"]))
resp = {"result": {"tasks": tasks}, "total": len(tasks),
        "time": {"start": 1710156093.512345, "finish": 1710156093.598761, "duration": 1710156093.598761 - 1710156093.512345,
                 "processing": 0.05217289924621582, "date_start": "2024-03-11T14:21:33+03:00",
                 "date_finish": "2024-03-11T14:21:33+03:00", "operating_reset_at": 1710156693, "operating": 0.0316009521484375}}
text = php_json(resp)
write_only(F, text, keys(F), [t["description"] + "\n" + t["title"] for t in tasks])
