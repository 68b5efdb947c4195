#!/usr/bin/env python3
"""1842: a CSV export of the Tasks of EspoCRM (the open-source CRM), Ukrainian descriptions: the header in EspoCRM's
field names, internal values for status and priority («Not Started», «Started», «Completed», «Deferred»; «Low»,
«Normal», «High», «Urgent»), dates «YYYY-MM-DD HH:MM:SS» (UTC), 17-character ids, the parent record (Account or
Opportunity), multi-line descriptions; written as PHP's fputcsv writes: «,», LF, a field in double quotes only if it
holds a comma, a quote, a space, a tab or a line break. A Kyiv AI studio (not named in the file) plans fine-tuning an
assistant for an agricultural client; the client, the opportunity, the people, the ids and the tasks are invented;
PEFT (Hugging Face's library), Unsloth, vLLM's docs and the UberText corpus appear as what they are. Computed: the
quoting (PHP's rule), rows ordered by start (asserted), start not after end (asserted), one parent name per parent id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1842)
HEAD = ["id", "name", "status", "priority", "dateStart", "dateEnd", "assignedUserName", "parentType", "parentId",
        "parentName", "description"]
ACC = ("Account", "6801c3f2a97b1e4d5", "ТОВ «Агроімпульс»")
OPP = ("Opportunity", "6801c44be2d05a118", "Асистент агронома – пілот")
R = [
    ("6804a1e93c7f20b61", "Стартова зустріч з клієнтом", "Completed", "Normal", "2025-04-14 07:00:00", "2025-04-14 08:30:00",
     "Олена Коваленко", ACC, "Клієнт хоче асистента, що відповідає українською на питання агрономів.\nДомовились: дообучення відкритої моделі, без хмарних API."),
    ("6804a2117d59e0c3a", "Огляд методів PEFT", "Completed", "High", "2025-04-15 06:00:00", "2025-04-18 15:00:00",
     "Андрій Мельник", OPP,
     f"Прочитати до воркшопу:\n1. {T('2106.09685')} https://arxiv.org/abs/2106.09685\n"
     f"2. {T('2101.00190')} (https://arxiv.org/abs/2101.00190v1)\n"
     f"3. {T('2110.04366')} https://openreview.net/forum?id={OR('2110.04366')}\n"
     f"Класика для порівняння: {T('1902.00751')} (адаптери)."),
    ("6804a25c0e8b4f7d2", "Воркшоп з технічною командою клієнта", "Completed", "Normal", "2025-04-22 11:00:00", "2025-04-22 13:00:00",
     "Андрій Мельник", OPP,
     f"Квантизація в 4 біти: {T('2305.14314')}, https://arxiv.org/pdf/2305.14314.pdf – бібліотеки PEFT і Unsloth.\n"
     f"Питання клієнта: чи можна обійтись кількома прикладами? Див. {T('2205.05638')} (arXiv:2205.05638)."),
    ("6804a2a61b3c9e5f0", "Збір даних: питання агрономів", "Started", "High", "2025-04-23 06:00:00", "2025-05-09 15:00:00",
     "Ірина Шевчук", ACC, "Вивантаження 3 тис. звернень з їхньої системи; знеособити до передачі. Для загальної мови – корпус UberText."),
    ("6804a2f0c4d81a7b3", "Промпт-тюнінг як базовий варіант", "Not Started", "Low", "2025-04-28 06:00:00", "2025-05-02 15:00:00",
     "Андрій Мельник", OPP, f"Спробувати P-tuning за статтею {T('2103.10385')}; якщо не дасть приросту – закрити."),
    ("6804a33a5f19b2c84", "План оцінювання відповідей", "Deferred", "Normal", "2025-05-05 06:00:00", "2025-05-16 15:00:00",
     "Олена Коваленко", OPP,
     f"Агрономи клієнта порівнюють пари відповідей, як у {T('2203.02155')}.\nБез RLHF на першому етапі."),
    ("6804a3849a6ed4f15", "Дзвінок: графік пілоту", "Not Started", "Urgent", "2025-05-19 09:00:00", "2025-05-19 09:30:00",
     "Олена Коваленко", ACC, ""),
]
assert [r[4] for r in R] == sorted(r[4] for r in R) and all(r[4] <= r[5] for r in R)


def fput(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n\r\t \\') else v


lines = [",".join(HEAD)]
for r in R:
    lines.append(",".join(fput(x) for x in [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7][0], r[7][1], r[7][2], r[8]]))
text = "\n".join(lines) + "\n"
write_raw(F, text.encode("utf-8"), [text], keys(F))
