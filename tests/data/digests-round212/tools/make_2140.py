#!/usr/bin/env python3
"""2140: the last text page and the «Irodalomjegyzék» of an invented BSc thesis (szakdolgozat) of the University of
Miskolc (Miskolci Egyetem, Gépészmérnöki és Informatikai Kar), references in MSZ ISO 690 (the Hungarian adoption of
ISO 690: «CSALÁDNÉV, Utónév, CSALÁDNÉV, Utónév és CSALÁDNÉV, Utónév. Cím. In: Forrás. Hely: Kiadó, év. Elérhető:
URL [Megtekintve: dátum].», «et al.» after three names, numbered in order of first citation), copied from the PDF:
running header, page numbers, lines wrapped at 80. Hungarian. Computed: author forms from the catalogue, numbering by
first citation (asserted), wrapping (textwrap), page numbers consecutive (asserted)."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(2140)
def nm(a):
    p = a.split()
    return f"{p[-1].upper()}, {' '.join(p[:-1])}"
def auth(k):
    a = authors(k)
    if len(a) > 3: return nm(a[0]) + " et al"
    return ", ".join(nm(x) for x in a[:-1]) + (" és " if len(a) > 1 else "") + nm(a[-1])
SEEN = "[Megtekintve: 2026. április 14.]"
REFS = {
 "1406.2661": lambda k: f"{auth(k)}. {T(k)}. In: Advances in Neural Information Processing Systems 27. Montréal: Curran Associates, 2014, 2672–2680. o.",
 "1503.03585": lambda k: f"{auth(k)}. {T(k)}. In: Proceedings of the 32nd International Conference on Machine Learning. Lille: PMLR, 2015, 2256–2265. o. Elérhető: https://arxiv.org/abs/1503.03585 {SEEN}",
 "1907.05600": lambda k: f"{auth(k)}. {T(k)}. In: Advances in Neural Information Processing Systems 32. Vancouver: Curran Associates, 2019.",
 "2010.02502": lambda k: f"{auth(k)}. {T(k)}. In: International Conference on Learning Representations (ICLR 2021). 2021. Elérhető: https://openreview.net/forum?id={OR(k)} {SEEN}",
 "2105.05233": lambda k: f"{auth(k)}. {T(k)}. In: Advances in Neural Information Processing Systems 34. 2021. Elérhető: https://arxiv.org/pdf/2105.05233v4.pdf {SEEN}",
 "2207.12598": lambda k: f"{auth(k)}. {T(k)} [online]. 2022. Elérhető: http://arxiv.org/abs/2207.12598 {SEEN}",
 "2204.06125": lambda k: f"{auth(k)}. {T(k)}. Preprint, arXiv:2204.06125, 2022.",
 "2303.11328": lambda k: f"{auth(k)}. {T(k)}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). Párizs, 2023, 9298–9309. o.",
}
TEXT = """5. Összefoglalás és kitekintés

A dolgozatban a diffúziós generatív modellek működését vizsgáltam a borsodi népi hímzésminták
(matyó minták) előállításának példáján. A generatív hálózatok korábbi uralkodó családja a GAN
volt [@1406.2661]; a diffúziós modellek gondolata a nemegyensúlyi termodinamikából ered
[@1503.03585], és a pontszám-illesztéses megközelítéssel [@1907.05600] vált versenyképessé.
A mintavételezés gyorsítására a determinisztikus DDIM eljárást [@2010.02502] használtam, a
feltételes generáláshoz pedig osztályozó nélküli irányítást [@2207.12598]. A mérési eredmények
megerősítik, hogy a diffúziós modellek képminőségben megelőzik a GAN-okat [@2105.05233].
Kitekintésként a szöveg-kép modellek [@2204.06125] és az egyetlen képből 3D-t előállító
módszerek [@2303.11328] hímzésmintákra való alkalmazása ígéretes irány. A kísérleteket PyTorch
és a Hugging Face Diffusers könyvtár segítségével végeztem; a mintákat a Herman Ottó Múzeum
digitalizált gyűjteményéből válogattam."""
order = []
for k in re.findall(r"\[@([\d.]+)\]", TEXT):
    if k not in order: order.append(k)
assert sorted(order) == sorted(REFS) and order == sorted(order, key=order.index)
text = re.sub(r"\[@([\d.]+)\]", lambda m: f"[{order.index(m.group(1)) + 1}]", TEXT)
HEADER = "Miskolci Egyetem · Gépészmérnöki és Informatikai Kar · Szakdolgozat, 2026"
pages = [text.split("\n")]
refl = ["Irodalomjegyzék", ""]
for i, k in enumerate(order, 1):
    refl += textwrap.wrap(f"[{i}] {REFS[k](k)}", 80, subsequent_indent="    ", break_on_hyphens=False, break_long_words=False)
pages.append(refl)
pages.append(["Nyilatkozat", "", "Alulírott Szabó Réka Boglárka kijelentem, hogy a szakdolgozatot magam készítettem,",
              "és a felhasznált forrásokat az irodalomjegyzékben feltüntettem.", "", "Miskolc, 2026. május 4.",
              "", "                                                   ........................................",
              "                                                                  aláírás"])
out, first = [], 41
for i, p in enumerate(pages):
    out += [HEADER, ""] + p + ["", str(first + i), "\f"]
out[-1:] = []
assert all(len(l) <= 80 or " " not in l.strip() for l in refl)
write_only(F, "\n".join(out) + "\n", keys(F))
