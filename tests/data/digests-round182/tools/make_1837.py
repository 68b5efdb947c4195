#!/usr/bin/env python3
"""1837: a «tantárgyi adatlap és tantárgykövetelmények» (course data sheet) of the Óbudai Egyetem, Neumann János
Informatikai Kar, copied from the browser / PDF as text, Hungarian: head, «Mező: érték» fields, aims, a tab-separated
14-week schedule with Hungarian dates, the requirements (weights in %), the grade bands, numbered literature in the
Hungarian habit («Vezetéknév, I. – …: Cím. Folyóirat, évf. (év) szám, oldalak.»), online sources, the signature. The
course, its code, its teachers and the dates are invented; the book of Goodfellow, Bengio and Courville, the Hungarian
textbook of Altrichter et al., «Dive into Deep Learning» and PyTorch's docs appear as what they are. Computed: the
Mondays from the term's first week (7 days apart), the total hours = weekly hours × 14 (asserted), the weights adding
up to 100 (asserted), every «[n]» in the schedule naming a numbered item (asserted), the signature date before week 1."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, LENET, GLOVE
F = by_num(1837)
HU_M = {9: "szept.", 10: "okt.", 11: "nov.", 12: "dec."}


def hu_names(k, n=4):
    a = CAT[key_of(k)]["authors"][:n]
    out = []
    for name in a:
        p = name.split()
        out.append(p[-1] + ", " + " ".join(x[0] + "." for x in p[:-1]))
    return " – ".join(out)


LIT = [
    ("Kötelező irodalom", [
        f"{hu_names(BACKPROP)}: {T(BACKPROP)}. Nature, 323 (1986) 6088, 533–536.",
        f"{hu_names(LSTM)}: {T(LSTM)}. Neural Computation, 9 (1997) 8, 1735–1780.",
        f"{hu_names(LENET)}: {T(LENET)}. Proceedings of the IEEE, 86 (1998) 11, 2278–2324.",
        "Goodfellow, I. – Bengio, Y. – Courville, A.: Deep Learning. MIT Press, Cambridge (MA), 2016. "
        "Online: https://www.deeplearningbook.org/",
    ]),
    ("Ajánlott irodalom", [
        "Altrichter M. – Horváth G. – Pataki B. – Strausz Gy. – Takács G. – Valyon J.: Neurális hálózatok. "
        "Panem, Budapest, 2006.",
        f"{hu_names(GLOVE)}: {T(GLOVE)}. In: Proceedings of the 2014 Conference on Empirical Methods in Natural "
        "Language Processing (EMNLP), Doha, 2014, 1532–1543.",
        f"{hu_names('1410.5401')}: {T('1410.5401')}. Preprint, arXiv:1410.5401, 2014.",
        "Zhang, A. – Lipton, Z. C. – Li, M. – Smola, A. J.: Dive into Deep Learning. Cambridge University Press, 2023. "
        "Online: https://d2l.ai/",
    ]),
]
ONLINE = [
    f"{hu_names('1409.0473')}: {T('1409.0473')}. https://arxiv.org/abs/1409.0473",
    f"{hu_names('1409.3215')}: {T('1409.3215')}. https://arxiv.org/pdf/1409.3215v3",
    f"Dai, Z. – Yang, Z. – Yang, Y. et al.: {T('1901.02860')}. http://arxiv.org/abs/1901.02860",
    "PyTorch Foundation: PyTorch dokumentáció (torch.nn). https://pytorch.org/docs/stable/nn.html",
]
START = dt.date(2025, 9, 8)
WEEKS = [
    ("A tárgy áttekintése; a perceptron és a többrétegű hálók", "[4] 6. fejezet"),
    ("A hibavisszaterjesztés algoritmusa", "[1]"),
    ("Optimalizálás: SGD, momentum, tanulási ráta", "[4] 8. fejezet"),
    ("Konvolúciós hálók, LeNet-5", "[3]"),
    ("Regularizáció, dropout, normalizálás", "[5] 4. fejezet"),
    ("Szóbeágyazások: word2vec és GloVe", "[6]"),
    ("1. ZH (1–6. hét anyaga)", "—"),
    ("Rekurrens hálók, a gradiens eltűnése", "[4] 10. fejezet"),
    ("LSTM és GRU cellák", "[2]"),
    ("Szekvencia–szekvencia modellek", "[10]"),
    ("Figyelmi mechanizmus a gépi fordításban", "[9]"),
    ("Külső memória: neurális Turing-gép; hosszú kontextus", "[7], [11]"),
    ("2. ZH (8–12. hét anyaga)", "—"),
    ("Beadandók bemutatása, pót-ZH", "—"),
]
nlit = sum(len(x) for _, x in LIT)
for _, r in WEEKS:
    for n in __import__("re").findall(r"\[(\d+)\]", r):
        assert 1 <= int(n) <= nlit + len(ONLINE), r
EA, LAB = 2, 2
WEIGHTS = [("1. ZH", 30, 7), ("2. ZH", 30, 13), ("Beadandó feladat", 40, None)]
assert sum(w for _, w, _ in WEIGHTS) == 100
SIGN = dt.date(2025, 8, 28)
assert SIGN < START
out = ["Óbudai Egyetem", "Neumann János Informatikai Kar", "Alkalmazott Informatikai Intézet", "",
       "TANTÁRGYI ADATLAP ÉS TANTÁRGYKÖVETELMÉNYEK", "2025/26. tanév I. félév", "",
       "Tantárgy neve: Neurális hálózatok alapjai",
       "Tantárgy kódja: NIXNHAMMNE",
       "Kreditérték: 5",
       f"Heti óraszám: előadás {EA}, labor {LAB} (összesen: {(EA + LAB) * 14} óra a félévben)",
       "Számonkérés módja: évközi jegy",
       "Tantárgyfelelős: Dr. Kovácsné Szabó Erzsébet, egyetemi docens",
       "Oktatók: Dr. Kovácsné Szabó Erzsébet, Tóth Bence Márton",
       "Előtanulmányi feltételek: NIXVSMMNE Valószínűségszámítás és statisztika",
       "",
       "Célkitűzés",
       "A tárgy célja, hogy a hallgatók megismerjék a neurális hálózatok alapjait a hibavisszaterjesztéstől a",
       "rekurrens és figyelmi modellekig, és képesek legyenek kisebb hálókat PyTorch-ban megvalósítani és tanítani.",
       "A laborokon a hallgatók a klasszikus cikkek egy-egy eredményét reprodukálják.",
       "",
       "Témakörök",
       "Hét\tDátum\tTéma\tOlvasmány"]
for i, (topic, read) in enumerate(WEEKS, 1):
    d = START + dt.timedelta(days=7 * (i - 1))
    out.append(f"{i}\t{HU_M[d.month]} {d.day}.\t{topic}\t{read}")
out += ["", "Követelmények",
        "Az évközi jegy a következőkből áll össze:"]
for name, w, wk in WEIGHTS:
    out.append(f"- {name}: {w}%" + (f" ({wk}. hét)" if wk else ""))
out += ["A ZH-k és a beadandó feladat külön-külön legalább 40%-os teljesítése szükséges. A pót-ZH a 14. héten írható.",
        "", "Értékelés",
        "0–49%: elégtelen (1)", "50–61%: elégséges (2)", "62–74%: közepes (3)", "75–86%: jó (4)", "87–100%: jeles (5)",
        "", "Irodalom"]
n = 0
for head, items in LIT:
    out.append(head + ":")
    for it in items:
        n += 1; out.append(f"[{n}] {it}")
out.append("Online források:")
for it in ONLINE:
    n += 1; out.append(f"[{n}] {it}")
out += ["", f"Budapest, {SIGN.year}. augusztus {SIGN.day}.", "", "Dr. Kovácsné Szabó Erzsébet s.k.", "tantárgyfelelős", ""]
write_only(F, "\n".join(out), keys(F))
