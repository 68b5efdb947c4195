#!/usr/bin/env python3
"""1048: a Ukrainian ML team's Wrike answer to `GET https://www.wrike.com/api/v4/folders/<id>/tasks?descendants=true&
subTasks=true&fields=[...]` (the fields list asking for description, briefDescription, parentIds, superParentIds,
responsibleIds, hasAttachments, attachmentCount, superTaskIds, subTaskIds, dependencyIds, metadata, customFields,
authorIds), printed as Wrike's API pretty-prints it: three-space indents, a non-empty array or object on the line
after its key at the key's indentation, empty ones inline, no final newline, UTF-8 raw. Tasks carry Wrike's keys in
its order, 16-character base32 ids under the account id, HTML descriptions (`<br />`, `<a href … rel="noopener
noreferrer">`, lists), briefDescription = the description's plain text cut at 250 characters, dates of type Planned
(duration = working days × 480 minutes) / Milestone / Backlog, completedDate only on completed tasks, a parent task with
three subtasks. The `transformers` releases page is software; "Flamingo", "Frozen", "REALM", "PyGlove", "NAT" are
nicknames."""
import base64, hashlib, html, os, re, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1048)
K = dict(flamingo="2204.14198", realm="2002.08909", glat="2008.07905", pyglove="2101.08809", cqa="2011.03459",
         evolving="2101.03958", frozen="2106.13884", hft="1910.03771")
ACC = "IEAHB7QX"


def b32(seed, n):
    return base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:n]


def tid(seed): return ACC + "KQ" + b32("task" + seed, 6)
def uid(seed): return "KUA" + b32("user" + seed, 5)


FOLDER = ACC + "I4" + b32("folder-reading-q1", 6)
PROJECT = ACC + "I4" + b32("project-mm-group", 6)
U = {n: uid(n) for n in ("dmytro", "olena", "taras", "iryna", "andrii")}
CS = {"Active": ACC + "JMAAAAAA", "InProgress": ACC + "JMAAAAAB", "Completed": ACC + "JMAAAAAC",
      "Deferred": ACC + "JMAAAAAD", "Cancelled": ACC + "JMAAAAAE"}
CF_SPEAKER = ACC + "JUAB" + b32("cf-speaker", 4)
CF_LINK = ACC + "JUAB" + b32("cf-paper-link", 4)


def plain(desc):
    s = re.sub(r"<br ?/?>|</(?:p|li|div)>", " ", desc)
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return " ".join(s.split())[:250]


def a(url):
    return f'<a href="{url}" target="_blank" rel="noopener noreferrer">{url}</a>'


def workdays(d1, d2):
    n, d = 0, d1
    while d <= d2:
        n += d.weekday() < 5; d += timedelta(days=1)
    return n


def planned(s, e):
    d1, d2 = date.fromisoformat(s), date.fromisoformat(e)
    return {"type": "Planned", "duration": workdays(d1, d2) * 480, "start": s + "T09:00:00", "due": e + "T17:00:00"}


tasks = []


def task(seed, title, desc, status, created, updated, dates, author, resp, importance="Normal", completed=None,
         custom="Active", parent=None, att=0, followers=(), speaker=None, link=None, n=0):
    t = {"id": tid(seed), "accountId": ACC, "title": title, "description": desc, "briefDescription": plain(desc),
         "parentIds": [FOLDER], "superParentIds": [PROJECT],
         "sharedIds": [U[x] for x in ("dmytro", "olena", "taras", "iryna", "andrii")],
         "responsibleIds": [U[x] for x in resp], "status": status, "importance": importance,
         "createdDate": created, "updatedDate": updated}
    if completed: t["completedDate"] = completed
    t.update({"dates": dates, "scope": "WsTask", "authorIds": [U[author]], "customStatusId": CS[custom],
              "hasAttachments": att > 0, "attachmentCount": att,
              "permalink": "https://www.wrike.com/open.htm?id=%d" % (1318400000 + int(hashlib.md5(seed.encode()).hexdigest()[:5], 16)),
              "priority": "%06x008000000000%06x" % (0x0b5e1c + n * 0x300, 0x4800 + n * 0x400),
              "followedByMe": "dmytro" in followers, "followerIds": [U[x] for x in followers],
              "superTaskIds": [tid(parent)] if parent else [], "subTaskIds": [], "dependencyIds": [], "metadata": [],
              "customFields": ([{"id": CF_SPEAKER, "value": speaker}] if speaker else []) +
                              ([{"id": CF_LINK, "value": link}] if link else [])})
    if parent:
        next(x for x in tasks if x["id"] == tid(parent))["subTaskIds"].append(t["id"])
    tasks.append(t)


task("club-march", "Читацький клуб: березень (мультимодальні моделі та пошук)",
     "Три доповіді по 25 хв + обговорення. Четвер, 14 березня, 16:00, переговорна «Дніпро» і Google Meet.<br />"
     "Кожен доповідач створює підзадачу, додає слайди у вкладення і ставить статус «Готово» після виступу.",
     "Active", "2024-02-26T08:14:52Z", "2024-03-11T09:02:17Z", planned("2024-03-04", "2024-03-14"), "dmytro",
     ["dmytro"], importance="High", custom="InProgress", followers=("dmytro", "olena", "taras", "iryna"), n=0)
task("flamingo", "Flamingo — доповідь (Олена)",
     "Стаття: «" + T(K["flamingo"]) + "»<br />" + a("https://arxiv.org/abs/2204.14198") + "<br /><br />"
     "Фокус доповіді: Perceiver Resampler і gated cross-attention; чому заморожена мовна модель не «забуває» текст.",
     "Active", "2024-02-27T10:41:03Z", "2024-03-08T15:20:44Z", planned("2024-03-11", "2024-03-14"), "olena",
     ["olena"], custom="InProgress", parent="club-march", att=1, followers=("dmytro", "olena"), speaker="Олена Коваль",
     link="https://arxiv.org/abs/2204.14198", n=1)
