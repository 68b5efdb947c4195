#!/usr/bin/env python3
"""943: a DOU.ua forum topic copied from the browser into a text file (Select All, Copy, Paste) by a Kyiv ML
engineer: the site's top menu one item a line, the search and login lines, the section `Форум`, the topic title, the
author's name and position (`ML Engineer в …`), the date `12 березня 2024, 21:05`, the views and comment counts, the
post, `Теги:` and the subscribe line, then `N коментарів` (Ukrainian plural), the sort switch, and the comments: name,
position line, `DD.MM.YYYY HH:MM`, text, a `+N` / `−N` rating and `Відповісти`; replies quote `Ім'я, ` first; the
footer last. The post names four papers (three arXiv URLs and one arXiv id as text), the comments four more (one arXiv
URL, three titles only); segment-anything.com's demo, the gaussian-splatting repository, CS231n, a podcast and a
Telegram channel are not papers; "ChatGPT" and "PaLM-E" are named only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(943)
K = dict(rt2="2307.15818", saycan="2204.01691", llava="2304.08485", gs="2308.04079", siglip="2303.15343",
         sam="2304.02643", align="2102.05918", dt="2106.01345")


def plural(n):
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} коментар"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} коментарі"
    return f"{n} коментарів"


post = [
    "Всім привіт! Ми з командою (робимо маніпулятор для складу, ROS 2 + камера над столом) зібрали список того, що "
    "варто прочитати про мультимодальні моделі та роботів, які «розуміють» інструкції. Ділюся — і дуже прошу доповнити.",
    "",
    "1. RT-2 — " + T(K["rt2"]),
    "https://arxiv.org/abs/2307.15818",
    "Модель бачить картинку і відразу видає дії робота як токени. Головне, що з вебданих переносяться «знання» про "
    "об'єкти, яких не було в робо-датасеті.",
    "",
    "2. SayCan — \"" + T(K["saycan"]) + "\"",
    "https://arxiv.org/pdf/2204.01691",
    "LLM пропонує кроки, а value function робота каже, що з цього реально виконати тут і зараз. Старіше за RT-2, але "
    "ідея досі в кожному другому пайплайні.",
    "",
    "3. LLaVA, стаття називається просто \"" + T(K["llava"]) + "\"",
    "https://arxiv.org/abs/2304.08485",
    "Ми її використовуємо як baseline для опису сцени. Дані для інструкцій згенеровані GPT-4 — це окрема тема для срачу 🙂",
    "",
    "4. SigLIP — " + T(K["siglip"]) + " (arXiv:2303.15343).",
    "Замість softmax по батчу — сигмоїда на кожну пару. Енкодер звідти стоїть у багатьох нових VLM.",
    "",
    "Що я свідомо не включав: PaLM-E (занадто великий, щоб щось відтворити), і все, що тільки в блогах без статті.",
    "Що ще варто додати? Особливо цікавить 3D і все, що стосується сегментації на льоту.",
]

comments = [
    ("Андрій Мельник", "Computer Vision Engineer в Pixelwerk Lviv",
     "12.03.2024 21:38", ["Дякую за список! Я б додав ALIGN:",
                          "\"" + T(K["align"]) + "\"",
                          "Це майже одночасно з CLIP, але на брудних alt-текстах без фільтрації. Для розуміння SigLIP корисно."], "+7"),
    ("Олена Ткаченко", "ML Engineer в Kyiv Robotics Lab", "12.03.2024 21:52",
     ["Андрій, додам у список, дякую. Дані там справді «як є», мільярд пар."], "+2"),
    ("Ігор Савчук", "Senior Software Engineer", "12.03.2024 22:10",
     ["Якщо 3D — то обов'язково " + T(K["gs"]),
      "https://arxiv.org/abs/2308.04079",
      "Код у репо graphdeco-inria/gaussian-splatting, на 4090 тренується хвилин за 30. Ми так сканували склад, вийшло "
      "краще за NeRF."], "+11"),
    ("Марія Бондар", "Research Engineer", "13.03.2024 08:45",
     ["Для сегментації на льоту — Segment Anything від Meta (Kirillov et al.). Статтю так і звуть:",
      "\"" + T(K["sam"]) + "\". Демо на segment-anything.com, але це не стаття, а просто сайт.",
      "Ми беремо SAM разом з детектором, маски для захвату виходять норм."], "+9"),
    ("Ігор Савчук", "Senior Software Engineer", "13.03.2024 09:02",
     ["Марія, а по швидкості як? На Jetson взагалі живе?"], "+1"),
    ("Марія Бондар", "Research Engineer", "13.03.2024 09:20",
     ["Ігор, оригінальний ViT-H ні. Беремо полегшені варіанти, але це вже не з цієї статті."], "+3"),
    ("anonymous_dev", "", "13.03.2024 10:14",
     ["А навіщо це все читати, якщо ChatGPT і так все перекаже?"], "−12"),
    ("Олена Ткаченко", "ML Engineer в Kyiv Robotics Lab", "13.03.2024 10:31",
     ["anonymous_dev, перекаже, але з помилками в рівняннях 🙂"], "+15"),
    ("Дмитро Коваль", "PhD student", "13.03.2024 12:47",
     ["Трохи вбік від VLM, але для роботів раджу",
      "\"" + T(K["dt"]).replace("Reinforcement Learning", "Reinforcement\nLearning") + "\"",
      "RL як моделювання послідовностей — добре лягає поруч з RT-2 (там теж дії як токени)."], "+6"),
    ("Катерина Лисенко", "Data Scientist", "13.03.2024 14:05",
     ["Для новачків у команді — спершу курс CS231n (лекції на YouTube), а вже потім ці статті. І подкаст "
      "The Robot Brains, там інтерв'ю з авторами RT-2."], "+4"),
    ("Андрій Мельник", "Computer Vision Engineer в Pixelwerk Lviv", "13.03.2024 16:22",
     ["Катерина, +1 за CS231n. Ще є телеграм-канал «Робототехніка UA», туди часто кидають такі статті."], "+2"),
    ("Олена Ткаченко", "ML Engineer в Kyiv Robotics Lab", "13.03.2024 18:40",
     ["Підсумок: додала ALIGN, Gaussian Splatting, SAM і Decision Transformer у перший пост нашого внутрішнього "
      "документа. Якщо буде reading club у Києві — напишу окремий топік. Дякую всім!"], "+5"),
]

lines = [
    "DOU", "Форум", "Стрічка", "Зарплати", "Робота", "Відгуки", "Календар", "Курси", "Пошук", "Увійти",
    "",
    "Форум",
    "Що почитати про мультимодальні моделі й роботів у 2024? Мій список + ваші доповнення",
    "Олена Ткаченко",
    "ML Engineer в Kyiv Robotics Lab",
    "12 березня 2024, 21:05",
    "3 418",
    plural(len(comments)),
    "",
] + post + [
    "",
    "Теги: machine learning, computer vision, robotics",
    "Підписатися на коментарі",
    "",
    plural(len(comments)),
    "Сортування: За датою · За рейтингом",
    "",
]
for name, pos, when, text, score in comments:
    lines += [name] + ([pos] if pos else []) + [when] + text + [score, "Відповісти", ""]
lines += [
    "Щоб залишити коментар, увійдіть або зареєструйтесь.",
    "",
    "© 2005–2024 DOU",
    "Про нас · Реклама · Правила · Контакти · Підписка на DOU",
]
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
