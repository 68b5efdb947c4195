#!/usr/bin/env python3
"""486 (NEGATIVE): a Telegram channel exported with Telegram Desktop's "Export chat history" in machine-readable JSON
(result.json): name / type public_channel / id, then messages with id, type (message / service), date (the exporter's
local time, Moscow) and date_unixtime, from / from_id, optional edited / edited_unixtime, photo / file paths,
reactions, "text" (a string, or a list of strings and entity objects) and "text_entities". Russian. ML tooling,
repositories, meetups, talks, deadlines — no paper title, no arXiv-shaped number."""
import json, os, sys
from datetime import datetime, timezone, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import re
from catalogue import write, no_catalogue_title, check_no_distractor
from make_expected import F486

MSK = timezone(timedelta(hours=3))
CH, CID = "Тензорная кухня", 1789012345
def ents(parts):
    out = []
    for p in parts:
        if isinstance(p, str): out.append({"type": "plain", "text": p})
        else: out.append(p)
    return out
def textfield(parts):
    if all(isinstance(p, str) for p in parts): return "".join(parts)
    return [p if isinstance(p, str) else p for p in parts]
def link(u): return {"type": "link", "text": u}
def bold(s): return {"type": "bold", "text": s}
def tl(s, u): return {"type": "text_link", "text": s, "href": u}
def tag(s): return {"type": "hashtag", "text": s}
def code(s): return {"type": "code", "text": s}
def men(s): return {"type": "mention", "text": s}

