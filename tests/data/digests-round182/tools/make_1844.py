#!/usr/bin/env python3
"""1844: a thread of the Ru.Board forum (forum.ru-board.com) copied from the browser, Russian: the forum head, the
breadcrumb ending with the thread's title, the moderator line, the thread tools, posts of «nick» / rank / «Редактировать
| Профиль | Сообщение | Цитировать | Сообщить модератору» / text / «Всего записей: N | Зарегистр. дд-мм-гггг |
Отправлено: чч:мм дд-мм-гггг», quotes «Цитата:» with the quoted lines, the page list and the reply link. The thread,
the nicks, the counts and the dates are invented; the Russian edition of «Deep Learning» (ДМК Пресс), Lilian Weng's
blog post «What are Diffusion Models?», the diffusers library, the AUTOMATIC1111 web UI, the CelebA data and
Kandinsky (a model) appear as what they are. Computed: the post dates (increasing, asserted), each user's post count
growing and registration date fixed, registration before posting (asserted), every quote taken from an earlier post
(asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1844)
D = dt.datetime
TITLE = "Генеративные модели: что читать по теории (GAN, диффузия)"
USERS = {"Mefodiy": ("Advanced Member", 4817, dt.date(2006, 11, 3)),
         "kvant_47": ("Member", 212, dt.date(2015, 5, 19)),
         "Ольга_Р": ("Junior Member", 38, dt.date(2021, 9, 8)),
         "zloy_gradient": ("Full Member", 960, dt.date(2012, 2, 27))}
POSTS = [
    ("kvant_47", D(2025, 3, 3, 19, 42), None,
     "Всем привет. Хочу разобраться в генеративных моделях не на уровне «поставил WebUI», а по статьям.\n"
     "С чего начать? Книгу Гудфеллоу («Глубокое обучение», ДМК Пресс) читал, там про GAN одна глава."),
    ("Mefodiy", D(2025, 3, 3, 20, 15), None,
     f"Начинать с первоисточника: {T('1406.2661')}\nhttps://arxiv.org/abs/1406.2661\n"
     "Там всё на двух страницах, остальное – приложения. Потом сразу диффузия, GAN сейчас мало кто учит."),
    ("zloy_gradient", D(2025, 3, 4, 9, 3), "Потом сразу диффузия, GAN сейчас мало кто учит.",
     f"Не соглашусь. GAN – это игра, и эта идея никуда не делась. Даже PCA переформулировали как игру: {T('2010.00554')}.\n"
     f"А к диффузии лучше идти через score matching: {T('1907.05600')}, http://arxiv.org/abs/1907.05600v3"),
    ("Ольга_Р", D(2025, 3, 4, 13, 27), None,
     "У Lilian Weng есть пост «What are Diffusion Models?» – по нему проще всего. Документация diffusers тоже неплохая.\n"
     f"Ещё из латентных: {T('2106.05931')} (arXiv:2106.05931)."),
    ("kvant_47", D(2025, 3, 5, 22, 10), None,
     f"Спасибо! А как устроены текст-в-картинку? Читал {T('2204.06125')} (https://arxiv.org/pdf/2204.06125.pdf), "
     "но там CLIP-эмбеддинги и я поплыл."),
    ("Mefodiy", D(2025, 3, 6, 8, 55), "А как устроены текст-в-картинку?",
     f"Из свежего – {T('2403.03206')}, arxiv.org/abs/2403.03206. Там rectified flow вместо обычной диффузии.\n"
     f"Если интересно 3D из одной картинки – {T('2303.11328')}."),
    ("zloy_gradient", D(2025, 3, 6, 11, 40), None,
     "Kandinsky, кстати, устроен похоже. Для практики берите CelebA, на нём всё быстро учится."),
    ("Ольга_Р", D(2025, 3, 7, 16, 2), None,
     f"Оффтоп, но про генерацию текста обязательно: {T('1904.09751')} – почему жадный поиск даёт повторы."),
]
prev, count, out, bodies = None, {}, [], []
out += ["Компьютерный форум Ru.Board", f"Ru.Board » Общие » Наука и образование » {TITLE}", "",
        "Модерирует : Mefodiy", "", "Версия для печати • ON/OFF подписку на тему • Ответ на тему", ""]
for nick, d, quote, text in POSTS:
    assert prev is None or d > prev; prev = d
    rank, n0, reg = USERS[nick]
    assert reg < d.date()
    count[nick] = count.get(nick, n0) + 1
    body = text
    if quote:
        assert any(quote in b for b in bodies), quote
        body = f"Цитата:\n{quote}\n\n" + text
    out += [nick, rank, "Редактировать | Профиль | Сообщение | Цитировать | Сообщить модератору", body,
            f"Всего записей: {count[nick]} | Зарегистр. {reg:%d-%m-%Y} | Отправлено: {d:%H:%M %d-%m-%Y}", ""]
    bodies.append(text)
out += ["Страницы: 1", "", "Ответ на тему", ""]
write_only(F, "\n".join(out), keys(F))
