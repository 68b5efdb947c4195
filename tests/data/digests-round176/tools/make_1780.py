#!/usr/bin/env python3
"""1780: the end of a «magistrsko delo» (master's thesis) of the Univerza v Mariboru, Fakulteta za elektrotehniko,
računalništvo in informatiko (UM FERI), copied out of its PDF, Slovenian: the end of the chapter «6 SKLEP» citing the
list by number [n], «VIRI IN LITERATURA» numbered 1..n in alphabetical order (Slovenian collation, č š ž after c s z;
sources without an author by their title), described after SIST ISO 690 as Slovenian faculties ask (authors «PRIIMEK,
Ime», up to three joined with «in», more: three and «et al.»; «V:» before the host of a chapter or paper; «Kraj :
Založba, leto» and ISBN for books; «letn.», «št.», «str.»; «[na spletu]» for web pages; «Dostopno na: URL [citirano
d. m. llll].» for online sources), the faculty's running head at the top of each page and the page number at its
foot, lines broken where the PDF broke them (at most 90 characters, so titles may be split), and the head of
«PRILOGE». The student Luka Žagar, his mentor, the thesis topic, the textbook of Horvat and the two ERK papers are
invented (the ERK conference is real); the MMDetection and PyTorch documentation and ESA's Sentinel-2 handbook appear
as what they are, never labelled. Nicknames Swin, Deformable DETR, DINOv2, EfficientNetV2 appear where the paper is
written in full."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1780)
W = 90
HEAD = "Univerza v Mariboru – Fakulteta za elektrotehniko, računalništvo in informatiko"


def isbn13(stem):
    d = [int(c) for c in stem if c.isdigit()]
    return f"{stem}-{(10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10}"


def sl_key(s):
    return "".join({"č": "c~", "š": "s~", "ž": "z~", "ć": "c~~", "đ": "d~"}.get(c, c) for c in s.casefold())


refs = [
    f"GEIRHOS, Robert, JACOBSEN, Jörn-Henrik, MICHAELIS, Claudio et al. {T('2004.07780')}. Nature Machine "
    "Intelligence. 2020, letn. 2, št. 11, str. 665–673.",
    f"GHIASI, Golnaz, CUI, Yin, SRINIVAS, Aravind et al. {T('2012.07177')}. V: Proceedings of the IEEE/CVF "
    "Conference on Computer Vision and Pattern Recognition (CVPR). 2021, str. 2918–2928. Dostopno na: "
    "https://arxiv.org/abs/2012.07177 [citirano 3. 3. 2025].",
    f"HORVAT, Marko. Računalniški vid v praksi. Maribor : Univerzitetna založba Univerze v Mariboru, 2021. ISBN {isbn13('978-961-286-517')}.",
    "KOVAČ, Ana in HORVAT, Marko. Zaznavanje sprememb na satelitskih posnetkih z globokimi nevronskimi mrežami. V: "
    "Zbornik dvaintridesete mednarodne Elektrotehniške in računalniške konference ERK 2023. Ljubljana : Slovenska "
    "sekcija IEEE, 2023, str. 211–214.",
    f"LIU, Ze, LIN, Yutong, CAO, Yue et al. {T('2103.14030')}. V: Proceedings of the IEEE/CVF International "
    "Conference on Computer Vision (ICCV). 2021, str. 10012–10022. Dostopno na: https://arxiv.org/abs/2103.14030 "
    "[citirano 17. 2. 2025].",
    "MMDetection Documentation [na spletu]. Dostopno na: https://mmdetection.readthedocs.io/en/latest/ [citirano 14. 1. 2025].",
    f"OQUAB, Maxime, DARCET, Timothée, MOUTAKANNI, Théo et al. {T('2304.07193')}. Transactions on Machine "
    "Learning Research. 2024.",
    "PyTorch Documentation [na spletu]. Dostopno na: https://pytorch.org/docs/stable/index.html [citirano 14. 1. 2025].",
    f"QIU, Yue, YAMAMOTO, Shintaro, NAKASHIMA, Kodai et al. {T('2103.14146')}. V: Proceedings of the IEEE/CVF "
    "International Conference on Computer Vision (ICCV). 2021, str. 1971–1980.",
    "Sentinel-2 User Handbook [na spletu]. European Space Agency, 2015. Dostopno na: "
    "https://sentinel.esa.int/documents/247904/685211/Sentinel-2_User_Handbook [citirano 2. 2. 2025].",
    f"TAN, Mingxing in LE, Quoc V. {T('2104.00298')}. V: Proceedings of the 38th International Conference on "
    "Machine Learning (ICML). 2021, str. 10096–10106. arXiv:2104.00298.",
    f"ZHAI, Xiaohua, KOLESNIKOV, Alexander, HOULSBY, Neil et al. {T('2106.04560')}. V: Proceedings of the "
    "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2022, str. 12104–12113.",
    f"ZHU, Xizhou, SU, Weijie, LU, Lewei et al. {T('2010.04159')}. V: International Conference on Learning "
    "Representations (ICLR). 2021. Dostopno na: https://arxiv.org/pdf/2010.04159v4 [citirano 3. 3. 2025].",
    "ŽAGAR, Luka in KOVAČ, Ana. Primerjava transformerskih detektorjev objektov na letalskih posnetkih. V: Zbornik "
    "triintridesete mednarodne Elektrotehniške in računalniške konference ERK 2024. Ljubljana : Slovenska sekcija "
    "IEEE, 2024, str. 187–190.",
]
assert refs == sorted(refs, key=sl_key)
concl = ("V magistrskem delu smo razvili in ovrednotili sistem za zaznavanje in opis sprememb v parih letalskih in "
         "satelitskih posnetkov urbanih območij. Za hrbtenico detektorja smo uporabili hierarhični transformer s "
         "premaknjenimi okni [5], objekte, ki so se spremenili, pa lokaliziramo z deformabilnim DETR [13], ki se uči "
         "bistveno hitreje od izvirnika. Kot konvolucijsko izhodišče za primerjavo smo izbrali EfficientNetV2 [11]. "
         "Rezultati potrjujejo ugotovitve iz [12], da kakovost vizualnih transformerjev raste z velikostjo modela in "
         "podatkov, predhodno naučene značilke DINOv2 [7] pa dajo najboljši rezultat pri malo označenih primerih. "
         "Pomanjkanje označenih podatkov smo delno nadomestili z bogatenjem podatkov s kopiranjem in lepljenjem "
         "objektov [2]. Opis sprememb v naravnem jeziku sledi pristopu iz [9], prilagojenemu večspektralnim posnetkom "
         "satelitov Sentinel-2 [10].")
concl2 = ("Analiza napak je pokazala, da se del modelov opira na »bližnjice« v podatkih – sence in sezonske razlike v "
          "rastlinju –, kar se ujema z opisanim v [1]. Podobna opažanja za slovenske podatke so objavljena v [4]. "
          "Poskuse smo izvedli v ogrodjih PyTorch [8] in MMDetection [6], postopek učenja pa sledi [3]. Del "
          "rezultatov je bil predstavljen v [14].")
pages, page = [], 61
cur = ["lahko model ohrani prostorsko informacijo na vseh ravneh hierarhije.", "", "6 SKLEP", ""]
cur += textwrap.wrap(concl, W) + [""] + textwrap.wrap(concl2, W) + [
    ""] + textwrap.wrap("Nadaljnje delo bo usmerjeno v obdelavo časovnih vrst z več kot dvema posnetkoma in v "
                        "zmanjšanje računske zahtevnosti za vgrajene naprave.", W)
pages.append(cur)
cur = ["VIRI IN LITERATURA", ""]
for n, r in enumerate(refs, 1):
    cur += textwrap.wrap(f"[{n}] {r}", W, break_on_hyphens=False)
    if n == 7:
        pages.append(cur); cur = []
pages.append(cur)
pages.append(["PRILOGE", "", "Priloga A: Nastavitve učenja detektorja"])
L = []
for pg in pages:
    L += [HEAD, ""] + pg + ["", str(page), ""]
    page += 1
assert all(len(x) <= W for x in L), [x for x in L if len(x) > W]
write_only(F, "\n".join(L), keys(F))