posts = [
 (501, "2024-03-11T10:04:17", None, [bold("Подборка инструментов недели"), "\n\n1. ",
   link("https://github.com/astral-sh/uv"), " — uv, менеджер пакетов на Rust. Поставили в CI вместо pip-tools, сборка окружения ускорилась с 4 минут до 40 секунд.\n2. ",
   code("torch.compile"), " в PyTorch 2.2 наконец нормально работает с нашими кастомными слоями.\n3. ",
   tl("llama.cpp", "https://github.com/ggerganov/llama.cpp"), " — добавили поддержку новых квантованных форматов, проверяли на ноутбуке с 16 ГБ.\n\n",
   tag("#инструменты"), " ", tag("#mlops")], {"🔥": 41, "👍": 17}, "photos/photo_1@11-03-2024_10-04-17.jpg"),
 (502, "2024-03-13T18:30:02", "2024-03-13T18:41:55", ["Напоминание: ", bold("дедлайн подачи на летнюю школу по ML в Нижнем Новгороде"),
   " — 1 апреля, 23:59 по Москве. Нужны мотивационное письмо и рекомендация научного руководителя. Подробности: ",
   link("https://school.example.ru/2024"), "\n\n", tag("#дедлайны")], {"👍": 23}, None),
 (503, "2024-03-15T12:00:45", None, ["Выложили запись доклада ", men("@katya_rl"), " с митапа в Яндексе: «Как мы считали бюджет GPU на квартал и ошиблись в три раза». ",
   "Слайды в комментариях, видео — ", tl("на YouTube", "https://video.example.com/watch?v=tk-meetup-15"),
   ".\n\nДоклад не про модели, а про планирование: очереди Slurm, приоритеты, как договориться с соседней лабораторией.\n\n", tag("#доклады")],
   {"❤️": 35, "🔥": 12}, None),
 (504, "2024-03-18T09:15:30", None, ["Наш репозиторий с шаблоном для экспериментов обновился до версии 0.7: ",
   link("https://github.com/tensor-kitchen/exp-template"), "\n\nЧто нового:\n• конфиги на Hydra вместо самописного YAML-парсера\n• логирование в W&B и MLflow на выбор\n• ",
   code("make reproduce"), " поднимает окружение через uv и DVC\n• пример с LoRA-дообучением (через библиотеку PEFT, без изменений в самой модели)\n\nPR и issues приветствуются. ",
   tag("#opensource")], {"👍": 58, "🎉": 9}, None),
 (505, "2024-03-20T20:47:11", None, ["Вопрос от подписчика: «Что почитать про оценку LLM, если нет времени на статьи?»\n\nНаш ответ: начните с документации ",
   tl("lm-evaluation-harness", "https://github.com/EleutherAI/lm-evaluation-harness"), " и курса ",
   tl("Hugging Face NLP Course", "https://huggingface.co/learn/nlp-course"), ", потом посмотрите лидерборд Open LLM Leaderboard и разберитесь, почему разные фреймворки дают разные цифры на одном и том же бенчмарке. ",
   "Разбор конкретных статей — в отдельной серии постов, после праздников.\n\n", tag("#вопросы")], {"👍": 44, "🤔": 6}, None),
 (506, "2024-03-22T11:02:59", None, [bold("Митап «Тензорная кухня» №14"), " — 4 апреля, 19:00, Москва, Технопарк (и онлайн).\n\nПрограмма:\n",
   "19:00 — Артём Велесов, «Инференс на CPU: что реально даёт ONNX Runtime»\n",
   "19:40 — Дина Хасанова, «Профилирование даталоадеров: где теряются ваши 30% GPU»\n",
   "20:20 — круглый стол про open-source в университетских лабораториях\n\nРегистрация: ", link("https://meetup.example.ru/tk14"), "\n\n", tag("#митап")],
   {"🔥": 67, "❤️": 21}, "photos/photo_2@22-03-2024_11-02-59.jpg"),
 (507, "2024-03-25T16:20:40", None, ["Коротко: Triton 3.0 ломает пару наших ядер для внимания, откатились на 2.3 до выхода исправления. ",
   "Issue завели в апстрим, номер в комментариях. Если у вас похожие падения на H100 — пишите ", men("@tk_admin"), ".\n\n", tag("#инструменты")],
   {"😢": 14, "👍": 8}, None),
]
msgs = []
for mid, d, ed, parts, reacts, photo in posts:
    ts = int(datetime.fromisoformat(d).replace(tzinfo=MSK).timestamp())
    m = {"id": mid, "type": "message", "date": d, "date_unixtime": str(ts)}
    if ed:
        m["edited"] = ed
        m["edited_unixtime"] = str(int(datetime.fromisoformat(ed).replace(tzinfo=MSK).timestamp()))
    m["from"] = CH; m["from_id"] = f"channel{CID}"
    if photo:
        m["photo"] = photo; m["width"] = 1280; m["height"] = 720
    m["text"] = textfield(parts)
    m["text_entities"] = ents(parts)
    m["reactions"] = [{"type": "emoji", "count": c, "emoji": e} for e, c in reacts.items()]
    msgs.append(m)
    if mid == 502:
        ts2 = ts + 65
        msgs.append({"id": 0, "type": "service", "date": datetime.fromtimestamp(ts2, MSK).strftime("%Y-%m-%dT%H:%M:%S"),
                     "date_unixtime": str(ts2), "actor": CH, "actor_id": f"channel{CID}", "action": "pin_message",
                     "message_id": 502, "text": "", "text_entities": []})
# the pin (a service message) takes the next id, as in Telegram: number everything in order
for i, m in enumerate(msgs):
    m["id"] = 501 + i
doc = {"name": CH, "type": "public_channel", "id": CID, "messages": msgs}
text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
plain = "\n".join("".join(e["text"] for e in m["text_entities"]) for m in msgs)
# the decoded message texts (JSON escapes undone) must hold no catalogue title and nothing arXiv-shaped either
check_no_distractor(plain, F486)
no_catalogue_title(plain, F486)
if re.search(r"(?<![\d.])\d{4}\.\d{4,5}(?!\d)", plain):
    raise SystemExit(f"{F486}: an arXiv-shaped id in the decoded texts")
write(F486, text, negative=True)
