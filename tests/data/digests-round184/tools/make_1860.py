#!/usr/bin/env python3
"""1860: the end of a master's thesis («masteroppgave») at OsloMet – storbyuniversitetet, copied from the PDF, Norwegian
(bokmål): the end of «7 Konklusjon og videre arbeid» with author–year citations, a footnote, the «Litteraturliste» after
the Norsk APA-manual (the national standard for Norwegian-language APA 7 style: «Etternavn, I. I., … & Etternavn, I.
(År). Tittel i setningsform. I …», no comma before «&», «s.» for pages, «(Red.)», «u.å.», «Hentet d. måned åååå fra»),
alphabetical, and «Vedlegg A» with a table; wrapped at 88 columns as the PDF viewer copies it (titles broken over
lines), a running head and page numbers. The student, the thesis, the municipality case and the dates are invented;
Kartverket's «Norge i bilder», PyTorch and Bishop & Bishop's book appear as what they are. Computed: the author lists
in APA form from the catalogue (up to 20 names, «&» before the last), the alphabetical order (asserted), every
citation naming an entry and every entry cited (asserted), the titles in sentence case (asserted equal to the
catalogue's but for letter case), the wrapping, the running heads and page numbers."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, write_only
from make_expected import by_num, keys
F = by_num(1860)
W = 88
HEAD = "Endringsdeteksjon i ortofoto med transformerbaserte modeller \u2014 mai 2026"
FIRST_PAGE = 61


def ini(given):
    out = []
    for g in given.split():
        out.append("-".join(p[0] + "." for p in g.split("-")) if not g.endswith(".") else g)
    return " ".join(out)


def apa_name(n):
    p = n.split()
    return f"{p[-1]}, {ini(' '.join(p[:-1]))}"


def apa_authors(k):
    a = [apa_name(n) for n in CAT[k]["authors"]]
    assert len(a) <= 20
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " & " + a[-1]


def cite(k):
    a = CAT[k]["authors"]
    s = [n.split()[-1] for n in a]
    return s[0] if len(a) == 1 else (f"{s[0]} & {s[1]}" if len(a) == 2 else f"{s[0]} et al.")


def sc(k, s):
    assert s.lower() == T(k).lower(), (s, T(k))
    return s


ICLR = "I International Conference on Learning Representations."
ICCV = "I Proceedings of the IEEE/CVF International Conference on Computer Vision. IEEE."
ENT = [
    ("bishop", "Bishop, C. M. & Bishop, H. (2024). Deep learning: Foundations and concepts. Springer.", "Bishop & Bishop", "2024"),
    ("dosovitskiy", f"{apa_authors('2010.11929')} (2021). {sc('2010.11929', 'An image is worth 16x16 words: Transformers for image recognition at scale')}. "
     f"{ICLR} https://openreview.net/forum?id={OR('2010.11929')}", cite("2010.11929"), "2021"),
    ("gulrajani", f"{apa_authors('2007.01434')} (2021). {sc('2007.01434', 'In search of lost domain generalization')}. {ICLR}",
     cite("2007.01434"), "2021"),
    ("jiang", f"{apa_authors('2103.14167')} (2021). {sc('2103.14167', 'COTR: Correspondence transformer for matching across images')}. {ICCV}",
     cite("2103.14167"), "2021"),
    ("kartverket", "Kartverket. (u.\u00e5.). Norge i bilder. Hentet 14. mars 2026 fra https://norgeibilder.no",
     "Kartverket", "u.\u00e5."),
    ("liu", f"{apa_authors('2201.03545')} (2022). {sc('2201.03545', 'A ConvNet for the 2020s')}. I Proceedings of the IEEE/CVF "
     "Conference on Computer Vision and Pattern Recognition (s. 11976\u201311986). IEEE. https://arxiv.org/abs/2201.03545",
     cite("2201.03545"), "2022"),
    ("pham", f"{apa_authors('2101.01761')} (2021). {sc('2101.01761', 'AutoDropout: Learning dropout patterns to regularize deep networks')}. "
     "I Proceedings of the AAAI Conference on Artificial Intelligence. AAAI Press.", cite("2101.01761"), "2021"),
    ("pytorch", "PyTorch Foundation. (2025). PyTorch (Versjon 2.6) [Programvare]. https://pytorch.org", "PyTorch Foundation", "2025"),
    ("qiu", f"{apa_authors('2103.14146')} (2021). {sc('2103.14146', 'Describing and localizing multiple changes with transformers')}. "
     f"{ICCV} http://arxiv.org/abs/2103.14146v2", cite("2103.14146"), "2021"),
    ("tan", f"{apa_authors('2104.00298')} (2021). {sc('2104.00298', 'EfficientNetV2: Smaller models and faster training')}. I M. Meila & "
     "T. Zhang (Red.), Proceedings of the 38th International Conference on Machine Learning (s. 10096\u201310106). PMLR.",
     cite("2104.00298"), "2021"),
    ("zhu", f"{apa_authors('2010.04159')} (2021). {sc('2010.04159', 'Deformable DETR: Deformable transformers for end-to-end object detection')}. "
     f"{ICLR} https://arxiv.org/pdf/2010.04159v4", cite("2010.04159"), "2021"),
]
assert [e[0] for e in ENT] == sorted(e[0] for e in ENT)
assert all(", &" not in e[1] for e in ENT)


def c(k, narrative=False):
    e = next(x for x in ENT if x[0] == k)
    return f"{e[2].replace(' & ', ' og ')} ({e[3]})" if narrative else f"({e[2]}, {e[3]})"


BODY = [
    "7.2 Videre arbeid",
    "",
    "Resultatene i kapittel 6 viser at en konvolusjonsbasert ryggrad av typen ConvNeXt " + c("liu") + " gir like god "
    "deteksjon av nye bygg som en ren vision transformer " + c("dosovitskiy") + ", men med halvparten av "
    "treningstiden p\u00e5 v\u00e5r maskinvare. Objektdetektoren bygger p\u00e5 Deformable DETR " + c("zhu") + ", og "
    "beskrivelsene av endringene i naturlig spr\u00e5k f\u00f8lger oppsettet til " + c("qiu", True) + ". For \u00e5 "
    "registrere bildeparene mot hverandre brukte vi tette korrespondanser " + c("jiang") + "\u00b9.",
    "",
    "Tre retninger peker seg ut. For det f\u00f8rste b\u00f8r en mindre ryggrad som EfficientNetV2 " + c("tan") + " "
    "pr\u00f8ves p\u00e5 kommunens egne servere, der GPU-minnet er begrenset. For det andre tyder de svake resultatene "
    "for Finnmark p\u00e5 at modellen ikke generaliserer mellom landsdeler; her er oppsettet og l\u00e6rdommene fra "
    + c("gulrajani", True) + " et naturlig utgangspunkt, og l\u00e6rt regularisering som i " + c("pham", True) + " kan "
    "v\u00e6re et billig f\u00f8rste steg. For det tredje b\u00f8r vi f\u00e5 tilgang til flere \u00e5rganger av "
    "ortofoto fra Norge i bilder " + c("kartverket") + " enn de tre vi har brukt.",
    "",
    "All kode er skrevet i PyTorch " + c("pytorch") + "; for bakgrunnsstoff om dyp l\u00e6ring viser vi til "
    + c("bishop", True) + ".",
]
FOOT = "\u00b9 Vi brukte forfatternes offentlige kode og vektene som h\u00f8rer til arXiv-versjonen (arXiv:2103.14167)."


def wrap(s):
    return textwrap.wrap(s, W, break_long_words=False, break_on_hyphens=False) if s else [""]


lines = []
for b in BODY:
    lines += wrap(b)
lines += [""] + wrap(FOOT) + ["\f", "Litteraturliste", ""]
for e in ENT:
    lines += wrap(e[1]) + [""]
lines += ["\f", "Vedlegg A Hyperparametere", "",
          "Tabell A.1: Hyperparametere for de beste modellene.",
          "Modell\tRyggrad\tL\u00e6ringsrate\tBatchst\u00f8rrelse\tEpoker",
          "Detektor A\tConvNeXt-T\t1e-4\t16\t50",
          "Detektor B\tViT-B/16\t5e-5\t8\t50",
          "Beskriver\tConvNeXt-T\t2e-4\t32\t30",
          "",
          "Alle modeller er trent p\u00e5 \u00e9n GPU med 24 GB minne."]
# pages: a page ends at a form feed or after 36 lines; every page opens with the running head and closes with its number
pages, cur = [], []
for l in lines:
    if l == "\f" or len(cur) >= 36:
        if cur: pages.append(cur)
        cur = []
        if l == "\f": continue
    cur.append(l)
pages.append(cur)
out = []
for n, p in enumerate(pages, FIRST_PAGE):
    while p and p[0] == "": p = p[1:]
    while p and p[-1] == "": p = p[:-1]
    out += [HEAD, ""] + p + ["", str(n)]
text = "\n".join(out) + "\n"
assert all(len(l) <= 90 for l in out)
write_only(F, text, keys(F))
