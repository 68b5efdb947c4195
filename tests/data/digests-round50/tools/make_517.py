#!/usr/bin/env python3
"""517: a todo.txt file (Gina Trapani's plain-text format, as todo.sh, Simpletask or sleek keep it) of a Polish PhD
student who runs the lab's spring seminar on efficient attention and long context. Lines: done tasks "x <done>
<created> …", open tasks "(A) <created> …" with +projects, @contexts and due: / t: / rec: extensions. Papers: arXiv abs
and pdf URLs (link), an OpenReview forum URL (link), "arXiv:ID" (arxiv-text), titles with a venue only (title-only).
Not papers: the CS25 lecture, the Annotated S4 blog post, the flash-attn and state-spaces repositories, the grant
report, a review, room booking, Overleaf."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F517, keys

lines = [
 f"x 2024-03-05 2024-02-26 Przeczytać „{T('1901.02860')}” https://arxiv.org/abs/1901.02860 +seminarium @czytanie",
 "x 2024-03-07 2024-02-26 Slajdy na czwartek: rekurencja segmentów + względne pozycje (max 12 slajdów!) +seminarium @komputer",
 "x 2024-03-07 2024-03-01 Zarezerwować salę 3.14 na czwartki 14:15 (USOS / pani Basia) +seminarium @telefon",
 "x 2024-03-08 2024-03-04 Wysłać link do listy lektur na kanał #seminarium-dlugi-kontekst +seminarium @mail",
 "x 2024-03-11 2024-03-04 Zapłacić za Overleaf (faktura na wydział, nie na mnie) @mail",
 f"(A) 2024-03-04 Przeczytać {T('2205.14135')} https://arxiv.org/pdf/2205.14135v2 +seminarium @czytanie due:2024-03-14",
 "(A) 2024-03-04 Zainstalować flash-attn na klastrze (CUDA 12.1, sprawdzić na A100 i na starych V100) +klaster @terminal due:2024-03-13",
 "(A) 2024-03-06 Raport roczny do grantu NCN — część merytoryczna, 2 strony +grant @komputer due:2024-03-15",
 f"(B) 2024-03-04 Najpierw {T('2008.07669')}, arXiv:2008.07669 — bez tego S4 się nie da +seminarium @czytanie due:2024-03-19",
 f"(B) 2024-03-04 S4: „{T('2111.00396')}” (ICLR 2022) https://openreview.net/forum?id={OR('2111.00396')} +seminarium @czytanie due:2024-03-21",
 "(B) 2024-03-04 Przejść notebook z postu „The Annotated S4” (srush) i odpalić na naszych danych +seminarium @komputer t:2024-03-18",
 "(B) 2024-03-05 Sklonować state-spaces/s4 i sprawdzić, czy kernel Cauchy’ego kompiluje się z naszym torch 2.2 +klaster @terminal",
 f"(B) 2024-03-06 {T('1904.10509')} (Child i in., 2019) – tylko sekcje 4–5 i wzorce rzadkiej uwagi +seminarium @czytanie due:2024-03-28",
 "(B) 2024-03-07 Recenzja dla warsztatu (EasyChair, paper #41) — termin przesunięty +recenzje @komputer due:2024-03-22",
 f"(C) 2024-03-06 {T('2005.00743')} — ICML 2021, porównać z tabelą z przeglądu Taya +seminarium @czytanie",
 f"(C) 2024-03-06 {T('2006.03236')} (NeurIPS 2020) – prezentuje Magda, przeczytać przed +seminarium @czytanie due:2024-04-04",
 f"(C) 2024-03-08 Zerknąć na „{T('2211.17192')}” – ICML 2023, Kuba z NLP pytał, czy warto na seminarium +inferencja @czytanie",
 "(C) 2024-03-08 Obejrzeć wykład CS25 (Stanford) o długim kontekście na YouTube +seminarium @wieczór",
 "(C) 2024-03-11 Zapytać Tomka o przydział kart GPU na kwiecień (kolejka gpu-long) +klaster @mail",
 "2024-03-11 Przypomnienie o seminarium w czwartek (mail do listy) +seminarium @mail rec:1w due:2024-03-13",
 "2024-03-11 Przejrzeć README repo lab/long-ctx-bench i poprawić instrukcję instalacji +klaster @komputer",
 "2024-03-12 Kupić tonery do drukarki w pokoju 3.09 @sklep",
 "2024-03-12 Wniosek o wyjazd na konferencję (delegacja + zaliczka) +grant @dziekanat due:2024-03-29",
]
text = "\n".join(lines) + "\n"
write_only(F517, text, keys(F517))
