#!/usr/bin/env python3
"""1498: README.md of an awesome list kept on mos.hub (hub.mos.ru, the Moscow government's code hosting for open
projects, GitLab-like): the awesome badge, a short intro, a table of contents linking GitLab-style heading anchors, five
paper sections (items `- [Title](url)` or bold titles without a link, each with a Russian comment), a table of tools
(not papers), how to add a paper (clone over HTTPS, a branch, a merge request, with two code blocks) and the licence.
Not papers: GigaChat, YandexGPT, ruGPT-3, Saiga (models), llama.cpp, vLLM, lm-evaluation-harness (software), the MERA
leaderboard, the OpenAI PDF page. Nicknames: GPT-3, InstructGPT, RoPE, nucleus sampling, Chatbot Arena — labelled
where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1498, keys, GPT1

REPO = "https://hub.mos.ru/nlp-msk/awesome-llm-ru"
SECTIONS = [
    ("Базовые модели", [
        f"- **{T(GPT1)}** (Radford et al., 2018) — технический отчёт OpenAI, на arXiv его нет; PDF: https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf",
        f"- [{T('2005.14165')}](https://arxiv.org/abs/2005.14165) — GPT-3 и обучение в контексте (few-shot без дообучения).",
        f"- [{T('2302.13971')}](https://arxiv.org/abs/2302.13971) — LLaMA, открытые веса; от неё пошли Saiga и десятки русскоязычных дообучений.",
    ]),
    ("Длинный контекст", [
        f"- **{T('2306.15595')}** — интерполяция позиций для RoPE; ссылка на статью в issue #14, проверить и добавить.",
        f"- [{T('2307.03172')}](https://arxiv.org/pdf/2307.03172) — модели хуже используют середину контекста, чем начало и конец.",
    ]),
    ("Декодирование", [
        f"- [{T('1904.09751')}](https://arxiv.org/abs/1904.09751) — nucleus sampling (top-p), почему beam search даёт повторы.",
    ]),
    ("Выравнивание", [
        f"- {T('2203.02155')} — InstructGPT, RLHF в три этапа (arXiv:2203.02155).",
    ]),
    ("Оценка", [
        f"- **{T('2306.05685')}** — LLM как судья, MT-Bench; сама Chatbot Arena — это лидерборд, а не статья.",
        "- Лидерборд MERA (русскоязычные задачи): https://mera.a-ai.ru/ru/leaderboard — не статья, для сравнения моделей.",
    ]),
]
TOOLS = [("llama.cpp", "инференс на CPU, GGUF", "https://github.com/ggerganov/llama.cpp"),
         ("vLLM", "сервинг с PagedAttention", "https://github.com/vllm-project/vllm"),
         ("lm-evaluation-harness", "прогон бенчмарков", "https://github.com/EleutherAI/lm-evaluation-harness"),
         ("ruGPT-3", "модели Сбера на Hugging Face", "https://huggingface.co/ai-forever/rugpt3large_based_on_gpt2")]


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_")
    return s.replace(" ", "-")


EXTRA = ["Инструменты (не статьи)", "Как добавить статью", "Лицензия"]
toc = "\n".join(f"- [{h}](#{slug(h)})" for h, _ in SECTIONS) + "\n" + "\n".join(f"- [{h}](#{slug(h)})" for h in EXTRA)
body = "\n\n".join(f"## {h}\n\n" + "\n".join(items) for h, items in SECTIONS)
table = "| Название | Что это | Ссылка |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} |" for a, b, c in TOOLS)
text = f"""# Awesome LLM (ru) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> Подборка статей о больших языковых моделях для семинара лаборатории NLP-МСК. Здесь только статьи; модели
> (GigaChat, YandexGPT, Saiga) и библиотеки вынесены в отдельную таблицу. Репозиторий `awesome-llm-ru` в группе
> `nlp-msk` на mos.hub, зеркал нет.

## Содержание

{toc}

{body}

## Инструменты (не статьи)

{table}

## Как добавить статью

1. Склонируйте репозиторий и создайте ветку:

```bash
git clone {REPO}.git
cd awesome-llm-ru
git checkout -b add/название-статьи
```

2. Добавьте строку в нужный раздел в формате `- [Полное название](ссылка) — комментарий`. Если ссылки пока нет,
   выделите название жирным.
3. Проверьте ссылки и откройте merge request в ветку `main`:

```bash
npx markdown-link-check README.md
git push -u origin add/название-статьи
```

Вопросы — в issues проекта или в чате семинара (Дмитрий Колесников @d.kolesnikov, Алина Гарипова @a.garipova).

## Лицензия

[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/) — используйте как хотите.
"""
write_only(F1498, text, keys(F1498))
