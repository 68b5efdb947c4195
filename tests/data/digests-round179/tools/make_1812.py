#!/usr/bin/env python3
"""1812: the cheatsheet of a Russian team's Elixir NLP library (invented: `Slovo`), `guides/papers.cheatmd`, an ExDoc
cheatsheet (listed under `extras` in mix.exs): an `#` title, `##` sections followed by a `{: .col-2}` attribute
line, `###` cards, `####` sub-cards with `{: .list-4}` or tables, elixir code fences. The papers behind each module
are named with their full titles; ExDoc's attribute lines follow a heading only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1812)


def build():
    L = ["# Статьи, на которых построен Slovo", "",
         "Шпаргалка: какой модуль библиотеки по какой статье реализован. Сначала читайте статью, потом документацию модуля.", "",
         "## Эмбеддинги слов", "{: .col-2}", "",
         "### `Slovo.Word2Vec`", "",
         f"Статья: {T('1301.3781')} (Mikolov et al., arXiv:1301.3781).", "",
         "```elixir", 'model = Slovo.Word2Vec.train(corpus, dim: 300, window: 5)', 'Slovo.Word2Vec.nearest(model, "москва", 5)', "```", "",
         "### `Slovo.ELMo`", "",
         f"Статья: [{T('1802.05365')}](https://arxiv.org/abs/1802.05365), NAACL 2018.", "",
         "#### Опции", "{: .list-4}", "", "- `:layers`", "- `:char_cnn`", "- `:dropout`", "- `:cache_dir`", "",
         "## Предобучение трансформеров", "{: .col-2}", "",
         "### `Slovo.T5`", "",
         "| Статья | Ссылка |", "| --- | --- |",
         f"| {T('1910.10683')} | [arXiv](https://arxiv.org/abs/1910.10683) |",
         f"| {T('1910.13461')} | [arXiv](https://arxiv.org/pdf/1910.13461) |", "",
         "### `Slovo.MLM`", "",
         f"Маскирование по статье [{T('2010.06040')}](https://openreview.net/forum?id={OR('2010.06040')}).",
         "Обычный BERT-режим включается опцией `strategy: :random`.", "",
         "```elixir", "Slovo.MLM.mask(batch, strategy: :fully_explored, rate: 0.15)", "```", "",
         "## Совместимость и анализ", "{: .col-2}", "",
         "### `Slovo.HF`", "",
         f"Загрузка весов в формате из статьи {T('1910.03771')}; сами веса берите с Hugging Face Hub.", "",
         "### `Slovo.Attention.Norms`", "",
         f"Анализ внимания через нормы векторов: {T('2004.10102')} (EMNLP 2020).", "",
         "### `Slovo.GPT2`", "",
         f"Токенизатор и декодер как в {GPT2} (OpenAI, 2019, технический отчёт).", "",
         "## Дальнейшее чтение", "",
         "- Курс Stanford CS224N (видео лекций)",
         "- Книга Jurafsky & Martin, Speech and Language Processing, 3-е изд. (черновик)",
         "- Документация Nx и Bumblebee на hexdocs.pm", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
