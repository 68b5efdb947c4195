#!/usr/bin/env python3
"""1700: the end of a «diplomski rad» of the Sveučilište u Rijeci, Tehnički fakultet, copied from its PDF as text,
Croatian: the last section of the results chapter with numbered citations [n], «Zaključak», «Literatura» in citation
order («I. Prezime, I. Prezime i I. Prezime», «et al.», „Naslov“, «u: …», «arXiv preprint arXiv:…», «Dostupno na: URL
(pristupljeno: d. m. yyyy.)»), wrapped at 90 columns with a hanging indent as the PDF's lines fall, page numbers
alone on a line, «Sažetak» and «Ključne riječi» after the references. The student, the mentor, the thesis title and an
earlier thesis cited are invented; PyTorch, timm with its GitHub URL and ImageNet appear as what they are, never
labelled; ViT, Swin, ConvNeXt are nicknames here, their papers labelled by full title."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, initials, write_only
from make_expected import by_num, keys, LENET
F = by_num(1700)
ACC = "(pristupljeno: 3. 6. 2025.)"


def names(key, n=3):
    a = [initials(x) for x in CAT[key]["authors"]]
    if len(a) > n: return ", ".join(a[:n]) + " et al."
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " i " + a[-1]


refs = [
    f"{names(LENET, 4)}, „{LENET}“, Proceedings of the IEEE, vol. 86, br. 11, str. 2278–2324, 1998.",
    f"{names('2010.11929')}, „{T('2010.11929')}“, u: International Conference on Learning Representations (ICLR), 2021. Dostupno na: https://arxiv.org/abs/2010.11929 {ACC}",
    f"{names('2103.14030')}, „{T('2103.14030')}“, u: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), str. 10012–10022, 2021. Dostupno na: https://arxiv.org/pdf/2103.14030v2 {ACC}",
    f"{names('2201.03545')}, „{T('2201.03545')}“, u: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), str. 11976–11986, 2022. Dostupno na: https://arxiv.org/abs/2201.03545 {ACC}",
    f"{names('2106.04560', 4)}, „{T('2106.04560')}“, arXiv preprint arXiv:2106.04560, 2021.",
    f"{names('2010.08515')}, „{T('2010.08515')}“, u: International Conference on Learning Representations (ICLR), 2021.",
    f"{names('2103.14586')}, „{T('2103.14586')}“, u: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), str. 10231–10241, 2021.",
    f"{names('2004.07780')}, „{T('2004.07780')}“, Nature Machine Intelligence, vol. 2, br. 11, str. 665–673, 2020.",
    "R. Wightman, „PyTorch Image Models (timm)“, GitHub repozitorij, 2019. Dostupno na: https://github.com/huggingface/pytorch-image-models " + ACC,
    "M. Jurić, „Klasifikacija slika biljnih bolesti konvolucijskim neuronskim mrežama“, diplomski rad, Sveučilište u Rijeci, Tehnički fakultet, 2023.",
]


def wrap(n, r):
    return textwrap.wrap(f"[{n}] {r}", width=90, subsequent_indent="     ", break_on_hyphens=False,
                         break_long_words=False)


body = """5.3. Rasprava

Rezultati iz tablice 5.2 potvrđuju ono što je poznato još od klasičnih konvolucijskih mreža
[1]: na malom skupu podataka induktivna pristranost konvolucije donosi prednost. Vizualni
transformeri [2] i hijerarhijski Swin [3] nadmašili su ResNet-50 tek uz predtreniranje na
ImageNetu, dok je moderni ConvNeXt [4] bio najbolji u omjeru točnosti i vremena
izvođenja. Trend skaliranja opisan u [5] na našim podacima nije bilo moguće provjeriti jer
najveći model nije stao u memoriju grafičke kartice.

Teorijsko objašnjenje zašto su konvolucijske mreže učinkovitije s obzirom na broj uzoraka
dano je u [6], a otpornost transformera na perturbacije ulaza ispitana je u [7]. Dio
pogrešaka na testnom skupu upućuje na učenje prečacima [8]: model je za bolesne listove
često koristio boju pozadine. Sve modele trenirali smo s knjižnicom timm [9], uz iste
postavke kao u prethodnom radu na istom skupu podataka [10].""".split("\n")
zak = """6. Zaključak

U radu su uspoređene konvolucijske mreže i vizualni transformeri na problemu prepoznavanja
bolesti vinove loze iz fotografija listova. Na skupu od 4 800 slika najbolje rezultate dao je
ConvNeXt-T s točnošću od 94,1 %. U daljnjem radu planiramo proširiti skup podataka i
ispitati samonadzirano predtreniranje.""".split("\n")
P = []
page = 38
P += body + ["", str(page), ""] + zak + ["", str(page + 1), "", "Literatura", ""]
lines = []
for i, r in enumerate(refs, 1):
    lines += wrap(i, r)
half = max(i for i, l in enumerate(lines) if i <= 18 and l.startswith("["))  # the page ends between two references
P += lines[:half] + ["", str(page + 2), ""] + lines[half:] + ["", str(page + 3), "",
      "Sažetak", "",
      "Cilj rada bio je usporediti konvolucijske neuronske mreže i vizualne transformere u",
      "prepoznavanju bolesti vinove loze. Modeli su trenirani na vlastitom skupu slika uz prijenos",
      "učenja s ImageNeta. Najbolju točnost postigao je ConvNeXt-T.", "",
      "Ključne riječi: duboko učenje, računalni vid, vizualni transformer, konvolucijske mreže", "",
      str(page + 4)]
write_only(F, "\n".join(P) + "\n", keys(F))
