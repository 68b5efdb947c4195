#!/usr/bin/env python3
"""1840: the end of a TU/e (Technische Universiteit Eindhoven) «afstudeerverslag» (master's thesis) copied from the
PDF, Dutch: the end of «6 Conclusies en aanbevelingen» with author–year citations, the «Literatuurlijst» after
NEN-ISO 690 (the Dutch adoption of ISO 690:2010: «ACHTERNAAM, Voornaam en Voornaam ACHTERNAAM. Titel. In: … Jaar,
pp. a–b. Beschikbaar via: URL [geraadpleegd op d maand jjjj]»), alphabetical, wrapped at 88 columns as the PDF viewer
copies it (titles broken over lines), a running head and page numbers, «Bijlage A» with a table. The student, the
company, its report, the supervisor and the dates are invented; the timm repository (PyTorch Image Models), the
NEN-ISO 690 standard itself and the ImageNet data appear as what they are. Computed: the author forms (three or more
authors: the first «et al.»), the alphabetical order (asserted), every citation naming an entry and every entry cited
(asserted), the wrapping, the page numbers, the consultation dates (valid, before the version date)."""
import datetime as dt, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys
F = by_num(1840)
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
VERSION = dt.date(2025, 6, 20)


def nl(d): return f"{d.day} {NL_M[d.month - 1]} {d.year}"


def who(k):
    a = CAT[k]["authors"]
    f = a[0].split(); first = f"{f[-1].upper()}, {' '.join(f[:-1])}"
    if len(a) >= 3: return first + " et al.", f[-1] + " et al."
    s = a[1].split()
    return f"{first} en {' '.join(s[:-1])} {s[-1].upper()}.", f"{f[-1]} en {s[-1]}"


def url(u, d): return f" Beschikbaar via: {u} [geraadpleegd op {nl(d)}]."


ENT = []  # (sort key, entry text, citation form, year)


def TT(k):
    return T(k) if T(k).endswith("?") else T(k) + "."


full, cite = who("2104.00298")
ENT.append((full.lower(), f"{full} {TT('2104.00298')} In: Proceedings of the 38th International Conference on Machine "
            f"Learning (ICML). 2021, pp. 10096–10106." + url("https://arxiv.org/abs/2104.00298", dt.date(2025, 2, 11)), cite, 2021))
for k, year, host, link, d in [
    ("2103.14030", 2021, "In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
     "https://arxiv.org/pdf/2103.14030.pdf", dt.date(2025, 2, 11)),
    ("2103.14586", 2021, "In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
     "http://arxiv.org/abs/2103.14586v2", dt.date(2025, 3, 4)),
    ("2007.01434", 2021, "In: International Conference on Learning Representations (ICLR)",
     "https://arxiv.org/abs/2007.01434v1", dt.date(2025, 4, 17)),
    ("2010.08515", 2021, "In: International Conference on Learning Representations (ICLR)", None, None),
    ("2004.11886", 2020, "In: International Conference on Learning Representations (ICLR)", None, None),
]:
    full, cite = who(k)
    ENT.append((full.lower(), f"{full} {TT(k)} {host}. {year}." + (url(link, d) if link else ""), cite, year))
full, cite = who("2004.07780")
ENT.append((full.lower(), f"{full} {TT('2004.07780')} Nature Machine Intelligence. 2020, 2(11), pp. 665–673.", cite, 2020))
full, cite = who("2106.04560")
ENT.append((full.lower(), f"{full} {TT('2106.04560')} In: Proceedings of the IEEE/CVF Conference on Computer Vision and "
            "Pattern Recognition (CVPR). 2022, pp. 12104–12113. arXiv:2106.04560.", cite, 2022))
ENT.append(("nen", "NEN. NEN-ISO 690:2010. Informatie en documentatie – Richtlijnen voor bibliografische verwijzingen "
            "en citaten naar informatiebronnen. Delft: NEN, 2010.", "NEN", 2010))
ENT.append(("russakovsky", "RUSSAKOVSKY, Olga et al. ImageNet Large Scale Visual Recognition Challenge. International "
            "Journal of Computer Vision. 2015, 115(3), pp. 211–252.", "Russakovsky et al.", 2015))
