#!/usr/bin/env python3
"""2102: a Telegram Desktop chat export in machine-readable JSON (result.json: «name», «type», «id», «messages» with
«date» / «date_unixtime», «from» / «from_id», «text» as a string or as a list of plain strings and entity objects
{"type": "link" | "text_link" | "bold" | "italic", "text", "href"}, «text_entities», «reply_to_message_id»,
«forwarded_from») of an invented private group at Samarkand State University: Russian with Uzbek. The group, people
and texts are invented. Computed: json.dumps (indent 1, ensure_ascii False, as the exporter writes), message ids
(increasing), date_unixtime = date at UTC+5 (asserted), text_entities from text (plain strings as «plain»)."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2102)
TZ = dt.timezone(dt.timedelta(hours=5))
USERS = {"Dilshod Karimov": 5120334871, "Malika Yusupova": 6034418820, "Otabek Rashidov": 993102745, "Nodira Ergasheva": 5871203966}
M = [
 ("Dilshod Karimov", (2026, 2, 16, 9, 14, 2), ["Ассалому алайкум! План на эту неделю — оценка LLM. Начинаем с ",
   {"type": "text_link", "text": T("2306.05685"), "href": "https://arxiv.org/abs/2306.05685"}, " (судья-LLM)."], None),
 ("Malika Yusupova", (2026, 2, 16, 9, 20, 41), ["Для узбекского важнее MMLU: ", {"type": "bold", "text": T("2009.03300")},
   ", arXiv:2009.03300. Мы переводим часть вопросов."], 1),
 ("Otabek Rashidov", (2026, 2, 16, 10, 2, 9), ["Агенты: ", {"type": "link", "text": "https://arxiv.org/pdf/2303.11366v4.pdf"},
   "\n" + T("2303.11366") + "\nЧитали в прошлом году, но стоит повторить."], None),
 ("Nodira Ergasheva", (2026, 2, 16, 10, 30, 55), [T("2310.11511") + " — ",
   {"type": "link", "text": "http://arxiv.org/abs/2310.11511"}, "\nЯ готовлю слайды к четвергу."], None),
 ("Dilshod Karimov", (2026, 2, 16, 11, 5, 30), ["Бенчмарк для кода: ",
   {"type": "text_link", "text": T("2310.06770"), "href": f"https://openreview.net/forum?id={OR('2310.06770')}"},
   " (ICLR 2024, страница OpenReview)."], None),
 ("Malika Yusupova", (2026, 2, 16, 12, 48, 13), ["Кстати, вчера мы сравнивали длинный контекст у Qwen и Llama — всё как в ",
   {"type": "italic", "text": T("2307.03172")}, ": середина теряется. Juda qiziq!"], 5),
 ("Otabek Rashidov", (2026, 2, 16, 13, 3, 0), ["Ещё два на потом: " + T("2302.04761") + " (Toolformer, Meta) и "
   "Voyager (" + T("2305.16291") + ") — там агент играет в Minecraft."], None),
 ("Nodira Ergasheva", (2026, 2, 16, 13, 10, 27), ["Не статьи, но полезно: курс HF по агентам ",
   {"type": "link", "text": "https://huggingface.co/learn/agents-course"}, ", библиотека ",
   {"type": "link", "text": "https://github.com/EleutherAI/lm-evaluation-harness"}, " и книга Раски «Hands-On Large Language Models»."], None),
 ("Dilshod Karimov", (2026, 2, 16, 13, 12, 4), ["Rahmat! Встречаемся в четверг в 15:00, ауд. 214, корпус на Университетском бульваре."], None),
]
msgs = []
prev = None
for i, (who, t, text, rep) in enumerate(M, 1):
    d = dt.datetime(*t, tzinfo=TZ)
    assert prev is None or d > prev; prev = d
    ents = [{"type": "plain", "text": x} if isinstance(x, str) else x for x in text]
    m = {"id": 80 + i, "type": "message", "date": d.strftime("%Y-%m-%dT%H:%M:%S"), "date_unixtime": str(int(d.timestamp())),
         "from": who, "from_id": f"user{USERS[who]}"}
    assert dt.datetime.fromtimestamp(int(m["date_unixtime"]), TZ).strftime("%Y-%m-%dT%H:%M:%S") == m["date"]
    if rep: m["reply_to_message_id"] = 80 + rep
    m["text"] = text[0] if len(text) == 1 and isinstance(text[0], str) else text
    m["text_entities"] = ents
    msgs.append(m)
doc = {"name": "SamDU · NLP o'qish guruhi", "type": "private_group", "id": 4412093317, "messages": msgs}
s = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
write_only(F, s, keys(F), forms=[json.dumps(doc, ensure_ascii=False)])
