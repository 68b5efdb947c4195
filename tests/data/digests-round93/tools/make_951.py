#!/usr/bin/env python3
"""951: Taiga's user-story CSV export (`/api/v1/userstories/csv?uuid=…`, saved as `userstories.csv`) of a Russian
computer-vision team's project «Контроль дефектов», whose backlog holds a literature epic: the columns of Taiga's
`userstories_to_csv` (id … swimlane, one `<role slug>-points` column per computable role sorted by slug, total-points,
orders, dates as Python prints them, requirements, attachments count, generated-from, external reference, tasks,
tags, watchers, voters, due date, epics, then the project's custom attributes «Статья» and «Конференция»); Python's
csv module (excel dialect: CRLF rows, minimal quoting, embedded LF inside quotes, True/False, None as empty); UTF-8
without BOM. The timm documentation, a YouTube talk and the team's own benchmark are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(951)
K = dict(swin="2103.14030", convnext="2201.03545", ddetr="2010.04159", vit="2010.11929", svit="2106.04560",
         robust="2103.14586", copypaste="2012.07177", cotr="2103.14167")
HEAD = ["id", "ref", "subject", "description", "sprint_id", "sprint", "sprint_estimated_start", "sprint_estimated_finish",
        "owner", "owner_full_name", "assigned_to", "assigned_to_full_name", "assigned_users", "assigned_users_full_name",
        "status", "is_closed", "swimlane", "back-points", "design-points", "front-points", "ml-points", "total-points",
        "backlog_order", "sprint_order", "kanban_order", "created_date", "modified_date", "finish_date",
        "client_requirement", "team_requirement", "attachments", "generated_from_issue", "generated_from_task",
        "from_task_ref", "external_reference", "tasks", "tags", "watchers", "voters", "due_date", "due_date_reason",
        "epics", "Статья", "Конференция"]
USERS = {"a.smirnova": "Анна Смирнова", "d.volkov": "Дмитрий Волков", "i.petrov": "Игорь Петров",
         "e.kuznetsova": "Елена Кузнецова", "m.sokolov": "Максим Соколов"}
SPRINTS = {41: ("Спринт 11", "2024-02-19", "2024-03-01"), 44: ("Спринт 12", "2024-03-04", "2024-03-15")}
CLOSED = {"Новая": False, "Готова к работе": False, "В работе": False, "На ревью": False, "Готово": True, "Архив": True}
EPIC = "#3 Обзор литературы: бэкбон и детектор"


def story(id_, ref, subject, desc, sprint, owner, assigned, status, pts, orders, created, modified, finished, attach,
          tasks, tags, watchers, voters, paper="", conf="", due="", team=False):
    s = SPRINTS.get(sprint, ("", "", ""))
    ml, back = pts
    total = (ml or 0) + (back or 0)
    row = [id_, ref, subject, desc, sprint or "", s[0], s[1], s[2], owner, USERS[owner], assigned or "",
           USERS.get(assigned, ""), assigned or "", USERS.get(assigned, ""), status, CLOSED[status], "",
           back if back is not None else "", "", "", ml if ml is not None else "", float(total) if total else "",
           orders[0], orders[1], orders[2], created, modified, finished, False, team, attach, "", "", "", "",
           ",".join(str(t) for t in tasks), ",".join(tags), str(watchers), voters, due, "", EPIC, paper, conf]
    assert CLOSED[status] == bool(finished)
    return row


rows = [
    story(1391, 58, "Свой бенчмарк: Swin-T / ConvNeXt-T на снимках с линии 2",
          "Не статья — наша задача. Прогнать обе модели из timm (документация: https://huggingface.co/docs/timm) "
          "на выборке из 4 000 снимков, замерить mAP и латентность на Jetson.\n\n- [ ] выгрузка данных\n- [ ] конфиги",
          44, "d.volkov", "i.petrov", "В работе", (5.0, 3.0), (1709543012, 2, 1709543012), "2024-03-04 08:41:52.107316+00:00",
          "2024-03-06 14:02:19.554021+00:00", "", 0, [61, 62], ["бенчмарк"], [2, 5], 0, due="2024-03-15"),
    story(1388, 55, T(K["cotr"]),
          "Матчинг соответствий трансформером — для совмещения снимков до и после ремонта ленты. Авторы из Google / UBC, "
          "ICCV 2021. PDF приложен (ссылку на препринт не нашёл, положил файл).",
          44, "m.sokolov", "m.sokolov", "Готова к работе", (2.0, None), (1709280551, 6, 1709280551),
          "2024-03-01 08:09:11.340188+00:00", "2024-03-04 07:55:02.118734+00:00", "", 1, [], ["литература", "matching"],
          [5], 1, conf="ICCV 2021"),
    story(1385, 52, "Прочитать: " + T(K["copypaste"]),
          "Простая аугментация для сегментации экземпляров: вырезаем объекты с одного снимка и вставляем на другой. "
          "Для нас — способ размножить редкие дефекты (прожоги, надрывы).\n\nВопрос к обсуждению: нужен ли blending, или "
          "авторы правы, что и без него работает?",
          44, "e.kuznetsova", "e.kuznetsova", "На ревью", (2.0, None), (1709195203, 5, 1709195203),
          "2024-02-29 08:26:43.771029+00:00", "2024-03-05 16:30:27.902214+00:00", "", 0, [59], ["литература", "аугментации"],
          [4, 2], 2, conf="CVPR 2021"),
    story(1379, 47, T(K["ddetr"]),
          "Основной кандидат на детектор. Deformable attention: каждая query смотрит на несколько точек вокруг reference "
          "point, поэтому сходимость в ~10 раз быстрее DETR и лучше на мелких объектах — а дефекты у нас мелкие.\n\n"
          "Код: https://github.com/fundamentalvision/Deformable-DETR",
          44, "i.petrov", "i.petrov", "В работе", (3.0, 2.0), (1708941930, 3, 1708941930), "2024-02-26 09:52:10.025517+00:00",
          "2024-03-05 10:11:48.640032+00:00", "", 0, [57, 58], ["литература", "детекция"], [3, 2, 1], 3,
          paper="https://arxiv.org/abs/2010.04159", conf="ICLR 2021"),
    story(1372, 43, "Доклад: «ViT vs CNN на производстве» (YouTube, митап)",
          "Видео, не статья. Смотрим всей командой в пятницу, 30 минут.", 41, "a.smirnova", "", "Готово", (None, None),
          (1708508466, 9, 1708508466), "2024-02-21 09:41:06.480662+00:00", "2024-02-22 15:12:40.019345+00:00",
          "2024-02-22 15:12:40.011870+00:00", 0, [], ["видео"], [1], 0),
    story(1369, 40, T(K["robust"]),
          "Насколько ViT устойчивы к шуму, перекрытиям и adversarial-возмущениям по сравнению с ResNet. Важно для камер "
          "с запылённой оптикой. Читает Анна, потом короткий пересказ на стендапе.",
          41, "a.smirnova", "a.smirnova", "Готово", (1.0, None), (1708335114, 7, 1708335114),
          "2024-02-19 09:31:54.205911+00:00", "2024-02-28 17:45:03.318207+00:00", "2024-02-28 17:45:03.309415+00:00", 0,
          [], ["литература", "устойчивость"], [1, 3], 1, conf="ICCV 2021"),
    story(1366, 37, "Прочитать: " + T(K["svit"]),
          "Законы масштабирования для ViT (arXiv:2106.04560): как качество зависит от размера модели, данных и "
          "вычислений. Нужна нам для аргумента «берём маленькую модель, но больше предобучения».",
          41, "d.volkov", "d.volkov", "Готово", (2.0, None), (1708334406, 6, 1708334406), "2024-02-19 09:20:06.671245+00:00",
          "2024-02-27 12:03:55.402180+00:00", "2024-02-27 12:03:55.395022+00:00", 0, [], ["литература", "масштабирование"],
          [2], 0),
    story(1360, 33, T(K["convnext"]),
          "«Модернизированный» ResNet, который догоняет Swin при той же вычислительной стоимости. PDF: "
          "https://arxiv.org/pdf/2201.03545.pdf\n\nВывод после чтения: для Jetson ConvNeXt-T проще (нет window attention).",
          41, "i.petrov", "i.petrov", "Готово", (2.0, None), (1708072818, 4, 1708072818), "2024-02-16 08:40:18.914355+00:00",
          "2024-02-26 11:27:31.064920+00:00", "2024-02-26 11:27:31.057701+00:00", 0, [], ["литература", "бэкбон"],
          [3, 2], 2, conf="CVPR 2022"),
    story(1357, 31, T(K["swin"]),
          "Иерархический трансформер со сдвигаемыми окнами; де-факто стандартный бэкбон для детекции в 2021–2022. "
          "Смотрим раздел 3.2 (shifted window) и таблицу с COCO.",
          41, "m.sokolov", "m.sokolov", "Готово", (2.0, None), (1708071540, 2, 1708071540), "2024-02-16 08:19:00.358627+00:00",
          "2024-02-23 16:58:12.772381+00:00", "2024-02-23 16:58:12.764019+00:00", 0, [], ["литература", "бэкбон"],
          [5, 3], 3, paper="https://arxiv.org/abs/2103.14030", conf="ICCV 2021"),
    story(1354, 29, T(K["vit"]),
          "С чего всё началось. Читаем как базу перед Swin. Ревью на OpenReview полезно почитать целиком.",
          41, "a.smirnova", "e.kuznetsova", "Готово", (1.0, None), (1708070702, 1, 1708070702),
          "2024-02-16 08:05:02.806514+00:00", "2024-02-21 13:40:44.190356+00:00", "2024-02-21 13:40:44.183110+00:00", 0, [],
          ["литература", "бэкбон"], [1, 4], 2, paper="https://openreview.net/forum?id=YicbFdNTTy", conf="ICLR 2021"),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
w.writerows(rows)
write_only(F, buf.getvalue(), keys(F))
