#!/usr/bin/env python3
"""1226 (negative control): a Yandex Tracker queue exported to CSV (Kazakh content, Russian column names as the
interface writes them): a UTF-8 BOM, comma-separated, Python-csv-style minimal quoting (fields with commas, quotes or
line breaks quoted, quotes doubled), CRLF record ends, LF line breaks inside the multi-line descriptions. A Kazakh NLP
lab's work queue: installs, datasets, a library upgrade, a leaderboard submission, a conference deadline, a course, a
talk recording, a GPU server, a docs page, people, versions, dates and ids — no paper at all (the builder refuses any
catalogue title and anything arXiv-shaped)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1226

HEAD = ["Ключ", "Тип", "Задача", "Описание", "Статус", "Приоритет", "Исполнитель", "Автор", "Создана", "Обновлена", "Дедлайн", "Теги"]
A, B, S, D = "Айгерім Сейтқали", "Бауыржан Омаров", "Сәуле Жұмабекова", "Данияр Есенов"
rows = [
 ("MLKZ-31", "Задача", "GPU серверіне CUDA 12.1 және драйвер орнату", "gpu-02 серверінде драйвер 550.54.15 орнатылды.\nnvidia-smi бәрін көрсетеді, бірақ Docker образын (pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime) әлі тексеру керек.", "Закрыт", "Высокий", D, A, "2024-04-02 09:14:22", "2024-04-05 17:40:03", "2024-04-05", "инфрақұрылым"),
 ("MLKZ-32", "Задача", "KazNERD деректер жинағын жүктеу және бөлу", "Train/dev/test бөлуді сақтау, seed = 42.\nЛицензия: CC BY 4.0 — README-де көрсету.", "Закрыт", "Средний", S, A, "2024-04-03 11:02:51", "2024-04-12 15:26:18", "2024-04-12", "деректер,ner"),
 ("MLKZ-33", "Задача", "transformers кітапханасын 4.40.2 нұсқасына жаңарту", "Ескі 4.36.0 нұсқасында Llama 3 токенизаторы жоқ.\nrequirements.txt және Dockerfile жаңарту; CI (GitLab, pipeline #1874) жасыл болуы керек.", "В работе", "Средний", B, D, "2024-04-18 10:45:09", "2024-05-13 12:01:44", "2024-05-17", "кітапхана"),
 ("MLKZ-34", "Задача", "Common Voice (kk) 17.0 нұсқасымен ASR бағалау", "WER есептеу: jiwer 3.0.4.\nНәтижелерді ортақ кестеге («ASR нәтижелері, 2024») қосу.", "Открыт", "Средний", S, B, "2024-04-22 14:30:00", "2024-04-22 14:30:00", "2024-05-31", "деректер,asr"),
 ("MLKZ-35", "Задача", "Open LLM Leaderboard-қа қазақша моделді жіберу", "Модель: lab-kz/qazaq-llama-8b-instruct (ішкі атау).\nЛидербордтағы нәтижені скриншотпен осы тапсырмаға тіркеу.", "Открыт", "Низкий", B, A, "2024-04-25 09:08:37", "2024-05-02 18:12:55", "", "бағалау"),
 ("MLKZ-36", "Задача", "EMNLP 2024 — мақаланың жобасын дайындау", "ARR маусым циклы: дедлайн 15.06.2024 (AoE).\nШаблон: ACL style files (Overleaf). Авторлар тізімі мен ORCID (0000-0002-7741-3390) тексеру.", "В работе", "Критический", A, A, "2024-05-02 16:55:10", "2024-05-14 09:31:27", "2024-06-15", "мақала,дедлайн"),
 ("MLKZ-37", "Задача", "Stepik курсын аяқтау: «Python для анализа данных»", "Жаңа магистранттар үшін міндетті, 7-модульге дейін.\nСертификатты осы тапсырмаға тіркеңіз.", "Открыт", "Низкий", D, A, "2024-05-03 10:00:00", "2024-05-03 10:00:00", "2024-05-24", "оқу"),
 ("MLKZ-38", "Задача", "DataFest Алматы баяндамасының жазбасын көру", "YouTube: https://www.youtube.com/watch?v=Qz7rTn2kLmE\nТақырыбы: қазақ тіліне арналған токенизация (слайдтар Google Drive-та).", "Открыт", "Низкий", S, B, "2024-05-06 13:21:45", "2024-05-06 13:21:45", "", "баяндама"),
 ("MLKZ-39", "Ошибка", "Токенизатор «ә», «ұ», «ү» әріптерін бөліп жібереді", "sentencepiece 0.2.0, vocab_size = 32000.\nҚайталау: python tools/check_tok.py --lang kk\nКүтілетін нәтиже: әр әріп бір токен.", "В работе", "Высокий", B, S, "2024-05-08 17:03:12", "2024-05-14 11:47:30", "2024-05-20", "токенизатор,bug"),
 ("MLKZ-40", "Задача", "vLLM құжаттамасын оқып, inference серверін көтеру", "Құжаттама: https://docs.vllm.ai/en/latest/\nПорт 8000, тек ішкі желіде.", "Открыт", "Средний", D, B, "2024-05-10 09:40:06", "2024-05-10 09:40:06", "2024-05-28", "инфрақұрылым"),
 ("MLKZ-41", "Задача", "Зертхана семинары: 23 мамыр, 15:00, 312-аудитория", "Баяндамашы: Сәуле (ASR нәтижелері).\nZoom сілтемесі күнтізбеде.", "Открыт", "Средний", S, A, "2024-05-14 10:21:07", "2024-05-14 10:21:07", "2024-05-23", "семинар"),
]
buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for r in rows:
    w.writerow(r)
write(F1226, "\ufeff" + buf.getvalue(), negative=True)
