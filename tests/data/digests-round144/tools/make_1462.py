#!/usr/bin/env python3
"""1462: the responses of a Russian reading group's survey on Testograf, exported as CSV for Excel: a UTF-8 BOM,
`;` between fields, every field in double quotes (quotes doubled inside), CR LF between records, line breaks inside
multi-line answers kept as LF; service columns (№, start / end time, duration, status) and one column per question
(name, role, suggested paper, why, ready to present, convenient days). Durations are end − start; an unfinished
response has empty answers. Not papers: the PEFT docs, Lena Voita's NLP course, LongBench, the seminar's Telegram
chat; LoRA, AdaLoRA, QLoRA, BitFit, T-Few, P-tuning, YaRN, LongLoRA, RoPE are names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1462, keys

HEAD = ["№", "Дата начала", "Дата окончания", "Время прохождения", "Статус",
        "1. Как вас зовут?", "2. Ваша роль", "3. Предложите статью для обсуждения (название и/или ссылка)",
        "4. Почему именно она?", "5. Готовы сделать доклад?", "6. Удобные дни (можно несколько)"]
D = dt.datetime
ROWS = [
 (D(2024, 2, 12, 10, 4, 51), 212, "Андрей Морозов", "Сотрудник",
  f"{T('2110.04366')}\nhttps://openreview.net/forum?id={OR('2110.04366')}",
  "Хорошая обзорная рамка: адаптеры, prefix-tuning и LoRA как частные случаи одной формулы.", "Да", "Вт, Чт"),
 (D(2024, 2, 12, 10, 31, 8), 95, "Ольга", "Аспирант",
  f"{T('2106.09685')}, https://arxiv.org/abs/2106.09685", "Классика, без неё дальше не поехать. Можно объединить с QLoRA.", "Может быть", "Чт"),
 (D(2024, 2, 12, 12, 17, 40), 301, "Дмитрий Соколов", "Студент",
  f"\"{T('2303.10512')}\" https://arxiv.org/pdf/2303.10512.pdf",
  "Адаптивный ранг вместо фиксированного — интересно сравнить с обычной LoRA на наших задачах.", "Да", "Пн, Ср"),
 (D(2024, 2, 12, 15, 2, 3), 58, "", "Студент", "", "", "Нет", "Ср"),
 (D(2024, 2, 13, 9, 45, 12), 187, "Ирина Кузнецова", "Сотрудник",
  f"{T('2106.10199')} (arXiv:2106.10199)",
  "Обучаем только bias — очень дёшево, хороший бейзлайн для маленьких моделей.", "Может быть", "Вт"),
 (D(2024, 2, 13, 11, 20, 59), 240, "Павел", "Аспирант",
  T("2205.05638"), "T-Few против in-context learning, как раз спорили об этом в чате семинара.", "Да", "Вт, Чт"),
 (D(2024, 2, 13, 18, 8, 27), 133, "Екатерина Лебедева", "Студент",
  "Документация PEFT: https://huggingface.co/docs/peft\nи курс Лены Войты (раздел про transfer learning)",
  "Не статья, но для новичков полезно начать с этого.", "Нет", "Пн, Пт"),
 (D(2024, 2, 14, 8, 55, 36), 176, "Алексей Орлов", "Сотрудник",
  f"{T('2103.10385')}\n(P-tuning, китайская группа)", "Непрерывные промпты; интересно, как это соотносится с prefix-tuning.", "Может быть", "Чт"),
 (D(2024, 2, 14, 13, 41, 2), 264, "Наталья Волкова", "Аспирант",
  f"{T('2306.15595')}\nhttps://arxiv.org/abs/2306.15595",
  "Про длинный контекст: интерполяция позиций RoPE. Можно в паре с YaRN и LongLoRA.", "Да", "Ср, Чт"),
 (D(2024, 2, 14, 16, 12, 45), 149, "Сергей", "Студент",
  f"{T('2307.03172')} — есть запись доклада на YouTube",
  "Полезно перед тем, как растягивать контекст: модели плохо используют середину.\nБенчмарк: LongBench (https://github.com/THUDM/LongBench)",
  "Нет", "Пт"),
]


def q(v):
    return '"' + str(v).replace('"', '""') + '"'


out = [";".join(q(h) for h in HEAD)]
for n, (t0, secs, name, role, paper, why, talk, days) in enumerate(ROWS, 1):
    done = bool(name and paper)
    t1 = t0 + dt.timedelta(seconds=secs)
    dur = f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}"
    cells = [n, f"{t0:%d.%m.%Y %H:%M:%S}", f"{t1:%d.%m.%Y %H:%M:%S}", dur, "Завершен" if done else "Не завершен",
             name, role, paper, why, talk if done else "", days if done else ""]
    out.append(";".join(q(c) for c in cells))
csv_text = "\ufeff" + "\r\n".join(out) + "\r\n"
write_only(F1462, csv_text, keys(F1462), forms=(csv_text.replace('""', '"'),))
