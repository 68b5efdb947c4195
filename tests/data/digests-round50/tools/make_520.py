#!/usr/bin/env python3
"""520: the end of a Russian master's thesis (ВКР) as pdftotext gives it back: the last lines of ЗАКЛЮЧЕНИЕ, then
СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ in the GOST R 7.0.5-2008 habit of Russian theses — Cyrillic sources first, then
Latin ones; some entries hand-written ("Title / A. Author [et al.] // Source. – Year. – P. …", "URL: … (дата
обращения: …)"), some pasted from Google Scholar's "ГОСТ" citation (sentence-cased titles, "//arXiv preprint
arXiv:…", "– Т. 21. – №. 140. – С. 1-67."); lines broken where the PDF broke them, page numbers and form feeds
between pages, the start of ПРИЛОЖЕНИЕ А. Papers: arXiv and OpenReview URLs (link), "arXiv preprint arXiv:ID"
(arxiv-text), proceedings / journal entries (title-only). Not papers: the Russian books, the GOST standard, the corpus
site, library docs, a dissertation, Jurafsky & Martin."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F520, keys


def sc(t):
    """Google Scholar's sentence case"""
    return t[0] + t[1:].lower()


refs = [
 "Гудфеллоу Я., Бенджио И., Курвилль А. Глубокое обучение / пер. с англ. А. А. Слинкина. – 2-е изд., испр. – М. : ДМК Пресс, 2018. – 652 с.",
 "ГОСТ Р 7.0.5–2008. Библиографическая ссылка. Общие требования и правила составления. – М. : Стандартинформ, 2008. – 19 с.",
 "Документация библиотеки DeepPavlov [Электронный ресурс]. – URL: https://docs.deeppavlov.ai/en/master/ (дата обращения: 12.04.2024).",
 "Национальный корпус русского языка [Электронный ресурс]. – URL: https://ruscorpora.ru (дата обращения: 03.03.2024).",
 "Николенко С., Кадурин А., Архангельская Е. Глубокое обучение. Погружение в мир нейронных сетей. – СПб. : Питер, 2018. – 480 с.",
 "Смирнова Е. А. Методы переноса обучения для классификации коротких текстов : дис. … канд. техн. наук : 05.13.17 / Смирнова Елена Андреевна. – Новосибирск, 2022. – 164 с.",
 f"{T('1910.13461')} / M. Lewis, Y. Liu, N. Goyal [et al.] [Электронный ресурс]. – 2019. – URL: https://arxiv.org/abs/1910.13461 (дата обращения: 18.02.2024).",
 "Jurafsky D., Martin J. H. Speech and Language Processing : draft of the 3rd edition [Электронный ресурс]. – 2023. – URL: https://web.stanford.edu/~jurafsky/slp3/ (дата обращения: 20.02.2024).",
 f"Mikolov T. et al. {sc(T('1301.3781'))} //arXiv preprint arXiv:1301.3781. – 2013.",
 f"Peters M. E. et al. {sc(T('1802.05365'))} //Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies. – 2018. – Т. 1. – С. 2227-2237.",
 "PyTorch documentation [Электронный ресурс]. – URL: https://pytorch.org/docs/stable/index.html (дата обращения: 02.04.2024).",
 f"Raffel C. et al. {sc(T('1910.10683'))} //Journal of machine learning research. – 2020. – Т. 21. – №. 140. – С. 1-67.",
 f"{T('1801.06146')} / J. Howard, S. Ruder // Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers). – Melbourne, 2018. – P. 328–339.",
 f"{T('1911.02116')} / A. Conneau, K. Khandelwal, N. Goyal [et al.] // Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics. – 2020. – P. 8440–8451.",
 f"{T('1906.08237')} / Z. Yang, Z. Dai, Y. Yang [et al.] // Advances in Neural Information Processing Systems 32 (NeurIPS 2019). – 2019. – URL: https://arxiv.org/pdf/1906.08237.pdf (дата обращения: 11.03.2024).",
 f"Zheng M., Shen D., Shen Y. [et al.] {T('2010.06040')} [Электронный ресурс]. – 2020. – URL: https://openreview.net/forum?id={OR('2010.06040')} (дата обращения: 25.03.2024).",
]
W = 93


def para(s, first=""):
    return textwrap.wrap(first + s, width=W, break_long_words=False, break_on_hyphens=False)


page1 = [
 "моделей, полученные в главе 3, показывают, что дообучение многоязычной модели на корпусе",
 "отзывов даёт прирост macro-F1 на 2,7 п. п. по сравнению с обучением с нуля, а дальнейшее",
 "предобучение на неразмеченных текстах предметной области — ещё около 1 п. п.",
 "Направления дальнейшей работы: перенос предложенного подхода на задачи извлечения",
 "именованных сущностей, сокращение размера модели методами дистилляции и квантования,",
 "а также проверка устойчивости результатов на текстах из социальных сетей.",
 "",
 "54",
]
lines = []
for i, r in enumerate(refs, 1):
    lines += para(r, f"{i}. ")
page2 = ["СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", ""] + lines[:22] + ["", "55"]
page3 = lines[22:] + ["", "56"]
page4 = ["ПРИЛОЖЕНИЕ А", "(обязательное)", "Гиперпараметры дообучения", "",
         "Таблица А.1 – Гиперпараметры, использованные во всех экспериментах главы 3", "",
         "Параметр", "Значение", "Скорость обучения", "2 · 10⁻⁵", "Размер батча", "32", "Число эпох", "4",
         "Доля прогрева", "0,06", "Максимальная длина последовательности", "256", "", "57"]
text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(page3) + "\n\f" + "\n".join(page4) + "\n\f"
write_only(F520, text, keys(F520))
