#!/usr/bin/env python3
"""1207: a SearXNG JSON answer (Russian): a Novosibirsk-like lab runs its own SearXNG instance
(`searx.lab.example.ru`); a member saved `curl -s 'https://searx.lab.example.ru/search?q=...&categories=general,science&format=json' -o otvet.json`
for the query «законы масштабирования LLM обучение». SearXNG writes Python's json.dumps default form: `", "` and `": "`
separators, non-ASCII as \\uXXXX escapes (the Russian text escaped, English titles raw), no final newline. Top keys
query, number_of_results, results, answers, corrections, infoboxes, suggestions, unresponsive_engines. Results of the
arxiv engine (paper.html: url `http://arxiv.org/abs/<id>v1`, pdf_url, authors, publishedDate) are links; general
engines (duckduckgo, brave, yandex) bring a blog post quoting an arXiv id as text (arxiv-text), pages and a video that
name a paper by its title only, the DeepSpeed repository and the transformers docs (not papers). parsed_url is
urlparse(url); score is SearXNG's result_score (weight = number of positions, summed weight / position); results are
sorted by score, highest first (ties keep engine order)."""
import json, os, sys
from urllib.parse import urlparse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, abstract, write_only
from make_expected import F1207, keys

Q = "законы масштабирования LLM обучение"
TIMES = {"2001.08361": "T17:59:47", "2203.15556": "T17:37:25", "2101.03961": "T18:04:40", "2210.17323": "T19:47:16"}


def arxiv(k, pos):
    e = CAT[k]
    return {"template": "paper.html", "url": f"http://arxiv.org/abs/{k}v1", "title": T(k),
            "publishedDate": e["published"] + TIMES[k], "content": abstract(k), "doi": None,
            "authors": e["authors"], "journal": None, "tags": [e.get("primary_category") or "cs.LG"], "comments": None,
            "pdf_url": f"http://arxiv.org/pdf/{k}v1", "engine": "arxiv", "engines": ["arxiv"], "positions": [pos],
            "category": "science"}


def web(url, title, content, engines, positions, date=None):
    return {"url": url, "title": title, "content": content, "publishedDate": date, "thumbnail": None,
            "engine": engines[0], "engines": engines, "positions": positions, "category": "general"}


res = [
 arxiv("2001.08361", 1), arxiv("2203.15556", 2), arxiv("2101.03961", 3), arxiv("2210.17323", 4),
 web("https://github.com/microsoft/DeepSpeed",
     "GitHub - microsoft/DeepSpeed: DeepSpeed is a deep learning optimization library that makes distributed training and inference easy, efficient, and effective.",
     "DeepSpeed enables world's most powerful language models like MT-530B and BLOOM. It is an easy-to-use deep learning optimization software suite ...",
     ["duckduckgo", "brave"], [1, 1]),
 web("https://nauka-blog.example.ru/2023/11/zero-i-deepspeed-konspekt",
     "Конспект: как ZeRO экономит память при обучении больших моделей",
     "Разбираем статью ZeRO: Memory Optimizations Toward Training Trillion Parameter Models (arXiv:1910.02054): "
     "три стадии разбиения — состояния оптимизатора, градиенты и параметры. Ссылки на код в конце.",
     ["yandex", "duckduckgo"], [1, 3], "2023-11-14T00:00:00"),
 web("https://mlclub.example.ru/posts/phi-1-textbooks",
     "Разбор: «Textbooks Are All You Need» — маленькая модель на «учебниках»",
     "В клубе обсуждали статью Textbooks Are All You Need: модель на 1,3 млрд параметров, обученная на синтетических "
     "«учебниках» и упражнениях, обходит модели в десятки раз больше на HumanEval. Слайды и запись — внутри.",
     ["yandex"], [2], "2024-02-08T00:00:00"),
 web("https://huggingface.co/docs/transformers/main/en/quantization/overview",
     "Quantization - Hugging Face",
     "Quantization techniques reduce memory and computational costs by representing weights and activations with lower-precision data types ...",
     ["brave"], [2]),
 web("https://kurs-llm.example.ru/vesna-2024/literatura",
     "Литература курса «Большие языковые модели» (весна 2024)",
     "Обязательное чтение к лекциям 1–3: A Survey of Large Language Models (Zhao и др.), главы 2 и 4; "
     "дополнительно — конспекты семинаров и ноутбуки из репозитория курса.",
     ["duckduckgo"], [4]),
 web("https://video.example.ru/watch/seminar-sd-0412",
     "Семинар: спекулятивное декодирование — ускоряем генерацию без потери качества",
     "Доклад по статье Fast Inference from Transformers via Speculative Decoding (Leviathan, Kalman, Matias). "
     "Малая модель-черновик предлагает токены, большая проверяет их за один проход. 58:12",
     ["brave"], [5], "2024-04-12T00:00:00"),
]
for r in res:
    w = float(len(r["positions"]))
    r["score"] = sum(w / p for p in r["positions"])
out = []
for r in sorted(res, key=lambda r: -r["score"]):
    o = {k: v for k, v in r.items() if k not in ("engines", "positions", "category", "score", "engine")}
    o["engine"] = r["engine"]
    o["parsed_url"] = list(urlparse(r["url"]))
    if "template" not in r: o["template"] = "default.html"
    o.update({"img_src": "", "priority": "", "engines": r["engines"], "positions": r["positions"],
              "score": r["score"], "category": r["category"]})
    out.append(o)
d = {"query": Q, "number_of_results": 0, "results": out, "answers": [], "corrections": [], "infoboxes": [],
     "suggestions": ["законы масштабирования нейросетей", "scaling laws chinchilla", "обучение LLM память"],
     "unresponsive_engines": [["google scholar", "Подозрение на доступ ботов: CAPTCHA"]]}
text = json.dumps(d)
write_only(F1207, text, keys(F1207), forms=[json.dumps(d, ensure_ascii=False)])
