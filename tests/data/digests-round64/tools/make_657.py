#!/usr/bin/env python3
"""657: a YouTrack REST API response (GET /api/issues?fields=idReadable,summary,description,created,updated,resolved,
reporter(login,fullName),tags(name),customFields(name,value(name)),comments(text,created,author(login))
&query=project:%20NLPR&$top=50): compact JSON as YouTrack's Jackson writer sends it, fields in the requested order
with "$type" last in every entity, millisecond timestamps, Markdown descriptions with \\n, State / Priority /
Assignee / Estimation custom fields (PeriodValue with presentation). A Russian reading plan on NLP pretraining."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F657, keys

USERS = {"a.sokolova": "Анна Соколова", "d.belov": "Дмитрий Белов", "k.orlova": "Ксения Орлова",
         "m.zaitsev": "Максим Зайцев"}
BASE = 1707724800000  # 2024-02-12T08:00:00Z
DAY, H = 86400000, 3600000


def user(login):
    return {"login": login, "fullName": USERS[login], "$type": "User"}


def cf(state, prio, assignee, est):
    f = [{"name": "Priority", "value": {"name": prio, "$type": "EnumBundleElement"}, "$type": "SingleEnumIssueCustomField"},
         {"name": "Type", "value": {"name": "Задача", "$type": "EnumBundleElement"}, "$type": "SingleEnumIssueCustomField"},
         {"name": "State", "value": {"name": state, "$type": "StateBundleElement"}, "$type": "StateIssueCustomField"},
         {"name": "Assignee", "value": {"name": USERS[assignee], "$type": "User"} if assignee else None, "$type": "SingleUserIssueCustomField"},
         {"name": "Estimation", "value": {"name": None, "$type": "PeriodValue"} if est else None, "$type": "PeriodIssueCustomField"}]
    if est:
        f[4]["value"] = {"presentation": est, "$type": "PeriodValue"}
    return f


issues = []


def issue(n, summary, desc, day, upd_h, reporter, state, prio, assignee, est, tags=(), comments=()):
    created = BASE + day * DAY + 37 * 60000 * n
    updated = created + upd_h * H
    resolved = updated if state in ("Прочитано", "Отменено") else None
    issues.append({"idReadable": f"NLPR-{n}", "summary": summary, "description": desc, "created": created,
                   "updated": updated, "resolved": resolved, "reporter": user(reporter),
                   "tags": [{"name": t, "$type": "Tag"} for t in tags], "customFields": cf(state, prio, assignee, est),
                   "comments": [{"text": t, "created": created + (i + 1) * 5 * H, "author": {"login": a, "$type": "User"}, "$type": "IssueComment"}
                                for i, (a, t) in enumerate(comments)],
                   "$type": "Issue"})


issue(31, "Неделя 1: RoBERTa — перечитать и законспектировать",
      f"**Статья:** {T('1907.11692')}\n**Авторы:** {au('1907.11692')}\n**Ссылка:** https://arxiv.org/abs/1907.11692\n\n"
      "Что смотрим:\n- динамическое маскирование vs. статическое;\n- почему убрали NSP;\n- сколько данных и шагов на самом деле понадобилось.\n\n"
      "Конспект — в wiki, страница `Чтения/Неделя-1`.",
      0, 50, "a.sokolova", "Прочитано", "Normal", "d.belov", "3h", ("чтения-весна-2024",),
      [("d.belov", "Конспект выложил. Таблица 4 с ablation по размеру батча — главное, что стоит помнить."),
       ("a.sokolova", "Спасибо! Закрываю.")])
issue(32, "Неделя 1 (фон): BERT",
      f"Обязательный фон перед RoBERTa, если кто-то не читал.\n\n[{T('1810.04805')}](https://arxiv.org/pdf/1810.04805.pdf) — {au('1810.04805')}, NAACL 2019.\n\n"
      "Не путать с курсом «BERT за 10 минут» на YouTube — это не статья.",
      0, 2, "a.sokolova", "Прочитано", "Minor", None, None, ("чтения-весна-2024", "фон"))
issue(33, "Неделя 2: авторегрессия против маскирования",
      f"Основная статья недели:\n> {T('1906.08237')}\n> {au('1906.08237')} (NeurIPS 2019), arXiv:1906.08237\n\n"
      "Вопрос к обсуждению: насколько permutation LM реально помогает, если сравнивать при равном бюджете (см. RoBERTa, табл. 8)?",
      7, 30, "k.orlova", "В работе", "Normal", "k.orlova", "4h", ("чтения-весна-2024",),
      [("m.zaitsev", "Предлагаю добавить ещё и ELECTRA для контраста, там тоже про эффективность предобучения.")])
issue(34, "Неделя 2 (доп.): ELECTRA",
      f"По предложению Максима. Читаем версию из ICLR 2020:\n\n*{T('2003.10555')}* ({au('2003.10555')}).\n\n"
      "PDF лежит в общей папке группы (`/shared/reading/electra_iclr2020.pdf`), ссылку сюда не кладу.",
      8, 6, "m.zaitsev", "Открыто", "Minor", "m.zaitsev", "2h", ("чтения-весна-2024", "доп"))
issue(35, "Неделя 3: трансферное обучение до трансформеров",
      f"Две классические работы:\n\n1. {T('1801.06146')} — {au('1801.06146')}, ACL 2018 (дообучение LM, slanted triangular LR).\n"
      f"2. {T('GloVe: Global Vectors for Word Representation')} — {au('GloVe: Global Vectors for Word Representation')}, EMNLP 2014.\n\n"
      "Обе статьи короткие; цель — понять, откуда пошли идеи ULMFiT и почему статические эмбеддинги проиграли.\n"
      "Для практики: ноутбук с fastai из курса Practical Deep Learning (курс, не статья).",
      14, 20, "a.sokolova", "Открыто", "Normal", "d.belov", "3h", ("чтения-весна-2024",))
issue(36, "Неделя 4: многоязычность",
      f"{T('1911.02116')}\nhttps://arxiv.org/abs/1911.02116\n{au('1911.02116')}\n\n"
      "Особенно интересно для нас: раздел про curse of multilinguality и данные CC-100 (датасет, отдельно не читаем). "
      "Сравнить с нашими результатами на русском подкорпусе.",
      21, 12, "k.orlova", "Открыто", "Major", "k.orlova", "4h", ("чтения-весна-2024", "мультиязычность"))
issue(37, "Неделя 5: DeBERTa",
      f"Ссылка: https://arxiv.org/abs/2006.03654v6 — {T('2006.03654')}\n{au('2006.03654')}\n\n"
      "Разбираем disentangled attention и enhanced mask decoder. Код: репозиторий microsoft/DeBERTa (ПО, не статья).",
      28, 3, "d.belov", "Открыто", "Normal", None, "3h", ("чтения-весна-2024",))
issue(38, "Организационное: перенос встречи 8 марта",
      "Встреча 8 марта переносится на 11 марта, 17:00, ауд. 412. Пицца за счёт лаборатории, отметьтесь в таблице.",
      23, 1, "a.sokolova", "Отменено", "Minor", None, None, ("оргвопросы",))
text = json.dumps(issues, ensure_ascii=False, separators=(",", ":"))
write_only(F657, text, keys(F657), [json.dumps(issues, ensure_ascii=False, indent=1)])
