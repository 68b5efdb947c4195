#!/usr/bin/env python3
"""1680: the end of a BSc thesis («szakdolgozat») of the University of Debrecen's Faculty of Informatics (Debreceni
Egyetem Informatikai Kar), copied from its PDF, Hungarian: the end of «Összefoglalás» with numbered citations, the
«Irodalomjegyzék» in order of first citation (author lists «Vezetéknév, X.» with «és» before the last and «és mtsai.»
after three, «In: …», «arXiv preprint arXiv:…», «Elérhető: URL (Letöltve: yyyy. mm. dd.)»), wrapped at 92 columns with
a hanging indent, page numbers, «Köszönetnyilvánítás». The thesis, its author, supervisor, the earlier thesis and the
agricultural-image report are invented; PyTorch, timm and ImageNet appear as what they are, never labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1680)


def names(k, n=3):
    a = CAT[k]["authors"]
    fm = [f"{x.split()[-1]}, " + " ".join('-'.join(q[0] + '.' for q in p.split('-')) for p in x.split()[:-1]) for x in a]
    if len(a) > n:
        return ", ".join(fm[:n]) + " és mtsai."
    return ", ".join(fm[:-1]) + " és " + fm[-1] if len(fm) > 1 else fm[0]


L_ = "Letöltve: 2025. 03. 02."
refs = [
    f"{names('2010.11929')}: {T('2010.11929')}. In: International Conference on Learning Representations (ICLR), 2021. Elérhető: https://arxiv.org/abs/2010.11929 ({L_})",
    f"{names('2103.14030')}: {T('2103.14030')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2021, pp. 10012–10022. Elérhető: https://arxiv.org/pdf/2103.14030v2 ({L_})",
    f"{names('2201.03545')}: {T('2201.03545')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022, pp. 11976–11986. Elérhető: https://arxiv.org/abs/2201.03545 ({L_})",
    f"{names('2104.00298')}: {T('2104.00298')}. In: Proceedings of the 38th International Conference on Machine Learning (ICML), PMLR 139, 2021, pp. 10096–10106.",
    f"{names('2106.04560')}: {T('2106.04560')}. arXiv preprint arXiv:2106.04560, 2021.",
    f"{names('2010.08515')}: {T('2010.08515')} In: International Conference on Learning Representations (ICLR), 2021.",
    f"{names('2004.07780')}: {T('2004.07780')}. Nature Machine Intelligence, 2(11), 2020, pp. 665–673.",
    f"{names('2103.14586')}: {T('2103.14586')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2021, pp. 10231–10241.",
    "Wightman, R.: PyTorch Image Models (timm). GitHub-tároló, 2019–2025. Elérhető: https://github.com/huggingface/pytorch-image-models (Letöltve: 2025. 02. 14.)",
    "Szabó, B.: Kukoricalevél-betegségek felismerése konvolúciós hálókkal. Szakdolgozat, Debreceni Egyetem Informatikai Kar, 2023.",
    "Agrárinformatikai Tudásközpont: Drónfelvételek a hajdúsági kísérleti parcellákról, 2022–2024. Belső jelentés, Debrecen, 2024.",
]
text_before = [
    "A dolgozatban egy kis, saját mezőgazdasági képadathalmazon a Vision Transformer [1] és a Swin",
    "Transformer [2] előtanított változatait vetettem össze a modern konvolúciós hálókkal [3, 4]. A",
    "nagyobb modellek skálázásáról szóló eredmények [5] alapján azt vártam, hogy",
    "a transzformerek csak sok adattal előzik meg a konvolúciós hálókat; ezt a mintahatékonyságról szóló",
    "elméleti eredmény [6] is alátámasztja. A kis (kb. 4 000 képes) saját adathalmazon valóban a ConvNeXt-T",
    "adta a legjobb pontosságot (91,4%), a ViT-B/16 csak erős augmentációval közelítette meg.",
    "",
    "A hibaelemzés szerint a modellek gyakran a háttér (talajszín, árnyék) alapján döntöttek, ami a",
    "rövidítéses tanulás (shortcut learning) [7] ismert jelensége; a robusztussági vizsgálatok [8] alapján a",
    "transzformerek ebben valamivel kevésbé érzékenyek. A kísérleteket PyTorchban, a timm könyvtárral [9]",
    "végeztem. A korábbi, kizárólag konvolúciós hálókat használó dolgozathoz [10] képest az eredmények",
    "azt mutatják, hogy a transzferalapú megközelítés kis adaton is működik. A jövőben a drónfelvételeket",
    "[11] is szeretném bevonni, valamint az ImageNet-21k-n előtanított változatokat kipróbálni.",
]
out = ["6.2. Eredmények értékelése és kitekintés", ""] + text_before + ["", "", "41", "",
       "Irodalomjegyzék", ""]
page, lines_on_page = 42, 0
for i, r in enumerate(refs, 1):
    w = textwrap.wrap(f"[{i}] {r}", width=92, subsequent_indent="     ", break_on_hyphens=False)
    if lines_on_page + len(w) > 26:
        out += ["", str(page), ""]
        page += 1; lines_on_page = 0
    out += w + [""]
    lines_on_page += len(w) + 1
out += ["", str(page), "", "Köszönetnyilvánítás", "",
        "Köszönöm témavezetőmnek, Dr. Kovács Gábornak a türelmét és a hasznos tanácsait, valamint az",
        "Agrárinformatikai Tudásközpont munkatársainak a felvételekért. Külön köszönet a családomnak.", "",
        "Debrecen, 2025. április 28.", "", "Nagy Réka", "", "", str(page + 1)]
write_only(F, "\n".join(out) + "\n", keys(F))
