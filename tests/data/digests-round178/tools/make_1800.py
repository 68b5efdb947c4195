#!/usr/bin/env python3
"""1800: the end of a Tallinna Ülikool (Digitehnoloogiate instituut) master's thesis («magistritöö») copied from its
PDF, Estonian: the end of «KOKKUVÕTE» with numbered citations, «KASUTATUD KIRJANDUS» after EVS-ISO 690 (numbered,
alphabetical in Estonian order — Š Z Ž after S, before T; «PEREKONNANIMI, Eesnimi», «et al.» after three names,
«Kättesaadav:» and «[vaadatud p.k.aaaa]»), «LISAD» and the first lines of the licence; every page closing with its
number, lines wrapped at 90 as the viewer copies them. The thesis, its author, the supervisor, the Estonian textbook and
the earlier thesis are invented; the Maa-amet orthophotos, PyTorch and MMDetection are what they are."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, key_of, write_only
from make_expected import by_num, keys, LENET
F = by_num(1800)
ET = "abcdefghijklmnopqrsšzžtuvwõäöüxy"


def et_key(s):
    return [ET.index(c) if c in ET else -1 for c in s.lower() if c.isalpha()]


def names(k, n=3):
    a = CAT[key_of(k)]["authors"]
    f = [f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}" for x in a[:n]]
    s = ", ".join(f) + " et al." if len(a) > n else (", ".join(f[:-1]) + " ja " + f[-1] if len(f) > 1 else f[0])
    return s[:-1] if s.endswith(".") else s


REFS = [
    names("2103.14586") + f". {T('2103.14586')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2021, lk 10231–10241.",
    names("2103.14167") + f". {T('2103.14167')}. In: ICCV 2021 [võrgus]. 2021. Kättesaadav: https://arxiv.org/abs/2103.14167 [vaadatud 3.03.2025].",
    "KASK, Liisa. Muutuste tuvastamine Sentinel-2 aegridadest põllumassiivide näitel. Magistritöö. Tallinn: Tallinna Ülikool, 2022.",
    names(LENET) + f". {LENET}. Proceedings of the IEEE. 1998, 86. kd, nr 11, lk 2278–2324.",
    names("2201.03545") + f". {T('2201.03545')} [võrgus]. 2022. Kättesaadav: https://arxiv.org/abs/2201.03545 [vaadatud 14.02.2025].",
    "MAA-AMET. Ortofotod [võrgus]. Tallinn: Maa- ja Ruumiamet, 2024. Kättesaadav: https://geoportaal.example.ee/ortofotod [vaadatud 10.01.2025].",
    names("2304.07193") + f". {T('2304.07193')} [võrgus]. 2023. Kättesaadav: https://arxiv.org/pdf/2304.07193v2 [vaadatud 20.02.2025].",
    names("2103.14146") + f". {T('2103.14146')}. In: ICCV 2021. 2021, lk 12280–12289.",
    names("2010.04159") + f". {T('2010.04159')}. In: International Conference on Learning Representations (ICLR). 2021. arXiv:2010.04159.",
    "TAMM, Jaan. Masinõpe ja kaugseire. Tartu: Ülikooli Kirjastus, 2020. ISBN 978-9949-03-512-0.",
    names("2104.00298") + f". {T('2104.00298')}. In: Proceedings of the 38th International Conference on Machine Learning (ICML). 2021, lk 10096–10106.",
]
surn = [r.split(",")[0].split(".")[0] for r in REFS]
assert surn == sorted(surn, key=et_key), surn


def isbn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0


assert isbn_ok("978-9949-03-512-0")
W = 90
body1 = ("Töö käigus võrreldi kolme selgroovõrku ja kahte detektorit aerofotodel muutuste tuvastamiseks. Klassikaline "
         "konvolutsioonivõrk [4] jäi kõigis katsetes alla uuematele arhitektuuridele [5, 11]. Parima tulemuse andis "
         "deformeeruva tähelepanuga detektor [9] koos iseõppinud tunnustega [7]; piltide vastavuste leidmiseks "
         "kasutati transformeril põhinevat meetodit [2]. Muutuste kirjeldamise idee [8] ja robustsuse analüüs [1] "
         "jäävad edasiseks tööks. Varasemate eksperimentidega [3] võrreldes paranes F1-skoor 6,4 protsendipunkti. "
         "Andmestikuna kasutati Maa-ameti ortofotosid [6] ning õpiku [10] soovitusi eeltöötluseks.")
lines = ["KOKKUVÕTE", ""] + textwrap.wrap(body1, W) + ["", "Töö kood on avaldatud ülikooli GitLabis (PyTorch 2.3, MMDetection 3.3)."]
pages = [lines]
refl = ["KASUTATUD KIRJANDUS", ""]
for i, r in enumerate(REFS, 1):
    w = textwrap.wrap(f"[{i}] {r}", W, break_on_hyphens=False, break_long_words=False)
    refl += w + [""]
pages.append(refl[:21])
pages.append(refl[21:])
pages.append(["LISAD", "", "Lisa 1. Katsete hüperparameetrid", "", "Mudel\tSelgroog\tÕpisamm\tEpohhid",
              "Deformable DETR\tConvNeXt-T\t0,0002\t50", "Deformable DETR\tDINOv2-S\t0,0001\t50"])
out = []
for n, p in enumerate(pages, 58):
    while p and not p[-1]: p = p[:-1]
    while p and not p[0]: p = p[1:]
    out += p + ["", str(n), ""]
text = "\n".join(out).rstrip("\n") + "\n"
write_only(F, text, keys(F))
