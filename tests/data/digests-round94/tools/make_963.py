#!/usr/bin/env python3
"""963: a linux.org.ru topic page (Форум — Talks) selected and copied as text: the site menu one item a line, the
section line, the title, the message, the tag line, the signature `nick ★★★ (DD.MM.YY HH:MM:SS MSK)` (stars by
score, none for anonymous), `Ответить на это сообщение` / `Показать ответы` / `Ссылка`; then the comments: a reply to a
comment opens with `Ответ на: комментарий от nick DD.MM.YY HH:MM:SS MSK` (the time of that comment), top-level
comments with none; text (quotes typed as `>` lines, URLs as written), an optional `Последнее исправление: nick
DD.MM.YY HH:MM:SS MSK (всего исправлений: N)`, the signature, `Ответить на это сообщение` / `Ссылка`; the similar
topics block and the footer. Russian. Papers: two arXiv URLs, one OpenReview URL, two arXiv ids as text, three titles
only. AutoGPT and LangChain, Lilian Weng's agents post and the Letta docs are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(963)
K = dict(genagents="2304.03442", memgpt="2310.08560", swebench="2310.06770", reflexion="2303.11366",
         selfrag="2310.11511", toolformer="2302.04761", realm="2002.08909", voyager="2305.16291")
STARS = {"kvant_ogurets": "★★★", "morzh_v_tapkah": "★★★★★", "lyagushka_ml": "★★", "sinij_kit": "★★★★", "tryokhglaz": "★★★",
         "grebeshok": "★★★★", "anonymous": ""}
TITLE = "LLM-агенты: что почитать, кроме маркетинга?"
MENU = ["LINUX.ORG.RU", "Новости", "Галерея", "Статьи", "Форум", "Трекер", "Поиск", "Регистрация", "Вход"]


def sig(nick, when):
    st = STARS[nick]
    return f"{nick} {st} ({when} MSK)" if st else f"{nick} ({when} MSK)"


topic_when = "12.03.24 21:05:33"
topic = [
    "Коллеги, на работе внезапно захотели «агентов» (да, тех самых). Чтобы не спорить на уровне презентаций,",
    "хочу почитать нормальные статьи, а не посты из телеги. Что уже нашёл:",
    "",
    "1) " + T(K["genagents"]) + " — https://arxiv.org/abs/2304.03442",
    "   Та самая деревня из 25 персонажей. Интересна архитектура памяти: наблюдения → рефлексия → планы.",
    "2) " + T(K["voyager"]) + " — которое само играет в майнкрафт и копит библиотеку навыков в виде кода.",
    "",
    "Что ещё стоит прочитать про инструменты, память и проверку результата? Интересует именно",
    "то, что можно воспроизвести, а не демо.",
]
comments = [
    # (nick, when, reply_to (nick, when) or None, lines, edit)
    ("anonymous", "12.03.24 21:11:02", None, ["Исходники AutoGPT почитай, там всё честно: while True и молитва."], None),
    ("morzh_v_tapkah", "12.03.24 21:24:47", None, [
        "Если по инструментам, то начни с классики:",
        "«" + T(K["toolformer"]).replace("Teach Themselves", "Teach  Themselves") + "» — модель сама размечает, где вызвать",
        "калькулятор или поиск, и дообучается на этом. Без всякого LangChain.",
        "",
        "А про поиск как часть модели — старый добрый",
        "«" + T(K["realm"]) + "». Ему четыре года, но идея ретривера,",
        "который учится вместе с LM, никуда не делась.",
    ], None),
    ("lyagushka_ml", "12.03.24 21:40:19", None, [
        "> Интересна архитектура памяти",
        "",
        "Тогда тебе " + T(K["memgpt"]) + ":",
        "https://arxiv.org/pdf/2310.08560.pdf",
        "Контекст как оперативка, внешняя база как диск, модель сама делает «подкачку» вызовами функций.",
        "Сейчас проект переименовали в Letta, у них есть доки, но доки — это не статья.",
    ], ("lyagushka_ml", "12.03.24 21:43:56", 1)),
    ("sinij_kit", "12.03.24 22:02:33", ("lyagushka_ml", "12.03.24 21:40:19"), [
        "Память — это хорошо, но агент, который не умеет признавать ошибки, бесполезен. Почитай",
        T(K["reflexion"]) + " (arXiv:2303.11366):",
        "после неудачной попытки модель пишет себе текстовый разбор полётов и кладёт его в память.",
    ], None),
    ("tryokhglaz", "12.03.24 22:15:08", None, [
        "Про «воспроизвести, а не демо»: есть бенчмарк, где агенту дают реальный issue из GitHub и ждут патч,",
        "который проходит тесты. " + T(K["swebench"]),
        "Рецензии с ICLR тоже полезно почитать: https://openreview.net/forum?id=" + OR(K["swebench"]),
        "Цифры там, мягко говоря, отрезвляют.",
    ], None),
    ("grebeshok", "12.03.24 22:31:51", ("morzh_v_tapkah", "12.03.24 21:24:47"), [
        "> А про поиск как часть модели",
        "",
        "Из свежего про RAG: " + T(K["selfrag"]),
        "(arXiv:2310.11511). Модель генерирует спецтокены «надо ли искать» и «подтверждается ли ответ",
        "найденным». Лучше, чем тупо совать top-5 кусков в промпт.",
    ], None),
    ("anonymous", "12.03.24 22:47:26", ("grebeshok", "12.03.24 22:31:51"), [
        "А обзор у Lilian Weng («LLM Powered Autonomous Agents») не подойдёт? Там всё по полочкам.",
    ], None),
    ("kvant_ogurets", "12.03.24 23:05:14", ("anonymous", "12.03.24 22:47:26"), [
        "Блог читал, хороший, но это всё же пост в блоге, мне нужны первоисточники. Всем спасибо,",
        "список собрал, в пятницу рассказываю своим. Про SWE-bench отдельное спасибо — как раз",
        "аргумент против «давайте всё отдадим агенту».",
    ], None),
]

lines = MENU + ["Форум — Talks", TITLE] + topic + ["llm, нейросети, машинное обучение",
                                                   sig("kvant_ogurets", topic_when),
                                                   "Ответить на это сообщение", "Показать ответы", "Ссылка", ""]
for nick, when, reply, body, edit in comments:
    if reply:
        lines.append(f"Ответ на: комментарий от {reply[0]} {reply[1]} MSK")
    lines += body
    if edit:
        lines.append(f"Последнее исправление: {edit[0]} {edit[1]} MSK (всего исправлений: {edit[2]})")
    lines += [sig(nick, when), "Ответить на это сообщение", "Ссылка", ""]
lines += [
    "Похожие темы",
    "Форум Нейросети в продакшене: кто чем пользуется? (2023)",
    "Форум Локальные LLM на домашнем железе (2024)",
    "Форум ChatGPT пишет код за меня, что делать? (2023)",
    "",
    "© 1998–2024 Linux.org.ru",
    "Правила форума · О сервере · Ссылки",
]
write_only(F, "\n".join(lines) + "\n", keys(F))
