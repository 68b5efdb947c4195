#!/usr/bin/env python3
"""630: a VK API response to wall.get (v=5.199, owner_id=-<group>, extended=1) as the server sends it: one line,
PHP-style escaped slashes ("\\/"), Cyrillic as raw UTF-8; response.count / items (pinned post first with is_pinned,
the rest newest first; id, owner_id, from_id, date, text, attachments with link objects, comments / likes / reposts /
views, post_source, hash) / profiles / groups. A Russian community's posts on LLMs, alignment and retrieval."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F630, keys, GPT2

G = -218734512


def link(url, title, desc, caption):
    return {"type": "link", "link": {"url": url, "description": desc, "is_favorite": False, "title": title,
                                     "caption": caption, "target": "external"}}


def post(pid, date, text, atts=(), likes=0, com=0, rep=0, views=0, pinned=False, platform=None, h=""):
    p = {"inner_type": "wall_wallpost", "comments": {"can_post": 1, "count": com, "groups_can_post": True},
         "marked_as_ads": 0, "hash": h, "type": "post", "push_subscription": {"is_subscribed": False}}
    if atts: p["attachments"] = list(atts)
    p.update({"date": date, "from_id": G, "id": pid, "is_favorite": False})
    if pinned: p["is_pinned"] = 1
    p.update({"likes": {"can_like": 1, "count": likes, "user_likes": 0, "can_publish": 1, "repost_disabled": False},
              "owner_id": G, "post_source": {"platform": platform, "type": "api"} if platform else {"type": "vk"},
              "post_type": "post", "reposts": {"count": rep, "user_reposted": 0}, "text": text, "views": {"count": views}})
    return p


items = [
 post(1702, 1704096000, "Правила сообщества и навигация 📌\n\n1. Публикуем разборы статей, ссылки на курсы и вакансии по ML.\n2. Реклама — только через администрацию.\n3. Разборы по тегу #разбор@neuro_chitaem, еженедельная подборка — #подборка@neuro_chitaem.\n\nЧат сообщества: vk.me\/join\/neuro_chitaem_chat", likes=311, com=0, rep=44, views=20931, pinned=True, h="4f0c2a9d1b7e83a6c5"),
 post(1861, 1710424740, "Еженедельная подборка #подборка@neuro_chitaem 🧠\n\nНа этой неделе — модели, которые умеют искать. Сначала классика:\n\n«" + T("2002.08909") + "» (" + au("2002.08909") + ", ICML 2020), arXiv 2002.08909. Поиск по Википедии встроен прямо в предобучение, ретривер учится вместе с языковой моделью.\n\nИ свежее продолжение идеи, где модель сама решает, когда искать, и критикует собственные ответы специальными токенами-рефлексиями (ссылка во вложении).\n\nОбсуждаем в комментариях, какие ещё RAG-подходы разобрать.", atts=[link("https://arxiv.org/abs/2310.11511", "[2310.11511] " + T("2310.11511"), "Despite their remarkable capabilities, large language models (LLMs) often produce responses containing factual inaccuracies due to their sole reliance on the parametric knowledge they encapsulate...", "arxiv.org")], likes=143, com=17, rep=31, views=8841, h="9a21c7e0f44b15d2e3"),
 post(1857, 1710251100, "Митап «ML в Казани» 23 марта 🎤\n\nДоклады: «Как мы дообучали LLM для поддержки клиентов», «Квантизация на практике», «Векторные базы данных: что выбрать». Регистрация бесплатная, ссылка в комментариях. Записи прошлых встреч — в нашем плейлисте.", likes=58, com=6, rep=12, views=4120, platform="iphone", h="71de0b5a9c2f36e481"),
 post(1852, 1710061200, "#разбор@neuro_chitaem Как из языковой модели сделали ассистента\n\nРазбираем статью «" + T("2203.02155") + "» (" + au("2203.02155") + ").\n\nТри шага: SFT на демонстрациях разметчиков → обучение модели вознаграждения на парных сравнениях → PPO. Главный результат: модель на 1.3B параметров по оценкам людей предпочитают модели на 175B без дообучения.\n\nСтатья: https://arxiv.org/abs/2203.02155\n\nА чтобы понять, откуда всё началось, перечитайте «" + GPT2 + "» (" + au(GPT2) + ", 2019) — отчёт OpenAI, которого нет на arXiv; PDF лежит в нашем альбоме документов.", likes=267, com=41, rep=73, views=15207, h="0b3f8e27a6d95c4c18"),
 post(1848, 1709899800, "Спрашивали в чате, где почитать про калибровку: знают ли модели, что они чего-то не знают? 🤔\n\nОтветим статьёй «" + T("2207.05221") + "» (" + au("2207.05221") + ", 2022): модели неплохо оценивают вероятность правильности собственных ответов, если правильно задать формат вопроса. PDF прикрепили в обсуждении «Статьи недели».", likes=121, com=23, rep=19, views=7702, h="c85e14d0a2b97f3a61"),
 post(1843, 1709712000, "#разбор@neuro_chitaem Масштабирование: 540 миллиардов параметров на двух TPU v4 Pod-ах.\n\nКлючевые моменты: система Pathways, параллелизм без pipeline, прорывные результаты на задачах с цепочками рассуждений, разбор нестабильностей обучения (loss spikes).", atts=[link("https://arxiv.org/abs/2204.02311", "[2204.02311] " + T("2204.02311"), "Large language models have been shown to achieve remarkable performance across a variety of natural language tasks using few-shot learning...", "arxiv.org")], likes=189, com=12, rep=40, views=11034, h="3e6a90f1c7d24b8e05"),
 post(1839, 1709539200, "Курс недели 📚 «Нейронные сети и обработка текста» на Stepik — бесплатно, на русском, с заданиями на PyTorch. Подойдёт тем, кто только начинает. Не реклама, просто хороший курс.", atts=[link("https://stepik.org/course/54098/promo", "Нейронные сети и обработка текста — Stepik", "Курс знакомит с основными методами обработки текста...", "stepik.org")], likes=76, com=4, rep=25, views=5310, h="ad4b2c61e08f7395b2"),
 post(1834, 1709366400, "Историческая пятница 📜 #подборка@neuro_chitaem\n\nОткуда взялись энкодер-декодеры? Из статьи «" + T("1409.3215") + "» (" + au("1409.3215") + ", NeurIPS 2014): два LSTM, разворот входной последовательности и BLEU 34.8 на WMT'14 En→Fr.\n\nА для тех, кто дообучает современные модели, — обзор, связывающий разные методы эффективного дообучения в одну рамку: «" + T("2110.04366") + "» (" + au("2110.04366") + ", ICLR 2022).\n\nОбе статьи есть в нашем альбоме документов, ссылки не даём — ищите по названию.", likes=164, com=9, rep=36, views=9012, h="5d7e3f1a0c96b248aa"),
 post(1829, 1709193600, "Полезный репозиторий: подборка русскоязычных датасетов для NLP (ru-datasets на GitHub) и статья на Хабре «Как мы собирали инструкции для русской LLM». Сохраняйте, чтобы не потерять.", atts=[link("https://habr.com/ru/articles/790512/", "Как мы собирали инструкции для русской LLM / Хабр", "В этой статье расскажем, как мы собирали и чистили датасет инструкций...", "habr.com")], likes=98, com=7, rep=51, views=6620, h="e2c90b4d7f15a63c09"),
]
resp = {"response": {"count": 412, "items": items, "profiles": [], "groups": [
    {"id": -G, "name": "Нейросети: читаем статьи", "screen_name": "neuro_chitaem", "is_closed": 0, "type": "page",
     "photo_50": "https://sun9-21.userapi.com/impg/c4Jd2-eXaMpLe/50x50.jpg", "photo_100": "https://sun9-21.userapi.com/impg/c4Jd2-eXaMpLe/100x100.jpg",
     "photo_200": "https://sun9-21.userapi.com/impg/c4Jd2-eXaMpLe/200x200.jpg"}]}}
raw = json.dumps(resp, ensure_ascii=False, separators=(",", ":"))
raw = raw.replace("\\\\/", "/").replace("/", "\\/")
write_only(F630, raw, keys(F630), forms=["\n".join([json.dumps(json.loads(raw), ensure_ascii=False)])])
