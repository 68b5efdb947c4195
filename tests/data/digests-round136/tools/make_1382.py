#!/usr/bin/env python3
"""1382: a reading-plan sheet of a Kyiv-like LLM seminar kept in SoftMaker PlanMaker (FreeOffice) and saved as
"Text file (CSV)" with the Ukrainian locale's settings: UTF-8 with a byte-order mark, `;` between cells (the decimal
separator is the comma), CRLF records, a cell quoted only when it holds `;`, `"` (doubled) or a line break (an
Alt+Enter break inside a cell stays a bare LF inside the quotes), every row as wide as the used range (empty cells as
bare separators, so the title row and the blank rows are runs of `;`), formulas saved as their values (the total of
pages, the mean rating with a decimal comma). Dates dd.mm.yyyy with the weekday column filled by a formula (пн … нд).
Papers: arXiv abs / pdf links and an OpenReview forum link in the link column, an `arXiv:` id in a title cell, three
titles alone (one beside a repository, one beside a leaderboard); lm-evaluation-harness and the Chatbot Arena
leaderboard are not papers."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1382, keys

DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
HEAD = ["№", "Дата", "День", "Тема", "Стаття", "Посилання", "Доповідач", "Сторінок", "Статус", "Оцінка", "Примітка"]
ROWS = [  # (date, topic, title cell, link, presenter, pages, status, rating, note)
    ("2024-02-08", "Вступ", "Організаційне заняття, розподіл статей", "", "Олена Коваль", None, "проведено", None, "аудиторія 305, 16:40"),
    ("2024-02-15", "Відкриті моделі", T("2302.13971"), "https://arxiv.org/abs/2302.13971", "Андрій Мельник", 27, "проведено", 4.5, "слайди в Teams"),
    ("2024-02-22", "Відкриті моделі", T("2205.01068"), "https://arxiv.org/pdf/2205.01068.pdf", "Ірина Савчук", 30, "проведено", 4.0, "обов'язково подивитися логбук тренування (додаток)"),
    ("2024-02-29", "Паралелізм", T("1909.08053"), "https://arxiv.org/abs/1909.08053", "Тарас Бондар", 15, "проведено", 4.5, "tensor parallelism; код: github.com/NVIDIA/Megatron-LM"),
    ("2024-03-07", "Mixture-of-Experts", T("1701.06538"), f"https://openreview.net/forum?id={OR('1701.06538')}", "Олена Коваль", 19, "проведено", 5.0, "класика; рецензії ICLR 2017 теж варто прочитати"),
    ("2024-03-14", "Mixture-of-Experts", f"{T('2006.16668')} (arXiv:2006.16668)", "", "Максим Ткачук", 35, "проведено", 3.5, "важко; розібрали лише розділи 2–3;\nпродовжимо 21.03"),
    ("2024-03-21", "Оцінювання", T("2009.03300"), "—", "Ірина Савчук", 27, "заплановано", None, "MMLU; \"5-shot\" як у статті"),
    ("2024-03-28", "Оцінювання", T("2206.04615"), "https://github.com/google/BIG-bench", "Андрій Мельник", 100, "заплановано", None, "це посилання на репозиторій із задачами, PDF у спільній теці"),
    ("2024-04-04", "Оцінювання", T("2306.05685"), "https://chat.lmsys.org/?leaderboard", "Тарас Бондар", 29, "заплановано", None, "посилання — рейтинг Chatbot Arena, а не стаття"),
    ("2024-04-11", "Практика", "Запуск lm-evaluation-harness на наших моделях", "https://github.com/EleutherAI/lm-evaluation-harness", "Максим Ткачук", None, "заплановано", None, "принести ноутбуки; доступ до сервера gpu-02"),
]


def cell(v):
    s = "" if v is None else v
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ';"\n') else s


def num(x):
    return "" if x is None else (f"{x:.1f}".replace(".", ",") if isinstance(x, float) else str(x))


W = len(HEAD)
recs = [["План читання: семінар «Великі мовні моделі», весна 2024 (оновлено 07.03.2024)"] + [""] * (W - 1), [""] * W, HEAD]
for i, (d, topic, title, link, who, pages, status, rating, note) in enumerate(ROWS, 1):
    day = dt.date.fromisoformat(d)
    recs.append([str(i), day.strftime("%d.%m.%Y"), DAYS[day.weekday()], topic, title, link, who, num(pages), status, num(rating), note])
pages = sum(r[5] for r in ROWS if r[5])
rated = [r[7] for r in ROWS if r[7] is not None]
mean = round(sum(rated) / len(rated), 2)
recs += [[""] * W, ["Разом", "", "", "", f"{sum(1 for r in ROWS if r[5])} статей", "", "", str(pages), "", f"{mean:.2f}".replace(".", ","), "середня оцінка проведених"]]
text = "\ufeff" + "".join(";".join(cell(c) for c in r) + "\r\n" for r in recs)
write_only(F1382, text, keys(F1382))
