#!/usr/bin/env python3
"""1620: the end of a Sofia University («Св. Климент Охридски», ФМИ) master's thesis (дипломна работа) copied from its
PDF: the last page of the conclusion with numeric citations [n], then «ИЗПОЛЗВАНА ЛИТЕРАТУРА» — the Cyrillic sources
first, then the Latin ones, each group alphabetical, numbered, ISO 690-like with «Достъпно на:» / «[посетен на …]» —
lines as the viewer gives them (wrapped at 94 columns, titles broken over lines), page numbers — Bulgarian."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys
F = by_num(1620)


def au(key, n=1):
    a = authors(key)
    f = lambda x: x.split()[-1] + ", " + " ".join(p[0] + "." for p in x.split()[:-1])
    return ", ".join(f(x) for x in a[:n]) + (" et al." if len(a) > n else "")


# (sort key, text)
cyr = [
    "Георгиева, М., Петров, Д. Машинно обучение с Python. София: Изток-Запад, 2021.",
    "Стоянов, К. Откриване на превозни средства в аерофотоснимки с конволюционни невронни мрежи. Дипломна работа. "
    "София: СУ „Св. Климент Охридски“, ФМИ, 2022.",
]
lat = [
    f"{au('2103.14586')} {T('2103.14586')}. In: Proceedings of the IEEE/CVF International Conference on Computer "
    "Vision (ICCV), 2021, pp. 10231–10241.",
    f"{au('2010.11929')} {T('2010.11929')}. In: International Conference on Learning Representations (ICLR), 2021.",
    f"{au('2012.07177')} {T('2012.07177')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
    "Recognition (CVPR), 2021, pp. 2918–2927.",
    f"{au('2103.14167')} {T('2103.14167')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision "
    "(ICCV), 2021, pp. 6207–6217.",
    f"{au('2103.14030', 2)} {T('2103.14030')}. In: Proceedings of the IEEE/CVF International Conference on Computer "
    "Vision (ICCV), 2021, pp. 10012–10022. Достъпно на: https://arxiv.org/abs/2103.14030 [посетен на 14.04.2025].",
    f"{au('2201.03545', 2)} {T('2201.03545')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
    "Recognition (CVPR), 2022, pp. 11976–11986. Достъпно на: https://arxiv.org/pdf/2201.03545v2.pdf [посетен на 14.04.2025].",
    "Ultralytics. YOLOv8 Docs. Достъпно на: https://docs.ultralytics.com [посетен на 02.05.2025].",
    "VisDrone Team. VisDrone-Dataset (набор от данни). Достъпно на: https://github.com/VisDrone/VisDrone-Dataset "
    "[посетен на 20.01.2025].",
    f"{au('2106.04560')} {T('2106.04560')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
    "Recognition (CVPR), 2022, pp. 12104–12113. Препринт: arXiv:2106.04560.",
    f"{au('2010.04159')} {T('2010.04159')}. In: International Conference on Learning Representations (ICLR), 2021. "
    "Достъпно на: https://arxiv.org/abs/2010.04159 [посетен на 03.03.2025].",
]
assert cyr == sorted(cyr, key=str.lower) and lat == sorted(lat, key=str.lower), [x[:12] for x in lat]
refs = cyr + lat
W = 94
w = lambda s: textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False)
def k(prefix):
    return next(i for i, r in enumerate(refs, 1) if r.startswith(prefix))
concl1 = (f"Експериментите в глава 4 показват, че йерархичните трансформъри с отместени прозорци [{k('Liu, Z., Lin')}] "
          f"са по-добра основа за откриване на малки обекти от класическия ViT [{k('Dosovitskiy')}], при който "
          "разделителната способност на картата на признаците е фиксирана. Модернизираната конволюционна мрежа "
          f"ConvNeXt [{k('Liu, Z., Mao')}] постига почти същата точност при по-малко време за обучение, което я "
          "прави разумен избор при ограничен хардуер.")
concl2 = (f"Деформируемото внимание [{k('Zhu')}] съкрати обучението на детектора от 500 на 50 епохи върху VisDrone "
          f"[{k('VisDrone')}], а увеличаването на данните чрез копиране и поставяне на обекти [{k('Ghiasi')}] даде "
          f"още 1,8 точки mAP за класовете с малко примери. В сравнение с базовия модел YOLOv8 [{k('Ultralytics')}] "
          "предложеният подход е по-бавен, но по-точен при гъсти сцени.")
concl3 = (f"Бъдещата работа включва по-големи модели [{k('Zhai')}], изследване на устойчивостта при промяна на "
          f"осветлението и времето [{k('Bhojanapalli')}] и съпоставяне на кадри от различни полети чрез "
          f"трансформър за съответствия [{k('Jiang')}]. Теоретичната основа на използваните методи е описана в "
          f"[{k('Георгиева')}], а първите опити с аерофотоснимки във ФМИ — в [{k('Стоянов')}].")
lines = []
lines += ["ЗАКЛЮЧЕНИЕ", ""] + w(concl1) + [""] + w(concl2) + [""] + w(concl3) + ["", "57", "ИЗПОЛЗВАНА ЛИТЕРАТУРА", ""]
page, used = 58, 0
for i, r in enumerate(refs, 1):
    lines += w(f"[{i}] {r}")
    used += 1
    if used == 7:
        lines += ["", str(page)]; page += 1
lines += ["", str(page)]
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
