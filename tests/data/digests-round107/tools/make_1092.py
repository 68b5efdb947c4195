#!/usr/bin/env python3
"""1092: a Russian company's NLP team tracks its reading on a YouGile board ("Статьи: дообучение"); the team lead's
script saved the answer of YouGile's REST API v2 `GET https://ru.yougile.com/api-v2/task-list?limit=50&offset=0`
(filtered to the board's three columns; compact JSON, UTF-8 raw, no final newline): `paging` (count, limit, offset,
next) and `content`, tasks with id, title, timestamp, columnId, description (the editor's HTML), archived, completed
(+ completedTimestamp), subtasks, assigned, createdBy, deadline (deadline, startDate, withTime), timeTracking,
checklists, stickers, color, idTaskCommon, idTaskProject. The PEFT docs, the bitsandbytes repository and sbert.net are
not papers; "LoRA", "QLoRA", "Bi-tuning", "Prefix-Tuning", "адаптеры", "prompt tuning", "BART", "SBERT" are
nicknames."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1092)
K = dict(lora="2106.09685", qlora="2305.14314", bitune="2011.06182", prefix="2101.00190", adapters="1902.00751",
         prompt="2104.08691", bart="1910.13461", sbert="1908.10084")


def uid(seed):
    return str(uuid.UUID(hashlib.sha1(seed.encode()).hexdigest()[:32], version=4))


USERS = {k: uid("user-" + k) for k in ("orlova", "smirnov", "kuznetsova", "volkov")}
COL = {k: uid("col-" + k) for k in ("queue", "reading", "done")}
STK = uid("sticker-topic")
ST = {k: uid("state-" + k) for k in ("peft", "quant", "emb")}
MS = 1000
D = lambda s: int(__import__("datetime").datetime.fromisoformat(s + "+03:00").timestamp() * MS)
n = [0]


def task(seed, title, ts, col, desc, assigned, creator, completed=None, subtasks=(), deadline=None, work=0, plan=0,
         checklists=(), topic="peft", color="task-primary"):
    n[0] += 1
    t = {"id": uid(seed), "title": title, "timestamp": D(ts), "columnId": COL[col], "description": desc,
         "archived": False, "completed": completed is not None}
    if completed: t["completedTimestamp"] = D(completed)
    t.update({"subtasks": [uid(s) for s in subtasks], "assigned": [USERS[a] for a in assigned], "createdBy": USERS[creator]})
    if deadline: t["deadline"] = {"deadline": D(deadline[1]), "startDate": D(deadline[0]), "withTime": False}
    t["timeTracking"] = {"plan": plan, "work": work}
    t["checklists"] = [{"title": c, "items": [{"title": i, "isCompleted": done} for i, done in items]} for c, items in checklists]
    t.update({"stickers": {STK: ST[topic]}, "color": color, "idTaskCommon": f"ID-{4300 + n[0] * 7}", "idTaskProject": f"ST-{n[0] + 30}"})
    return t


def a(href, text):
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{text}</a>'


tasks = [
 task("t-lora", T(K["lora"]), "2024-02-01T10:12:00", "done",
      f"<p>Базовая статья. {a('https://arxiv.org/abs/2106.09685', 'arxiv.org/abs/2106.09685')}</p>"
      "<p>Итог обсуждения: ранг 8–16 хватает для наших классификаторов, адаптеры ставим на <code>q_proj</code> и <code>v_proj</code>.</p>"
      f"<p>Документация PEFT: {a('https://huggingface.co/docs/peft/index', 'huggingface.co/docs/peft')}</p>",
      ["orlova"], "orlova", completed="2024-02-09T18:30:00", work=5, plan=4,
      checklists=[("Разбор", [("Прочитать разделы 4 и 7", True), ("Повторить эксперимент на ruBERT", True)])]),
 task("t-qlora", T(K["qlora"]), "2024-02-01T10:15:00", "reading",
      f"<p>{a('https://arxiv.org/pdf/2305.14314.pdf', 'PDF')} — NF4, двойная квантизация, paged optimizers.</p>"
      f"<p>Нужен bitsandbytes ≥ 0.41: {a('https://github.com/TimDettmers/bitsandbytes', 'github.com/TimDettmers/bitsandbytes')}</p>",
      ["smirnov"], "orlova", deadline=("2024-03-04T00:00:00", "2024-03-12T00:00:00"), work=2, plan=6, topic="quant",
      subtasks=("t-qlora-1", "t-qlora-2"), color="task-yellow"),
 task("t-qlora-1", "Запустить QLoRA на 7B на одной A100 (40 ГБ)", "2024-03-04T11:00:00", "reading",
      "<p>Сравнить с LoRA в bf16 по памяти и скорости.</p>", ["smirnov"], "smirnov", topic="quant", color="task-yellow"),
 task("t-qlora-2", "Проверить качество после слияния весов", "2024-03-04T11:02:00", "reading", "", ["volkov"], "smirnov",
      topic="quant", color="task-yellow"),
 task("t-prefix", T(K["prefix"]), "2024-02-05T14:40:00", "done",
      "<p>arXiv:2101.00190, ACL 2021. Префиксы обучаются на всех слоях, репараметризация через MLP.</p>",
      ["kuznetsova"], "orlova", completed="2024-02-16T17:05:00", work=3, plan=3),
 task("t-prompt", T(K["prompt"]), "2024-02-05T14:42:00", "queue",
      "<p>После Prefix-Tuning. Интересно, с какого размера модели prompt tuning догоняет полное дообучение.</p>",
      ["kuznetsova"], "orlova", plan=3),
 task("t-adapt", T(K["adapters"]), "2024-02-05T14:45:00", "done",
      "<p>Классические адаптеры (Houlsby и др., ICML 2019) — читаем для истории, сравнить с LoRA по числу параметров.</p>",
      ["volkov"], "orlova", completed="2024-02-14T12:20:00", work=2, plan=2),
 task("t-bitune", T(K["bitune"]), "2024-02-20T09:30:00", "queue",
      f"<p>{a('https://openreview.net/forum?id=3rRgu7OGgBI', 'OpenReview')} — контрастная голова поверх классификатора. "
      "Посмотреть рецензии, статью вроде бы не приняли.</p>", ["volkov"], "smirnov", plan=2, color="task-gray"),
 task("t-bart", T(K["bart"]), "2024-02-20T09:34:00", "queue",
      "<p>Для задачи суммаризации обращений: что именно даёт шумоподавляющее предобучение.</p>",
      ["orlova"], "orlova", plan=3, topic="emb", color="task-turquoise"),
 task("t-sbert", T(K["sbert"]), "2024-02-20T09:36:00", "reading",
      "<p>Для поиска по базе знаний. Модели и примеры: <a href=\"https://www.sbert.net\" target=\"_blank\" rel=\"noopener noreferrer\">sbert.net</a>.</p>",
      ["kuznetsova", "orlova"], "kuznetsova", deadline=("2024-03-01T00:00:00", "2024-03-07T00:00:00"), work=1, plan=2,
      topic="emb", color="task-turquoise",
      checklists=[("Что проверить", [("Siamese vs cross-encoder на наших данных", False), ("Дообучить на парах из тикетов", False)])]),
]
text = json.dumps({"paging": {"count": len(tasks), "limit": 50, "offset": 0, "next": False}, "content": tasks},
                  ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
