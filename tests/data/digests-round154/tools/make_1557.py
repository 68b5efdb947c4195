#!/usr/bin/env python3
"""1557: a course page of Masaryk University's information system (IS MU, is.muni.cz, Katalog předmětů) copied from
the browser: header, course fields, syllabus (Osnova), reading plan as a tab-separated table, literature. Czech."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys
F = by_num(1557)
ids = {"s2s": "1409.3215", "bah": "1409.0473", "bert": "1810.04805", "xln": "1906.08237", "att": "1706.03762",
       "glove": "GloVe: Global Vectors for Word Representation", "lstm": "Long Short-Term Memory", "ulm": "1801.06146"}
start = dt.date(2025, 2, 19)  # first Wednesday of the spring 2025 semester
plan = [
    ("Úvod, jazykové modely n-gramů", "J&M kap. 3 (kniha, ne článek)"),
    ("Vektorové reprezentace slov", "[[T:glove]] (EMNLP 2014, bez arXivu)"),
    ("Rekurentní sítě", "[[T:lstm]] (Neural Computation 1997)"),
    ("Seq2seq", "[[T:s2s]] https://arxiv.org/abs/1409.3215"),
    ("Pozornost", "[[T:bah]] https://arxiv.org/abs/1409.0473"),
    ("Transformer", "[[T:att]] (arXiv:1706.03762)"),
    ("— děkanský den, výuka odpadá —", ""),
    ("Předtrénování a doladění", "[[T:ulm]] (ACL 2018)"),
    ("BERT", "[[T:bert]] https://arxiv.org/abs/1810.04805"),
    ("Autoregresivní vs. maskované", "[[T:xln]] https://arxiv.org/pdf/1906.08237"),
    ("Čeština: RobeCzech, Czert (modely, ne čtení)", "https://huggingface.co/ufal/robeczech-base"),
    ("Prezentace projektů", ""),
]
rows = []
for i, (topic, read) in enumerate(plan, 1):
    d = start + dt.timedelta(days=7 * (i - 1))
    rows.append(f"{i}\t{d.day}. {d.month}. {d.year}\t{topic}\t{read}")
last = start + dt.timedelta(days=7 * (len(plan) - 1))
text = """Přeskočit na obsah
Masarykova univerzita
Informační systém
Přihlášen: Bc. Tereza Dvořáková (učo 512348) | Odhlásit
IS MU / Katalog předmětů / Fakulta informatiky / jaro 2025 / PA263

PA263 Neuronové modely přirozeného jazyka
Fakulta informatiky
jaro 2025
Rozsah
2/2/0. 5 kr. (plus ukončení). Ukončení: zk.
Vyučující
doc. RNDr. Ondřej Veselý, Ph.D. (přednášející)
Mgr. Klára Marešová (cvičící)
Garance
doc. RNDr. Ondřej Veselý, Ph.D.
Katedra strojového učení a zpracování dat – Fakulta informatiky
Rozvrh
St 19. 2. až St LASTD St 10:00–11:50 A217
Předpoklady
IB031 Úvod do strojového učení && IV111 Pravděpodobnost v informatice
Omezení zápisu do předmětu
Předmět je nabízen i studentům mimo mateřské obory.
Mateřské obory/plány
Umělá inteligence a zpracování dat (program FI, N-UIZD)
Cíle předmětu
Studenti porozumí vývoji neuronových jazykových modelů od vektorových reprezentací slov po předtrénované transformery a budou schopni kriticky číst původní články.
Výstupy z učení
Student bude umět: vysvětlit mechanismus pozornosti; natrénovat malý model v PyTorch 2.5; porovnat modely na úloze z benchmarku Czech GLUE-like sady.
Osnova
Týdenní plán četby (sloupce: týden, datum, téma, četba; tabulátorem oddělené, zkopírováno z interaktivní osnovy):
týden\tdatum\ttéma\tčetba
""" + "\n".join(rows) + f"""
Poslední přednáška: {last.day}. {last.month}. {last.year}. Odevzdání projektu do 30. 5. 2025 v odevzdávárně předmětu.
Literatura
    povinná literatura
        JURAFSKY, Daniel a James H. MARTIN. Speech and Language Processing. 3rd ed. draft. 2025. info
    doporučená literatura
        GOLDBERG, Yoav. Neural network methods for natural language processing. San Rafael: Morgan & Claypool, 2017. ISBN 9781627052986. info
Výukové metody
přednášky, cvičení v Jupyteru (fakultní JupyterHub), čtení článků, projekt
Metody hodnocení
Projekt (40 %), referát o jednom článku z osnovy (20 %), písemná zkouška (40 %).
Vyučovací jazyk
čeština
Informace učitele
Diskusní fórum předmětu a materiály: https://is.muni.cz/auth/el/fi/jaro2025/PA263/
Předmět je zařazen také v obdobích jaro 2024.
Stránka vytvořena 10. 2. 2025 14:07, semestr: jaro 2025

Aktuální data a informace o předmětu jsou v IS MU.
IS MU  Nápověda  Mapa IS  © 2025 Masarykova univerzita
"""
text = fill(text.replace("\\t", "\t").replace("LASTD", f"{last.day}. {last.month}."), ids)
write_only(F, text, keys(F))
