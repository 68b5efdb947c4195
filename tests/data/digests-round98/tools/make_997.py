#!/usr/bin/env python3
"""997: a course page of USOSweb (the web front end of USOS, the student information system of most Polish
universities), "Katalog przedmiotów" view, selected in the browser and pasted into a text file by a student: the top
menu (one item a line), the breadcrumb-like left menu, the course heading `Name<TAB>code`, the "Informacje ogólne"
table as Chrome copies it (one row a line, label and value separated by a TAB, multi-line values continuing on the
next lines), the lecturer's free-text fields (Skrócony opis, Pełny opis, Literatura, Efekty uczenia się, Metody i
kryteria oceniania), the "Zajęcia w cyklu" block of one term (Okres, Typ zajęć with hours, Koordynatorzy, Prowadzący
grup, Lista studentów, Zaliczenie) and the footer (copyright sentence, USOSweb version). The university, people and
codes are invented (Politechnika Nadwiślańska, `usosweb.pnw.example.pl`).

The literature list is typed by the lecturer as free text: numbered `[n]`, two OpenReview forum links, one arXiv
URL, two `arXiv:` ids typed without links, three titles only — one pasted from a PDF with a hard line break inside
the title, one a book chapter. Not papers: the D2L book, the PyTorch documentation, the course's GitLab repository,
a recorded lecture; nicknames (Performer, Mamba, Longformer) in the description are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import by_num, keys

F = by_num(997)
K = dict(reformer="2001.04451", s4="2111.00396", linear="2006.16236", sam="2010.01412", survey="2103.14636",
         flash="2202.10447", local="2103.13462", dc="2006.05929")
dc_a, dc_b = T(K["dc"]).split(" with ")
TAB = "\t"

page = """Przejdź do treści
Politechnika Nadwiślańska - Centralny System Uwierzytelniania
zaloguj się
AKTUALNOŚCI
KATALOG
MÓJ USOSWEB
DLA STUDENTÓW
DLA PRACOWNIKÓW
DLA WSZYSTKICH
KATALOG
wyszukiwarka
przedmioty
programy studiów
jednostki
osoby
budynki
Efektywne metody głębokiego uczenia	1100-EMGU-M2
Informacje ogólne
Kod przedmiotu:	1100-EMGU-M2
Kod Erasmus / ISCED:	11.3 / (0613) Tworzenie oprogramowania i aplikacji oraz ich analiza
Nazwa przedmiotu:	Efektywne metody głębokiego uczenia
Jednostka:	Wydział Elektroniki i Informatyki
Grupy:	Przedmioty obieralne - informatyka, studia II stopnia
Przedmioty specjalnościowe - sztuczna inteligencja (II stopień)
Punkty ECTS i inne:	5.00 LUB 6.00 (w zależności od programu)
Podstawowe informacje o zasadach przyporządkowania punktów ECTS:
    roczny wymiar godzinowy nakładu pracy studenta konieczny do osiągnięcia zakładanych efektów uczenia się dla danego etapu studiów wynosi 1500-1800 h, co odpowiada 60 ECTS;
    tygodniowy wymiar godzinowy nakładu pracy studenta wynosi 45 h;
    1 punkt ECTS odpowiada 25-30 godzinom pracy studenta potrzebnej do osiągnięcia zakładanych efektów uczenia się;
    tygodniowy nakład pracy studenta konieczny do osiągnięcia zakładanych efektów uczenia się pozwala uzyskać 1,5 ECTS;
    nakład pracy potrzebny do zaliczenia przedmiotu, któremu przypisano 3 ECTS, stanowi 10% semestralnego obciążenia studenta.
