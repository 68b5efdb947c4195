#!/usr/bin/env python3
"""791: a Pug 3 template (`.pug`, formerly Jade) from a Ukrainian department's static course site (built with
pug-cli): `extends` / `block`, unbuffered code `- var …`, `mixin` definition and `+paper(…)` calls with JS string
arguments, tags with `.class` / `#id` shorthands and `(attr="…")` lists, `tag= expr`, piped text `| …`, inline tags
`#[em …]` / `#[a(href="…") …]`, `//-` silent and `//` HTML comments, `include`, `table` markup, two-space indentation.
A seminar page on vision classics, 3D rendering and continual learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(791)
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"
js = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
text = f"""extends ../../layouts/course.pug

//- Сторінка семінару 6. Збирається командою: npx pug src/seminars -o public/seminars --basedir src
//- Не редагуйте public/*.html вручну — перезапишеться під час збирання.

block vars
  - var title = "Семінар 6: від класичних згорткових мереж до 3D-сцен"
  - var updated = "2024-03-05"
  - var room = "ауд. 512, корпус 2"
  - var moodle = "https://moodle.example.edu.ua/course/view.php?id=1187"

mixin paper(title, authors, url, note)
  li.paper
    if url
      a.paper-title(href=url target="_blank" rel="noopener")= title
    else
      span.paper-title= title
    span.authors= " (" + authors + ")"
    if note
      p.note= note

block content
  header.page-header
    h1= title
    p.meta
      | Кафедра інтелектуальних систем · весняний семестр 2024 · ведуча:
      | к.т.н. Оксана Гребенюк · #{{room}}
    p.updated Оновлено: #{{updated}}

  section#goal
    h2 Мета заняття
    p.
      Простежити, як змінювалися архітектури згорткових мереж і прийоми їх навчання,
      а наприкінці — коротко подивитися на представлення 3D-сцен і безперервне навчання.
      Посилання, де є, ведуть на сторінки статей; якщо посилання немає, PDF лежить у
      спільній теці курсу (папка «06_класика», доступ через Moodle).

  section#required
    h2 Обов’язкове читання
    ol.papers
      li.paper
        em {ALEX}
        |  ({au(ALEX, 3)}).
        |  Переможець ILSVRC-2012: ReLU, dropout, навчання на двох GPU.
        p.note Чому від локальної нормалізації відповідей згодом відмовилися?
      +paper({js(T('1512.03385'))}, {js(au('1512.03385', 3))}, "https://arxiv.org/abs/1512.03385", "Залишкові з’єднання; таблиця 1 — на дошці.")
      li.paper
        | #[em {T('1502.01852')}]
        |  ({au('1502.01852', 3)}). Ініціалізація для ReLU-мереж і PReLU;
        |  порівняти з ініціалізацією з лекції 3.
      li.paper
        span.paper-title {T('1905.11946')}
        span.authors  ({au('1905.11946', 2)})
        p.note
          | Ідентифікатор: #[code arXiv:1905.11946]. Складене масштабування глибини,
          | ширини й роздільності (коефіцієнт φ).

  section#history
    h2 Історичний контекст (для охочих)
    p
      | Перед епохою ImageNet глибокі мережі навчали пошарово без учителя. Класична робота:
      | #[em {DBN}] ({au(DBN, 3)}).
      | Короткий переказ підготує Тарас (5 хв).

  section#beyond
    h2 Поза класифікацією
    ul.papers
      +paper({js(T('2308.04079'))}, {js(au('2308.04079', 3))}, "https://arxiv.org/abs/2308.04079", "Для групи з проєктом 3D-реконструкції; демо на лабораторному ноутбуці.")
      +paper({js(T('2103.14338'))}, {js(au('2103.14338', 3))}, null, "Тема курсової Марини, 10 хвилин наприкінці.")
      +paper({js(T('2103.09762'))}, {js(au('2103.09762', 3))}, "https://arxiv.org/pdf/2103.09762.pdf", "Проєкція градієнтів на ортогональне доповнення «пам’яті» попередніх задач.")

  section#not-papers
    h2 Не статті
    p.hint Не включайте ці матеріали до списку літератури реферату.
    table.resources
      thead
        tr
          th Тип
          th Назва
          th Примітка
      tbody
        tr
          td Репозиторій
          td: a(href="https://github.com/huggingface/pytorch-image-models") pytorch-image-models (timm)
          td готові ваги згорткових мереж
        tr
          td Набір даних
          td ImageNet-1k, CIFAR-100
          td на сервері кафедри, /data/vision
        tr
          td Курс
          td CS231n (конспекти)
          td розділи про CNN
        tr
          td Блог
          td: a(href="https://distill.pub/2017/feature-visualization/") Distill: Feature Visualization
          td ілюстрації фільтрів
        tr
          td Відео
          td Лекція про гаусів рендеринг сцен (запис 2023 р.)
          td: a(href=moodle) у Moodle

  section#task
    h2 Практичне завдання
    p
      | Донавчити дві мережі з обов’язкового списку (пункти 2 і 4) на CIFAR-100 з однаковим
      | бюджетом (30 епох). Звіт до #[strong 19 березня]; шаблон — #[a(href=moodle) у Moodle].
    // старий варіант завдання (2023) лишаємо в HTML-коментарі для асистентів
    //- include ../partials/task-2023.pug

  include ../partials/contacts.pug
"""
write_only(F, text, keys(F))
