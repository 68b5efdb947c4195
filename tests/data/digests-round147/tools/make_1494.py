#!/usr/bin/env python3
"""1494: a Frictionless Data Package descriptor (datapackage.json, tabular-data-package profile) kept by a Russian
self-supervised learning reading group: package metadata in Russian, licences, contributors, sources, and two resources
— `papers` with its rows inline (`data`, one object per row) and a Table Schema (types, formats, enum and pattern
constraints, primary key), and `meetings` pointing at a CSV file. Written as the frictionless Python tools write a
descriptor: two-space JSON with raw Unicode and a final newline. Not papers: the solo-learn and lightly repositories,
the STL-10 dataset, a recorded lecture. Nicknames: SupCon, BYOL, Barlow Twins, DACL, DC — labelled where the full titles
are written."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1494, keys

ROWS = [
    # id, week, kind, title, url, arxiv, speaker, status, note
    ("p01", 1, "paper", T("2004.11362"), "https://arxiv.org/abs/2004.11362", "2004.11362", "Анна Соколова", "done", "SupCon: метки в контрастной функции потерь"),
    ("p02", 1, "paper", T("2006.07733"), "https://arxiv.org/pdf/2006.07733.pdf", "2006.07733", "Илья Морозов", "done", "BYOL, без отрицательных пар"),
    ("p03", 2, "paper", T("2103.03230"), None, None, "Дарья Кузнецова", "done", "ссылку не нашли в чате, читали PDF из общей папки"),
    ("p04", 2, "paper", T("2010.04592"), None, "2010.04592", "Анна Соколова", "in_progress", "только идентификатор, ссылку добавит Илья"),
    ("p05", 3, "paper", T("2011.04419"), None, None, "Илья Морозов", "planned", "DACL, смешивание вместо аугментаций"),
    ("p06", 3, "paper", T("2010.02014"), f"https://openreview.net/pdf?id={OR('2010.02014')}", None, "Дарья Кузнецова", "planned", "версия с OpenReview"),
    ("p07", 4, "paper", T("2006.05929"), None, None, "Анна Соколова", "planned", "ICLR 2021, ссылка появится позже"),
    ("p08", 4, "paper", T("2103.14339"), "https://arxiv.org/abs/2103.14339", "2103.14339", "Павел Волков", "planned", "медицинские снимки, доклад гостя из КФУ"),
    ("r01", 1, "code", "solo-learn", "https://github.com/vturrisi/solo-learn", None, None, "done", "библиотека для запуска BYOL и Barlow Twins"),
    ("r02", 2, "code", "lightly", "https://github.com/lightly-ai/lightly", None, None, "done", "альтернатива solo-learn"),
    ("r03", 3, "dataset", "STL-10", "https://cs.stanford.edu/~acoates/stl10/", None, None, "planned", "для линейной оценки"),
    ("r04", 4, "video", "Лекция: самообучение в компьютерном зрении (запись)", "https://www.youtube.com/watch?v=Qz7Lk0vB3sM", None, "Павел Волков", "planned", "с 14-й минуты"),
]
NAMES = ["id", "week", "kind", "title", "url", "arxiv", "speaker", "status", "note"]
pkg = {
    "profile": "tabular-data-package",
    "name": "ssl-reading-list-2024",
    "title": "Список чтения: самообучение и контрастные методы (весна 2024)",
    "description": "Статьи и материалы семинара по самообучению. Таблица papers ведётся вручную, meetings выгружается из календаря.",
    "version": "1.3.0",
    "created": "2024-02-05T09:12:00Z",
    "homepage": "https://git.ssl-seminar.example.ru/reading/ssl-2024",
    "keywords": ["самообучение", "контрастное обучение", "семинар"],
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}],
    "contributors": [
        {"title": "Анна Соколова", "email": "a.sokolova@ssl-seminar.example.ru", "role": "author"},
        {"title": "Илья Морозов", "email": "i.morozov@ssl-seminar.example.ru", "role": "contributor"},
    ],
    "sources": [{"title": "Чат семинара (выгрузка ссылок)", "path": "https://t.me/ssl_seminar_spb"}],
    "resources": [
        {
            "profile": "tabular-data-resource",
            "name": "papers",
            "title": "Статьи и материалы",
            "format": "json",
            "mediatype": "application/json",
            "data": [dict(zip(NAMES, r)) for r in ROWS],
            "schema": {
                "fields": [
                    {"name": "id", "type": "string", "constraints": {"required": True, "pattern": "[pr][0-9]{2}"}},
                    {"name": "week", "type": "integer", "constraints": {"minimum": 1, "maximum": 14}},
                    {"name": "kind", "type": "string", "constraints": {"enum": ["paper", "code", "dataset", "video"]}},
                    {"name": "title", "type": "string", "constraints": {"required": True}},
                    {"name": "url", "type": "string", "format": "uri"},
                    {"name": "arxiv", "type": "string", "constraints": {"pattern": "[0-9]{4}\\.[0-9]{4,5}"}},
                    {"name": "speaker", "type": "string"},
                    {"name": "status", "type": "string", "constraints": {"enum": ["planned", "in_progress", "done"]}},
                    {"name": "note", "type": "string"},
                ],
                "primaryKey": ["id"],
                "missingValues": [""],
            },
        },
        {
            "profile": "tabular-data-resource",
            "name": "meetings",
            "path": "data/meetings.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "header": True},
            "schema": {
                "fields": [
                    {"name": "week", "type": "integer"},
                    {"name": "date", "type": "date"},
                    {"name": "room", "type": "string"},
                ],
                "primaryKey": ["week"],
            },
        },
    ],
}
write_only(F1494, json.dumps(pkg, indent=2, ensure_ascii=False) + "\n", keys(F1494))
