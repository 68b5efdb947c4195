#!/usr/bin/env python3
"""752: chytanka.properties as java.util.Properties.store(OutputStream, comments) writes it on Windows: a '#' comment
line (non-ASCII as \\uXXXX), a '#' line with Date.toString() ('Wed Mar 06 22:41:09 EET 2024'), then key=value lines in
Hashtable order (not sorted), CRLF line ends; keys escape spaces; keys and values escape = : # ! and backslash,
leading spaces, TAB / LF as \\t / \\n, and every character outside 0x20-0x7E as \\uXXXX with upper-case hex (so
'https\\://…', 'forum?id\\=…', 'C\\:\\\\Users…', titles with '\\:'). Invented Java reading-list app, Ukrainian UI."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_raw, check_no_distractor
from make_expected import by_num, keys

F = by_num(752)
A = lambda k: f"https://arxiv.org/abs/{k}"


def conv(s, key=False):
    out = ""
    for i, c in enumerate(s):
        if c == " ": out += "\\ " if key or i == 0 else " "
        elif c == "\t": out += "\\t"
        elif c == "\n": out += "\\n"
        elif c in "=:#!\\": out += "\\" + c
        elif ord(c) < 0x20 or ord(c) > 0x7e: out += "\\u%04X" % ord(c)
        else: out += c
    return out


items = [  # (title, url, arxiv, note, tags, added, read)
 (T("2110.04366"), f"https://openreview.net/forum?id={OR('2110.04366')}", "", "Огляд: адаптери, префікси та низькорангові доповнення як одна схема. Автори: " + au("2110.04366"), "peft,огляд", "2024-02-12", "true"),
 (T("2303.10512"), A("2303.10512"), "", "Розподіл рангу між матрицями за важливістю. " + au("2303.10512"), "peft,ранг", "2024-02-13", "true"),
 (T("2106.10199"), "", "", "Тренуємо лише зсуви (bias). Посилання ще не знайшла — PDF з конференції у папці «PEFT». " + au("2106.10199"), "peft", "2024-02-15", "false"),
 (T("1710.03740"), "https://docs.nvidia.com/deeplearning/performance/mixed-precision-training/index.html", "1710.03740",
  "Посилання веде на документацію NVIDIA (це не стаття); сама стаття — за номером arXiv. " + au("1710.03740"), "тренування,fp16", "2024-02-20", "true"),
 (T("1711.05101"), A("1711.05101"), "", "AdamW: розділення weight decay і L2. " + au("1711.05101"), "оптимізація", "2024-02-21", "false"),
 (T("2101.01761"), "", "", "Пошук шаблонів dropout контролером; порівняти з класичним dropout. " + au("2101.01761"), "automl,регуляризація", "2024-02-26", "false"),
 (T("2101.08809"), A("2101.08809"), "", "Символьне програмування для AutoML. " + au("2101.08809"), "automl", "2024-02-27", "false"),
 (T("2010.08515"), "", "", "Теорія: чому згорткові мережі ефективніші за вибіркою. " + au("2010.08515") + " Читати після курсу з теорії.", "теорія", "2024-03-01", "false"),
 ("huggingface/peft — репозиторій", "https://github.com/huggingface/peft", "", "Бібліотека (не стаття). Версія 0.9.0 у нашому середовищі.", "код,peft", "2024-03-02", "true"),
 ("Dive into Deep Learning, розділ 12 (оптимізація)", "https://d2l.ai/chapter_optimization/index.html", "", "Книга / підручник, не стаття.", "книга", "2024-03-04", "false"),
 ("Запис доповіді: «Ефективне донавчання великих моделей» (семінар кафедри)", "https://video.kpi-lab.example.edu.ua/watch?v=peft-2024-03&t=95", "", "Доповідь, не стаття. Слайди в Teams.", "доповідь", "2024-03-05", "false"),
]
props = {"app.version": "2.3.1", "app.build": "2024-02-28T11:02:54Z", "ui.locale": "uk_UA", "ui.theme": "dark",
         "window.bounds": "120,64,1440,900", "window.maximized": "false", "library.path": "C:\\Users\\oksana.melnyk\\Documents\\Chytanka\\library",
         "export.lastFormat": "bibtex", "export.lastPath": "C:\\Users\\oksana.melnyk\\Desktop\\peft-reading.bib",
         "sync.server": "https://sync.chytanka-app.example.com/api/v2", "sync.enabled": "true", "sync.interval.min": "30",
         "list.name": "Семінар: ефективне донавчання та тренування", "list.owner": "Оксана Мельник <oksana.melnyk@kpi-lab.example.edu.ua>",
         "list.count": str(len(items)), "search.history": "low-rank; weight decay; dropout; fp16 loss scaling",
         "reader.font": "Segoe UI 11", "reader.highlight.color": "#FFE08A", "viewer.externalPdf": "C:\\Program Files\\SumatraPDF\\SumatraPDF.exe"}
for n, (t, u, ax, note, tags, added, read) in enumerate(items, 1):
    props[f"item.{n}.title"] = t
    if u: props[f"item.{n}.url"] = u
    if ax: props[f"item.{n}.arxiv"] = ax
    props[f"item.{n}.note"] = note
    props[f"item.{n}.tags"] = tags
    props[f"item.{n}.added"] = added
    props[f"item.{n}.read"] = read
ks = list(props)
random.Random(752).shuffle(ks)   # Hashtable order: no visible order
lines = ["#" + conv("Chytanka 2.3.1 — налаштування та бібліотека (не редагуйте вручну)").replace("\\ ", " ").replace("\\:", ":"),
         "#Wed Mar 06 22:41:09 EET 2024"] + [conv(k, True) + "=" + conv(props[k]) for k in ks]
text = "\r\n".join(lines) + "\r\n"
decoded = "\n".join(f"{k}={props[k]}" for k in ks)
check_no_distractor(text, F)
write_raw(F, text.encode("ascii"), [text, decoded], keys(F))
