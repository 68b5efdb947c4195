#!/usr/bin/env python3
"""1720: the end of a «кваліфікаційна робота магістра» of the Харківський національний університет радіоелектроніки
(ХНУРЕ) copied from its PDF, Ukrainian: the end of «ВИСНОВКИ» with numbered citations [n], «ПЕРЕЛІК ДЖЕРЕЛ ПОСИЛАННЯ»
in the order of first citation, in the ДСТУ 8302:2015 manner («Прізвище І., Прізвище І. Назва. Джерело. Рік. С. …»,
«et al.» after three authors, «URL: … (дата звернення: дд.мм.рррр).»), lines broken where the PDF broke them (at most
92 characters), the running page numbers and the head of «ДОДАТОК А». The student, the supervisor, the thesis topic,
the textbook and the company report are invented; PyTorch's documentation, the LEVIR-CD data set and the Ultralytics
documentation appear as what they are, never labelled. Nicknames DETR, COTR, BLIP-2, EfficientNetV2 appear where the
paper is written in full."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LENET
F = by_num(1720)
W = 92
refs = [
    f"LeCun Y., Bottou L., Bengio Y. et al. {LENET}. Proceedings of the IEEE. 1998. Vol. 86, no. 11. P. 2278–2324.",
    f"Zhu X., Su W., Lu L. et al. {T('2010.04159')}. International Conference on Learning Representations (ICLR). 2021. URL: https://arxiv.org/abs/2010.04159 (дата звернення: 14.10.2024).",
    f"Jiang W., Trulls E., Hosang J. et al. {T('2103.14167')}. IEEE/CVF International Conference on Computer Vision (ICCV). 2021. P. 6207–6217. URL: https://arxiv.org/pdf/2103.14167v2 (дата звернення: 02.11.2024).",
    f"Qiu Y., Yamamoto S., Nakashima K. et al. {T('2103.14146')}. IEEE/CVF International Conference on Computer Vision (ICCV). 2021. P. 1971–1980.",
    "Шевченко О. В., Коваленко І. П. Методи цифрової обробки аерокосмічних зображень : навч. посіб. Харків : ХНУРЕ, 2019. 212 с.",
    f"Tan M., Le Q. V. {T('2104.00298')}. Proceedings of the 38th International Conference on Machine Learning (ICML). 2021. P. 10096–10106. URL: https://arxiv.org/abs/2104.00298v3 (дата звернення: 20.11.2024).",
    f"Pham H., Le Q. V. {T('2101.01761')}. Proceedings of the AAAI Conference on Artificial Intelligence. 2021. Vol. 35, no. 11. P. 9351–9359.",
    f"Goodfellow I., Pouget-Abadie J., Mirza M. et al. {T('1406.2661')}. Advances in Neural Information Processing Systems 27 (NIPS 2014). 2014. P. 2672–2680.",
    f"Li J., Li D., Savarese S., Hoi S. {T('2301.12597')}. arXiv preprint arXiv:2301.12597. 2023.",
    "Chen H., Shi Z. LEVIR-CD: набір даних для виявлення змін. URL: https://justchenhao.github.io/LEVIR/ (дата звернення: 05.09.2024).",
    "PyTorch documentation. URL: https://pytorch.org/docs/stable/index.html (дата звернення: 10.03.2025).",
    "Ultralytics YOLO Docs. URL: https://docs.ultralytics.com/ (дата звернення: 10.03.2025).",
]
concl = ("У роботі досліджено задачу виявлення та текстового опису змін на парах аерофотознімків. Історично "
         "згорткові мережі [1] залишаються основою екстракторів ознак, однак трансформерні детектори з деформованою "
         "увагою [2] і трансформери для пошуку відповідностей між зображеннями [3] дали змогу точніше локалізувати "
         "зміни. Для одночасної локалізації та опису кількох змін адаптовано підхід [4], а класичні методи обробки "
         "зображень [5] використано на етапі попередньої реєстрації знімків. Як екстрактор ознак обрано EfficientNetV2 "
         "[6], регуляризацію виконано за допомогою навчених шаблонів dropout [7]. Нестачу розмічених пар частково "
         "компенсовано синтетичними прикладами, згенерованими змагальними мережами [8], а текстові описи змін "
         "сформовано за допомогою BLIP-2 [9]. Експерименти проведено на наборі LEVIR-CD [10] з використанням "
         "бібліотеки PyTorch [11]; базовий детектор навчено за документацією Ultralytics [12].")
concl2 = ("Отримані результати свідчать, що запропонована система досягає F1 = 0,874 на тестовій вибірці, що на "
          "3,1 п. п. краще за базовий детектор. Подальші дослідження доцільно спрямувати на зменшення обчислювальної "
          "складності та перевірку на знімках з безпілотних літальних апаратів.")
L = []
L += textwrap.wrap(concl, W) + [""] + textwrap.wrap(concl2, W) + ["", "81", "", "ПЕРЕЛІК ДЖЕРЕЛ ПОСИЛАННЯ", ""]
page = 82
for i, r in enumerate(refs, 1):
    ls = textwrap.wrap(f"{i}. {r}", W, break_on_hyphens=False)
    L += ls
    if i == 7:
        L += ["", str(page), ""]; page += 1
L += ["", str(page), "", "ДОДАТОК А", "", "Лістинг модуля попередньої реєстрації знімків", ""]
write_only(F, "\n".join(L) + "\n", keys(F))
