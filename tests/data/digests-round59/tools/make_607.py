#!/usr/bin/env python3
"""607: a JSPWiki page source (the text of the edit box / pages/<Page>.txt in the file provider): [{SET …}] and
[{TableOfContents}] plugins, !!! / !! / ! headings, __bold__ and ''italic'', {{monospace}}, [label|target] links (URLs,
wiki pages), footnotes [1] / [#1], * and # lists, || header rows and | table rows, {{{ preformatted }}}, %%information /
%%warning … /% blocks, ;term:definition lists, \\\\ line breaks and ---- rules. Polish notes of a self-supervised
learning reading group on a department wiki."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F607, keys

text = f"""[{{SET alias='CzytanieSSL'}}]
[{{ALLOW edit ZespolUczeniaMaszynowego}}]
[{{ALLOW view All}}]

!!! Czytanie: uczenie samonadzorowane (SSL)

Strona grupy czytelniczej [Zakładu Uczenia Maszynowego|ZakladUczeniaMaszynowego]. Spotkania: czwartki 16:15,
sala 2.41 (budynek C-3), prowadzą na zmianę [Ola|OlaNowicka] i [Kuba|JakubWrona]. Kanał na Matrixie:
{{{{#ssl-czytanie:czat.zaklad.example}}}}. Slajdy trafiają do [Slajdy SSL|SlajdySSL].

[{{TableOfContents}}]

%%information
Każdą pracę wpisujemy __pełnym tytułem__, z autorami i linkiem (arXiv albo OpenReview). Repozytoria, blogi, kursy
i zbiory danych idą do osobnej sekcji na dole — to ''nie są'' artykuły.
/%

!! Zasady

* Każdy czyta całość, prowadzący przygotowuje trzy pytania do dyskusji.
* Notatki piszemy tutaj, w składni JSPWiki (nie Markdown — podgląd pokazuje od razu, czy się udało).
* Linki do PDF-ów tylko z arXiv albo OpenReview; kopii PDF nie wrzucamy jako załączników (limit 10 MB).
* Kod: [repozytorium MoCo|https://github.com/facebookresearch/moco] i biblioteka
  [solo-learn|https://github.com/vturrisi/solo-learn] — to __oprogramowanie__, nie wpisujemy ich do tabeli.

!! Plan semestru

|| Tydzień || Temat || Prowadzi || Status
| 1 | kontrast z kolejką kluczy | Ola | zrobione
| 2 | bez negatywów | Kuba | zrobione
| 3 | trudne negatywy | Marta | zrobione
| 4 | nadzorowany kontrast | Ola | do zrobienia
| 5 | maskowanie obrazów | Kuba | do zrobienia
| 6 | VAE + samonadzór | Marta | do zrobienia

!! Tydzień 1: kolejka kluczy i momentum

__{T('1911.05722')}__ \\\\
{au('1911.05722')}, CVPR 2020 \\\\
[arXiv: abs|https://arxiv.org/abs/1911.05722] · [PDF|https://arxiv.org/pdf/1911.05722]

* Słownik jako kolejka + enkoder kluczy aktualizowany średnią wykładniczą (m = 0.999).
* Dlaczego nie duży batch? Bo kolejka oddziela rozmiar słownika od rozmiaru batcha.
* ''Pytanie Oli'': co się dzieje, gdy m = 0.9? (w tabeli ablacji trening się rozjeżdża)

{{{{{{
# nasz eksperyment na STL-10, 200 epok, ResNet-18
python train.py --method moco --queue 16384 --m 0.99 --epochs 200
# linear probe: 78.4% (oni raportują ImageNet, nie porównywać wprost)
}}}}}}

!! Tydzień 2: bez negatywów

__{T('2006.07733')}__ ({au('2006.07733')}), NeurIPS 2020 — identyfikator arXiv:2006.07733
(Kuba wkleił tylko numer, PDF ma w Zotero).

* Predyktor po stronie online + target jako EMA. Brak negatywów, a mimo to brak kolapsu.
* Dyskusja: rola BatchNorm — patrz wpis na blogu Untitled AI o BYOL i BatchNorm[1].

__{T('2103.03230')}__ \\\\
{au('2103.03230')}, ICML 2021 \\\\
[arxiv.org/abs/2103.03230v3|https://arxiv.org/abs/2103.03230v3]

* Macierz korelacji krzyżowej → jednostkowa. Prosto, bez predyktora, bez EMA.
* Wymiar projektora 8192 (!) — u nas OOM na jednej karcie, zmniejszyliśmy do 2048.

!! Tydzień 3: trudne negatywy

__{T('2010.04592')}__ — {au('2010.04592')}, ICLR 2021. [link|https://arxiv.org/abs/2010.04592]

* Ważenie negatywów wg podobieństwa do kotwicy (parametr β) i korekta na fałszywe negatywy.
* Marta: warto zestawić z pracą ''{T('2011.04419')}'' ({au('2011.04419')}) — mixup jako augmentacja tam,
  gdzie nie ma sensownych augmentacji (tabele, tekst). PDF-a nie linkuję, jest w naszym Zotero.

!! Tydzień 4: nadzorowany kontrast (do przeczytania)

# {T('2004.11362')} — {au('2004.11362')}, NeurIPS 2020
# porównać z entropią krzyżową na naszym zbiorze (etykiety zaszumione ~8%)
# Ola: przygotować slajd o SupCon vs. triplet loss

!! Tydzień 5: maskowanie obrazów

# {T('2106.08254')} — {au('2106.08254')}, ICLR 2022
# tokenizer dVAE: skąd go wziąć? (w repo unilm jest gotowy checkpoint — to kod, nie artykuł)
# kurs: wykład o uczeniu samonadzorowanym z NYU Deep Learning (Y. LeCun, A. Canziani) — materiał dydaktyczny

!! Tydzień 6: VAE + samonadzór

__{T('2010.02014')}__ — {au('2010.02014')}. \\\\
Recenzje i dyskusja: [OpenReview|https://openreview.net/forum?id={OR('2010.02014')}]

* Łańcuch deterministycznych transformacji x → y (np. zmniejszanie rozdzielczości) jako „samonadzór” w modelu generatywnym.
* Marta chce to zestawić z dyfuzją — osobny temat, zob. [Czytanie: modele generatywne|CzytanieGeneratywne].

%%warning
Sala 2.41 jest zamknięta 28 marca (remont instalacji). Spotkanie tylko zdalnie, link w kanale na Matrixie.
/%

!! Zbiory danych i narzędzia (nie artykuły)

|| Nazwa || Co to jest || Gdzie
| STL-10 | zbiór danych, 96×96 | [strona|https://cs.stanford.edu/~acoates/stl10/]
| ImageNet-100 | podzbiór ImageNet-1k | lista klas w {{{{data/in100.txt}}}}
| solo-learn | biblioteka PyTorch | [GitHub|https://github.com/vturrisi/solo-learn]
| lightly | biblioteka + tutoriale | [dokumentacja|https://docs.lightly.ai]

!! Słowniczek

;linear probe:liniowy klasyfikator trenowany na zamrożonych cechach
;kolaps:wszystkie wejścia mapowane na ten sam wektor
;EMA:średnia wykładnicza wag (ang. exponential moving average)

!! Otwarte pytania

# Czy linear probe na STL-10 jest w ogóle miarodajny przy 200 epokach?
# Ile kosztuje kolejka 65536 kluczy w pamięci przy fp16? (Kuba: ~16 MB dla d=128 — pomijalne)
# Kto robi porównanie augmentacji (ColorJitter, GaussianBlur, Solarize) dla wszystkich metod?

----

[#1] Wpis na blogu (nie artykuł): [Untitled AI — BYOL i BatchNorm|https://blog.untitled-ai.example/byol-batchnorm]

Ostatnia zmiana: [{{INSERT CurrentTimePlugin format='yyyy-MM-dd HH:mm'}}] · Kategoria: [KategoriaCzytanie]
"""
write_only(F607, text, keys(F607))
