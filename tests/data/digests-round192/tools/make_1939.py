#!/usr/bin/env python3
"""1939: the end of the conclusions and the «ИЗПОЛЗВАНА ЛИТЕРАТУРА» of an invented Bulgarian master's thesis, references
in BDS ISO 690 style (as remembered: «ФАМИЛИЯ, Име. Заглавие. Издание, година. Достъпно на: URL [прегледан на дата].»),
copied from the PDF: Bulgarian with English titles. The thesis, its pages and the access dates are invented; a Bulgarian
textbook, the PyTorch documentation, the COCO data set and Detectron2 appear as what they are. Computed: the
alphabetical order (Cyrillic surnames first, then Latin, asserted), the numbering, every entry cited (asserted)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LECUN
F = by_num(1939)
AC = "[прегледан на 14.01.2026]"
E = [
 ("ДИМИТРОВ", "ДИМИТРОВ, Петър. Компютърно зрение с дълбоки невронни мрежи. София: Университетско издателство, 2021. ISBN 978-954-07-0000-0."),
 ("DOSOVITSKIY", f"DOSOVITSKIY, Alexey et al. {T('2010.11929')}. In: International Conference on Learning Representations (ICLR), 2021. Достъпно на: https://openreview.net/forum?id={OR('2010.11929')} {AC}."),
 ("GHIASI", f"GHIASI, Golnaz et al. {T('2012.07177')}. In: Proceedings of CVPR, 2021, pp. 2918-2928."),
 ("JIANG", f"JIANG, Wei et al. {T('2103.14167')}. In: Proceedings of ICCV, 2021. arXiv:2103.14167."),
 ("LECUN", f"LECUN, Yann, BOTTOU, Léon, BENGIO, Yoshua, HAFFNER, Patrick. {LECUN}. Proceedings of the IEEE, 1998, vol. 86, no. 11, pp. 2278-2324."),
 ("LIN", "LIN, Tsung-Yi et al. COCO: Common Objects in Context - набор от данни [онлайн]. Достъпно на: https://cocodataset.org/ " + AC + "."),
 ("LIU Z", f"LIU, Ze et al. {T('2103.14030')}. In: Proceedings of ICCV, 2021. Достъпно на: https://arxiv.org/pdf/2103.14030v2 {AC}."),
 ("LIU ZH", f"LIU, Zhuang et al. {T('2201.03545')}. In: Proceedings of CVPR, 2022. Достъпно на: https://arxiv.org/abs/2201.03545 {AC}."),
 ("PYTORCH", "PYTORCH. torchvision.models - документация [онлайн]. Достъпно на: https://pytorch.org/vision/stable/models.html " + AC + "."),
 ("TAN", f"TAN, Mingxing, LE, Quoc V. {T('2104.00298')}. In: Proceedings of ICML, 2021, pp. 10096-10106."),
 ("WU", "WU, Yuxin et al. Detectron2 [софтуер]. Facebook AI Research, 2019. Достъпно на: https://github.com/facebookresearch/detectron2 " + AC + "."),
 ("ZHU", f"ZHU, Xizhou et al. {T('2010.04159')}. In: ICLR, 2021. Достъпно на: http://arxiv.org/abs/2010.04159v4 {AC}."),
]
names = [k for k, _ in E]
assert names[:1] == ["ДИМИТРОВ"] and names[1:] == sorted(names[1:])
cite = {k: i for i, (k, _) in enumerate(E, 1)}
concl = ("ЗАКЛЮЧЕНИЕ\n\n"
 f"В настоящата работа бяха сравнени конволюционни и трансформърни архитектури за откриване на дефекти по\n"
 f"печатни платки. Класическите мрежи [{cite['LECUN']}] и съвременните им наследници [{cite['LIU ZH']}], [{cite['TAN']}]\n"
 f"остават силна база, докато визуалните трансформъри [{cite['DOSOVITSKIY']}], [{cite['LIU Z']}] дават по-добри резултати\n"
 f"при повече данни. За откриване използвахме Deformable DETR [{cite['ZHU']}], реализиран с Detectron2 [{cite['WU']}]\n"
 f"и torchvision [{cite['PYTORCH']}], а аугментацията Copy-Paste [{cite['GHIASI']}] подобри mAP с 2,1 точки върху COCO [{cite['LIN']}].\n"
 f"Съпоставянето на изображения с COTR [{cite['JIANG']}] е възможно бъдещо направление. Основните понятия са по [{cite['ДИМИТРОВ']}].\n\n"
 "58\n\n")
refs = "ИЗПОЛЗВАНА ЛИТЕРАТУРА\n\n" + "\n".join(f"{i}. {e}" for i, (_, e) in enumerate(E, 1)) + "\n\n59\n"
for k in names:
    assert f"[{cite[k]}]" in concl
text = concl + refs
write_only(F, text, keys(F))
