#!/usr/bin/env python3
"""428: an aria2c input file (`aria2c -i`) kept by a Russian-speaking PhD student to pull the PDFs of an LLM
reading seminar onto a laptop: comment lines in Russian, one URI per line (mirrors separated by a TAB), the
per-download options on the following lines indented by a space (dir, out, split, max-connection-per-server,
checksum, allow-overwrite), as aria2's manual describes. Papers: arxiv.org pdf URLs (link), an OpenReview pdf URL
(link), a PDF from the seminar's mirror whose path holds the arXiv id (arxiv-text), the title only — in `out=`
(file names keep the title, one in lower case) and in the comments, downloads from the ACL Anthology or the mirror
without ids (title-only). Not papers: the seminar's slides, a course page, the llama repository archive, a
tokenizer file, the Llama 2 responsible-use guide, GPTQ-for-LLaMa (a repository name), a Habr post."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F428, keys

M = "https://mirror.nlp-seminar.example.ru/papers"
D = "/home/asorokina/seminar-llm/papers"
text = f"""# Семинар «Большие языковые модели», весна 2024 — PDF для чтения офлайн.
# Запуск: aria2c -i seminar.aria2 -j 4 --auto-file-renaming=false --conditional-get=true
# Формат: строка с URI (зеркала через TAB), ниже — опции загрузки, каждая с пробелом в начале строки.
# Имена файлов = полные названия статей, чтобы в Zotero потом не переименовывать руками.
# Зеркало семинара (mirror.nlp-seminar...) работает только из сети кафедры или через VPN.

# ---- Неделя 1. Масштабирование и few-shot ----
https://arxiv.org/pdf/2005.14165v4
 dir={D}/01-scaling
 out={T('2005.14165')}.pdf
 split=4
 max-connection-per-server=4
# PaLM: на arXiv 80+ страниц, берём с зеркала (там уже сжатая версия без приложений с примерами).
{M}/scaling/palm-jmlr-compressed.pdf
 dir={D}/01-scaling
 out={T('2204.02311')}.pdf
 checksum=sha-256=3f1c9a0d52e4b7a8c6d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0
# Слайды вводной лекции (не статья)
https://courses.example.edu/llm-seminar/2024/slides/week01-intro.pdf
 dir={D}/01-scaling
 out=week01-intro-slides.pdf

# ---- Неделя 2. Открытые модели ----
https://arxiv.org/pdf/2302.13971.pdf
 dir={D}/02-open-models
 out={T('2302.13971')}.pdf
{M}/arxiv/2205.01068v4.pdf
 dir={D}/02-open-models
 out={T('2205.01068')}.pdf
# Llama 2 — 77 страниц; версия с сайта Meta лежит у нас на зеркале, arXiv-версию не качаем.
{M}/open-models/llama2-paper.pdf\t{M}/backup/open-models/llama2-paper.pdf
 dir={D}/02-open-models
 out={T('2307.09288').lower()}.pdf
# Не статья: гайд по ответственному использованию (просил Игорь для обсуждения лицензии).
{M}/open-models/llama2-responsible-use-guide.pdf
 dir={D}/02-open-models/extra
 out=Llama 2 Responsible Use Guide.pdf
https://github.com/facebookresearch/llama/archive/refs/heads/main.zip
 dir={D}/02-open-models/extra
 out=llama-repo-main.zip
 allow-overwrite=true

# ---- Неделя 3. Обучение и квантизация ----
# Mixed precision — берём версию с OpenReview (ICLR 2018), она короче.
https://openreview.net/pdf?id=r1gs9JgRZ
 dir={D}/03-efficiency
 out={T('1710.03740')}.pdf
https://arxiv.org/pdf/2210.17323v2.pdf
 dir={D}/03-efficiency
 out={T('2210.17323')}.pdf
# Код смотрим в репозитории GPTQ-for-LLaMa, отдельно не качаем.
{M}/efficiency/tokenizer.model
 dir={D}/03-efficiency/llama-tokenizer
 out=tokenizer.model

# ---- Неделя 4. Промпты и длинный контекст ----
# {T('2101.00190')} — ACL 2021, берём из Anthology.
https://aclanthology.org/2021.acl-long.353.pdf
 dir={D}/04-prompts-context
 out=Li, Liang - 2021 - {T('2101.00190')}.pdf
{M}/arxiv/2306.15595v2.pdf
 dir={D}/04-prompts-context
 out={T('2306.15595')}.pdf
# «{T('2307.03172')}» — журнальная версия (TACL), на зеркале.
{M}/context/lost-in-the-middle-tacl.pdf
 dir={D}/04-prompts-context
 out={T('2307.03172')}.pdf
# Пост на Хабре про RoPE scaling — сохраняем как HTML, это не статья.
https://habr.example.com/ru/articles/rope-scaling-obzor/
 dir={D}/04-prompts-context/extra
 out=habr-rope-scaling.html
"""
write_only(F428, text, keys(F428))