task("frozen", "Frozen — доповідь (Тарас)",
     "Попередник Flamingo: " + T(K["frozen"]) + " (NeurIPS 2021).<br />"
     "PDF з NeurIPS у вкладенні, друге вкладення — мої слайди.<br />"
     "<ul><li>порівняти few-shot VQA з нашими результатами на UA-VQA</li><li>показати приклад з «blicket»</li></ul>",
     "Active", "2024-02-27T11:05:29Z", "2024-03-06T17:48:10Z", planned("2024-03-11", "2024-03-14"), "taras",
     ["taras"], parent="club-march", att=2, followers=("taras",), speaker="Тарас Шевчук", n=2)
task("realm", "REALM — доповідь (Ірина)",
     "Пошук під час передтренування: " + T(K["realm"]) + "<br />" + a("https://arxiv.org/abs/2002.08909")
     + "<br />Зв'язати з нашим RAG-прототипом для внутрішньої бази знань.",
     "Completed", "2024-02-28T07:55:12Z", "2024-03-07T13:31:05Z", planned("2024-03-04", "2024-03-07"), "iryna",
     ["iryna"], completed="2024-03-07T13:31:05Z", custom="Completed", parent="club-march", att=1,
     followers=("dmytro", "iryna"), speaker="Ірина Бондар", link="https://arxiv.org/abs/2002.08909", n=3)
task("glat", "Glancing Transformer: спробувати для NAT-декодера перекладу",
     "Андрій пропонує замінити наш ітеративний декодер. Стаття — " + T(K["glat"]) + ", відгуки рецензентів: "
     + a("https://openreview.net/forum?id=ZaYZfu8pT_N") + "<br />Спершу прочитати, потім оцінити трудомісткість.",
     "Active", "2024-03-01T12:10:40Z", "2024-03-05T08:19:22Z", {"type": "Backlog"}, "andrii", ["andrii"],
     followers=("andrii", "dmytro"), n=4)
task("automl", "AutoML: оцінити PyGlove для пошуку архітектур",
     "Основна стаття: " + T(K["pyglove"]) + " (arXiv:2101.08809).<br />"
     "Суміжне, з тієї ж групи Google: «" + T(K["evolving"]) + "» — цікаво, чи можна так само шукати функції втрат.<br />"
     "Не пріоритет до кінця кварталу.",
     "Deferred", "2024-02-19T09:33:58Z", "2024-03-04T10:02:31Z", {"type": "Backlog"}, "dmytro", ["dmytro"],
     importance="Low", custom="Deferred", followers=("dmytro",), n=5)
task("kg", "Граф знань: складні запити до каталогу продуктів",
     "Прочитати: " + T(K["cqa"]) + ", arXiv:2011.03459 (ICLR 2021).<br />"
     "Ідея: CQD поверх наших ComplEx-ембедингів, без навчання на складних запитах.",
     "Active", "2024-03-04T14:27:16Z", "2024-03-04T14:27:16Z", {"type": "Milestone", "due": "2024-03-29T17:00:00"},
     "iryna", ["iryna", "andrii"], followers=("iryna",), n=6)
task("transformers-upgrade", "Оновити transformers до 4.38 і зафіксувати версію",
     "Реліз: " + a("https://github.com/huggingface/transformers/releases/tag/v4.38.0") + "<br />"
     "У технічному звіті бібліотеку цитуємо як «" + T(K["hft"]) + "» (EMNLP 2020, демо-трек), а не посиланням на GitHub.",
     "Active", "2024-03-05T09:12:03Z", "2024-03-11T08:40:55Z", planned("2024-03-11", "2024-03-12"), "dmytro",
     ["andrii"], custom="InProgress", followers=("andrii",), n=7)
task("room", "Забронювати переговорну «Дніпро» на 14.03",
     "Заброньовано з 15:30 до 18:00, проєктор перевірено.",
     "Completed", "2024-03-04T08:01:44Z", "2024-03-04T08:20:09Z", planned("2024-03-04", "2024-03-04"), "dmytro",
     ["dmytro"], completed="2024-03-04T08:20:09Z", custom="Completed", n=8)
task("latex", "Шаблон звіту клубу (LaTeX) — відкласти",
     "Поки що нотатки пишемо в Wrike; шаблон зробимо, коли буде більше трьох звітів.",
     "Deferred", "2024-02-20T16:45:30Z", "2024-02-29T12:00:12Z", {"type": "Backlog"}, "taras", ["taras"],
     importance="Low", custom="Deferred", n=9)


def wr(v, ind=0):
    p = "   " * ind
    if v is None: return "null"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str):
        import json
        return json.dumps(v, ensure_ascii=False)
    if not v: return "[]" if isinstance(v, list) else "{}"
    q = "   " * (ind + 1)
    if isinstance(v, list):
        return "[\n" + ",\n".join(q + wr(x, ind + 1) for x in v) + "\n" + p + "]"
    items = []
    for k, x in v.items():
        import json
        if isinstance(x, (list, dict)) and x: items.append(q + json.dumps(k) + ":\n" + q + wr(x, ind + 1))
        else: items.append(q + json.dumps(k) + ": " + wr(x, ind + 1))
    return "{\n" + ",\n".join(items) + "\n" + p + "}"


text = wr({"kind": "tasks", "data": tasks})
write_only(F, text, keys(F), forms=[html.unescape(t["description"]) for t in tasks])
