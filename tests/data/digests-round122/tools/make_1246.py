#!/usr/bin/env python3
"""1246 (negative control): an issue page of a Russian-language ML tools newsletter published with Curated (a custom
domain; the issue archive's page as served): the newsletter header with the subscribe form, `Выпуск #57` with its
date, the editor's intro, categories with items (title linked, the description, the link's domain as the item's
`via` line), a sponsor slot, previous / next issue links and the `Powered by Curated` footer. It names no paper:
releases, libraries, datasets, a leaderboard, courses, talks, meetups, jobs, people, dates, version numbers, issue
and item ids — near-misses only. The builder refuses any catalogue title and anything arXiv-shaped."""
import html, os, sys
from urllib.parse import urlparse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1246

HOST = "https://digest.mlkit.example.ru"
N, DATE = 57, ("15 апреля 2024", "2024-04-15")
NAME = "ML-инструменты: еженедельный дайджест"
e = html.escape
CATS = [
 ("Релизы", [
  (88412, "PyTorch 2.3: torch.compile для пользовательских Triton-ядер", "https://pytorch.org/blog/pytorch2-3/",
   "Пользовательские ядра Triton теперь компилируются вместе с моделью, а тензорный параллелизм вышел из бета-версии. Мы обновили CUDA-образы на стенде — сборка с 12.1 прошла без сюрпризов."),
  (88413, "transformers 4.40.0", "https://github.com/huggingface/transformers/releases/tag/v4.40.0",
   "Поддержка Llama 3, Idefics2 и Recurrent Gemma. Осторожно: сменилось поведение generate() при pad_token_id=None."),
  (88414, "Ollama 0.1.32", "https://github.com/ollama/ollama/releases/tag/v0.1.32",
   "Модели теперь можно держать в памяти на нескольких GPU; на нашем ноутбуке с 16 ГБ заводится Mixtral в 4 битах."),
 ]),
 ("Датасеты и бенчмарки", [
  (88415, "FineWeb: 15 триллионов токенов очищенного веб-текста", "https://huggingface.co/datasets/HuggingFaceFW/fineweb",
   "Датасет с полным описанием пайплайна фильтрации. Русского там почти нет, так что ждём многоязычную версию."),
  (88416, "Common Voice 17.0", "https://commonvoice.mozilla.org/ru/datasets",
   "В русской части 231 час проверенной речи, на 18 часов больше, чем в прошлом релизе."),
  (88417, "Open LLM Leaderboard: новые задачи", "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
   "Рейтинг, а не статья: удобно, чтобы быстро прикинуть, какую открытую модель брать за основу."),
 ]),
 ("Курсы и лекции", [
  (88418, "Открытый курс ODS по машинному обучению, весенний запуск", "https://ods.ai/tracks/open-ml-course-spring24",
   "Бесплатно, на русском, с домашними заданиями в Jupyter. Старт 22 апреля."),
  (88419, "Запись доклада «Как мы ускорили инференс LLM в 3 раза»", "https://www.youtube.com/watch?v=Xb7rM2kQd0A",
   "Доклад Павла Воронина с весеннего митапа: квантизация, батчинг по запросам и KV-кэш. Без формул, с графиками из продакшена."),
 ]),
 ("Инструменты", [
  (88420, "vLLM: сервинг с непрерывным батчингом", "https://github.com/vllm-project/vllm",
   "Мы перевели на него внутренний чат-бот: задержка p95 упала с 2,4 до 0,9 секунды на A100."),
  (88421, "Label Studio 1.12", "https://github.com/HumanSignal/label-studio",
   "Разметка для задач с несколькими модальностями; появился экспорт в формат YOLO."),
 ]),
 ("События", [
  (88422, "Митап «ML в проде», Москва, 25 апреля", "https://mlprod-meetup.example.ru/2024-04",
   "Офлайн и онлайн, регистрация до 23 апреля. Программа: мониторинг дрейфа, A/B-тесты рекомендаций, feature store."),
  (88423, "Вакансия: ML-инженер в команду поиска (Казань, гибрид)", "https://career.example.ru/vacancy/ml-search-4471",
   "Python, PyTorch, опыт с ранжированием. Вилка 300–380 тыс. ₽, можно удалённо два дня в неделю."),
 ]),
]
items = []
for cat, its in CATS:
    items.append(f'<h3 class="category">{e(cat)}</h3>')
    for iid, title, url, desc in its:
        items.append(f'<div class="item" id="item-{iid}">\n<h4 class="item__title"><a href="{e(url)}">{e(title)}</a></h4>\n'
                     f'<p>{e(desc)}</p>\n<p class="item__link">{e(urlparse(url).netloc)}</p>\n</div>')
page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8" />
<title>{e(NAME)} — Выпуск #{N}</title>
<link rel="canonical" href="{HOST}/issues/{N}" />
<link rel="alternate" type="application/rss+xml" href="{HOST}/issues.rss" />
</head>
<body>
<header class="publication-header">
<h1><a href="{HOST}/">{e(NAME)}</a></h1>
<p class="publication-description">Раз в неделю — релизы, датасеты, курсы и события для тех, кто строит ML-системы. Без хайпа.</p>
<form class="subscribe-form" action="{HOST}/subscribers" method="post"><input type="email" name="email" placeholder="Ваш e-mail" /><button type="submit">Подписаться</button></form>
</header>
<main class="issue">
<div class="issue__header"><h2>Выпуск #{N}</h2><time datetime="{DATE[1]}">{DATE[0]}</time></div>
<div class="issue__intro"><p>Привет! На этой неделе много релизов и ни одного громкого скандала. Отдельное спасибо Ольге Кравцовой за подборку датасетов. Пишите нам: <a href="mailto:editor@mlkit.example.ru">editor@mlkit.example.ru</a>.</p>
<p>— Андрей Мельников, редактор</p></div>
{chr(10).join(items)}
<div class="sponsor"><h3 class="category">Партнёр выпуска</h3><p>GPU-облако «Вычислитель»: H100 по часам, промокод MLKIT57 даёт 15% на первый месяц. <a href="https://gpu-cloud.example.ru/?utm_source=mlkit&amp;utm_campaign=issue{N}">Подробнее</a></p></div>
</main>
<nav class="issue-nav"><a href="{HOST}/issues/{N - 1}">← Выпуск #{N - 1}</a> <a href="{HOST}/issues">Все выпуски</a> <a href="{HOST}/issues/{N + 1}">Выпуск #{N + 1} →</a></nav>
<footer><p>© 2024 {e(NAME)}. <a href="{HOST}/unsubscribe">Отписаться</a></p><p>Powered by <a href="https://curated.co">Curated</a></p></footer>
</body>
</html>
"""
write(F1246, page, negative=True)
