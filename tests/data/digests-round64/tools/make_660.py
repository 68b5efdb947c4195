#!/usr/bin/env python3
"""660: a Polish manuscript saved from Microsoft Word as Plain Text (File > Save As > Plain Text, encoding
"Unicode (UTF-8)", no line breaks inserted): UTF-8 BOM, CRLF, one line per paragraph, automatic numbering written as
"1.<TAB>", superscript citation numbers flattened into the text ("adapterów.1,2"), table cells separated by tabs,
and a reference list in AMA (11th ed.) style: surname + initials without dots, "et al" after three of more than six
authors, sentence-case titles, "In:" for proceedings, "Preprint posted online", "Accessed" with the URL last."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, sentence_case, sn_init, write_raw
from make_expected import F660, keys


def ama_authors(k):
    a = CAT[k]["authors"]
    names = ["Ben Zaken E" if x == "Elad Ben Zaken" else sn_init(x) for x in a]  # a two-word surname
    return ", ".join(names if len(names) <= 6 else names[:3] + ["et al"]) + "."


S = lambda k: sentence_case(T(k))
refs = [
    f"{ama_authors('2110.04366')} {S('2110.04366')}. arXiv. Preprint posted online October 8, 2021. Accessed February 19, 2024. https://arxiv.org/abs/2110.04366",
    f"{ama_authors('2303.10512')} {S('2303.10512')}. arXiv. Preprint posted online March 18, 2023. Accessed February 19, 2024. https://arxiv.org/abs/2303.10512",
    f"{ama_authors('2106.10199')} {S('2106.10199')}. In: Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers). Association for Computational Linguistics; 2022:1-9.",
    f"{ama_authors('2205.05638')} {S('2205.05638')}. In: Advances in Neural Information Processing Systems. Vol 35. Curran Associates; 2022:1950-1965. arXiv:2205.05638",
    f"{ama_authors('2103.10385')} {S('2103.10385')}. arXiv. Preprint posted online March 18, 2021. Accessed February 20, 2024. https://arxiv.org/abs/2103.10385",
    f"{ama_authors('1711.05101')} {S('1711.05101')}. In: International Conference on Learning Representations (ICLR 2019); May 6-9, 2019; New Orleans, LA.",
    f"{ama_authors('1904.09751')} {S('1904.09751')}. arXiv. Preprint posted online April 22, 2019. Accessed February 20, 2024. https://arxiv.org/abs/1904.09751",
    f"{ama_authors('1409.3215')} {S('1409.3215')}. In: Advances in Neural Information Processing Systems. Vol 27. Curran Associates; 2014:3104-3112.",
    "Wolf T, Debut L, Sanh V, et al. Transformers: state-of-the-art natural language processing (oprogramowanie). Hugging Face; 2020. Accessed February 21, 2024. https://github.com/huggingface/transformers",
    "Mangrulkar S, Gugger S, Debut L, Belkada Y, Paul S, Bossan B. PEFT: state-of-the-art parameter-efficient fine-tuning methods (oprogramowanie). GitHub. Accessed February 21, 2024. https://github.com/huggingface/peft",
    "Narodowy Korpus Języka Polskiego. Zbiór danych. Accessed February 22, 2024. http://nkjp.pl",
]
paras = [
    "Adaptacja dużych modeli językowych do języka polskiego przy ograniczonym budżecie obliczeniowym: porównanie metod dostrajania z niewielką liczbą parametrów",
    "Zofia Wiśniewska1, Tomasz Kowalczyk1,2, Marta Zielińska1",
    "1 Zakład Przetwarzania Języka Naturalnego, Instytut Informatyki, Uniwersytet Nadwiślański (przykład), Toruń",
    "2 Pracownia Obliczeń Dużej Skali, Centrum Danych Kujawy (przykład), Bydgoszcz",
    "Autor korespondencyjny: Tomasz Kowalczyk, e-mail: t.kowalczyk@un-torun.example",
    "Wersja robocza nr 4 — 23 lutego 2024 r. — NIE ROZPOWSZECHNIAĆ",
    "",
    "Streszczenie",
    "Wstęp. Pełne dostrajanie modeli z miliardami parametrów jest poza zasięgiem większości polskich zespołów badawczych. Cel. Porównaliśmy cztery rodziny metod dostrajania z niewielką liczbą parametrów na sześciu zadaniach w języku polskim. Metody. Oceniono adaptery niskiego rzędu z adaptacyjnym budżetem, dostrajanie samych obciążeń, ciągłe prompty oraz skalowanie aktywacji. Wyniki. Najlepszy stosunek jakości do kosztu uzyskało skalowanie aktywacji (średnio 0,8 pkt poniżej pełnego dostrajania przy 0,01% parametrów). Wnioski. Wybór metody powinien zależeć od liczby przykładów uczących.",
    "Słowa kluczowe: dostrajanie z niewielką liczbą parametrów; modele językowe; język polski; adaptery",
    "",
    "Wstęp",
    "Od czasu prac nad modelami typu koder–dekoder dla tłumaczenia maszynowego8 oraz analiz dekodowania tekstu7 modele językowe urosły o kilka rzędów wielkości. Ujednolicone spojrzenie na metody dostrajania z niewielką liczbą parametrów1 pokazało, że adaptery, prefiksy i LoRA są wariantami jednej konstrukcji. Od tego czasu zaproponowano m.in. adaptacyjny przydział rzędu2, dostrajanie samych wektorów obciążeń3, wyuczalne ciągłe prompty5 oraz skalowanie aktywacji4.",
    "W niniejszej pracy pytamy, czy wnioski z prac anglojęzycznych przenoszą się na język polski — fleksyjny, o swobodnym szyku i z relatywnie małą liczbą zadań ewaluacyjnych.",
    "",
    "Metody",
    "Eksperymenty przeprowadzono z użyciem bibliotek Transformers9 i PEFT10. Wszystkie modele optymalizowano algorytmem AdamW6 z liniowym rozgrzewaniem (6% kroków). Dane uczące pochodziły z ręcznie oznaczonych podzbiorów Narodowego Korpusu Języka Polskiego11.",
    "Badane konfiguracje:",
    "1.\tPełne dostrajanie (punkt odniesienia).",
    "2.\tAdaptery niskiego rzędu z adaptacyjnym budżetem (rząd początkowy 12, docelowy 8).",
    "3.\tDostrajanie wyłącznie obciążeń (ok. 0,08% parametrów).",
    "4.\tCiągłe prompty z koderem LSTM (długość promptu 16).",
    "5.\tSkalowanie aktywacji wektorami uczonymi (ok. 0,01% parametrów).",
    "",
    "Tabela 1. Średni wynik (F1 lub dokładność) na sześciu zadaniach; w nawiasie odsetek uczonych parametrów.",
    "Metoda\tKlasyfikacja\tNER\tQA\tŚrednia",
    "Pełne dostrajanie (100%)\t88,1\t86,4\t71,2\t81,9",
    "Adaptacyjny rząd (0,3%)\t87,6\t85,9\t70,4\t81,3",
    "Same obciążenia (0,08%)\t85,2\t83,0\t66,8\t78,3",
    "Ciągłe prompty (0,1%)\t84,7\t80,9\t65,1\t76,9",
    "Skalowanie aktywacji (0,01%)\t87,5\t85,1\t70,7\t81,1",
    "",
    "Wyniki i dyskusja",
    "Przy mniej niż 64 przykładach uczących skalowanie aktywacji wypadało lepiej niż uczenie w kontekście, co jest zgodne z obserwacjami autorów metody4. Dostrajanie samych obciążeń3 było najtańsze, ale traciło ok. 3 pkt na zadaniach wymagających generowania. Zjawisko powtórzeń przy dekodowaniu zachłannym7 utrzymywało się niezależnie od metody.",
    "Ograniczenia: nie badaliśmy modeli większych niż 7 mld parametrów; wyniki dla QA opierają się na jednym zbiorze.",
    "",
    "Podziękowania",
    "Obliczenia wykonano w ramach grantu obliczeniowego Centrum Danych Kujawy (przykład), nr PL-2023-0457.",
    "",
    "Piśmiennictwo",
] + [f"{i}.\t{r}" for i, r in enumerate(refs, 1)] + [
    "",
    "Materiały dodatkowe (dostępne u autorów): tabele S1–S4, konfiguracje hiperparametrów, skrypty w repozytorium zespołu (oprogramowanie).",
]
text = "\ufeff" + "\r\n".join(paras) + "\r\n"
write_raw(F660, text.encode("utf-8"), [text], keys(F660))
