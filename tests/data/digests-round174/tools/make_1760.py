#!/usr/bin/env python3
"""1760: the end of a «магистерская диссертация» of the Белорусский государственный университет информатики и
радиоэлектроники (БГУИР, Minsk) copied from its PDF, Russian: the end of «ЗАКЛЮЧЕНИЕ» with numbered citations [n] (the
author's own publications cited as the rules ask), «БИБЛИОГРАФИЧЕСКИЙ СПИСОК» with «Список использованных источников»
and «Список публикаций соискателя», numbered on through both, in the order of first citation, described after ГОСТ
7.1-2003 as the Belarusian ВАК instruction has it (areas separated by « – »; up to three authors: the first one as
heading «Фамилия, И. О.» and all after « / »; four: the title first and all four; more: the title first and «[et al.]»
or «[и др.]»; «//» before the host document; «Mode of access: … – Date of access: дд.мм.гггг.» for English electronic
sources, «Режим доступа: … – Дата доступа: …» for Russian ones), lines broken where the PDF broke them (at most 90
characters), the running page numbers and the head of «ПРИЛОЖЕНИЕ А». The student, the supervisor, the thesis topic, the
teaching aid and the two conference theses are invented; the COCO data set site, the MMDetection and PyTorch
documentation appear as what they are, never labelled. Nicknames ViT, Swin, ConvNeXt appear where the paper is written
in full."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1760)
W = 90
D = " – "
refs = [
    f"{T('2010.11929')} / A. Dosovitskiy [et al.] // International Conference on Learning Representations (ICLR 2021).{D}Vienna, 2021.{D}22 p.",
    f"{T('2103.14030')} / Z. Liu [et al.] // Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV).{D}2021.{D}P. 10012–10022.{D}Mode of access: https://arxiv.org/abs/2103.14030.{D}Date of access: 17.02.2025.",
    f"{T('2201.03545')} / Z. Liu [et al.] // Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR).{D}2022.{D}P. 11976–11986.{D}Mode of access: https://arxiv.org/pdf/2201.03545.{D}Date of access: 03.03.2025.",
    f"{T('2106.04560')} / X. Zhai, A. Kolesnikov, N. Houlsby, L. Beyer // arXiv preprint.{D}2021.{D}arXiv:2106.04560.",
    "Петровский, А. А. Цифровая обработка изображений : учеб.-метод. пособие / А. А. Петровский, Н. В. Ковалёв."
    f"{D}Минск : БГУИР, 2021.{D}96 с.",
    f"{T('2012.07177')} / G. Ghiasi [et al.] // Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR).{D}2021.{D}P. 2918–2928.{D}Mode of access: https://arxiv.org/abs/2012.07177v2.{D}Date of access: 03.03.2025.",
    f"Pham, H. {T('2101.01761')} / H. Pham, Q. V. Le // Proceedings of the AAAI Conference on Artificial Intelligence.{D}2021.{D}Vol. 35, № 11.{D}P. 9351–9359.",
    f"{T('2103.14586')} / S. Bhojanapalli [et al.] // Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV).{D}2021.{D}P. 10231–10241.",
    f"{T('2103.14167')} / W. Jiang [et al.] // Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV).{D}2021.{D}P. 6207–6217.",
    f"COCO Detection Evaluation [Electronic resource].{D}Mode of access: https://cocodataset.org/#detection-eval.{D}Date of access: 12.01.2025.",
    f"MMDetection Documentation [Electronic resource].{D}Mode of access: https://mmdetection.readthedocs.io/en/latest/.{D}Date of access: 20.01.2025.",
    f"PyTorch Documentation [Electronic resource].{D}Mode of access: https://pytorch.org/docs/stable/index.html.{D}Date of access: 20.01.2025.",
]
own = [
    "Ковалёв, Д. С. Обнаружение дефектов печатных плат с помощью трансформеров со сдвигаемыми окнами / Д. С. Ковалёв"
    f" // Компьютерные системы и сети : материалы 61-й науч. конф. аспирантов, магистрантов и студентов, Минск, 22–26 апр. 2024 г.{D}Минск : БГУИР, 2024.{D}С. 148–150.",
    "Ковалёв, Д. С. Аугментация копированием объектов при малом числе размеченных изображений печатных плат / Д. С."
    f" Ковалёв, А. А. Петровский // Информационные технологии и системы 2024 (ИТС 2024) : материалы междунар. науч. конф., Минск, 20 нояб. 2024 г.{D}Минск : БГУИР, 2024.{D}С. 212–213.",
]
concl = ("В диссертации решена задача обнаружения и сегментации дефектов на изображениях печатных плат. Показано, что "
         "визуальные трансформеры [1], в особенности иерархические трансформеры со сдвигаемыми окнами [2], превосходят "
         "на этой задаче свёрточные сети, однако современная свёрточная архитектура [3] при сопоставимых вычислительных "
         "затратах сокращает разрыв до 0,8 п. п. mAP. Зависимость качества от размера модели и объёма данных оценена по "
         "методике [4]; предварительная обработка снимков выполнена методами из [5]. Нехватку размеченных данных удалось "
         "частично компенсировать аугментацией копированием объектов [6] и обучаемыми шаблонами dropout [7]. "
         "Устойчивость моделей к искажениям изображений исследована по схеме [8], а для совмещения снимка платы с "
         "эталоном применён трансформер поиска соответствий [9]. Качество оценивалось по протоколу COCO [10]; "
         "эксперименты выполнены с использованием MMDetection [11] и PyTorch [12].")
concl2 = ("Основные результаты диссертации опубликованы в [13, 14]. Дальнейшие исследования целесообразно направить на "
          "сокращение времени вывода на встраиваемых платформах и на обнаружение дефектов пайки на рентгеновских снимках.")
L = textwrap.wrap(concl, W) + [""] + textwrap.wrap(concl2, W) + ["", "71", "", "БИБЛИОГРАФИЧЕСКИЙ СПИСОК", "",
                                                                 "Список использованных источников", ""]
page = 72
n = 0
for r in refs:
    n += 1
    L += textwrap.wrap(f"{n}. {r}", W, break_on_hyphens=False)
    if n == 6:
        L += ["", str(page), ""]; page += 1
L += ["", "Список публикаций соискателя", ""]
for r in own:
    n += 1
    L += textwrap.wrap(f"{n}. {r}", W, break_on_hyphens=False)
L += ["", str(page), "", "ПРИЛОЖЕНИЕ А", "", "(обязательное)", "", "Конфигурация обучения детектора", ""]
write_only(F, "\n".join(L) + "\n", keys(F))
