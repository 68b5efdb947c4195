#!/usr/bin/env python3
"""1404: a thread page of an imageboard in the 2ch.hk (Двач) style — board /ai/, a local-LLM thread — selected in the
browser and copied as text: board header and navigation, each post as `Аноним DD/MM/YY Ддд HH:MM:SS №NNNNNNNNN N`
(OP marked), attachment lines, the text with `>>N` replies and `>` greentext quotes, the post's `Ответы:` line, the
bottom navigation. Post numbers grow, the in-thread counter is consecutive, replies point to earlier posts."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(1404)
WD = ["Пнд", "Втр", "Срд", "Чтв", "Птн", "Суб", "Вск"]
OPN = 702114560
# (minutes after OP, number offset, attachment, text) — text may hold {n:k} = number of post k (1-based)
POSTS = [
 (0, 0, "llama_tred_47.png 312Кб, 1024x1024",
  "Локальные языковые модели (LLM): LLaMA, Mistral, Command-R и прочие №47 /llama/\n\n"
  "В этом треде обсуждаем генерацию историй и просто общение с большими языковыми моделями, запущенными локально.\n\n"
  "Вики треда: https://llama-tred.example.org/wiki/ (гайды по запуску, квантам, семплерам)\n"
  "Установка и запуск: koboldcpp, text-generation-webui, llama.cpp — ссылки в вики.\n"
  "Дообучение (LoRA/QLoRA) — раздел «Тренировка» в вики, там же список статей.\n\n"
  "Прошлый тред: >>701887340 (OP)"),
 (14, 9, "", ">>{n:1} (OP)\nПерекат, наконец-то. Кто-нибудь тренил лору на 7B на одной 3060? Сколько часов на 10к примеров?"),
 (19, 17, "", ">>{n:2}\n5-6 часов с QLoRA, rank 16. Только не ставь rank 256, как советуют на ютубе."),
 (31, 40, "", ">>{n:3}\nА зачем вообще ранг руками подбирать, есть же " + T("2303.10512") + "\nhttps://arxiv.org/abs/2303.10512\nбюджет параметров сам перераспределяется по слоям."),
 (33, 44, "", ">>{n:4}\n>сам перераспределяется\nНа практике в peft оно работает медленнее и профит в пределах погрешности. Проверял на Mistral."),
 (52, 71, "screenshot_2024-03-20.png 88Кб, 1200x640",
  "Анон, вот тут нормально разобрано, почему все эти адаптеры по сути одно и то же: " + T("2110.04366") +
  "\nhttps://openreview.net/forum?id=" + OR("2110.04366") + "\nПрефикс, адаптеры и лора в одной формуле, на скрине таблица."),
 (58, 80, "", ">>{n:6}\nА самый тупой вариант — учить только bias. " + T("2106.10199") + ", arXiv:2106.10199\nДля классификации работает, для чата не пробовал."),
 (71, 97, "", ">>{n:7}\nДля чата не работает, проверено. И (IA)³ туда же, хотя в " + T("2205.05638") + " (это T-Few) цифры красивые."),
 (95, 133, "", "Почему у меня контекст 32к, а модель после 8к несёт бред? rope_freq_base ставил как в гайде."),
 (99, 139, "", ">>{n:9}\nПотому что модель училась на 8к, а растяжение ропа — костыль. Почитай хотя бы про " + T("1901.02860") +
  " https://arxiv.org/abs/1901.02860 — старьё, но понятно, откуда вообще растут проблемы с длинным контекстом."),
 (126, 174, "", "Есть локальные мультимодалки, чтобы скармливать картинки? LLaVA пробовал, хочу что-то пошустрее."),
 (130, 181, "", ">>{n:11}\nПосмотри на BLIP-2, " + T("2301.12597") + "\nhttps://arxiv.org/abs/2301.12597\nQ-Former маленький, можно прикрутить к любой замороженной LLM."),
 (151, 210, "render_chair.webm 1,2Мб, 512x512, 00:00:04",
  "Оффтоп, но может кто знает: есть локальное что-то, чтобы из одной картинки делать 3D-модель? Нашёл " + T("2303.11328") + ", код вроде есть."),
 (153, 213, "", ">>{n:13}\nЭто не сюда, иди в /3d/ или в тред про Stable Diffusion."),
 (188, 262, "", "Ваши бенчмарки ничего не значат, модели учат под тест. Почитайте " + T("2004.07780") + ", там всё про это написано ещё в 2020.\n>>{n:1} (OP)\nОП, добавь в шапку."),
 (192, 270, "", ">>{n:15}\n>учат под тест\nДа, поэтому смотри арену и свои задачи, а не циферки на HF."),
]
t0 = dt.datetime(2024, 3, 20, 18, 47, 3)
nums = [OPN + off for _, off, _, _ in POSTS]
replies = {i: [] for i in range(len(POSTS))}
texts = []
import re
for i, (_, _, _, txt) in enumerate(POSTS):
    def rep(m):
        k = int(m.group(1)) - 1
        replies[k].append(i)
        return str(nums[k])
    texts.append(re.sub(r"\{n:(\d+)\}", rep, txt))
out = ["/ai/ - Искусственный интеллект", "", "Каталог | Архив | Настройки | Главная", "",
       "Ответ в тред Назад Вниз Обновить тред Автообновление", ""]
for i, (mins, off, att, _) in enumerate(POSTS):
    t = t0 + dt.timedelta(minutes=mins, seconds=(off * 7) % 60)
    head = f"Аноним {t:%d/%m/%y} {WD[t.weekday()]} {t:%H:%M:%S} №{nums[i]} {i + 1}"
    out.append(head)
    if att: out.append(att)
    out.append(texts[i])
    if replies[i]:
        out.append("Ответы: " + " ".join(f">>{nums[j]}" for j in sorted(set(replies[i]))))
    out.append("")
out += ["Назад Вверх Обновить тред Автообновление",
        f"{len(POSTS)} / {sum(1 for p in POSTS if p[2])} / 11", "", "Ответ в тред Назад Вверх Обновить тред Автообновление"]
TXT = "\n".join(out) + "\n"
write_only(F, TXT, keys(F))
