#!/usr/bin/env python3
"""2012: an i18next translation file (`public/locales/uk/translation.json` of an invented gallery app), Ukrainian:
arXiv links (`/abs/`, `/pdf/…v3`, `http://`, an `<a href>` inside a string) in string values, one id in text, three
titles alone, `{{interpolation}}`, `_one` / `_few` / `_many` / `_other` plural keys, and non-papers (a repository, a
blog post, a book, a talk). json.dumps with two-space indentation, LF."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2012)
M = {
    "app": {
        "title": "Дифузійна галерея",
        "subtitle": "Зображення, звук і статті семінару генеративних моделей",
        "footer": "Код: https://github.com/dyfuziia-ua/galereia · Доповідь: https://video.dyfuziia.example.com.ua/dopovid/2024-11",
    },
    "nav": {"gallery": "Галерея", "papers": "Статті", "audio": "Звук", "settings": "Налаштування"},
    "papers": {
        "heading": "Статті, на яких побудовано галерею",
        "count_one": "{{count}} стаття",
        "count_few": "{{count}} статті",
        "count_many": "{{count}} статей",
        "count_other": "{{count}} статті",
        "ddpm": f"Базова модель — {T('2006.11239')} (https://arxiv.org/abs/2006.11239).",
        "ldm": f"Латентний простір: <a href=\"https://arxiv.org/pdf/2112.10752v2\">{T('2112.10752')}</a>",
        "controlnet": f"Керування ескізом: {T('2302.05543')} — http://arxiv.org/abs/2302.05543",
        "dreambooth": f"Персоналізація: {T('2208.12242')}, https://arxiv.org/pdf/2208.12242v1",
        "next": f"Наступні на семінарі: «{T('2208.01618')}», «{T('2211.09800')}» і «{T('2303.01469')}».",
    },
    "audio": {
        "heading": "Звукові приклади",
        "source": f"Вокодер за статтею {T('2009.09761')} (arXiv 2009.09761), натисніть {{{{button}}}}, щоб прослухати.",
        "play": "Відтворити",
    },
    "settings": {
        "steps": "Кроки семплування: {{steps}}",
        "guidance": "Сила підказки: {{scale}}",
        "reading": "Для початківців: блог Лілліан Венг «What are Diffusion Models?» і книга Бішопа «Deep Learning: Foundations and Concepts».",
    },
}
TXT = json.dumps(M, indent=2, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
