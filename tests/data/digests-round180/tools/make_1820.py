#!/usr/bin/env python3
"""1820: the end of a master's thesis («teză de master») of the Universitatea Tehnică a Moldovei (UTM), copied from its
PDF, Romanian as written in Moldova: the end of «CONCLUZII GENERALE ȘI RECOMANDĂRI» with numbered citations,
«BIBLIOGRAFIE» after SM ISO 690:2012 (the Moldovan standard), grouped by language (Romanian, Russian, English), numbered
straight through, alphabetical inside each group (Romanian order: ă â after a, î after i, ș after s, ț after t);
authors «NUME, Prenume», more than three: the first and «et al.»; online sources with «[online]», «[citat zz.ll.aaaa]»
and «Disponibil:»; «ANEXE» with a table, the «DECLARAȚIA PRIVIND ASUMAREA RĂSPUNDERII»; every page closing with its
number, lines wrapped at 85 as the viewer copies them. The thesis, its author, the supervisor, the textbook, the
earlier thesis, the Russian book and geoportal.example.md are invented; the Agenția Relații Funciare și Cadastru,
PyTorch's docs, Detectron2 and MMRotate appear as what they are. Computed: the author forms, the wrapping, the page
numbers, the order inside each group (asserted) and the ISBN check digits."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys
F = by_num(1820)
RO = "aăâbcdefghiîjklmnopqrsștțuvwxyz"


def ro_key(s):
    return [RO.index(c) if c in RO else 100 + ord(c) for c in s.lower() if c.isalpha()]


def names(k):
    a = CAT[key_of(k)]["authors"]
    f = [f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}" for x in a]
    return f[0] + " et al." if len(a) > 3 else ", ".join(f) + "."


def isbn13(stem):
    d = [int(c) for c in stem if c.isdigit()]
    return stem + "-" + str((10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10)


ISBN_RO = isbn13("978-9975-45-712")
ISBN_RU = isbn13("978-5-97060-918")
GROUPS = [
    ("Surse în limba română", [
        "AGENȚIA RELAȚII FUNCIARE ȘI CADASTRU. Ortofotoplanuri digitale ale Republicii Moldova [online]. Chișinău, 2024 "
        "[citat 10.01.2025]. Disponibil: https://geoportal.example.md/ortofoto",
        f"CIOBANU, Ion. Învățare automată: curs universitar. Chișinău: Tehnica-UTM, 2021. 214 p. ISBN {ISBN_RO}.",
        "ROTARU, Ana. Detectarea schimbărilor în imagini aeriene cu rețele convoluționale. Teză de master. Chișinău: "
        "Universitatea Tehnică a Moldovei, 2023. 78 p.",
    ]),
    ("Surse în limba rusă", [
        f"ИВАНОВ, Сергей. Компьютерное зрение на практике. Москва: ДМК Пресс, 2022. 336 с. ISBN {ISBN_RU}.",
    ]),
    ("Surse în limba engleză", [
        names("2010.11929") + f" {T('2010.11929')}. In: International Conference on Learning Representations (ICLR) "
        f"[online]. 2021 [citat 11.02.2025]. Disponibil: https://openreview.net/forum?id={OR('2010.11929')}",
        names("2012.07177") + f" {T('2012.07177')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and "
        "Pattern Recognition (CVPR). 2021, pp. 2918-2928.",
        names("2103.14167") + f" {T('2103.14167')}. In: Proceedings of the IEEE/CVF International Conference on "
        "Computer Vision (ICCV). 2021.",
        names("2103.14030") + f" {T('2103.14030')}. In: Proceedings of the IEEE/CVF International Conference on "
        "Computer Vision (ICCV) [online]. 2021, pp. 10012-10022 [citat 04.03.2025]. Disponibil: "
        "https://arxiv.org/abs/2103.14030v2",
        names("2201.03545") + f" {T('2201.03545')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and "
        "Pattern Recognition (CVPR). 2022, pp. 11976-11986.",
        "PYTORCH FOUNDATION. PyTorch documentation [online]. 2024 [citat 20.01.2025]. Disponibil: "
        "https://pytorch.org/docs/stable/",
        names("2103.14146") + f" {T('2103.14146')}. In: Proceedings of the IEEE/CVF International Conference on "
        "Computer Vision (ICCV). 2021.",
        names("2106.04560") + f" {T('2106.04560')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and "
        "Pattern Recognition (CVPR). 2022, pp. 12104-12113. arXiv:2106.04560.",
        names("2010.04159") + f" {T('2010.04159')}. In: International Conference on Learning Representations (ICLR) "
        "[online]. 2021 [citat 18.02.2025]. Disponibil: https://arxiv.org/pdf/2010.04159.pdf",
    ]),
]
for _, refs in GROUPS:
    heads = [r.split(",")[0].split(".")[0] for r in refs]
    assert heads == sorted(heads, key=ro_key), heads
num = {}
n = 0
for _, refs in GROUPS:
    for r in refs:
        n += 1; num[r] = n
W = 85
c = {}
for r, i in num.items():
    for k in keys(F):
        if T(k) in r: c[k] = i
c["agency"], c["book"], c["thesis"], c["ru"] = 1, 2, 3, 4
c["torch"] = next(i for r, i in num.items() if r.startswith("PYTORCH"))
concl = ("Rezultatele obținute arată că arhitecturile bazate pe transformere depășesc rețelele convoluționale clasice "
         f"la detectarea clădirilor noi pe ortofotoplanurile Agenției [{c['agency']}], dar numai dacă modelul este "
         f"preantrenat pe volume mari de date [{c['2010.11929']}, {c['2106.04560']}]. Rețeaua ierarhică cu ferestre "
         f"deplasate [{c['2103.14030']}] a oferit cel mai bun compromis între precizie și timp de calcul, iar arhitectura "
         f"convoluțională modernizată [{c['2201.03545']}] a rămas foarte aproape, ceea ce confirmă observațiile din "
         f"[{c['thesis']}] și din manualul [{c['book']}]. Detectorul cu atenție deformabilă [{c['2010.04159']}] a redus "
         "timpul de antrenare de aproximativ trei ori, iar augmentarea prin copiere și lipire a obiectelor "
         f"[{c['2012.07177']}] a îmbunătățit scorul F1 cu 3,8 puncte procentuale. Pentru perechile de imagini din ani "
         f"diferiți s-a folosit potrivirea corespondențelor cu transformere [{c['2103.14167']}]; descrierea textuală a "
         f"schimbărilor [{c['2103.14146']}] rămâne o direcție de cercetare viitoare. Experimentele au fost realizate în "
         f"PyTorch [{c['torch']}] (Detectron2 și MMRotate), iar literatura în limba rusă [{c['ru']}] a servit pentru "
         "prelucrarea preliminară a imaginilor.")
page1 = ["CONCLUZII GENERALE ȘI RECOMANDĂRI", ""] + textwrap.wrap(concl, W) + [""] + textwrap.wrap(
    "Recomandări: extinderea setului de date cu imagini din anii 2019–2024 și testarea modelelor pe "
    "ortofotoplanurile regiunilor de sud ale republicii.", W)
bib = ["BIBLIOGRAFIE", ""]
for g, refs in GROUPS:
    bib += [g, ""]
    for r in refs:
        bib += textwrap.wrap(f"{num[r]}. {r}", W, break_on_hyphens=False, break_long_words=False) + [""]
pages = [page1, bib[:25], bib[25:]]
pages.append(["ANEXE", "", "Anexa 1. Rezultatele experimentelor pe setul de test", "",
              "Model\tPreantrenare\tF1 (%)\tTimp/epocă (min)",
              "Swin-T\tImageNet-22k\t81,4\t14",
              "ConvNeXt-T\tImageNet-22k\t80,9\t12",
              "Deformable DETR\tCOCO\t78,2\t19"])
pages.append(["DECLARAȚIA PRIVIND ASUMAREA RĂSPUNDERII", ""] + textwrap.wrap(
    "Subsemnatul, Victor Munteanu, declar pe proprie răspundere că teza de master «Detectarea construcțiilor noi pe "
    "ortofotoplanuri cu ajutorul transformerelor vizuale» este elaborată de mine și nu a mai fost prezentată niciodată "
    "la o altă facultate sau instituție de învățământ superior din țară sau din străinătate. Toate sursele utilizate, "
    "inclusiv cele de pe Internet, sunt indicate în teză, cu respectarea regulilor de evitare a plagiatului.", W)
    + ["", "Data: 20.05.2025\tSemnătura: ______________"])
out = []
for p_no, p in enumerate(pages, 62):
    while p and not p[-1]: p = p[:-1]
    while p and not p[0]: p = p[1:]
    out += p + ["", str(p_no), ""]
text = "\n".join(out).rstrip("\n") + "\n"
write_only(F, text, keys(F))
