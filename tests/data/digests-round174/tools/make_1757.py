#!/usr/bin/env python3
"""1757: the «Informačný list predmetu» (the course information sheet Slovak universities publish for every subject,
printed from AIS2 as a PDF) of a master's subject at the Žilinská univerzita v Žiline, Fakulta riadenia a informatiky,
copied out of the PDF as text, Slovak: the sheet's fixed fields in their fixed order (Akademický rok, Vysoká škola,
Fakulta, Kód predmetu, Názov predmetu, Druh, rozsah a metóda vzdelávacích činností with the weekly and per-term hours,
Počet kreditov, Odporúčaný semester, Stupeň štúdia, Podmieňujúce predmety, Podmienky na absolvovanie predmetu with the
points and the A–FX scale, Výsledky vzdelávania, Stručná osnova predmetu week by week, Odporúčaná literatúra,
Jazyk…, Poznámky, Hodnotenie predmetov with the grade shares of the students graded so far, Vyučujúci, Dátum poslednej
zmeny, Schválil) and the page footers «Strana: n»; long field values broken where the PDF broke them (at most 100
characters, so titles may be split over two lines). The subject 5IN142 «Neurónové siete pre spracovanie sekvencií», its
teachers, the prerequisite, the grade counts and the dates are invented, and so is the teacher's textbook; the books
«Deep Learning» (Goodfellow, Bengio, Courville) and «Dive into Deep Learning» and PyTorch appear as what they are,
never labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, CTC, GPT1
F = by_num(1757)
W = 100
WEEKS = 13


def isbn(stem):
    """an ISBN-13 with its check digit computed (the invented textbook's)"""
    d = [int(c) for c in stem if c.isdigit()]
    return f"{stem}-{(10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10}"


HOURS = (2, 2)
lit = [
    "GOODFELLOW, I. – BENGIO, Y. – COURVILLE, A.: Deep Learning. Cambridge (MA) : MIT Press, 2016. 775 s. ISBN "
    "978-0-262-03561-3. Dostupné na: https://www.deeplearningbook.org/",
    f"RUMELHART, D. E. – HINTON, G. E. – WILLIAMS, R. J.: {BACKPROP}. In: Nature, 1986, roč. 323, č. 6088, "
    "s. 533 – 536.",
    f"HOCHREITER, S. – SCHMIDHUBER, J.: {LSTM}. In: Neural Computation, 1997, roč. 9, č. 8, s. 1735 – 1780.",
    f"GRAVES, A. – FERNÁNDEZ, S. – GOMEZ, F. – SCHMIDHUBER, J.: {CTC}. In: Proceedings of the 23rd "
    "International Conference on Machine Learning (ICML 2006). Pittsburgh : ACM, 2006, s. 369 – 376.",
    f"SUTSKEVER, I. – VINYALS, O. – LE, Q. V.: {T('1409.3215')}. In: Advances in Neural Information "
    "Processing Systems 27 (NIPS 2014), 2014, s. 3104 – 3112. Dostupné na: https://arxiv.org/abs/1409.3215",
    f"BAHDANAU, D. – CHO, K. – BENGIO, Y.: {T('1409.0473')}. In: 3rd International Conference on "
    "Learning Representations (ICLR 2015), San Diego, 2015. arXiv:1409.0473.",
    f"GRAVES, A. – WAYNE, G. – DANIHELKA, I.: {T('1410.5401')}. Preprint, 2014. Dostupné na: "
    "https://arxiv.org/pdf/1410.5401",
    f"VASWANI, A. et al.: {T('1706.03762')}. In: Advances in Neural Information Processing Systems 30 (NIPS "
    "2017), 2017, s. 5998 – 6008. Dostupné na: https://arxiv.org/abs/1706.03762",
    f"RADFORD, A. – NARASIMHAN, K. – SALIMANS, T. – SUTSKEVER, I.: {GPT1}. Technická správa OpenAI, 2018.",
    "ZHANG, A. – LIPTON, Z. C. – LI, M. – SMOLA, A. J.: Dive into Deep Learning. Cambridge : Cambridge University "
    "Press, 2023. Dostupné na: https://d2l.ai/",
    f"KOVÁČ, M.: Neurónové siete v praxi. Žilina : EDIS – vydavateľstvo ŽU, 2021. 214 s. ISBN {isbn('978-80-554-1742')}.",
]
osnova = [
    "Opakovanie: dopredné siete, učenie spätným šírením chyby, výpočtový graf.",
    "Rekurentné neurónové siete, rozvinutie v čase, problém miznúceho gradientu.",
    "Siete LSTM a GRU, hradlá a pamäťová bunka.",
    "Rozpoznávanie reči: akustické príznaky, zarovnanie výstupu a vstupu, strata CTC.",
    "Vnorenia slov a jazykové modely, perplexita.",
    "Architektúra kóder – dekodér pre strojový preklad.",
    "Mechanizmus pozornosti (attention) v kóder – dekodérových modeloch.",
    "Neurónové siete s externou pamäťou.",
    "Architektúra Transformer: self-attention, viachlavová pozornosť, pozičné kódovanie.",
    "Predtrénovanie jazykových modelov a dolaďovanie na úlohy.",
    "Dekódovanie: greedy, beam search, vzorkovanie.",
    "Vyhodnocovanie modelov (BLEU, WER), reprodukovateľnosť experimentov v PyTorch.",
    "Prezentácie semestrálnych projektov.",
]
counts = {"A": 12, "B": 18, "C": 22, "D": 16, "E": 11, "FX": 8}
N = sum(counts.values())


def wrap(s, indent=""):
    return textwrap.wrap(s, W, break_on_hyphens=False, subsequent_indent=indent)


L = ["INFORMAČNÝ LIST PREDMETU", "Akademický rok: 2024/2025",
     "Vysoká škola: Žilinská univerzita v Žiline",
     "Fakulta: Fakulta riadenia a informatiky",
     "Kód predmetu:", "5IN142",
     "Názov predmetu:", "Neurónové siete pre spracovanie sekvencií",
     "Druh, rozsah a metóda vzdelávacích činností:",
     "Forma výučby: Prednáška / Cvičenie",
     "Odporúčaný rozsah výučby (v hodinách):",
     f"Týždenný: {HOURS[0]} / {HOURS[1]} Za obdobie štúdia: {HOURS[0] * WEEKS} / {HOURS[1] * WEEKS}",
     "Metóda štúdia: prezenčná",
     "Počet kreditov: 6",
     "Odporúčaný semester/trimester štúdia: 2.",
     "Stupeň štúdia: II.",
     "Podmieňujúce predmety: FRI.5IN101/22 - Strojové učenie",
     "Podmienky na absolvovanie predmetu:"]
L += wrap("Priebežné hodnotenie: dve semestrálne zadania (2 × 15 b.) a priebežný test (10 b.), spolu 40 b. Na "
          "pripustenie ku skúške je potrebných aspoň 20 b. z priebežného hodnotenia.")
L += ["Záverečné hodnotenie: písomná skúška (60 b.)",
      "Hodnotenie: A: 93 – 100 b., B: 85 – 92 b., C: 77 – 84 b., D: 69 – 76 b., E: 61 – 68 b.,", "FX: 0 – 60 b.",
      "Výsledky vzdelávania:"]
L += wrap("Absolvent predmetu pozná princípy rekurentných sietí, mechanizmu pozornosti a architektúry Transformer, "
          "vie navrhnúť, natrénovať a vyhodnotiť model pre úlohy nad sekvenciami (preklad, rozpoznávanie reči, "
          "klasifikácia textu) a kriticky čítať pôvodné vedecké články z oblasti.")
L += ["Stručná osnova predmetu:"]
for i, o in enumerate(osnova, 1):
    L += wrap(f"{i}. {o}")
L += ["Odporúčaná literatúra:"]
page_break_after = 6
for i, r in enumerate(lit, 1):
    L += wrap(f"{i}. {r}")
    if i == page_break_after:
        L += ["", "Strana: 1", ""]
L += ["Jazyk, ktorého znalosť je potrebná na absolvovanie predmetu:", "slovenský jazyk, anglický jazyk", "Poznámky:"]
L += wrap("Články v zozname literatúry sú povinné čítanie k prednáškam 3 – 9; ich elektronické verzie sú dostupné z "
          "univerzitnej siete. Cvičenia prebiehajú v jazyku Python (PyTorch).")
L += ["Hodnotenie predmetov", f"Celkový počet hodnotených študentov: {N}", "A B C D E FX",
      " ".join(f"{counts[g] * 100 / N:.2f}".replace(".", ",") for g in counts)]
L += wrap("Vyučujúci: doc. Ing. Martin Kováč, PhD. (prednášajúci, skúšajúci, zodpovedný za výučbu predmetu), Ing. "
          "Zuzana Horváthová, PhD. (cvičiaci)")
L += ["Dátum poslednej zmeny: 02.09.2024", "Schválil: prof. Ing. Peter Novák, PhD.", "", "Strana: 2"]
assert all(len(x) <= W for x in L), [x for x in L if len(x) > W]
write_only(F, "\n".join(L) + "\n", keys(F))
