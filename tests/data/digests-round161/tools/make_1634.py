#!/usr/bin/env python3
"""1634: a Ukrainian ML blogger's draft post saved from Editor.js (the editor's `save()` output written with
JSON.stringify(data, null, 2): raw UTF-8, "/" not escaped): time in milliseconds, blocks (header, paragraph with
inline <a>, <b>, <i>, list, quote, delimiter, linkTool with fetched meta, table) each with a 10-character id, and
the editor version. Block ids come from hashes."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1634)
a = lambda href, text: f'<a href="{href}">{text}</a>'
BLOCKS = [
    ("header", {"text": "Агенти на основі LLM: що ми прочитали за зиму", "level": 2}),
    ("paragraph", {"text": "Цієї зими наш читацький гурток у Львові зосередився на <b>агентах</b>: мовних моделях, "
                           "які не лише відповідають, а й діють — шукають, викликають інструменти, пам'ятають. "
                           "Нижче короткий огляд із посиланнями."}),
    ("header", {"text": "Міркування і дії", "level": 3}),
    ("paragraph", {"text": "Відправна точка — " + a("https://arxiv.org/abs/2201.11903", T("2201.11903")) +
                           ": покрокові міркування у підказці помітно покращують результати великих моделей. "
                           "Далі логічно перейти до " + a("https://openreview.net/forum?id=" + OR("2210.03629"), T("2210.03629")) +
                           " (ICLR 2023), де міркування чергуються з діями в середовищі."}),
    ("quote", {"text": "Агент без пам'яті — це просто дуже балакучий калькулятор.", "caption": "Остап, на зустрічі 7 лютого", "alignment": "left"}),
    ("header", {"text": "Пам'ять і оцінювання", "level": 3}),
    ("linkTool", {"link": "https://arxiv.org/abs/2310.08560",
                  "meta": {"title": "[2310.08560] " + T("2310.08560"),
                           "description": "Large language models (LLMs) have revolutionized AI, but are constrained by limited context windows...",
                           "image": {"url": "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"}}}),
    ("paragraph", {"text": "Для порівняння агентів використовували " + T("2308.03688") + " (arXiv:2308.03688) — "
                           "вісім середовищ, від ОС до веб-покупок. Таблицю результатів з їхнього сайту ми не "
                           "відтворювали, лише обговорили методику."}),
    ("delimiter", {}),
    ("header", {"text": "Погляд з боку RL", "level": 3}),
    ("list", {"style": "unordered", "items": [
        a("https://arxiv.org/pdf/2106.01345.pdf", T("2106.01345")) + " — RL як моделювання послідовностей.",
        T("2106.02039") + " — <i>Trajectory Transformer</i>, паралельна робота (NeurIPS 2021).",
        T(AGZ) + " — Nature, 2017; класика для розмови про самогру і планування.",
        T("2006.05990") + " — корисно, щоб не забувати, скільки важать «дрібні» деталі PPO.",
    ]}),
    ("table", {"withHeadings": True, "content": [["Дата", "Тема", "Доповідач"], ["7 лютого", "ReAct", "Остап"],
                                                  ["21 лютого", "MemGPT", "Соломія"], ["6 березня", "Decision Transformer", "Андрій"]]}),
    ("paragraph", {"text": "Наступна зустріч — 20 березня. Код прикладів лежить у репозиторії гуртка на GitHub, "
                           "а для практики радимо курс Hugging Face про агентів.&nbsp;"}),
]


def bid(i, t):
    return base64.urlsafe_b64encode(hashlib.sha1(f"{i}:{t}".encode()).digest()).decode()[:10]


def build():
    data = {"time": 1710260712904,
            "blocks": [{"id": bid(i, t), "type": t, "data": d} for i, (t, d) in enumerate(BLOCKS)],
            "version": "2.28.2"}
    return json.dumps(data, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
