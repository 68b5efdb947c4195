#!/usr/bin/env python3
"""1360: the reference list (ЛИТЕРАТУРА) of a Serbian master's thesis written in Cyrillic, in SRPS ISO 690 (the
Serbian adoption of ISO 690), copied from the thesis PDF with a viewer's select-all: the PDF's line breaks (lines of at
most 88 characters, no hanging indent), the running page numbers of the two pages the list spans, and the heading and
first line of the next chapter (ПРИЛОЗИ). ISO 690 author blocks with the surname in capitals (`LIU, Ze и др.` for more
than three authors, `и` before the last of two or three), the Serbian words of the style (`[онлајн]`, `[приступљено
Д. М. ГГГГ]`, `Доступно на:`, `стр.`, `Препринт`), foreign names and titles in Latin, Serbian ones in Cyrillic.
Papers: arXiv abs / pdf links, an OpenReview forum link and an `arXiv:` preprint id after `Доступно на:` / `Препринт`,
three titles alone (a journal paper with a DOI, proceedings pages, one not on arXiv); a textbook, the timm repository,
the ImageNet site, the standard itself and an earlier thesis are not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import F1360, keys, LENET

LENET_AU = ["Yann LeCun", "Léon Bottou", "Yoshua Bengio", "Patrick Haffner"]


def block(names):
    """ISO 690: the first name inverted with the surname in capitals, the others direct; more than three -> и др."""
    def inv(n): p = n.split(); return f"{' '.join(p[-1:]).upper()}, {' '.join(p[:-1])}"
    def direct(n): p = n.split(); return f"{' '.join(p[:-1])} {p[-1].upper()}"
    if len(names) > 3: return inv(names[0]) + " и др."
    if len(names) == 1: return inv(names[0])
    return ", ".join([inv(names[0])] + [direct(n) for n in names[1:-1]]) + " и " + direct(names[-1])


def au(key):
    return block(authors(key))


E = [
    f"{block(LENET_AU)}. {LENET}. Proceedings of the IEEE. 1998, vol. 86, no. 11, стр. 2278–2324. "
    "ISSN 0018-9219. DOI 10.1109/5.726791.",
    f"{block(['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'])}. Deep Learning. Cambridge, MA: MIT Press, 2016. "
    "ISBN 978-0-262-03561-3.",
    f"{au('2010.11929')}. {T('2010.11929')}. In: International Conference on Learning Representations (ICLR 2021) "
    f"[онлајн]. 2021 [приступљено 14. 2. 2024]. Доступно на: https://openreview.net/forum?id={OR('2010.11929')}",
    f"{au('2103.14030')}. {T('2103.14030')}. In: Proceedings of the IEEE/CVF International Conference on Computer "
    "Vision (ICCV) [онлајн]. 2021, стр. 10012–10022 [приступљено 14. 2. 2024]. Доступно на: https://arxiv.org/abs/2103.14030",
    f"{au('2201.03545')}. {T('2201.03545')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
    "Recognition (CVPR) [онлајн]. 2022, стр. 11976–11986 [приступљено 20. 2. 2024]. Доступно на: https://arxiv.org/pdf/2201.03545.pdf",
    f"{au('2106.04560')}. {T('2106.04560')}. Препринт arXiv:2106.04560. 2021.",
    f"{block(['Srinadh Bhojanapalli', 'Ayan Chakrabarti', 'Daniel Glasner', 'Daliang Li'])}. {T('2103.14586')}. In: "
    "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2021, стр. 10231–10241.",
    f"{au('2004.07780')}. {T('2004.07780')}. Nature Machine Intelligence. 2020, vol. 2, no. 11, стр. 665–673. "
    "ISSN 2522-5839. DOI 10.1038/s42256-020-00257-z.",
    f"{au('2007.01434')}. {T('2007.01434')}. In: International Conference on Learning Representations (ICLR 2021) "
    "[онлајн]. 2021 [приступљено 3. 3. 2024]. Доступно на: https://arxiv.org/abs/2007.01434v1",
    "WIGHTMAN, Ross. PyTorch Image Models [софтвер онлајн]. GitHub, 2019 [приступљено 1. 3. 2024]. Верзија 0.9.12. "
    "Доступно на: https://github.com/huggingface/pytorch-image-models",
    "ImageNet [онлајн база података]. Stanford Vision Lab, Stanford University, Princeton University [приступљено "
    "10. 1. 2024]. Доступно на: https://www.image-net.org/",
    "ПЕТРОВИЋ, Марко. Класификација медицинских слика конволуционим мрежама. Мастер рад. Нови Сад: Факултет техничких "
    "наука (пример), 2022.",
    "ИНСТИТУТ ЗА СТАНДАРДИЗАЦИЈУ СРБИЈЕ. SRPS ISO 690:2012 Информације и документација — Смернице за "
    "библиографско навођење и цитирање информационих извора. Београд: ИСС, 2012.",
]
lines = ["ЛИТЕРАТУРА", ""]
PAGE_AT = {6: "60"}  # the page number of page 60, then page 61 from entry 7 (index 6)
for i, e in enumerate(E):
    if i in PAGE_AT:
        lines += [PAGE_AT[i]]
    e = e.replace("и др.. ", "и др. ")
    lines += textwrap.wrap(f"[{i + 1}] {e}", 88, break_long_words=False, break_on_hyphens=False)
lines += ["61", "", "ПРИЛОЗИ", "", "Прилог А. Детаљни резултати експеримената на скупу ImageNet-1k"]
text = "\n".join(lines) + "\n"
write_only(F1360, text, keys(F1360))
