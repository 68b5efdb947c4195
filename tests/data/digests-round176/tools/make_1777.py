#!/usr/bin/env python3
"""1777: the «Sylabus předmětu» page of a master's course in InSIS, the information system of the Vysoká škola
ekonomická v Praze (VŠE), Fakulta informatiky a statistiky, selected in the browser and copied as text, Czech: the
page head and the heading «Sylabus předmětu <kód> - <název>», the syllabus fields as label / value lines (table cells
copied as tab-separated text) in InSIS's order (Kód předmětu … Doporučené předpoklady), the text fields (Zaměření
předmětu, Výsledky učení), «Obsah předmětu» as a numbered list, the «Studijní zátěž» table (activities and hours,
summing to 26 h per credit), «Způsoby a kritéria hodnocení» (shares summing to 100 %), «Podrobné informace o
hodnocení» with the point scale of VŠE's grades (výborně (1) … nevyhověl (4)), the «Literatura» table (Typ, Autor,
Název, Město, Vydavatel, Rok, ISBN; papers with «Dostupné z:» in the Název cell), the «Rozvrh» table with VŠE's
90-minute blocks, and the last-change line. The course 4IZ574, its teachers, the prerequisite, the rooms and the
teacher's textbook are invented; the books «Deep learning» (Goodfellow, Bengio, Courville) and «Dive into Deep
Learning» and PyTorch appear as what they are, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, LENET, GLOVE
F = by_num(1777)
CREDITS, H_PER_CREDIT, WEEKS = 6, 26, 13
LECT, SEM = 2, 2          # hours per week (a 90-minute block is two teaching hours)


def isbn13(stem):
    d = [int(c) for c in stem if c.isdigit()]
    return f"{stem}-{(10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10}"


code, name = "4IZ574", "Neuronové sítě a hluboké učení"
zatez = [("Účast na přednáškách", LECT * WEEKS), ("Účast na cvičeních (semináře, laboratoře, praktické výcviky)", SEM * WEEKS),
         ("Příprava na cvičení", 16), ("Četba odborné literatury", 28), ("Semestrální projekt", 36), ("Příprava na zkoušku", 24)]
assert sum(h for _, h in zatez) == CREDITS * H_PER_CREDIT
hodnoceni = [("Semestrální projekt", 40), ("Průběžné testy", 10), ("Písemná zkouška", 50)]
obsah = [
    "Úvod: učení z dat, lineární modely, gradientní sestup a jeho varianty.",
    "Vícevrstvý perceptron, výpočetní graf a učení zpětným šířením chyby.",
    "Optimalizace a regularizace: momentum, Adam a oddělený weight decay, dropout, normalizace dávek.",
    "Konvoluční sítě: konvoluce, pooling, klasické architektury pro rozpoznávání znaků a obrazů.",
    "Reprezentace slov: distribuční hypotéza, word2vec a vektory z matice společných výskytů.",
    "Rekurentní sítě, rozvinutí v čase, mizející a explodující gradient.",
    "Buňky LSTM a GRU.",
    "Architektura kodér–dekodér pro strojový překlad.",
    "Mechanismus pozornosti (attention) v kodér–dekodérových modelech.",
    "Sítě s externí pamětí.",
    "Architektura Transformer a předtrénované jazykové modely (přehled).",
    "Prezentace semestrálních projektů, shrnutí.",
]
# Typ, Autor, Název, Město, Vydavatel, Rok, ISBN
lit = [
    ("Základní", "GOODFELLOW, Ian -- BENGIO, Yoshua -- COURVILLE, Aaron.", "Deep learning.", "Cambridge", "MIT Press", 2016, "978-0-262-03561-3"),
    ("Základní", "MAREK, Tomáš.", "Neuronové sítě v příkladech : od perceptronu k Transformeru.", "Praha", "Oeconomica", 2022, isbn13("978-80-245-2471")),
    ("Základní", "RUMELHART, David E. -- HINTON, Geoffrey E. -- WILLIAMS, Ronald J.", f"{BACKPROP}. Nature, 1986, roč. 323, č. 6088, s. 533–536.", "", "", 1986, ""),
    ("Základní", "HOCHREITER, Sepp -- SCHMIDHUBER, Jürgen.", f"{LSTM}. Neural Computation, 1997, roč. 9, č. 8, s. 1735–1780.", "", "", 1997, ""),
    ("Základní", "SUTSKEVER, Ilya -- VINYALS, Oriol -- LE, Quoc V.", f"{T('1409.3215')}. In: Advances in Neural Information Processing Systems 27 (NIPS 2014). Dostupné z: https://arxiv.org/abs/1409.3215", "", "", 2014, ""),
    ("Základní", "BAHDANAU, Dzmitry -- CHO, Kyunghyun -- BENGIO, Yoshua.", f"{T('1409.0473')}. ICLR 2015, arXiv:1409.0473.", "", "", 2015, ""),
    ("Doporučená", "LECUN, Yann -- BOTTOU, Léon -- BENGIO, Yoshua -- HAFFNER, Patrick.", f"{LENET}. Proceedings of the IEEE, 1998, roč. 86, č. 11, s. 2278–2324.", "", "", 1998, ""),
    ("Doporučená", "PENNINGTON, Jeffrey -- SOCHER, Richard -- MANNING, Christopher D.", f"{GLOVE}. In: Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), s. 1532–1543.", "Doha", "Association for Computational Linguistics", 2014, ""),
    ("Doporučená", "LOSHCHILOV, Ilya -- HUTTER, Frank.", f"{T('1711.05101')}. ICLR 2019. Dostupné z: https://arxiv.org/abs/1711.05101", "", "", 2019, ""),
    ("Doporučená", "GRAVES, Alex -- WAYNE, Greg -- DANIHELKA, Ivo.", f"{T('1410.5401')}. Dostupné z: https://arxiv.org/pdf/1410.5401v2", "", "", 2014, ""),
    ("Doporučená", "ZHANG, Aston -- LIPTON, Zachary C. -- LI, Mu -- SMOLA, Alexander J.", "Dive into Deep Learning. Dostupné z: https://d2l.ai/", "Cambridge", "Cambridge University Press", 2023, ""),
]
# den, od, do, místnost, vyučující, typ, týdny
rozvrh = [("Po", "09:15", "10:45", "SB 104", "Marek T.", "Přednáška"),
          ("Po", "12:45", "14:15", "RB 438", "Dvořáková K.", "Cvičení"),
          ("Út", "14:30", "16:00", "RB 438", "Dvořáková K.", "Cvičení")]
L = ["Vysoká škola ekonomická v Praze", "InSIS", "Katalog předmětů", "",
     f"Sylabus předmětu {code} - {name} (FIS - ZS 2024/2025)", "",
     f"Kód předmětu:\t{code}", f"Název v jazyce výuky:\t{name}", f"Název česky:\t{name}",
     "Název anglicky:\tNeural Networks and Deep Learning", "Semestr:\tzimní semestr 2024/2025",
     "Typ předmětu:\tPovinně volitelný", f"Počet kreditů:\t{CREDITS}", "Způsob ukončení:\tzkouška",
     f"Rozsah:\t{LECT}/{SEM} (přednášky/cvičení) [hodiny/týden]", "Jazyk výuky:\tčeština",
     "Fakulta:\tFakulta informatiky a statistiky", "Katedra:\tKatedra informačního a znalostního inženýrství",
     "Garant:\tdoc. Ing. Tomáš Marek, Ph.D.",
     "Vyučující:\tdoc. Ing. Tomáš Marek, Ph.D. (přednášející, zkoušející)", "\tIng. Klára Dvořáková (cvičící)",
     "Doporučené předpoklady:\t4IZ451 Strojové učení", "",
     "Zaměření předmětu:",
     "Předmět seznamuje studenty s principy umělých neuronových sítí a hlubokého učení a s klíčovými články, na "
     "kterých stojí dnešní modely pro zpracování obrazu a přirozeného jazyka. Důraz je kladen na porozumění "
     "původním pracím: každé téma přednášky je doplněno povinnou četbou jednoho článku z literatury.", "",
     "Výsledky učení:",
     "Student po absolvování předmětu umí vysvětlit učení zpětným šířením chyby, navrhnout a natrénovat "
     "konvoluční a rekurentní síť v knihovně PyTorch, popsat mechanismus pozornosti a kriticky přečíst a "
     "shrnout odborný článek z oblasti hlubokého učení.", "", "Obsah předmětu:"]
L += [f"{i}.\t{o}" for i, o in enumerate(obsah, 1)]
L += ["", "Studijní zátěž:", "Činnost\tPrůměrný počet hodin za semestr"]
L += [f"{a}\t{h} h" for a, h in zatez] + [f"Celkem\t{sum(h for _, h in zatez)} h"]
L += ["", "Způsoby a kritéria hodnocení:"] + [f"{a}\t{p} %" for a, p in hodnoceni] + [f"Celkem\t{sum(p for _, p in hodnoceni)} %"]
L += ["", "Podrobné informace o hodnocení:",
      "Semestrální projekt (dvojice): implementace a experimentální srovnání dvou modelů na zvolené úloze a "
      "čtyřstránková zpráva se shrnutím jednoho článku z literatury. Průběžné testy: dva krátké testy na "
      "cvičeních. Písemná zkouška: teoretické otázky a výpočty.",
      "Hodnocení: výborně (1) 90–100 bodů, velmi dobře (2) 75–89 bodů, dobře (3) 60–74 bodů, nevyhověl (4) 0–59 bodů.",
      "", "Literatura:", "Typ\tAutor\tNázev\tMěsto\tVydavatel\tRok\tISBN"]
L += ["\t".join(str(x) for x in r) for r in lit]
L += ["", "Rozvrh na období ZS 2024/2025:", "Den\tČas\tMístnost\tVyučující\tTyp akce"]
L += [f"{d}\t{a}-{b}\t{m}\t{v}\t{t}" for d, a, b, m, v, t in rozvrh]
L += ["", "Poslední změna: 5.9.2024", "Sylabus schválil: prof. Ing. Hana Sýkorová, CSc., 9.9.2024"]
write_only(F, "\n".join(L) + "\n", keys(F))