Język prowadzenia:	polski
Rodzaj przedmiotu:	monograficzne
Założenia (opisowo):	Uczestnik powinien znać podstawy uczenia maszynowego (np. przedmiot 1100-UMA-M1) oraz swobodnie programować w Pythonie (PyTorch lub JAX). Przyda się algebra liniowa na poziomie pierwszego roku.
Tryb prowadzenia:	w sali
Skrócony opis:	
Przedmiot o tym, jak trenować i uruchamiać duże sieci neuronowe taniej: uwaga o koszcie liniowym zamiast kwadratowego, modele stanowe dla długich sekwencji, krajobraz funkcji straty i płaskie minima, a także kondensacja zbiorów danych.
Pełny opis:	
Wykład (30 h):
1. Koszt uwagi (attention) w Transformerze - dlaczego O(n^2) boli przy długich sekwencjach. Przegląd rodzin metod przyspieszania.
2. Uwaga rzadka i lokalna; haszowanie LSH (Reformer). Longformer jako przykład uwagi z oknem - tylko omówienie, bez kolokwium.
3. Uwaga liniowa: jądra, cechy losowe, związek z sieciami rekurencyjnymi. Performer - tylko na ćwiczeniach.
4. Gated attention unit i FLASH; porównanie z uwagą liniową na tych samych danych.
5-6. Modele przestrzeni stanów: od HiPPO do S4, dyskretyzacja, splot długiego filtra przez FFT. Mamba - wzmianka, szczegóły na seminarium.
7. Przegląd benchmarków długiego kontekstu i pułapek przy ich porównywaniu.
8. Optymalizacja niewypukła: dlaczego metody lokalne (SGD) w ogóle działają? Punkty siodłowe, warunki strict-saddle.
9. Płaskie minima i uogólnianie; Sharpness-Aware Minimization (SAM) i jego koszt.
10. Efektywność danych: kondensacja / destylacja zbioru danych, dopasowanie gradientów.
11-12. Mieszana precyzja, checkpointing aktywacji, kwantyzacja - w praktyce (laboratorium).
13-15. Prezentacje projektów.
Laboratorium (30 h): sześć zadań w PyTorch na klastrze wydziałowym (kolejka SLURM "dydaktyka"), kod startowy w repozytorium przedmiotu na GitLabie wydziałowym: https://gitlab.ei.pnw.example.pl/emgu/lab-2023 .
Literatura:	
Podstawowa:
[1] N. Kitaev, Ł. Kaiser, A. Levskaya, [[T:reformer]], ICLR 2020, https://openreview.net/forum?id=rkgNKkHtvB
[2] A. Katharopoulos, A. Vyas, N. Pappas, F. Fleuret,  [[T:linear]], ICML 2020. https://arxiv.org/abs/2006.16236
[3] A. Gu, K. Goel, C. Ré, [[T:s4]], ICLR 2022 - https://openreview.net/forum?id=uYLFoz1vlAC
[4] W. Hua, Z. Dai, H. Liu, Q. V. Le, [[T:flash]], ICML 2022.
[5] Q. Fournier, G. Marceau Caron, D. Aloise, [[T:survey]], arXiv:2103.14636 (wersja z ACM Computing Surveys też jest ok).
Uzupełniająca:
[6] P. Foret, A. Kleiner, H. Mobahi, B. Neyshabur, [[T:sam]], ICLR 2021, arXiv:2010.01412
[7] T. Ma, [[T:local]] W: T. Roughgarden (red.), Beyond the Worst-Case Analysis of Algorithms, Cambridge University Press, 2021, rozdz. 21.
[8] B. Zhao, K. R. Mopuri, H. Bilen, DC_A with
DC_B, ICLR 2021.
[9] A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press 2023 (wersja online: https://d2l.ai) - rozdziały 11 i 12.
[10] Dokumentacja PyTorch: torch.amp oraz torch.utils.checkpoint, https://pytorch.org/docs/stable/amp.html
Nagrania wykładów z poprzedniej edycji są w kursie na platformie e-learningowej (Moodle wydziałowy), nie są obowiązkowe.
Efekty uczenia się:	
Wiedza - absolwent zna i rozumie:
W1: złożoność obliczeniową i pamięciową mechanizmu uwagi oraz główne rodziny metod jej redukcji (K_W02, K_W05)
W2: podstawy modeli przestrzeni stanów i ich związek z sieciami rekurencyjnymi (K_W05)
W3: wybrane wyniki teorii optymalizacji niewypukłej i ich ograniczenia (K_W01)
Umiejętności - absolwent potrafi:
U1: zaimplementować i porównać co najmniej dwa warianty efektywnej uwagi (K_U03, K_U07)
U2: zaplanować eksperyment z ograniczonym budżetem obliczeniowym i krytycznie ocenić wyniki z literatury (K_U09)
Kompetencje społeczne - absolwent jest gotów do:
K1: rzetelnego raportowania kosztów obliczeniowych własnych eksperymentów (K_K02)
Metody i kryteria oceniania:	
Laboratorium: 6 zadań po 5 pkt (30 pkt), projekt 30 pkt, egzamin pisemny 40 pkt.
Ocena końcowa: 0-50 pkt - 2,0; 51-60 - 3,0; 61-70 - 3,5; 71-80 - 4,0; 81-90 - 4,5; 91-100 - 5,0.
Warunek dopuszczenia do egzaminu: co najmniej 15 pkt z laboratorium.
Praktyki zawodowe:	Brak
Zajęcia w cyklu "Semestr zimowy 2023/24" (zakończony)
Okres:	2023-10-01 - 2024-01-28
Przejdź do planu
Typ zajęć:	
Laboratorium, 30 godzin
Wykład, 30 godzin
Koordynatorzy:	Marta Zielińska
Prowadzący grup:	Piotr Nowakowski, Marta Zielińska
Lista studentów:	(nie masz dostępu)
Zaliczenie:	Przedmiot - Egzamin
Wykład - Egzamin
Laboratorium - Zaliczenie na ocenę
Zajęcia w cyklu "Semestr zimowy 2024/25" (w trakcie)
Okres:	2024-10-01 - 2025-02-02
Przejdź do planu
Typ zajęć:	
Laboratorium, 30 godzin
Wykład, 30 godzin
Koordynatorzy:	Marta Zielińska
Prowadzący grup:	Jan Wróblewski, Marta Zielińska
Lista studentów:	(nie masz dostępu)
Zaliczenie:	Przedmiot - Egzamin
Wykład - Egzamin
Laboratorium - Zaliczenie na ocenę
Uwagi:	
W tym cyklu projekt można robić w parach. Konsultacje: wtorki 12:15-13:45, pok. 314 (budynek C-2).
Opisy przedmiotów w USOS i USOSweb są chronione prawem autorskim.
Właścicielem praw autorskich jest Politechnika Nadwiślańska.
Kontakt
Deklaracja dostępności
USOSweb 7.1.0.0-3 (2024-09-12)
"""
page = fill(page, K).replace("DC_A", dc_a).replace("DC_B", dc_b)
write_only(F, page, keys(F))