ENT.append(("berg", "BERG, Sanne van den. Visuele inspectie van soldeerverbindingen: huidige werkwijze en "
            "foutcategorieën. Intern rapport IR-2024-031. Veldhoven: Kempenlicht Optics B.V., 2024.", "Van den Berg", 2024))
ENT.append(("wightman", "WIGHTMAN, Ross. PyTorch Image Models [software]. GitHub, 2019." +
            url("https://github.com/huggingface/pytorch-image-models", dt.date(2025, 1, 28)), "Wightman", 2019))
ENT.sort(key=lambda e: e[0])
assert [e[0] for e in ENT] == sorted(e[0] for e in ENT)
# ImageNet's paper is not a catalogue paper; its title is written as the ImageNet data's reference (a dataset)
HEADER = "Robuuste beeldclassificatie voor visuele inspectie"
W = 88
concl = (
    "De experimenten laten zien dat een kleine convolutionele backbone, getraind met de recepten van "
    f"({who('2104.00298')[1]}, 2021), op onze data even goed presteert als een hiërarchische vision transformer "
    f"({who('2103.14030')[1]}, 2021), bij een derde van de rekentijd. De transformer is wel robuuster tegen "
    f"verstoringen van de belichting, in lijn met ({who('2103.14586')[1]}, 2021). Dat convolutionele netwerken met "
    f"weinig data beter generaliseren, verwachtten we op grond van ({who('2010.08515')[1]}, 2021); opschalen zoals in "
    f"({who('2106.04560')[1]}, 2022) is voor ons bedrijf geen optie. Een deel van de fouten komt doordat het model "
    f"op de achtergrond let in plaats van op de soldeerverbinding zelf, een vorm van shortcut learning "
    f"({who('2004.07780')[1]}, 2020). Bij de evaluatie over productielijnen heen volgden we het protocol van "
    f"({who('2007.01434')[1]}, 2021).")
rec = ("Aanbevelingen. (1) Leg bij nieuwe productielijnen eerst een kleine, gelabelde testset aan, zoals beschreven "
       "in (Van den Berg, 2024). (2) Onderzoek voor de inspectiecamera's op de lijn een lichte transformer zoals "
       f"({who('2004.11886')[1]}, 2020). (3) Houd de implementaties van (Wightman, 2019) aan als referentie; de "
       "verwijzingen in dit verslag volgen (NEN, 2010), de voortraining op ImageNet (Russakovsky et al., 2015).")
import re
cited = set(re.findall(r"\(([A-Z][\w -]+?(?: et al\.| en [A-Z][\w-]+)?), (\d{4})\)", concl + " " + rec))
assert cited == {(e[2], str(e[3])) for e in ENT}, (cited ^ {(e[2], str(e[3])) for e in ENT})
pages = []
p1 = ["6 Conclusies en aanbevelingen (vervolg)", ""] + textwrap.wrap(concl, W) + [""] + textwrap.wrap(rec, W)
lit = ["Literatuurlijst", ""]
for _, e, _, _ in ENT:
    lit += textwrap.wrap(e, W, break_long_words=False, break_on_hyphens=False) + [""]
pages = [p1, lit[:24], lit[24:], ["Bijlage A Vergelijking van de modellen", "",
         "Model\tParameters (M)\tResolutie\tTop-1 (%)\tLatentie (ms)",
         "EfficientNetV2-S\t21,5\t384\t96,2\t11,4",
         "Swin-T\t28,3\t224\t96,8\t17,9",
         "ResNet-50\t25,6\t224\t94,1\t9,8",
         "", "Tabel A.1: Resultaten op de testset van lijn 3 (gemiddelde over drie runs)."]]
out = []
for i, pg in enumerate(pages, 41):
    while pg and pg[-1] == "": pg = pg[:-1]
    while pg and pg[0] == "": pg = pg[1:]
    out += [f"{HEADER} — versie {nl(VERSION)}", ""] + pg + ["", str(i), ""]
txt = "\n".join(out)
for m in re.finditer(r"geraadpleegd op (\d+) (\w+) (\d{4})", " ".join(txt.split())):
    assert dt.date(int(m[3]), NL_M.index(m[2]) + 1, int(m[1])) <= VERSION
assert max(len(l) for l in out) <= W + 2
write_only(F, txt, keys(F))
