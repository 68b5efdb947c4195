#!/usr/bin/env python3
"""1514: a Ukrainian reading group's Nullboard board exported from the single-file app (Export → .nbx): one line of
JSON.stringify output (compact, raw UTF-8, no final newline); board {format, id, revision, title, lists}, list {title,
notes}, note {text, raw, min}; raw notes serve as dividers, min notes are collapsed."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1514)
BOARD_ID = 1709546112487  # 2024-03-04 09:55:12 UTC, ms
LISTS = [
    ("Читати", [
        ("── тиждень 11 ──", True, False),
        (f"{T('2210.17323')}\nhttps://arxiv.org/abs/2210.17323\nОксана: порівняти з AWQ на нашій 7B", False, False),
        (f"{T('2208.07339')}\nhttps://arxiv.org/pdf/2208.07339.pdf\noutliers у активаціях, розділ 3", False, False),
        (f"{T('2307.15043')}\narXiv:2307.15043 (посилання додам пізніше)\nGCG-суфікси, Тарас веде", False, False),
        ("── тиждень 12 ──", True, False),
        (f"{T('2010.01412')}\nбез посилання, ICLR 2021", False, False),
        (f"{T('2103.13462')}\nконспект лекцій Tengyu Ma, посилання немає", False, True),
    ]),
    ("Читаю", [
        (f"{T('2310.08560')}\nhttps://arxiv.org/abs/2310.08560\nЮлія: пам'ять як у ОС, сторінки контексту", False, False),
        (f"{T('2006.14536')}\nпосилання немає; SAT, гладкі активації замість ReLU", False, False),
    ]),
    ("Прочитано", [
        (f"{T('2104.08691')}\nhttps://arxiv.org/abs/2104.08691\nобговорили 26.02, слайди в Drive", False, True),
    ]),
    ("Не статті", [
        ("bitsandbytes (бібліотека)\nhttps://github.com/TimDettmers/bitsandbytes", False, False),
        ("AutoGPTQ (репозиторій)\nhttps://github.com/AutoGPTQ/AutoGPTQ", False, False),
        ("Доповідь про 8-бітні оптимізатори (відео)\nhttps://www.youtube.com/watch?v=Wz4pLx7dQ1c", False, True),
        ("HarmBench leaderboard\nhttps://www.harmbench.org/results", False, False),
    ]),
]


def board():
    return {"format": 20190412, "id": BOARD_ID, "revision": 73, "title": "LLM: квантизація, безпека, оптимізація",
            "lists": [{"title": t, "notes": [{"text": x, "raw": r, "min": m} for x, r, m in ns]} for t, ns in LISTS]}


def build():
    return json.dumps(board(), ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    b = board()
    write_only(F, build(), keys(F), forms=["\n".join(n["text"] for l in b["lists"] for n in l["notes"])])
