#!/usr/bin/env python3
"""1162: a МойОфис Таблица (MyOffice Spreadsheet) sheet "Чтение SSL" saved as CSV: UTF-8 with a BOM, CRLF row ends,
`;` as the separator (the Russian locale's list separator), fields quoted only when they must be (computed with the
csv module: a `;` or a quote inside, a comment with a line break), dates DD.MM.YYYY, a number column, a status column
from a drop-down list. Russian. Two rows are not papers (docs, a course)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1162, keys

HEAD = ["№", "Статья", "Ссылка", "Тема", "Докладчик", "Дата", "Статус", "Комментарий"]
rows = [
    [T("1911.05722"), "", "Контрастивное", "Ильин А.", "14.02.2024", "Прочитано",
     "MoCo v1. Очередь негативов + моментум-энкодер; ссылку не нашёл, PDF лежит в общей папке"],
    [T("2011.10566"), "https://arxiv.org/abs/2011.10566", "Без негативов", "Ильин А.", "14.02.2024", "Прочитано",
     "SimSiam: stop-gradient — это вся магия"],
    [T("2004.11362"), "", "Контрастивное", "Соколова Е.", "21.02.2024", "Прочитано",
     "SupCon; сравнить с обычной кросс-энтропией на наших данных"],
    [T("2011.04419"), "", "Контрастивное", "Соколова Е.", "21.02.2024", "В работе",
     "DACL — mixup вместо аугментаций; подходит для табличных данных?"],
    [T("2104.14294"), "https://arxiv.org/abs/2104.14294", "ViT + SSL", "Кузнецов Д.", "28.02.2024", "В работе",
     "DINO; посмотреть карты внимания (рис. 1)"],
    [T("2111.06377"), "https://arxiv.org/pdf/2111.06377.pdf", "ViT + SSL", "Кузнецов Д.", "28.02.2024", "Не начато",
     "MAE, маскируем 75% патчей;\nдекодер лёгкий — важно для нашего бюджета GPU"],
    ["Документация Lightly (SSL-библиотека)", "https://docs.lightly.ai/", "Инструменты", "Кузнецов Д.", "28.02.2024", "Не начато",
     "не статья, просто примеры кода"],
    [T("2010.02014"), "https://openreview.net/forum?id=zOGdf9K8aC", "Генеративное", "Морозова О.", "06.03.2024", "Не начато",
     "на OpenReview есть отзывы рецензентов — почитать их тоже"],
    [T("2106.07447"), "", "Речь", "Павлов И.", "13.03.2024", "Не начато",
     "HuBERT, arXiv:2106.07447; Игорь, возьми \"кластеры k-means\" на себя"],
    ["Курс «Self-Supervised Learning» (запись лекций)", "https://www.youtube.com/playlist?list=PLssl2024rus", "Инструменты",
     "Павлов И.", "13.03.2024", "Не начато", "видео, не статья"],
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
for i, r in enumerate(rows, 1):
    w.writerow([str(i)] + r)
text = "\ufeff" + buf.getvalue()
write_raw(F1162, text.encode("utf-8"), [text], keys(F1162))
