#!/usr/bin/env python3
"""724: one month of a LiveJournal exported with export.bml (format XML, encoding UTF-8, all fields): the
`<?xml version="1.0" encoding='utf-8'?>` line, `<livejournal>`, one `<entry>` per post with itemid, eventtime, logtime,
subject, event, security, allowmask, current_music, current_mood in that order, the post's HTML escaped inside
`<event>` (LJ tags `<lj-cut text="…">`, `<lj user="…">` included), newline-separated. A Russian lecturer's journal
for a deep learning course: reading lists from classics to systems."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F724, keys, CTC, BACKPROP, LENET

E = lambda s: html.escape(s, quote=False)


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" и др." if len(a) > n else "")


posts = [
 (1841, "2024-02-05 21:14:00", "2024-02-05 18:16:41", "Курс «Глубокое обучение», лекция 1: откуда всё взялось",
  f"""Вчера прочитал первую лекцию весеннего курса. Зал полный, человек сорок, плюс трансляция.
<lj-cut text="Список чтения к лекции 1">
Обязательное чтение (все три статьи есть в виде сканов в папке курса, ссылок на препринты нет — это классика до arXiv):
<ol>
<li><b>{E(T(BACKPROP))}</b> — {E(au(BACKPROP))} ({E("Nature, 1986")})</li>
<li><b>{E(T(LENET))}</b> — {E(au(LENET))} (Proceedings of the IEEE, 1998)</li>
<li><b>{E(T(CTC))}</b> — {E(au(CTC))} (ICML 2006)</li>
</ol>
Дополнительно: глава 6 учебника Гудфеллоу, Бенджио и Курвилля (книга, не статья) и конспект лекций прошлого года.
</lj-cut>
Спасибо <lj user="anna_sh"> за помощь с проектором и записью.""", "public", 0, "Колыбельная — Гия Канчели", "tired"),
 (1842, "2024-02-12 22:40:00", "2024-02-12 19:41:09", "Лекция 2: генерация текста и поиск",
  f"""Вторая лекция была про декодирование и про то, как языковая модель может сама «искать» сущности.
<lj-cut text="Что читать">
<ul>
<li>{E(T("1904.09751"))} — {E(au("1904.09751"))}, arXiv:1904.09751. Ядерное сэмплирование (top-p), очень понятные графики.</li>
<li>{E(T("2010.00904"))} — {E(au("2010.00904"))}. Авторегрессионное порождение имён сущностей вместо классификации; ссылку кину в чат курса.</li>
</ul>
Практика: ноутбук с жадным поиском, лучевым поиском и top-p на маленькой модели (репозиторий курса на GitLab, ветка <i>lecture02</i>).
</lj-cut>
Вопрос из зала, на который я не ответил: почему повторения возникают даже при большом лучевом поиске. Подумаю к следующему разу.""",
  "public", 0, "", "contemplative"),
 (1843, "2024-02-16 09:05:00", "2024-02-16 06:05:31", "(без темы)",
  """Напоминание себе: заказать аудиторию 512 на весь март, договориться с кафедрой о GPU-квоте для студентов (40 часов на группу).""",
  "private", 0, "", ""),
 (1844, "2024-02-19 21:55:00", "2024-02-19 18:57:12", "Лекция 3: как смотреть внутрь трансформера",
  f"""Третья лекция — про интерпретацию и визуализацию внимания.
<lj-cut text="Материалы">
Основная статья: <a href="https://arxiv.org/abs/2103.14625">{E(T("2103.14625"))}</a> ({E(au("2103.14625"))}). Демо работает прямо в браузере.
Для сравнения показывал BertViz (это библиотека, а не статья) и блог-пост «Анатомия внимания» из нашего семинара.
</lj-cut>
Студенты просили больше кода и меньше формул — учту.""", "usemask", 1, "", "amused"),
 (1845, "2024-02-26 23:10:00", "2024-02-26 20:12:55", "Лекция 4: большие модели на многих GPU и их обслуживание",
  f"""Самая «инженерная» лекция курса.
<lj-cut text="Список чтения к лекции 4">
<ol>
<li><a href="https://arxiv.org/abs/2006.16668">{E(T("2006.16668"))}</a> — {E(au("2006.16668"))}. Шардирование смеси экспертов на тысячи ускорителей.</li>
<li><a href="https://arxiv.org/pdf/2309.06180.pdf">{E(T("2309.06180"))}</a> — {E(au("2309.06180"))}. Страничная организация KV-кэша; на практике — vLLM (это уже программа, не статья).</li>
</ol>
Домашнее задание: замерить пропускную способность двух серверов инференса на модели 7B и объяснить разницу. Сдавать до 11 марта через LMS.
</lj-cut>
<lj user="dkolesov">, спасибо за слайды про коммуникации между узлами!""", "public", 0, "Radiohead — Everything In Its Right Place", "accomplished"),
]

out = ["<?xml version=\"1.0\" encoding='utf-8'?>", "<livejournal>"]
for itemid, ev_t, log_t, subj, event, sec, mask, music, mood in posts:
    out += ["<entry>", f"<itemid>{itemid}</itemid>", f"<eventtime>{ev_t}</eventtime>", f"<logtime>{log_t}</logtime>",
            f"<subject>{E(subj)}</subject>", f"<event>{E(event)}</event>", f"<security>{sec}</security>",
            f"<allowmask>{mask}</allowmask>", f"<current_music>{E(music)}</current_music>",
            f"<current_mood>{E(mood)}</current_mood>", "</entry>"]
out.append("</livejournal>")
text = "\n".join(out) + "\n"
write_only(F724, text, keys(F724), forms=[html.unescape(text)])
